import type { Bilingual } from './catalog';
import { lineLabelPair } from './labels';
import type { AssumptionSink, PresetKey, PriceBook, TierEntry } from './pricebook';
import type { Deployment, Scenario } from './scenario';
import { DRIVER_IDS, type DriverId, type LineId, type LineItem, type Range } from './types';

const ZERO: Range = Object.freeze({ low: 0, typical: 0, high: 0 });

/** Rounds to two decimals (derived quantities such as minutes from calls x AHT). */
export function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

type Period = 'month' | 'year' | 'once';

export const DRIVER_COUNT = DRIVER_IDS.length;
export const DRIVER_INDEX = Object.fromEntries(DRIVER_IDS.map((d, i) => [d, i])) as Record<DriverId, number>;

/** Which driver each line's money counts towards when a verdict is explained. */
const LINE_DRIVER: Record<LineId, number> = {
  platform: DRIVER_INDEX.subscription,
  licence: DRIVER_INDEX.licence,
  support: DRIVER_INDEX.maintenance,
  voice: DRIVER_INDEX.cloud_voice,
  carrier_minutes: DRIVER_INDEX.carrier,
  trunks: DRIVER_INDEX.carrier,
  numbers: DRIVER_INDEX.carrier,
  social: DRIVER_INDEX.channels,
  sms: DRIVER_INDEX.channels,
  mms: DRIVER_INDEX.channels,
  email: DRIVER_INDEX.channels,
  webchat: DRIVER_INDEX.channels,
  storage: DRIVER_INDEX.storage,
  egress: DRIVER_INDEX.egress,
  infrastructure: DRIVER_INDEX.hardware,
  gateway: DRIVER_INDEX.hardware,
  facility: DRIVER_INDEX.facility,
  it_staff: DRIVER_INDEX.it_staff,
  hybrid_integration: DRIVER_INDEX.hybrid_integration,
  admin_overhead: DRIVER_INDEX.it_staff,
  wfm: DRIVER_INDEX.add_ons,
  ai: DRIVER_INDEX.add_ons,
  integration: DRIVER_INDEX.add_ons,
};

/**
 * What one deployment costs, in whole cents per bound (0 low, 1 typical, 2 high): monthly and
 * one-time totals, the usage-based share of the monthly total, the hardware that is bought again
 * each cycle, and the same money split by driver.
 */
export type Sums = {
  monthly: Range;
  oneTime: Range;
  baselineMonthly: Range;
  usageMonthly: Range;
  /** Part of `oneTime` bought again when the hardware cycle ends. */
  refresh: Range;
  /**
   * Cents by driver and bound in `drivers`, from `driverOffset`: monthly at
   * driverOffset + driver * 3 + bound, one-time DRIVER_COUNT * 3 further on.
   */
  drivers: Float64Array;
  driverOffset: number;
};

/** Room for one deployment's driver sums; the caller owns the buffer (see estimate.ts). */
export const DRIVER_SLOT = DRIVER_COUNT * 3 * 2;

function fromCents(low: number, typical: number, high: number): Range {
  return { low: low / 100, typical: typical / 100, high: high / 100 };
}

/** Running sums in whole cents; `sums()` turns them into the ranges totals are built from. */
class Tally {
  mL = 0; mT = 0; mH = 0; uL = 0; uT = 0; uH = 0; oL = 0; oT = 0; oH = 0; rL = 0; rT = 0; rH = 0;
  // A slice of a buffer the caller reuses: allocating typed arrays per estimate cost a third of the time.
  constructor(
    readonly drivers: Float64Array,
    readonly offset: number,
  ) {
    drivers.fill(0, offset, offset + DRIVER_SLOT);
  }
  sums(): Sums {
    const r = fromCents;
    return {
      monthly: r(this.mL, this.mT, this.mH),
      oneTime: r(this.oL, this.oT, this.oH),
      baselineMonthly: r(this.mL - this.uL, this.mT - this.uT, this.mH - this.uH),
      usageMonthly: r(this.uL, this.uT, this.uH),
      refresh: r(this.rL, this.rT, this.rH),
      drivers: this.drivers,
      driverOffset: this.offset,
    };
  }
}

/**
 * Every options object starts as a spread of this one, so all of them share one hidden class and
 * `add` reads them monomorphically (literals of a dozen shapes made those reads megamorphic).
 */
const O: AddOptions = {
  usageBased: false,
  preset: false,
  unitPrice: undefined,
  quantities: undefined,
  assumed: undefined,
  also: undefined,
  note: undefined,
  unit: undefined,
  refresh: false,
  volume: undefined,
};
const NO_OPTIONS: AddOptions = Object.freeze({ ...O });

type AddOptions = {
  usageBased?: boolean;
  preset?: PresetKey | false;
  /** Replaces the entry's unit price (derived prices such as maintenance = licence x rate / 12). */
  unitPrice?: Range;
  /** A quantity that differs per bound (servers, head count); `quantity` is then its typical value. */
  quantities?: Range;
  assumed?: boolean;
  /** Further entries the line rests on, listed as assumptions with it. */
  also?: TierEntry[];
  note?: Bilingual;
  /** The line's unit when it is not the entry's (a price derived per agent from a per-year rate). */
  unit?: string;
  /** Hardware bought again at the end of each replacement cycle. */
  refresh?: boolean;
  /** Already bought (an owned on-premises platform): no purchase now; still bought again when `refresh`. */
  sunk?: boolean;
  volume?: { quantity: number; unit: string };
};

class LineBuilder {
  readonly items: LineItem[] = [];
  readonly tally: Tally;
  constructor(
    private readonly scenario: Scenario,
    private readonly book: PriceBook,
    private readonly used: AssumptionSink,
    /** False when only the sums are wanted (the other deployments of the comparison). */
    private readonly collect: boolean,
    drivers: Float64Array,
    offset: number,
  ) {
    this.tally = new Tally(drivers, offset);
  }

  add(id: LineId, priced: TierEntry, quantity: number, period: Period, opts: AddOptions = NO_OPTIONS): void {
    const price = opts.unitPrice ?? priced.price;
    const divisor = period === 'year' ? 12 : 1;
    const q = opts.quantities;
    // Whole cents, rounded once per line: the shown amounts and the totals come from these.
    const l = Math.round((((q ? q.low : quantity) * price.low) / divisor) * 100);
    const t = Math.round((((q ? q.typical : quantity) * price.typical) / divisor) * 100);
    const h = Math.round((((q ? q.high : quantity) * price.high) / divisor) * 100);
    const tally = this.tally;
    const buf = tally.drivers;
    const d = tally.offset + LINE_DRIVER[id] * 3;
    if (period === 'once') {
      const o = d + DRIVER_COUNT * 3;
      if (!opts.sunk) {
        tally.oL += l; tally.oT += t; tally.oH += h;
        buf[o] += l; buf[o + 1] += t; buf[o + 2] += h;
      }
      if (opts.refresh) { tally.rL += l; tally.rT += t; tally.rH += h; }
    } else {
      tally.mL += l; tally.mT += t; tally.mH += h;
      buf[d] += l; buf[d + 1] += t; buf[d + 2] += h;
      if (opts.usageBased) { tally.uL += l; tally.uT += t; tally.uH += h; }
    }
    let assumption = opts.assumed ?? priced.assumed;
    if (assumption) this.used.add(priced.slot);
    if (opts.also) {
      for (const other of opts.also) {
        if (other.assumed) {
          assumption = true;
          this.used.add(other.slot);
        }
      }
    }
    if (opts.preset) {
      assumption = true;
      this.used.add(this.book.presetSlots[this.scenario.usagePreset][opts.preset]);
    }
    if (!this.collect) return;
    const amount: Range = { low: l / 100, typical: t / 100, high: h / 100 };
    this.items.push({
      id,
      label: lineLabelPair(id),
      unit: opts.unit ?? priced.entry.unit,
      quantity,
      unitPrice: price,
      monthly: period === 'once' ? ZERO : amount,
      oneTime: period === 'once' && !opts.sunk ? amount : ZERO,
      assumption,
      usageBased: opts.usageBased === true,
      dependsOnUsage: false,
      source: priced.entry.source,
      // Always present (undefined when absent) so every line item has one hidden class.
      note: opts.note,
      volume: opts.volume,
      ...(opts.sunk ? { owned: true as const } : {}),
    });
  }

  /** A usage-priced line whose volume nobody knows: no amount, only the unit price. */
  unknownUsage(id: LineId, priced: TierEntry, note: Bilingual): void {
    this.used.add(priced.slot);
    if (!this.collect) return;
    this.items.push({
      id,
      label: lineLabelPair(id),
      unit: priced.entry.unit,
      quantity: null,
      unitPrice: priced.price,
      monthly: ZERO,
      oneTime: ZERO,
      assumption: true,
      usageBased: true,
      dependsOnUsage: true,
      source: priced.entry.source,
      note,
      volume: undefined,
    });
  }
}

/** A volume the user gave, or the preset per agent times the agents (then flagged as assumed). */
function volume(s: Scenario, book: PriceBook, given: number | undefined, key: PresetKey): { quantity: number; preset: PresetKey | false } {
  if (given !== undefined) return { quantity: given, preset: false };
  return { quantity: book.presets[s.usagePreset][key] * s.agents, preset: key };
}

function voiceMinutes(s: Scenario, book: PriceBook, used: AssumptionSink): { quantity: number; preset: PresetKey | false } {
  const v = s.volumes;
  if (v.voiceMinutesPerMonth !== undefined) return { quantity: v.voiceMinutesPerMonth, preset: false };
  if (v.callsPerMonth !== undefined) {
    let aht = v.ahtSeconds;
    if (aht === undefined) {
      aht = book.tiers[s.tier].default_aht_seconds.entry.typical;
      used.add(book.tiers[s.tier].default_aht_seconds.slot);
    }
    return { quantity: cents((v.callsPerMonth * aht) / 60), preset: false };
  }
  return volume(s, book, undefined, 'voiceMinutes');
}

/**
 * Whole seats on each side. Hybrid gives the on-premises side the rounded-down share and, from
 * two agents up, at least one seat to each side (a "hybrid" with an empty side is not one).
 */
export function seatSplit(agents: number, deployment: Deployment, cloudShare: number): { cloud: number; onPrem: number } {
  if (deployment === 'cloud') return { cloud: agents, onPrem: 0 };
  if (deployment === 'onPremises') return { cloud: 0, onPrem: agents };
  if (agents < 2) return { cloud: agents, onPrem: 0 };
  // The nearest whole seat, a half going to the cloud ("70% cloud" of 16 agents was 12 and 4, 75%; now 11 and 5)
  const onPrem = Math.min(agents - 1, Math.max(1, Math.ceil(agents * (1 - cloudShare) - 0.5 - 1e-9)));
  return { cloud: agents - onPrem, onPrem };
}

const DIGITAL: readonly string[] = ['sms', 'mms', 'social', 'email', 'webchat'];

/**
 * The catalog entry that scales the source's average storage cost for these channels: the average one with voice
 * (call recordings), the no-voice share for a center of text channels only.
 */
export function storageFactorId(channels: readonly string[]): 'storage_needs_factor' | 'storage_needs_factor_no_voice' {
  return channels.includes('voice') ? 'storage_needs_factor' : 'storage_needs_factor_no_voice';
}

/** Rounds a head count up to the catalog's step (tenths of a person), free of float dust. */
function stepUp(fte: number, step: number): number {
  return Math.round(Math.ceil(fte / step - 1e-9) * step * 1000) / 1000;
}

/**
 * Prices a scenario as if it ran on `deployment` (the comparison prices all three), from cost
 * drivers: seats on each side, on-premises applications (each on a redundant server pair sized in
 * blocks of seats), IT effort in steps with a minimum, carrier minutes, trunks and numbers for
 * voice on your own platform, and the hybrid integration and administration.
 */
export function priceLines(
  s: Scenario,
  deployment: Deployment,
  book: PriceBook,
  used: AssumptionSink,
  collect = true,
  drivers: Float64Array = new Float64Array(DRIVER_SLOT),
  driverOffset = 0,
): { items: LineItem[]; sums: Sums } {
  const b = new LineBuilder(s, book, used, collect, drivers, driverOffset);
  const e = book.tiers[s.tier];
  const also = alsoLists(e);
  const agents = s.agents;
  const ch = s.channels;
  const hybrid = deployment === 'hybrid';
  if (hybrid) used.add(e.hybrid_cloud_share.slot);
  const seats = seatSplit(agents, deployment, e.hybrid_cloud_share.entry.typical);
  const notes = hybrid && collect;

  if (seats.cloud > 0) b.add('platform', e.platform_subscription, seats.cloud, 'month', { ...O, note: seatNote(notes, book, seats.cloud, 'cloud') });

  const onPrem = seats.onPrem;
  const hasVoice = ch.includes('voice');
  // Per-bound figures in cost order (see TierEntry.price).
  const licence = e.onprem_licence.price;
  const rate = e.onprem_maintenance_rate.price;
  const fteCost = e.onprem_it_fte_cost.price;
  if (onPrem > 0) {
    const owned = s.owned === true;
    // ("kalau lisensinya kita udah punya": the licences are the visitor's; servers and gateways are still bought)
    const licenceOwned = owned || s.owned === 'licence';
    b.add('licence', e.onprem_licence, onPrem, 'once', { ...O, sunk: licenceOwned, note: licenceOwned && collect ? book.notes.owned : seatNote(notes, book, onPrem, 'onPrem') });
    b.add('support', e.onprem_maintenance_rate, onPrem, 'month', {
      ...O,
      unitPrice: {
        low: (licence.low * rate.low) / 12,
        typical: (licence.typical * rate.typical) / 12,
        high: (licence.high * rate.high) / 12,
      },
      unit: 'per_agent_month',
      also: also.licence,
      note: seatNote(notes, book, onPrem, 'onPrem'),
    });
  }

  if (hasVoice) {
    const minutes = voiceMinutes(s, book, used);
    // Minutes follow the seats that take them.
    const cloudMinutes = seats.cloud === agents ? minutes.quantity : cents((minutes.quantity * seats.cloud) / agents);
    const onPremMinutes = cents(minutes.quantity - cloudMinutes);
    if (seats.cloud > 0) {
      if (s.voiceBilling === 'metered') {
        b.add('voice', e.voice_metered, cloudMinutes, 'month', { ...O, usageBased: true, preset: minutes.preset, note: book.notes.meteredVoice });
      } else {
        b.add('voice', e.voice_included, cloudMinutes, 'month', { ...O, usageBased: true, preset: minutes.preset, note: book.notes.fairUse });
      }
    }
    if (onPrem > 0) {
      b.add('carrier_minutes', e.carrier_minute, onPremMinutes, 'month', { ...O, usageBased: true, preset: minutes.preset, note: book.notes.carrierMinutes });
      b.add('trunks', e.carrier_trunk, onPrem, 'month');
      b.add('numbers', e.carrier_number, onPrem, 'month');
    }
  }

  if (ch.includes('social')) {
    const given = s.volumes.socialInteractionsPerMonth;
    b.add('social', e.social_channel, agents, 'month', {
      ...O,
      note: book.notes.socialBenchmark,
      volume: given === undefined ? undefined : { quantity: given, unit: 'interactions_per_month' },
    });
  }
  if (ch.includes('sms')) {
    const sms = volume(s, book, s.volumes.smsPerMonth, 'sms');
    b.add('sms', e.sms, sms.quantity, 'month', { ...O, usageBased: true, preset: sms.preset });
  }
  if (ch.includes('mms')) {
    const mms = volume(s, book, s.volumes.mmsPerMonth, 'mms');
    b.add('mms', e.mms, mms.quantity, 'month', { ...O, usageBased: true, preset: mms.preset });
  }
  if (ch.includes('email')) {
    const given = s.volumes.emailPerMonth;
    b.add('email', e.email_channel, agents, 'month', {
      ...O,
      note: book.notes.includedAssumed,
      volume: given === undefined ? undefined : { quantity: given, unit: 'emails_per_month' },
    });
  }
  if (ch.includes('webchat')) {
    const given = s.volumes.chatsPerMonth;
    b.add('webchat', e.webchat_channel, agents, 'month', {
      ...O,
      note: book.notes.includedAssumed,
      volume: given === undefined ? undefined : { quantity: given, unit: 'chats_per_month' },
    });
  }

  // The source's storage figures are averages; how much a center stores scales them, by the same share wherever the
  // data lives (so the comparison moves both together). Without voice there are no call recordings, the bulk of what
  // the average center keeps: a center of text channels stores its own, smaller share (see storageFactorId).
  const needs = e[storageFactorId(ch)];
  const scaled = (p: Range): Range => ({ low: (p.low * needs.price.low) / 100, typical: (p.typical * needs.price.typical) / 100, high: (p.high * needs.price.high) / 100 });
  if (deployment === 'cloud') b.add('storage', e.storage_cloud, agents, 'year', { ...O, unitPrice: scaled(e.storage_cloud.price), also: [needs] });
  else if (deployment === 'onPremises') b.add('storage', e.storage_onprem, agents, 'year', { ...O, unitPrice: scaled(e.storage_onprem.price), also: [needs] });
  else {
    // Each seat stores its data where it runs: the line's unit price is the seat-weighted blend.
    const cloud = scaled(e.storage_cloud.price);
    const local = scaled(e.storage_onprem.price);
    const c = seats.cloud;
    b.add('storage', e.storage_onprem, agents, 'year', {
      ...O,
      unitPrice: {
        low: (c * cloud.low + onPrem * local.low) / agents,
        typical: (c * cloud.typical + onPrem * local.typical) / agents,
        high: (c * cloud.high + onPrem * local.high) / agents,
      },
      also: [needs],
      assumed: true,
      note: collect ? storageNote(book, seats.cloud, onPrem) : undefined,
    });
  }

  if (deployment !== 'onPremises') {
    // Egress is a cloud charge; on-premises bandwidth is part of running the site.
    const gb = volume(s, book, s.volumes.egressGbPerMonth, 'egressGb');
    const free = e.egress_free_allowance.entry.typical;
    const billable = Math.max(0, gb.quantity - free);
    b.add('egress', e.egress, billable, 'month', { ...O, usageBased: true, preset: gb.preset, note: book.notes.freeAllowance });
  }

  if (onPrem > 0) {
    // Applications run in-house: call routing/IVR always, digital channels and WFM when chosen.
    const apps = 1 + (hasDigital(ch) ? 1 : 0) + (s.addOns.wfm ? 1 : 0);
    const perPair = e.onprem_seats_per_server_pair.price;
    const blocks: Range = {
      low: Math.ceil(onPrem / perPair.low),
      typical: Math.ceil(onPrem / perPair.typical),
      high: Math.ceil(onPrem / perPair.high),
    };
    const servers: Range = { low: 2 * apps * blocks.low, typical: 2 * apps * blocks.typical, high: 2 * apps * blocks.high };
    // ("server sudah ada": the servers are the visitor's; licences and gateways are still bought)
    const owned = s.owned === true;
    const serversOwned = owned || s.owned === 'servers';
    b.add('infrastructure', e.onprem_server, servers.typical, 'once', {
      ...O,
      quantities: servers,
      also: also.hardware,
      refresh: true,
      sunk: serversOwned,
      note: serversOwned ? book.notes.ownedRefresh : book.notes.refresh,
    });
    const gatewayPairs: Range = hasVoice ? blocks : ZERO;
    if (hasVoice) {
      b.add('gateway', e.onprem_gateway_pair, blocks.typical, 'once', {
        ...O,
        quantities: blocks,
        also: also.hardware,
        refresh: true,
        sunk: owned,
        note: owned ? book.notes.ownedRefresh : book.notes.refresh,
      });
    }
    const devices: Range = {
      low: servers.low + 2 * gatewayPairs.low,
      typical: servers.typical + 2 * gatewayPairs.typical,
      high: servers.high + 2 * gatewayPairs.high,
    };
    b.add('facility', e.onprem_facility, devices.typical, 'month', { ...O, quantities: devices });

    const min = e.onprem_it_min_fte.price;
    const perFte = e.onprem_it_seats_per_fte.price;
    const extra = e.onprem_it_extra_app_share.price;
    const step = e.onprem_it_fte_step.entry.typical;
    const people: Range = {
      low: itFte(onPrem, apps, min.low, perFte.low, extra.low, step),
      typical: itFte(onPrem, apps, min.typical, perFte.typical, extra.typical, step),
      high: itFte(onPrem, apps, min.high, perFte.high, extra.high, step),
    };
    b.add('it_staff', e.onprem_it_fte_cost, people.typical, 'month', {
      ...O,
      quantities: people,
      also: apps > 1 ? also.itApps : also.it,
      note: apps > 1 ? book.notes.perApplication : undefined,
    });
  }

  if (hybrid) {
    b.add('hybrid_integration', e.hybrid_integration, 1, 'once');
    const admin = e.hybrid_admin_fte.price;
    b.add('admin_overhead', e.onprem_it_fte_cost, admin.typical, 'month', {
      ...O,
      quantities: admin,
      unitPrice: fteCost,
      also: also.hybridAdmin,
    });
  }

  if (s.addOns.wfm) b.add('wfm', e.wfm, agents, 'month');
  if (s.addOns.ai) {
    const conversations = s.addOns.aiConversationsPerMonth;
    if (conversations === undefined) b.unknownUsage('ai', e.ai_conversation, book.notes.dependsOnUsage);
    else b.add('ai', e.ai_conversation, conversations, 'month', { ...O, usageBased: true });
  }
  if (s.addOns.customIntegrations > 0) b.add('integration', e.custom_integration, s.addOns.customIntegrations, 'once');
  return { items: b.items, sums: b.tally.sums() };
}

type AlsoLists = { licence: TierEntry[]; hardware: TierEntry[]; it: TierEntry[]; itApps: TierEntry[]; hybridAdmin: TierEntry[] };
type TierEntries = PriceBook['tiers']['standard'];
const alsoCache = new WeakMap<TierEntries, AlsoLists>();

/** The further entries composite lines rest on, built once per catalog and tier rather than on every estimate. */
function alsoLists(e: TierEntries): AlsoLists {
  let lists = alsoCache.get(e);
  if (!lists) {
    const it = [e.onprem_it_min_fte, e.onprem_it_seats_per_fte, e.onprem_it_fte_step];
    lists = {
      licence: [e.onprem_licence],
      hardware: [e.onprem_seats_per_server_pair, e.onprem_refresh_years],
      it,
      itApps: [...it, e.onprem_it_extra_app_share],
      hybridAdmin: [e.hybrid_admin_fte],
    };
    alsoCache.set(e, lists);
  }
  return lists;
}

/** Module-level helpers, not closures: tsx wraps every named closure in a defineProperty call per creation. */
function hasDigital(channels: readonly string[]): boolean {
  for (const c of channels) if (DIGITAL.includes(c)) return true;
  return false;
}

/** IT head count: the minimum or the seats' share, more for each extra application, up to the next step. */
function itFte(seats: number, apps: number, minFte: number, seatsPerFte: number, share: number, step: number): number {
  return stepUp(Math.max(minFte, seats / seatsPerFte) * (1 + share * (apps - 1)), step);
}

function seatNote(notes: boolean, book: PriceBook, n: number, key: 'cloud' | 'onPrem'): Bilingual | undefined {
  return notes ? seatCountNote(book, n, key) : undefined;
}

/** A whole number with thousands grouped (1,234 / 1.234); Intl is slow for a note built on every estimate. */
function grouped(n: number, sep: string): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return out;
}

function seatCountNote(book: PriceBook, n: number, key: 'cloud' | 'onPrem'): Bilingual {
  const template = key === 'cloud' ? book.seatNotes.cloud : book.seatNotes.onPrem;
  return { en: template.en.replace('{seats}', grouped(n, ',')), id: template.id.replace('{seats}', grouped(n, '.')) };
}

function storageNote(book: PriceBook, cloud: number, onPrem: number): Bilingual {
  const t = book.seatNotes.storage;
  return {
    en: t.en.replace('{cloud}', grouped(cloud, ',')).replace('{onPrem}', grouped(onPrem, ',')),
    id: t.id.replace('{cloud}', grouped(cloud, '.')).replace('{onPrem}', grouped(onPrem, '.')),
  };
}

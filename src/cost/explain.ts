/**
 * "Where does this figure come from?": one line of an estimate, or one of its totals, taken apart
 * into the arithmetic that made it (quantity × unit price = amount), where the quantity came from
 * (the visitor's own figure, the seats, a usage preset per agent, a count derived from other
 * entries), and the catalog entries the price rests on. Ids and numbers only: the words are the
 * renderer's (src/bot/render.ts), the entries' sources and reasons are the catalog's.
 */
import type { Catalog, CatalogEntry, PresetName, RequiredEntryId } from './catalog';
import { priceBook, type PresetKey } from './pricebook';
import { catalogFor } from './own-prices';
import { storageFactorId } from './lines';
import type { Scenario, VolumeKey } from './scenario';
import type { Estimate, LineId, LineItem, Range } from './types';

export type Period = 'month' | 'year' | 'once';

/** Where a line's quantity comes from. */
export type QuantityBasis =
  /** The seats the line is priced on (all agents, or one side of a hybrid). */
  | { kind: 'seats'; seats: number }
  /** A volume the visitor gave. */
  | { kind: 'given'; slot: VolumeKey | 'aiConversationsPerMonth' | 'customIntegrations' }
  /** Calls the visitor gave × handle time (given or assumed) ÷ 60. */
  | { kind: 'calls'; calls: number; ahtSeconds: number; ahtAssumed: boolean }
  /** Not given: the usage preset per agent × the agents (an assumption). */
  | { kind: 'preset'; key: PresetKey; preset: PresetName; perAgent: number; agents: number }
  /** Counted from other catalog entries (servers per block of seats, IT head count, devices). */
  | { kind: 'derived' }
  /** One of it (a hybrid integration project). */
  | { kind: 'fixed' }
  /** Priced by usage and the volume is unknown: no amount, only the unit price. */
  | { kind: 'unknown' };

export type LineExplanation = {
  line: LineId;
  period: Period;
  /** Typical quantity; null when the volume is unknown. */
  quantity: number | null;
  /** Per bound when the count differs (servers, head count). */
  quantityRange?: Range;
  unit: string;
  unitPrice: Range;
  /** Egress: the free allowance taken off the volume before pricing (GB a month). */
  free?: { allowance: number; volume: number };
  /** A yearly price: quantity × unit price a year, before dividing by 12. */
  perYear?: Range;
  /** Monthly amount (month and year periods) or the one-time amount. */
  amount: Range;
  dependsOnUsage: boolean;
  basis: QuantityBasis;
  /** The catalog entries the line rests on, the priced one first. */
  entries: string[];
  /** Typical share of the monthly (or one-time) total, 0..1. */
  share: number;
};

export type TotalPart = { line: LineId; amount: number };
export type TotalExplanation = {
  monthly: Range;
  oneTime: Range;
  /** Recurring lines, largest typical monthly amount first, and the sum of the rest. */
  recurring: TotalPart[];
  recurringRest: { count: number; amount: number };
  upfront: TotalPart[];
  upfrontRest: { count: number; amount: number };
  /** The horizon total of the chosen deployment: one-time + 12 × years × monthly + hardware bought again. */
  horizon: { years: number; oneTime: number; monthly: number; refresh: number; total: number };
};

/** Which entries each line is priced from (the first is the unit price's entry). */
function entriesOf(line: LineId, s: Scenario): RequiredEntryId[] {
  switch (line) {
    case 'platform': return ['platform_subscription'];
    case 'licence': return ['onprem_licence'];
    case 'support': return ['onprem_maintenance_rate', 'onprem_licence'];
    case 'voice': return [s.voiceBilling === 'metered' ? 'voice_metered' : 'voice_included'];
    case 'carrier_minutes': return ['carrier_minute'];
    case 'trunks': return ['carrier_trunk'];
    case 'numbers': return ['carrier_number'];
    case 'social': return ['social_channel'];
    case 'sms': return ['sms'];
    case 'mms': return ['mms'];
    case 'email': return ['email_channel'];
    case 'webchat': return ['webchat_channel'];
    case 'storage': {
      // (the data stored against the source's average is where storage's range comes from; without voice, its own share)
      const factor = storageFactorId(s.channels);
      if (s.deployment === 'cloud') return ['storage_cloud', factor];
      if (s.deployment === 'onPremises') return ['storage_onprem', factor];
      return ['storage_cloud', 'storage_onprem', 'hybrid_cloud_share', factor];
    }
    case 'egress': return ['egress', 'egress_free_allowance'];
    case 'infrastructure': return ['onprem_server', 'onprem_seats_per_server_pair', 'onprem_refresh_years'];
    case 'gateway': return ['onprem_gateway_pair', 'onprem_seats_per_server_pair', 'onprem_refresh_years'];
    case 'facility': return ['onprem_facility', 'onprem_seats_per_server_pair'];
    case 'it_staff': return ['onprem_it_fte_cost', 'onprem_it_min_fte', 'onprem_it_seats_per_fte', 'onprem_it_extra_app_share', 'onprem_it_fte_step'];
    case 'hybrid_integration': return ['hybrid_integration'];
    case 'admin_overhead': return ['onprem_it_fte_cost', 'hybrid_admin_fte'];
    case 'wfm': return ['wfm'];
    case 'ai': return ['ai_conversation'];
    case 'integration': return ['custom_integration'];
  }
}

const PERIOD: Partial<Record<LineId, Period>> = {
  licence: 'once', infrastructure: 'once', gateway: 'once', hybrid_integration: 'once', integration: 'once', storage: 'year',
};

const PRESET_OF: Partial<Record<LineId, { key: PresetKey; given: VolumeKey }>> = {
  voice: { key: 'voiceMinutes', given: 'voiceMinutesPerMonth' },
  carrier_minutes: { key: 'voiceMinutes', given: 'voiceMinutesPerMonth' },
  sms: { key: 'sms', given: 'smsPerMonth' },
  mms: { key: 'mms', given: 'mmsPerMonth' },
  egress: { key: 'egressGb', given: 'egressGbPerMonth' },
};

function basisOf(item: LineItem, s: Scenario, presets: Record<PresetName, Record<PresetKey, number>>, aht: number): QuantityBasis {
  if (item.dependsOnUsage) return { kind: 'unknown' };
  switch (item.id) {
    case 'infrastructure': case 'gateway': case 'facility': case 'it_staff': case 'admin_overhead': return { kind: 'derived' };
    case 'hybrid_integration': return { kind: 'fixed' };
    case 'integration': return { kind: 'given', slot: 'customIntegrations' };
    case 'ai': return { kind: 'given', slot: 'aiConversationsPerMonth' };
  }
  const p = PRESET_OF[item.id];
  if (!p) return { kind: 'seats', seats: item.quantity ?? s.agents };
  if (p.key === 'voiceMinutes') {
    if (s.volumes.voiceMinutesPerMonth !== undefined) return { kind: 'given', slot: 'voiceMinutesPerMonth' };
    if (s.volumes.callsPerMonth !== undefined) {
      const given = s.volumes.ahtSeconds;
      return { kind: 'calls', calls: s.volumes.callsPerMonth, ahtSeconds: given ?? aht, ahtAssumed: given === undefined };
    }
  } else if (s.volumes[p.given] !== undefined) return { kind: 'given', slot: p.given };
  return { kind: 'preset', key: p.key, preset: s.usagePreset, perAgent: presets[s.usagePreset][p.key], agents: s.agents };
}

const c = (x: number) => Math.round(x * 100);

/** One line taken apart; undefined when the estimate has no such line. */
export function explainLine(e: Estimate, line: LineId, catalog: Catalog): LineExplanation | undefined {
  const item = e.lineItems.find((l) => l.id === line);
  if (!item) return undefined;
  const s = e.scenario;
  const period = PERIOD[line] ?? 'month';
  const amount = period === 'once' ? item.oneTime : item.monthly;
  const total = period === 'once' ? e.totals.oneTime.typical : e.totals.monthly.typical;
  const book = priceBook(catalogFor(s, catalog));
  const aht = book.tiers[s.tier].default_aht_seconds.entry.typical;
  const out: LineExplanation = {
    line,
    period,
    quantity: item.dependsOnUsage ? null : item.quantity,
    unit: item.unit,
    unitPrice: item.unitPrice,
    amount,
    dependsOnUsage: item.dependsOnUsage,
    basis: basisOf(item, s, book.presets, aht),
    entries: entriesOf(line, s),
    share: total > 0 ? amount.typical / total : 0,
  };
  if (period === 'year' && item.quantity !== null) {
    const q = item.quantity;
    out.perYear = { low: c(q * item.unitPrice.low) / 100, typical: c(q * item.unitPrice.typical) / 100, high: c(q * item.unitPrice.high) / 100 };
  }
  if (line === 'egress') {
    const allowance = book.tiers[s.tier].egress_free_allowance.entry.typical;
    const basis = out.basis;
    const volume = basis.kind === 'preset' ? basis.perAgent * basis.agents : (s.volumes.egressGbPerMonth ?? 0);
    out.free = { allowance, volume };
  }
  // Derived counts differ per bound: the range of the amount is not the range of the price alone.
  if (item.quantity !== null && item.unitPrice.low > 0 && out.basis.kind === 'derived') {
    const div = period === 'year' ? 1 / 12 : 1;
    const per = (amt: number, price: number) => Math.round((amt / (price * div)) * 1000) / 1000;
    out.quantityRange = { low: per(amount.low, item.unitPrice.low), typical: item.quantity, high: per(amount.high, item.unitPrice.high) };
  }
  return out;
}

/** The catalog entries an explanation names, by id (sources, ranges and reasons for the reply). */
export function entriesFor(ids: readonly string[], catalog: Catalog): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const id of ids) {
    const entry = catalog.entries.find((x) => x.id === id);
    if (entry && !out.includes(entry)) out.push(entry);
  }
  return out;
}

/**
 * A total as the sum of its lines: the `top` largest recurring lines and the rest, the same for
 * one-time lines, and the horizon total built from them. The parts add up to the totals to the cent.
 */
export function explainTotal(e: Estimate, top = 5): TotalExplanation {
  const split = (pick: (l: LineItem) => number) => {
    const parts = e.lineItems
      .map((l) => ({ line: l.id, amount: pick(l) }))
      .filter((p) => p.amount > 0)
      .sort((a, b) => b.amount - a.amount);
    const shown = parts.slice(0, top);
    const rest = parts.slice(top);
    return { shown, rest: { count: rest.length, amount: rest.reduce((sum, p) => sum + c(p.amount), 0) / 100 } };
  };
  const recurring = split((l) => l.monthly.typical);
  const upfront = split((l) => l.oneTime.typical);
  const row = e.comparison.find((x) => x.deployment === e.scenario.deployment)!;
  const years = row.years;
  const refresh = c(row.tco.typical) - c(row.oneTime.typical) - 12 * years * c(row.monthly.typical);
  return {
    monthly: e.totals.monthly,
    oneTime: e.totals.oneTime,
    recurring: recurring.shown,
    recurringRest: recurring.rest,
    upfront: upfront.shown,
    upfrontRest: upfront.rest,
    horizon: { years, oneTime: row.oneTime.typical, monthly: row.monthly.typical, refresh: refresh / 100, total: row.tco.typical },
  };
}

/**
 * Where an amount quoted from an estimate appears in it ("where does the $125 come from?", "Rp 2 juta per agen itu
 * dari mana?"): the line whose price, monthly or one-time amount (or a year of it) it is nearest, else a total.
 * `quoted`: the amount in dollars in each currency it may have been said in, and how far off it may be (a visitor
 * rounds: "2 juta" for Rp 2.063.000). On a tie the line wins (a one-line estimate's line is also its total).
 */
export function locateFigure(e: Estimate, quoted: readonly { usd: number; tolerance: number }[]): { line: LineId } | { total: true } | undefined {
  let best: { at: { line: LineId } | { total: true }; off: number } | undefined;
  const consider = (x: number, at: { line: LineId } | { total: true }) => {
    for (const q of quoted) {
      const off = Math.abs(x - q.usd) / q.usd;
      if (x > 0 && Math.abs(x - q.usd) <= q.tolerance && (!best || off < best.off)) best = { at, off };
    }
  };
  for (const l of e.lineItems) for (const x of [l.unitPrice.typical, l.monthly.typical, l.oneTime.typical, l.monthly.typical * 12]) consider(x, { line: l.id });
  const t = e.totals;
  const tco = e.comparison.find((r) => r.deployment === e.scenario.deployment)?.tco;
  for (const r of [t.monthly, t.annual, t.oneTime, t.first12Months, t.perAgentMonthly, t.allInPerAgentMonthly, ...(tco ? [tco] : [])]) consider(r.typical, { total: true });
  return best?.at;
}

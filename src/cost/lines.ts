import type { Bilingual } from './catalog';
import { lineLabelPair } from './labels';
import type { AssumptionSink, PresetKey, PriceBook, PricedEntry } from './pricebook';
import type { Deployment, Scenario } from './scenario';
import type { Sums } from './totals';
import type { LineId, LineItem, Range } from './types';

const ZERO: Range = Object.freeze({ low: 0, typical: 0, high: 0 });

/** Rounds to two decimals (derived quantities such as minutes from calls x AHT). */
export function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

type Period = 'month' | 'year' | 'once';


function fromCents(low: number, typical: number, high: number): Range {
  return { low: low / 100, typical: typical / 100, high: high / 100 };
}

/** Running sums in whole cents; `sums()` turns them into the ranges totals are built from. */
class Tally {
  mL = 0; mT = 0; mH = 0; uL = 0; uT = 0; uH = 0; oL = 0; oT = 0; oH = 0;
  sums(): Sums {
    const r = fromCents;
    return {
      monthly: r(this.mL, this.mT, this.mH),
      oneTime: r(this.oL, this.oT, this.oH),
      baselineMonthly: r(this.mL - this.uL, this.mT - this.uT, this.mH - this.uH),
      usageMonthly: r(this.uL, this.uT, this.uH),
    };
  }
}

class LineBuilder {
  readonly items: LineItem[] = [];
  readonly tally = new Tally();
  constructor(
    private readonly scenario: Scenario,
    private readonly book: PriceBook,
    private readonly used: AssumptionSink,
    /** False when only the sums are wanted (the other deployments of the comparison). */
    private readonly collect: boolean,
  ) {}

  add(
    id: LineId,
    priced: PricedEntry,
    quantity: number,
    period: Period,
    opts: { usageBased?: boolean; preset?: PresetKey | false; unitPrice?: Range; assumed?: boolean; note?: Bilingual } = {},
  ): void {
    const price = opts.unitPrice ?? priced.price[this.scenario.tier];
    const divisor = period === 'year' ? 12 : 1;
    // Whole cents, rounded once per line: the shown amounts and the totals come from these.
    const l = Math.round(((quantity * price.low) / divisor) * 100);
    const t = Math.round(((quantity * price.typical) / divisor) * 100);
    const h = Math.round(((quantity * price.high) / divisor) * 100);
    const tally = this.tally;
    if (period === 'once') {
      tally.oL += l; tally.oT += t; tally.oH += h;
    } else {
      tally.mL += l; tally.mT += t; tally.mH += h;
      if (opts.usageBased) { tally.uL += l; tally.uT += t; tally.uH += h; }
    }
    let assumption = opts.assumed ?? priced.assumed[this.scenario.tier];
    if (assumption) this.used.add(priced.slot);
    if (opts.preset) {
      assumption = true;
      this.used.add(this.book.presetSlots[this.scenario.usagePreset][opts.preset]);
    }
    if (!this.collect) return;
    const amount: Range = { low: l / 100, typical: t / 100, high: h / 100 };
    this.items.push({
      id,
      label: lineLabelPair(id),
      unit: priced.entry.unit,
      quantity,
      unitPrice: price,
      monthly: period === 'once' ? ZERO : amount,
      oneTime: period === 'once' ? amount : ZERO,
      assumption,
      usageBased: opts.usageBased === true,
      dependsOnUsage: false,
      source: priced.entry.source,
      // Always present (undefined when absent) so every line item has one hidden class.
      note: opts.note,
    });
  }

  /** A usage-priced line whose volume nobody knows: no amount, only the unit price. */
  unknownUsage(id: LineId, priced: PricedEntry, note: Bilingual): void {
    this.used.add(priced.slot);
    if (!this.collect) return;
    this.items.push({
      id,
      label: lineLabelPair(id),
      unit: priced.entry.unit,
      quantity: null,
      unitPrice: priced.price[this.scenario.tier],
      monthly: ZERO,
      oneTime: ZERO,
      assumption: true,
      usageBased: true,
      dependsOnUsage: true,
      source: priced.entry.source,
      note,
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
      aht = book.e.default_aht_seconds.entry.typical;
      used.add(book.e.default_aht_seconds.slot);
    }
    return { quantity: cents((v.callsPerMonth * aht) / 60), preset: false };
  }
  return volume(s, book, undefined, 'voiceMinutes');
}

/**
 * Prices a scenario as if it ran on `deployment` (the comparison prices all three).
 * Hybrid splits the seats by the catalog's cloud share: the cloud part pays the subscription,
 * the on-premises part the perpetual licence, hardware and IT, and all seats the admin overhead.
 */
export function priceLines(
  s: Scenario,
  deployment: Deployment,
  book: PriceBook,
  used: AssumptionSink,
  collect = true,
): { items: LineItem[]; sums: Sums } {
  const b = new LineBuilder(s, book, used, collect);
  const e = book.e;
  const agents = s.agents;
  const cloudShare = deployment === 'cloud' ? 1 : deployment === 'onPremises' ? 0 : e.hybrid_cloud_share.entry.typical;
  const cloudSeats = agents * cloudShare;
  const onPremSeats = agents - cloudSeats;
  const hybrid = deployment === 'hybrid';
  if (hybrid) used.add(e.hybrid_cloud_share.slot);
  const cloudNote = hybrid ? { note: book.notes.hybridCloudSeats } : {};
  const onPremNote = hybrid ? { note: book.notes.hybridOnPremSeats } : {};

  if (cloudSeats > 0) b.add('platform', e.platform_subscription, cloudSeats, 'month', cloudNote);
  if (onPremSeats > 0) {
    b.add('licence', e.onprem_licence, onPremSeats, 'once', onPremNote);
    b.add('support', e.onprem_support, onPremSeats, 'month', onPremNote);
  }

  const ch = s.channels;
  if (ch.includes('voice')) {
    const minutes = voiceMinutes(s, book, used);
    if (s.voiceBilling === 'metered') {
      b.add('voice', e.voice_metered, minutes.quantity, 'month', { usageBased: true, preset: minutes.preset });
    } else {
      b.add('voice', e.voice_included, minutes.quantity, 'month', { usageBased: true, preset: minutes.preset, note: book.notes.fairUse });
    }
  }
  if (ch.includes('social')) {
    b.add('social', e.social_channel, agents, 'month');
    const interactions = volume(s, book, s.volumes.socialInteractionsPerMonth, 'socialInteractions');
    b.add('social_interactions', e.social_interaction, interactions.quantity, 'month', { usageBased: true, preset: interactions.preset });
  }
  if (ch.includes('sms')) {
    const sms = volume(s, book, s.volumes.smsPerMonth, 'sms');
    b.add('sms', e.sms, sms.quantity, 'month', { usageBased: true, preset: sms.preset });
  }
  if (ch.includes('mms')) {
    const mms = volume(s, book, s.volumes.mmsPerMonth, 'mms');
    b.add('mms', e.mms, mms.quantity, 'month', { usageBased: true, preset: mms.preset });
  }
  if (ch.includes('email')) b.add('email', e.email_channel, agents, 'month', { note: book.notes.includedAssumed });
  if (ch.includes('webchat')) b.add('webchat', e.webchat_channel, agents, 'month', { note: book.notes.includedAssumed });

  if (deployment === 'cloud') b.add('storage', e.storage_cloud, agents, 'year');
  else if (deployment === 'onPremises') b.add('storage', e.storage_onprem, agents, 'year');
  else {
    const cloud = e.storage_cloud.entry.typical;
    const onPrem = e.storage_onprem.entry.typical;
    const blended = cloudShare * cloud + (1 - cloudShare) * onPrem;
    b.add('storage', e.storage_onprem, agents, 'year', {
      unitPrice: { low: blended, typical: blended, high: blended },
      assumed: true,
      note: book.notes.storageBlend,
    });
  }

  if (deployment !== 'onPremises') {
    // Egress is a cloud charge; on-premises bandwidth sits in maintenance and IT.
    const gb = volume(s, book, s.volumes.egressGbPerMonth, 'egressGb');
    const free = e.egress_free_allowance.entry.typical;
    const billable = Math.max(0, gb.quantity - free);
    b.add('egress', e.egress, billable, 'month', { usageBased: true, preset: gb.preset, note: book.notes.freeAllowance });
  }

  if (onPremSeats > 0) {
    b.add('infrastructure', e.onprem_hardware, onPremSeats, 'once', onPremNote);
    b.add('maintenance', e.onprem_it, onPremSeats, 'month', onPremNote);
  }
  if (hybrid) b.add('admin_overhead', e.hybrid_overhead, agents, 'month');

  if (s.addOns.wfm) b.add('wfm', e.wfm, agents, 'month');
  if (s.addOns.ai) {
    const conversations = s.addOns.aiConversationsPerMonth;
    if (conversations === undefined) b.unknownUsage('ai', e.ai_conversation, book.notes.dependsOnUsage);
    else b.add('ai', e.ai_conversation, conversations, 'month', { usageBased: true });
  }
  if (s.addOns.customIntegrations > 0) b.add('integration', e.custom_integration, s.addOns.customIntegrations, 'once');
  return { items: b.items, sums: b.tally.sums() };
}

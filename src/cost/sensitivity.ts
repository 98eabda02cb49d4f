/**
 * Which catalog figures the deployment comparison is most sensitive to, one at a time: each
 * entry's typical value is moved to its low and to its high end (everything else typical) and the
 * change in the gap between two deployments' typical totals over the horizon is recorded.
 * docs/cost-engine.md quotes its output; it is not on any request path. `totalSensitivity` below
 * does the same for the visitor's own total and is on one: the "what moves the total?" answer).
 */
import { defaultCatalog, REQUIRED_ENTRIES, type Catalog } from './catalog';
import { catalogFor } from './own-prices';
import { estimate } from './estimate';
import { DRIVER_SLOT, priceLines } from './lines';
import { AssumptionSink, priceBook, type PresetKey, type PriceBook } from './pricebook';
import type { Deployment, Scenario, ScenarioInput } from './scenario';
import { deploymentCost } from './tco';
import type { Range } from './types';

const PRESET_KEYS: PresetKey[] = ['voiceMinutes', 'sms', 'mms', 'socialInteractions', 'egressGb'];

export type Swing = {
  entry: string;
  /** Gap (`against` minus `of`) with the entry at its low and at its high value. */
  atLow: number;
  atHigh: number;
  /** |atHigh - atLow|: how far this one figure moves the comparison. */
  swing: number;
};

function gap(input: ScenarioInput, catalog: Catalog, of: Deployment, against: Deployment): number {
  const e = estimate(input, catalog);
  const tco = (d: Deployment) => e.comparison.find((c) => c.deployment === d)!.tco.typical;
  return tco(against) - tco(of);
}

/** Entries ranked by how much they move `against` minus `of` (typical totals over the horizon). */
export function sensitivity(input: ScenarioInput, catalog: Catalog = defaultCatalog(), of: Deployment = 'cloud', against: Deployment = 'onPremises'): { base: number; swings: Swing[] } {
  const base = gap(input, catalog, of, against);
  const swings: Swing[] = [];
  for (const entry of catalog.entries) {
    if (entry.low === entry.high || entry.benchmark) continue;
    const at = (value: number) => {
      const changed = structuredClone(catalog);
      const target = changed.entries.find((x) => x.id === entry.id)!;
      // A tiered entry's typical point is chosen by the tier: move the whole entry to one value.
      Object.assign(target, { low: value, typical: value, high: value });
      return gap(input, changed, of, against);
    };
    const atLow = at(entry.low);
    const atHigh = at(entry.high);
    swings.push({ entry: entry.id, atLow, atHigh, swing: Math.abs(atHigh - atLow) });
  }
  swings.sort((a, b) => b.swing - a.swing);
  return { base, swings };
}

// ------------------------------------------------------------------------------------------------
// What moves the visitor's own total: the same one-at-a-time swing, on the chosen deployment's
// monthly and horizon totals, fast enough to run inside a turn (no catalog copies: the compiled
// price book is varied one entry at a time and only the chosen deployment is priced).

/** A figure varied: a catalog entry, or the usage preset of a volume the visitor did not give. */
export type TotalSwing = {
  kind: 'entry' | 'preset';
  /** Catalog entry id, or the preset key (voiceMinutes, sms, mms, egressGb, socialInteractions). */
  id: string;
  /** The figure's own low, typical and high (for a preset: per agent a month, small / used / large). */
  value: Range;
  /** Monthly typical total of the chosen deployment with the figure at its low and at its high value. */
  monthlyAtLow: number;
  monthlyAtHigh: number;
  /** Horizon total (one-time, every month, hardware bought again) at the figure's low and high value. */
  totalAtLow: number;
  totalAtHigh: number;
  /** |totalAtHigh - totalAtLow|. */
  swing: number;
  /** The figure is ours, not the source's (an assumption the visitor may replace). */
  assumption: boolean;
};

export type TotalSensitivity = {
  deployment: Deployment;
  years: number;
  monthly: number;
  total: number;
  /** Largest swing first; figures that do not move this scenario's total are left out. */
  swings: TotalSwing[];
};

const NOT_A_COST: ReadonlySet<string> = new Set(['verdict_close_margin']);

/** Typical monthly and horizon totals of the scenario's own deployment priced with `book`. */
function ownTotals(s: Scenario, book: PriceBook, scratch: Float64Array): [number, number] {
  const used = new AssumptionSink(book.assumptionSlots.length);
  const { sums } = priceLines(s, s.deployment, book, used, false, scratch, 0);
  const row = deploymentCost(s.deployment, sums, s.years, s.agents, book, s.tier);
  return [sums.monthly.typical, row.cost.tco.typical];
}

/**
 * Each catalog figure and usage preset that applies to the scenario, moved alone across its
 * low–high range (everything else typical), ranked by how far it moves the horizon total.
 */
export function totalSensitivity(scenario: Scenario, catalog: Catalog = defaultCatalog()): TotalSensitivity {
  const book = priceBook(catalogFor(scenario, catalog));
  const scratch = new Float64Array(DRIVER_SLOT);
  const tier = scenario.tier;
  const view = book.tiers[tier];
  const [monthly, total] = ownTotals(scenario, book, scratch);
  const swings: TotalSwing[] = [];
  const push = (kind: TotalSwing['kind'], id: string, value: Range, assumption: boolean, at: (v: number) => PriceBook) => {
    const [mLow, tLow] = ownTotals(scenario, at(value.low), scratch);
    const [mHigh, tHigh] = ownTotals(scenario, at(value.high), scratch);
    const swing = Math.abs(tHigh - tLow);
    if (swing < 0.005 && Math.abs(mHigh - mLow) < 0.005) return;
    swings.push({ kind, id, value, monthlyAtLow: mLow, monthlyAtHigh: mHigh, totalAtLow: tLow, totalAtHigh: tHigh, swing, assumption });
  };
  for (const id of REQUIRED_ENTRIES) {
    const te = view[id];
    const entry = te.entry;
    if (entry.low === entry.high || entry.benchmark || NOT_A_COST.has(id)) continue;
    const typical = te.price.typical;
    push('entry', id, { low: entry.low, typical, high: entry.high }, te.assumed, (v) => ({
      ...book,
      tiers: { ...book.tiers, [tier]: { ...view, [id]: { ...te, price: { low: v, typical: v, high: v } } } },
    }));
  }
  const presets = book.presets[scenario.usagePreset];
  for (const key of PRESET_KEYS) {
    const low = Math.min(book.presets.small[key], presets[key]);
    const high = Math.max(book.presets.large[key], presets[key]);
    if (low === high) continue;
    push('preset', key, { low, typical: presets[key], high }, true, (v) => ({
      ...book,
      presets: { ...book.presets, [scenario.usagePreset]: { ...presets, [key]: v } },
    }));
  }
  swings.sort((a, b) => b.swing - a.swing || Math.abs(b.monthlyAtHigh - b.monthlyAtLow) - Math.abs(a.monthlyAtHigh - a.monthlyAtLow));
  return { deployment: scenario.deployment, years: scenario.years, monthly, total, swings };
}

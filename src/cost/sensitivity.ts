/**
 * Which catalog figures the deployment comparison is most sensitive to, one at a time: each
 * entry's typical value is moved to its low and to its high end (everything else typical) and the
 * change in the gap between two deployments' typical totals over the horizon is recorded.
 * docs/cost-engine.md quotes its output; it is not on any request path.
 */
import { defaultCatalog, type Catalog } from './catalog';
import { estimate } from './estimate';
import type { Deployment, ScenarioInput } from './scenario';

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

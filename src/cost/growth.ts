/**
 * A head count that changes part-way through the horizon ("180 agents today, +30% in year 2", "tahun depan agen nambah
 * 2x"): each deployment's cost over the years with the first head count until the year of the change and the second
 * from then on. It is built from two estimates of the same scenario, one per head count, over the same horizon:
 *
 * - the years before the change cost what the smaller center costs (its one-time costs included);
 * - from the year of the change, the running costs (and any hardware bought again) are those of the larger center;
 * - the one-time costs the larger center needs on top (more perpetual licences, more servers and gateways) are bought
 *   in the year the seats join. A smaller head count sells nothing back.
 *
 * Each bound is worked out on its own (low with low, high with high), as the comparison does.
 */
import type { Deployment } from './scenario';
import type { DeploymentCost, Estimate, Range } from './types';

export type GrowthRow = {
  deployment: Deployment;
  /** Everything over the horizon with the head count changing in `fromYear`. */
  total: Range;
  /** Year 1, one-time costs included (typical). */
  firstYear: number;
  /** A year's running cost from the year of the change on (typical). */
  laterYear: number;
  /** One-time costs bought in the year of the change for the added seats (typical). */
  addedOneTime: number;
  /** The horizon's total with the first head count all along, and with the second from the start (typical). */
  flatBefore: number;
  flatAfter: number;
};

export type Growth = { fromYear: number; years: number; rows: GrowthRow[] };

const BOUNDS = ['low', 'typical', 'high'] as const;

function rowOf(before: DeploymentCost, after: DeploymentCost, fromYear: number): GrowthRow {
  const years = before.years;
  // years at the first head count (at least one, and the change inside the horizon)
  const k = Math.min(Math.max(fromYear - 1, 1), years - 1);
  const total = {} as Range;
  for (const b of BOUNDS) {
    const added = Math.max(0, after.oneTime[b] - before.oneTime[b]);
    total[b] = before.cumulativeRange[k - 1]![b] + (after.cumulativeRange[years - 1]![b] - after.cumulativeRange[k - 1]![b]) + added;
  }
  return {
    deployment: before.deployment,
    total,
    firstYear: before.cumulative[0]!,
    laterYear: after.monthly.typical * 12,
    addedOneTime: Math.max(0, after.oneTime.typical - before.oneTime.typical),
    flatBefore: before.tco.typical,
    flatAfter: after.tco.typical,
  };
}

/** `before` and `after`: the same scenario at the two head counts, over the same horizon (at least two years). */
export function growthCost(before: Estimate, after: Estimate, fromYear: number): Growth {
  const years = before.scenario.years;
  if (after.scenario.years !== years || years < 2) throw new RangeError('growthCost: both estimates need the same horizon of at least two years');
  const rows = before.comparison.map((row) => rowOf(row, after.comparison.find((x) => x.deployment === row.deployment)!, fromYear));
  return { fromYear: Math.min(Math.max(fromYear, 2), years), years, rows };
}

/**
 * A head count that changes during the horizon ("180 agents today, +30% in year 2", "tahun depan nambah 15 agen, trus
 * tahun ketiga nambah 10 lagi", "10% more every year"): each deployment's cost over the years with the head count each
 * year has. It is built from estimates of the same scenario at each head count, over the same horizon:
 *
 * - each year costs what a center of that year's size runs at that year (its hardware bought again included, when
 *   its cycle falls in that year); year 1 also carries the first size's one-time costs;
 * - when the center grows, the one-time costs a larger center needs on top of the largest one so far (more perpetual
 *   licences, more servers and gateways) are bought in the year the seats join. A smaller head count sells nothing back.
 *
 * Each bound is worked out on its own (low with low, high with high), as the comparison does.
 */
import type { Deployment } from './scenario';
import type { Estimate, Range } from './types';

export type GrowthRow = {
  deployment: Deployment;
  /** Everything over the horizon with the head counts of each year. */
  total: Range;
  /** Year 1, one-time costs included (typical). */
  firstYear: number;
  /** Each year's cost with that year's head count, the seats' one-time costs in the year they join (typical). */
  byYear: number[];
  /** A year's running cost at the last head count (typical). */
  laterYear: number;
  /** One-time costs bought for added seats after year 1 (typical). */
  addedOneTime: number;
  /** The horizon's total with the first head count all along, and with the last from the start (typical). */
  flatBefore: number;
  flatAfter: number;
};

export type Growth = { counts: number[]; years: number; rows: GrowthRow[] };

const BOUNDS = ['low', 'typical', 'high'] as const;

/**
 * `counts`: the head count of each year (counts[0] is year 1); `at`: the scenario's estimate at a head count, over a
 * horizon of counts.length years (at least two).
 */
export function growthCost(counts: readonly number[], at: (agents: number) => Estimate): Growth {
  const years = counts.length;
  if (years < 2) throw new RangeError('growthCost: a head count for each of at least two years');
  const byCount = new Map<number, Estimate>();
  const of = (n: number) => {
    let e = byCount.get(n);
    if (!e) {
      e = at(n);
      if (e.scenario.years !== years) throw new RangeError('growthCost: every estimate needs the horizon of the head counts');
      byCount.set(n, e);
    }
    return e;
  };
  const first = of(counts[0]!);
  const last = of(counts[years - 1]!);
  const rows = first.comparison.map((own): GrowthRow => {
    const d = own.deployment;
    const row = (n: number) => of(n).comparison.find((r) => r.deployment === d)!;
    const total = { low: 0, typical: 0, high: 0 };
    let added = 0;
    const byYear: number[] = [];
    for (const b of BOUNDS) {
      let boughtOnce = row(counts[0]!).oneTime[b];
      total[b] = row(counts[0]!).cumulativeRange[0]![b];
      if (b === 'typical') byYear.push(total[b]);
      for (let y = 2; y <= years; y++) {
        const r = row(counts[y - 1]!);
        const year = r.cumulativeRange[y - 1]![b] - r.cumulativeRange[y - 2]![b];
        total[b] += year;
        const extra = Math.max(0, r.oneTime[b] - boughtOnce);
        total[b] += extra;
        if (b === 'typical') {
          added += extra;
          byYear.push(year + extra);
        }
        boughtOnce = Math.max(boughtOnce, r.oneTime[b]);
      }
    }
    return {
      deployment: d,
      total,
      firstYear: own.cumulative[0]!,
      byYear,
      laterYear: row(counts[years - 1]!).monthly.typical * 12,
      addedOneTime: added,
      flatBefore: own.tco.typical,
      flatAfter: last.comparison.find((r) => r.deployment === d)!.tco.typical,
    };
  });
  return { counts: [...counts], years, rows };
}

/**
 * A head count that grows part-way through the horizon: the years before cost what the smaller center costs, the years
 * after what the larger one runs at, and the added seats' one-time costs are bought when they join.
 */
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/cost';
import { growthCost } from '../../src/cost/growth';

const at = (agents: number, deployment: 'cloud' | 'onPremises' | 'hybrid', years = 3) => estimate({ agents, channels: ['voice', 'email'], deployment, years });
/** The head counts of a change in `fromYear` from `a` to `b`, over `years`. */
const change = (a: number, b: number, fromYear: number, years: number) => Array.from({ length: years }, (_, i) => (i + 1 < fromYear ? a : b));

describe('growthCost', () => {
  it('cloud: a year at the first head count, then the larger center, with no one-time costs', () => {
    const before = at(180, 'cloud');
    const after = at(234, 'cloud');
    const row = growthCost(change(180, 234, 2, 3), (n) => at(n, 'cloud')).rows.find((r) => r.deployment === 'cloud')!;
    const a = before.totals.monthly.typical * 12;
    const b = after.totals.monthly.typical * 12;
    expect(row.total.typical).toBeCloseTo(a + 2 * b, 2);
    expect(row.firstYear).toBeCloseTo(a, 2);
    expect(row.laterYear).toBeCloseTo(b, 2);
    expect(row.addedOneTime).toBe(0);
    // between staying small and being large from the start
    expect(row.total.typical).toBeGreaterThan(row.flatBefore);
    expect(row.total.typical).toBeLessThan(row.flatAfter);
    expect(row.total.low).toBeLessThanOrEqual(row.total.typical);
    expect(row.total.high).toBeGreaterThanOrEqual(row.total.typical);
  });

  it('on-premises: the added seats\' one-time costs are bought in the year they join', () => {
    const before = at(100, 'onPremises');
    const after = at(200, 'onPremises');
    const b = before.comparison.find((r) => r.deployment === 'onPremises')!;
    const a = after.comparison.find((r) => r.deployment === 'onPremises')!;
    const row = growthCost(change(100, 200, 2, 3), (n) => at(n, 'onPremises')).rows.find((r) => r.deployment === 'onPremises')!;
    const added = a.oneTime.typical - b.oneTime.typical;
    expect(added).toBeGreaterThan(0);
    expect(row.addedOneTime).toBeCloseTo(added, 2);
    expect(row.total.typical).toBeCloseTo(b.cumulative[0]! + (a.cumulative[2]! - a.cumulative[0]!) + added, 2);
  });

  it('a change in the last year leaves all but that year at the first head count', () => {
    const before = at(50, 'cloud', 5);
    const after = at(100, 'cloud', 5);
    const row = growthCost(change(50, 100, 5, 5), (n) => at(n, 'cloud', 5)).rows.find((r) => r.deployment === 'cloud')!;
    expect(row.total.typical).toBeCloseTo(before.totals.monthly.typical * 12 * 4 + after.totals.monthly.typical * 12, 2);
  });

  it('steps: each year at its own head count, one-time costs bought as the center grows', () => {
    const counts = [25, 40, 50];
    const row = growthCost(counts, (n) => at(n, 'cloud')).rows.find((r) => r.deployment === 'cloud')!;
    const yearly = (n: number) => at(n, 'cloud').totals.monthly.typical * 12;
    expect(row.total.typical).toBeCloseTo(yearly(25) + yearly(40) + yearly(50), 2);
    const onPrem = growthCost(counts, (n) => at(n, 'onPremises')).rows.find((r) => r.deployment === 'onPremises')!;
    const oneTime = (n: number) => at(n, 'onPremises').comparison.find((r) => r.deployment === 'onPremises')!.oneTime.typical;
    expect(onPrem.addedOneTime).toBeCloseTo(oneTime(50) - oneTime(25), 2);
  });

  it('refuses estimates over another horizon than the head counts', () => {
    expect(() => growthCost([10, 20], (n) => at(n, 'cloud', 5))).toThrow(RangeError);
  });
});

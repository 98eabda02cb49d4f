/**
 * A yearly price rise applied to a deployment's multi-year cost ("kalau vendor naikin harga 5% tiap tahun, total 3
 * tahun jadi berapa?"). The estimate itself assumes none (the source gives no escalation); this prices the visitor's own
 * figure. Every cost of a year after the first is raised by the rise compounded to that year; the one-time costs of
 * year 1 are paid at today's prices. Pure arithmetic on the comparison's cumulative costs, no I/O.
 */
import type { Range } from './types';

export type Escalated = {
  /** Years priced. */
  years: number;
  /** The whole span with the rise. */
  total: Range;
  /** The same span at today's prices. */
  flat: Range;
  /** The first year's and the last year's cost with the rise (typical). */
  firstYear: number;
  lastYear: number;
};

/** `cumulative[y]` is the cost up to the end of year y + 1; `percent` the rise a year (5 for 5%). */
export function escalate(cumulative: readonly Range[], percent: number, years = cumulative.length, once = false): Escalated {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) throw new RangeError(`escalate: percent ${percent} outside 0-100`);
  const span = Math.max(1, Math.min(years, cumulative.length));
  const factor = 1 + percent / 100;
  const point = (b: keyof Range) => {
    let total = 0;
    let last = 0;
    let first = 0;
    for (let y = 0; y < span; y++) {
      const year = cumulative[y]![b] - (y > 0 ? cumulative[y - 1]![b] : 0);
      // (a single rise, "12% next year", lifts every year after the first by the same step)
      last = year * (once ? (y > 0 ? factor : 1) : factor ** y);
      if (y === 0) first = last;
      total += last;
    }
    return { total, first, last };
  };
  const low = point('low');
  const typical = point('typical');
  const high = point('high');
  return {
    years: span,
    total: { low: low.total, typical: typical.total, high: high.total },
    flat: cumulative[span - 1]!,
    firstYear: typical.first,
    lastYear: typical.last,
  };
}

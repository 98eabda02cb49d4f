import { describe, expect, it } from 'vitest';
import { escalate } from '../../src/cost/escalation';

const flatYears = (first: number, yearly: number, years: number) =>
  Array.from({ length: years }, (_, y) => {
    const v = first + yearly * y;
    return { low: v / 2, typical: v, high: v * 2 };
  });

describe('a yearly price rise over the comparison years', () => {
  it.each([
    // [first year (one-time included), each later year, years, percent, total]
    [100, 100, 3, 5, 100 + 105 + 110.25],
    [1_100, 100, 3, 10, 1_100 + 110 + 121],
    [50, 50, 1, 20, 50],
    [100, 100, 5, 0, 500],
  ])('first %d, then %d a year, %d years at %d%%: %d', (first, yearly, years, percent, total) => {
    const x = escalate(flatYears(first, yearly, years), percent);
    expect(x.total.typical).toBeCloseTo(total, 6);
    expect(x.flat.typical).toBeCloseTo(first + yearly * (years - 1), 6);
    expect(x.total.low).toBeCloseTo(total / 2, 6);
    expect(x.total.high).toBeCloseTo(total * 2, 6);
    expect(x.firstYear).toBeCloseTo(first, 6);
  });

  it('prices fewer years than the comparison holds, never more', () => {
    expect(escalate(flatYears(100, 100, 5), 10, 2).total.typical).toBeCloseTo(210, 6);
    expect(escalate(flatYears(100, 100, 2), 10, 7).years).toBe(2);
  });

  it.each([
    // a single rise ("12% next year") lifts every later year by the same step, not compounded
    [100, 100, 3, 10, 100 + 110 + 110],
    [1_100, 100, 4, 20, 1_100 + 120 + 120 + 120],
    [50, 50, 1, 20, 50],
  ])('once: first %d, then %d a year, %d years at %d%%: %d', (first, yearly, years, percent, total) => {
    const x = escalate(flatYears(first, yearly, years), percent, years, true);
    expect(x.total.typical).toBeCloseTo(total, 6);
    expect(x.lastYear).toBeCloseTo(years > 1 ? yearly * (1 + percent / 100) : first, 6);
  });

  it('refuses a rise outside 0–100%', () => {
    expect(() => escalate(flatYears(1, 1, 2), -1)).toThrow(RangeError);
    expect(() => escalate(flatYears(1, 1, 2), 101)).toThrow(RangeError);
  });
});

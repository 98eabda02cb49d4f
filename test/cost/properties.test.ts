import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, DEPLOYMENTS, estimateParsed, ScenarioSchema, type Range, type Scenario } from '../../src/cost';

const vol = fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: undefined });
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    agents: fc.integer({ min: 1, max: 100_000 }),
    channels: fc.subarray([...CHANNELS]),
    deployment: fc.constantFrom(...DEPLOYMENTS),
    volumes: fc.record({
      voiceMinutesPerMonth: vol,
      callsPerMonth: vol,
      ahtSeconds: fc.option(fc.integer({ min: 1, max: 3600 }), { nil: undefined }),
      smsPerMonth: vol,
      mmsPerMonth: vol,
      socialInteractionsPerMonth: vol,
      egressGbPerMonth: vol,
    }),
    voiceBilling: fc.constantFrom('included' as const, 'metered' as const),
    addOns: fc.record({
      wfm: fc.boolean(),
      ai: fc.boolean(),
      aiConversationsPerMonth: vol,
      customIntegrations: fc.integer({ min: 0, max: 50 }),
    }),
    tier: fc.constantFrom('essential' as const, 'standard' as const, 'premium' as const),
    usagePreset: fc.constantFrom('small' as const, 'typical' as const, 'large' as const),
    years: fc.integer({ min: 1, max: 10 }),
  })
  // Drop the undefined keys fast-check leaves, as a parsed scenario would not have them.
  .map((s) => ScenarioSchema.parse(JSON.parse(JSON.stringify(s))));

const ordered = (r: Range) => r.low <= r.typical && r.typical <= r.high;
const cents = (x: number) => Math.round(x * 100);

describe('cost engine properties', () => {
  it('keeps low <= typical <= high on every line, total and deployment', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const e = estimateParsed(s);
        for (const l of e.lineItems) {
          expect(ordered(l.monthly) && ordered(l.oneTime) && ordered(l.unitPrice), l.id).toBe(true);
        }
        for (const r of Object.values(e.totals)) expect(ordered(r)).toBe(true);
        for (const c of e.comparison) expect(ordered(c.oneTime) && ordered(c.monthly) && ordered(c.tco)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('makes the totals the exact sum of the line items (in cents)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const e = estimateParsed(s);
        for (const k of ['low', 'typical', 'high'] as const) {
          expect(cents(e.totals.monthly[k])).toBe(e.lineItems.reduce((a, l) => a + cents(l.monthly[k]), 0));
          expect(cents(e.totals.oneTime[k])).toBe(e.lineItems.reduce((a, l) => a + cents(l.oneTime[k]), 0));
          expect(cents(e.totals.first12Months[k])).toBe(cents(e.totals.oneTime[k]) + 12 * cents(e.totals.monthly[k]));
        }
        const own = e.comparison.find((c) => c.deployment === s.deployment)!;
        expect(own.monthly).toEqual(e.totals.monthly);
        expect(own.oneTime).toEqual(e.totals.oneTime);
      }),
      { numRuns: 300 },
    );
  });

  it('never costs less with more agents', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 5000 }), (s, extra) => {
        const bigger = { ...s, agents: Math.min(100_000, s.agents + extra) };
        const a = estimateParsed(s);
        const b = estimateParsed(bigger);
        for (const k of ['low', 'typical', 'high'] as const) {
          expect(b.totals.monthly[k]).toBeGreaterThanOrEqual(a.totals.monthly[k]);
          expect(b.totals.oneTime[k]).toBeGreaterThanOrEqual(a.totals.oneTime[k]);
          for (let i = 0; i < a.comparison.length; i++) {
            expect(b.comparison[i]!.tco[k]).toBeGreaterThanOrEqual(a.comparison[i]!.tco[k]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports a break-even year only inside the horizon, where the other model really is cheaper', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { breakEven, comparison } = estimateParsed(s);
        expect(breakEven.years).toBe(s.years);
        if (breakEven.year === null) {
          expect(breakEven.overtakenBy).toBeNull();
          return;
        }
        expect(breakEven.year).toBeGreaterThanOrEqual(1);
        expect(breakEven.year).toBeLessThanOrEqual(s.years);
        const start = comparison.find((c) => c.deployment === breakEven.cheaperToStart)!;
        const other = comparison.find((c) => c.deployment === breakEven.overtakenBy)!;
        expect(other.cumulative[breakEven.year - 1]!).toBeLessThan(start.cumulative[breakEven.year - 1]!);
      }),
      { numRuns: 200 },
    );
  });
});

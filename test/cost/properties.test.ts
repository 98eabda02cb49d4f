import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, DEPLOYMENTS, estimateParsed, ScenarioSchema, type Channel, type Estimate, type Range } from '../../src/cost';

/**
 * Volumes a real center can have: a monthly figure per agent times the agents (an agent cannot
 * take 400,000 minutes a month; 10,000 is already 24 working days of 7 hours on the phone).
 */
const perAgent = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: undefined });
const scenarioArb = (agents: fc.Arbitrary<number> = fc.integer({ min: 1, max: 100_000 }), years: fc.Arbitrary<number> = fc.integer({ min: 1, max: 10 })) =>
  fc
    .record({
      agents,
      channels: fc.subarray([...CHANNELS]),
      deployment: fc.constantFrom(...DEPLOYMENTS),
      rates: fc.record({
        voiceMinutesPerMonth: perAgent(10_000),
        callsPerMonth: perAgent(1_000),
        smsPerMonth: perAgent(5_000),
        mmsPerMonth: perAgent(1_000),
        socialInteractionsPerMonth: perAgent(1_000),
        emailPerMonth: perAgent(1_000),
        chatsPerMonth: perAgent(1_000),
        egressGbPerMonth: perAgent(50),
      }),
      // With at most 1,000 calls per agent, 600 s keeps calls within 10,000 minutes per agent.
      ahtSeconds: fc.option(fc.integer({ min: 30, max: 600 }), { nil: undefined }),
      voiceBilling: fc.constantFrom('included' as const, 'metered' as const),
      addOns: fc.record({
        wfm: fc.boolean(),
        ai: fc.boolean(),
        aiConversationsPerMonth: perAgent(2_000),
        customIntegrations: fc.integer({ min: 0, max: 50 }),
      }),
      tier: fc.constantFrom('essential' as const, 'standard' as const, 'premium' as const),
      usagePreset: fc.constantFrom('small' as const, 'typical' as const, 'large' as const),
      years,
    })
    .map(({ rates, ahtSeconds, addOns, ...rest }) => {
      const volumes: Record<string, number> = {};
      for (const [k, v] of Object.entries(rates)) if (v !== undefined) volumes[k] = v * rest.agents;
      if (ahtSeconds !== undefined) volumes.ahtSeconds = ahtSeconds;
      const add: Record<string, unknown> = { wfm: addOns.wfm, ai: addOns.ai, customIntegrations: addOns.customIntegrations };
      if (addOns.aiConversationsPerMonth !== undefined) add.aiConversationsPerMonth = addOns.aiConversationsPerMonth * rest.agents;
      return ScenarioSchema.parse({ ...rest, volumes, addOns: add });
    });

const ordered = (r: Range) => r.low <= r.typical && r.typical <= r.high;
const cents = (x: number) => Math.round(x * 100);
const BOUNDS = ['low', 'typical', 'high'] as const;

/** Every total of every deployment, per bound, in cents. */
function totalsOf(e: Estimate): number[] {
  return e.comparison.flatMap((c) => BOUNDS.flatMap((b) => [cents(c.oneTime[b]), cents(c.monthly[b]), cents(c.tco[b])]));
}

function neverLess(before: Estimate, after: Estimate): void {
  const a = totalsOf(before);
  const b = totalsOf(after);
  for (let i = 0; i < a.length; i++) expect(b[i]!, `total #${i}`).toBeGreaterThanOrEqual(a[i]!);
}

describe('cost engine properties', () => {
  it('keeps low <= typical <= high on every line, total, deployment and year', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const e = estimateParsed(s);
        for (const l of e.lineItems) {
          expect(ordered(l.monthly) && ordered(l.oneTime) && ordered(l.unitPrice), l.id).toBe(true);
        }
        for (const r of Object.values(e.totals)) expect(ordered(r)).toBe(true);
        for (const c of e.comparison) {
          expect(ordered(c.oneTime) && ordered(c.monthly) && ordered(c.tco) && ordered(c.refresh)).toBe(true);
          for (const r of c.cumulativeRange) expect(ordered(r)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('makes the totals the exact sum of the line items (in cents)', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const e = estimateParsed(s);
        for (const k of BOUNDS) {
          expect(cents(e.totals.monthly[k])).toBe(e.lineItems.reduce((a, l) => a + cents(l.monthly[k]), 0));
          expect(cents(e.totals.oneTime[k])).toBe(e.lineItems.reduce((a, l) => a + cents(l.oneTime[k]), 0));
          expect(cents(e.totals.first12Months[k])).toBe(cents(e.totals.oneTime[k]) + 12 * cents(e.totals.monthly[k]));
        }
        const own = e.comparison.find((c) => c.deployment === s.deployment)!;
        expect(own.monthly).toEqual(e.totals.monthly);
        expect(own.oneTime).toEqual(e.totals.oneTime);
        expect(own.allInPerAgentMonthly).toEqual(e.totals.allInPerAgentMonthly);
      }),
      { numRuns: 300 },
    );
  });

  it('more agents never cost less in total (same volumes, every deployment and bound)', () => {
    fc.assert(
      fc.property(scenarioArb(), fc.integer({ min: 1, max: 5000 }), (s, extra) => {
        const bigger = { ...s, agents: Math.min(100_000, s.agents + extra) };
        neverLess(estimateParsed(s), estimateParsed(bigger));
      }),
      { numRuns: 300 },
    );
  });

  it('one more agent never costs less either (the hybrid split moves one seat at a time)', () => {
    fc.assert(
      fc.property(scenarioArb(fc.integer({ min: 1, max: 2000 })), (s) => {
        neverLess(estimateParsed(s), estimateParsed({ ...s, agents: s.agents + 1 }));
      }),
      { numRuns: 300 },
    );
  });

  it('adding a channel never costs less', () => {
    fc.assert(
      fc.property(scenarioArb(), fc.constantFrom(...CHANNELS), (s, channel: Channel) => {
        fc.pre(!s.channels.includes(channel));
        neverLess(estimateParsed(s), estimateParsed({ ...s, channels: [...s.channels, channel] }));
      }),
      { numRuns: 300 },
    );
  });

  it('counts seats in whole numbers, split between cloud and on-premises without losing one', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const e = estimateParsed(s);
        for (const l of e.lineItems) {
          if (l.unit.startsWith('per_agent') || l.id === 'infrastructure' || l.id === 'gateway' || l.id === 'facility') {
            expect(Number.isInteger(l.quantity), `${l.id} ${l.quantity}`).toBe(true);
          }
        }
        const cloud = e.lineItems.find((l) => l.id === 'platform')?.quantity ?? 0;
        const onPrem = e.lineItems.find((l) => l.id === 'licence')?.quantity ?? 0;
        expect(cloud + onPrem).toBe(s.agents);
      }),
      { numRuns: 300 },
    );
  });

  it('reports a break-even year only where the typical lines cross, inside the horizon', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const { breakEven, comparison, verdict } = estimateParsed(s);
        expect(breakEven.years).toBe(s.years);
        const start = comparison.find((c) => c.deployment === breakEven.cheaperToStart)!;
        if (breakEven.year === null) {
          expect(breakEven.overtakenBy).toBeNull();
          for (const c of comparison) for (let y = 0; y < s.years; y++) expect(c.cumulative[y]!).toBeGreaterThanOrEqual(start.cumulative[y]!);
        } else {
          expect(breakEven.year).toBeGreaterThanOrEqual(1);
          expect(breakEven.year).toBeLessThanOrEqual(s.years);
          const other = comparison.find((c) => c.deployment === breakEven.overtakenBy)!;
          expect(other.cumulative[breakEven.year - 1]!).toBeLessThan(start.cumulative[breakEven.year - 1]!);
        }
        if (verdict.breakEvenYear !== undefined) {
          const leader = comparison.find((c) => c.deployment === verdict.deployment)!;
          expect(leader.cumulative[verdict.breakEvenYear - 1]!).toBeLessThan(start.cumulative[verdict.breakEvenYear - 1]!);
          if (verdict.breakEvenYear > 1) expect(leader.cumulative[verdict.breakEvenYear - 2]!).toBeGreaterThanOrEqual(start.cumulative[verdict.breakEvenYear - 2]!);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('names the typical leader as the verdict, and calls it only when every bound agrees', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const { comparison, verdict } = estimateParsed(s);
        const leader = [...comparison].sort((a, b) => a.tco.typical - b.tco.typical)[0]!;
        expect(verdict.deployment).toBe(leader.deployment);
        expect(verdict.contenders[0]).toBe(leader.deployment);
        if (verdict.kind === 'cheapest') {
          for (const b of BOUNDS) {
            const best = [...comparison].sort((x, y) => x.tco[b] - y.tco[b])[0]!;
            expect(best.tco[b]).toBe(comparison.find((c) => c.deployment === verdict.deployment)!.tco[b]);
          }
          expect(verdict.lead).toBeGreaterThanOrEqual(0.1 - 0.0005);
        } else {
          expect(verdict.contenders.length).toBeGreaterThan(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the verdict depends on the customer', () => {
  it('for a small center over 3 years, cloud is cheapest', () => {
    fc.assert(
      fc.property(scenarioArb(fc.integer({ min: 1, max: 20 }), fc.constant(3)), (s) => {
        const { verdict } = estimateParsed(s);
        expect(verdict.deployment).toBe('cloud');
        // Metered voice beyond what one agent can talk in a month (about 9,600 minutes at 8 hours a day; found
        // by a random run: 19 agents, 181,165 minutes) makes cheap on-premises carrier minutes close in: cloud
        // still leads, but honestly too close to call.
        const minutesPerAgent = (s.volumes.voiceMinutesPerMonth ?? 0) / s.agents;
        // Without voice the storage gap between on-premises and cloud shrinks to a quarter (the no-voice storage share):
        // cloud still leads on typical figures, but at the low end it can be too close to call (found by a random run:
        // 19 agents, no channels, premium tier, small usage).
        if (!s.channels.includes('voice')) return;
        if (!(s.voiceBilling === 'metered' && minutesPerAgent > 6_000)) expect(verdict.kind).toBe('cheapest');
      }),
      { numRuns: 300 },
    );
  });

  it('large, high-volume centers over a long horizon exist where cloud is not cheapest', () => {
    const leaders = new Map<string, string>();
    for (const agents of [1000, 2000, 5000]) {
      for (const tier of ['standard', 'premium'] as const) {
        const s = ScenarioSchema.parse({
          agents, channels: ['voice'], deployment: 'cloud', tier, voiceBilling: 'metered', usagePreset: 'large', years: 10,
        });
        leaders.set(`${agents} ${tier}`, estimateParsed(s).verdict.deployment);
      }
    }
    const notCloud = [...leaders].filter(([, d]) => d !== 'cloud');
    expect(notCloud.length, JSON.stringify([...leaders])).toBeGreaterThan(0);
    // The same centers over 3 years with small volumes are cloud's.
    const short = estimateParsed(ScenarioSchema.parse({ agents: 5000, channels: ['voice'], deployment: 'cloud', tier: 'standard', usagePreset: 'small', years: 3 }));
    expect(short.verdict.deployment).toBe('cloud');
  });

  it('the break-even year moves with size and with volume', () => {
    const at = (agents: number, usagePreset: 'small' | 'large') =>
      estimateParsed(ScenarioSchema.parse({ agents, channels: ['voice'], deployment: 'cloud', tier: 'premium', voiceBilling: 'metered', usagePreset, years: 10 })).breakEven.year;
    const bySize = [50, 200, 1000, 5000].map((a) => at(a, 'large'));
    expect(new Set(bySize).size, `by size: ${bySize}`).toBeGreaterThan(1);
    const byVolume = (['small', 'large'] as const).map((p) => at(200, p));
    expect(new Set(byVolume).size, `by volume: ${byVolume}`).toBeGreaterThan(1);
    // Given volumes move it too, not only presets: minutes per agent from 500 to 6,000.
    const byMinutes = [500, 6000].map((perAgent) =>
      estimateParsed(ScenarioSchema.parse({
        agents: 200, channels: ['voice'], deployment: 'cloud', tier: 'premium', voiceBilling: 'metered', years: 10,
        volumes: { voiceMinutesPerMonth: perAgent * 200 },
      })).breakEven.year,
    );
    expect(new Set(byMinutes).size, `by minutes: ${byMinutes}`).toBeGreaterThan(1);
  });

  it('is too close to call where the ranges could flip it, and says what could', () => {
    const e = estimateParsed(ScenarioSchema.parse({ agents: 200, channels: ['voice'], deployment: 'cloud', tier: 'premium', voiceBilling: 'metered', usagePreset: 'large', years: 10 }));
    expect(e.verdict.kind).toBe('too_close_to_call');
    expect(e.verdict.contenders).toContain('cloud');
    expect(e.verdict.contenders).toContain('onPremises');
    expect(e.verdict.drivers.length).toBeGreaterThan(0);
    const low = [...e.comparison].sort((a, b) => a.tco.low - b.tco.low)[0]!.deployment;
    const high = [...e.comparison].sort((a, b) => a.tco.high - b.tco.high)[0]!.deployment;
    const typical = e.verdict.deployment;
    const margin = e.verdict.lead < 0.1;
    expect(low !== typical || high !== typical || margin).toBe(true);
  });
});

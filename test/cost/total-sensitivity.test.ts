/**
 * "What moves the total?": each figure that applies to the visitor's scenario moved alone across its
 * range, ranked by its effect on the horizon total, each swing reproducible by re-pricing with a
 * catalog that holds that one figure at that value.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalog, estimate, parseScenario, type ScenarioInput } from '../../src/cost';
import { totalSensitivity } from '../../src/cost/sensitivity';

const catalog = defaultCatalog();
const tco = (input: ScenarioInput, c = catalog) => {
  const e = estimate(input, c);
  return e.comparison.find((x) => x.deployment === e.scenario.deployment)!.tco.typical;
};
const withEntry = (id: string, value: number) => {
  const c = structuredClone(catalog);
  Object.assign(c.entries.find((e) => e.id === id)!, { low: value, typical: value, high: value });
  return c;
};
const withPreset = (key: string, value: number) => {
  const c = structuredClone(catalog);
  (c.presets.typical as Record<string, number>)[key] = value;
  return c;
};

const cases: [string, ScenarioInput, string][] = [
  ['40 agents, voice and SMS, cloud', { agents: 40, channels: ['voice', 'sms'], deployment: 'cloud' }, 'platform_subscription'],
  // how much a center stores (half to one and a half times the source's average storage cost) moves a large center's
  // total more than any price: 200 x $2,100 x 3 years between its ends
  ['200 agents on premises with WFM', { agents: 200, channels: ['voice', 'email'], deployment: 'onPremises', addOns: { wfm: true } }, 'storage_needs_factor'],
  ['120 agents hybrid, everything', { agents: 120, channels: ['voice', 'sms', 'mms', 'social', 'email', 'webchat'], deployment: 'hybrid', addOns: { wfm: true, ai: true, customIntegrations: 2 } }, 'storage_needs_factor'],
];

describe('totalSensitivity', () => {
  it.each(cases)('%s: base figures are the estimate\'s, ranked largest swing first', (_n, input, top) => {
    const r = totalSensitivity(parseScenario(input), catalog);
    const e = estimate(input, catalog);
    expect(r.monthly).toBe(e.totals.monthly.typical);
    expect(r.total).toBe(tco(input));
    expect(r.swings[0]!.id).toBe(top);
    for (let i = 1; i < r.swings.length; i++) expect(r.swings[i - 1]!.swing).toBeGreaterThanOrEqual(r.swings[i]!.swing);
    for (const s of r.swings) expect(s.swing).toBeCloseTo(Math.abs(s.totalAtHigh - s.totalAtLow), 6);
  });

  it.each(cases)('%s: every swing is what re-pricing with that one figure gives', (_n, input) => {
    const r = totalSensitivity(parseScenario(input), catalog);
    for (const s of r.swings.slice(0, 6)) {
      const at = (v: number) => (s.kind === 'entry' ? withEntry(s.id, v) : withPreset(s.id, v));
      expect(tco(input, at(s.value.low))).toBeCloseTo(s.totalAtLow, 2);
      expect(tco(input, at(s.value.high))).toBeCloseTo(s.totalAtHigh, 2);
    }
  });

  it('the platform price: 40 seats × ($200 − $50) × 36 months between its ends', () => {
    const r = totalSensitivity(parseScenario(cases[0]![1]), catalog);
    const p = r.swings.find((s) => s.id === 'platform_subscription')!;
    expect(p.value).toEqual({ low: 50, typical: 125, high: 200 });
    expect(p.totalAtHigh - p.totalAtLow).toBeCloseTo(40 * 150 * 36, 2);
    expect(p.monthlyAtHigh - p.monthlyAtLow).toBeCloseTo(40 * 150, 2);
    expect(p.assumption).toBe(true);
  });

  it('leaves out what does not apply: fixed prices, benchmarks, on-premises figures for a cloud scenario, given volumes', () => {
    const r = totalSensitivity(parseScenario({ agents: 25, channels: ['voice', 'sms'], deployment: 'cloud', volumes: { smsPerMonth: 1000 } }), catalog);
    const ids = r.swings.map((s) => s.id);
    for (const id of ['sms', 'storage_cloud', 'voice_all_in_minute', 'onprem_licence', 'onprem_it_fte_cost', 'verdict_close_margin']) expect(ids).not.toContain(id);
    expect(ids).not.toContain('sms'); // a preset the visitor replaced
    expect(r.swings.find((s) => s.kind === 'preset' && s.id === 'sms')).toBeUndefined();
  });

  it('an inverse figure moves the total the other way (more seats per administrator, fewer people)', () => {
    const r = totalSensitivity(parseScenario(cases[1]![1]), catalog);
    const s = r.swings.find((x) => x.id === 'onprem_it_seats_per_fte')!;
    expect(s.totalAtLow).toBeGreaterThan(s.totalAtHigh);
  });

  it('runs inside a turn: well under 20 ms for a typical scenario', () => {
    const s = parseScenario(cases[2]![1]);
    totalSensitivity(s, catalog);
    const start = performance.now();
    for (let i = 0; i < 20; i++) totalSensitivity(s, catalog);
    expect((performance.now() - start) / 20).toBeLessThan(20);
  });
});

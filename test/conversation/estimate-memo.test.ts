import { describe, expect, it } from 'vitest';
import { memoEstimate } from '../../src/conversation/estimate-memo';
import { estimate } from '../../src/cost/estimate';
import { defaultCatalog } from '../../src/cost/catalog';
import type { ScenarioInput } from '../../src/cost/scenario';

const catalog = defaultCatalog();
const scenarios: ScenarioInput[] = [
  { agents: 50, channels: ['voice', 'sms'], deployment: 'cloud', volumes: {}, addOns: { wfm: false, ai: false, customIntegrations: 0 } },
  { agents: 12, channels: ['email'], deployment: 'onPremises', volumes: {}, addOns: { wfm: true, ai: false, customIntegrations: 1 }, years: 5 },
  { agents: 300, channels: ['voice', 'social', 'webchat'], deployment: 'hybrid', volumes: { voiceMinutesPerMonth: 900_000 }, addOns: { wfm: true, ai: true, customIntegrations: 0 }, tier: 'essential' },
];

describe('memoEstimate', () => {
  it.each(scenarios.map((s) => [`${s.agents} agents ${s.deployment}`, s] as const))('%s: the same estimate as pricing directly', (_name, s) => {
    expect(memoEstimate(s, catalog)).toEqual(estimate(s, catalog));
  });

  it('prices a repeated scenario once and hands back a frozen estimate', () => {
    const first = memoEstimate(scenarios[0]!, catalog);
    expect(memoEstimate(structuredClone(scenarios[0]!), catalog)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.lineItems[0])).toBe(true);
    expect(() => {
      (first.totals as { oneTime: unknown }).oneTime = 0;
    }).toThrow(TypeError);
  });

  it('keeps catalogs apart', () => {
    const other = structuredClone(catalog);
    expect(memoEstimate(scenarios[0]!, other)).not.toBe(memoEstimate(scenarios[0]!, catalog));
  });

  it('throws for an invalid scenario, every time', () => {
    const bad = { ...scenarios[0]!, agents: -1 };
    expect(() => memoEstimate(bad, catalog)).toThrow();
    expect(() => memoEstimate(bad, catalog)).toThrow();
  });

  it('forgets the least recently used scenario beyond a few hundred', () => {
    const first = memoEstimate({ ...scenarios[0]!, agents: 1 }, catalog);
    for (let agents = 2; agents <= 400; agents++) memoEstimate({ ...scenarios[0]!, agents }, catalog);
    const again = memoEstimate({ ...scenarios[0]!, agents: 1 }, catalog);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

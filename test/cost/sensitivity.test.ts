import { describe, expect, it } from 'vitest';
import { defaultCatalog, estimate } from '../../src/cost';
import { sensitivity } from '../../src/cost/sensitivity';

describe('sensitivity of the comparison', () => {
  const input = { agents: 300, channels: ['voice', 'email', 'webchat'] as ('voice' | 'email' | 'webchat')[], deployment: 'cloud' as const, years: 5 };
  const { base, swings } = sensitivity(input, defaultCatalog());

  it('starts from the typical gap between on-premises and cloud', () => {
    const e = estimate(input);
    const tco = (d: string) => e.comparison.find((c) => c.deployment === d)!.tco.typical;
    expect(base).toBeCloseTo(tco('onPremises') - tco('cloud'), 2);
  });

  it('ranks the figures by how far they move it, largest first, and skips fixed figures and benchmarks', () => {
    for (let i = 1; i < swings.length; i++) expect(swings[i - 1]!.swing).toBeGreaterThanOrEqual(swings[i]!.swing);
    const ids = swings.map((s) => s.entry);
    expect(ids).not.toContain('sms'); // $0.01 has no range
    expect(ids).not.toContain('voice_all_in_minute'); // a benchmark, never priced
    expect(ids[0]).toBe('platform_subscription');
  });

  it('reports a swing that re-pricing with that one figure reproduces', () => {
    const top = swings.find((s) => s.entry === 'onprem_it_fte_cost')!;
    const catalog = structuredClone(defaultCatalog());
    Object.assign(catalog.entries.find((e) => e.id === 'onprem_it_fte_cost')!, { low: 12000, typical: 12000, high: 12000 });
    const e = estimate(input, catalog);
    const tco = (d: string) => e.comparison.find((c) => c.deployment === d)!.tco.typical;
    expect(tco('onPremises') - tco('cloud')).toBeCloseTo(top.atHigh, 2);
  });
});

/**
 * The visitor's own figures in place of the catalog's assumptions (2026-12-01: every estimate said "tell me your
 * real figures to replace any of them", and a negotiated licence or the visitor's own IT salary could not be
 * given; the IT figure is a US salary that Indonesian visitors found implausible).
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalog, estimate, ScenarioError } from '../../src/cost';
import { withOwnPrices } from '../../src/cost/own-prices';

const base = { agents: 50, channels: ['voice'] as const, deployment: 'onPremises' as const };
const line = (e: ReturnType<typeof estimate>, id: string) => e.lineItems.find((l) => l.id === id);

describe('own prices', () => {
  it('an IT figure of the visitor replaces the assumed salary: the IT line is the figure times the people', () => {
    const assumed = estimate({ ...base, channels: [...base.channels] });
    const own = estimate({ ...base, channels: [...base.channels], ownPrices: { itFtePerMonth: 1000 } });
    const people = line(assumed, 'it_staff')!.monthly.typical / defaultCatalog().entries.find((e) => e.id === 'onprem_it_fte_cost')!.typical;
    expect(line(own, 'it_staff')!.monthly.typical).toBeCloseTo(people * 1000, 6);
    expect(own.totals.monthly.typical).toBeLessThan(assumed.totals.monthly.typical);
    const record = own.assumptions.find((a) => a.id === 'onprem_it_fte_cost')!;
    expect(record.value).toBe(1000);
    expect(record.reason.en).toMatch(/your own figure/i);
    expect(record.reason.id).toMatch(/angka anda sendiri/i);
  });

  it('a licence figure is the cloud subscription whatever the tier, with no range', () => {
    for (const tier of ['essential', 'standard', 'premium'] as const) {
      const e = estimate({ agents: 10, channels: ['email'], deployment: 'cloud', tier, ownPrices: { licencePerAgentMonth: 90 } });
      expect(line(e, 'platform')!.monthly).toEqual({ low: 900, typical: 900, high: 900 });
    }
  });

  it('changes the comparison too: a cheaper cloud licence lowers the cloud row only', () => {
    const a = estimate({ ...base, channels: [...base.channels] });
    const b = estimate({ ...base, channels: [...base.channels], ownPrices: { licencePerAgentMonth: 60 } });
    const row = (e: typeof a, d: string) => e.comparison.find((c) => c.deployment === d)!.tco.typical;
    expect(row(b, 'cloud')).toBeLessThan(row(a, 'cloud'));
    expect(row(b, 'onPremises')).toBe(row(a, 'onPremises'));
  });

  it('leaves an estimate without own prices exactly as it was, and compiles a catalog once per figures', () => {
    const catalog = defaultCatalog();
    expect(withOwnPrices(catalog, {})).toBe(catalog);
    expect(withOwnPrices(catalog, { itFtePerMonth: 1234 })).toBe(withOwnPrices(catalog, { itFtePerMonth: 1234 }));
    expect(withOwnPrices(catalog, { itFtePerMonth: 1234 })).not.toBe(withOwnPrices(catalog, { itFtePerMonth: 1235 }));
    expect(JSON.stringify(estimate({ ...base, channels: [...base.channels] }))).not.toContain('ownPrices');
  });

  // "make 70% of the seats cloud" became 70 agents, all in the cloud (fourth round of testing)
  it('a hybrid split of the visitor moves seats between the two sides', () => {
    const half = estimate({ agents: 100, channels: ['voice'], deployment: 'hybrid' });
    const seventy = estimate({ agents: 100, channels: ['voice'], deployment: 'hybrid', ownPrices: { hybridCloudShare: 0.7 } });
    expect(line(seventy, 'platform')!.monthly.typical).toBe(70 * 125);
    expect(line(half, 'platform')!.monthly.typical).toBe(50 * 125);
    expect(seventy.assumptions.find((a) => a.id === 'hybrid_cloud_share')!.value).toBe(0.7);
  });

  it('the hardware life sets when the replacement is bought: over 6 years a 7-year cycle buys none, the assumed 5 one', () => {
    const row = (own?: { hardwareRefreshYears: number }) =>
      estimate({ ...base, channels: [...base.channels], years: 6, ...(own ? { ownPrices: own } : {}) }).comparison.find((c) => c.deployment === 'onPremises')!;
    expect(row({ hardwareRefreshYears: 7 }).tco.typical).toBeLessThan(row().tco.typical);
    // (the same typical figure; the range narrows, since the visitor knows their cycle)
    expect(row({ hardwareRefreshYears: 5 }).tco.typical).toBe(row().tco.typical);
    expect(row({ hardwareRefreshYears: 2 }).tco.typical).toBeGreaterThan(row().tco.typical);
  });

  it('a maintenance rate of the visitor prices the maintenance line at that share of the licence (2026-12-03: "negotiate maintenance down to 15%" cut the agents)', () => {
    const assumed = estimate({ ...base, channels: [...base.channels] });
    const own = estimate({ ...base, channels: [...base.channels], ownPrices: { maintenanceRate: 0.15 } });
    // 20% assumed: the line scales with the rate, the licence range still moves it
    expect(line(own, 'support')!.monthly.typical).toBeCloseTo(line(assumed, 'support')!.monthly.typical * 0.75, 6);
    expect(own.assumptions.find((a) => a.id === 'onprem_maintenance_rate')!.value).toBe(0.15);
    expect(own.totals.oneTime).toEqual(assumed.totals.oneTime);
  });

  it('an on-premises licence of the visitor is the one-time licence line, whatever the tier', () => {
    const e = estimate({ ...base, channels: [...base.channels], tier: 'premium', ownPrices: { onpremLicencePerAgent: 500 } });
    expect(line(e, 'licence')!.oneTime).toEqual({ low: 25_000, typical: 25_000, high: 25_000 });
  });

  // (an IT cost of zero is a visitor's own figure: "we'd absorb it with existing staff")
  it('an in-house IT cost of zero prices the IT staff line at nothing', () => {
    const e = estimate({ ...base, channels: [...base.channels], deployment: 'onPremises', ownPrices: { itFtePerMonth: 0 } });
    expect(line(e, 'it_staff')!.monthly).toEqual({ low: 0, typical: 0, high: 0 });
  });

  it.each([
    [{ hardwareRefreshYears: 1 }],
    [{ hybridCloudShare: 1 }],
    [{ itFtePerMonth: -5 }],
    [{ licencePerAgentMonth: 1e9 }],
    [{ licencePerAgentMonth: 'cheap' }],
    [{ unknown: 1 }],
  ])('rejects %j with a message naming the field', (ownPrices) => {
    expect(() => estimate({ ...base, channels: [...base.channels], ownPrices } as never)).toThrow(ScenarioError);
    expect(() => estimate({ ...base, channels: [...base.channels], ownPrices } as never)).toThrow(/ownPrices/);
  });
});

/**
 * An on-premises platform the visitor already owns ("the servers are already paid off"): its purchase is sunk, its
 * upkeep is not. Every on-premises figure used to be a new purchase, so a visitor who owns one saw $118,000 up front
 * for a platform already paid for (eighth round of testing, both languages).
 */
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/cost/estimate';
import { parseScenario } from '../../src/cost/scenario';

const base = { agents: 60, channels: ['voice' as const], deployment: 'onPremises' as const, years: 10 };
const row = (e: ReturnType<typeof estimate>, d: string) => e.comparison.find((c) => c.deployment === d)!;

describe('an on-premises platform already owned', () => {
  const bought = estimate(base);
  const owned = estimate({ ...base, owned: true });

  it('buys no licences, servers or gateways now: the one-time total is 0 and the monthly total is unchanged', () => {
    expect(bought.totals.oneTime.typical).toBeGreaterThan(0);
    expect(owned.totals.oneTime).toEqual({ low: 0, typical: 0, high: 0 });
    expect(owned.totals.monthly).toEqual(bought.totals.monthly);
    for (const id of ['licence', 'infrastructure', 'gateway'] as const) {
      const line = owned.lineItems.find((l) => l.id === id)!;
      expect(line.owned, id).toBe(true);
      expect(line.oneTime.typical, id).toBe(0);
    }
    // upkeep still counts
    for (const id of ['support', 'facility', 'it_staff'] as const) {
      expect(owned.lineItems.find((l) => l.id === id)!.monthly.typical, id).toBe(bought.lineItems.find((l) => l.id === id)!.monthly.typical);
    }
  });

  it('still buys the hardware again when its cycle ends, and only the hardware', () => {
    const b = row(bought, 'onPremises');
    const o = row(owned, 'onPremises');
    // over 10 years with a 5-year cycle: the same replacement in both, so the gap is exactly the first purchase
    expect(o.refreshYears).toEqual(b.refreshYears);
    expect(o.refreshYears.length).toBeGreaterThan(0);
    expect(Math.round((b.tco.typical - o.tco.typical) * 100) / 100).toBe(bought.totals.oneTime.typical);
  });

  it('leaves the cloud a move (unchanged) and keeps the hybrid integration one-time', () => {
    expect(row(owned, 'cloud')).toEqual(row(bought, 'cloud'));
    const hybrid = row(owned, 'hybrid');
    expect(hybrid.oneTime.typical).toBeGreaterThan(0);
    expect(hybrid.oneTime.typical).toBeLessThan(row(bought, 'hybrid').oneTime.typical);
  });

  it('servers only ("server kami sudah ada"): the servers are not bought, the licences and gateways still are', () => {
    const servers = estimate({ ...base, owned: 'servers' });
    const line = (e: ReturnType<typeof estimate>, id: string) => e.lineItems.find((l) => l.id === id)!;
    expect(line(servers, 'infrastructure').owned).toBe(true);
    expect(line(servers, 'infrastructure').oneTime.typical).toBe(0);
    for (const id of ['licence', 'gateway'] as const) {
      expect(line(servers, id).owned, id).toBeUndefined();
      expect(line(servers, id).oneTime.typical, id).toBe(line(bought, id).oneTime.typical);
    }
    expect(servers.totals.oneTime.typical).toBe(bought.totals.oneTime.typical - line(bought, 'infrastructure').oneTime.typical);
    expect(servers.totals.monthly).toEqual(bought.totals.monthly);
  });

  it('is absent unless said, and only `true` or "servers" is accepted', () => {
    expect(parseScenario(base).owned).toBeUndefined();
    expect(() => parseScenario({ ...base, owned: false })).toThrow(/owned/);
    expect(() => parseScenario({ ...base, owned: 'yes' })).toThrow(/owned/);
  });
});

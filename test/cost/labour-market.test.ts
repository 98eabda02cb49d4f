/**
 * In-house staff paid where the visitor is: an estimate in rupiah priced on-premises IT staff at a US salary converted
 * (Rp 148.5 million a person a month, about ten times Indonesian pay). With labourMarket 'id' the catalog's Indonesian
 * figure takes the place of the US one; nothing else changes.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalog, estimate, type ScenarioInput } from '../../src/cost';
import { withLabourMarket } from '../../src/cost/own-prices';
import { totalSensitivity } from '../../src/cost/sensitivity';
import { explainLine } from '../../src/cost/explain';

const catalog = defaultCatalog();
const us = catalog.entries.find((e) => e.id === 'onprem_it_fte_cost')!;
const local = catalog.entries.find((e) => e.id === 'onprem_it_fte_cost_idr_market')!;
const base: ScenarioInput = { agents: 20, channels: ['voice'], deployment: 'onPremises' };
const itLine = (input: ScenarioInput) => estimate(input, catalog).lineItems.find((l) => l.id === 'it_staff')!;

describe('labour market', () => {
  it('the Indonesian figure is an assumption with a reason, well below the US one', () => {
    expect(local.assumption).toBe(true);
    expect(local.reason!.en).toContain('Rp 25 million');
    expect(local.typical).toBeLessThan(us.typical / 4);
  });

  it("prices the IT line at the market's rate, everything else as before", () => {
    const inUs = estimate(base, catalog);
    const inId = estimate({ ...base, labourMarket: 'id' }, catalog);
    // 20 seats: the minimum 0.2 of a person
    expect(itLine(base).monthly.typical).toBeCloseTo(0.2 * us.typical, 2);
    expect(itLine({ ...base, labourMarket: 'id' }).monthly.typical).toBeCloseTo(0.2 * local.typical, 2);
    const others = (e: typeof inUs) => e.lineItems.filter((l) => l.id !== 'it_staff').map((l) => [l.id, l.monthly, l.oneTime]);
    expect(others(inId)).toEqual(others(inUs));
    expect(inId.assumptions.map((a) => a.label.en)).toContain(local.label.en);
    expect(inId.assumptions.map((a) => a.label.en)).not.toContain(us.label.en);
  });

  it("the hybrid's extra administration follows the market too", () => {
    const h = (m?: 'id') => estimate({ ...base, deployment: 'hybrid', ...(m ? { labourMarket: m } : {}) }, catalog).lineItems.find((l) => l.id === 'admin_overhead')!;
    expect(h('id').monthly.typical / h().monthly.typical).toBeCloseTo(local.typical / us.typical, 6);
  });

  it("the visitor's own IT figure wins over either market", () => {
    const own = { ...base, labourMarket: 'id' as const, ownPrices: { itFtePerMonth: 3000 } };
    expect(itLine(own).monthly.typical).toBeCloseTo(0.2 * 3000, 2);
  });

  it('a catalog without a market entry is used as it is', () => {
    const plain = { ...catalog, entries: catalog.entries.filter((e) => !e.id.endsWith('_idr_market')) };
    expect(withLabourMarket(plain, 'id')).toBe(plain);
  });

  // ("Kok mahal banget?": "Saat ini: Rp 74.085.000 per bulan" beside an estimate of Rp 49.335.000, and IT pay swung over
  // Rp 115–198 million) what moves the total, and a line taken apart, price with the scenario's own market
  it('what moves the total and a line explained use the same market as the estimate', () => {
    const e = estimate({ ...base, labourMarket: 'id' }, catalog);
    const moves = totalSensitivity(e.scenario, catalog);
    expect(moves.monthly).toBeCloseTo(e.totals.monthly.typical, 2);
    const it = moves.swings.find((x) => x.id === 'onprem_it_fte_cost')!;
    expect(it.value.high).toBe(local.high);
    expect(explainLine(e, 'it_staff', catalog)!.unitPrice.typical).toBeCloseTo(local.typical, 2);
  });
});

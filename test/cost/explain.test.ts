/**
 * "Where does this figure come from?" taken apart in the domain: quantity × unit price = amount with
 * the catalog's own figures, where the quantity came from, which entries the price rests on, and a
 * total as the exact sum of its lines.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalog, estimate, type ScenarioInput } from '../../src/cost';
import { explainLine, explainTotal, entriesFor } from '../../src/cost/explain';
import type { LineId } from '../../src/cost/types';

const catalog = defaultCatalog();
const price = (id: string) => catalog.entries.find((e) => e.id === id)!;
const presets = catalog.presets.typical;

const cloud40: ScenarioInput = { agents: 40, channels: ['voice', 'sms'], deployment: 'cloud' };
const onprem200: ScenarioInput = { agents: 200, channels: ['voice', 'email'], deployment: 'onPremises', addOns: { wfm: true } };
const given: ScenarioInput = { agents: 25, channels: ['voice', 'sms'], deployment: 'cloud', volumes: { callsPerMonth: 6000, smsPerMonth: 12000, egressGbPerMonth: 500 } };

describe('explainLine: quantity × unit price = amount, from the catalog', () => {
  it.each<[string, ScenarioInput, LineId, { period: string; quantity: number; unitPrice: number; monthlyOrOnce: number; basis: string; entries: string[] }]>([
    ['cloud platform', cloud40, 'platform', { period: 'month', quantity: 40, unitPrice: price('platform_subscription').typical, monthlyOrOnce: 40 * 125, basis: 'seats', entries: ['platform_subscription'] }],
    ['cloud storage (a yearly price ÷ 12)', cloud40, 'storage', { period: 'year', quantity: 40, unitPrice: price('storage_cloud').typical, monthlyOrOnce: (40 * 1350) / 12, basis: 'seats', entries: ['storage_cloud', 'storage_needs_factor'] }],
    ['SMS from the preset', cloud40, 'sms', { period: 'month', quantity: presets.sms * 40, unitPrice: 0.01, monthlyOrOnce: presets.sms * 40 * 0.01, basis: 'preset', entries: ['sms'] }],
    ['egress above the free allowance', cloud40, 'egress', { period: 'month', quantity: presets.egressGb * 40 - 100, unitPrice: 0.08, monthlyOrOnce: (presets.egressGb * 40 - 100) * 0.08, basis: 'preset', entries: ['egress', 'egress_free_allowance'] }],
    ['on-premises licence, one-time', onprem200, 'licence', { period: 'once', quantity: 200, unitPrice: price('onprem_licence').typical, monthlyOrOnce: 200 * 1500, basis: 'seats', entries: ['onprem_licence'] }],
    ['on-premises storage', onprem200, 'storage', { period: 'year', quantity: 200, unitPrice: price('storage_onprem').typical, monthlyOrOnce: (200 * 2100) / 12, basis: 'seats', entries: ['storage_onprem', 'storage_needs_factor'] }],
    ['carrier minutes from the preset', onprem200, 'carrier_minutes', { period: 'month', quantity: presets.voiceMinutes * 200, unitPrice: price('carrier_minute').typical, monthlyOrOnce: presets.voiceMinutes * 200 * 0.008, basis: 'preset', entries: ['carrier_minute'] }],
    ['WFM per agent', onprem200, 'wfm', { period: 'month', quantity: 200, unitPrice: price('wfm').typical, monthlyOrOnce: 200 * 13, basis: 'seats', entries: ['wfm'] }],
    ['SMS the visitor gave', given, 'sms', { period: 'month', quantity: 12000, unitPrice: 0.01, monthlyOrOnce: 120, basis: 'given', entries: ['sms'] }],
    ['egress the visitor gave', given, 'egress', { period: 'month', quantity: 400, unitPrice: 0.08, monthlyOrOnce: 32, basis: 'given', entries: ['egress', 'egress_free_allowance'] }],
  ])('%s', (_name, input, line, want) => {
    const e = estimate(input, catalog);
    const x = explainLine(e, line, catalog)!;
    expect(x.period).toBe(want.period);
    expect(x.quantity).toBe(want.quantity);
    expect(x.unitPrice.typical).toBe(want.unitPrice);
    expect(x.amount.typical).toBeCloseTo(want.monthlyOrOnce, 2);
    expect(x.basis.kind).toBe(want.basis);
    expect(x.entries).toEqual(want.entries);
    // the explanation's amount is the line's amount on the card, to the cent
    const item = e.lineItems.find((l) => l.id === line)!;
    expect(x.amount).toEqual(want.period === 'once' ? item.oneTime : item.monthly);
  });

  it('a yearly price shows the year before the month: 40 × $1,350 = $54,000 a year', () => {
    const x = explainLine(estimate(cloud40, catalog), 'storage', catalog)!;
    expect(x.perYear!.typical).toBe(54000);
    expect(x.amount.typical).toBe(4500);
  });

  it('calls × handle time ÷ 60, the default handle time flagged as assumed', () => {
    const e = estimate(given, catalog);
    const x = explainLine(e, 'voice', catalog)!;
    const aht = price('default_aht_seconds').typical;
    expect(x.basis).toEqual({ kind: 'calls', calls: 6000, ahtSeconds: aht, ahtAssumed: true });
    expect(x.quantity).toBeCloseTo((6000 * aht) / 60, 2);
  });

  it('a preset quantity names the preset and the per-agent figure', () => {
    const x = explainLine(estimate(cloud40, catalog), 'sms', catalog)!;
    expect(x.basis).toEqual({ kind: 'preset', key: 'sms', preset: 'typical', perAgent: presets.sms, agents: 40 });
  });

  it('derived counts carry their own range (servers at the low and high seats per pair)', () => {
    const x = explainLine(estimate(onprem200, catalog), 'infrastructure', catalog)!;
    expect(x.basis.kind).toBe('derived');
    expect(x.quantityRange).toEqual({ low: 6, typical: 6, high: 12 });
  });

  it('AI without a volume has no amount, only its unit price', () => {
    const e = estimate({ ...cloud40, addOns: { ai: true } }, catalog);
    const x = explainLine(e, 'ai', catalog)!;
    expect(x).toMatchObject({ dependsOnUsage: true, quantity: null, basis: { kind: 'unknown' } });
    expect(x.unitPrice.typical).toBe(price('ai_conversation').typical);
  });

  it('a line the estimate does not have is undefined', () => {
    expect(explainLine(estimate(cloud40, catalog), 'licence', catalog)).toBeUndefined();
  });

  it('shares of the monthly total add up to one', () => {
    const e = estimate(cloud40, catalog);
    const shares = e.lineItems.filter((l) => l.monthly.typical > 0).map((l) => explainLine(e, l.id, catalog)!.share);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('entriesFor returns the catalog entries with their sources and reasons', () => {
    const [platform] = entriesFor(['platform_subscription'], catalog);
    expect(platform!.source).toBe(price('platform_subscription').source);
    expect(platform!.reason?.id).toBeTruthy();
  });
});

describe('explainTotal: a total is the sum of its lines', () => {
  it.each<[string, ScenarioInput]>([
    ['cloud', cloud40],
    ['on-premises', onprem200],
    ['hybrid, every channel and add-on', { agents: 120, channels: ['voice', 'sms', 'mms', 'social', 'email', 'webchat'], deployment: 'hybrid', addOns: { wfm: true, ai: true, customIntegrations: 2 }, years: 7 }],
  ])('%s: shown lines + the rest = the totals, to the cent', (_n, input) => {
    const e = estimate(input, catalog);
    const x = explainTotal(e);
    const cents = (n: number) => Math.round(n * 100);
    const sum = (parts: { amount: number }[], rest: { amount: number }) => parts.reduce((a, p) => a + cents(p.amount), 0) + cents(rest.amount);
    expect(sum(x.recurring, x.recurringRest)).toBe(cents(e.totals.monthly.typical));
    expect(sum(x.upfront, x.upfrontRest)).toBe(cents(e.totals.oneTime.typical));
    expect(x.recurring.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < x.recurring.length; i++) expect(x.recurring[i - 1]!.amount).toBeGreaterThanOrEqual(x.recurring[i]!.amount);
    const h = x.horizon;
    expect(cents(h.oneTime) + 12 * h.years * cents(h.monthly) + cents(h.refresh)).toBe(cents(h.total));
    expect(h.total).toBe(e.comparison.find((c) => c.deployment === e.scenario.deployment)!.tco.typical);
  });

  it('hardware bought again shows in the horizon of a long on-premises run', () => {
    const x = explainTotal(estimate({ ...onprem200, years: 7 }, catalog));
    expect(x.horizon.refresh).toBeGreaterThan(0);
  });
});

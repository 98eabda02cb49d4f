import { describe, expect, it } from 'vitest';
import { diffEstimates, estimate, lineLabel, renderTable, ScenarioError, type ScenarioInput } from '../../src/cost';
import { withCurrency } from '../../src/i18n/money';

describe('scenario parsing', () => {
  it.each<{ input: unknown; field: RegExp }>([
    { input: { agents: 0, channels: [], deployment: 'cloud' }, field: /^agents:/ },
    { input: { agents: 2.5, channels: [], deployment: 'cloud' }, field: /^agents:/ },
    { input: { agents: 100_001, channels: [], deployment: 'cloud' }, field: /^agents:/ },
    { input: { agents: 5, channels: ['pigeon'], deployment: 'cloud' }, field: /^channels\.0:/ },
    { input: { agents: 5, channels: ['sms', 'sms'], deployment: 'cloud' }, field: /^channels: channels must not repeat/ },
    { input: { agents: 5, channels: [], deployment: 'moon' }, field: /^deployment:/ },
    { input: { agents: 5, channels: [], deployment: 'cloud', years: 11 }, field: /^years:/ },
    { input: { agents: 5, channels: [], deployment: 'cloud', volumes: { smsPerMonth: -1 } }, field: /^volumes\.smsPerMonth:/ },
    { input: { agents: 5, channels: [], deployment: 'cloud', addOns: { customIntegrations: 51 } }, field: /^addOns\.customIntegrations:/ },
  ])('rejects $input with a message naming the field', ({ input, field }) => {
    expect(() => estimate(input as ScenarioInput)).toThrow(ScenarioError);
    expect(() => estimate(input as ScenarioInput)).toThrow(field);
  });

  it('fills the defaults: included voice, standard tier, typical preset, 3 years', () => {
    const e = estimate({ agents: 5, channels: ['voice'], deployment: 'cloud' });
    expect(e.scenario).toMatchObject({ voiceBilling: 'included', tier: 'standard', usagePreset: 'typical', years: 3 });
    expect(e.scenario.addOns).toEqual({ wfm: false, ai: false, customIntegrations: 0 });
  });
});

describe('assumptions', () => {
  it.each([
    { tier: 'essential' as const, licence: 600 },
    { tier: 'standard' as const, licence: 1500 },
    { tier: 'premium' as const, licence: 2400 },
  ])('report the $tier tier value of a tiered assumption', ({ tier, licence }) => {
    const e = estimate({ agents: 5, channels: [], deployment: 'onPremises', tier });
    expect(e.assumptions.find((a) => a.id === 'onprem_licence')?.value).toBe(licence);
  });

  it('lists the chosen deployment first, then what only the comparison rests on', () => {
    const ids = estimate({ agents: 5, channels: ['sms'], deployment: 'cloud' }).assumptions.map((a) => a.id);
    expect(ids.indexOf('preset.sms')).toBeLessThan(ids.indexOf('onprem_server'));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('diffEstimates', () => {
  it('shows the monthly change per line and in total, with lines added and removed', () => {
    const before = estimate({ agents: 50, channels: ['sms'], deployment: 'cloud', volumes: { smsPerMonth: 1000, egressGbPerMonth: 0 } });
    const after = estimate({ agents: 60, channels: ['mms'], deployment: 'cloud', volumes: { mmsPerMonth: 1000, egressGbPerMonth: 0 } });
    const d = diffEstimates(before, after);
    const by = Object.fromEntries(d.lines.map((l) => [l.id, l]));
    expect(by.platform).toMatchObject({ before: 6250, after: 7500, delta: 1250 });
    // storage without voice: 50 and 60 x 1,350 x 25% / 12 (the source's full average before the no-voice share)
    expect(by.storage).toMatchObject({ before: 1406.25, after: 1687.5, delta: 281.25 });
    expect(by.sms).toMatchObject({ before: 10, after: 0, delta: -10 });
    expect(by.mms).toMatchObject({ before: 0, after: 30, delta: 30 });
    expect(d.total.delta).toBeCloseTo(1250 + 281.25 - 10 + 30, 2);
    expect(d.oneTime).toEqual({ before: 0, after: 0, delta: 0 });
  });
});

describe('labels and table', () => {
  it('labels lines in both languages', () => {
    expect(lineLabel('storage', 'en')).toBe('Data storage');
    expect(lineLabel('storage', 'id')).toBe('Penyimpanan data');
  });

  it('renders the table in Indonesian with id-ID money: rupiah by default (with the rate), US$ when asked', () => {
    const e = estimate({ agents: 50, channels: ['sms'], deployment: 'cloud' });
    const text = renderTable(e, 'id', { comparison: true });
    expect(text).toContain('Penyimpanan data');
    // storage without voice, 50 x 1,350 x 25% / 12 = US$1,406.25 at Rp 16,500 (the source's full average before the
    // no-voice share: Rp 92.813.000)
    expect(text).toContain('Rp 23.203.000');
    expect(text).toContain('Kurs Rp 16.500 per dolar AS (1 Desember 2026');
    expect(text).toContain('PPN 11%');
    expect(text).toContain('Titik impas');
    const dollars = withCurrency('USD', () => renderTable(e, 'id', { comparison: true }));
    expect(dollars).toContain('US$1.406'); // (US$5.625 before the no-voice storage share)
    expect(dollars).not.toMatch(/(?<!US)\$\d/);
    expect(dollars).not.toContain('Kurs');
  });

  it('shows depends-on-usage lines with their unit price instead of an amount', () => {
    const text = renderTable(estimate({ agents: 5, channels: [], deployment: 'cloud', addOns: { ai: true } }), 'en');
    expect(text).toMatch(/AI \/ ML \*\s+-\s+\$0\.10 per conversation\s+depends on usage/);
  });
});

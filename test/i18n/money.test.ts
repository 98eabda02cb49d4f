/** One formatter per kind of value (src/i18n/money.ts), table-driven, both languages and both currencies. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  convert, currencyNote, defaultCurrency, exchangeRate, formatDate, formatDateTime, formatMoney, formatMoneyCompact, formatNumber,
  formatPercent, withCurrency,
} from '../../src/i18n/money';
import { CurrencyFileSchema, loadCurrencyFile, setExchangeRateOverride } from '../../src/cost/currency';
import { ConfigError, loadConfig, loadRateConfig } from '../../src/config';
import { formatAssumptionValue } from '../../src/cost/format';

afterEach(() => setExchangeRateOverride(undefined));

describe('formatMoney', () => {
  it.each([
    // amount (USD), lang, currency, shown
    [11025, 'en', 'USD', '$11,025'],
    [11025, 'id', 'USD', 'US$11.025'],
    [0.01, 'en', 'USD', '$0.01'],
    [0.01, 'id', 'USD', 'US$0,01'],
    [0.008, 'id', 'USD', 'US$0,008'],
    [1.6, 'id', 'USD', 'US$1,60'],
    [-450, 'id', 'USD', '-US$450'],
    [9090.91, 'id', 'IDR', 'Rp 150.000.000'],
    [9090.91, 'en', 'IDR', 'Rp 150,000,000'],
    [125, 'id', 'IDR', 'Rp 2.063.000'],
    [0.01, 'id', 'IDR', 'Rp 165'],
    [1.6, 'id', 'IDR', 'Rp 26.400'],
    [0, 'id', 'IDR', 'Rp 0'],
  ] as const)('%s %s in %s → %s', (amount, lang, currency, shown) => {
    expect(formatMoney(amount, lang, currency)).toBe(shown);
  });

  it('defaults to rupiah for Indonesian and dollars for English; withCurrency overrides for one rendering', () => {
    expect(defaultCurrency('id')).toBe('IDR');
    expect(defaultCurrency('en')).toBe('USD');
    expect(formatMoney(1000, 'id')).toBe('Rp 16.500.000');
    expect(formatMoney(1000, 'en')).toBe('$1,000');
    expect(withCurrency('USD', () => formatMoney(1000, 'id'))).toBe('US$1.000');
    expect(withCurrency('IDR', () => formatMoney(1000, 'en'))).toBe('Rp 16,500,000');
    expect(formatMoney(1000, 'id')).toBe('Rp 16.500.000'); // restored after the scope
  });
});

describe('formatMoneyCompact (chart axes and legends)', () => {
  it.each([
    [72727.27, 'id', 'IDR', 'Rp 1,2 miliar'],
    [21212.12, 'id', 'IDR', 'Rp 350 jt'],
    [12.12, 'id', 'IDR', 'Rp 200 rb'],
    [200000, 'id', 'USD', 'US$200 rb'],
    [1200000, 'id', 'USD', 'US$1,2 jt'],
    [3500000000, 'id', 'USD', 'US$3,5 miliar'],
    [1200000, 'en', 'USD', '$1.2M'],
    [72727.27, 'en', 'IDR', 'Rp 1.2 B'],
    [0, 'id', 'IDR', 'Rp 0'],
  ] as const)('%s %s in %s → %s', (amount, lang, currency, shown) => {
    expect(formatMoneyCompact(amount, lang, currency)).toBe(shown);
  });
});

describe('numbers, percentages, dates', () => {
  it.each([
    [() => formatNumber(5000, 'id'), '5.000'],
    [() => formatNumber(5000, 'en'), '5,000'],
    [() => formatNumber(5.5, 'id'), '5,5'],
    [() => formatPercent(0.5, 'id'), '50%'],
    [() => formatPercent(0.999, 'en'), '99.9%'],
    [() => formatDateTime('2026-11-30T19:59:21.793Z', 'id'), '1 Desember 2026 pukul 02.59 WIB'],
    [() => formatDateTime('2026-11-30T19:59:21.793Z', 'en'), '30 November 2026, 19:59 UTC'],
    [() => formatDateTime('2026-06-01T00:05:00Z', 'id'), '1 Juni 2026 pukul 07.05 WIB'],
    [() => formatDate('2024-03-30', 'id'), '30 Maret 2024'],
    [() => formatDate('2024-03-30', 'en'), '30 March 2024'],
    [() => formatAssumptionValue(0.5, 'ratio', 'id'), '50%'],
    [() => formatAssumptionValue(0.2, 'ratio_per_year', 'id'), '20% per tahun'],
    [() => formatAssumptionValue(125, 'per_agent_month', 'id'), 'Rp 2.063.000 per agen per bulan'],
    [() => withCurrency('USD', () => formatAssumptionValue(125, 'per_agent_month', 'id')), 'US$125 per agen per bulan'],
    [() => formatAssumptionValue(15000, 'one_time', 'en'), '$15,000 one-time'],
    [() => formatAssumptionValue(2000, 'minutes_per_agent_month', 'id'), '2.000 menit per agen per bulan'],
  ] as const)('%#: %s', (run, shown) => {
    expect(run()).toBe(shown);
  });
});

describe('the exchange rate is data', () => {
  it('comes from knowledge/currency.json, validated, with its date and source in both languages', () => {
    const file = loadCurrencyFile();
    expect(file.rates.IDR.rate).toBeGreaterThan(1000);
    const rate = exchangeRate('IDR');
    expect(rate).toMatchObject({ rate: file.rates.IDR.rate, asOf: file.rates.IDR.asOf, configured: false });
    expect(convert(2, 'IDR')).toBe(2 * file.rates.IDR.rate);
    expect(CurrencyFileSchema.safeParse({ ...file, rates: { IDR: { ...file.rates.IDR, rate: -1 } } }).success).toBe(false);
    expect(CurrencyFileSchema.safeParse({ ...file, rates: { IDR: { ...file.rates.IDR, asOf: '1/12/2026' } } }).success).toBe(false);
  });

  it('is shown with its date and the PPN note wherever rupiah are shown', () => {
    expect(currencyNote('id', 'IDR')).toMatch(/^Kurs Rp 16\.500 per dolar AS \(1 Desember 2026; .+\)\. Harga belum termasuk pajak; PPN 11% ditambahkan di atasnya\.$/);
    expect(currencyNote('en', 'IDR')).toMatch(/^Rupiah at Rp 16,500 per US dollar \(1 December 2026; .+\)\. Prices exclude tax; PPN 11% comes on top\.$/);
    expect(currencyNote('en', 'USD')).toBe('Prices in US dollars, excluding tax.');
  });

  it('can be overridden by USD_IDR_RATE with USD_IDR_RATE_DATE (parsed with zod)', () => {
    const config = loadConfig({ USD_IDR_RATE: '16_250', USD_IDR_RATE_DATE: '2026-11-30' });
    expect(config.USD_IDR_RATE).toBe(16250);
    setExchangeRateOverride(loadRateConfig({ USD_IDR_RATE: '16250', USD_IDR_RATE_DATE: '2026-11-30' }));
    expect(formatMoney(1000, 'id')).toBe('Rp 16.250.000');
    expect(currencyNote('id')).toContain('Kurs Rp 16.250 per dolar AS (30 November 2026; pengaturan USD_IDR_RATE di instalasi ini)');
  });

  it.each([
    [{ USD_IDR_RATE: 'abc', USD_IDR_RATE_DATE: '2026-11-30' }, /USD_IDR_RATE must be a number of rupiah per US dollar/],
    [{ USD_IDR_RATE: '-5', USD_IDR_RATE_DATE: '2026-11-30' }, /USD_IDR_RATE must be above 0/],
    [{ USD_IDR_RATE: '16250' }, /USD_IDR_RATE_DATE is required when USD_IDR_RATE is set/],
    [{ USD_IDR_RATE: '16250', USD_IDR_RATE_DATE: '30-11-2026' }, /USD_IDR_RATE_DATE must be a date such as 2026-11-30/],
  ])('rejects a bad setting: %j', (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
    expect(() => loadRateConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
  });
});

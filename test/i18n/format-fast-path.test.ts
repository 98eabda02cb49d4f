import { describe, expect, it } from 'vitest';
import { format } from '../../src/i18n';
import { formatMoney, formatNumber } from '../../src/i18n/money';

/** The placeholder filling as it was before templates were split once (src/i18n/index.ts). */
const reference = (template: string, params: Record<string, string | number> = {}) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole));

describe('format: templates split once, same text as the regex fill', () => {
  it.each([
    ['', {}],
    ['no placeholders', {}],
    ['{a}', { a: 1 }],
    ['{a}{b}', { a: 'x' }],
    ['x {a} y {b} z', { a: '$1', b: '{a}' }],
    ['{ a } {a-b} {} {a}', { a: 'q' }],
    ['{toString} {constructor}', {}],
    ['{a}{a}{a}', { a: '$&' }],
    ['}{a}{', { a: 0 }],
    ['{{a}}', { a: 5 }],
  ] as [string, Record<string, string | number>][])('%j', (template, params) => {
    expect(format(template, params)).toBe(reference(template, params));
    expect(format(template, params)).toBe(reference(template, params));
  });
});

describe('number formatting memo', () => {
  it('gives exactly what Intl gives, -0 included, on repeated calls', () => {
    const intl = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
    for (const v of [-0, 0, -0, 1234.567, 1234.567, 0.005, NaN]) expect(formatNumber(v, 'en')).toBe(intl.format(v));
    expect(formatNumber(-0)).toBe('-0');
    expect(formatMoney(12_500, 'id', 'USD')).toBe('US$12.500');
  });

  it('stays bounded: many distinct amounts still format correctly', () => {
    const intl = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
    for (let i = 0; i < 10_000; i++) {
      const v = i * 1.01;
      expect(formatNumber(v, 'id')).toBe(intl.format(v));
    }
  });
});

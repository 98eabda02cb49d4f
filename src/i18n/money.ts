import type { Lang } from './index';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, fractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${fractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    // USD in both languages (the source prices in USD); Indonesian readers get id-ID grouping ("$1.350").
    f = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', {
      style: 'currency',
      currency: 'USD',
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, f);
  }
  return f;
}

/** Whole dollars for amounts of $100 or more, cents below that (unit prices such as $0.01 per SMS). */
export function formatMoney(amount: number, lang: Lang = 'en'): string {
  const abs = Math.abs(amount);
  const digits = abs >= 100 || Number.isInteger(amount) ? 0 : abs < 0.1 && abs > 0 ? 3 : 2;
  const text = formatter(lang, digits).format(amount);
  // Trim a trailing zero of three-digit unit prices ($0.010 -> $0.01) without touching grouping.
  return digits === 3 ? text.replace(/(\d)0$/, '$1') : text;
}

const numberFormatters: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }),
};

export function formatNumber(value: number, lang: Lang = 'en'): string {
  return numberFormatters[lang].format(value);
}

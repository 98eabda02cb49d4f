/**
 * One formatter per kind of value, shared by cards, text replies, the CLI, the sales summary and
 * the chart: money, compact money (chart axes), plain numbers, percentages, dates and times.
 *
 * Money: the engine prices in US dollars; an amount is shown in a currency (`Currency`, 'USD' |
 * 'IDR'), converted at render time at the rate in src/cost/currency.ts (knowledge/currency.json,
 * overridable by USD_IDR_RATE).
 *   - en, USD: "$11,025", "$0.01"; id, USD: "US$11.025", "US$0,01" (Indonesian business usage)
 *   - IDR: "Rp 150.000.000" (id), "Rp 150,000,000" (en); rounded to Rp 1.000 from Rp 1 juta up,
 *     to Rp 100 from Rp 10.000 up, whole rupiah below
 *   - compact (chart axis): "Rp 1,2 miliar", "Rp 350 jt", "US$1,2 jt"; en "$1.2M", "Rp 1.2B"
 * The currency of a call is the explicit argument, else the one set by `withCurrency` around a
 * rendering (the conversation's choice), else the language's default (`defaultCurrency`: IDR for
 * Indonesian, USD for English).
 */
import { t, type Lang } from './index';
import { currencyStrings } from './currency';
import { convert, exchangeRate, salesTax, type Currency } from '../cost/currency';

export type { Currency } from '../cost/currency';
export { CURRENCIES, convert, exchangeRate, salesTax } from '../cost/currency';

/** The currency a conversation in this language starts in. */
export function defaultCurrency(lang: Lang): Currency {
  return lang === 'id' ? 'IDR' : 'USD';
}

let scoped: Currency | undefined;

/** Runs a (synchronous) rendering with amounts in `currency`; undefined = the language's default. */
export function withCurrency<T>(currency: Currency | undefined, fn: () => T): T {
  const before = scoped;
  scoped = currency;
  try {
    return fn();
  } finally {
    scoped = before;
  }
}

/** The currency a call without an explicit one uses. */
export function activeCurrency(lang: Lang, currency?: Currency): Currency {
  return currency ?? scoped ?? defaultCurrency(lang);
}

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-US');

/**
 * A number formatter with a memo of what it has formatted: a turn formats the same amounts many
 * times (a card and its text, a range's bounds), and Intl formatting dominated rendering. Each
 * memo is bounded (cleared when full); the output is exactly Intl.NumberFormat's.
 */
type MemoFormat = { format(value: number): string };
const MEMO_SIZE = 4_096;
function memoFormat(f: Intl.NumberFormat): MemoFormat {
  const memo = new Map<number, string>();
  return {
    format(value: number): string {
      // a Map does not tell -0 from 0; Intl writes "-0"
      if (Object.is(value, -0)) return f.format(value);
      let text = memo.get(value);
      if (text === undefined) {
        text = f.format(value);
        if (memo.size >= MEMO_SIZE) memo.clear();
        memo.set(value, text);
      }
      return text;
    },
  };
}

const numberFormats = new Map<string, MemoFormat>();
function nf(lang: Lang, min: number, max: number): MemoFormat {
  const key = `${lang}:${min}:${max}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = memoFormat(new Intl.NumberFormat(locale(lang), { minimumFractionDigits: min, maximumFractionDigits: max }));
    numberFormats.set(key, f);
  }
  return f;
}

function dollars(amount: number, lang: Lang): string {
  const abs = Math.abs(amount);
  // Whole dollars from $100 (and for whole amounts), cents below, a tenth of a cent below $0.10 ($0.008).
  const digits = abs >= 100 || Number.isInteger(amount) ? 0 : abs < 0.1 && abs > 0 ? 3 : 2;
  let text = nf(lang, digits, digits).format(abs);
  if (digits === 3) text = text.replace(/(\d)0$/, '$1');
  return `${amount < 0 ? '-' : ''}${lang === 'id' ? 'US$' : '$'}${text}`;
}

function roundRupiah(x: number): number {
  const abs = Math.abs(x);
  const step = abs >= 1_000_000 ? 1000 : abs >= 10_000 ? 100 : 1;
  return Math.round(x / step) * step;
}

function rupiah(amountUsd: number, lang: Lang, currency: Currency): string {
  const idr = roundRupiah(convert(amountUsd, currency));
  return `${idr < 0 ? '-' : ''}Rp ${nf(lang, 0, 0).format(Math.abs(idr))}`;
}

/** An amount of US dollars in the active currency: "$1,350", "US$1.350", "Rp 22.275.000". */
export function formatMoney(amountUsd: number, lang: Lang = 'en', currency?: Currency): string {
  const c = activeCurrency(lang, currency);
  return c === 'USD' ? dollars(amountUsd, lang) : rupiah(amountUsd, lang, c);
}

const SCALE: Record<Lang, { value: number; word: string }[]> = {
  id: [
    { value: 1e12, word: 'triliun' },
    { value: 1e9, word: 'miliar' },
    { value: 1e6, word: 'jt' },
    { value: 1e3, word: 'rb' },
  ],
  en: [
    { value: 1e12, word: 'T' },
    { value: 1e9, word: 'B' },
    { value: 1e6, word: 'M' },
    { value: 1e3, word: 'K' },
  ],
};

/**
 * A big amount rounded for a glance (chart axes, legends): "Rp 1,2 miliar", "Rp 350 jt",
 * "US$200 rb", "$1.2M". Never "M" in Indonesian, where it would be read as million or miliar.
 */
export function formatMoneyCompact(amountUsd: number, lang: Lang = 'en', currency?: Currency): string {
  const c = activeCurrency(lang, currency);
  const value = convert(amountUsd, c);
  const abs = Math.abs(value);
  const prefix = c === 'IDR' ? 'Rp ' : lang === 'id' ? 'US$' : '$';
  const sign = value < 0 ? '-' : '';
  const step = SCALE[lang].find((s) => abs >= s.value);
  if (!step) return `${sign}${prefix}${nf(lang, 0, 0).format(abs)}`;
  const scaled = abs / step.value;
  const digits = scaled < 100 ? 1 : 0;
  const gap = lang === 'id' || c === 'IDR' ? ' ' : '';
  return `${sign}${prefix}${nf(lang, 0, digits).format(scaled)}${gap}${step.word}`;
}

export function formatNumber(value: number, lang: Lang = 'en'): string {
  return nf(lang, 0, 2).format(value);
}

/** A share as a percentage: 0.5 -> "50%" (no space, as PUEBI and English both write it). */
export function formatPercent(ratio: number, lang: Lang = 'en'): string {
  return `${formatNumber(Math.round(ratio * 10000) / 100, lang)}%`;
}

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The time zone a language's dates are shown in: Jakarta (WIB) for Indonesian, UTC for English. */
export function timeZoneOf(lang: Lang): string {
  return lang === 'id' ? 'Asia/Jakarta' : 'UTC';
}

function parts(date: Date, timeZone: string) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const p = Object.fromEntries(f.formatToParts(date).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: p.hour!, minute: p.minute! };
}

/** "1 Desember 2026 pukul 02.59 WIB" / "30 November 2026, 19:59 UTC". */
export function formatDateTime(at: Date | string, lang: Lang = 'en'): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) return String(at);
  const p = parts(date, timeZoneOf(lang));
  return lang === 'id'
    ? `${p.day} ${MONTHS_ID[p.month - 1]} ${p.year} pukul ${p.hour}.${p.minute} WIB`
    : `${p.day} ${MONTHS_EN[p.month - 1]} ${p.year}, ${p.hour}:${p.minute} UTC`;
}

/** A calendar date (YYYY-MM-DD, no time zone): "30 Maret 2024" / "30 March 2024". */
export function formatDate(isoDate: string, lang: Lang = 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  const months = lang === 'id' ? MONTHS_ID : MONTHS_EN;
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
}

/**
 * The footnote that goes with converted amounts: the rate with its date and source, and the tax
 * (PPN 11% for rupiah). For US dollars only the "excluding tax" note.
 */
export function currencyNote(lang: Lang, currency?: Currency): string {
  const c = activeCurrency(lang, currency);
  if (c === 'USD') return t(currencyStrings, lang, 'usdNote');
  const r = exchangeRate(c);
  const tax = salesTax(c);
  const rate = t(currencyStrings, lang, 'rateNote', {
    rate: `Rp ${nf(lang, 0, 2).format(r.rate)}`,
    date: formatDate(r.asOf, lang),
    source: r.label[lang],
  });
  return tax ? `${rate} ${t(currencyStrings, lang, 'taxNote', { tax: tax.name, percent: formatPercent(tax.rate, lang) })}` : rate;
}

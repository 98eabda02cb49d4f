/**
 * Currencies the estimate can be shown in. The engine prices in US dollars (the source does); a
 * converted amount is the dollar amount times a rate that is data: knowledge/currency.json
 * (validated with zod), which the configuration can override (USD_IDR_RATE, USD_IDR_RATE_DATE).
 * No words here: the rate's source text is bilingual data, formatting is src/i18n/money.ts.
 *
 *   CURRENCIES, Currency                 'USD' | 'IDR'
 *   exchangeRate(currency) -> Rate       the rate in use (USD = 1)
 *   setExchangeRateOverride(o)           the configuration's rate (composition root, CLI)
 *   convert(amountUsd, currency)         USD amount -> amount in that currency (not rounded)
 *   salesTax(currency)                   the tax note for that currency (PPN 11% for IDR), if any
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const CURRENCIES = ['USD', 'IDR'] as const;
export type Currency = (typeof CURRENCIES)[number];
export const CurrencySchema = z.enum(CURRENCIES);

const Bilingual = z.object({ en: z.string().min(1), id: z.string().min(1) }).strict();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const CurrencyFileSchema = z
  .object({
    base: z.literal('USD'),
    rates: z.object({
      IDR: z.object({ rate: z.number().positive().max(1_000_000), asOf: IsoDate, label: Bilingual, source: Bilingual }).strict(),
    }).strict(),
    tax: z.object({ IDR: z.object({ name: z.string().min(1), rate: z.number().min(0).max(1) }).strict() }).strict(),
  })
  .strict();
export type CurrencyFile = z.infer<typeof CurrencyFileSchema>;

/** A rate from US dollars: 1 USD = `rate` units; `asOf` is YYYY-MM-DD; `label` is what a reply shows next to it, `source` where it came from in full. */
export type Rate = { currency: Currency; rate: number; asOf: string; label: { en: string; id: string }; source: { en: string; id: string }; configured: boolean };

const DEFAULT_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../knowledge/currency.json');

let file: CurrencyFile | undefined;
export function loadCurrencyFile(p: string = DEFAULT_FILE): CurrencyFile {
  const parsed = CurrencyFileSchema.safeParse(JSON.parse(fs.readFileSync(p, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${p}: ${issue.path.join('.')} ${issue.message}`);
  }
  return parsed.data;
}
function data(): CurrencyFile {
  file ??= loadCurrencyFile();
  return file;
}

export type RateOverride = { rate: number; asOf: string } | undefined;
let override: RateOverride;

/** The configured rate replaces the file's (USD_IDR_RATE with USD_IDR_RATE_DATE); undefined restores it. */
export function setExchangeRateOverride(o: RateOverride): void {
  override = o;
}

const USD_RATE: Rate = Object.freeze({ currency: 'USD', rate: 1, asOf: '', label: { en: '', id: '' }, source: { en: '', id: '' }, configured: false });

export function exchangeRate(currency: Currency): Rate {
  if (currency === 'USD') return USD_RATE;
  const r = data().rates.IDR;
  if (override) {
    const setting = { en: 'the USD_IDR_RATE setting of this installation', id: 'pengaturan USD_IDR_RATE di instalasi ini' };
    return { currency, rate: override.rate, asOf: override.asOf, configured: true, label: setting, source: setting };
  }
  return { currency, rate: r.rate, asOf: r.asOf, label: r.label, source: r.source, configured: false };
}

export function convert(amountUsd: number, currency: Currency): number {
  return currency === 'USD' ? amountUsd : amountUsd * exchangeRate(currency).rate;
}

export function salesTax(currency: Currency): { name: string; rate: number } | undefined {
  return currency === 'IDR' ? data().tax.IDR : undefined;
}

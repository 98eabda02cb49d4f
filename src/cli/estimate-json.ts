import type { Catalog } from '../cost/catalog';
import type { Estimate, Range } from '../cost/types';
import { convert, exchangeRate, salesTax, type Currency } from '../cost/currency';

/**
 * The document `npm run -s estimate -- --json` prints: the estimate (and staffing, when asked)
 * after four fields that tell a consumer how to read it, as Infracost's breakdown JSON does.
 * Raise the schema version whenever a field of the document changes meaning or goes away.
 */
export const ESTIMATE_JSON_SCHEMA_VERSION = 1;

export type EstimateJsonMeta = {
  schemaVersion: typeof ESTIMATE_JSON_SCHEMA_VERSION;
  /** Every amount in the document is in this currency. */
  currency: Catalog['currency'];
  /** `version` of the price catalog the estimate was priced with. */
  catalogVersion: number;
  /** When the document was made (ISO 8601, UTC). */
  generatedAt: string;
};

export const ESTIMATE_JSON_META_KEYS = ['schemaVersion', 'currency', 'catalogVersion', 'generatedAt'] as const;

export function estimateJson<T extends object>(body: T, catalog: Pick<Catalog, 'currency' | 'version'>, now = new Date()): EstimateJsonMeta & T {
  const meta: EstimateJsonMeta = {
    schemaVersion: ESTIMATE_JSON_SCHEMA_VERSION,
    currency: catalog.currency,
    catalogVersion: catalog.version,
    generatedAt: now.toISOString(),
  };
  return { ...meta, ...body };
}

/**
 * The estimate's amounts in another currency (`--currency IDR`), next to the US dollar amounts the
 * document already holds: the rate used (value, date, where it came from), the tax the prices
 * exclude, and every total, line and comparison row converted and rounded to whole units.
 */
export function convertedJson(e: Estimate, currency: Currency) {
  const rate = exchangeRate(currency);
  const r = (x: Range) => ({ low: Math.round(convert(x.low, currency)), typical: Math.round(convert(x.typical, currency)), high: Math.round(convert(x.high, currency)) });
  const tax = salesTax(currency);
  return {
    currency,
    rate: { from: 'USD', to: currency, value: rate.rate, asOf: rate.asOf, source: rate.source.en, configured: rate.configured },
    ...(tax ? { taxExcluded: { name: tax.name, rate: tax.rate } } : {}),
    totals: Object.fromEntries(Object.entries(e.totals).map(([k, v]) => [k, r(v as Range)])),
    lineItems: e.lineItems.map((l) => ({ id: l.id, unitPrice: r(l.unitPrice), monthly: r(l.monthly), oneTime: r(l.oneTime) })),
    comparison: e.comparison.map((c) => ({ deployment: c.deployment, oneTime: r(c.oneTime), monthly: r(c.monthly), tco: r(c.tco) })),
  };
}

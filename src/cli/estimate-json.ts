import type { Catalog } from '../cost/catalog';

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

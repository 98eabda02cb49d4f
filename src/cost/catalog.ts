import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { t, type Params } from '../i18n/index';
import { costStrings, type CostStringKey } from '../i18n/cost';

/** Catalog errors are for whoever edits the catalog: English, from the string table. */
const msg = (key: CostStringKey, params?: Params) => t(costStrings, 'en', key, params);

export const UNITS = [
  'per_agent_month',
  'per_agent_year',
  'per_agent_one_time',
  'per_minute',
  'per_call',
  'per_message',
  'per_interaction',
  'per_conversation',
  'per_gb_month',
  'gb_month',
  'one_time',
  'per_month',
  'ratio',
  'ratio_per_year',
  'percent',
  'seconds',
  'per_server_one_time',
  'per_pair_one_time',
  'per_device_month',
  'per_fte_month',
  'fte',
  'seats',
  'years',
] as const;
export type Unit = (typeof UNITS)[number];

const Bilingual = z.object({ en: z.string().min(1), id: z.string().min(1) });
export type Bilingual = z.infer<typeof Bilingual>;

const amount = z.number().finite().nonnegative({ message: msg('catalog.negative') });

export const CatalogEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, { message: msg('catalog.idFormat') }),
    label: Bilingual,
    unit: z.enum(UNITS, { message: msg('catalog.unknownUnit', { units: UNITS.join(', ') }) }),
    low: amount,
    typical: amount,
    high: amount,
    /**
     * The platform tier picks the typical point: essential -> low, premium -> high; the range of a tier runs from the
     * neighbouring tier's point to its own (essential low–typical, premium typical–high).
     */
    tiered: z.boolean().optional(),
    /** Why the point of the essential and premium tiers (the `reason` is the standard tier's). */
    tierReason: z.object({ essential: Bilingual, premium: Bilingual }).strict().optional(),
    source: z.string().min(1),
    /** `"typical"`: low and high come from the source, only the typical point is ours. */
    assumption: z.union([z.boolean(), z.literal('typical')]),
    reason: Bilingual.optional(),
    /**
     * A higher value means a lower cost (seats one administrator looks after, years a server
     * lasts): the low estimate uses `high` and the high estimate uses `low`.
     */
    inverse: z.boolean().optional(),
    /** A figure to compare with (an all-in cost of serving a call, agent time included); never added to a total. */
    benchmark: z.boolean().optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.low > e.typical) ctx.addIssue({ code: 'custom', path: ['low'], message: msg('catalog.lowAboveTypical', { low: e.low, typical: e.typical }) });
    if (e.typical > e.high) ctx.addIssue({ code: 'custom', path: ['typical'], message: msg('catalog.typicalAboveHigh', { typical: e.typical, high: e.high }) });
    if (e.assumption !== false && !e.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: msg('catalog.reasonRequired') });
    }
    if ((e.unit === 'seats' || e.unit === 'years') && e.low <= 0) ctx.addIssue({ code: 'custom', path: ['low'], message: msg('catalog.positive') });
    if ((e.unit === 'ratio' || e.unit === 'ratio_per_year') && e.high > 1) ctx.addIssue({ code: 'custom', path: ['high'], message: msg('catalog.ratio') });
  });
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

const volume = z.number().finite().nonnegative({ message: msg('catalog.negative') });
const PresetSchema = z
  .object({ voiceMinutes: volume, sms: volume, mms: volume, socialInteractions: volume, egressGb: volume })
  .strict();
export type UsagePreset = z.infer<typeof PresetSchema>;
export const PRESET_NAMES = ['small', 'typical', 'large'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export const CatalogSchema = z
  .object({
    version: z.number().int(),
    currency: z.literal('USD'),
    source: z.string(),
    entries: z.array(CatalogEntrySchema).min(1),
    presets: z.object({ reason: Bilingual, small: PresetSchema, typical: PresetSchema, large: PresetSchema }).strict(),
  })
  .strict();
export type Catalog = z.infer<typeof CatalogSchema>;

/** Entry ids the engine prices with; a catalog without one of them cannot produce an estimate. */
export const REQUIRED_ENTRIES = [
  'platform_subscription',
  'voice_included',
  'voice_metered',
  'default_aht_seconds',
  'social_channel',
  'sms',
  'mms',
  'email_channel',
  'webchat_channel',
  'storage_cloud',
  'storage_onprem',
  'storage_needs_factor',
  'storage_needs_factor_no_voice',
  'egress',
  'egress_free_allowance',
  'ai_conversation',
  'wfm',
  'custom_integration',
  'onprem_licence',
  'onprem_maintenance_rate',
  'onprem_server',
  'onprem_seats_per_server_pair',
  'onprem_gateway_pair',
  'onprem_facility',
  'onprem_refresh_years',
  'onprem_it_fte_cost',
  'onprem_it_min_fte',
  'onprem_it_seats_per_fte',
  'onprem_it_extra_app_share',
  'onprem_it_fte_step',
  'carrier_minute',
  'carrier_trunk',
  'carrier_number',
  'hybrid_cloud_share',
  'hybrid_integration',
  'hybrid_admin_fte',
  'verdict_close_margin',
] as const;
export type RequiredEntryId = (typeof REQUIRED_ENTRIES)[number];

export class CatalogError extends Error {
  override name = 'CatalogError';
}

function describeIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  const p = issue.path;
  if (p[0] === 'entries' && typeof p[1] === 'number') {
    const rawEntry = (raw as { entries?: unknown[] }).entries?.[p[1]] as { id?: unknown } | undefined;
    const name = typeof rawEntry?.id === 'string' ? `"${rawEntry.id}"` : `#${p[1] + 1}`;
    const field = p.slice(2).join('.') || 'entry';
    const message =
      issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined ? msg('catalog.required') : issue.message;
    const got =
      issue.code === 'invalid_value' && p[2] === 'unit' ? ` (got "${String((rawEntry as Record<string, unknown>)?.unit)}")` : '';
    return msg('catalog.entryField', { entry: name, field, message: message + got });
  }
  const where = p.length ? p.join('.') : 'catalog';
  const message = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined ? msg('catalog.required') : issue.message;
  return msg('catalog.field', { field: where, message });
}

/** Validates an already-read catalog object; the error names the entry and field, never a stack. */
export function parseCatalog(raw: unknown): Catalog {
  const result = CatalogSchema.safeParse(raw);
  if (!result.success) {
    throw new CatalogError(result.error.issues.map((i) => describeIssue(raw, i)).join('; '));
  }
  const catalog = result.data;
  const seen = new Set<string>();
  for (const entry of catalog.entries) {
    if (seen.has(entry.id)) throw new CatalogError(msg('catalog.entryField', { entry: `"${entry.id}"`, field: 'id', message: msg('catalog.duplicate') }));
    seen.add(entry.id);
  }
  for (const id of REQUIRED_ENTRIES) {
    if (!seen.has(id)) throw new CatalogError(msg('catalog.missingEntry', { entry: id }));
  }
  // Head counts are rounded up to this step; a step of 0 would never end.
  const step = catalog.entries.find((e) => e.id === 'onprem_it_fte_step')!;
  if (step.low <= 0) throw new CatalogError(msg('catalog.entryField', { entry: '"onprem_it_fte_step"', field: 'low', message: msg('catalog.positive') }));
  return catalog;
}

export const DEFAULT_CATALOG_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../knowledge/catalog.json');

export function loadCatalog(file: string = DEFAULT_CATALOG_FILE): Catalog {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new CatalogError(msg('catalog.unreadable', { file, reason: (err as NodeJS.ErrnoException).code ?? String(err) }));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new CatalogError(msg('catalog.badJson', { file, reason: (err as Error).message }));
  }
  return parseCatalog(raw);
}

let cached: Catalog | undefined;
export function defaultCatalog(): Catalog {
  cached ??= loadCatalog();
  return cached;
}

/**
 * The visitor's own prices in place of the catalog's assumptions: a negotiated licence, their own IT salary.
 * Every estimate invites "tell me your real figures", and the IT assumption is a US salary that a visitor in
 * Jakarta cannot recognise; with a figure of their own the catalog entry is fixed at it (low = typical = high:
 * it is known, not estimated) and its reason says whose figure it is. The derived catalog is cached per catalog
 * and figures, so its price book is compiled once, like the default one.
 */
import { z } from 'zod';
import { t } from '../i18n/index';
import { costStrings } from '../i18n/cost';
import type { Catalog, CatalogEntry } from './catalog';

export const OwnPricesSchema = z
  .object({
    /** The cloud subscription licence, US dollars per agent per month, whatever the tier. */
    licencePerAgentMonth: z.number().finite().positive().max(100_000).optional(),
    /** One full-time in-house IT administrator, US dollars per month (on-premises and hybrid). */
    itFtePerMonth: z.number().finite().nonnegative().max(1_000_000).optional(),
    /** The share of a hybrid center's seats in the cloud (the rest on-premises); the assumption is half. */
    hybridCloudShare: z.number().finite().min(0.01).max(0.99).optional(),
    /** How many years servers and gateways last before they are replaced (on-premises and hybrid). */
    hardwareRefreshYears: z.number().int().min(2).max(15).optional(),
    /** One on-premises server, US dollars, paid once ("server kami beli sendiri dengan harga 100 juta per unit"). */
    serverPrice: z.number().finite().positive().max(1_000_000).optional(),
    /** The on-premises perpetual licence, US dollars per agent, paid once, whatever the tier. */
    onpremLicencePerAgent: z.number().finite().positive().max(1_000_000).optional(),
    /** Data storage, US dollars per agent per year, in the cloud and on-premises alike (the visitor's vendor's price). */
    storagePerAgentYear: z.number().finite().positive().max(1_000_000).optional(),
    /** One SMS, US dollars (the visitor's carrier's rate). */
    smsPerMessage: z.number().finite().positive().max(1).optional(),
    /** One MMS, US dollars. */
    mmsPerMessage: z.number().finite().positive().max(1).optional(),
    /** One minute of voice, US dollars: the cloud vendor's metered rate and the on-premises carrier's alike. */
    voicePerMinute: z.number().finite().positive().max(5).optional(),
    /** The yearly maintenance of an on-premises licence, as a share of its price ("we negotiated 15%"). */
    maintenanceRate: z.number().finite().min(0.01).max(0.5).optional(),
    /**
     * The share of calls recorded ("we don't record calls at all": 0). Recordings are most of what a center with voice
     * stores, so storage moves from the share for a center with calls towards the one for a center without them.
     */
    callsRecorded: z.number().finite().min(0).max(1).optional(),
    /**
     * How much the center stores against the source's average ("assume storage at half the average": 0.5), with voice or
     * without; it takes the place of the spread around the average, and of the share from calls recorded.
     */
    storageShare: z.number().finite().min(0.05).max(5).optional(),
  })
  .strict();
export type OwnPrices = z.infer<typeof OwnPricesSchema>;
export type OwnPriceKey = keyof OwnPrices;

export const OWN_PRICE_ENTRY: Record<OwnPriceKey, string | readonly string[]> = {
  licencePerAgentMonth: 'platform_subscription',
  itFtePerMonth: 'onprem_it_fte_cost',
  hybridCloudShare: 'hybrid_cloud_share',
  hardwareRefreshYears: 'onprem_refresh_years',
  onpremLicencePerAgent: 'onprem_licence',
  serverPrice: 'onprem_server',
  storagePerAgentYear: ['storage_cloud', 'storage_onprem'],
  smsPerMessage: 'sms',
  mmsPerMessage: 'mms',
  voicePerMinute: ['voice_metered', 'carrier_minute'],
  maintenanceRate: 'onprem_maintenance_rate',
  // (no entry of its own: it moves the storage share, below)
  callsRecorded: [],
  // (no entry of its own: it sets the storage share, below)
  storageShare: [],
};

const derived = new WeakMap<Catalog, Map<string, Catalog>>();

const localised = new WeakMap<Catalog, Catalog>();

/**
 * The catalog with in-house staff paid at a market's rates: the entry "<id>_idr_market" takes the place of "<id>" (its
 * id, so every formula reads it as before). A catalog without such an entry is returned as it is.
 */
export function withLabourMarket(catalog: Catalog, market: 'id'): Catalog {
  const hit = localised.get(catalog);
  if (hit) return hit;
  const suffix = `_${market === 'id' ? 'idr' : market}_market`;
  const local = new Map(catalog.entries.filter((e) => e.id.endsWith(suffix)).map((e) => [e.id.slice(0, -suffix.length), e]));
  const out: Catalog = local.size === 0 ? catalog : { ...catalog, entries: catalog.entries.filter((e) => !e.id.endsWith(suffix)).map((e) => (local.has(e.id) ? { ...local.get(e.id)!, id: e.id } : e)) };
  localised.set(catalog, out);
  return out;
}

/**
 * The catalog a scenario is priced with: its labour market's staff rates and the visitor's own figures in place.
 * Everything that prices or explains a scenario's figures reads this one (the "what moves the total" list priced IT
 * staff at US pay for an Indonesian visitor, whose estimate used Indonesian pay).
 */
export function catalogFor(scenario: { labourMarket?: 'id' | undefined; ownPrices?: OwnPrices | undefined }, catalog: Catalog): Catalog {
  const local = scenario.labourMarket ? withLabourMarket(catalog, scenario.labourMarket) : catalog;
  return scenario.ownPrices ? withOwnPrices(local, scenario.ownPrices) : local;
}

export function withOwnPrices(catalog: Catalog, own: OwnPrices): Catalog {
  const keys = (Object.keys(OWN_PRICE_ENTRY) as OwnPriceKey[]).filter((k) => own[k] !== undefined);
  if (keys.length === 0) return catalog;
  const cacheKey = keys.map((k) => `${k}=${own[k]}`).join('|');
  let byFigures = derived.get(catalog);
  if (!byFigures) derived.set(catalog, (byFigures = new Map()));
  const hit = byFigures.get(cacheKey);
  if (hit) return hit;
  const reason = { en: t(costStrings, 'en', 'ownPrice.reason'), id: t(costStrings, 'id', 'ownPrice.reason') };
  const fixed = new Map(keys.flatMap((k) => [OWN_PRICE_ENTRY[k]].flat().map((id) => [id, own[k]!] as const)));
  const entries = catalog.entries.map((e): CatalogEntry => {
    // the visitor's own storage figure is what they store: the spread around the source's average no longer applies,
    // with voice or without
    if ((e.id === 'storage_needs_factor' || e.id === 'storage_needs_factor_no_voice') && own.storagePerAgentYear !== undefined) {
      return { ...e, low: 100, typical: 100, high: 100, assumption: false };
    }
    // a share of the average said outright is what they store, the same for a center with calls or without
    if ((e.id === 'storage_needs_factor' || e.id === 'storage_needs_factor_no_voice') && own.storageShare !== undefined) {
      const pct = Math.round(own.storageShare * 1000) / 10;
      return {
        ...e, low: pct, typical: pct, high: pct, assumption: true, source: 'visitor',
        label: { en: t(costStrings, 'en', 'storageShare.label'), id: t(costStrings, 'id', 'storageShare.label') },
        reason: { en: t(costStrings, 'en', 'storageShare.reason', { pct }), id: t(costStrings, 'id', 'storageShare.reason', { pct }) },
      };
    }
    // calls recorded in part or not at all: the share stored lies that far from a center with calls towards one without
    const without = catalog.entries.find((x) => x.id === 'storage_needs_factor_no_voice');
    if (e.id === 'storage_needs_factor' && own.callsRecorded !== undefined && without) {
      const share = own.callsRecorded;
      const at = (k: 'low' | 'typical' | 'high') => Math.round((without[k] + share * (e[k] - without[k])) * 10) / 10;
      return {
        ...e, low: at('low'), typical: at('typical'), high: at('high'),
        label: { en: t(costStrings, 'en', 'callsRecorded.label'), id: t(costStrings, 'id', 'callsRecorded.label') },
        reason: { en: t(costStrings, 'en', 'callsRecorded.reason', { pct: Math.round(share * 100) }), id: t(costStrings, 'id', 'callsRecorded.reason', { pct: Math.round(share * 100) }) },
      };
    }
    const value = fixed.get(e.id);
    if (value === undefined) return e;
    const { tiered: _tiered, inverse: _inverse, ...rest } = e;
    return { ...rest, low: value, typical: value, high: value, assumption: true, source: 'visitor', reason };
  });
  const out: Catalog = { ...catalog, entries };
  // a visitor typing many different figures must not grow the cache without bound
  if (byFigures.size >= 64) byFigures.delete(byFigures.keys().next().value!);
  byFigures.set(cacheKey, out);
  return out;
}

import { formatMoney } from '../i18n/money';
import { t } from '../i18n/index';
import { costStrings } from '../i18n/cost';
import { CatalogError, PRESET_NAMES, REQUIRED_ENTRIES, type Bilingual, type Catalog, type CatalogEntry, type PresetName, type RequiredEntryId, type UsagePreset } from './catalog';
import { bilingual } from './labels';
import type { Tier } from './scenario';
import type { Assumption, Range } from './types';

/** One entry at one tier: plain named fields, so the hot path reads no record keyed by the tier. */
export type TierEntry = {
  entry: CatalogEntry;
  /** In cost order (see PricedEntry.price). */
  price: Range;
  assumed: boolean;
  slot: number;
};

export type PricedEntry = {
  entry: CatalogEntry;
  /**
   * Unit price per tier: the tier only moves the typical point of tiered entries. Always in cost
   * order: for an `inverse` entry (seats per administrator, years a server lasts) `low` holds the
   * catalog's `high`, the value that gives the lowest cost.
   */
  price: Record<Tier, Range>;
  /** Whether the line rests on an assumption at this tier. */
  assumed: Record<Tier, boolean>;
  /** Index of this entry's assumption record in `PriceBook.assumptionSlots`, -1 when it has none. */
  slot: number;
};

/**
 * Which assumptions an estimate rests on, in first-use order. Slots are small integers fixed per
 * catalog, so marking one is an array write rather than a string hash.
 */
export class AssumptionSink {
  readonly order: number[] = [];
  // One shared "seen" table stamped with a generation number per sink: a typed array allocated per
  // estimate was a measurable share of the engine's time.
  private static seen = new Uint32Array(256);
  private static generation = 0;
  private readonly stamp: number;
  constructor(size: number) {
    if (size > AssumptionSink.seen.length) AssumptionSink.seen = new Uint32Array(size * 2);
    if (AssumptionSink.generation === 0xffffffff) {
      AssumptionSink.seen.fill(0);
      AssumptionSink.generation = 0;
    }
    this.stamp = ++AssumptionSink.generation;
  }
  add(slot: number): void {
    const seen = AssumptionSink.seen;
    if (slot < 0 || seen[slot] === this.stamp) return;
    seen[slot] = this.stamp;
    this.order.push(slot);
  }
}

export type PresetKey = keyof UsagePreset;
const PRESET_KEYS: PresetKey[] = ['voiceMinutes', 'sms', 'mms', 'socialInteractions', 'egressGb'];
const PRESET_UNITS: Record<PresetKey, string> = {
  voiceMinutes: 'minutes_per_agent_month',
  sms: 'messages_per_agent_month',
  mms: 'messages_per_agent_month',
  socialInteractions: 'interactions_per_agent_month',
  egressGb: 'gb_per_agent_month',
};

/**
 * A catalog compiled once for the hot path: Map lookups, frozen price ranges, notes and
 * assumption records built ahead so pricing a scenario allocates only its own line items.
 */
export type PriceBook = {
  catalog: Catalog;
  get(id: RequiredEntryId): PricedEntry;
  /** The engine's entries resolved once, read by name on the hot path. */
  e: Record<RequiredEntryId, PricedEntry>;
  presets: Record<PresetName, UsagePreset>;
  /** Assumption slot of each preset volume. */
  presetSlots: Record<PresetName, Record<PresetKey, number>>;
  /** Assumption records by slot and tier (a tier moves a tiered entry's typical value). */
  assumptionSlots: Record<Tier, Assumption>[];
  /** The engine's entries seen from one tier. */
  tiers: Record<Tier, Record<RequiredEntryId, TierEntry>>;
  /** Assumption records by tier, then slot. */
  assumptionsByTier: Record<Tier, Assumption[]>;
  notes: {
    fairUse: Bilingual;
    meteredVoice: Bilingual;
    carrierMinutes: Bilingual;
    dependsOnUsage: Bilingual;
    freeAllowance: Bilingual;
    includedAssumed: Bilingual;
    socialBenchmark: Bilingual;
    refresh: Bilingual;
    perApplication: Bilingual;
    owned: Bilingual;
    ownedRefresh: Bilingual;
  };
  /** Templates filled per scenario: "{seats} cloud seats", the hybrid storage blend. */
  seatNotes: { cloud: Bilingual; onPrem: Bilingual; storage: Bilingual };
};

function freezeRange(low: number, typical: number, high: number): Range {
  return Object.freeze({ low, typical, high });
}

function compileEntry(entry: CatalogEntry): PricedEntry {
  const base = entry.inverse ? freezeRange(entry.high, entry.typical, entry.low) : freezeRange(entry.low, entry.typical, entry.high);
  const tiered = entry.tiered === true;
  const price: Record<Tier, Range> = {
    // (a premium quote is no nearer the essentials price than the standard one: its range starts at the standard point;
    // it listed the $50 essentials price as a premium licence's low end)
    essential: tiered ? freezeRange(entry.low, entry.low, entry.typical) : base,
    standard: base,
    premium: tiered ? freezeRange(entry.typical, entry.high, entry.high) : base,
  };
  // A "typical" assumption only matters when the typical point is the one we chose.
  const typicalOnly = entry.assumption === 'typical';
  const assumed: Record<Tier, boolean> = {
    essential: entry.assumption === true || (typicalOnly && !tiered),
    standard: entry.assumption !== false,
    premium: entry.assumption === true || (typicalOnly && !tiered),
  };
  return { entry, price, assumed, slot: -1 };
}

const books = new WeakMap<Catalog, PriceBook>();

export function priceBook(catalog: Catalog): PriceBook {
  const cached = books.get(catalog);
  if (cached) return cached;

  const entries = new Map<string, PricedEntry>();
  const assumptionSlots: Record<Tier, Assumption>[] = [];
  const sameForAllTiers = (a: Assumption): Record<Tier, Assumption> => ({ essential: a, standard: a, premium: a });
  for (const entry of catalog.entries) {
    const priced = compileEntry(entry);
    entries.set(entry.id, priced);
    if (entry.assumption !== false && entry.reason) {
      const { reason } = entry;
      // (the basic tier's licence said "the standard-tier figure of $125 is the midpoint we assume" while priced at $50)
      const reasonOf = (tier: Tier) => (tier !== 'standard' && entry.tierReason ? entry.tierReason[tier] : reason);
      const record = (tier: Tier): Assumption =>
        Object.freeze({ id: entry.id, label: entry.label, value: priced.price[tier].typical, unit: entry.unit, reason: reasonOf(tier) });
      priced.slot = assumptionSlots.length;
      assumptionSlots.push({ essential: record('essential'), standard: record('standard'), premium: record('premium') });
    }
  }
  const presetSlots = {} as Record<PresetName, Record<PresetKey, number>>;
  for (const name of PRESET_NAMES) {
    presetSlots[name] = {} as Record<PresetKey, number>;
    for (const key of PRESET_KEYS) {
      const preset = { en: costStrings.en[`presetName.${name}`], id: costStrings.id[`presetName.${name}`] };
      const label = Object.freeze({
        en: costStrings.en[`preset.${key}`].replace('{preset}', preset.en),
        id: costStrings.id[`preset.${key}`].replace('{preset}', preset.id),
      });
      presetSlots[name][key] = assumptionSlots.length;
      assumptionSlots.push(
        sameForAllTiers(
          Object.freeze({ id: `preset.${key}`, label, value: catalog.presets[name][key], unit: PRESET_UNITS[key], reason: catalog.presets.reason }),
        ),
      );
    }
  }

  const get = (id: RequiredEntryId): PricedEntry => {
    const found = entries.get(id);
    // parseCatalog guarantees the required ids; this guards catalogs built by hand in code.
    if (!found) throw new CatalogError(t(costStrings, 'en', 'catalog.missingEntry', { entry: id }));
    return found;
  };
  const ai = get('ai_conversation').entry;
  const free = get('egress_free_allowance').entry.typical;
  const refreshYears = get('onprem_refresh_years').entry.typical;
  // A benchmark, not a priced entry: a catalog without it simply shows the source's $1.
  const socialAllIn = entries.get('social_interaction')?.entry.typical ?? 1;
  const tierView = (tier: Tier) =>
    Object.fromEntries(
      REQUIRED_ENTRIES.map((id) => {
        const p = get(id);
        return [id, Object.freeze({ entry: p.entry, price: p.price[tier], assumed: p.assumed[tier], slot: p.slot })];
      }),
    ) as Record<RequiredEntryId, TierEntry>;
  const book: PriceBook = {
    catalog,
    get,
    e: Object.fromEntries(REQUIRED_ENTRIES.map((id) => [id, get(id)])) as Record<RequiredEntryId, PricedEntry>,
    tiers: { essential: tierView('essential'), standard: tierView('standard'), premium: tierView('premium') },
    assumptionsByTier: {
      essential: assumptionSlots.map((a) => a.essential),
      standard: assumptionSlots.map((a) => a.standard),
      premium: assumptionSlots.map((a) => a.premium),
    },
    presets: { small: catalog.presets.small, typical: catalog.presets.typical, large: catalog.presets.large },
    presetSlots,
    assumptionSlots,
    notes: {
      fairUse: bilingual('note.fairUse'),
      meteredVoice: bilingual('note.meteredVoice'),
      carrierMinutes: bilingual('note.carrierMinutes'),
      dependsOnUsage: Object.freeze({
        en: costStrings.en['note.dependsOnUsage'].replace('{price}', formatMoney(ai.typical, 'en')),
        id: costStrings.id['note.dependsOnUsage'].replace('{price}', formatMoney(ai.typical, 'id')),
      }),
      freeAllowance: bilingual('note.freeAllowance', { free }),
      includedAssumed: bilingual('note.includedAssumed'),
      socialBenchmark: Object.freeze({
        en: costStrings.en['note.socialBenchmark'].replace('{price}', formatMoney(socialAllIn, 'en')),
        id: costStrings.id['note.socialBenchmark'].replace('{price}', formatMoney(socialAllIn, 'id')),
      }),
      refresh: bilingual('note.refresh', { years: refreshYears }),
      perApplication: bilingual('note.perApplication'),
      owned: bilingual('note.owned'),
      ownedRefresh: bilingual('note.ownedRefresh', { years: refreshYears }),
    },
    seatNotes: {
      cloud: bilingual('note.cloudSeats'),
      onPrem: bilingual('note.onPremSeats'),
      storage: bilingual('note.storageBlend'),
    },
  };
  books.set(catalog, book);
  return book;
}

/**
 * Every user-facing sentence lives in a string table under src/i18n/.
 * Each area (dialogs, cards, answers, handoff, cli, ...) owns one table file that
 * exports `{ en: {...}, id: {...} }`; the Indonesian table must have the same keys
 * as the English one (checked by test/i18n/tables.test.ts).
 */
export const LANGS = ['en', 'id'] as const;
export type Lang = (typeof LANGS)[number];

export type Params = Record<string, string | number>;
export type StringTable<K extends string = string> = { en: Record<K, string>; id: Record<K, string> };

/** Declares a table; the `id` half is type-checked to have exactly the English keys. */
export function defineStrings<K extends string>(en: Record<K, string>, id: Record<K, string>): StringTable<K> {
  return { en, id };
}

/**
 * A template split at its placeholders: literal text at even indexes, placeholder names at odd
 * ones. Templates come from the string tables (a few hundred), so each is split once; the bound
 * only guards against callers that format text of their own.
 */
const compiled = new Map<string, string[]>();
function compile(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (compiled.size >= 2_000) compiled.clear();
    compiled.set(template, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible so a missing param is noticed. */
export function format(template: string, params: Params = {}): string {
  const parts = compile(template);
  if (parts.length === 1) return template;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    out += (Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : `{${key}}`) + parts[i + 1]!;
  }
  return out;
}

/** Looks up `key` in `table` for `lang` and fills its placeholders. */
export function t<K extends string>(table: StringTable<K>, lang: Lang, key: K, params?: Params): string {
  const template = table[lang][key] ?? table.en[key];
  const out = format(template, params);
  // ("over 1 years", "for all 1 years": a horizon of one year in templates written for several) English says it once
  return lang === 'en' && params && out.includes('1 years') ? out.replace(/for all 1 years\b/g, 'for the whole year').replace(/(?<![\d.,])1 years\b/g, '1 year') : out;
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'id';
}

/** Maps a Bot Framework / BCP-47 locale ("id-ID", "en-US", "in") to a supported language. */
export function langFromLocale(locale: unknown): Lang | undefined {
  if (typeof locale !== 'string' || !locale) return undefined;
  const base = locale.toLowerCase().split(/[-_]/)[0];
  if (base === 'id' || base === 'in') return 'id';
  if (base === 'en') return 'en';
  return undefined;
}

import type { Lang } from '../i18n/index';
import { costStrings, type CostStringKey } from '../i18n/cost';
import type { Bilingual } from './catalog';
import type { Deployment, Tier } from './scenario';
import { LINE_IDS, type DriverId, type LineId } from './types';

/** The same string in both languages, for objects that carry their own labels (line items, assumptions). */
export function bilingual(key: CostStringKey, params?: Record<string, string | number>): Bilingual {
  const fill = (s: string) => (params ? s.replace(/\{(\w+)\}/g, (w, k: string) => (k in params ? String(params[k]) : w)) : s);
  return Object.freeze({ en: fill(costStrings.en[key]), id: fill(costStrings.id[key]) });
}

const lineLabels = Object.fromEntries(LINE_IDS.map((id) => [id, bilingual(`line.${id}`)])) as Record<LineId, Bilingual>;

/** The label of a line in both languages (the object is shared and frozen). */
export function lineLabelPair(id: LineId): Bilingual {
  return lineLabels[id];
}

export function lineLabel(id: LineId, lang: Lang = 'en'): string {
  return lineLabelPair(id)[lang];
}

export function deploymentLabel(deployment: Deployment, lang: Lang = 'en'): string {
  return costStrings[lang][`deployment.${deployment}`];
}

export function tierLabel(tier: Tier, lang: Lang = 'en'): string {
  return costStrings[lang][`tier.${tier}`];
}

export function unitLabel(unit: string, lang: Lang = 'en'): string {
  const key = `unit.${unit}` as CostStringKey;
  return costStrings[lang][key] ?? unit;
}

/** A driver of the comparison's verdict in words ("in-house IT staff"); the refresh names its year. */
export function driverLabel(driver: DriverId, lang: Lang = 'en', refreshYear?: number): string {
  if (driver === 'hardware_refresh' && refreshYear !== undefined) {
    return costStrings[lang]['driver.hardware_refresh_year'].replace('{year}', String(refreshYear));
  }
  return costStrings[lang][`driver.${driver}`];
}

/** "a, b and c" in English, "a, b, dan c" in Indonesian (PUEBI's comma before dan/atau in lists of three or more). */
export function joinWords(items: string[], lang: Lang = 'en', word: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  const serial = lang === 'id' && items.length > 2 ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${serial} ${costStrings[lang][`list.${word}`]} ${items[items.length - 1]}`;
}

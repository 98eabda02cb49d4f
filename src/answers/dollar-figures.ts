import type { Lang } from '../i18n';

/** A dollar amount as a knowledge answer writes it ("US$6–US$20", "$200+"), with its value (a range's two ends). */
export type DollarFigure = { written: string; low: number; high?: number; orMore?: true };

// "$1,350" in English, "US$1.350" and "US$0,01" in Indonesian; a range repeats the sign or not ("$10–50", "US$6–US$20")
const DOLLARS = /(?:US)?\$\s?(\d(?:[\d.,]*\d)?)(\+)?(?:\s?[–-]\s?(?:US)?\$?\s?(\d(?:[\d.,]*\d)?))?/g;

function valueOf(written: string, lang: Lang): number {
  const plain = lang === 'id' ? written.replace(/\./g, '').replace(',', '.') : written.replace(/,/g, '');
  return Number(plain);
}

/**
 * The dollar amounts in a knowledge answer, once each, in order: an answer quoted in dollars can be given again in
 * rupiah ("dalam rupiah brp?") without a second copy of every answer.
 */
export function dollarFigures(text: string, lang: Lang): DollarFigure[] {
  const seen = new Set<string>();
  const out: DollarFigure[] = [];
  for (const m of text.matchAll(DOLLARS)) {
    const written = m[0].trim();
    const low = valueOf(m[1]!, lang);
    const high = m[3] !== undefined ? valueOf(m[3], lang) : undefined;
    if (!Number.isFinite(low) || (high !== undefined && !Number.isFinite(high)) || seen.has(written)) continue;
    seen.add(written);
    out.push({ written, low, ...(high !== undefined ? { high } : {}), ...(m[2] ? { orMore: true as const } : {}) });
  }
  return out;
}

/**
 * Reads numbers the way visitors type them, in English and Indonesian:
 * digits with either thousands convention ("1,200", "1.200", "1.234,5"), shorthand ("5k",
 * "1.2k", "2 ribu", "1,5 juta", "10rb", "2jt"), words ("forty five", "twelve hundred",
 * "empat puluh lima", "seribu dua ratus", "dua belas"), negatives ("-5", "minus 5") and
 * ranges ("40-50", "between 40 and 50", "antara 40 dan 50").
 */
import type { Lang } from '../i18n/index';
import { normalizeText, tokenize, type Token } from './text';

export type NumberMention = {
  value: number;
  /** Lower bound of a range such as "40-50"; `value` holds the upper bound. */
  low?: number;
  negative: boolean;
  /** Not a whole number after shorthand is applied: "1.5" is, "1.5k" is not. */
  decimal: boolean;
  kind: 'digits' | 'words';
  /** Token span [start, end) in the token list the mention was read from. */
  start: number;
  end: number;
  /** The text as written (lower-cased). */
  raw: string;
};

/** A digit group's value: a separator followed by exactly three digits is a thousands separator. */
export function parseDigitGroup(str: string): number | undefined {
  if (!/^\d+(?:[.,]\d+)*$/.test(str)) return undefined;
  const seps = str.match(/[.,]/g) ?? [];
  if (seps.length === 0) return Number(str);
  const parts = str.split(/[.,]/);
  const kinds = new Set(seps);
  if (kinds.size === 2) {
    // "1,234.5" or "1.234,5": the last separator is the decimal point, the rest group thousands
    const lastSep = seps[seps.length - 1];
    const idx = str.lastIndexOf(lastSep as string);
    const intPart = str.slice(0, idx).replace(/[.,]/g, '');
    const frac = str.slice(idx + 1);
    if (str.slice(0, idx).includes(lastSep as string)) return undefined;
    return Number(`${intPart}.${frac}`);
  }
  const first = parts[0] as string;
  const thousands = first.length <= 3 && first !== '0' && parts.slice(1).every((p) => p.length === 3);
  if (thousands) return Number(parts.join(''));
  if (parts.length === 2) return Number(`${first}.${parts[1]}`);
  return undefined;
}

type WordKind = 'unit' | 'teen' | 'ten';
const EN_WORDS: Record<string, [number, WordKind]> = {
  zero: [0, 'unit'], one: [1, 'unit'], two: [2, 'unit'], three: [3, 'unit'], four: [4, 'unit'], five: [5, 'unit'],
  six: [6, 'unit'], seven: [7, 'unit'], eight: [8, 'unit'], nine: [9, 'unit'],
  ten: [10, 'teen'], eleven: [11, 'teen'], twelve: [12, 'teen'], thirteen: [13, 'teen'], fourteen: [14, 'teen'],
  fifteen: [15, 'teen'], sixteen: [16, 'teen'], seventeen: [17, 'teen'], eighteen: [18, 'teen'], nineteen: [19, 'teen'],
  twenty: [20, 'ten'], thirty: [30, 'ten'], forty: [40, 'ten'], fifty: [50, 'ten'], sixty: [60, 'ten'],
  seventy: [70, 'ten'], eighty: [80, 'ten'], ninety: [90, 'ten'],
};
const ID_WORDS: Record<string, [number, WordKind]> = {
  nol: [0, 'unit'], satu: [1, 'unit'], dua: [2, 'unit'], tiga: [3, 'unit'], empat: [4, 'unit'], lima: [5, 'unit'],
  enam: [6, 'unit'], tujuh: [7, 'unit'], delapan: [8, 'unit'], sembilan: [9, 'unit'],
  sepuluh: [10, 'teen'], sebelas: [11, 'teen'],
};
/** Common misspellings of number words, fixed before reading. */
export const NUMBER_WORD_TYPOS: Record<string, string> = {
  fourty: 'forty', ninty: 'ninety', fivty: 'fifty', thirthy: 'thirty', twelf: 'twelve',
  hundered: 'hundred', thousnd: 'thousand', thousend: 'thousand', tousand: 'thousand', milion: 'million',
  seratu: 'seratus', sepulu: 'sepuluh', empt: 'empat',
  // ("agen nya lima puluhan lah": not read) "about fifty", said the Indonesian way
  puluhan: 'puluh', ratusan: 'ratus',
};
// ("2 lakh calls per month": two calls) the Indian scales, lakh (100,000) and crore (ten million)
const SCALES: Record<string, number> = { thousand: 1e3, ribu: 1e3, lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, million: 1e6, juta: 1e6, crore: 1e7, crores: 1e7, billion: 1e9, miliar: 1e9, milyar: 1e9 };
const SE_SCALES: Record<string, number> = { seribu: 1e3, sejuta: 1e6, semiliar: 1e9 };
/** Multipliers written after digits: "5k", "2 ribu", "1,5 juta", "10rb", "2jt", "3m". */
const DIGIT_MULTIPLIERS: Record<string, number> = {
  k: 1e3, rb: 1e3, ribu: 1e3, thousand: 1e3, lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7, jt: 1e6, juta: 1e6, million: 1e6, mio: 1e6, mn: 1e6,
  bn: 1e9, miliar: 1e9, milyar: 1e9, billion: 1e9, hundred: 100, ratus: 100, dozen: 12, lusin: 12,
  ribuan: 1e3, jutaan: 1e6, thousands: 1e3, rban: 1e3, rbuan: 1e3, rbu: 1e3, jtan: 1e6,
};
const ATTACHED_ONLY_MULTIPLIERS: Record<string, number> = { m: 1e6, b: 1e9 };

export function isNumberWord(input: string): boolean {
  const word = NUMBER_WORD_TYPOS[input] ?? input;
  return word in EN_WORDS || word in ID_WORDS || word in SCALES || word in SE_SCALES ||
    word === 'hundred' || word === 'ratus' || word === 'seratus' || word === 'puluh' || word === 'belas' || word === 'dozen' || word === 'lusin' || word === 'selusin';
}

/** Reads a run of number words starting at token i; returns undefined when none starts there. */
function readWords(tokens: Token[], i: number): { value: number; end: number } | undefined {
  let total = 0;
  let current = 0;
  let last = 0;
  let lastType: 'none' | WordKind | 'hundred' | 'scale' = 'none';
  let lastScale = Infinity;
  let consumedAny = false;
  let end = i;
  let j = i;
  let pendingA = false;
  const at = (k: number) => tokens[k]?.t;
  // "half a dozen", "setengah lusin": the one fraction people use for a head count
  if ((at(j) === 'half' && at(j + 1) === 'a' && at(j + 2) === 'dozen') || (at(j) === 'setengah' && at(j + 1) === 'lusin')) {
    return { value: 6, end: j + (at(j) === 'half' ? 3 : 2) };
  }
  // "a couple dozen", "a couple of dozen": two dozen (a "couple" alone is no count anyone prices)
  if (at(j) === 'couple' && (at(j + 1) === 'dozen' || (at(j + 1) === 'of' && at(j + 2) === 'dozen'))) {
    return { value: 24, end: j + (at(j + 1) === 'dozen' ? 2 : 3) };
  }
  if (at(j) === 'a' || at(j) === 'an') {
    const next = at(j + 1);
    if (next === 'hundred' || next === 'thousand' || next === 'million' || next === 'dozen') {
      pendingA = true;
      j++;
    } else return undefined;
  }
  for (; j < tokens.length; j++) {
    const tok = tokens[j] as Token;
    const w = NUMBER_WORD_TYPOS[tok.t] ?? tok.t;
    if (tok.kind === 'punct') {
      // "forty-five": a hyphen between two number words is part of the number
      if (w === '-' && consumedAny && isNumberWord(at(j + 1) ?? '') && !tok.spaceBefore) continue;
      break;
    }
    if (tok.kind !== 'word') break;
    if (w === 'and' && consumedAny && (lastType === 'hundred' || lastType === 'scale') && isNumberWord(at(j + 1) ?? '')) continue;
    if (!consumedAny && !isNumberWord(w)) return undefined;
    const en = EN_WORDS[w] ?? ID_WORDS[w];
    if (en) {
      const [v, kind] = en;
      if (kind === 'unit') {
        if (lastType === 'unit' || lastType === 'teen') break;
        if (lastType === 'ten' && current % 10 !== 0) break;
      } else if (lastType === 'unit' || lastType === 'teen' || lastType === 'ten') break;
      current += v;
      last = v;
      lastType = kind;
    } else if (w === 'belas' || w === 'puluh') {
      if (lastType !== 'unit' || last === 0) break;
      current = current - last + (w === 'belas' ? 10 + last : last * 10);
      last = current % 100;
      lastType = w === 'belas' ? 'teen' : 'ten';
    } else if (w === 'hundred' || w === 'ratus') {
      const base = pendingA ? 1 : current;
      if (base === 0 || base >= 100 || lastScale <= 100) break;
      current = base * 100;
      pendingA = false;
      lastType = 'hundred';
    } else if (w === 'seratus') {
      if (lastType !== 'none' && lastType !== 'scale') break;
      current += 100;
      lastType = 'hundred';
    } else if (w === 'selusin') {
      // ("kalau selusin agen aja?": not understood) a dozen, in one word
      if (lastType !== 'none') break;
      current = 12;
      lastType = 'ten';
    } else if (w === 'dozen' || w === 'lusin') {
      // ("dua lusin agen": 2) so many dozen
      current = (pendingA || current === 0 ? 1 : current) * 12;
      pendingA = false;
      lastType = 'ten';
    } else if (w in SCALES) {
      const scale = SCALES[w] as number;
      const base = pendingA ? 1 : current;
      if (base === 0 || scale >= lastScale) break;
      total += base * scale;
      current = 0;
      pendingA = false;
      lastScale = scale;
      lastType = 'scale';
    } else if (w in SE_SCALES) {
      const scale = SE_SCALES[w] as number;
      if (current !== 0 || scale >= lastScale) break;
      total += scale;
      lastScale = scale;
      lastType = 'scale';
    } else break;
    consumedAny = true;
    end = j + 1;
  }
  if (!consumedAny || pendingA) return undefined;
  return { value: total + current, end };
}

const NEGATIVE_WORDS = new Set(['minus', 'negative', 'negatif']);
const RANGE_JOINERS = new Set(['-', 'to', 'or', 'sampai', 'hingga', 'atau', 'until', 'till', 'ke', 'sd']);

/** Every number mentioned in the tokens, ranges merged, in order. */
export function findNumbers(tokens: Token[]): NumberMention[] {
  const singles: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    let value: number | undefined;
    let end = i + 1;
    let kind: NumberMention['kind'] = 'digits';
    if (tok.kind === 'num') {
      // ("B2B clients": a budget of 2 billion; "Q1 sampai Q4": a 4-year horizon) a figure glued between letters, or to a
      // one- or two-letter word before it, is part of a name: B2B, Q4, H2H, 4G
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      const gluedBefore = !tok.spaceBefore && before?.kind === 'word' && before.t.length <= 2 && !['rp', 'x'].includes(before.t);
      const gluedBetween = gluedBefore && after?.kind === 'word' && !after.spaceBefore;
      if (gluedBetween || (gluedBefore && /^(?:q|h|b|p|c|s|t|v|w)$/.test(before!.t))) continue;
      value = parseDigitGroup(tok.t);
      if (value === undefined) continue;
      const next = tokens[i + 1];
      if (next && next.kind === 'word') {
        const attached = !next.spaceBefore;
        const mult = DIGIT_MULTIPLIERS[next.t] ?? (attached ? ATTACHED_ONLY_MULTIPLIERS[next.t] : undefined);
        if (mult !== undefined && !(mult === 100 && value >= 100)) {
          value = value * mult;
          end = i + 2;
        }
      }
    } else if (tok.kind === 'word') {
      // "ulang dari nol", "start from zero": from scratch, not a count of nothing
      if ((tok.t === 'nol' || tok.t === 'zero' || tok.t === 'scratch') && (tokens[i - 1]?.t === 'dari' || tokens[i - 1]?.t === 'from') && tokens[i + 1]?.kind !== 'num') continue;
      const read = readWords(tokens, i);
      if (!read) continue;
      value = read.value;
      end = read.end;
      kind = 'words';
    } else continue;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    const negative =
      // "-5" and "we have -5": the minus touches the digits; "team - 35" is punctuation
      (prev?.t === '-' && !tok.spaceBefore && prev.spaceBefore && prev2?.kind !== 'num' && !(prev2 && isNumberWord(prev2.t))) ||
      (prev !== undefined && NEGATIVE_WORDS.has(prev.t));
    const start = negative && prev?.t === '-' ? i - 1 : i;
    const rounded = Math.round(value * 1e6) / 1e6;
    singles.push({ value: rounded, negative, decimal: !Number.isInteger(rounded), kind, start, end, raw: '' });
    i = end - 1;
  }
  const merged: NumberMention[] = [];
  for (let k = 0; k < singles.length; k++) {
    const a = singles[k] as NumberMention;
    const b = singles[k + 1];
    if (b && !a.negative && !b.negative) {
      const joiner = tokens.slice(a.end, b.start).map((t) => t.t);
      const before = tokens[a.start - 1]?.t;
      const isRange =
        (joiner.length === 1 && RANGE_JOINERS.has(joiner[0] as string)) ||
        (joiner.length === 2 && joiner[0] === 's' && joiner[1] === '/') ||
        ((before === 'between' || before === 'antara') && joiner.length === 1 && (joiner[0] === 'and' || joiner[0] === 'dan'));
      if (isRange && b.value >= a.value) {
        merged.push({ ...b, low: a.value, start: a.start, decimal: a.decimal || b.decimal });
        k++;
        continue;
      }
    }
    merged.push(a);
  }
  return merged;
}

/** Attaches the written text to each mention. */
export function withRaw(text: string, tokens: Token[], mentions: NumberMention[]): NumberMention[] {
  return mentions.map((m) => ({ ...m, raw: text.slice(tokens[m.start]?.start ?? 0, tokens[m.end - 1]?.end ?? 0) }));
}

/**
 * The value of the first number written in `text` (digits, shorthand or words, English or
 * Indonesian; a range gives its upper bound), or undefined when there is none.
 * `lang` is accepted for symmetry with the rest of the module: both languages are always read,
 * since visitors mix them ("40 agen", "dua thousand" does not occur but "5 ribu" in English does).
 */
export function parseNumberWords(text: string, _lang?: Lang): number | undefined {
  const found = findNumbers(tokenize(normalizeText(text)));
  const first = found[0];
  if (!first) return undefined;
  return first.negative ? -first.value : first.value;
}

/**
 * Cheap typo tolerance: a fixed list of frequent misspellings and chat abbreviations, the
 * Indonesian "-nya" suffix ("agennya" -> "agen"), and one edit (Damerau: insert, delete,
 * substitute or swap two neighbours) towards a short list of long domain words. Short words
 * and ordinary words that sit one edit from a domain word ("posted", "stuff") are left alone.
 */
import { PHRASE_INDEX, SPELLING_FIXES, TYPO_STOPLIST, TYPO_TARGETS } from './lexicon';
import { isNumberWord } from './numbers';
import type { Token } from './text';
import { UNIT_OF, UNIT_MODIFIERS } from './units';

const KNOWN = new Set<string>([...TYPO_STOPLIST, ...UNIT_OF.keys(), ...UNIT_MODIFIERS]);
for (const phrases of PHRASE_INDEX.values()) for (const p of phrases) for (const w of p.words) KNOWN.add(w);

const MIN_TYPO_LENGTH = 5;

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function damerau(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push(new Array<number>(b.length + 1).fill(0));
  const d = (i: number, j: number) => (rows[i] as number[])[j] as number;
  for (let i = 0; i <= a.length; i++) (rows[i] as number[])[0] = i;
  for (let j = 0; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d(a.length, b.length);
}

export function isKnownWord(word: string): boolean {
  return KNOWN.has(word) || isNumberWord(word);
}

/** The corrected spelling of one lower-case word (the word itself when nothing applies). */
// A word's correction never changes, and the features and the entity rules both ask for it:
// remembered (bounded), so a message's words are compared with the typo targets once.
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string>();

export function correctWord(word: string): string {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const corrected = computeCorrection(word);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, corrected);
  return corrected;
}

function computeCorrection(word: string): string {
  const fixed = SPELLING_FIXES[word];
  if (fixed) return fixed;
  if (isKnownWord(word)) return word;
  if (word.endsWith('nya') && word.length > 5) {
    const stem = word.slice(0, -3);
    if (isKnownWord(stem)) return stem;
  }
  if (word.length < MIN_TYPO_LENGTH) return word;
  const hits = TYPO_TARGETS.filter((target) => target.length >= MIN_TYPO_LENGTH && damerau(word, target) <= 1);
  // "agenst" is one edit from both "agents" and "agent": the same-length reading (a swap) wins
  hits.sort((a, b) => Math.abs(a.length - word.length) - Math.abs(b.length - word.length));
  return hits[0] ?? word;
}

export function correctTokens(tokens: Token[]): Token[] {
  return tokens.map((tok) => (tok.kind === 'word' ? { ...tok, t: correctWord(tok.t) } : tok));
}

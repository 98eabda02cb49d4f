/**
 * Text → index terms, per language. natural is imported piece by piece: `require('natural')` would load its
 * database adapters and run dotenv.
 */
import AggressiveTokenizer from 'natural/lib/natural/tokenizers/aggressive_tokenizer';
import AggressiveTokenizerId from 'natural/lib/natural/tokenizers/aggressive_tokenizer_id';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import StemmerId from 'natural/lib/natural/stemmers/indonesian/stemmer_id';
import { words as englishStopWords } from 'natural/lib/natural/util/stopwords';
import { words as indonesianStopWords } from 'natural/lib/natural/util/stopwords_id';
import type { Lang } from '../i18n/index';
import { CANONICAL, EXTRA_STOP_WORDS, KEEP_WORDS, PHRASES, STEM_EXCEPTIONS, SYNONYMS } from './lexicon';

type Tokenizer = { tokenize(text: string): string[] };
type Stemmer = { stem(word: string): string };

const tokenizers: Record<Lang, Tokenizer> = {
  en: new (AggressiveTokenizer as unknown as new () => Tokenizer)(),
  id: new (AggressiveTokenizerId as unknown as new () => Tokenizer)(),
};
const stemmers: Record<Lang, Stemmer> = {
  en: PorterStemmer as unknown as Stemmer,
  id: StemmerId as unknown as Stemmer,
};

function stopSet(lang: Lang, base: readonly string[]): Set<string> {
  const set = new Set([...base, ...EXTRA_STOP_WORDS[lang]]);
  for (const keep of KEEP_WORDS[lang]) set.delete(keep);
  return set;
}
const stopWords: Record<Lang, Set<string>> = {
  en: stopSet('en', englishStopWords as string[]),
  id: stopSet('id', indonesianStopWords as string[]),
};

/** Lower-cases and folds phrases into canonical tokens; shared by both languages (people mix them). */
export function normalize(text: string): string {
  // AggressiveTokenizerId drops capitals, so lower-case first; fold typographic apostrophes and "&".
  let s = ` ${text.toLowerCase().replace(/[’‘`]/g, "'").replace(/&/g, ' and ')} `;
  for (const [pattern, token] of PHRASES) s = s.replace(pattern, token);
  return s;
}

// Sastrawi costs about 0.1 ms a question; a word's term never changes, so it is remembered (bounded).
const MEMO_LIMIT = 20_000;
const memo: Record<Lang, Map<string, string>> = { en: new Map(), id: new Map() };

/** One word → its index term: exception, synonym (raw), stem, synonym (stemmed). */
export function termOf(word: string, lang: Lang): string {
  const known = memo[lang].get(word);
  if (known !== undefined) return known;
  const term = computeTerm(word, lang);
  if (memo[lang].size >= MEMO_LIMIT) memo[lang].clear();
  memo[lang].set(word, term);
  return term;
}

function computeTerm(word: string, lang: Lang): string {
  const exception = STEM_EXCEPTIONS[lang][word];
  if (exception) return SYNONYMS.get(exception) ?? exception;
  const direct = SYNONYMS.get(word);
  if (direct) return direct;
  if (CANONICAL.has(word)) return word;
  const stem = stemmers[lang].stem(word);
  // ("harga servernya": Sastrawi leaves a loanword's "-nya" on, and "servernya" matched nothing) the word without it
  if (lang === 'id' && stem === word && word.length >= 6 && word.endsWith('nya')) return computeTerm(word.slice(0, -3), lang);
  return SYNONYMS.get(stem) ?? stem;
}

export type Token = { word: string; term: string };

/** Words with their index terms, in order, stop words removed (the word is kept for typo matching). */
export function analyzeTokens(text: string, lang: Lang): Token[] {
  const stops = stopWords[lang];
  const tokens: Token[] = [];
  for (const raw of tokenizers[lang].tokenize(normalize(text))) {
    const word = raw.replace(/^'+|'+$/g, '');
    if (!word || stops.has(word)) continue;
    // Stand-alone numbers ("40 agents", "$1,350") say nothing about the topic.
    if (/^\d+$/.test(word)) continue;
    const term = termOf(word, lang);
    if (term && !stops.has(term)) tokens.push({ word, term });
  }
  return tokens;
}

/** The index terms of a text, in order, stop words removed. */
export function analyze(text: string, lang: Lang): string[] {
  return analyzeTokens(text, lang).map((t) => t.term);
}

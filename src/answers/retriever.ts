/**
 * QnA-Maker-style retrieval: every question phrasing (plus title and tags) of an entry is a small document;
 * a question is scored against them by IDF-weighted term coverage, which doubles as a confidence in [0, 1].
 */
import type { Lang } from '../i18n/index';
import { LANGS } from '../i18n/index';
import { analyze, analyzeTokens, type Token } from './analyzer';
import { type Entry, type KnowledgeBase, loadKnowledgeBase } from './knowledge-base';
import { GENERIC_TOKENS, PRICE_TERMS } from './lexicon';
import { damerauLevenshtein } from './edit-distance';

export type AskResult =
  | { kind: 'answer'; entry: Entry; confidence: number; followUps: Entry[]; asksPrice?: boolean }
  | { kind: 'didYouMean'; options: { entry: Entry; confidence: number }[] }
  | { kind: 'unknown'; confidence: number; suggestions: Entry[] };

/**
 * The ranking of a question: every entry, best first; whether it names a topic word of ours; and the words
 * the index has never seen (nor can read as a typo of one it has): "banana", "iphone", "kuliah".
 */
export type RankResult = { ranked: Ranked[]; inDomain: boolean; unknownWords: string[]; domainTerms: string[] };

/** coverage: share of the question's weight found anywhere in the entry's vocabulary. */
export type Ranked = { entry: Entry; score: number; coverage: number };

export type Retriever = {
  ask(text: string, lang?: Lang): AskResult;
  /** Every entry's score for `text` in `lang`, best first (for diagnostics and evaluation). */
  rank(text: string, lang: Lang): RankResult;
  readonly kb: KnowledgeBase;
  readonly options: RetrieverOptions;
};

export type RetrieverOptions = {
  /** Below this the retriever says it does not know. */
  threshold: number;
  /** When the runner-up is within this of the best, both are offered ("did you mean"). */
  closeMargin: number;
  /** Weight of the best single phrasing vs. the entry's pooled vocabulary. */
  phrasingWeight: number;
  /** Within a phrasing: how much of the question is covered vs. how much of the phrasing is used. */
  queryCoverageWeight: number;
  /** Typo-corrected words count this much of their weight. */
  fuzzyWeight: number;
  /** A word the index has never seen counts this share of the rarest word's weight against the coverage. */
  unknownWeight: number;
  /** Everyday words ("cost", "why", "definition") weigh this share of their IDF: the topic word should decide. */
  genericWeight: number;
  /** Below this share of the question known to the best entry, it is not answered, however short the match. */
  minCoverage: number;
  /** An entry whose phrasings nearly all name one subject ("storage") keeps this share of its score for a question that does not name it. */
  subjectMissingWeight: number;
};

// Chosen on the knowledge base's own phrasings (leave-one-out) and a handful of made-up off-topic
// questions (eval/calibrate.ts), not on eval/questions.json; see eval/README.md for the figures.
// How far below a definition entry another entry may score and still answer a price question (see notADefinition).
const DEFINITION_MARGIN = 0.2;
const DEPLOYMENT_TAGS: ReadonlySet<string> = new Set(['cloud', 'onprem', 'hybrid', 'deployment']);
/** Tags that say what kind of entry it is, not what it is about. */
const META_TAGS: ReadonlySet<string> = new Set(['starter', 'beyond-source', 'price', 'definition', 'method', 'vendor', 'nextiva', 'comparison']);

export const DEFAULT_OPTIONS: RetrieverOptions = {
  threshold: 0.35,
  closeMargin: 0.03,
  phrasingWeight: 0.8,
  queryCoverageWeight: 0.5,
  fuzzyWeight: 0.8,
  unknownWeight: 0.75,
  genericWeight: 0.75,
  minCoverage: 0.3,
  subjectMissingWeight: 0.7,
};

/**
 * A term found in at least this share of an entry's phrasings is what the entry is about ("storage" in 15 of 15):
 * "what is the price per agent per year for cloud?" matched "Cloud storage price per agent per year" on every other
 * word and got the storage price.
 */
const SUBJECT_SHARE = 0.85;
/** Words too broad to be an entry's subject, however often its phrasings say them. */
/**
 * An entry about one deployment ("onprem" in 11 of 15 phrasings, the others in few) keeps subjectMissingWeight of its
 * score for a question that names only other deployments: "Why would anyone choose hybrid then?" got the advantages of
 * on-premises, whose phrasing "Why would anyone choose …" matched every other word.
 */
const DEPLOYMENT_TERMS = ['cloud', 'onprem', 'hybrid'] as const;
const DEPLOYMENT_SUBJECT_SHARE = 0.6;
const DEPLOYMENT_OTHER_SHARE = 0.2;
const NOT_A_SUBJECT: ReadonlySet<string> = new Set(['agent', 'contactcenter', 'callcenter', 'estimate', 'seat', 'cloud', 'hybrid', 'onprem', 'peragent', 'channel', 'total']);

type Doc = { entry: number; weights: Map<string, number>; total: number };

type LangIndex = {
  docs: Doc[];
  postings: Map<string, number[]>;
  idf: Map<string, number>;
  unknownIdf: number;
  /** Every raw word seen in phrasings and titles, by first letter, with its term (for typo correction). */
  words: Map<string, [word: string, term: string][]>;
  bags: Map<string, number>[];
  /** Term sequence of every phrasing and title → its entry (sequences shared by two entries left out). */
  exact: Map<string, number>;
  /** Per entry, the terms nearly every phrasing names (see SUBJECT_SHARE); empty for most entries. */
  subjects: Set<string>[];
  /** Per entry, the one deployment its phrasings are about (see DEPLOYMENT_SUBJECT_SHARE), if any. */
  deployments: (string | undefined)[];
};

function idfOf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function buildIndex(kb: KnowledgeBase, lang: Lang, o: RetrieverOptions): LangIndex {
  const texts: { entry: number; text: string }[] = [];
  kb.entries.forEach((e, i) => {
    for (const q of e.questions[lang]) texts.push({ entry: i, text: q });
    texts.push({ entry: i, text: e.title[lang] });
  });
  const seen = new Map<string, string>();
  const exact = new Map<string, number>();
  const ambiguous = new Set<string>();
  const termDocs = texts.map(({ entry, text }) => {
    const tokens = analyzeTokens(text, lang);
    for (const t of tokens) if (t.word.length >= 4) seen.set(t.word, t.term);
    const key = tokens.map((t) => t.term).join(' ');
    if (key) {
      const prev = exact.get(key);
      if (prev !== undefined && prev !== entry) ambiguous.add(key);
      exact.set(key, entry);
    }
    return { entry, terms: [...new Set(tokens.map((t) => t.term))] };
  });
  for (const key of ambiguous) exact.delete(key);
  const words = new Map<string, [string, string][]>();
  for (const [word, term] of seen) {
    let bucket = words.get(word[0]);
    if (!bucket) words.set(word[0], (bucket = []));
    bucket.push([word, term]);
  }
  // Tags are English keywords: they join the entry's pooled vocabulary in both languages.
  const tagTerms = kb.entries.map((e) => [...new Set(e.tags.flatMap((tag) => analyze(tag.replace(/-/g, ' '), 'en')))]);

  const n = termDocs.length;
  const df = new Map<string, number>();
  for (const d of termDocs) for (const t of d.terms) df.set(t, (df.get(t) ?? 0) + 1);
  for (const terms of tagTerms) for (const t of terms) if (!df.has(t)) df.set(t, 1);
  const idf = new Map<string, number>();
  for (const [t, count] of df) idf.set(t, idfOf(count, n) * (GENERIC_TOKENS.has(t) ? o.genericWeight : 1));

  const postings = new Map<string, number[]>();
  const docs: Doc[] = termDocs.map((d, i) => {
    const weights = new Map<string, number>();
    let total = 0;
    for (const t of d.terms) {
      const w = idf.get(t)!;
      weights.set(t, w);
      total += w;
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i);
    }
    return { entry: d.entry, weights, total };
  });
  const bags = kb.entries.map(() => new Map<string, number>());
  for (const d of docs) for (const [t, w] of d.weights) bags[d.entry].set(t, w);
  tagTerms.forEach((terms, i) => terms.forEach((t) => bags[i].set(t, idf.get(t)!)));
  const subjects = kb.entries.map((_, i) => {
    const own = termDocs.filter((d) => d.entry === i);
    const count = new Map<string, number>();
    for (const d of own) for (const t of d.terms) count.set(t, (count.get(t) ?? 0) + 1);
    return new Set([...count].filter(([t, c]) => c / own.length >= SUBJECT_SHARE && !GENERIC_TOKENS.has(t) && !PRICE_TERMS.has(t) && !NOT_A_SUBJECT.has(t)).map(([t]) => t));
  });
  const deployments = kb.entries.map((_, i) => {
    const own = termDocs.filter((d) => d.entry === i);
    const share = (t: string) => own.filter((d) => d.terms.includes(t)).length / own.length;
    const main = DEPLOYMENT_TERMS.find((t) => share(t) >= DEPLOYMENT_SUBJECT_SHARE);
    return main && DEPLOYMENT_TERMS.every((t) => t === main || share(t) < DEPLOYMENT_OTHER_SHARE) ? main : undefined;
  });
  return { docs, postings, idf, unknownIdf: idfOf(0, n), words, bags, exact, subjects, deployments };
}

type QueryTerm = { term: string; weight: number; known: boolean };

/** Maps a word the index has never seen to the closest known word, if it is plausibly a typo of it. */
function correct(word: string, index: LangIndex): string | undefined {
  if (word.length < 4) return undefined;
  const limit = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  // Typos rarely hit the first letter, and a longer word is more often a different word than a typo
  // ("iphone" is not "phone", "movie" is not "move"): only dropped, swapped or wrong letters are corrected.
  for (const [known, term] of index.words.get(word[0]) ?? []) {
    if (word.length > known.length || known.length - word.length > limit) continue;
    const d = damerauLevenshtein(word, known, limit);
    if (d < bestDistance) {
      bestDistance = d;
      best = term;
    }
  }
  return best;
}

function queryTerms(tokens: Token[], index: LangIndex, o: RetrieverOptions): QueryTerm[] {
  const seen = new Map<string, QueryTerm>();
  for (const { word, term } of tokens) {
    let q: QueryTerm;
    const idf = index.idf.get(term);
    if (idf !== undefined) q = { term, weight: idf, known: true };
    else {
      const fixed = correct(word, index);
      const fixedIdf = fixed === undefined ? undefined : index.idf.get(fixed);
      q =
        fixed !== undefined && fixedIdf !== undefined
          ? { term: fixed, weight: fixedIdf * o.fuzzyWeight, known: true }
          : { term, weight: index.unknownIdf * o.unknownWeight, known: false };
    }
    const prev = seen.get(q.term);
    if (!prev || prev.weight < q.weight) seen.set(q.term, q);
  }
  return [...seen.values()];
}

function scoreAll(
  index: LangIndex,
  query: QueryTerm[],
  entryCount: number,
  o: RetrieverOptions,
): { scores: number[]; coverage: number[] } {
  const queryTotal = query.reduce((s, q) => s + q.weight, 0);
  const scores = new Array<number>(entryCount).fill(0);
  const coverage = new Array<number>(entryCount).fill(0);
  if (queryTotal === 0) return { scores, coverage };
  const overlap = new Map<number, number>();
  for (const q of query) {
    if (!q.known) continue;
    for (const d of index.postings.get(q.term) ?? []) overlap.set(d, (overlap.get(d) ?? 0) + q.weight);
  }
  const bestPhrasing = new Array<number>(entryCount).fill(0);
  for (const [d, shared] of overlap) {
    const doc = index.docs[d];
    // Shared weight measured with the document's own IDF for its side, so a typo's discount stays on the query side.
    let docShared = 0;
    for (const q of query) if (doc.weights.has(q.term)) docShared += doc.weights.get(q.term)!;
    const s = o.queryCoverageWeight * (shared / queryTotal) + (1 - o.queryCoverageWeight) * (docShared / doc.total);
    if (s > bestPhrasing[doc.entry]) bestPhrasing[doc.entry] = s;
  }
  for (let e = 0; e < entryCount; e++) {
    if (bestPhrasing[e] === 0) continue;
    let pooled = 0;
    for (const q of query) if (index.bags[e].has(q.term)) pooled += q.weight;
    coverage[e] = pooled / queryTotal;
    scores[e] = o.phrasingWeight * bestPhrasing[e] + (1 - o.phrasingWeight) * coverage[e];
  }
  return { scores, coverage };
}

export function createRetriever(kb: KnowledgeBase = loadKnowledgeBase(), options: Partial<RetrieverOptions> = {}): Retriever {
  const o: RetrieverOptions = { ...DEFAULT_OPTIONS, ...options };
  const indexes = { en: buildIndex(kb, 'en', o), id: buildIndex(kb, 'id', o) } as Record<Lang, LangIndex>;
  const byId = new Map(kb.entries.map((e) => [e.id, e]));

  const starters = kb.entries.filter((e) => e.tags.includes('starter'));

  // The understanding step ranks a message (its knowledge signal) and the decision step then asks
  // the same message: the last analysis and ranking per language are kept, so a turn does each once.
  const last: Partial<Record<Lang, { text: string; tokens: Token[]; result: RankResult }>> = {};
  function analysed(text: string, lang: Lang): { tokens: Token[]; result: RankResult } {
    const hit = last[lang];
    if (hit && hit.text === text) return hit;
    const tokens = analyzeTokens(text, lang);
    const entry = { text, tokens, result: rankTokens(tokens, lang) };
    last[lang] = entry;
    return entry;
  }

  function rank(text: string, lang: Lang): RankResult {
    return analysed(text, lang).result;
  }

  function rankTokens(tokens: Token[], lang: Lang): RankResult {
    const index = indexes[lang];
    const query = queryTerms(tokens, index, o);
    // A question with no topic word of ours is off-topic however well its generic words ("cost") match.
    const domainTerms = [...new Set(query.filter((q) => q.known && !GENERIC_TOKENS.has(q.term)).map((q) => q.term))];
    const inDomain = domainTerms.length > 0;
    const { scores, coverage } = scoreAll(index, query, kb.entries.length, o);
    const asked = new Set(query.filter((q) => q.known).map((q) => q.term));
    index.subjects.forEach((subject, i) => {
      if (subject.size > 0 && ![...subject].some((t) => asked.has(t))) scores[i] *= o.subjectMissingWeight;
    });
    const askedDeployments = DEPLOYMENT_TERMS.filter((t) => asked.has(t));
    if (askedDeployments.length > 0) {
      index.deployments.forEach((d, i) => {
        if (d !== undefined && !askedDeployments.includes(d as (typeof DEPLOYMENT_TERMS)[number])) scores[i] *= o.subjectMissingWeight;
      });
    }
    const ranked = kb.entries
      .map((entry, i) => ({ entry, score: Math.min(1, scores[i]), coverage: coverage[i] }))
      .sort((a, b) => b.score - a.score);
    const unknownWords = [...new Set(tokens.filter((t) => !index.idf.has(t.term) && !queryTerms([t], index, o)[0]!.known).map((t) => t.word))];
    return { ranked, inDomain, unknownWords, domainTerms };
  }

  function decide(ranked: Ranked[], inDomain: boolean): AskResult {
    const [first, second] = ranked;
    // Mostly unknown words around one topic word ("jadwal pertandingan sepak bola") is not our question.
    const confident = inDomain && first.coverage >= o.minCoverage;
    const confidence = !inDomain ? 0 : confident ? first.score : Math.min(first.score, o.threshold / 2);
    if (!confident || first.score < o.threshold) {
      const near = inDomain ? ranked.filter((r) => r.score >= o.threshold / 2).slice(0, 3).map((r) => r.entry) : [];
      return { kind: 'unknown', confidence, suggestions: near.length > 0 ? near : starters.slice(0, 4) };
    }
    if (second && second.score >= o.threshold && first.score - second.score < o.closeMargin) {
      return {
        kind: 'didYouMean',
        options: [first, second].map((r) => ({ entry: r.entry, confidence: r.score })),
      };
    }
    const followUps = first.entry.followUps.map((id) => byId.get(id)).filter((e): e is Entry => e !== undefined);
    return { kind: 'answer', entry: first.entry, confidence, followUps };
  }

  /**
   * Two close entries, one of them the price of the thing (tagged "price" in knowledge/articles.json)
   * and the question asks a price ("What does AI cost?", "AI biayanya gimana?"): that is the answer.
   * Without a price word ("AI in a contact center?") the visitor still chooses.
   */
  function preferPriceEntry(result: AskResult, tokens: Token[]): AskResult {
    if (result.kind !== 'didYouMean' || !tokens.some((t) => PRICE_TERMS.has(t.term))) return result;
    const priced = result.options.filter((r) => r.entry.tags.includes('price'));
    if (priced.length !== 1) return result;
    const { entry, confidence } = priced[0]!;
    const followUps = entry.followUps.map((id) => byId.get(id)).filter((e): e is Entry => e !== undefined);
    return { kind: 'answer', entry, confidence, followUps };
  }

  /**
   * Two close entries, one of them about the deployments (tagged "cloud", "onprem", "hybrid" or "deployment"), and the
   * question names a deployment ("What hidden costs should I watch out for with cloud?"): that one answers (the
   * visitor was asked to choose between the general and the per-deployment hidden costs).
   */
  function preferDeploymentEntry(result: AskResult, ranked: Ranked[], text: string): AskResult {
    if (!/\b(?:cloud|on[- ]?prem\w*|premises|premise|hybrid|hibrida)\b/i.test(text)) return result;
    const ofDeployment = (e: Entry) => e.tags.some((tag) => DEPLOYMENT_TAGS.has(tag));
    let own: { entry: Entry; confidence: number } | undefined;
    if (result.kind === 'didYouMean') {
      const options = result.options.filter((r) => ofDeployment(r.entry));
      own = options.length === 1 ? options[0] : undefined;
    } else if (result.kind === 'answer' && !ofDeployment(result.entry)) {
      // ("Apa saja biaya tersembunyi dari on-premises …?": the general list of business costs) the same subject, per
      // deployment, close behind the general entry
      const other = ranked.find((r) => ofDeployment(r.entry) && r.entry.tags.some((tag) => result.entry.tags.includes(tag) && !DEPLOYMENT_TAGS.has(tag) && !META_TAGS.has(tag)));
      own = other && other.score >= o.threshold && ranked[0]!.score - other.score <= DEFINITION_MARGIN && other.coverage >= o.minCoverage ? { entry: other.entry, confidence: other.score } : undefined;
    }
    if (!own) return result;
    const { entry, confidence } = own;
    const followUps = entry.followUps.map((id) => byId.get(id)).filter((e): e is Entry => e !== undefined);
    return { kind: 'answer', entry, confidence, followUps };
  }

  /**
   * A price question ("what's a contact center going to cost me?", "what does an on-prem center cost?") is
   * not asking what a thing is: when a definition entry (tagged "definition") comes first on the shared words
   * and a price entry (tagged "price") scores within DEFINITION_MARGIN of it, the price entry answers.
   * ("How do I pay for a cloud contact center?" stays with the definition, which says how cloud is paid for,
   * unless a price entry is that close.)
   */
  function notADefinition(result: AskResult, ranked: Ranked[], tokens: Token[]): AskResult {
    if (result.kind !== 'answer' || !result.entry.tags.includes('definition') || !tokens.some((t) => PRICE_TERMS.has(t.term))) return result;
    const top = ranked[0]!.score;
    const other = ranked.find((r) => r.entry.tags.includes('price'));
    if (!other || other.score < o.threshold || top - other.score > DEFINITION_MARGIN || other.coverage < o.minCoverage) return result;
    const followUps = other.entry.followUps.map((id) => byId.get(id)).filter((e): e is Entry => e !== undefined);
    return { kind: 'answer', entry: other.entry, confidence: other.score, followUps };
  }

  function ask(text: string, lang?: Lang): AskResult {
    const order: Lang[] = lang ? [lang, ...LANGS.filter((l) => l !== lang)] : [...LANGS];
    let fallback: Extract<AskResult, { kind: 'unknown' }> | undefined;
    let best: { result: AskResult; score: number } | undefined;
    for (const l of order) {
      // A clicked follow-up sends the entry's title, and people retype titles and phrasings: those resolve
      // exactly (same index terms), never as a "did you mean".
      const { tokens, result: rankedResult } = analysed(text, l);
      const hit = indexes[l].exact.get(tokens.map((t) => t.term).join(' '));
      // whether the question asks what something costs: the decision step may answer a price question with
      // the typical figure before pricing the visitor's own scenario
      const asksPrice = tokens.some((t) => PRICE_TERMS.has(t.term));
      if (hit !== undefined) {
        const entry = kb.entries[hit];
        const followUps = entry.followUps.map((id) => byId.get(id)).filter((e): e is Entry => e !== undefined);
        return { kind: 'answer', entry, confidence: 1, followUps, asksPrice };
      }
      const { ranked, inDomain } = rankedResult;
      const decided = notADefinition(preferDeploymentEntry(preferPriceEntry(decide(ranked, inDomain), tokens), ranked, text), ranked, tokens);
      const result: AskResult = decided.kind === 'answer' ? { ...decided, asksPrice } : decided;
      if (result.kind !== 'unknown') {
        const score = ranked[0].score;
        // With a language given, its own index wins whenever it can answer; otherwise the better one wins.
        if (lang) return result;
        if (!best || score > best.score) best = { result, score };
      } else if (!fallback || result.confidence > fallback.confidence) {
        fallback = result;
      }
    }
    return best?.result ?? fallback!;
  }

  return { ask, rank, kb, options: o };
}

/**
 * A message as the sparse features the act classifier reads. Words are folded before they count
 * (typos, chat spellings, Indonesian informal forms, stems, the retriever's bilingual terms), and
 * things whose exact value does not change the meaning of the message become placeholders (a
 * number, an email, a channel name), so "how much does one SMS cost?" and "what does a WhatsApp
 * message cost?" look alike to the model, and "40 agents" and "60 seats" do too.
 */
import { termOf } from '../answers/analyzer';
import type { Context } from './commands';
import { PHRASE_INDEX, type Tag } from './lexicon';
import { isNumberWord } from './numbers';
import { normalizeText, tokenize, type Token } from './text';
import { correctWord } from './typos';
import { UNIT_OF } from './units';

/** Informal and formal spellings of the same Indonesian word, and English contractions, folded. */
const FOLD: Record<string, string> = {
  gak: 'tidak', ga: 'tidak', nggak: 'tidak', enggak: 'tidak', ngga: 'tidak', tak: 'tidak', gk: 'tidak', engga: 'tidak',
  kagak: 'tidak', ndak: 'tidak', udah: 'sudah', udh: 'sudah', sdh: 'sudah', dah: 'sudah', aja: 'saja', aj: 'saja',
  pake: 'pakai', gimana: 'bagaimana', gmn: 'bagaimana', kalo: 'kalau', klo: 'kalau', makasih: 'terimakasih',
  makasi: 'terimakasih', trims: 'terimakasih', tq: 'terimakasih', thx: 'thanks', ty: 'thanks', mksh: 'terimakasih',
  // thanks in Javanese, Sundanese and Arabic, as Indonesian visitors say it ("matur nuwun", "jazakallah" were not understood)
  nuwun: 'terimakasih', suwun: 'terimakasih', maturnuwun: 'terimakasih', jazakallah: 'terimakasih', jazakallahu: 'terimakasih',
  jazakumullah: 'terimakasih', syukron: 'terimakasih', syukran: 'terimakasih', nuhun: 'terimakasih',
  // (Balinese and Batak: "Suksma" was not understood)
  suksma: 'terimakasih', matursuksma: 'terimakasih', mauliate: 'terimakasih', tarimo: 'terimakasih',
  knp: 'kenapa', napa: 'kenapa', gausah: 'tidak usah', gaperlu: 'tidak perlu', pengen: 'ingin', pgn: 'ingin',
  pingin: 'ingin', mau: 'ingin', bikin: 'buat', bikinin: 'buat', tau: 'tahu', gatau: 'tidak tahu', gatahu: 'tidak tahu',
  yup: 'yes', yep: 'yes', yeah: 'yes', ya: 'iya', iyaa: 'iya', iyap: 'iya', okay: 'ok', oke: 'ok', okey: 'ok',
  okie: 'ok', k: 'ok', kk: 'ok', sip: 'ok', siap: 'ok', nope: 'no', nah: 'no', im: 'i am', whats: 'what is',
  hows: 'how is', thats: 'that is', its: 'it is', dont: 'do not', doesnt: 'does not', cant: 'can not', wont: 'will not',
  id: 'i would', ive: 'i have', wanna: 'want to', gonna: 'going to', lemme: 'let me', gimme: 'give me', u: 'you',
  ur: 'your', pls: 'please', plz: 'please', brp: 'berapa', berapaan: 'berapa', brapa: 'berapa', sm: 'sama', ama: 'sama',
  dgn: 'dengan', yg: 'yang', utk: 'untuk', tdk: 'tidak', blm: 'belum', jg: 'juga', bgt: 'banget', tp: 'tapi',
  trus: 'terus', lg: 'lagi', sy: 'saya', aku: 'saya', gue: 'saya', gw: 'saya', kak: 'kakak', min: 'admin', gan: 'agan',
};

const TAG_NAMES: Partial<Record<Tag['type'], string>> = {
  channel: 'channel', allChannels: 'channel', deployment: 'deployment', hybridWeak: 'deployment', wfm: 'addon', ai: 'addon',
  customIntegration: 'addon', tier: 'tier', tierCheap: 'tier', neg: 'neg', postNeg: 'neg', only: 'only',
};

export type Analysed = {
  tokens: Token[];
  /** Folded words in order (numbers as "#num"). */
  words: string[];
  features: string[];
};

const OFF = new Set((process.env.NLU_FEATURES_OFF ?? '').split(',').filter(Boolean));

const EMAIL = /[^\s@<>"']+@[^\s@<>"']+\.[a-z]{2,}/i;
const PHONE = /(?:\+\d[\d\s().-]{6,}\d)|(?:\(?\b0\d{1,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,5}\b)|(?:\b\d{3}[\s-]\d{3}[\s-]\d{4}\b)/;

function fold(word: string): string[] {
  const corrected = correctWord(word);
  const folded = FOLD[corrected] ?? corrected;
  return folded.split(' ');
}

/** Multi-word lexicon phrases starting at `i` ("social media", "on prem"), as one tag. */
function phraseAt(tokens: Token[], i: number): { tag: Tag; end: number } | undefined {
  const candidates = PHRASE_INDEX.get(tokens[i]!.t);
  if (!candidates) return undefined;
  for (const phrase of candidates) {
    let j = i;
    let ok = true;
    for (const w of phrase.words) {
      while (j > i && tokens[j]?.t === '-') j++;
      if (tokens[j]?.t !== w) {
        ok = false;
        break;
      }
      j++;
    }
    if (ok) return { tag: phrase.tag, end: j };
  }
  return undefined;
}

/**
 * Features of one message in one context. The context is a feature of its own and is crossed with
 * the first word and, for short messages, with every word: "ok" after a sales offer and "ok" after
 * an estimate mean different things, and the model can only learn that if it sees them apart.
 */
export function messageFeatures(text: string, context: Context, lang: 'en' | 'id'): Analysed {
  const normalized = normalizeText(text);
  const tokens = tokenize(normalized);
  const words: string[] = [];
  const features = new Set<string>();
  const tags = new Set<string>();

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind === 'num') {
      words.push('#num');
      continue;
    }
    if (tok.kind === 'punct') {
      if (tok.t === '?') features.add('p:?');
      if (tok.t === '%') features.add('p:%');
      if (tok.t === '$') features.add('p:$');
      continue;
    }
    const phrase = phraseAt(tokens, i);
    if (phrase) {
      const name = TAG_NAMES[phrase.tag.type];
      if (name) tags.add(name);
      if (phrase.tag.type === 'channel' || phrase.tag.type === 'deployment') {
        features.add(`tag:${phrase.tag.type}:${'value' in phrase.tag ? phrase.tag.value : ''}`);
      }
    }
    const unit = UNIT_OF.get(tok.t);
    if (unit) tags.add(`unit:${unit}`);
    if (isNumberWord(tok.t)) features.add('w:#numword');
    for (const w of fold(tok.t)) words.push(w);
  }

  features.add(`ctx:${context}`);
  for (const t of tags) features.add(`tag:${t}`);
  if (EMAIL.test(text)) features.add('ent:email');
  if (PHONE.test(text)) features.add('ent:phone');
  if (/\?\s*$/.test(text)) features.add('p:?end');
  const n = words.length;
  features.add(n <= 1 ? 'len:1' : n <= 3 ? 'len:2-3' : n <= 7 ? 'len:4-7' : 'len:8+');
  if (/[A-Z][a-z]+ [A-Z][a-z]+/.test(text)) features.add('shape:Title Case');

  const short = n <= 4;
  words.forEach((w, i) => {
    features.add(`w:${w}`);
    if (w !== '#num' && w.length > 2) {
      const term = termOf(w, lang);
      if (term !== w && !OFF.has('t')) features.add(`t:${term}`);
    }
    if (i > 0 && !OFF.has('b')) features.add(`b:${words[i - 1]}_${w}`);
    // character 4-grams carry Indonesian affixes and chat spellings the word list never saw ("ditelpon", "itungin")
    if (!OFF.has('c') && w.length >= 4 && w !== '#num') {
      const padded = `<${w}>`;
      for (let k = 0; k + 4 <= padded.length; k++) features.add(`c:${padded.slice(k, k + 4)}`);
    }
    if (short && !OFF.has('cw')) features.add(`cw:${context}:${w}`);
  });
  if (words[0]) {
    features.add(`first:${words[0]}`);
    if (!OFF.has('cf')) features.add(`cf:${context}:${words[0]}`);
  }
  if (words[1] && !OFF.has('first2')) features.add(`first2:${words[0]}_${words[1]}`);
  if (words[n - 1] && !OFF.has('last')) features.add(`last:${words[n - 1]}`);
  if (short && !OFF.has('cwhole')) features.add(`cwhole:${context}:${words.join('_')}`);
  return { tokens, words, features: [...features] };
}

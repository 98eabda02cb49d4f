/**
 * One message in, every answer it holds out: agent count, channel edits, deployment, volumes,
 * add-ons, tier, voice billing, horizon, and the visitor's intents. Pure and synchronous, no
 * Bot Framework: the dialogs decide what to do with it.
 */
import { z } from 'zod';
import { LANGS } from '../i18n/index';
import { detectIntents, flatten, EDIT_CUE } from './intents';
import { detectLanguage } from './language';
import { PHRASE_INDEX, POST_NEGATING_NEG, type Tag } from './lexicon';
import { findNumbers, withRaw, type NumberMention } from './numbers';
import { classifyQuantities } from './quantities';
import { CLAUSE_BREAKS, normalizeText, tokenize, type Token } from './text';
import { correctTokens } from './typos';
import {
  MAX_AGENTS, SLOTS, type AgentsRejectReason, type Channel, type Deployment, type Extraction, type Intent,
} from './types';

export const ExtractOptionsSchema = z
  // `lang`: the conversation's language, a hint for detection; `known`: the message's language when
  // the caller has detected it already (the interpreter has), so it is not detected twice
  .object({ expecting: z.enum(SLOTS).optional(), lang: z.enum(LANGS).optional(), known: z.enum(LANGS).optional() })
  .strict();
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;

export class NluInputError extends Error {
  override name = 'NluInputError';
}

type Item = { tag: Tag | { type: 'word' }; start: number; end: number; text: string };

/** Where a reason starts: "hybrid because …", "cloud aja soalnya …". */
/** A head count said first after a correction cue: "actually 6, one more person joining", "ralat, 12 orang karena ada 2 yang baru". */
export const NEW_TOTAL_FIRST = /^\s*(?:actually|(?:no|sorry|oops|wait),? (?:actually|make it|it'?s)|make (?:it|that)|i mean|it'?s|ralat|eh|jadi(?:nya)?|(?:(?:no|ok(?:ay)?|sorry|actually|wait|hmm+),?\s+)?(?:let'?s\s+)?(?:go with|stick with|settle on|go for))\s*,?\s*(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\b(?!\s*(?:more|less|fewer|extra|additional|lagi|tambahan|%|percent|persen|x\b|times|kali))/i;
const REASON_WORD = /^(?:because|cause|cuz|coz|cos|since|as|karena|krn|soalnya|soale|sebab|biar|supaya|agar)$/;

/** The hybrid words that name a split rather than a mix (lexicon.ts, hybridWeak). */
const SPLIT_WORDS: ReadonlySet<string> = new Set(['half', 'partly', 'partially', 'part', 'sebagian', 'separuh']);

const TARGETS = new Set([
  'channel', 'allChannels', 'deployment', 'hybridWeak', 'wfm', 'ai', 'customIntegration', 'integrationWeak', 'tier',
  'tierCheap', 'billing',
]);

function matchPhrase(tokens: Token[], i: number): { tag: Tag; end: number; text: string } | undefined {
  const first = tokens[i] as Token;
  const candidates = PHRASE_INDEX.get(first.t);
  if (!candidates) return undefined;
  for (const phrase of candidates) {
    let j = i;
    let ok = true;
    for (const w of phrase.words) {
      // hyphens inside a phrase are ignored: "on-prem", "e-mail", "self-hosted"
      while (j > i && tokens[j]?.t === '-') j++;
      if (tokens[j]?.t !== w) {
        ok = false;
        break;
      }
      j++;
    }
    if (ok) return { tag: phrase.tag, end: j, text: phrase.words.join(' ') };
  }
  return undefined;
}

function toItems(tokens: Token[], consumed: boolean[]): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i] as Token;
    if (tok.kind === 'punct' && CLAUSE_BREAKS.has(tok.t)) {
      items.push({ tag: { type: 'break' }, start: i, end: i + 1, text: tok.t });
      i++;
      continue;
    }
    if (tok.t === '-') {
      i++;
      continue;
    }
    const match = matchPhrase(tokens, i);
    if (match && (!consumed[i] || match.tag.type === 'allChannels')) {
      items.push({ tag: match.tag, start: i, end: match.end, text: match.text });
      i = match.end;
      continue;
    }
    items.push({ tag: { type: 'word' }, start: i, end: i + 1, text: tok.t });
    i++;
  }
  return items;
}

const isTarget = (item: Item | undefined) => item !== undefined && TARGETS.has(item.tag.type);
const type = (item: Item | undefined) => item?.tag.type;

const POS_NEGATED_BY = new Set(['add', 'include', 'including', 'tambah', 'tambahkan', 'tambahin', 'sertakan', 'keep']);
const NEG_OF_ADDING = new Set(['dont', 'do not', 'no need to', 'not', 'never', 'jangan', 'tidak usah', 'gak usah', 'ga usah', 'nggak usah', 'tidak perlu', 'gak perlu', 'ga perlu', 'nggak perlu', 'gausah', 'gaperlu']);

const NOT_JUST = new Set(['not', 'bukan', 'tidak', 'tak', 'gak', 'nggak', 'ga']);
const ADDING = new Set(['add', 'plus', 'also', 'too', 'as well', 'tambah', 'tambahkan', 'tambahin', 'juga', 'sertakan', 'and also']);

const HOTLINE = /\b(?:hotlines?|hot line)\b/i;
const VOICE_LINE = /\b(?:call ?cent(?:er|re)s?|hotlines?|hot line|phone lines?|telephone lines?|saluran telepon)\b/i;
const ALSO_WORDS = new Set(['juga', 'jg', 'also', 'too', 'as well']);

const OWN_CLAUSE_VERBS = new Set(['go', 'switch', 'move', 'make', 'change', 'put', 'pindah', 'ganti', 'jadi', 'jadiin', 'jadikan', 'pakai', 'pake']);

/** Is the target at items[k] negated ("no SMS", "without WFM", "SMS tidak perlu", "from on-prem to cloud")? */
function isNegated(items: Item[], k: number): boolean {
  let onlyBetween = false;
  let ownVerb = false;
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    const it = items[j] as Item;
    const t = it.tag.type;
    if (t === 'only') onlyBetween = true;
    // "drop SMS and go hybrid": a verb of its own before the target starts a new clause, so a removal said of an
    // earlier target does not reach it (hybrid was dropped with SMS); "don't go hybrid" is still negated
    if (OWN_CLAUSE_VERBS.has(it.text)) ownVerb = true;
    else if (ownVerb && isTarget(it)) return false;
    if (t === 'glue' || t === 'only' || isTarget(it) || t === 'allWeak') continue;
    if (t === 'neg') {
      // "mms too, not just sms", "bukan cuma telepon": the channel stays, and more come with it
      if (onlyBetween && NOT_JUST.has(it.text)) return false;
      // "selain telpon, tambahin live chat juga": besides the phone, not instead of it
      if (it.text === 'selain' && items.slice(k + 1).some((x) => x.tag.type === 'pos' && ADDING.has(x.text))) return false;
      return true;
    }
    if (t === 'but') {
      let p = j - 1;
      while (p >= 0 && type(items[p]) === 'glue') p--;
      if (type(items[p]) === 'allChannels' || type(items[p]) === 'allWeak') return true;
      // ("80 agen tapi emailnya dihapus": email was set, not removed) after a clause break, what follows the target
      // still says whether it is removed
      break;
    }
    // "don't include email", "jangan tambah SMS": an adding word said under a negation
    if (t === 'pos' && POS_NEGATED_BY.has(it.text)) {
      let p = j - 1;
      while (p >= 0 && type(items[p]) === 'glue') p--;
      return type(items[p]) === 'neg' && NEG_OF_ADDING.has(items[p]!.text);
    }
    if (t === 'from') return fromNegates(items, k);
    // "from Avaya on-prem to the cloud": one unknown word (a vendor's name) may sit after "from"
    // ("currently evaluating cloud vs hybrid": a verb there says what they are doing, not what they run)
    if (t === 'word' && type(items[j - 1]) === 'from' && !/ing$/.test(it.text)) return fromNegates(items, k);
    break;
  }
  for (let j = k + 1; j < items.length; j++) {
    const it = items[j] as Item;
    const t = it.tag.type;
    // ("email juga hapus aja": "also" between the channel and its verb)
    if (t === 'glue' || isTarget(it) || (t === 'pos' && ALSO_WORDS.has(it.text))) continue;
    // ("take WFM back out": it added WFM again)
    if (it.text === 'back' && items[j + 1]?.text === 'out') continue;
    // ("sms nya kita hapus", "sms udh ga perlu": who removes it, or "already", between the channel and its verb)
    if (t === 'word' && (PRONOUNS.has(it.text) || BEFORE_POST_NEG.has(it.text)) && postNegAfter(items, j + 1)) continue;
    if (t === 'postNeg') return true;
    // "take SMS out", "leave the social channel out": a removal verb around the target
    if (it.text === 'out' && items.slice(Math.max(0, k - 4), k).some((x) => /^(take|taking|took|leave|leaving|keep|keeping)$/.test(x.text))) return true;
    if (t === 'neg' && POST_NEGATING_NEG.has(it.text)) {
      // "SMS tidak perlu" negates SMS; "telepon tidak perlu SMS" negates what follows instead
      let n = j + 1;
      while (n < items.length && type(items[n]) === 'glue') n++;
      return !isTarget(items[n]);
    }
    break;
  }
  // "media sosialnya hapus saja, MMS juga", "drop social, and mms too": the target said with "also" after a removal
  // takes that removal (MMS stayed)
  const next = items[k + 1];
  if (next && next.tag.type === 'pos' && ALSO_WORDS.has(next.text) && (k + 2 >= items.length || type(items[k + 2]) === 'break' || type(items[k + 2]) === 'glue')) {
    for (let j = k - 1; j >= 0; j--) {
      if (isTarget(items[j]) && items[j]!.tag.type === items[k]!.tag.type) return !items.slice(j + 1, k).some((x) => type(x) === 'pos' || (type(x) === 'break' && x.text !== ',')) && isNegated(items, j);
    }
  }
  return false;
}

const PRONOUNS = new Set(['kita', 'kami', 'aku', 'saya', 'gue', 'gw', 'sy', 'we', 'i']);
/** Words that may sit between a target and its "not needed": "sms udah ga perlu", "SMS sebenarnya tidak dipakai". */
const BEFORE_POST_NEG = new Set(['sudah', 'udah', 'udh', 'sdh', 'dah', 'emang', 'memang', 'sebenarnya', 'sebenernya', 'kayaknya', 'sepertinya', 'sih', 'kok', 'jadi', 'skrg', 'sekarang']);

/** A "not needed" follows at `j`, past any more pronouns or such words. */
function postNegAfter(items: Item[], j: number): boolean {
  while (j < items.length && items[j]!.tag.type === 'word' && (PRONOUNS.has(items[j]!.text) || BEFORE_POST_NEG.has(items[j]!.text))) j++;
  const it = items[j];
  return !!it && (it.tag.type === 'postNeg' || (it.tag.type === 'neg' && POST_NEGATING_NEG.has(it.text)));
}

/** Words that keep a choice open: "both on the table", "either works", "open to both", "keduanya masih opsi". */
const OPEN_CHOICE = /\b(?:on the table|(?:both|either)(?: \w+)? (?:are |is |would be )?(?:options?|possible|fine|ok(?:ay)?|work(?:s)?|viable)|open to (?:both|either)|(?:haven'?t|have not|not yet|yet to) (?:decided|chosen|picked)|undecided|torn between|deciding between|considering (?:both|either)|not sure (?:which|between)|keduanya (?:masih |sama[- ]sama )?(?:opsi|pilihan|mungkin|bisa|boleh|oke)|masih (?:bingung|mikir|menimbang|mempertimbangkan)|belum (?:mutusin|memutuskan|diputuskan|tau pilih|tahu pilih)|antara \w+(?:[- ]\w+)? (?:dan|atau|sama) \w+)\b/i;

/** No servers of one's own wanted: "I don't want servers in the back room", "tanpa server sendiri", "gak mau beli server". */
const NO_SERVERS_WANTED = /\b(?:(?:don'?t|do not|doesn'?t|does not|won'?t|never|not)\s+(?:want|need|like|wanna|plan to (?:buy|run|have)|have (?:room|space) for|want to (?:buy|run|manage|maintain|host|have))\s+(?:any\s+|our own\s+|my own\s+|a\s+|to (?:buy|run|manage|host)\s+)?(?:servers?|server room|hardware|boxes)|no (?:servers?|hardware|server room)(?: (?:on[- ]?site|in[- ]house|here|at all|of our own|please))|without (?:any |our own |buying )?(?:servers?|hardware)|(?:gak|ga|nggak|enggak|tidak|tdk|ogah|males)\s+(?:mau|mo|pengen|ingin|perlu|butuh)\s+(?:pakai |pake |punya |beli |ngurus |urus |ada )?(?:server|hardware|perangkat keras)|tanpa (?:server|hardware|perangkat keras))\b/i;

/** The word before a deployment chosen: "pake cloud", "use hybrid", "ganti ke cloud"; after it: "cloud aja", "cloud only". */
const CHOOSE_BEFORE = /^(?:pake|pakai|pakek|use|using|choose|pilih|ambil|want|mau|prefer)$/i;
const CHOOSE_AFTER = /^(?:aja|saja|ajah|only|please|pls|dong|deh|sajalah|ajalah)$/i;
/** Nouns "premium" describes rather than naming a tier: "premium members", "premium pelanggan". */
const PREMIUM_DESCRIBES_NEXT = /^(?:members?|membership|customers?|clients?|users?|subscribers?|subscriptions?|accounts?|brands?|products?|goods|services?|segment|market|guests?|buyers?|shoppers?|tickets?|pelanggan|member|nasabah|produk|layanan|tamu|segmen|pasar|kelas|klien|pembeli)$/i;
const PREMIUM_DESCRIBES_PREV = /^(?:laundry|salon|hotel|brand|coffee|kopi|butik|boutique|resort|spa|klinik|clinic|restoran|restaurant|produk|product|segment|segmen|kelas|class|member|members|layanan|service|apartemen|apartment|villa|mobil|cars?)$/i;

/** Words after which "lokal" places the system (on-premises): "server lokal", "di lokal", "pakai lokal", "yang lokal". */
const LOCAL_PLACED = /^(?:server|servernya|di|ke|pakai|pake|memakai|pilih|yang|yg|sistem|sistemnya|hosting|hosted|data|datanya|simpan|disimpan|jalan|dijalankan|install|instal|diinstal|infrastruktur|aja|saja|versi|opsi|atau|dan|vs|model|deployment|penerapan|lebih|mending|sebagian|setengah|separuh|full|semua|semuanya|on|tetap|tetep|mau|ingin|pengen|secara)$/i;
/** A business "lokal" describes: "ojol lokal", "vendor lokal", "bank lokal" (local, not on-premises). */
const LOCAL_BUSINESS = /^(?:ojol|ojek|vendor|vendornya|perusahaan|bisnis|usaha|startup|brand|merek|bank|toko|umkm|produk|pasar|mitra|provider|operator|kopi|uang|bahasa|waktu|jam|pemda|pemerintah|media|berita|komunitas|warga|pelanggan|nasabah|wisata|koperasi|kurir|ekspedisi|maskapai|restoran|hotel|industri|pabrik|pengusaha|penyedia|developer|pengembang|konsultan|agensi|klinik|sekolah|kampus|swasta|telco|isp|reseller|distributor|partner|integrator|sdm|talenta|tenaga|karyawan|staf|rekrutan|solusi|cloud)$/i;
/** "from on-prem to cloud": the deployment after "from" is the one being left, if another one follows. */
function fromNegates(items: Item[], k: number): boolean {
  return type(items[k]) === 'deployment' && items.slice(k + 1).some((later) => later.tag.type === 'deployment');
}

/** Neighbouring non-glue item in direction `dir`. */
function neighbour(items: Item[], k: number, dir: 1 | -1): Item | undefined {
  for (let j = k + dir; j >= 0 && j < items.length; j += dir) {
    const t = type(items[j]);
    if (t === 'glue' || t === 'only') continue;
    return items[j];
  }
  return undefined;
}

function rejectReason(m: NumberMention): AgentsRejectReason | undefined {
  if (m.negative && m.value !== 0) return 'negative';
  if (m.decimal) return 'decimal';
  if (m.value === 0) return 'zero';
  if (m.value > MAX_AGENTS) return 'tooLarge';
  return undefined;
}

/** Words that say a center is spread over places. */
const SITES = /\b(?:sites?|locations?|offices?|branch(?:es)?|cities|lokasi|cabang|kantor|gedung|kota|site)\b/i;
/** Words between two head counts that make the second a correction of the first. */
const CORRECTION_BETWEEN = /\b(?:no|not|nope|wait|actually|make it|instead|sorry|rather|or|bukan|eh|ralat|maksud\w*|jadi|jd|ganti|atau|salah)\b/i;

const PRONOUN_ONE_AFTER = /^(?:that|this|which|the|each|every|any|either|neither|no|other|another|last|first|next|same|right|wrong|cheaper|cheapest|new|old|good|better|best|big|bigger|small|smaller)$/;

/**
 * ("8 loan officers + 2 assistants = 10 people": 12 agents) the parts of a sum written out with its result are that
 * result, said once: the parts are dropped.
 */
function withoutSummands<M extends { start: number; end: number; value: number }>(tokens: Token[], mentions: M[]): M[] {
  const dropped = new Set<M>();
  for (const sum of mentions) {
    if (tokens[sum.start - 1]?.t !== '=') continue;
    const parts = mentions.filter((m) => m.end < sum.start && m.start > sum.start - 16 && !dropped.has(m));
    const between = tokens.slice(parts[0]?.start ?? sum.start, sum.start).map((t) => t.t);
    if (parts.length >= 2 && between.filter((w) => w === '+').length === parts.length - 1 && !between.some((w) => ['.', '?', '!', ';'].includes(w)) && parts.reduce((t, m) => t + m.value, 0) === sum.value) {
      for (const m of parts) dropped.add(m);
    }
  }
  return dropped.size ? mentions.filter((m) => !dropped.has(m)) : mentions;
}

export function extractSlots(text: string, opts: ExtractOptions = {}): Extraction {
  const parsed = ExtractOptionsSchema.safeParse(opts ?? {});
  if (!parsed.success) {
    throw new NluInputError(
      `extractSlots options: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ')}`,
    );
  }
  const { expecting, lang: currentLang, known } = parsed.data;
  const input = typeof text === 'string' ? text : '';
  const lang = known ?? detectLanguage(input, currentLang ?? 'en');
  const normalized = normalizeText(input);
  const tokens = correctTokens(tokenize(normalized));
  // ("and we also do email, forgot that one": 60 agents became 1) "one" after a determiner is a pronoun, no count
  // ("give me the totals for the two, nothing else": 2 agents) a number after "the" with no noun of its own points back
  // at things already named, the deployments or the options just shown
  const mentions = withRaw(normalized, tokens, findNumbers(tokens)).filter((m) => !(tokens[m.start]?.t === 'one' && m.end === m.start + 1 && PRONOUN_ONE_AFTER.test(tokens[m.start - 1]?.t ?? '')) &&
    !(/^(?:the|these|those|both)$/.test(tokens[m.start - 1]?.t ?? '') && (m.end >= tokens.length || /^(?:of|options?|models?|deployments?|scenarios?|choices?|together|combined|side)$/.test(tokens[m.end]?.t ?? '') || CLAUSE_BREAKS.has(tokens[m.end]?.t ?? ''))));
  const consumed = new Array<boolean>(tokens.length).fill(false);
  const quantities = classifyQuantities(tokens, withoutSummands(tokens, mentions), expecting, consumed);
  const items = toItems(tokens, consumed);
  const out: Extraction = { lang, intents: [] };

  // agent count
  // ("dompet digital dengan 8 juta pengguna", "2 million users": 8,000,000 agents refused as too many) millions of
  // users are the customers, no head count
  // ("koperasi simpan pinjam … dengan sekitar 12.000 anggota": 12,000 agents) thousands of members are the customers too
  // ("User kami 200rb", "anggota 1.200 orang", "followers IG 80rb": the customers counted before their figure were priced
  // as agents) a customer base named just before the figure counts customers too
  const CUSTOMER_WORDS = /^(?:users?|pengguna\w*|members?|anggota\w*|subscribers?|pelanggan\w*|nasabah\w*|followers?|pengikut\w*|customers?|clients?|klien\w*|konsumen\w*|jamaah|santri|siswa|murid|mahasiswa)$/;
  // (next to the figure, with at most a possessive or a network between, and no agent word after it: "Customer support 80
  // agents" and "350 Teams users, about 150 of them would be … agents" count agents)
  const BETWEEN = /^(?:kami|kita|saya|aku|our|we|have|ig|instagram|fb|facebook|tiktok|yt|youtube|ada|sekitar|about|around|approx|kurang lebih|±|~)$/;
  const namedBefore = (m: NumberMention) => {
    if (m.value < 50 || /^(?:agents?|agen|cs|staff|staf|seats?|reps?|operators?|people)$/.test(tokens[m.end]?.t ?? '')) return false;
    for (let k = m.start - 1, seen = 0; k >= 0 && seen < 3; k--, seen++) {
      const w = tokens[k]!.t;
      if (CUSTOMER_WORDS.test(w)) return true;
      if (!BETWEEN.test(w)) return false;
    }
    return false;
  };
  const customerBase = (m: NumberMention) => (m.value >= 1_000 && /^(?:members?|anggota|subscribers?|pelanggan|nasabah)$/.test(tokens[m.end]?.t ?? '')) || m.value > 100_000 && /^(?:users?|pengguna|penggunanya|members?|anggota|subscribers?|pelanggan|nasabah)$/.test(tokens[m.end]?.t ?? '') || namedBefore(m);
  const agentMention = quantities.agentMentions.filter((m) => !customerBase(m)).at(-1);
  if (agentMention) {
    const reason = rejectReason(agentMention);
    if (reason) out.agentsRejected = { raw: agentMention.raw.trim(), reason };
    else {
      out.agents = agentMention.value;
      // ("20 agents in Jakarta and 15 in Surabaya": 35 priced without a word) groups added up are said to be
      if (quantities.agentParts && quantities.agentParts.length >= 2 && quantities.agentParts.reduce((a, b) => a + b, 0) === agentMention.value) out.agentsParts = quantities.agentParts;
      if (agentMention.low !== undefined && agentMention.low < agentMention.value && quantities.agentMentions.length === 1) out.agentsLow = agentMention.low;
    }
  }
  // "sy ada 2 lokasi: jkt 40 agen, sby 25 agen", "40 agents in New York and 25 in London": the sites add up (the last
  // count was taken, 25); a correction between two counts ("40 agents, no wait, 25") still replaces
  const sites = quantities.agentMentions;
  if (sites.length >= 2 && out.agents !== undefined && SITES.test(normalized) && sites.every((m) => !rejectReason(m) && m.low === undefined) &&
    sites.slice(1).every((m, i) => !CORRECTION_BETWEEN.test(tokens.slice(sites[i]!.end, m.start).map((t) => t.t).join(' ')))) {
    const total = sites.reduce((sum, m) => sum + m.value, 0);
    if (total <= MAX_AGENTS) {
      out.agents = total;
      out.agentsParts = sites.map((m) => m.value);
    }
  }
  // "we have 30 agents and will add 10 more agents" is 40; "add 10 agents" alone changes the current count
  if (quantities.agentsDelta !== undefined && quantities.agentsDelta !== 0 && out.agentsRejected === undefined) {
    // ("actually 6, one more person joining" became 7): a total said first, after a correction cue, is the new count
    // and the change after it is its reason
    if (out.agents !== undefined && NEW_TOTAL_FIRST.test(normalized)) {
      // the total stands
    } else if (out.agents !== undefined) {
      const total = out.agents + quantities.agentsDelta;
      if (total >= 1 && total <= MAX_AGENTS) out.agents = total;
    } else out.agentsDelta = quantities.agentsDelta;
  }

  // channels
  const channelState = new Map<Channel, 'add' | 'remove'>();
  let all = false;
  let only = false;
  const positiveChannelAt: number[] = [];
  items.forEach((item, k) => {
    const tag = item.tag;
    if (tag.type === 'channel') {
      // ("chatnya di WA sama IG doang": web chat added) chats said to happen on a social app are that app's
      const next = neighbour(items, k, 1);
      if (tag.value === 'webchat' && /^chat/.test(item.text) && next?.tag.type === 'channel' && next.tag.value === 'social' &&
        tokens.slice(item.end, next.start).some((t) => /^(?:di|via|lewat|melalui|on|over|through|pakai|pake|in)$/.test(t.t)) && next.start - item.end <= 3) return;
      const negated = isNegated(items, k);
      // ("drop the email, we handle email in Outlook anyway": the reason names the channel again, and the removal became
      // "email only") a channel taken out stays out when the message names it again without taking it back
      if (!negated && channelState.get(tag.value) === 'remove' && !/\b(?:no wait|wait no|i mean|instead|on second thought|maksudnya|gak jadi|ga jadi|nggak jadi|balikin|tambahin lagi)\b/i.test(input)) return;
      channelState.delete(tag.value);
      channelState.set(tag.value, negated ? 'remove' : 'add');
      if (!negated) positiveChannelAt.push(k);
    } else if (tag.type === 'allChannels' && !isNegated(items, k)) all = true;
  });
  items.forEach((item, k) => {
    if (item.tag.type === 'allWeak') {
      const next = neighbour(items, k, 1);
      const exceptFollows = type(next) === 'but' || (type(next) === 'neg' && ['except', 'kecuali', 'excluding', 'selain'].includes(next?.text ?? ''));
      if (exceptFollows || (expecting === 'channels' && positiveChannelAt.length === 0 && !isNegated(items, k))) all = true;
    }
    if (item.tag.type === 'only') {
      const prev = neighbour(items, k, -1);
      // "not just sms" is the opposite of "just sms"
      if (type(prev) === 'neg' && NOT_JUST.has(prev!.text)) return;
      // ("sms nya cuma 10rb pesan sebulan": "only" is of the amount after it, not of the channels; voice was dropped)
      if (tokens[item.end]?.kind === 'num' || consumed[item.end]) return;
      const next = neighbour(items, k, 1);
      const touches = (it: Item | undefined) => it !== undefined && positiveChannelAt.includes(items.indexOf(it));
      if (touches(prev) || touches(next)) only = true;
    }
  });
  // "call center dan WA", "hotline dan email": listed with other channels, a call center or a hotline is the phone
  // line; alone ("biaya call center berapa?", "we are a call center with 40 agents") it is the business, no channel
  // (a hotline with a head count is still a phone line)
  // ("kalau call center 8 agen chat aja": voice came too) one channel said to be the only one leaves the business word
  if (!channelState.has('voice') && VOICE_LINE.test(input) && !only && (positiveChannelAt.length > 0 || (HOTLINE.test(input) && mentions.length > 0))) channelState.set('voice', 'add');
  const add = [...channelState].filter(([, s]) => s === 'add').map(([c]) => c);
  const remove = [...channelState].filter(([, s]) => s === 'remove').map(([c]) => c);
  if (add.length || remove.length || all) {
    out.channels = { add, remove };
    if (all) out.channels.all = true;
    if (only && add.length) out.channels.only = true;
  }

  // deployment
  const deployments: Deployment[] = [];
  let weakHybrid = false;
  // "half", "sebagian": a split of something; alone in a short message it is an amount ("half of that", "half as
  // many"), so it means hybrid only next to a deployment or in answer to the deployment question
  let onlySplitWords = true;
  items.forEach((item, k) => {
    const tag = item.tag;
    // ("founder ojol lokal di Jember": priced on-premises) "lokal" after a business it describes is no deployment
    // ("penerbit komik digital (webtoon lokal)": on-premises) after any noun but the words that put a system somewhere
    // ("server lokal", "di lokal", "pakai lokal"), "lokal" describes it
    // ("aplikasi kencan (dating app) lokal": on-premises) the word before it, past a closing bracket (a comma ends the
    // phrase: "telepon & email, lokal" places the system)
    let back = item.start - 1;
    while (back > 0 && /^[)\]]+$/.test(tokens[back]?.t ?? '')) back--;
    const before = tokens[back]?.t ?? '';
    const describes = tag.type === 'deployment' && item.text === 'lokal' && (LOCAL_BUSINESS.test(before) || (/^[a-z]{3,}$/i.test(before) && !LOCAL_PLACED.test(before)));
    // ("we sell through our own site and retailers": priced on-premises) a site sold through is the web shop, not
    // where the system runs
    const shopSite = tag.type === 'deployment' && item.text === 'our own site' &&
      tokens.slice(Math.max(0, item.start - 4), item.start).some((t) => /^(?:sell\w*|sold|through|thru|via|orders?|buy\w*|shop\w*|store)$/i.test(t.t));
    if (tag.type === 'deployment' && !isNegated(items, k) && !describes && !shopSite) deployments.push(tag.value);
    if (tag.type === 'hybridWeak' && !isNegated(items, k)) {
      weakHybrid = true;
      if (!SPLIT_WORDS.has(item.text)) onlySplitWords = false;
    }
  });
  let distinct = [...new Set(deployments)];
  // "we need hybrid cause some stuff must stay on site": a deployment named in the reason after the choice explains
  // the choice (it was read as a comparison of hybrid and on-premises)
  const reasonAt = tokens.findIndex((t, i) => REASON_WORD.test(t.t) && (t.t !== 'as' || /^(?:we|our|it|they)$/.test(tokens[i + 1]?.t ?? '')));
  if (distinct.length > 1 && reasonAt > 0) {
    const chosen = [...new Set(items.filter((it, k) => it.tag.type === 'deployment' && it.end <= reasonAt && !isNegated(items, k)).map((it) => (it.tag as { value: Deployment }).value))];
    if (chosen.length === 1) distinct = chosen;
  }
  // ("lah kok on-premise bro? gw gak minta itu. pake cloud aja": no deployment) of two named, the one chosen in so many
  // words ("pake cloud aja", "use cloud only", "go with hybrid") is the choice
  if (distinct.length > 1 && !tokens.some((t) => /^(?:compare\w*|comparison|vs|versus|than|against|dibanding\w*|banding\w*|bandingin|daripada|atau|or)$/i.test(t.t))) {
    const chosen = [...new Set(items.filter((it, k) => it.tag.type === 'deployment' && !isNegated(items, k) &&
      (CHOOSE_BEFORE.test(tokens[it.start - 1]?.t ?? '') || (CHOOSE_AFTER.test(tokens[it.end]?.t ?? '') && !/^(?:or|atau|vs|versus)$/.test(tokens[it.start - 1]?.t ?? '')))).map((it) => (it.tag as { value: Deployment }).value))];
    if (chosen.length === 1) distinct = chosen;
  }
  const wordCount = tokens.filter((t) => t.kind === 'word').length;
  const weakCounts =
    weakHybrid &&
    (expecting === 'deployment' || distinct.length > 0 || (expecting === undefined && positiveChannelAt.length === 0 && wordCount <= 3 && !onlySplitWords));
  let deploymentCompare = false;
  // ("cloud and on prem both on the table": hybrid) both deployments still open is a choice not yet made, which the
  // comparison answers; "we run both cloud and on-prem" stays a hybrid
  const stillOpen = distinct.length > 1 && OPEN_CHOICE.test(input);
  if (stillOpen) {
    deploymentCompare = true;
  } else if (weakCounts && (distinct.length === 0 || (distinct.includes('cloud') && distinct.includes('onPremises')) || distinct.includes('hybrid'))) {
    out.deployment = 'hybrid';
  } else if (distinct.length === 1) {
    out.deployment = distinct[0];
  } else if (distinct.length > 1) {
    deploymentCompare = true;
  } else if (NO_SERVERS_WANTED.test(input)) {
    // ("I don't want servers in the back room. What would something like that cost us per month?": the deployment
    // asked) no servers of one's own wanted is the cloud
    out.deployment = 'cloud';
  }

  // add-ons, tier, billing
  const addOns: NonNullable<Extraction['addOns']> = {};
  let cheapest = false;
  items.forEach((item, k) => {
    const tag = item.tag;
    const negated = TARGETS.has(tag.type) && isNegated(items, k);
    switch (tag.type) {
      case 'wfm':
        addOns.wfm = !negated;
        break;
      case 'ai':
        addOns.ai = !negated;
        break;
      case 'customIntegration':
        addOns.customIntegrations = negated ? 0 : quantities.customIntegrations ?? 1;
        break;
      case 'integrationWeak':
        if (negated) addOns.customIntegrations = 0;
        break;
      case 'tier':
        // ("komponen biaya … beserta dasar perhitungannya": the basic tier) "dasar" of a reckoning or a rule is a basis
        if (item.text === 'dasar' && /^(?:perhitungan\w*|hitungan\w*|hitung\w*|pemikiran\w*|hukum\w*|asumsi\w*|angka\w*|harga\w*|biaya\w*|nya|pertimbangan\w*|penetapan\w*|kalkulasi\w*)$/i.test(tokens[item.end]?.t ?? '')) break;
        // ("12 agents for our premium members", "laundry premium": the premium tier priced) "premium" that describes
        // the visitor's customers or business is no licence tier
        if (item.text === 'premium' && (PREMIUM_DESCRIBES_NEXT.test(tokens[item.end]?.t ?? '') || PREMIUM_DESCRIBES_PREV.test(tokens[item.start - 1]?.t ?? ''))) break;
        if (!negated) out.tier = tag.value;
        break;
      case 'tierCheap':
        if (!negated) cheapest = true;
        break;
      case 'billing':
        out.voiceBilling = negated ? (tag.value === 'metered' ? 'included' : 'metered') : tag.value;
        break;
      default:
        break;
    }
  });
  if (quantities.customIntegrations !== undefined && addOns.customIntegrations === undefined) {
    addOns.customIntegrations = quantities.customIntegrations;
  }
  if (Object.keys(addOns).length) out.addOns = addOns;
  if (Object.keys(quantities.volumes).length) out.volumes = quantities.volumes;
  if (quantities.perAgentVolumes?.length) out.perAgentVolumes = quantities.perAgentVolumes;
  // "with AI, about 8,000 conversations a month": conversations of no channel, in a message that adds AI, are AI's
  const aiConversations = quantities.aiConversations ?? (addOns.ai === true ? quantities.unassignedInteractions : undefined);
  if (aiConversations !== undefined) out.aiConversationsPerMonth = aiConversations;
  if (quantities.years !== undefined) out.years = quantities.years;

  // intents
  const targetStarts = new Set(items.filter((it) => isTarget(it) || it.tag.type === 'allWeak').map((it) => it.start));
  const intents = new Set<Intent>(
    detectIntents(tokens, {
      isTargetAt: (i) => targetStarts.has(i),
      endsWithQuestionMark: /\?\s*$/.test(input),
    }),
  );
  if (deploymentCompare) intents.add('compare');
  if (deploymentCompare) out.deploymentsNamed = true;
  if (intents.has('compare') && (deploymentCompare || positiveChannelAt.length === 0)) out.compareAll = true;
  if (cheapest && !intents.has('compare') && distinct.length === 0 && out.tier === undefined) out.tier = 'essential';
  const filledSlot =
    out.agents !== undefined || out.agentsDelta !== undefined || out.channels !== undefined || out.deployment !== undefined || out.volumes !== undefined ||
    out.addOns !== undefined || out.tier !== undefined || out.years !== undefined || out.voiceBilling !== undefined;
  if (filledSlot && EDIT_CUE.test(flatten(tokens))) intents.delete('question');
  out.intents = [...intents];

  if (
    expecting === 'agents' && mentions.length === 0 && !/\d/.test(input) && !filledSlot && out.intents.length === 0 && !out.compareAll &&
    input.trim() !== ''
  ) {
    out.agentsRejected = { raw: input.trim().slice(0, 80), reason: 'notANumber' };
  }
  return out;
}

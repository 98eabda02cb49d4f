/**
 * Decides what each number in a message counts: agents, a monthly volume, the handle time,
 * years, integrations, or something to leave alone (money, percentages, calendar years,
 * identifiers). The unit after a number decides first, then the words before it, and a bare
 * number is an agent count only when the bot asked for one or an edit phrase points at it.
 */
import type { NumberMention } from './numbers';
import type { Token } from './text';
import { MAX_AGENTS, type Slot, type Volumes } from './types';
import {
  AGENT_WORDS, AI_MODIFIERS, MMS_MODIFIERS, NON_VOLUME_MODIFIERS, PERIODS, SOCIAL_MODIFIERS, UNIT_MODIFIERS, UNIT_OF, type UnitKind,
} from './units';

export type Quantities = {
  /** Mentions read as agent counts, in order (the last one is the visitor's latest word). */
  agentMentions: NumberMention[];
  /** "add 10 agents" (+10), "5 fewer agents" (-5): a change to the current count. */
  agentsDelta?: number;
  /** The groups a last agent mention was added up from ("20 agents in Jakarta and 15 in Surabaya": 20, 15), said back. */
  agentParts?: number[];
  /** Mentions no unit or context claimed. */
  bare: NumberMention[];
  volumes: Partial<Volumes>;
  /** Conversations a month for the AI add-on: "8,000 AI conversations", "chatbot 5rb percakapan". */
  aiConversations?: number;
  /** A monthly count of conversations or interactions that names no channel: the AI add-on's, if the message adds AI. */
  unassignedInteractions?: number;
  /** Volumes said per agent: "1,000 SMS per agent", "each agent sends 500 texts", "tiap agen 500 sms". */
  perAgentVolumes?: (keyof Volumes)[];
  years?: number;
  customIntegrations?: number;
};

const CURRENCY_BEFORE = new Set(['$', '€', '£', '¥', 'rp', 'idr', 'usd', 'us', 'eur', 'sgd', 'aud', 'gbp', 'myr']);
/** Words that name a support tier by number: the number after them is a label, never a count. */
const TIER_LABELS = new Set(['tier', 'level', 'lvl', 'grade']);
/** "tier-1", "level 2", "L1": the number at `start` names a tier. */
function tierNamed(tokens: Token[], start: number): boolean {
  const prev = tokens[start - 1];
  if (prev && TIER_LABELS.has(prev.t)) return true;
  return prev?.t === '-' && !prev.spaceBefore && TIER_LABELS.has(tokens[start - 2]?.t ?? '');
}
const IDENTIFIER_BEFORE = new Set([
  'iso', 'version', 'v', 'ver', 'model', 'room', 'ext', 'extension', 'nomor', 'number', '#', 'kode', 'code', 'step',
  'option', 'opsi', 'pilihan', 'page', 'halaman', 'q', 'layer', 'pci', 'soc', 'level', 'tier', 'langkah', 'no', 'nomer',
  'windows', 'office', 'gen', 'generation', 'ipv', 'http', 'web', 'industry', 'industri', 'dynamics', 'm', 'covid',
  'top', 'tahap', 'phase', 'fase', 'grade', 'class', 'kelas', 'bab', 'chapter', 'section', 'pasal',
  // "kurs 16000 aja", "at a rate of 16,500": an exchange rate is no head count
  'kurs', 'rate', 'exchange', 'kursnya',
  // ("buka jam 08.00-20.00" at the head-count question: 8 to 20 agents) a time of day is no head count
  'jam', 'pukul', 'pkl', 'open', 'buka', 'opens', 'closes', 'tutup',
]);
const YEAR_CONTEXT = new Set([
  'since', 'sejak', 'in', 'tahun', 'year', 'until', 'till', 'by', 'from', 'dari', 'pada', 'di', 'of', 'thn', 'est',
  'established', 'founded', 'berdiri', 'before', 'after', 'sebelum', 'setelah', 'hingga', 'sampai', 'early', 'late',
  'end', 'akhir', 'awal', 'for', 'untuk',
]);
// ("agen antara 20 sampai 30": the agent word before a range)
const APPROX = new Set(['antara', 'between',
  // ("agen kami rencana 10": the head count asked again and again) a plan said between the agent word and its figure
  'rencana', 'rencananya', 'direncanakan', 'target', 'targetnya', 'awalnya', 'planned', 'planning', 'plan', 'target', 
  'about', 'around', 'approximately', 'approx', 'roughly', 'some', 'like', 'maybe', 'perhaps', 'probably', 'um', 'uh',
  'umm', 'uhm', 'er', 'erm', 'so', 'well', 'nearly', 'almost', 'over', 'under', 'up', 'at', 'least', 'most', 'max',
  'maximum', 'min', 'minimum', 'exactly', 'just', 'only', 'currently', 'now', 'today', 'total', 'sekitar', 'kira',
  '-', 'kurang', 'lebih', 'hampir', 'sekitaran', 'kurleb', 'mungkin', 'cuma', 'hanya', 'sebanyak', 'ada', 'kami', 'nya',
  'kita', 'punya', 'memiliki', 'have', 'has', 'got', 'we', 'i', 'is', 'are', 'be', 'of', 'the', 'a', 'an', 'ish',
  'more', 'than', 'less', 'fewer', 'than', 'roughly', 'give', 'or', 'take', 'circa', 'ca', '~', ':', '=', 'number',
  'count', 'jumlah', 'jumlahnya', 'adalah', 'yaitu', 'ialah', 'sebesar', 'kisaran', 'rata', 'average', 'sih', 'tuh',
  'kayaknya', 'sepertinya', 'mostly', 'will', 'would', 'need', 'needs', 'butuh', 'perlu', 'employ', 'of', 'currently',
  'saat', 'ini', 'sekarang', 'new', 'another', 'additional', 'extra', 'tambahan', 'our', 'my', 'baru', 'right',
  'saya', 'aku', 'ku',
  // "actually it's 75 not 60", "sorry, that's 45"
  'its', 'thats', 'it',
  // "agennya ternyata 35, bukan 30", "agents are really 35" (the count after "ternyata" was not read)
  'ternyata', 'sebenarnya', 'sebenernya', 'sebetulnya', 'totalnya', 'really', 'actually',
]);
/** Words before a bare number that make it the agent count: "make it 60", "for 60", "ganti jadi 60". */
const AGENT_ANCHORS = new Set([
  'for', 'untuk', 'buat', 'jadi', 'jd', 'menjadi', 'jadikan', 'jadiin', 'bikin', 'to', 'it', 'that', 'say', 'make', 'change', 'ganti', 'ubah', 'set',
  'team', 'tim', 'headcount', 'staffing', 'size', 'ukuran', 'actually', 'sorry', 'maksudnya', 'maksud', 'eh', 'with', 'dengan',
  // ("kalau agennya dinaikin ke 100 gimana?": the estimate again, the 100 lost) "ke" is "to" before the new count
  'ke', 'dinaikin', 'naikin', 'dinaikkan', 'diturunin', 'turunin', 'diturunkan',
  // a correction of the last answer: "I meant 45", "oops, 45", "salah, 45", "koreksi 45"
  'meant', 'mean', 'maksudku', 'oops', 'oups', 'correction', 'typo', 'salah', 'koreksi', 'ralat', 'sori', 'sorry',
  // "lets do 35", "try 35", "coba 35": the head count to price next
  'do', 'try', 'coba',
]);
const CORRECTIONS = new Set(['sorry', 'sori', 'oops', 'oups', 'correction', 'typo', 'salah', 'koreksi', 'ralat', 'maaf', 'actually']);
/** "not 40 but 45", "bukan 40 tapi 45": after a number that was ruled out, "but" points at the real one. */
const BUT_AFTER_NEGATED = new Set(['but', 'tapi', 'tetapi', 'melainkan', 'namun']);
/** Places a team is split over: "3 sites with 20 agents each" is 60 agents. */
const SITE_WORDS = new Set([
  'sites', 'site', 'locations', 'location', 'offices', 'office', 'branches', 'branch', 'cabang', 'lokasi', 'kantor',
  'teams', 'centers', 'centres', 'countries', 'negara', 'floors', 'buildings', 'gedung', 'kota', 'cities', 'regions',
  'wilayah', 'tim', 'hubs', 'stores', 'toko', 'outlets', 'outlet', 'gerai',
]);
/** The label right before a phone number. */
const PHONE_LABEL_WORDS = new Set(['hp', 'wa', 'whatsapp', 'telp', 'tlp', 'telpon', 'phone', 'mobile', 'cell', 'handphone', 'nomor', 'nomer', 'nmr', 'ph', 'tel']);
/** Words that make a count per site: "each", "per site", "masing-masing", "tiap", "@". */
const EACH_WORDS = new Set(['each', 'every', 'per', 'apiece', 'masing', 'masing2', 'msg2', 'tiap', 'tiap2', 'setiap', 'per-site', '@', 'rata']);
/** "add 10 agents", "tambah 10 agen": a change of the count, not the count. */
// ("Rencananya mau rekrut 9 orang agen": 2 agents, from another count) hiring a number is that many, not that many
// more, unless "more" or "lagi" says so
const DELTA_UP_BEFORE = new Set(['add', 'adding', 'plus', '+', 'another', 'tambah', 'tambahin', 'tambahkan', 'nambah', 'menambah']);
const DELTA_DOWN_BEFORE = new Set([
  'remove', 'removing', 'cut', 'drop', 'lose', 'kurangi', 'kurangin', 'kurangkan', 'mengurangi', 'ngurangin', 'potong', 'hapus',
]);
const DELTA_UP_AFTER = new Set(['more']);
const DELTA_DOWN_AFTER = new Set(['fewer', 'less']);
const MONEY_BEFORE = new Set([
  'budget', 'anggaran', 'price', 'pay', 'paying', 'paid', 'spend', 'spending', 'cost', 'costs', 'costing', 'harga',
  'biaya', 'bayar', 'dana', 'salary', 'gaji', 'rate', 'tarif', 'fee', 'invoice', 'revenue', 'omzet', 'charge',
]);
const HARDWARE_LIFE_BEFORE = new Set(['cycle', 'lasts', 'last', 'lifespan', 'lifetime', 'life', 'refresh', 'replacement', 'replaced', 'umur', 'siklus', 'peremajaan', 'masa pakai', 'awet', 'depreciation', 'depresiasi', 'penyusutan']);
const AHT_BEFORE = new Set(['aht', 'handle', 'handling', 'duration', 'durasi', 'length', 'lasts', 'last', 'lama', 'talk']);
const NOT_THIS_NUMBER = new Set(['not', 'bukan', 'instead', 'rather', 'daripada', 'except', 'kecuali']);
/** Verbs saying what a team does: "a team of 18 handles voice", "tim 12 orang melayani telepon". */
const TEAM_VERBS = new Set(['handles', 'handle', 'handled', 'works', 'work', 'worked', 'does', 'do', 'did', 'answers', 'answer', 'answered', 'covers', 'cover', 'manages', 'manage', 'runs', 'run', 'supports', 'support', 'serves', 'serve', 'takes', 'take', 'melayani', 'menangani', 'mengurus', 'pegang', 'megang', 'handle']);
const AFTER_ANCHORS = new Set(['instead', 'please', 'pls', 'saja', 'aja', 'dong', 'then', 'thanks', 'thx', 'deh', 'ya']);
/** Words that may follow an anchored agent count without being what it counts: "make it 60 and add SMS". */
const FOLLOWERS = new Set([
  'and', 'dan', 'or', 'atau', 'with', 'dengan', 'plus', 'but', 'tapi', 'on', 'in', 'di', 'over', 'for', 'untuk', 'ok',
  'okay', 'now', 'total', 'i', 'we', 'kami', 'is', 'are', 'right', 'correct', 'guess', 'think', 'maybe', 'or', 'so',
  'ish', 'odd', 'max', 'tops', 'minimum', 'at', 'across', 'using', 'pakai', 'via', 'selama', 'during', 'next', 'this',
  'not', 'bukan',
  // a question or a chat particle after the figure ("kalau agennya 40 gimana?", "40 agents then?", "30 aja deh")
  'gimana', 'gmn', 'bagaimana', 'gimana?', 'berapa', 'brp', 'jadinya', 'dong', 'deh', 'sih', 'ya', 'aja', 'saja', 'kak',
  'min', 'then', 'instead', 'please', 'pls', 'how', 'what',
  // a reason after the figure ("kalau agennya jadi 120 karena mau ekspansi ke Sumatra?": the 120 lost)
  'karena', 'krn', 'karna', 'soalnya', 'sebab', 'because', 'cause', 'coz', 'cuz', 'since', 'due',
  // ("eh salah, cs nya 15 deng. sekalian tambah email": email added, 12 agents kept)
  'deng', 'dah', 'sekalian',
]);
const RELATIVES = new Set(['who', 'that', 'which', 'yang', 'whom']);
const YEARS_NOT_HORIZON = new Set(['ago', 'old', 'lalu', 'experience', 'pengalaman', 'business', 'running', 'berdiri', 'silam']);
const YEARS_OF_HISTORY_BEFORE = new Set([
  'running', 'operating', 'been', 'existed', 'established', 'berjalan', 'beroperasi', 'berdiri', 'sudah', 'udah', 'selama ini',
]);
const PER_WORDS = new Set(['per', 'a', 'an', 'each', 'every', '/', 'tiap', 'setiap', 'perbulan', 'sebulan']);
const STOP_SCAN = new Set(['.', ',', ';', '!', '?', ':', '(', ')', '"', '&']);

/** voiceWord: the unit is a channel's name ("telpon 9000 sebulan"), which counts calls only with a period or a colon. */
const EGRESS_WORDS = new Set(['egress', 'bandwidth', 'transfer', 'outbound', 'download', 'downloads']);
type Found = { kind: UnitKind; at: number; modifiers: string[]; voiceWord?: boolean };

const PEOPLE_ON_TASK = /^(?:on|doing|handling|answering|covering|working|pegang|megang|handle|ngurus|urus|jaga|nanganin|menangani)$/;

/** Words between a figure and "agents" that relate them rather than name a kind of agent ("50rb per agen", "5 for agents"). */
// ("mau 1 pusat CS … agen 7 org": 1 + 7 agents) a place or a unit the people work in is not a kind of agent
const NOT_JARGON = new Set(['pusat', 'hub', 'divisi', 'departemen', 'department', 'dept', 'unit', 'cabang', 'branch', 'site', 'lokasi', 'kantor', 'office', 'per', 'a', 'an', 'the', 'each', 'every', 'for', 'of', 'to', 'in', 'on', 'at', 'by', 'x', 'tiap', 'setiap', 'untuk', 'buat', 'utk', 'dan', 'and', 'or', 'atau', 'than', 'dari', 'ke', 'jadi', 'from', 'with', 'dengan', 'sama', 'vs', 'versus', 'plus', 'minus', 'times', 'kali', 'is', 'are', 'ada', 'yang', 'yg', 'itu', 'ini', 'those', 'these', 'that', 'this', 'our', 'kami', 'kita', 'my', 'your', 'their', 'usd', 'idr', 'rp', 'dollars', 'dolar', 'rb', 'ribu', 'juta', 'jt', 'k', 'million', 'thousand', 'percent', 'persen']);

function scanUnit(tokens: Token[], from: number): Found | undefined {
  const modifiers: string[] = [];
  for (let j = from, steps = 0; j < tokens.length && steps < 6; j++, steps++) {
    const tok = tokens[j] as Token;
    // "12 tier-1 agents", "8 level 2 reps": the number names the tier, the first figure counts the agents
    if (tok.kind === 'num' && !(modifiers.length > 0 && TIER_LABELS.has(modifiers[modifiers.length - 1]!))) return undefined;
    if (tok.kind === 'num') continue;
    if (tok.kind === 'punct') {
      if (tok.t === '%') return { kind: 'ignore', at: j, modifiers };
      // a slash after a number starts a period ("5000/month"), never a unit
      if (STOP_SCAN.has(tok.t) || tok.t === '/') return undefined;
      continue; // "-", "+", "~"
    }
    // "25 on phones", "6 doing email", "10 pegang chat": people working a channel, not a volume of it
    if (j === from && PEOPLE_ON_TASK.test(tok.t) && [1, 2].some((k) => CHANNEL_TASKS.test(tokens[j + k]?.t ?? ''))) return undefined;
    const kind = UNIT_OF.get(tok.t);
    // "40 chat agents", "10 email reps": the channel describes the agents, it is not what is counted
    if ((kind === 'emails' || kind === 'chats') && tokens.slice(j + 1, j + 3).some((t) => UNIT_OF.get(t.t) === 'agents')) {
      modifiers.push(tok.t);
      continue;
    }
    // ("2 IT admins": the IT staff of an on-premises center, no agents)
    if (kind === 'agents' && /^admins?$/.test(tok.t) && (modifiers.includes('it') || tokens[j + 1]?.t === 'it' || tokens[j + 1]?.t === 'ti')) return undefined;
    if (kind) return { kind, at: j, modifiers };
    // "2,500 Facebook and Instagram messages": two modifiers joined by "and" describe one unit
    if (modifiers.length > 0 && ['and', 'or', 'dan', 'atau', 'sama', 'n'].includes(tok.t) && UNIT_MODIFIERS.has(tokens[j + 1]?.t ?? '')) continue;
    // "70 drivers-support agents", "12 tier-1 agents": the first half of a hyphenated modifier, whatever the word
    const hyphenated = tokens[j + 1]?.t === '-' && !tokens[j + 1]!.spaceBefore && tokens[j + 2]?.kind === 'word' && !tokens[j + 2]!.spaceBefore;
    const tierLabel = TIER_LABELS.has(tok.t) && (tokens[j + 1]?.kind === 'num' || (tokens[j + 1]?.t === '-' && tokens[j + 2]?.kind === 'num'));
    // ("6 BDC agents": asked for the head count) one word of the visitor's own jargon right before the agent word
    // (not a word that relates the figure to the agents: "50rb per agen" is a price)
    // (a figure in digits only: "satu posisi agen" is one agent's position, a price question)
    // ("20 member service reps": no head count) or two, the second a modifier of its own
    const ownWord = (w: string | undefined) => w !== undefined && /^[a-z]{2,12}$/.test(w) && !NOT_JARGON.has(w) && !UNIT_OF.has(w);
    const jargon = j === from && tokens[from - 1]?.kind === 'num' && tok.kind === 'word' && /^[a-z]{2,12}$/.test(tok.t) && !NOT_JARGON.has(tok.t) &&
      (UNIT_OF.get(tokens[j + 1]?.t ?? '') === 'agents' || ((UNIT_MODIFIERS.has(tokens[j + 1]?.t ?? '') || ownWord(tokens[j + 1]?.t)) && UNIT_OF.get(tokens[j + 2]?.t ?? '') === 'agents'));
    // ("40,000 delivery texts a month": the SMS volume kept at the preset) one word describing a volume with its period
    const volumeNext = UNIT_OF.get(tokens[j + 1]?.t ?? '');
    const describedVolume = j === from && tokens[from - 1]?.kind === 'num' && tok.kind === 'word' && /^[a-z]{3,14}$/.test(tok.t) && !NOT_JARGON.has(tok.t) &&
      (volumeNext === 'sms' || volumeNext === 'calls' || volumeNext === 'emails' || volumeNext === 'chats' || volumeNext === 'messages' || volumeNext === 'mms') && scanPeriod(tokens, j + 2) !== undefined;
    // ("35 dispatch and customer service agents": the head count dropped) two of the visitor's own kinds of agent
    // joined by "and" before the agent word
    const joinedJargon = j === from && tokens[from - 1]?.kind === 'num' && tok.kind === 'word' && ownWord(tok.t) &&
      ['and', 'dan', '&', 'n'].includes(tokens[j + 1]?.t ?? '') && [2, 3].some((k) => UNIT_OF.get(tokens[j + k + 1]?.t ?? '') === 'agents' &&
        tokens.slice(j + 2, j + k + 1).every((t) => t.kind === 'word' && (UNIT_MODIFIERS.has(t.t) || ownWord(t.t))));
    if (!UNIT_MODIFIERS.has(tok.t) && !hyphenated && !tierLabel && !jargon && !describedVolume && !joinedJargon) return undefined;
    modifiers.push(tok.t);
  }
  return undefined;
}

/** "a month", "per day", "sehari" right after position `from`: [monthly factor or null, end]. */
function scanPeriod(tokens: Token[], from: number): { factor: number | null; end: number } | undefined {
  let j = from;
  while (tokens[j] && ['of', 'in', 'the', 'messages', 'message', 'pesan'].includes((tokens[j] as Token).t)) j++;
  for (const [words, factor] of PERIODS) {
    if (words.every((w, k) => tokens[j + k]?.t === w)) return { factor, end: j + words.length };
  }
  return undefined;
}

const PERIOD_BEFORE_GLUE = new Set(['-', 'about', 'around', 'approx', 'approximately', 'roughly', 'some', 'we', 'get', 'see', 'have', 'sekitar', 'kira', 'kurang', 'lebih', 'ada', 'kami', 'kita', 'sebanyak', 'masuk', 'ya', ',', ':']);

/**
 * "per day about 1,000 calls", "setaun 240rb email": a period said before the figure, not yet used by another
 * figure (in "500 calls a day, 200 SMS" the day belongs to the calls).
 */
function periodBefore(tokens: Token[], start: number, consumed: readonly boolean[]): { factor: number | null } | undefined {
  let j = start - 1;
  while (j >= 0 && start - j <= 4 && PERIOD_BEFORE_GLUE.has((tokens[j] as Token).t)) j--;
  for (const [words, factor] of PERIODS) {
    const from = j - words.length + 1;
    if (from < 0 || !words.every((w, k) => tokens[from + k]?.t === w)) continue;
    if (words.some((_, k) => consumed[from + k])) return undefined;
    return { factor };
  }
  return undefined;
}

const LIST_GLUE = new Set(['dan', 'and', ',', '&', 'sama', 'plus', 'serta', 'n', 'juga']);
/**
 * "sehari ada 2000 chat dan 1500 telepon", "per month 3k calls and 500 emails": a period said before a list of
 * volumes is the period of every item in it (the second figure had none, and its calls were lost).
 */
function periodOfListBefore(tokens: Token[], start: number, consumed: readonly boolean[]): { factor: number | null } | undefined {
  let j = start - 1;
  if (!LIST_GLUE.has(tokens[j]?.t ?? '')) return undefined;
  while (j >= 0 && LIST_GLUE.has((tokens[j] as Token).t)) j--;
  // the previous item: its unit word(s), then its figure
  let k = j;
  while (k >= 0 && (tokens[k] as Token).kind !== 'num' && j - k < 3) k--;
  if (k < 0 || (tokens[k] as Token).kind !== 'num' || k === j) return undefined;
  while (k - 1 >= 0 && (tokens[k - 1] as Token).kind === 'num') k--;
  return periodBefore(tokens, k, consumed);
}

const LISTED_VOLUME_KINDS = new Set<UnitKind>(['calls', 'sms', 'mms', 'emails', 'chats', 'messages', 'interactions', 'minutes']);
/**
 * "around 2000 calls and 500 texts per day", "2rb telepon, 300 email dan 500 chat sehari": a period said after a list of
 * volumes is the period of every item in it (the calls were read as 2,000 a month).
 */
function periodOfListAfter(tokens: Token[], end: number): { factor: number | null } | undefined {
  let j = end;
  for (let item = 0; item < 4; item++) {
    if (!LIST_GLUE.has(tokens[j]?.t ?? '')) return undefined;
    while (LIST_GLUE.has(tokens[j]?.t ?? '')) j++;
    if (tokens[j]?.kind !== 'num') return undefined;
    while (tokens[j]?.kind === 'num') j++;
    let words = 0;
    while (tokens[j]?.kind === 'word' && words < 3 && !LIST_GLUE.has(tokens[j]!.t) && !scanPeriod(tokens, j)) { j++; words++; }
    if (words === 0) return undefined;
    const period = scanPeriod(tokens, j);
    if (period) return { factor: period.factor };
  }
  return undefined;
}

/** Units a form-style answer may put first: "SMS: 10k", "calls 5000/month", "integrations: 2". */
const UNIT_FIRST_KINDS = new Set<UnitKind>(['calls', 'sms', 'mms', 'emails', 'chats', 'messages', 'interactions', 'minutes', 'years', 'integrations']);
const UNIT_FIRST_GLUE = new Set([':', '=', '-', 'is', 'are', 'web', 'live', 'masuk', 'inbound', 'incoming', 'of', 'volume', 'volumes', 'volumenya', 'count', 'jumlah', 'jumlahnya', 'sebulan', 'monthly', 'per', 'month', 'bulan', 'a', 'kami', 'kita', 'our', 'we', 'us', 'have', 'has', 'get', 'gets', 'receive', 'terima', 'menerima', 'handle', 'kira', 'kurang', 'lebih', 'total', 'totalnya', 'nya', 'about', 'around', 'approx', 'approximately', 'roughly', 'sekitar', 'ada', 'sebanyak', 'kira',
  // "sms reminders ~8k/mo", "SMS blast 100rb/bulan", "sms is more like 500/agent": what the messages are for, and hedges
  'maybe', 'probably', 'more', 'like', 'closer', 'mungkin',
  // "mms ga sampe 500", "sms nya sebenernya cuma 10rb", "MMS under 500": a bound or a hedge on the figure
  'ga', 'gak', 'nggak', 'tidak', 'tdk', 'sampe', 'sampai', 'nyampe', 'cuma', 'hanya', 'only', 'just', 'sebenernya', 'sebenarnya', 'actually', 'really', 'under', 'below', 'less', 'than', 'max', 'maksimal', 'maks', 'paling', 'banyak', 'kok',
  'reminders', 'reminder', 'blast', 'blasts', 'broadcast', 'broadcasts', 'notifications', 'notification', 'notif', 'notifikasi', 'alerts', 'otp', '~', '(',
  // "menit per agen hanya 1.000 per bulan", "minutes per agent: 1,500" (the per-agent figure was not read)
  'agen', 'agent', 'tiap', 'setiap', 'each']);

const SOCIAL_FIRST = new Set(['social', 'sosial', 'medsos', 'sosmed', 'whatsapp', 'wa', 'facebook', 'fb', 'instagram', 'ig', 'insta', 'messenger', 'telegram', 'dms']);

/** A change said between a volume's unit and its new figure: "SMS naik jadi 100rb", "calls go up to 5,000". */
const CHANGE_TO = new Set(['naik', 'turun', 'jadi', 'jd', 'menjadi', 'bertambah', 'berkurang', 'nambah', 'to', 'go', 'goes', 'went', 'up', 'down', 'rise', 'rises', 'grow', 'grows', 'increase', 'increases', 'drop', 'drops', 'become', 'becomes', 'kalau', 'kalo',
  // "call nya jadiin 40rb sebulan", "SMS diubah ke 5rb", "make calls 8k a month": a verb that sets the figure
  'jadiin', 'jadikan', 'dijadikan', 'dijadiin', 'ubah', 'diubah', 'ganti', 'diganti', 'set', 'make', 'change', 'anggap', 'anggep', 'aja', 'saja']);

/** A social channel named right after a unit: "chat sosmed", "chats on WhatsApp", "chat di IG". */
function socialAfter(tokens: Token[], at: number): boolean {
  let j = at + 1;
  if (['on', 'via', 'di', 'dari', 'from', 'lewat', 'through'].includes(tokens[j]?.t ?? '')) j++;
  return SOCIAL_MODIFIERS.has(tokens[j]?.t ?? '');
}

/** "WA 5rb chat sebulan", "whatsapp: 2k chats": the social channel named right before the figure owns its chats. */
function socialBefore(tokens: Token[], start: number): boolean {
  let j = start - 1;
  while (j >= 0 && [':', '-', 'nya', 'sekitar', 'about', 'around', 'ada', '~'].includes(tokens[j]!.t)) j--;
  return SOCIAL_FIRST.has(tokens[j]?.t ?? '');
}

const VOICE_WORDS = new Set(['telpon', 'telepon', 'telp', 'tlp', 'call', 'calls', 'voice', 'panggilan']);

/** What messages are for: "SMS payment reminders", "sms pengingat tagihan", "buat notifikasi resi". */
const PURPOSE_NOUNS = new Set(['reminders', 'reminder', 'blast', 'blasts', 'broadcast', 'broadcasts', 'notifications', 'notification', 'notif', 'notifikasi', 'alerts', 'pengingat', 'promo', 'promos', 'otp', 'konfirmasi', 'confirmations']);
/** Chat hedges that may stand before a figure: "lumayan banyak sih, sekitar 200rb". */
const HEDGES = new Set(['lumayan', 'sih', 'banget', 'bgt', 'ya', 'yah', 'deh', 'kayaknya', 'kyknya', 'rata', 'rata2', 'average', 'usually', 'biasanya', 'kira2', 'kurleb', 'maybe', 'around', 'about', 'like', 'roughly', 'approx']);

function unitBefore(tokens: Token[], start: number): Found | undefined {
  let k = start - 1;
  // ("we send SMS payment reminders (about 30,000 a month)", "SMS reminder jatuh tempo kira2 50 ribu sebulan", "refill
  // reminders by SMS, about 40k a month", "sms nya lumayan banyak sih, sekitar 200rb sebulan buat notifikasi resi": the
  // volume was lost and the other channels dropped) what the messages are for, said around the figure, lets a few more
  // words and a comma stand between the channel and its figure
  const purposeSaid = tokens.slice(Math.max(0, start - 8), start + 8).some((x) => PURPOSE_NOUNS.has(x.t));
  let looseWords = 0;
  for (; k >= 0 && k >= start - (purposeSaid ? 9 : 5); k--) {
    const tok = tokens[k] as Token;
    const w = tok.t;
    if (UNIT_FIRST_GLUE.has(w) || CHANGE_TO.has(w)) continue;
    if (purposeSaid && (w === ',' || HEDGES.has(w))) continue;
    if (purposeSaid && tok.kind === 'word' && !UNIT_OF.has(w) && !UNIT_OF.has(w.replace(/nya$/, '')) && !SOCIAL_FIRST.has(w) && !VOICE_WORDS.has(w) && ++looseWords <= 3) continue;
    break;
  }
  const tok = tokens[k];
  if (!tok || tok.kind !== 'word') return undefined;
  // "sosmed 2,5rb", "WhatsApp: 3k", "the social volume 2k": a social channel named before its figure
  if (SOCIAL_FIRST.has(tok.t)) return { kind: 'interactions', at: k, modifiers: ['social'] };
  // "smsnya", "telponnya": the unit word with Indonesian "-nya"
  let kind = UNIT_OF.get(tok.t) ?? (tok.t.endsWith('nya') ? UNIT_OF.get(tok.t.slice(0, -3)) : undefined);
  // "menit telponnya", "call minutes": the minutes of the calls
  if ((kind === 'calls' || VOICE_WORDS.has(tok.t.replace(/nya$/, ''))) && UNIT_OF.get(tokens[k - 1]?.t ?? '') === 'minutes') kind = 'minutes';
  // "telpon 9000 sebulan", "voice: 12k": the phone channel named before its figure counts calls
  let voiceWord = false;
  if (!kind && VOICE_WORDS.has(tok.t.replace(/nya$/, ''))) {
    kind = 'calls';
    voiceWord = true;
  }
  if (!kind || !UNIT_FIRST_KINDS.has(kind)) return undefined;
  // a change verb alone ("jadi 60") points at agents; it counts a volume only right after the volume's unit
  const between = tokens.slice(k + 1, start).map((t) => t.t);
  if (between.some((w) => CHANGE_TO.has(w)) && between.some((w) => !UNIT_FIRST_GLUE.has(w) && !CHANGE_TO.has(w) && !(purposeSaid && (w === ',' || HEDGES.has(w) || looseWords > 0)))) return undefined;
  const modifiers = [tokens[k - 1]?.t, tokens[k - 2]?.t].filter((w): w is string => w !== undefined);
  return { kind, at: k, modifiers, ...(voiceWord ? { voiceWord } : {}) };
}

/** The volume a channel word names when a generic count ("conversations", "messages") sits next to it. */
const CHANNEL_VOLUME: Partial<Record<UnitKind | 'social', keyof Volumes>> = {
  chats: 'chatsPerMonth',
  emails: 'emailPerMonth',
  sms: 'smsPerMonth',
  mms: 'mmsPerMonth',
  social: 'socialInteractionsPerMonth',
};
/** Words that may stand between a channel and its figure: "web chat kami: 3.000", "live chat - 3,000". */
const CHANNEL_FILLER = new Set(['web', 'live', 'channel', 'kanal', 'saluran', ...UNIT_FIRST_GLUE]);

/**
 * "web chat: 3,000 conversations a month", "chat web kami 3.000 percakapan", "3.000 percakapan chat",
 * "WhatsApp 2,000 messages": a generic count whose channel is named just before the figure or right
 * after the unit. Returns the volume and the positions of the channel words it read.
 */
function channelNextTo(tokens: Token[], m: NumberMention, unit: Found): { key: keyof Volumes; at: number[] } | undefined {
  // ("mmsnya ga sampe 500 pesan": the channel word with "-nya")
  const volumeOf = (w: string) => CHANNEL_VOLUME[SOCIAL_FIRST.has(w) ? 'social' : (UNIT_OF.get(w) ?? (w.endsWith('nya') ? UNIT_OF.get(w.slice(0, -3)) : undefined) ?? 'ignore')];
  const after = tokens[unit.at + 1];
  if (after?.kind === 'word' && volumeOf(after.t)) return { key: volumeOf(after.t)!, at: [unit.at + 1] };
  const read: number[] = [];
  for (let k = m.start - 1; k >= 0 && k >= m.start - 5; k--) {
    const tok = tokens[k] as Token;
    if (tok.kind === 'punct') {
      if (tok.t === ':' || tok.t === '-' || tok.t === '=') continue;
      return undefined;
    }
    if (tok.kind !== 'word') return undefined;
    const key = volumeOf(tok.t);
    if (key) return { key, at: [...read, k] };
    if (!CHANNEL_FILLER.has(tok.t)) return undefined;
    if (tok.t === 'web' || tok.t === 'live') read.push(k);
  }
  return undefined;
}

type Context = 'agents' | 'money' | 'aht' | 'ignore' | 'negated' | undefined;

function contextBefore(tokens: Token[], start: number, value: number): Context {
  const prev = tokens[start - 1];
  if (prev && CURRENCY_BEFORE.has(prev.t)) return 'money';
  if (prev && prev.t === '.' && tokens[start - 2]?.t === 'rp') return 'money';
  if (prev && IDENTIFIER_BEFORE.has(prev.t)) return 'ignore';
  if (prev?.t === '-' && tokens[start - 2]?.t === 'ke') return 'ignore'; // "ke-3": an ordinal
  // ("open 9-5", "buka jam 8 sampai 17": the end of hours is no head count either)
  if (prev && ['-', 'to', 'till', 'until', 'sampai', 'sampe', 'hingga', 's/d'].includes(prev.t) && tokens[start - 2]?.kind === 'num' && ['jam', 'pukul', 'pkl', 'open', 'buka', 'opens', 'from'].includes(tokens[start - 3]?.t ?? '') && (tokens[start - 3]?.t !== 'from' || value <= 24)) return 'ignore';
  if (tierNamed(tokens, start)) return 'ignore';
  const yearLike = Number.isInteger(value) && value >= 1900 && value <= 2100;
  for (let k = start - 1, seen = 0; k >= 0 && seen < 6; k--, seen++) {
    const tok = tokens[k] as Token;
    const w = tok.t;
    if (yearLike && YEAR_CONTEXT.has(w)) return 'ignore';
    if (w === 'since' || w === 'sejak') return 'ignore';
    if (NOT_THIS_NUMBER.has(w)) return 'negated';
    if (MONEY_BEFORE.has(w) || CURRENCY_BEFORE.has(w)) return 'money';
    // "when the licence is 125": one licence's price ("licences: 125" still counts seats)
    if ((w === 'licence' || w === 'license' || w === 'lisensi' || w === 'lisensinya') && /^(?:is|was|at|of|=|costs?|cuma|hanya|seharga)$/.test(tokens[k + 1]?.t ?? '')) return 'money';
    if (AGENT_WORDS.has(w) || AGENT_ANCHORS.has(w)) return 'agents';
    if (AHT_BEFORE.has(w)) return 'aht';
    // ("1.200 karyawan, tapi yang jadi agen contact center cuma 150": priced 1,200) "contact center" describes the agent
    // word before it
    if ((w === 'center' || w === 'centre') && ['contact', 'call'].includes(tokens[k - 1]?.t ?? '')) {
      k--;
      continue;
    }
    if (tok.kind === 'num') return undefined;
    // "oops, 45", "eh salah, 45": a correction word before the comma still points at the number
    if (w === ',' && CORRECTIONS.has(tokens[k - 1]?.t ?? '')) return 'agents';
    if (tok.kind === 'punct' && !['-', '~', ':', '='].includes(w)) return undefined;
    if (tok.kind === 'word' && !APPROX.has(w)) return undefined;
  }
  return undefined;
}

function setVolume(volumes: Partial<Volumes>, key: keyof Volumes, value: number) {
  volumes[key] = Math.round(value);
}

/** Marks every token of [from, to) as used by a quantity, so channel words inside it are not read again. */
function consume(consumed: boolean[], from: number, to: number) {
  for (let k = from; k < to; k++) consumed[k] = true;
}

/** Records what a number counts once its unit is known; returns the end of the tokens it used. */
function applyUnit(tokens: Token[], m: NumberMention, unit: Found, unitEnd: number, out: Quantities, consumed: boolean[]): number {
  const signed = m.negative ? -m.value : m.value;
  let end = unitEnd;
  // a volume unit may be followed by "messages" ("10,000 text messages") and a period
  if (['messages', 'message', 'pesan'].includes(tokens[end]?.t ?? '')) end++;
  // ("5 GB egress per agent per month" was 5 GB in all: the data named after the amount stands between it and the
  // per-agent words)
  if ((unit.kind === 'gb' || unit.kind === 'tb' || unit.kind === 'mb') && tokens[end]?.t === 'of' && EGRESS_WORDS.has(tokens[end + 1]?.t ?? '')) end += 2;
  else if ((unit.kind === 'gb' || unit.kind === 'tb' || unit.kind === 'mb') && EGRESS_WORDS.has(tokens[end]?.t ?? '')) end++;
  // "1,000 SMS per agent a month", "500 sms tiap agen": per agent, then maybe the period
  const perAgentEnd = perAgentAt(tokens, end);
  if (perAgentEnd !== undefined) end = perAgentEnd;
  let perAgent = perAgentEnd !== undefined || perAgentBefore(tokens, m.start);
  // "3000 minutes each per month": each agent's, said before the period
  if (!perAgent && (tokens[end]?.t === 'each' || tokens[end]?.t === 'apiece') && scanPeriod(tokens, end + 1) !== undefined) {
    end += 1;
    perAgent = true;
  }
  const volumesBefore = { ...out.volumes };
  try {
    end = applyUnitAt(tokens, m, unit, end, out, consumed, signed);
    // "900 minutes a month each", "500 sms sebulan masing-masing", "…per orang": per agent, said after the period
    const next = tokens[end]?.t ?? '';
    const then = tokens[end + 1];
    if (((next === 'each' || next === 'apiece') && (!then || then.kind === 'punct' || then.t === 'of' || AGENT_WORDS.has(then.t))) ||
      (next === 'masing' && tokens[end + 1]?.t === '-') || perAgentAt(tokens, end) !== undefined) perAgent = true;
    return end;
  } finally {
    if (perAgent) {
      for (const k of Object.keys(out.volumes) as (keyof Volumes)[]) {
        if (k !== 'ahtSeconds' && out.volumes[k] !== volumesBefore[k]) (out.perAgentVolumes ??= []).push(k);
      }
    }
  }
}

const EACH_AGENT_LEAD = new Set(['per', 'each', 'every', 'tiap', 'setiap', 'masing', 'a', '/']);
/** "per agent", "each agent", "per seat", "tiap agen", "per orang" at `from`: the end of the phrase. */
function perAgentAt(tokens: Token[], from: number): number | undefined {
  let j = from;
  if (!EACH_AGENT_LEAD.has(tokens[j]?.t ?? '')) return undefined;
  j++;
  if (tokens[j]?.t === '-') j++; // "masing-masing"
  if (tokens[j]?.t === 'masing') j++;
  const w = tokens[j]?.t ?? '';
  return AGENT_WORDS.has(w) || w === 'person' || w === 'orang' ? j + 1 : undefined;
}

/** "each agent sends about 1,000 texts", "tiap agen kira-kira 500 sms": a per-agent phrase earlier in the clause. */
function perAgentBefore(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && start - k <= 7; k--) {
    const tok = tokens[k] as Token;
    if (tok.kind === 'num' || (tok.kind === 'punct' && STOP_SCAN.has(tok.t))) return false;
    if (EACH_AGENT_LEAD.has(tok.t) && tok.t !== 'a' && perAgentAt(tokens, k) !== undefined) return true;
  }
  return false;
}

function applyUnitAt(tokens: Token[], m: NumberMention, unit: Found, end: number, out: Quantities, consumed: boolean[], signed: number): number {
  const period = scanPeriod(tokens, end);
  const before = period ? undefined : periodBefore(tokens, m.start, consumed) ?? periodOfListBefore(tokens, m.start, consumed) ??
    (LISTED_VOLUME_KINDS.has(unit.kind) ? periodOfListAfter(tokens, end) : undefined);
  const factor = period ? period.factor : before ? before.factor : 1;
  if (period) end = period.end;
  const monthly = factor === null ? undefined : m.value * factor;
  const mods = new Set(unit.modifiers);
  const hasAny = (set: Set<string>) => [...mods].some((x) => set.has(x));
  switch (unit.kind) {
    case 'calls':
      if (monthly !== undefined && !m.negative) setVolume(out.volumes, 'callsPerMonth', monthly);
      break;
    case 'sms':
      if (monthly !== undefined && !m.negative) setVolume(out.volumes, 'smsPerMonth', monthly);
      break;
    case 'mms':
      if (monthly !== undefined && !m.negative) setVolume(out.volumes, 'mmsPerMonth', monthly);
      break;
    case 'emails':
      if (monthly !== undefined && !m.negative) setVolume(out.volumes, 'emailPerMonth', monthly);
      break;
    case 'chats':
      // "3k WhatsApp chats", "2rb chat IG": conversations on a social channel, not web chat
      // ("3rb chat sosmed", "2k chats on whatsapp": the social channel named after the unit)
      if (monthly !== undefined && !m.negative) setVolume(out.volumes, hasAny(SOCIAL_MODIFIERS) || socialAfter(tokens, unit.at) || socialBefore(tokens, m.start) ? 'socialInteractionsPerMonth' : 'chatsPerMonth', monthly);
      break;
    case 'messages':
    case 'interactions': {
      if (monthly === undefined || m.negative) break;
      const named = unit.modifiers.length === 0 ? channelNextTo(tokens, m, unit) : undefined;
      if (named) {
        setVolume(out.volumes, named.key, monthly);
        for (const k of named.at) consumed[k] = true;
        break;
      }
      if (hasAny(AI_MODIFIERS)) out.aiConversations = Math.round(monthly);
      else if (hasAny(SOCIAL_MODIFIERS)) setVolume(out.volumes, 'socialInteractionsPerMonth', monthly);
      else if (hasAny(MMS_MODIFIERS)) setVolume(out.volumes, 'mmsPerMonth', monthly);
      else if (hasAny(NON_VOLUME_MODIFIERS)) break;
      else if (unit.kind === 'messages') setVolume(out.volumes, 'smsPerMonth', monthly);
      else out.unassignedInteractions = Math.round(monthly);
      break;
    }
    case 'minutes':
      if (m.negative) break;
      // a handful of minutes is how long a call lasts; thousands of minutes are monthly traffic
      if (!period && m.value <= 60) {
        if (m.value > 0) setVolume(out.volumes, 'ahtSeconds', m.value * 60);
      }
      else if (monthly !== undefined) setVolume(out.volumes, 'voiceMinutesPerMonth', monthly);
      break;
    case 'seconds':
      if (!m.negative && m.value > 0 && m.value <= 3600) setVolume(out.volumes, 'ahtSeconds', m.value);
      break;
    case 'years': {
      const next = tokens[unit.at + 1]?.t ?? '';
      const yearContext = contextBefore(tokens, m.start, m.value);
      if (YEARS_NOT_HORIZON.has(next) || (next === 'yang' && tokens[unit.at + 2]?.t === 'lalu')) break;
      // "we have been running for 10 years", "sudah berdiri 10 tahun": the company's age, not the horizon
      const lookback = tokens.slice(Math.max(0, m.start - 4), m.start).map((t) => t.t);
      if (lookback.some((w) => YEARS_OF_HISTORY_BEFORE.has(w))) break;
      // "set the hardware replacement cycle to 7 years", "our servers last 7 years": how long hardware lasts
      if (tokens.slice(Math.max(0, m.start - 6), m.start).some((t) => HARDWARE_LIFE_BEFORE.has(t.t))) break;
      if (yearContext === 'negated') break;
      // up to a century is read; the advisor says it compares at most 10 years rather than ignore the rest
      if (Number.isInteger(signed) && signed >= 1 && signed <= 100) out.years = signed;
      break;
    }
    case 'integrations':
      if (Number.isInteger(signed) && signed >= 0 && signed <= 50) out.customIntegrations = signed;
      break;
    case 'gb':
    case 'tb':
    case 'mb': {
      const after = tokens.slice(unit.at + 1, unit.at + 4).map((t) => t.t);
      if (after.some((w) => ['storage', 'penyimpanan', 'disk', 'ram', 'memory', 'memori'].includes(w))) break;
      if (mods.has('storage')) break;
      const scale = unit.kind === 'tb' ? 1000 : unit.kind === 'mb' ? 0.001 : 1;
      if (!m.negative && monthly !== undefined) setVolume(out.volumes, 'egressGbPerMonth', (monthly ?? 0) * scale);
      break;
    }
    default:
      break; // money, percentages, hours, sites and the like: not ours, and never agents
  }
  return end;
}

export function classifyQuantities(
  tokens: Token[],
  mentions: NumberMention[],
  expecting: Slot | undefined,
  consumed: boolean[],
): Quantities {
  const out: Quantities = { agentMentions: [], bare: [], volumes: {} };
  const countingOther = new Set<NumberMention>();
  let lastNegated: NumberMention | undefined;
  for (const m of mentions) {
    // "no hp 08123", "WA 0812 …", "phone 5550100": the number of a phone, no count of anything (it priced 8,123 agents)
    // (only a number written like one: "telpon 9000 sebulan" and "WhatsApp: 3k a month" are volumes)
    const written = tokens.slice(m.start, m.end).map((t) => t.t).join('');
    const phoneLike = /^(?:\+|0)\d{3,}/.test(written) || written.replace(/\D/g, '').length >= 8;
    if (phoneLike && (PHONE_LABEL_WORDS.has(tokens[m.start - 1]?.t ?? '') || (tokens[m.start - 1]?.t === ':' && PHONE_LABEL_WORDS.has(tokens[m.start - 2]?.t ?? '')))) {
      consume(consumed, m.start, m.end);
      continue;
    }
    let unit = scanUnit(tokens, m.end);
    // "sebulan 5rb telpon", "5rb telpon sebulan": the phone channel's name after a figure with a period counts calls
    // ("40 telepon" alone may still be a head count)
    if (!unit && VOICE_WORDS.has((tokens[m.end]?.t ?? '').replace(/nya$/, '')) && tokens[m.end]?.kind === 'word' &&
      (scanPeriod(tokens, m.end + 1) !== undefined || periodBefore(tokens, m.start, consumed) !== undefined || periodOfListBefore(tokens, m.start, consumed) !== undefined ||
        periodOfListAfter(tokens, m.end + 1) !== undefined ||
        // ("5000 sms sebulan, 3000 telpon": the calls dropped) or in a list of volumes, after one with its period
        (m.value >= 100 && Object.keys(out.volumes).some((k) => k !== 'ahtSeconds')))) {
      unit = { kind: 'calls', at: m.end, modifiers: [] };
    }
    if (unit) {
      let end = unit.at + 1;
      if (unit.kind === 'agents') {
        // "cost of 40 agents" is still 40 agents; only a currency sign right before makes it a price
        const prev = tokens[m.start - 1]?.t ?? '';
        const before = contextBefore(tokens, m.start, m.value);
        // ("12 tier-1 agents": the 1 names the tier)
        if (CURRENCY_BEFORE.has(prev) || before === 'negated' || tierNamed(tokens, m.start)) {
          consume(consumed, m.start, m.end);
          continue;
        }
        consume(consumed, m.start, m.end);
        consumed[unit.at] = true;
        const delta = deltaSign(tokens, m, unit);
        if (delta !== 0 && !m.negative) {
          out.agentsDelta = (out.agentsDelta ?? 0) + delta * m.value;
          continue;
        }
        out.agentMentions.push(m);
        continue;
      }
      end = applyUnit(tokens, m, unit, end, out, consumed);
      consume(consumed, m.start, end);
      continue;
    }
    const unitFirst = unitBefore(tokens, m.start);
    // "SMS 40" could still answer "how many agents?"; a colon, a period or a large figure settles it
    const formStyle = tokens.slice(unitFirst ? unitFirst.at : m.start, m.start).some((t) => t.t === ':' || t.t === '=');
    // ("integrasi 2", "years 5": no head count is said that way, so the count is the unit's)
    // (a channel's name needs the period or the colon: "voice 150" may still be a head count)
    // ("3 integrations (two practice management systems and Salesforce)": 2 priced) a unit its own figure already took is not
    // the unit of the figure after it
    if (unitFirst && !consumed[unitFirst.at] && (formStyle || (!unitFirst.voiceWord && (m.value >= 100 || unitFirst.kind === 'integrations' || unitFirst.kind === 'years')) || scanPeriod(tokens, m.end) !== undefined)) {
      consume(consumed, unitFirst.at, applyUnit(tokens, m, unitFirst, m.end, out, consumed));
      continue;
    }
    // "$50 per seat", "50 ribu per agen": a price, not a head count
    const next = tokens[m.end];
    if (next && PER_WORDS.has(next.t)) {
      const after = tokens[m.end + 1]?.t ?? '';
      if (AGENT_WORDS.has(after) || ['month', 'bulan', 'mo', 'year', 'tahun', 'minute', 'menit', 'call'].includes(after)) {
        consume(consumed, m.start, m.end + 2);
        continue;
      }
    }
    let before = contextBefore(tokens, m.start, m.value);
    if (before === undefined && lastNegated !== undefined && BUT_AFTER_NEGATED.has(tokens[m.start - 1]?.t ?? '')) before = 'agents';
    if (before === 'negated') lastNegated = m;
    if (before === 'money' || before === 'ignore' || before === 'negated') {
      consume(consumed, m.start, m.end);
      continue;
    }
    if (before === 'aht') {
      if (!m.negative && m.value > 0) setVolume(out.volumes, 'ahtSeconds', m.value <= 30 ? m.value * 60 : m.value);
      consume(consumed, m.start, m.end);
      continue;
    }
    // ("about 12 of us handle customer emails and chat" was asked for its head count three times): the people answering,
    // counted as "N of us", with what they do after it
    if (next?.t === 'of' && tokens[m.end + 1]?.t === 'us' && !m.negative && Number.isInteger(m.value) && m.value >= 2) {
      const verb = tokens[m.end + 2];
      if (!verb || verb.kind !== 'word' || TEAM_VERBS.has(verb.t) || /^[a-z]{2,}ing$/.test(verb.t) || ['on', 'in', 'here', 'now', 'today', 'total', 'altogether', 'currently'].includes(verb.t)) {
        out.agentMentions.push(m);
        consume(consumed, m.start, m.end + 2);
        continue;
      }
    }
    // ("~350 Teams users, about 150 of them would be contact center agents" was asked for its head count twice) the
    // part of a group said to be the agents
    if (next?.t === 'of' && ['them', 'those', 'whom', 'mereka'].includes(tokens[m.end + 1]?.t ?? '') && !m.negative && Number.isInteger(m.value) && m.value >= 1) {
      const ahead = tokens.slice(m.end + 2, m.end + 9).map((x) => x.t);
      if (ahead.some((w) => AGENT_WORDS.has(w)) && ahead.some((w) => ['be', 'are', 'is', 'become', 'work', 'as', 'jadi', 'menjadi', 'sebagai'].includes(w))) {
        out.agentMentions.push(m);
        consume(consumed, m.start, m.end + 2);
        continue;
      }
    }
    // "team of 5 developers": the number counts the word after it, whatever the anchor before says
    // …but "team of 12 doing support", "tim 12 orang yang …": a verb or relative clause describes the people.
    // ("our team of 18 handles voice and web chat": what the people do, said as a verb)
    const describesThem = next?.kind === 'word' && (/^[a-z]{2,}ing$/.test(next.t) || RELATIVES.has(next.t) || TEAM_VERBS.has(next.t));
    const countsSomethingElse = next?.kind === 'word' && !AFTER_ANCHORS.has(next.t) && !FOLLOWERS.has(next.t) && !describesThem;
    if ((before === 'agents' && !countsSomethingElse) || (next && AFTER_ANCHORS.has(next.t))) {
      out.agentMentions.push(m);
      consume(consumed, m.start, m.end);
      continue;
    }
    out.bare.push(m);
    if (countsSomethingElse) countingOther.add(m);
  }
  if (out.agentMentions.length === 0 && expecting === 'agents') {
    const wordCount = tokens.filter((t) => t.kind === 'word').length;
    // "which one is cheaper?" holds the word "one", not an answer
    // nor does "we had 2 outages last year"; a short "40 developers" is still taken as the answer
    const usable = out.bare.filter(
      (m) => (m.kind === 'digits' || m.value !== 1 || wordCount <= 3) && (wordCount <= 3 || !countingOther.has(m)),
    );
    const pick = usable[usable.length - 1];
    if (pick) {
      out.agentMentions.push(pick);
      consume(consumed, pick.start, pick.end);
    }
  }
  addSplitCounts(tokens, out);
  addJoinedGroups(tokens, out);
  if (!addLocatedCounts(tokens, out)) addChannelGroups(tokens, out);
  multiplyBySites(tokens, mentions, out);
  return out;
}

const SPLIT_JOINERS = new Set(['and', 'dan', 'plus', '+', '&', 'serta']);

/**
 * "25 full-time and 10 part-time agents", "20 inbound and 5 outbound agents": two counts share one agent
 * word, so the center has their sum. Only describing words may sit between them, so "25, maybe 30 agents"
 * stays 30.
 */
function addSplitCounts(tokens: Token[], out: Quantities): void {
  const agents = out.agentMentions[out.agentMentions.length - 1];
  if (!agents || out.agentMentions.length !== 1) return;
  const first = out.bare.filter((b) => b.end <= agents.start).pop();
  if (!first || first.negative || first.decimal || first.value < 1) return;
  const between = tokens.slice(first.end, agents.start);
  if (!between.some((t) => SPLIT_JOINERS.has(t.t))) return;
  if (!between.every((t) => SPLIT_JOINERS.has(t.t) || UNIT_MODIFIERS.has(t.t) || t.t === '-')) return;
  if (!between.some((t) => UNIT_MODIFIERS.has(t.t) && !SPLIT_JOINERS.has(t.t))) return;
  out.agentMentions[out.agentMentions.length - 1] = { ...agents, value: agents.value + first.value };
  out.agentParts = [first.value, agents.value];
}

/**
 * "30 student workers and 10 full time staff", "20 agen tetap dan 5 agen magang": two groups, each with its own people
 * word, joined by "and", are one center of their sum (the last count won, 10). Only joiners may stand between the
 * first group's word and the second count, so "25 agents, maybe 30 agents" stays 30.
 */
function addJoinedGroups(tokens: Token[], out: Quantities): void {
  if (out.agentMentions.length !== 2) return;
  const [first, second] = out.agentMentions as [NumberMention, NumberMention];
  if (first.negative || second.negative || first.decimal || second.decimal || first.value < 1 || second.value < 1) return;
  let between = tokens.slice(agentUnitEnd(tokens, first), second.start).map((t) => t.t);
  const describes = (w: string) => UNIT_MODIFIERS.has(w) && !/^(?:or|so|more|less|fewer|than|lebih|odd|ish)$/.test(w);
  // ("5 sales reps calling leads and 3 support staff": 3 agents) what the first group does may come before the joiner
  const joinAt = between.findIndex((w) => w === 'and' || w === 'dan' || w === 'plus' || w === '+' || w === '&' || w === 'serta');
  if (joinAt > 0 && joinAt <= 4 && GROUP_TASK.test(between[0]!)) between = between.slice(joinAt);
  if (between.length === 0 || between.length > 4 || !between.some((w) => SPLIT_JOINERS.has(w)) || !between.every((w) => SPLIT_JOINERS.has(w) || w === ',' || w === 'another' || describes(w))) return;
  if (first.value + second.value > MAX_AGENTS) return;
  out.agentMentions.splice(0, 2, { ...second, value: first.value + second.value });
  out.agentParts = [first.value, second.value];
}

/** The first word of what a group does: "calling leads", "answering phones", "on chat", "yang pegang email". */
const GROUP_TASK = /^(?:\w{3,}ing|on|for|at|di|yang|yg|untuk|buat|pegang|megang|handle|ngurus|jaga|bagian)$/;
const GROUP_JOINERS = new Set(['and', 'dan', 'plus', '+', '&', ',', 'another', 'then', 'with', 'serta', 'lalu', 'terus', 'lagi', 'and another', 'also']);
/** What follows a second group's bare count: where it sits or what it does ("20 in manila", "6 doing email", "15 di bandung"). */
const GROUP_AFTER = /^(?:in|at|on|di|doing|handling|taking|answering|working|covering|for|untuk|yang|yg|who|based|dedicated|pegang|megang|handle|ngurus|urus|jaga|bagian)$/;

/**
 * "30 agents in london and 20 in manila", "12 agents on phones and another 6 doing email", "jakarta 30 agen, 15 di
 * bandung": a second group's count said without the agent word is more agents, so the center has their sum (the
 * second count used to be dropped). Only joiners may stand between the groups, and the bare count must be followed
 * by where or what that group works on; "30 agents and 20 calls" has a unit and is no group.
 */
function addLocatedCounts(tokens: Token[], out: Quantities): boolean {
  const agents = out.agentMentions[out.agentMentions.length - 1];
  if (!agents || out.agentMentions.length !== 1 || agents.negative || agents.decimal) return false;
  let total = agents.value;
  const parts = [agents.value];
  let cursor = agentUnitEnd(tokens, agents);
  for (const m of out.bare.filter((b) => b.start > agents.end).sort((a, b) => a.start - b.start)) {
    // ("15 agents in one and 25 in the other": priced 15) "one" after "in" or "at" names a site, not a count
    if (/^(?:one|satu)$/i.test(tokens[m.start]?.t ?? '') && /^(?:in|at|di)$/.test(tokens[m.start - 1]?.t ?? '')) {
      cursor = m.end;
      continue;
    }
    if (m.negative || m.decimal || m.value < 1) break;
    // the words between the previous group and this count: its place or task, then joiners only
    const between = tokens.slice(cursor, m.start).map((t) => t.t);
    const joinAt = between.findIndex((w) => GROUP_JOINERS.has(w));
    if (joinAt < 0 || between.slice(joinAt).some((w) => !GROUP_JOINERS.has(w)) || between.length > 8) break;
    const after = tokens[m.end]?.t ?? '';
    if (!GROUP_AFTER.test(after)) break;
    // "30 agents, 20 in the cloud" splits the 30; a place is a site only when it is no deployment
    const place = [tokens[m.end + 1]?.t, tokens[m.end + 2]?.t].find((w) => w !== 'the' && w !== 'our');
    if (/^(?:in|at|on|di|based)$/.test(after) && (!place || /^(?:cloud|prem|premise|premises|onprem|hybrid|hibrida|lokal|site|house)$/.test(place))) break;
    // a task ("6 doing email", "6 untuk chat") may describe some of the same agents, unless the count is said to be more
    if (!/^(?:in|at|di|based)$/.test(after) && !between.some((w) => /^(?:another|plus|\+|lagi|also)$/.test(w))) break;
    total += m.value;
    parts.push(m.value);
    cursor = m.end;
  }
  if (total === agents.value || total > MAX_AGENTS) return false;
  // ("250 agents, 150 in Dallas and 100 in Toronto" became 500) a count with no place of its own that the groups after
  // it add up to is their total, split
  if (parts.length >= 3 && 2 * agents.value === total && !/^(?:in|at|on|di|based)$/.test(tokens[agentUnitEnd(tokens, agents)]?.t ?? '')) {
    out.agentParts = parts.slice(1);
    return true;
  }
  out.agentMentions[out.agentMentions.length - 1] = { ...agents, value: total };
  out.agentParts = parts;
  return true;
}

const TASK_WORDS = /^(?:on|doing|handling|answering|taking|covering|working|di|pegang|megang|handle|ngurus|urus|jaga|bagian|nanganin|menangani)$/;
const CHANNEL_TASKS =
  /^(?:phones?|calls?|voice|inbound|outbound|emails?|e-mail|mail|chats?|webchat|livechat|sms|texts?|texting|mms|social|socials|sosmed|whatsapp|wa|telp|telpon|telepon|tlp|telfon|panggilan)$/;

/** The bare counts in a row that are each followed by the channel they work ("25 on phones", "15 doing email", "10 pegang chat"). */
function channelGroupCounts(tokens: Token[], counts: NumberMention[]): NumberMention[] {
  return counts.filter((m) => {
    if (m.negative || m.decimal || m.value < 1) return false;
    const after = tokens[m.end]?.t ?? '';
    if (!TASK_WORDS.test(after)) return false;
    return [1, 2, 3].some((k) => CHANNEL_TASKS.test(tokens[m.end + k]?.t ?? ''));
  });
}

/**
 * "25 on phones and 15 on email", "20 agents on voice and 10 on chat", "15 pegang telpon, 5 pegang email": the
 * head count is said per channel, so the center has their sum. With no agent word, two such groups are needed
 * ("25 on phones" alone may be a volume); with one, the agent count must carry a channel of its own, so
 * "30 agents, 10 on email" stays 30 (ten of the thirty).
 */
function addChannelGroups(tokens: Token[], out: Quantities): void {
  if (out.agentMentions.length > 1) return;
  const agents = out.agentMentions[0];
  const groups = channelGroupCounts(tokens, out.bare.filter((b) => !agents || b.start > agents.end));
  if (groups.length === 0) return;
  if (!agents) {
    if (groups.length < 2) return;
    const total = groups.reduce((t, g) => t + g.value, 0);
    if (total <= MAX_AGENTS) out.agentMentions.push({ ...groups[0]!, value: total });
    return;
  }
  if (agents.negative || agents.decimal) return;
  const end = agentUnitEnd(tokens, agents);
  const own = TASK_WORDS.test(tokens[end]?.t ?? '') && [1, 2, 3].some((k) => CHANNEL_TASKS.test(tokens[end + k]?.t ?? ''));
  if (!own) return;
  const total = groups.reduce((t, g) => t + g.value, agents.value);
  if (total <= MAX_AGENTS) out.agentMentions[0] = { ...agents, value: total };
}

/** The token after an agent mention's unit word ("20 agents| each"), or after the number when no unit follows. */
function agentUnitEnd(tokens: Token[], m: NumberMention): number {
  const unit = scanUnit(tokens, m.end);
  return unit && unit.kind === 'agents' ? unit.at + 1 : m.end;
}

/** +1, -1 or 0: whether an agent mention with this unit adds to or takes from the current count. */
function deltaSign(tokens: Token[], m: NumberMention, unit: Found): number {
  const mods = new Set(unit.modifiers);
  const after = tokens[unit.at + 1]?.t ?? '';
  const prev = tokens[m.start - 1]?.t ?? '';
  if ([...mods].some((x) => DELTA_UP_AFTER.has(x)) || DELTA_UP_BEFORE.has(prev) || (/^(?:hire|hiring|rekrut|merekrut)$/.test(prev) && /^(?:more|lagi|extra|tambahan)$/.test(after))) return 1;
  if ([...mods].some((x) => DELTA_DOWN_AFTER.has(x)) || DELTA_DOWN_BEFORE.has(prev) || DELTA_DOWN_AFTER.has(after)) return -1;
  return 0;
}

/**
 * "3 sites with 20 agents each", "kami punya 3 cabang masing-masing 15 agen", "20 agents at each of our
 * 3 offices", "2 teams of 12 agents": the head count is per site, so the center has their product.
 * Needs a word that says "each" (or "N teams of M"), so "3 sites and 60 agents" stays 60.
 */
function multiplyBySites(tokens: Token[], mentions: NumberMention[], out: Quantities): void {
  const agents = out.agentMentions[out.agentMentions.length - 1];
  if (!agents || out.agentMentions.length !== 1) return;
  for (const site of mentions) {
    if (site === agents || site.negative || site.decimal || site.value < 2 || site.value > 100) continue;
    const unitTok = tokens[site.end];
    if (!unitTok || !SITE_WORDS.has(unitTok.t)) continue;
    const from = Math.min(site.start, agents.start);
    const to = Math.max(site.end + 1, agents.end) + 4;
    const span = tokens.slice(from, Math.min(to, tokens.length));
    // the two numbers must share a clause: "3 sites. 40 agents in total" is not per site
    const between = tokens.slice(Math.min(site.end, agents.end), Math.max(site.start, agents.start));
    if (between.some((t) => ['.', ';', '!', '?'].includes(t.t))) continue;
    // ("3 cabang masing2 20 agen, semuanya pake telepon": "semuanya" after the comma is "all of them use", no total)
    const comma = span.findIndex((t, i) => i > agents.end - from && [',', ';'].includes(t.t));
    const clause = comma >= 0 ? span.slice(0, comma) : span;
    if (clause.some((t) => ['total', 'altogether', 'overall', 'semuanya', 'seluruhnya', 'totalnya'].includes(t.t))) continue;
    // the "each" must sit on the count or the sites: "20 agents each", "masing-masing 15 agen", "tiap cabang 10",
    // "in each of our 3 offices" — not "40 agents across 2 sites, each handling voice"
    const unitEnd = agentUnitEnd(tokens, agents);
    const near = [
      tokens[unitEnd]?.t, tokens[agents.start - 1]?.t, tokens[agents.start - 2]?.t, tokens[agents.start - 3]?.t,
      tokens[site.start - 1]?.t, tokens[site.start - 2]?.t, tokens[site.start - 3]?.t, tokens[site.start - 4]?.t,
    ];
    const each = near.some((w) => w !== undefined && EACH_WORDS.has(w));
    const teamsOf = site.start < agents.start && tokens[site.end + 1]?.t === 'of' && site.end + 2 === agents.start;
    if (!each && !teamsOf) continue;
    out.agentMentions[out.agentMentions.length - 1] = { ...agents, value: agents.value * site.value, raw: agents.raw };
    return;
  }
}

/**
 * Text clean-up and tokenizing shared by the number reader, the slot extractor and the
 * language detector. Things that look like numbers but never are quantities (phone numbers,
 * URLs, e-mail addresses, clock times, dates, "24/7") are blanked out here, so later stages
 * never have to reason about them.
 */

export type TokenKind = 'word' | 'num' | 'punct';

export type Token = {
  /** Lower-cased, apostrophes dropped ("don't" -> "dont"). */
  t: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** Whitespace (or start of text) right before the token: "5k" has none before "k". */
  spaceBefore: boolean;
};

/** Longer messages are cut: nobody types a 2,000 character answer into a chat box on purpose. */
export const MAX_TEXT_LENGTH = 2000;

const MASKS: RegExp[] = [
  /\bhttps?:\/\/\S+|\bwww\.\S+/g,
  /[^\s@]+@[^\s@]+\.[^\s@]+/g,
  // international and local phone numbers: "+62 812-3456-7890", "0812 3456 7890", "(021) 555 1234"
  /\+\d[\d\s().-]{6,}\d/g,
  /\(?\b0\d{1,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,5}\b/g,
  /\b\d{3}[\s-]\d{3}[\s-]\d{4}\b/g,
  /\b24\s*[/x]\s*7\b/g,
  /\b\d{1,4}\/\d{1,4}(?:\/\d{1,4})?\b/g,
  /\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b/g,
  /\b\d{1,2}:\d{2}\b/g,
];

/**
 * A turn normalizes the same message in every reader (language, features, entities, staffing,
 * relative changes): the last few results are kept, so it is done once a message (issue #10:
 * nothing computed twice per turn). A string in, a string out: nothing shared can be changed.
 */
const RECENT = new Map<string, string>();
const RECENT_SIZE = 8;

export function normalizeText(input: string): string {
  const hit = RECENT.get(input);
  if (hit !== undefined) return hit;
  const out = normalizeUncached(input);
  if (RECENT.size >= RECENT_SIZE) RECENT.delete(RECENT.keys().next().value!);
  RECENT.set(input, out);
  return out;
}

function normalizeUncached(input: string): string {
  let s = input.slice(0, MAX_TEXT_LENGTH).normalize('NFKC').toLowerCase();
  s = s.replace(/[\u2018\u2019\u201b`\u00b4]/g, "'").replace(/[\u201c\u201d]/g, '"');
  // an em dash separates clauses ("our team \u2014 35 people"); the other dashes are hyphens or minus signs
  s = s.replace(/\u2014/g, ',').replace(/[\u2010-\u2013\u2015\u2212]/g, '-');
  s = s.replace(/\ba\.i\.?(?=\s|$|[,;!?])/g, 'ai');
  // Indonesian chat writes a call center "cc" ("brp harga cc buat 60 org?" was out of scope); a copy to someone
  // ("cc ke saya", "cc me") is left alone
  s = s.replace(/(?<=\b(?:harga|biaya|bikin|buat|bangun|bikinin|setup|sistem|system|software|aplikasi|vendor|layanan|price of|cost of|cost for|tim|team)\s)cc\b|\bcc(?=\s+(?:buat|untuk|utk|bwt|dgn|dengan|yg|yang|kami|kita|kecil|baru|sendiri|\d))/g, 'call center');
  // chat shorthand: "w/o MMS" is "without MMS" (read as "w", "/", "o" it would add MMS), "w/ WFM" is "with WFM"
  s = s.replace(/\bw\/o\b/g, 'without').replace(/\bw\/(?=\s|[a-z])/g, 'with ');
  // ("what about maintenance/support costs on prem per year?": no line read) a slash between two words parts them
  // (a unit after the slash is a rate: "5 juta/bulan", "800 calls/day")
  s = s.replace(/(?<=\b[a-z]{3,})\/(?!(?:day|days|hari|bulan|bln|month|months|mo|year|years|yr|tahun|thn|week|weeks|minggu|hour|hours|hr|jam|agent|agents|agen|seat|seats|user|users|orang|org|person|call|calls|panggilan|minute|minutes|min|menit|sec|detik|gb|mb|tb|shift|sif|msg|message|messages|pesan|sms|chat|chats|email|emails)\b)(?=[a-z]{3,}\b)/g, ' ');
  // ("in-app chat, email, and instagram DMs, zero phone": voice priced) "zero" before a channel is "no", the length kept
  s = s.replace(/\bzero(?=\s+(?:phones?|phone calls?|phone lines?|calls|voice|telephony|sms|texts?|texting|mms|emails?|e-mails?|chats?|web ?chat|live ?chat|social(?: media)?|whatsapp)\b)/g, 'no  ');
  // ("around 120ish agents": a budget of $120, the head count asked three times) "-ish" after a figure is "about", the
  // length kept
  s = s.replace(/\b(\d+)(-?ish)\b/g, (_m, n: string, ish: string) => `${n}${' '.repeat(ish.length)}`);
  // Indonesian chat writes years "5th", "10 th" ("kalo 5th brp?" was read without its horizon); an English ordinal
  // ("the 5th", "Dec 5th", "5th floor") is left alone
  s = s.replace(/(?<!\b(?:the|on|by|from|until|till|tgl|tanggal|jan\w*|feb\w*|mar\w*|apr\w*|may|mei|jun\w*|jul\w*|aug\w*|agu\w*|sep\w*|oct\w*|okt\w*|nov\w*|dec\w*|des\w*)\s+)\b([4-9]|10|[1-3](?= th\b)) ?th\b(?!\s+(?:year|month|floor|of|day|week|time|place|grade|percentile|century|anniversary|birthday|gen\w*|edition|version|call|agent|shift|hour|minute|ticket|row|line|item|tier|level|quarter|round|try|attempt))/g, '$1 thn');
  for (const re of MASKS) s = s.replace(re, (m) => ' '.repeat(m.length));
  // "sip" alone is Indonesian for "great" (a yes); in "SIP trunk" it is the trunk ("wats sip trunk" started the sales
  // form): the word is blanked, the length kept
  s = s.replace(/\bsip(?=[\s-]?trunk)/g, '   ');
  // apostrophes inside words carry no meaning for us: "don't" -> "dont", "agent's" -> "agents"
  s = s.replace(/([a-z])'([a-z])/g, '$1$2');
  // Indonesian chat writes reduplication with a 2: "masing2" is "masing-masing", "kira2" is "kira-kira";
  // left alone, the 2 would be read as a number
  // ("pas harbolnas 11.11 sama 12.12 chat bisa meledak": 12 chats a month) the shopping festivals' dates count nothing
  s = s.replace(/(?<![\d.,])(?:9\.9|10\.10|11\.11|12\.12)(?![\d.,]*\d)/g, (m) => ' '.repeat(m.length));
  // ("kalau pake cloud brp, kalau pake on premise brp? dua2nya ya": 2 agents) "both" and "all three" are no counts
  // (blanked, the length kept: the rules read "both" from the message itself)
  s = s.replace(/\b(?:dua(?:2|-dua|\s+dua)|tiga(?:2|-tiga|\s+tiga))nya\b/g, (m) => ' '.repeat(m.length));
  // ("Requirement is 50 nos. agents": the head count asked twice) Indian English counts with "nos." after the figure
  s = s.replace(/(\d)\s*(?:nos?\.|no\.s|nos\b)(?=\s+[a-z])/g, '$1');
  // ("wat if i ad sms": SMS priced alone, voice dropped) "ad" before a channel is "add"
  s = s.replace(/\bad(?=\s+(?:sms|mms|e-?mails?|chats?|voice|web ?chat|social|whatsapp|wa|wfm|ai)\b)/g, 'add');
  // ("gak ngerti cloud2an": 2 agents) with a suffix after the 2 too: "cloud2an", "kata2nya"
  s = s.replace(/\b([a-z]{2,})2(an|nya|in|kan|lah)?\b/g, '$1-$1$2');
  // "40an", "ratusan"-style approximation glued to a figure: "sekitar 40an agen" is about 40 (length kept)
  s = s.replace(/(\d)an\b/g, '$1  ');
  return s;
}

const TOKEN_RE = /(\d+(?:[.,]\d+)*)|([a-z\u00c0-\u024f]+)|([^\s\w])/g;

export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  for (const m of normalized.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    const kind: TokenKind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'punct';
    if (kind === 'punct' && m[0] === "'") continue;
    tokens.push({
      t: m[0],
      kind,
      start,
      end: start + m[0].length,
      spaceBefore: start === 0 || /\s/.test(normalized[start - 1] ?? ' '),
    });
  }
  return tokens;
}

/** Punctuation that ends a clause for negation and list scope. */
export const CLAUSE_BREAKS = new Set(['.', ',', ';', '!', '?', ':', '(', ')', '"']);

/**
 * Contact details in a message: email, phone, name, company and a time to call. Emails and phone
 * numbers are exact patterns; a name, a company or a time is taken from a phrase that introduces
 * it ("I'm …", "from …", "nama saya …", "dari PT …", "best after 2pm"), or — when the advisor just
 * asked for that detail — from whatever the message says besides the other details in it.
 * A correction inside the message ("tom@x.com, sorry, tom@x.co") gives the later value.
 */
import type { ContactSlot, Context } from './commands';

export type ContactValue = { slot: ContactSlot; value: string; corrected: boolean; start: number };

const EMAIL_RE = /[a-z0-9._%+'-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
/** "john at gmail", "dewi et yahoo": a mail provider's name with no ending, an address not finished. */
const PARTIAL_EMAIL_RE = /\b[a-z0-9._]+(?:\s+|-)(?:at|et)(?:\s+|-)(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|icloud|aol|proton(?:mail)?)\b(?![.@]?[a-z0-9-]*\.[a-z])(?!\s+(?:dot|titik)\b)/gi;
/** Words before "at gmail" that are no mailbox: "we are at gmail scale", "meet me at outlook". */
const NOT_A_MAILBOX = /^(?:me|us|we|are|is|am|i|you|they|it|be|was|were|here|there|them|him|her|all|not|only|also|meet|see|call|work|works|working|found|find|seen|available|reach|reached|contact|email|mail|look|looking|ada|di|kami|saya|aku|kita|sy|gw)$/i;
/** "budi[at]tokokita.id", "ana (at) kopi (dot) co (dot) id": an address written so that spam robots miss it. */
const BRACKETED_EMAIL_RE = /([a-z0-9._%+'-]+)\s*(?:\[\s*(?:at|et|@)\s*\]|\(\s*(?:at|et|@)\s*\)|\{\s*(?:at|et|@)\s*\})\s*([a-z0-9-]+(?:\s*(?:\.|\[\s*(?:dot|titik)\s*\]|\(\s*(?:dot|titik)\s*\))\s*[a-z0-9-]+)+)/gi;
/** "tom at globex dot com", "dewi titik lestari et sentosa titik co titik id". */
const SPELLED_EMAIL_RE = /\b([a-z0-9._-]+(?:\s+(?:dot|titik)\s+[a-z0-9_-]+)*)\s+(?:at|et)\s+([a-z0-9-]+(?:\s+(?:dot|titik)\s+[a-z0-9-]+)+)\b/gi;
const PHONE_RE = /(?:\+\s?\d[\d\s().-]{5,}\d|\b62[\s.-]?8\d{1,3}(?:[\s.-]?\d{2,5}){1,3}\b|\(\d{3}\)\s?\d{3}[\s.-]?\d{4}\b|\(?\b0\d{1,4}\)?[\s.-]?\d{2,5}(?:[\s.-]?\d{2,5}){1,3}\b|\b\d{3}[\s.-]\d{3,4}(?:[\s.-]\d{4})?\b|\b\d{7,13}\b)(?:\s*(?:ext\.?|x|ekst\.?)\s*\d{1,5})?/gi;

/** Words that say "what comes next replaces what came before". */
const CUE_WORDS = String.raw`(?:eh |maaf )?salah (?:ketik|tulis)|no wait|wait|sorry|sori|maaf|oops|typo|i meant|i mean|meant|eh salah|eh bukan|salah|bukan|maksud(?:nya|ku|saya)?|ralat|koreksi|seharusnya|harusnya|yang benar|yg bener|yg benar|should be|actually|eh|deng`;
/** The cues strong enough to split a scenario answer: "voice and sms, no wait, just voice". */
// (", no AI" and ", bukan cloud" negate what follows: a bare "no" or "bukan" is a cue only with a stop after it,
// or before a figure or "just"; "nope", "nah", "eh" are cues however they go on)
// ("60 agents voice + social + email, cloud. Actually make that hybrid." stayed cloud: "actually" after a stop, before
// a change, takes the change back)
export const CORRECTION_SPLIT = /(?<=[.!;,]\s*)actually\b,?(?=\s+(?:make|change|switch|let'?s|scratch|go\b|we'?ll|i'?ll|just\b|only\b|on[- ]?prem|cloud|hybrid))|\b(?:no wait|wait|sorry|sori|oops|typo|i meant|(?:eh |maaf )?salah (?:ketik|tulis)|eh salah|eh bukan|ralat|koreksi|maksudnya|maksud saya|maksudku|eh)\b[,.!:]?|(?:\.{2,}|…|,|—|–)\s*(?:(?:nope|nah|eh)\b[,.!]?|(?:(?:no|bukan)\b[,.!—–]|no\b(?=\s+(?:\d|just\b|only\b|make it\b))|bukan\b(?=\s+(?:just\b|only\b|make it\b|cuma\b|hanya\b|jadi\b))))(?=\s+\S)/i;
const CORRECTION_CUE = new RegExp(String.raw`\b(?:${CUE_WORDS})\b`, 'i');

const NAME_LEAD = /(?:^|[\s,.;!?(])(?:my name is|my name's|my names|(?<!(?:company|business|organi[sz]ation|firm|brand)\s)name is|the name's|(?<!(?:company|business)\s)name's|names|first name is|(?<!(?:company|business)\s)name:|i am|i'm|im|this is|it's|its|call me|nama saya|nama sy|nama aku|nama gw|nama gue|namaku|namanya|nama beliau|nama dia|nama|saya|sy|aku|gw|gue|dengan|panggil(?: saja| aja)?|attention|attn)\s+/i;
const NAME_LEAD_ALL = new RegExp(NAME_LEAD.source, 'gi');
const NAME_LEAD_START = /^(?:my name is|my name's|i am|i'm|im|this is|it's|its|it is|nama saya|nama sy|saya|sy|aku|dengan)\s+/i;
const COMPANY_LEAD = /(?:^|[\s,.;!?(])(?:(?:saya|kami|aku|i|we)\s+)?(?:our company is|my company is|the company is|company name is|company is|company's|company:|company|i work at|i work for|working at|work at|work for|we are|we're|perusahaan(?:nya)?(?: saya| kami| kita)?(?: adalah| namanya| bernama)?|kerja di|bekerja di|kantornya|kantorku|perusahaannya|perusahaanku|kantor(?: saya| kami)?(?: di)?|kami dari|saya dari|from|at|with|dari|dr|namanya|di(?=\s+(?:pt|cv|ud|pd|bank|yayasan|koperasi)\s))\s+/i;
const WEAK_COMPANY_LEADS = /^(?:(?:saya|kami|aku|i|we)\s+)?(?:from|at|with|dari|dr|di|namanya|we are|we're|company|kantor(?: saya| kami)?(?: di)?|kantornya|kantorku)$/;
/** Words that start a phrase after "I'm …" that is not a name: "I'm looking…", "saya mau…". */
const NOT_A_NAME = /^(?:you|you'?re|youre|you are|ur|kamu|lu|lo|elu|loe|this|that|it'?s|its|head|manager|manajer|director|direktur|kepala|ceo|cto|cfo|coo|cio|founder|pemilik|supervisor|spv|koordinator|officer|vp|president|presiden|sure|fine|ok|okay|good|interested|not|looking|from|at|with|here|ready|calling|just|the|a|an|on|in|back|later|now|asap|tomorrow|today|please|dari|di|mau|ingin|tertarik|butuh|perlu|punya|bisa|cuma|hanya|sedang|lagi|pakai|pake|balik|nanti|besok|setuju|agree|agreed|consent|bersedia|boleh|okay|oke)\b/i;
/** After "call me", when to call, not a name ("call me after 3pm central" named the visitor "after"). */
const WHEN_TO_CALL = /^(?:after|before|around|between|during|any ?time|anytime|whenever|when|sometime|next|this|tonight|mornings?|afternoons?|evenings?|weekdays?|weekends?|noon|midday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\b/i;
const CONTACT_SLOTS = new Set(['name', 'email', 'company', 'phone', 'time']);
/** An organisation written with its capitalised prefix inside a longer phrase: "direktur RS Harapan Sehat". */
const ORG_INSIDE = /\b(?:PT|CV|UD|RS|RSUD|RSUP|RSIA|BPR|Bank|Koperasi|Yayasan|Klinik|Universitas|Dinas|Kementerian|Puskesmas|Perum|Perumda)\.?\s+\p{Lu}[\p{L}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|&|dan|of))*(?:\s+Tbk\.?)?/u;
/** A job title said among the details: "Head of Resident Services", "IT Manager", "Kepala Bagian Umum". */
const JOB_TITLE = /^(?:head|director|manager|chief|vp|vice president|senior|junior|ceo|cto|coo|cfo|cio|cmo|founder|co-?founder|owner|president|supervisor|coordinator|officer|executive|specialist|analyst|administrator|assistant|kepala|manajer|direktur|general manager|gm|team lead|procurement)\b|\b(?:manager|director|officer|lead|supervisor|coordinator|specialist|analyst|administrator|assistant|executive|engineer|consultant)$/i;
const TITLES = /^(?:mr|mrs|ms|miss|dr|prof|pak|bu|ibu|bapak|mas|mbak|kak|sdr|sdri)\.?$/i;
const ORG_PREFIX = /^(?:pt|cv|ud|pd|yayasan|koperasi|bank|rumah|universitas|klinik|toko|rs|rsud|rsup|rsia|puskesmas|bpr|kantor|dinas|sekolah|kementerian|badan|pemkot|pemkab|pemprov|politeknik|institut|perum|perumda)$/i;

/** Words before the time itself in "telp sore aja", "call after 3pm", "best mornings". */
const CALL_TIME_LEAD = /^(?:(?:after|before|around|between|best|call|me|any|preferably|setelah|sebelum|sekitar|antara|abis|habis|sesudah|lewat|enaknya|telp|tlp|telpon|telepon|hubungi|ring|dihubungi|ditelepon|ditelpon|dihubungin|bisanya|bisa)\s+)+/i;
/** The label of a time to call: "waktu terbaik sore jam 3", "best time is 3pm" (the time was dropped beside the company). */
const TIME_LABEL_LEAD = /^(?:(?:the\s+)?best\s+time(?:\s+to\s+(?:call|reach me|reach us))?(?:\s+(?:is|would be))?|(?:waktu|jam)\s+(?:terbaik|yang pas|yg pas|enak|yang enak|yg enak|yang cocok|yg cocok|yang tepat|yg tepat)(?:\s+(?:adalah|yaitu|itu))?|waktunya)\s*:?\s*(?=\S)/i;

const TIME_WORDS =
  /\b(?:morning|mornings|afternoon|afternoons|evening|evenings|tonight|today|tomorrow|tmrw|weekday|weekdays|weekend|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|mon|tue|tues|wed|thu|thur|thurs|fri|asap|anytime|any time|whenever|lunch|lunchtime|business hours|office hours|next week|this week|next month|this month|end of (?:the )?(?:week|month|day)|later this week|bulan depan|pekan depan|akhir (?:bulan|minggu|pekan)|awal bulan|(?<!\bi )am|pm|\d{1,2}\s?(?:am|pm)|pagi|siang|sore|malam|besok|lusa|nanti|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu depan|hari kerja|jam kerja|kapan aja|kapan saja|kapanpun|secepatnya|jam \d{1,2}|pukul \d{1,2}|maghrib|magrib|isya|isyak|subuh|dzuhur|zuhur|ashar|asar|jam makan siang|jam istirahat|arvo|arvos)\b/i;

const TIME_WORDS_OR_ZONE = /\b(?:pacific|eastern|central|mountain|pt|pst|pdt|et|est|edt|ct|cst|mt|gmt|utc|cet|bst|aest|sgt|wib|wita|wit|time ?zone|zona waktu|time)\b/i;

/** A greeting named after the time of day: no time to call. */
const GREETING_TIME = /^(?:selamat|slmt|good)\s+(?:pagi|siang|sore|malam|morning|afternoon|evening)\b/i;

/** Words that open a request or an interjection, never a name or a company: "just send the pdf", "use my work email", "oh". */
const NOT_A_VALUE_START = /^(?:just|please|pls|use|send|give|can|could|would|will|what|why|how|who|when|where|is|are|do|does|did|oh|ah|uh|um|hmm|wait|ok|okay|oke|okey|sip|lanjut|sorry|maaf|tolong|kirim|pakai|pake|gimana|kenapa|apa|bisa|nanti|oh iya|(?:call|ring|reach|contact|text|email|phone|message) (?:me|us)|hubungi|telp|telpon|telepon)\b/i;
/** Words no person's name has: "typical", "the pdf", "estimate". */
const LOWER_INTRO = /(?:^|[\s,.;!?])(?:i'?m|i am|this is|my name is|my name'?s)\s+([a-z][a-z'-]{1,20}(?:\s+[a-z][a-z'-]{1,20})?)\s+(?:from|at|with)\s+([a-z0-9][\w&'.-]*(?:\s+[\w&'.-]+){0,3}?)(?=\s*(?:[,.;!?]|$)|\s+(?:and|here|we|our)\b)/i;
/** Words after "I'm" that describe, not name: "i'm looking for …", "i'm calling from …", "i'm just here from …". */
const NOT_INTRO_WORD = /^(?:a|an|the|just|here|not|looking|calling|writing|reaching|interested|new|also|still|currently|only|back|ok|okay|fine|good|sure|sorry|trying|working|based|planning|from|with|at|in|on|so|very|really|asking|wondering|coming|going)\b/i;
// ("sure connect me" went to sales as the name "connect me")
/** A part of a list that is only politeness: "Thanks", "Hi there", "Ok great", "Terima kasih". */
const COURTESY_PART = /^(?:thanks?(?: you| so much| a lot)?|thx|ty|hi|hello|hey|hi there|ok(?:ay)?(?: great| thanks)?|oke|sure|great|cool|yes|yeah|please|pls|makasih|terima kasih|trims|halo|hai|siap|baik|sip|mantap|perfect|awesome|good)[.!]?$/i;
const NOT_A_NAME_WORD = /\b(?:useless|stupid|idiot|dumb|scam|garbage|trash|sucks|worthless|pointless|terrible|bodoh|goblok|tolol|bego|payah|gak guna|ga guna|nggak guna|head|manager|manajer|director|direktur|kepala|ceo|cto|cfo|coo|cio|founder|co-founder|pemilik|supervisor|spv|koordinator|officer|vp|president|presiden|nah|nope|nay|me|cool|appreciate|appreciated|bless|bye|goodbye|byebye|dadah|cya|ciao|ok|okay|oke|okey|okie|great|awesome|nice|noted|got it|sure|yes|yeah|yep|yup|mantap|mantul|siap|sip|makasih|thx|tq|hmm+|wow|connect|contact|reach|hubungi|hubungkan|sambungkan|typical|pdf|csv|estimate|estimasi|quote|price|prices|cost|costs|agents?|agen|voice|sms|email|cloud|hybrid|premise|premises|thanks|thank|later|skip|volume|volumes|tipikal|biaya|harga|sales|lanjut|lanjutkan|proceed|continue|kapan|kapanpun|kapan2|anytime|whenever|terserah|setuju|agree|agreed|consent|bersedia|boleh|kami|kita|saya|aku|gue|gw|we|us|our|my|kamu|anda)\b/i;

/** A short answer made only of time words: "sore aja", "kapan aja", "anytime", "weekday mornings", "after 3pm" (not "Morning Star"). */
function isTimeAnswer(answer: string): boolean {
  const text = answer.replace(ANSWER_FILLER_START, '').replace(/[.,!]+/g, ' ').trim();
  if (!text || text.split(/\s+/).length > 6) return false;
  const rest = text.replace(new RegExp(TIME_WORDS.source, 'gi'), ' ');
  return rest !== text && rest.split(/\s+/).filter(Boolean).every((w) => TIME_GLUE.test(w));
}
// ("Kamis sore setelah jam 2" at the company question went to sales as the company)
const TIME_GLUE = /^(?:and|or|&|\/|-|on|at|the|every|any|after|before|around|between|from|until|till|to|jam|pukul|hari|atau|dan|aja|saja|ya|deh|is|are|fine|good|best|works|work|setelah|sebelum|sekitar|antara|sampai|sampe|abis|habis|lewat|wib|wita|wit|gmt|\d{1,2}(?:[.:]\d{2})?)$/i;

function cleanTrailing(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:!?]+$/g, '')
    // a sentence's full stop goes ("my name? Rick."); an initial's or an abbreviation's stays ("Lee J.", "Acme Corp.")
    .replace(/\.+$/g, (m, offset: number, all: string) => (/(?:\b[A-Z]|\b(?:corp|inc|ltd|co|tbk|dr|jr|sr|mr|mrs|ms|st))$/i.test(all.slice(0, offset)) ? m : ''))
    .replace(/\s+(?:ya|yah|kak|kakak|min|gan|aja|saja|deh|dong|please|pls|thanks|thank you|thx|lol|sih)$/gi, '')
    .replace(/\s+(?:ya|yah|kak|aja|saja|deh|dong)$/gi, '')
    .trim();
}

function normaliseSpelledEmail(local: string, domain: string): string {
  const dots = (s: string) => s.replace(/\s+(?:dot|titik)\s+/gi, '.');
  return `${dots(local)}@${dots(domain)}`.replace(/\s+/g, '');
}

export type Spans = { start: number; end: number }[];

function overlaps(spans: Spans, start: number, end: number): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

/** Where the message corrects itself: the index of the first correction cue, if any. */
export function correctionAt(text: string): number | undefined {
  const m = CORRECTION_CUE.exec(text);
  return m ? m.index : undefined;
}

function findEmails(text: string, spans: Spans): ContactValue[] {
  const found: ContactValue[] = [];
  for (const m of text.matchAll(EMAIL_RE)) {
    const value = m[0].replace(/[.,;]+$/, '');
    found.push({ slot: 'email', value, corrected: false, start: m.index! });
    spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  // ("budi[at]tokokita.id", "ana (at) kopi (dot) co (dot) id": written that way against spam, the address was lost)
  for (const m of text.matchAll(BRACKETED_EMAIL_RE)) {
    if (overlaps(spans, m.index!, m.index! + m[0].length)) continue;
    const domain = m[2]!.replace(/\s*(?:\[\s*(?:dot|titik)\s*\]|\(\s*(?:dot|titik)\s*\)|\.)\s*/gi, '.');
    found.push({ slot: 'email', value: `${m[1]}@${domain}`.toLowerCase(), corrected: false, start: m.index! });
    spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(SPELLED_EMAIL_RE)) {
    if (overlaps(spans, m.index!, m.index! + m[0].length)) continue;
    const value = normaliseSpelledEmail(m[1]!, m[2]!);
    found.push({ slot: 'email', value, corrected: false, start: m.index! });
    spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  // ("Tom Baker, tom.baker@, Baker Logistics": the address dropped without a word, and the company lost) an address cut
  // off after the @ is kept as typed, for the form to turn down
  // (so is one with no ending to its domain: "andi@gmail" was read as an email channel)
  for (const m of text.matchAll(/(?<![\w.+-])[a-z0-9._+-]+@(?:[a-z0-9-]+(?![\w.@-]))?(?=\s|,|;|$)/gi)) {
    if (overlaps(spans, m.index!, m.index! + m[0].length)) continue;
    found.push({ slot: 'email', value: m[0], corrected: false, start: m.index! });
    spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  // ("John Doe, john at gmail, JD Ltd": "gmail" was the email channel, and the address never asked again) an address
  // left without its domain's ending is kept as typed, for the form to turn down with a way forward
  // ("the same as my name at gmail: paulr@gmail.com": the address is there, whole)
  for (const m of found.length > 0 ? [] : text.matchAll(PARTIAL_EMAIL_RE)) {
    if (overlaps(spans, m.index!, m.index! + m[0].length) || NOT_A_MAILBOX.test(m[0].split(/[\s@-]/)[0]!)) continue;
    found.push({ slot: 'email', value: m[0].trim(), corrected: false, start: m.index! });
    spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return found;
}

const MONEY_BEFORE = /(?:\$|\b(?:rp\.?|usd|idr|costs?|costing|pay|pays|paid|paying|bayar|biaya|harga|gaji|budget|price|priced|spend|spending|around|about|sekitar|kira-kira)\s*)$/i;
const UNIT_AFTER = /^\s*(?:k\b|rb\b|jt\b|juta\b|ribu\b|rupiah\b|dollars?\b|usd\b|idr\b|a (?:month|year|day|week)\b|per\b|\/|sebulan\b|setahun\b|minutes?\b|menit\b|calls?\b|sms\b|messages?\b|agents?\b|agen\b|gb\b)/i;

function findPhones(text: string, spans: Spans): ContactValue[] {
  const found: ContactValue[] = [];
  for (const m of text.matchAll(PHONE_RE)) {
    const start = m.index!;
    const raw = m[0].trim();
    if (overlaps(spans, start, start + m[0].length)) continue;
    const digits = raw.replace(/\D/g, '');
    // "2,000 calls", "2024", "10.000": a figure, not a phone number
    if (digits.length < 7) continue;
    if (/^\d{1,3}(?:[.,]\d{3})+$/.test(raw)) continue;
    // "jam operasional 08.00-20.00", "9:00 - 17:30": opening hours, not a phone number (it started the sales form)
    if (/^\d{1,2}[.:]\d{2}\s*(?:-|–|—|to|sampai|s\.?d\.?)\s*\d{1,2}[.:]\d{2}$/i.test(raw)) continue;
    // "our IT guy costs 5000000 a month", "budget Rp 150000000": an amount, not a phone number (it started the sales form)
    if (/^[1-9]\d*$/.test(raw) && (MONEY_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || UNIT_AFTER.test(text.slice(start + m[0].length)))) continue;
    // ("wa 62 857 1234 5678": the country code was dropped and "857 1234 5678" kept) Indonesia's code written without its
    // plus is still the code
    const value = (/^62[\s.-]?8/.test(raw) ? `+${raw}` : raw.replace(/^\(?(\+)/, '$1')).replace(/\s{2,}/g, ' ');
    found.push({ slot: 'phone', value, corrected: false, start });
    spans.push({ start, end: start + m[0].length });
  }
  return found;
}

/** Up to four words after a lead-in that look like a name: stops at punctuation and at the next lead-in. */
function nameAfter(text: string, from: number): string | undefined {
  const rest = text.slice(from);
  const words: string[] = [];
  for (const w of rest.split(/\s+/)) {
    if (!w) continue;
    const bare = w.replace(/[,;:!?()]+$/g, '').replace(/\.$/, (dot) => (TITLES.test(w.replace(/\.$/, '')) || /^[A-Z]$/.test(w.replace(/\.$/, '')) ? dot : ''));
    // ("Dan" first, capitalised, is a name: "I'm Dan from Contoso")
    if (/^(?:from|at|and|dan|dari|dr|di|email|e-mail|emailnya|phone|nomor|no|hp|with|of|here|bukan|not|tapi|but|yg|yang|ya|kak|aja|saja|deh)$/i.test(bare) && !(words.length === 0 && bare === 'Dan')) break;
    if (!/^[\p{L}][\p{L}.'’-]*$/u.test(bare)) break;
    // ("nama saya sebenarnya Linawati": the word that says it is a correction is not part of the name)
    if (words.length === 0 && /^(?:sebenarnya|sebenernya|sebetulnya|actually|really|tuh|itu|adalah|is)$/i.test(bare)) continue;
    words.push(bare);
    if (/[,;:!?]$/.test(w) || (w.endsWith('.') && !TITLES.test(bare.replace(/\.$/, '')) && !/^[A-Z]\.$/.test(bare))) break;
    if (words.length >= 4) break;
  }
  const name = words.join(' ').replace(NAME_LEAD_START, '').trim();
  return name || undefined;
}

/** A company name after a lead-in: up to the end of the clause, without a trailing description. */
function companyAfter(text: string, from: number): string | undefined {
  let rest = text.slice(from);
  rest = rest.split(/[,;!?]|\s+(?:and|dan|tapi|but)\s+|\.\s|\s+(?:email|e-mail|phone|no hp|nomor)\b/i)[0] ?? '';
  // ("my company is actually Nair Retail Group": the word that says it is a correction is not part of the name)
  let company = cleanTrailing(rest.replace(/^(?:actually|really|now|sebenarnya|sebenernya|sebetulnya)\s+/i, '').replace(/^(?:the|a|an)\s+/i, ''));
  const open = company.lastIndexOf('(');
  if (open >= 0 && company.indexOf(')', open) < 0) company = cleanTrailing(company.slice(0, open));
  if (!company || company.split(/\s+/).length > 7) return undefined;
  if (/^(?:sales|sales ops|support|it|home|the office|work)$/i.test(company)) return undefined;
  return company;
}

/** Text left when the other details and the fillers are taken out: the answer to the question asked. */
function residual(text: string, spans: Spans): string {
  let s = '';
  let last = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    s += `${text.slice(last, span.start)} , `;
    last = Math.max(last, span.end);
  }
  s += text.slice(last);
  return s;
}

const PLACEHOLDER = /^(?:(?:no|without|tanpa|gak ada|ga ada|tidak ada|nggak ada|belum ada)\s+(?:name|nama|number|nomor|no hp|phone|email|e-mail|company|perusahaan)|n\/?a|-+|\.+|\?+|none|nothing|no|nope|nil|null|tbd|unknown|anonymous|tidak ada|gak ada|ga ada|nggak ada|belum ada|kosong|rahasia|skip|lewati)$/i;

const ANSWER_FILLER_START = /^\s*(?:(?:hi|hello|halo|hai|ok|okay|oke|okey|sure|yes|ya|iya|yeah|yep|well|so|um|uh|ehm|hmm|baik|tentu|boleh|fine|alright|all right|right|sudah|udah|sip|siap|here you go|here it is|here|it's|its|it is|sure thing|no problem|nggak masalah)[\s,.!:-]+)+/i;

/**
 * What is left of "my number is 212-555-0147", "no hp 0812…", "oops my email is actually …" once the detail is taken
 * out: the label of a detail, no name, company or time (they were stored as the name "my number is").
 */
const DETAIL_LABEL = /^(?:(?:oops|sorry|sori|maaf|eh|wait|and|dan|also|juga|ini|this is|here is|here's)\s+)*(?:(?:my|our|the|his|her)\s+)?(?:(?:phone|mobile|cell|work|office|direct|wa|whatsapp)\s+)?(?:number|phone|mobile|cell|email|e-mail|mail|address|no\.?\s*(?:hp|telp|tlp|telpon|wa|handphone)|nomor(?:\s+(?:hp|telp|tlp|telpon|telepon|wa|whatsapp|handphone|kantor))?|nmr|hp|wa|whatsapp|telp|tlp|kontak|contact|alamat(?:nya)?(?:\s+email(?:nya)?)?)(?:\s+(?:saya|sy|aku|ku|kami|gw|nya|is|are|adalah|itu|tadi))*(?:\s+(?:actually|really|now|sebenarnya|sebenernya|yg bener|yang benar|yg benar|harusnya|seharusnya))?(?:\s+(?:is|adalah|jadi|to|ke))?$/i;

// ("Hi - Jennifer Alvarez, …": the greeting before the dash was sent to sales as the name "Hi")
// ("Sige, I'll talk to sales. Ana Reyes, …": the name "Sige", the company "Ana Reyes") a yes in other languages too
const LIST_FILLER = /^(?:yes|yeah|yep|sure|ok|okay|oke|okey|boleh|iya|ya|sip|siap|baik|tentu|fine|alright|of course|silakan|please|here you go|ini|sige|sige po|opo|oo|si|sí|oui|ja|da|vale|claro|bueno|d'accord|d’accord|certo|tudo bem|haan|ji|theek hai|okey dokey|great|cool|perfect|awesome|deal|good|right|done|noted|yup|hi|hii+|hello|hey|hai|halo|hallo|dear|greetings|good (?:morning|afternoon|evening|day)|selamat (?:pagi|siang|sore|malam))$/i;

function answerFor(slot: ContactSlot, text: string): string | undefined {
  // ("… / Senin pagi / setuju": the consent went to sales inside the time to call) a yes typed last is no part of a detail
  let s = text.replace(ANSWER_FILLER_START, '').replace(/\s*[/,;|.]\s*(?:setuju|saya setuju|boleh|bersedia|silakan|ok(?:e|ay)?|yes|ya|i agree|agreed?|consent(?:ed)?|ok to contact)\W*$/i, '');
  if (slot === 'name') {
    // "my name? Rick.": the visitor echoes the question first
    s = s.replace(/^[^?]{0,30}\?+\s+(?=\S)/, '');
    // "Hugo Blanc — can you also email me the estimate?": the name is the first clause
    s = s.split(/\s*[—–]\s*|\s+-\s+|[;?!]/)[0] ?? s;
    const lead = NAME_LEAD.exec(` ${s}`);
    if (lead && lead.index <= 2) s = ` ${s}`.slice(lead.index + lead[0].length);
    s = s.split(/\s+(?:from|at|dari|dr|di)\s+/i)[0] ?? s;
    s = s.split(/,\s*(?:and|dan|from|email|my|i|saya|aku)\b/i)[0] ?? s;
  } else if (slot === 'company') {
    const lead = COMPANY_LEAD.exec(` ${s}`);
    if (lead && lead.index <= 2) s = ` ${s}`.slice(lead.index + lead[0].length);
    // "toko online kita namanya Rumah Batik", "startup kecil, namanya Kirimin"
    const named = /\b(?:namanya|called|named|bernama)\s+(.+)$/i.exec(s);
    if (named) s = named[1]!;
    const kerja = /\b(?:kerja|bekerja) di\b.*?,\s*(.+)$/i.exec(s);
    if (kerja) s = kerja[1]!;
    s = s.split(/,|\s+-\s+|;|\s+(?:and|dan)\s+|\s+tp\s+|\s+tapi\s+/i)[0] ?? s;
    s = s.replace(/^(?:the|a|an)\s+/i, '');
  } else if (slot === 'time') {
    s = s.replace(/\bkapan\s*(?:aja|saja)\b/gi, 'kapanpun');
    // ("afternoons work best, pacific time": the time zone after it stays; it was cut with the rest)
    s = s.replace(/\s*\b(?:is|are|would be|works?)\s+(?:best|fine|good|better|great)\b(?:\s+for (?:me|us))?(.*)$/i, (_m, rest: string) => (/^\s*,/.test(rest) && TIME_WORDS_OR_ZONE.test(rest) ? rest : ''));
    s = s.replace(/\b(?:lebih baik|paling enak|paling bagus|enaknya)\b.*$/i, '');
    s = s.replace(/^(?:best|preferably|ideally|sebaiknya|mending|kalau bisa)\s+/i, '');
    // ("Waktu yang cocok hari Selasa …", "the best time is Tuesday": the label of the answer is not part of it)
    s = s.replace(/^(?:(?:waktu|jam)\s+(?:yang|yg)\s+(?:cocok|pas|enak|tepat)(?:\s+(?:adalah|yaitu|ialah))?|(?:the\s+)?(?:best|good|preferred)\s+time\s+(?:is|would be)|a good time is)\s*:?\s+/i, '');
    // ("kapan aja" is itself the answer: any time)
    // ("sore aja abis jam 3", "malem aja abis maghrib": the hour after the particle stays; it was cut to "sore", "malem")
    s = s.replace(/(?<!\bkapan)\s+(?:aja|saja|bebas|ya|kak|deh)\b(.*)$/i, (_m, rest: string) => (/\d|\b(?:jam|pukul|abis|habis|setelah|sesudah|sebelum|lewat|maghrib|magrib|isya|subuh|dzuhur|zuhur|ashar|asar|istirahat)\b/i.test(rest) || TIME_WORDS.test(rest) ? ` ${rest.trim()}`.replace(/^\s+(?=,)/, '') : ''));
    // "Wednesday 2pm, and use my office line …": the time ends where another request begins
    s = s.replace(/\s*,?\s+(?:and|dan|also|juga|plus)\s+(?:use|call|pakai|pake|my|please|tolong|email|send|kirim)\b.*$/i, '');
  }
  // "Bob Smith, bob@smithco": a half-typed email is not part of the name (the email question comes next)
  if (slot !== 'time') s = s.replace(/[\s,;]*\S*@.*$/, '');
  // ("what company? Quick Fix Appliance Repair": "Please tell me the company name") the question said back before the
  // answer is not part of it
  s = s.replace(/^\s*(?:(?:what|which|my|the|our)\s+)?(?:company|organi[sz]ation|business|employer|name|nama|perusahaan|instansi|kantor)(?:\s+(?:name|nama))?\s*\?\s*/i, '');
  // ("… / jam 10 pagi WIB", ". Bisa dihubungi Senin pagi": the separator before a part is not part of it)
  const value = cleanTrailing(s.replace(/^[\s/.,;:|-]+/, ''));
  // "n/a", "-", "none", "tidak ada": a refusal in the shape of an answer; "boleh", "iya", "sure": a yes, no name or time
  if (!value || PLACEHOLDER.test(value) || LIST_FILLER.test(value) || TITLES.test(value) || DETAIL_LABEL.test(value) || /^(?:kakak|min|gan|sis|bro|bang)$/i.test(value)) return undefined;
  // "just send the pdf", "use my work email", "oh": a request or an interjection typed at the question, not a name or a company
  // (written as a name, "Will Smith", "Oh Min-jun", "Can Do Inc" are names)
  const titled = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.&-]*)+$/u.test(value);
  if ((slot === 'name' || slot === 'company') && ((NOT_A_VALUE_START.test(value) && !titled) || (slot === 'name' && NOT_A_NAME_WORD.test(value)))) return undefined;
  // ("kira2 kami butuh 8 agen, telepon dan WhatsApp" at the time question: the time "kira2 kami butuh 8 agen") a head
  // count names no time
  if (slot === 'time' && /\d\s*(?:agents?|agen|seats?|kursi|people|staff|users?|cs)\b/i.test(value)) return undefined;
  // a time answer keeps only its time: "please have someone contact me, tuesdays after 2pm" → "tuesdays after 2pm"
  if (slot === 'time' && value.includes(',')) {
    const timed = value.split(/,\s*/).filter((p) => TIME_WORDS.test(p) || /\d/.test(p) || TIME_WORDS_OR_ZONE.test(p));
    if (timed.length > 0 && timed.length < value.split(/,\s*/).length) return timed.join(', ');
  }
  // "40 agents", "we need 40 agents actually" at the company question changes the scenario; it names no company
  if (slot === 'company' && /\d\s*(?:agents?|agen|seats?|kursi|orang|people|staff|users?|cs)\b/i.test(value)) return undefined;
  // ("eh salah, emailnya dewi.lestari@…" at the company question: the company "emailnya") the name of another detail
  // is no value of this one
  if ((slot === 'company' || slot === 'name') && /^(?:(?:my|the|our|alamat|nomor|no\.?)\s+)?(?:e-?mail|email|surel|e-?mailnya|emailnya|emailku|nomor|nomornya|nomorku|phone|telepon|telp|hp|wa|nama|namanya|name|company|perusahaan)(?:nya|ku)?(?:\s+(?:saya|aku|kami|gue|gw|yang bener|yang benar|harusnya|seharusnya|is|address))*\W*$/i.test(value.trim())) return undefined;
  // ("thanks, bye" at the company question: the company "thanks")
  if ((slot === 'company' || slot === 'name') && /^(?:thanks?|thank you|thx|ty|bye|goodbye|cheers|makasih|terima kasih|dadah|ok(?:ay)? bye)\b/i.test(value)) return undefined;
  // ("yes thats fine send it" at the company question: stored as the company) a consent or a go-ahead names no company
  if ((slot === 'company' || slot === 'name') && !titled && /\b(?:that'?s fine|thats fine|that'?s ok(?:ay)?|sounds good|go ahead|send it|go for it|fine by me|all good|looks good|lanjut(?:kan)?|kirim aja|oke kirim|silakan|gas)\b/i.test(value)) return undefined;
  // ("yes that's all correct", "ya betul" at the time question: stored as the preferred time) an agreement names no time
  if (slot === 'time' && !/\d/.test(value) && !TIME_WORDS.test(value) && /\b(?:correct|right|true|accurate|fine|good|ok|okay|yes|yep|yeah|betul|benar|bener|iya|ya|oke|sip|setuju|cocok|sesuai)\b/i.test(value)) return undefined;
  // "my email is …" at the time question introduces another detail; it is not a time
  if (slot === 'time' && /\b(?:e-?mail|phone|number|nomor|name|nama|company|perusahaan)\b/i.test(value) && !TIME_WORDS.test(value)) return undefined;
  return value;
}

/** The run of time words in a longer sentence: "please have sales call me Thursday morning about …" → "Thursday morning". */
function timePhrase(sentence: string): string | undefined {
  const words = sentence.replace(/[.!?]+$/, '').split(/\s+/);
  const isTime = words.map((w) => TIME_WORDS.test(w) || TIME_WORDS_OR_ZONE.test(w));
  // (whether a time word comes later, from each position: one pass, so a long message stays linear)
  const laterTime: boolean[] = new Array(words.length + 1).fill(false);
  for (let k = words.length - 1; k >= 0; k--) laterTime[k] = isTime[k]! || laterTime[k + 1]!;
  let best: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isTime[i]) continue;
    let j = i;
    while (j + 1 < words.length && (isTime[j + 1] || (TIME_GLUE.test(words[j + 1]!) && laterTime[j + 2]))) j++;
    // "after 2pm", "between 9 and 11 am": a lead word before the first time word belongs to it
    const start = i > 0 && /^(?:after|before|around|between|from|on|setelah|sebelum|sekitar|antara|jam|pukul|hari)$/i.test(words[i - 1]!) ? i - 1 : i;
    if (j - start + 1 > best.length) best = words.slice(start, j + 1);
    i = j;
  }
  return best.length > 0 ? best.join(' ').replace(/[,;]+$/, '') : undefined;
}

type Found = Partial<Record<ContactSlot, string>>;

/** "PT Abadi Jaya", "Acme Corp", "O'Brien & Co.": an organisation's name, not a person's. */
function orgLikeName(p: string): boolean {
  const t = p.trim();
  return ORG_PREFIX.test(t.split(/\s+/)[0] ?? '') && t.split(/\s+/).length >= 2 || /\b(?:ltd|inc|corp|llc|gmbh|co|tbk|group|labs|systems|solutions|technologies|tech|company|corporation|holdings)\.?$/i.test(t) || /\s&\s/.test(t) ||
    // a business said by its trade: "Acme Dental Partners", "Becker HVAC", "Park Plumbing"
    (t.split(/\s+/).length >= 2 && /\b(?:partners|associates|dental|clinic|klinik|hvac|plumbing|services|consulting|agency|studio|store|shop|toko|bakery|hotel|university|school|hospital|insurance|bank|logistics|media|foods|motors|realty|credit union|airlines?|pharmacy|apotek|travel|retail|finance|capital|health|law|legal|digital|marketing|design|software|networks?|telecom|energy|industries|enterprises?|ventures|global|international|analytics|creative|works|express|logistik|mart|farma|medika|sejahtera|makmur|nusantara)$/i.test(t));
}

/** The details one stretch of text gives, without corrections. */
function parseSegment(text: string, asked: string | undefined): Found {
  const spans: Spans = [];
  const found: Found = {};
  const emails = findEmails(text, spans);
  const phones = findPhones(text, spans);
  // "it's dana@acme.io not dana@acme.oi": the value after "not"/"bukan" is the wrong one
  for (const list of [emails, phones]) {
    const keep = list.filter((v, i) => i === 0 || !/\b(?:not|bukan)\b/i.test(text.slice(list[i - 1]!.start, v.start)));
    if (keep.length) found[keep[0]!.slot] = keep[keep.length - 1]!.value;
  }
  const wantName = asked === 'name';
  const wantCompany = asked === 'company';

  // every lead-in in turn: "Tailwind Traders, I'm the ops lead, name's Bea" names Bea, not "the ops lead"
  for (const nameLead of text.matchAll(NAME_LEAD_ALL)) {
    const lead = nameLead[0].replace(/^[\s,.;!?(]+/, '').trim().toLowerCase();
    const candidate = nameAfter(text, nameLead.index! + nameLead[0].length);
    const weak = /^(?:saya|sy|aku|gw|gue|i am|i'm|im|this is|it's|its|dengan|nama|call me)$/.test(lead);
    // "it's Lucerne Publishing" answers the company question: a weak lead names a person only where a name fits
    const otherDetailAsked = asked !== undefined && asked !== 'name' && CONTACT_SLOTS.has(asked);
    // "aku budi dari CV Makmur Jaya": one lower-case word between "aku" / "I'm" and a named organisation is a name
    const end = nameLead.index! + nameLead[0].length + (candidate?.length ?? 0);
    // ("sy budi santoso dr CV Maju Jaya Teknik": the name dropped and asked three times) or up to three such words after
    // an Indonesian "saya" before a business with its legal form
    const beforeOrg = candidate !== undefined && (!candidate.includes(' ') || (/^(?:saya|sy|aku|gw|gue)$/.test(lead) && candidate.split(' ').length <= 3 && /^\s+(?:dari|dr)\s+(?:PT|CV|UD|PD)\b/i.test(text.slice(end)))) && /^\s+(?:from|dari|dr)\s+(?:\p{Lu}|(?:PT|CV|UD)\b)/u.test(text.slice(end));
    // ("sorry its Jon Smyth not John" at the email question: a name set against the one given is a correction of it)
    const againstName = candidate !== undefined && /^\p{Lu}/u.test(candidate) && /^\s*,?\s*(?:not|bukan)\s+\p{Lu}/u.test(text.slice(end));
    if (candidate && (!weak || /^\p{Lu}/u.test(candidate) || wantName || beforeOrg) && (!(weak && otherDetailAsked) || againstName) && !NOT_A_NAME.test(candidate) && !(lead === 'call me' && WHEN_TO_CALL.test(candidate))) {
      found.name = candidate;
      break;
    }
  }


  // "Hi, Tom Baker here from Baker Plumbing": a name said with "here" in place of "I'm"
  if (!found.name) {
    const opening = text.trim().replace(/^(?:hi|hello|hey|halo|hai|good (?:morning|afternoon|evening))\b[\s,!.-]*/i, '');
    const here = /^((?:\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})\s+here\b/u.exec(opening);
    if (here && !NOT_A_NAME_WORD.test(here[1]!) && !LIST_FILLER.test(here[1]!)) found.name = here[1]!;
  }
  const withoutDetails = residual(text, spans);
  for (const m of withoutDetails.matchAll(new RegExp(COMPANY_LEAD.source, 'gi'))) {
    const candidate = companyAfter(withoutDetails, m.index! + m[0].length);
    if (!candidate) continue;
    const lead = m[0].replace(/^[\s,.;!?(]+/, '').trim().toLowerCase();
    const capital = /^\p{Lu}/u.test(candidate) || ORG_PREFIX.test(candidate.split(/\s+/)[0] ?? '');
    // "from", "at", "dari", "di", "with" are everyday words: only a capitalised name or an org prefix makes them a company
    // so are "we're" ("we're looking at 200 agents"), a bare "company" ("a company like ours") and "kantor" ("di kantor aja")
    const weak = WEAK_COMPANY_LEADS.test(lead);
    if (weak && !capital) continue;
    if (TIME_WORDS.test(candidate) && !capital) continue;
    found.company = candidate;
    break;
  }

  // A list of details ("Tom Becker, tom@x.com, Globex Corp"): the parts that are not an email or a phone
  // number are, in order, the name and the company, when they look like names.
  const parts = residual(text, spans)
    // ("St. Luke's Health": the company "Luke's Health"; "nama saya drg. Rina Wulandari": the company "Rina Wulandari")
    // the full stop of an abbreviation before a name ends no part
    .replace(/\b(St|Mt|Ft|Ste|Drg|drg|Dr|dr|Prof|prof|Ir|Hj|Mr|Mrs|Ms)\.\s+(?=\p{Lu})/gu, '$1\u2024')
    .replace(/^[^:]{0,40}:\s*/, (m) => (/(contact|details|reach|here|hubungi|kontak|data)/i.test(m) ? '' : m))
    // ("kirim ke sales ya. Hendra, hendra@…": a sentence's stop ends a part too; "…, PO Sinar Baru Express. ga usah
    // ditelpon": the company lost with the lower-case sentence after it)
    .split(/[,;\n]|\s+\/\s+|\s+-\s+|(?<=\p{Ll}{2})[.!?]\s+(?=\p{L})/u)
    .map((p) => cleanTrailing(p.trim()))
    // "Boleh, Maya Lestari, maya@…": the yes in front is no name
    .filter((p) => p.length > 0 && !LIST_FILLER.test(p));
  const listed = spans.length > 0 && parts.length >= 1;
  if (listed) {
    // "Have sales contact Leo Martins", "hybrid. Mei Lin", "yes: Grace Park": a name at the end of a part that says something else
    const runs = parts.map((p) => {
      const run = /(?:^|[\s.:])((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){1,3})$/u.exec(p);
      // ("Patel & Sons Plumbing": a name joined by "&" or "and" to the words before it is the whole name)
      return (run && run.index > 0 && !/^(?:I|I'm|PT|CV)\b/.test(run[1]!) && !/(?:&|\band|\bdan|\bof)\s*$/i.test(p.slice(0, run.index + 1)) ? run[1]! : p).replace(/\u2024/g, '. ');
    });
    parts.splice(0, parts.length, ...runs);
    if (!found.time && asked !== 'time') {
      // ("perusahaan CV Berkah Abadi, telp sore aja jam 3an": the time after "call me")
      // ("…, best time is Tuesday mornings UK time": the time after its label was dropped)
      const when = parts.map((p) => p.replace(TIME_LABEL_LEAD, '')).find((p) => p.split(/\s+/).length <= 6 && TIME_WORDS.exec(p.replace(CALL_TIME_LEAD, ''))?.index === 0);
      // ("…, hp 0812-3456-7890, enaknya jam 10 pagi": the time beside the other details was asked again)
      const t = when ? answerFor('time', when.replace(/^(?:(?:telp|tlp|telpon|telepon|hubungi|ring|enaknya|enak nya|bisanya|sebaiknya|best|dihubungi|ditelepon|ditelpon|bisa)\s+)+/i, '')) : undefined;
      if (t) found.time = t;
    }
    const titled = parts.filter((p) => /^(?:\p{Lu}[\p{L}.'’&-]*)(?:\s+(?:\p{Lu}[\p{L}.'’&-]*|&|and|dan|of|de|van|bin|binti))*$/u.test(p) && p.split(/\s+/).length <= 5);
    // ("leo@parkdigital.co, Park Digital": a business said by its trade is the company, not the name)
    const orgLike = (p: string) => ORG_PREFIX.test(p.split(/\s+/)[0] ?? '') || /\b(?:ltd|inc|corp|llc|gmbh|co|tbk|group|bank|labs|health|law|systems|solutions|technologies|tech)\.?$/i.test(p) || /&/.test(p) || orgLikeName(p);
    for (const raw of titled) {
      // ("Thanks, could you put me in touch with sales? Jonathan Okafor, jokafor@…": the name "Thanks", the company
      // "Jonathan Okafor") a word of thanks or greeting before the details is neither
      if (COURTESY_PART.test(raw)) continue;
      // ("Hannah O'Connor, Head of Resident Services, Campus Living Co, …": the job title went to sales as the company)
      if (JOB_TITLE.test(raw)) continue;
      // "I'm Sam Ortiz, sam@ortiz.dev": the part that introduced the name is not also the company
      const p = raw.replace(NAME_LEAD_START, '').trim();
      // "WA 0812-3456-7890": the label of the number is no name (the lead went to sales as "Kontak: WA")
      if (!p || p === found.name || p === found.company || NAME_LEAD_START.test(raw) || DETAIL_LABEL.test(p)) continue;
      // ("Nama: Dr. Hendra Wijaya, RS Sehat Sentosa": the name after its title's full stop is the name again, not the company)
      if (found.name && found.name.toLowerCase().endsWith(p.toLowerCase())) continue;
      // ("Nama Budi Santoso, …, PT Toko Baju Nusantara": the name with its label in front went to sales as the company)
      if (found.name && p.toLowerCase().endsWith(` ${found.name.toLowerCase()}`) && p.split(/\s+/).length - found.name.split(/\s+/).length === 1) continue;
      if (!found.company && orgLike(p) && asked !== 'name') found.company = p;
      else if (!found.name && !orgLike(p) && (wantName || asked === undefined || !['company', 'time'].includes(asked))) found.name = p;
      else if (!found.company && asked !== 'company') found.company = p;
    }
    // "acme logistics, jane doe, jane.doe@acmelogistics.com": typed in lower case, the parts are told apart by the
    // email itself: the one its local part spells is the name, the one its domain spells is the company
    const email = found.email ?? emails[0]?.value;
    if (email) {
      const [local, domain = ''] = email.toLowerCase().split('@') as [string, string?];
      const localLetters = local.replace(/[^a-z]/g, '');
      const domainLetters = (domain.split('.')[0] ?? '').replace(/[^a-z]/g, '');
      for (const p of parts) {
        if (p === found.name || p === found.company || /\d|@/.test(p) || p.split(/\s+/).length > 4) continue;
        const words = p.toLowerCase().split(/\s+/).map((w) => w.replace(/[^a-z]/g, '')).filter(Boolean);
        const letters = words.join('');
        if (letters.length < 3 || NOT_A_NAME_WORD.test(p) || LIST_FILLER.test(p)) continue;
        if (!found.company && domainLetters.length >= 3 && (letters === domainLetters || (letters.length >= 5 && (domainLetters.startsWith(letters) || letters.startsWith(domainLetters))))) {
          found.company = p;
        } else if (!found.name && words.length <= 3 && words.every((w) => w.length >= 2 && localLetters.includes(w)) && words.join('').length >= Math.min(3, localLetters.length)) {
          found.name = p;
        }
      }
    }
  }
  // "Nama saya Hendra Wijaya, jabatan Head of Customer Care, PT Telekomunikasi Nusantara": a part that starts like an
  // organisation is the company, whatever else the message lists (it was dropped and asked again)
  if (!found.company && asked !== 'company') {
    const org = text.split(/[,;\n]|\s+\/\s+|\.\s+/).map((p) => cleanTrailing(p.trim())).find((p) => ORG_PREFIX.test(p.split(/\s+/)[0] ?? '') && p.split(/\s+/).length >= 2 && p.split(/\s+/).length <= 7 && (/^\p{Lu}/u.test(p) || /^(?:pt|cv|ud|pd|tbk|yayasan|koperasi|rsud|rsia)\s/i.test(p)) && p !== found.name);
    // ("saya dr. Hendra, direktur RS Harapan Sehat", "saya Andreas dari bagian pengadaan PT Sinar Logistik": the
    // organisation named inside a part that describes the person)
    const inside = org ? undefined : ORG_INSIDE.exec(text);
    if (org) found.company = org;
    else if (inside && inside[0] !== found.name) found.company = cleanTrailing(inside[0].split(/\.\s/)[0]!);
  }
  // "perusahaan CV Berkah Abadi, telp sore aja jam 3an", "Sam Lee, call after 3pm": the answer, then when to call
  if ((wantName || wantCompany) && !found.time) {
    const clauses = residual(text, spans).split(/\s*,\s*/).map((c) => c.trim()).filter(Boolean);
    const last = clauses[clauses.length - 1];
    if (clauses.length >= 2 && last && last.split(/\s+/).length <= 8 && TIME_WORDS.exec(last.replace(TIME_LABEL_LEAD, '').replace(CALL_TIME_LEAD, ''))?.index === 0) {
      const t = answerFor('time', last.replace(TIME_LABEL_LEAD, '').replace(/^(?:telp|tlp|telpon|telepon|hubungi|ring|call(?: me)?)\s+/i, ''));
      const at = text.lastIndexOf(last);
      if (t && at >= 0) {
        found.time = t;
        spans.push({ start: at, end: at + last.length });
      }
    }
  }
  // ("mornings before 10 are best" at the name question: asked for the name again, and the time later) a time said
  // alone where another detail was asked is the time
  // ("Afternoons", "kapan aja" at the consent question, where no time had been asked: the answer was lost and yes or
  // no asked again) at the consent question too
  if (asked && (asked === 'consent' || (asked !== 'time' && asked !== 'company' && CONTACT_SLOTS.has(asked))) && Object.keys(found).length === 0 && isTimeAnswer(text)) {
    const t = answerFor('time', text);
    if (t) found.time = t;
  }
  // ("Mark Thompson, company is Bright Smiles Dental" at the name question: the company was kept and the name asked
  // again) the clause before the company's is the name
  if (wantName && !found.name && found.company) {
    const head = residual(text, spans).split(/\s*[,;]\s*/)[0]?.trim();
    const answer = head && !head.includes(found.company) ? answerFor('name', head) : undefined;
    if (answer && answer.split(/\s+/).length <= 5 && !/\d/.test(answer) && !orgLikeName(answer)) found.name = answer;
  }
  if (wantName && !found.name) {
    const first = listed ? parts[0] : undefined;
    // "Jane Doe, Acme Corp": a name and then a company, each in its own part
    const clauses = (first ?? residual(text, spans)).split(/\s*,\s*/).filter(Boolean);
    if (clauses.length === 2 && !found.company && orgLikeName(clauses[1]!) && !orgLikeName(clauses[0]!)) found.company = cleanTrailing(clauses[1]!);
    const answer = answerFor('name', clauses.length === 2 && found.company === cleanTrailing(clauses[1]!) ? clauses[0]! : first ?? residual(text, spans));
    // "20 agen", "3 channels" typed at the name question are not names: names carry no digits
    if (answer && answer.split(/\s+/).length <= 5 && !/\d/.test(answer)) {
      // "PT Abadi Jaya" at the name question names the company (it was sent to sales as the visitor's name)
      if (orgLikeName(answer) && !found.company) found.company = answer;
      else if (!orgLikeName(answer)) found.name = answer;
    }
  }
  // ("Acme Dental Partners" typed at the email question, before the email: not understood, and the company asked
  // three times): an organisation's name where another detail was asked is the company
  if ((asked === 'email' || asked === 'phone') && !found.company && !found.email && !found.phone && !text.includes('?')) {
    const rest = cleanTrailing(residual(text, spans).trim());
    if (rest && rest.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(rest) && orgLikeName(rest)) found.company = rest;
  }
  if (wantCompany) {
    const rest = residual(text, spans);
    const answer = answerFor('company', rest);
    // "sore aja", "anytime", "mornings" at the company question answer the time question (asked next, or
    // mistaken for this one), not a company called "sore"
    if (answer && !found.time && isTimeAnswer(rest)) found.time = answerFor('time', rest) ?? answer;
    else if (answer) found.company = answer;
  }
  if (asked === 'time') {
    const answer = answerFor('time', residual(text, spans));
    // beside another detail ("my email is actually bob@…"), the rest is a time only if it names one
    if (answer && (spans.length === 0 || TIME_WORDS.test(answer) || /\d/.test(answer))) found.time = answer;
  } else if (phones.length || asked === 'phone') {
    // "+65 9123 4567, best after 2pm", "0821-1111-2222, tlp siang aja": a time beside the number
    // ("Selamat pagi, saya Hendra … 0811-222-333": a greeting, not the time to call)
    // ("Please have sales call me Thursday morning about a 70 agent setup. You have my consent to contact me.": each
    // sentence is a part, and a long one gives only its time words; the consent sentence went to sales as the time)
    const parts = residual(text, spans).split(/,|(?<=[.!?])\s+/).map((p) => p.trim()).filter((p) => TIME_WORDS.test(p) && !GREETING_TIME.test(p));
    // ("…, +65 8123 4567, … Best time to call is mornings SGT.": the time "to") the label of the time is no part of it
    const last = parts[parts.length - 1]?.replace(TIME_LABEL_LEAD, '');
    if (last) {
      const phrase = last.split(/\s+/).length > 6 ? timePhrase(last) : last;
      const t = phrase ? answerFor('time', phrase.replace(/^(?:best|call|tlp|telp|telpon|hubungi|preferably)\s+/i, '')) : undefined;
      if (t) found.time = t;
    }
  }
  return found;
}

/**
 * Every contact detail the message carries. The context says which detail the advisor just asked
 * for: then the rest of the message counts as that detail's answer. A correction cue splits the
 * message: details before it are set, the same details after it are corrections.
 */
/** "nama saya salah ketik, harusnya Sarah", "my name is misspelled, it should be Sarah": the field named wrong, then its value. */
const FIELD_FIXED = /\b(?:(nama|name|company|perusahaan)(?:\s+(?:saya|aku|kami|ku|nya))?|my name|our company)\b[^.?!]{0,40}?\b(?:salah(?: ketik| tulis)?|typo|misspell(?:ed)?|wrong|keliru|incorrect)\b[^.?!]{0,20}?\b(?:should be|it should be|it'?s|its|is actually|harusnya|seharusnya|mestinya|yang (?:bener|benar)(?:nya)?|maksudnya|sebenarnya)\s+(.+)$/i;

/** "oops typo in my name, it's Sarah", "salah ketik di nama, harusnya Sarah". */
const FIXED_FIELD = /\b(?:typo|misspel\w*|wrong|salah(?: ketik| tulis)?|keliru)\b\s+(?:in|on|di|pada)\s+(?:(?:my|the|our)\s+)?(nama(?:\s+saya|nya)?|name|company|perusahaan)\b[^.?!]{0,20}?\b(?:should be|it should be|it'?s|its|is|harusnya|seharusnya|mestinya|yang (?:bener|benar)(?:nya)?|maksudnya)\s+(.+)$/i;

/** "nama: Andi", "Name : Jo", "perusahaan: PT X": a form-style label, written the way "name:" is understood. */
const LABEL_COLON = /\b(nama|name|email|e-mail|company|perusahaan|phone|telp|hp|no hp|wa)\s*:\s*/gi;

/** A company named with its label after other words: "ok, back to it - company is BounceZone". */
const COMPANY_LABELLED_LATE = /(?:^|[-–—,.;:]\s*|\b(?:and|dan)\s+)(?:(?:my|our|the)\s+)?(?:company|organi[sz]ation|employer|perusahaan(?:nya)?)(?:\s+name)?\s+(?:is|adalah|:)\s+([\p{Lu}\d][^,.;!?]{0,60}?)\s*[.!]*$/u;

export function findContacts(raw: string, context: Context): ContactValue[] {
  // ("555-123-4567 ext. 12": the extension dropped at the stop after "ext") the abbreviation's stop ends no sentence
  // (the same length, so every position found stays true of the text as typed)
  raw = raw.replace(/\b(ext|ekst|extn)\.(\s*)(?=\d)/gi, (_m, w: string, s: string) => `${w} ${s}`);
  // ("ok, back to it - company is BounceZone" at the company question: "back to it" went to sales as the company)
  const late = context === 'asked_company' ? COMPANY_LABELLED_LATE.exec(raw) : null;
  if (late) return [{ slot: 'company', value: late[1]!.trim(), corrected: false, start: raw.indexOf(late[1]!) }];
  // ("Jordan Morrison. Lexical Translations." at the name question: the whole line kept as the name, then "Which
  // company?") two capitalised parts, the second no job title, are the name and the company
  if (context === 'asked_name' && !/[@\d]/.test(raw)) {
    const parts = raw.trim().replace(/[.!]+$/, '').split(/\s*[.,;]\s+|\s+[-–—|]\s+/);
    const word = /^\p{Lu}[\p{L}'’&.-]*$/u;
    const titled = (p: string) => p.split(/\s+/).length <= 5 && p.split(/\s+/).every((w) => word.test(w) || /^(?:&|and|of|de|van|bin)$/i.test(w));
    if (parts.length === 2 && parts.every(titled) && parts[0]!.split(/\s+/).length >= 2 && !JOB_TITLE.test(parts[1]!) && !COURTESY_PART.test(parts[0]!)) {
      return [{ slot: 'name', value: parts[0]!, corrected: false, start: 0 }, { slot: 'company', value: parts[1]!, corrected: false, start: raw.indexOf(parts[1]!) }];
    }
  }
  const found = findContactsRaw(raw, context);
  const out: ContactValue[] = [];
  for (const c of found) {
    if (c.slot === 'time') {
      // "best time is weekday mornings Pacific", "thinking cloud. Can someone call me Tuesday afternoon": the time alone
      // ("Rabu jam 15.00 WIB. Saya setuju dihubungi.": the consent sentence kept as the time, and the time lost) the
      // last sentence that names a time
      const sentences = c.value.split(/(?<=[.!?])\s+/);
      let v = [...sentences].reverse().find((x) => TIME_WORDS.test(x) || /\d/.test(x)) ?? sentences.pop() ?? c.value;
      // ("phone is +1 (312) 555-0188 and tuesday afternoon works": "and tuesday afternoon" went to sales) the joining word
      v = v.replace(/^(?:and|dan|&|plus|also|juga|then|terus|trus)\s+(?=\S)/i, '');
      // ("sebaiknya Senin depan jam 10 pagi": the word of preference kept in the time)
      v = v.replace(/^(?:sebaiknya|preferably|ideally|kalau bisa|kalo bisa|klo bisa|enaknya|mungkin)\s+(?=\S)/i, '');
      // ("Hubungi saya Selasa pagi jam 9-11": "saya" kept in the time)
      v = v.replace(/^(?:(?:tolong\s+|mohon\s+|silakan\s+)?(?:hubungi|telepon|telpon|kontak|call|ring|contact)\s+(?:saya|sy|aku|kami|me|us)\s+)(?=\S)/i, '');
      v = v.replace(/^(?:.*?\b(?:can|could|would|pls|please)\s+(?:someone|somebody|you|sales)\s+)?(?:call|ring|contact|reach|phone)\s+(?:me|us)\s+(?:on|at)?\s*/i, '');
      v = v.replace(/^(?:the\s+)?(?:best\s+)?time(?:\s+to\s+(?:call|reach|contact)(?:\s+(?:me|us))?)?\s*(?:is|are|would be|:)\s+/i, '');
      // ("Waktu: pagi hari antara pukul 08.00–10.00": the label went to sales in the time)
      v = v.replace(/^(?:waktu(?:nya)?|jam|kapan|preferred time|call time|waktu (?:dihubungi|telepon|telpon))\s*[:=-]\s*(?=\S)/i, '');
      // "best time mornings", "waktu terbaik: pagi": the label without a verb
      v = v.replace(/^(?:(?:the\s+)?(?:best\s+)?time|(?:waktu|jam)\s+(?:terbaik|yang pas|yg pas|enak|yang nyaman|yg nyaman|yang cocok|yg cocok|yang tepat|yg tepat|yang enak|yg enak)(?:\s+(?:adalah|yaitu|ialah))?)\b\s*(?:[:=-]\s*)?(?=\S)/i, '');
      // ("bisa ditelpon siang jam 1": the time, without the "can be called")
      v = v.replace(/^(?:(?:bisa|boleh|enaknya|sebaiknya|tolong|silakan|silahkan|mohon)\s+)?(?:di)?(?:telpon|telepon|telp|hubungi|kontak)(?:nya)?\s+(?=\S)/i, '');
      // ("kapan aja deh, pagi lebih enak": "kapanpun, pagi lebih" went to sales) a time said to be better is the one preferred
      v = v.replace(/(\p{L}+)\s+(?:lebih|lbh)\s+(?:enak|baik|bagus|cocok|nyaman|oke|ok)[.!]*$/iu, 'lebih disukai $1');
      // ("Tuesday afternoon UK time works": the verb kept in the time)
      v = v.replace(/\s+(?:works?|would work|is (?:good|fine|best|ok(?:ay)?)|suits (?:me|us)|(?:is )?(?:best|ideal)|cocok|bisa|enak)[.!]*$/i, '');
      // ("call me Thursday morning at 555-123-9876": "me Thursday morning at" went to sales) the person called and the
      // word before the number are not the time
      v = v.replace(/^(?:me|us)\s+(?=\S)/i, '').replace(/\s+(?:at|on|via)$/i, '');
      v = cleanTrailing(v.replace(/[?]+$/, ''));
      if (v) out.push({ ...c, value: v });
      continue;
    }
    // "saya dari Teams, … dari Koperasi Syariah Amanah": the app they write from is no company; the organisation named
    // after it is (the lead went to sales as "Teams")
    if (c.slot === 'company' && APP_NOT_COMPANY.test(c.value.trim())) {
      const org = /\b(?:dari|from|at|di)\s+((?:pt|cv|ud|koperasi|yayasan|rs|rsud|bank|universitas|klinik|toko|dinas)\b[^,.;]{2,60})/i.exec(raw);
      if (org) out.push({ ...c, value: cleanTrailing(org[1]!.trim()) });
      continue;
    }
    // "… Can someone call me Tuesday afternoon?": a day and a part of it are no name (the lead went to sales as "Tuesday afternoon")
    if (c.slot === 'name' && TIME_WORDS.exec(c.value)?.index === 0) continue;
    // ("0812-9988-7766 — Budi, PT …": the dash between two details went to sales as part of the name, which then failed
    // the name check and was asked again)
    if (c.slot === 'name' && /^[\s\p{Pd}:;,.|/]+\S/u.test(c.value)) {
      out.push({ ...c, value: c.value.replace(/^[\s\p{Pd}:;,.|/]+/u, '') });
      continue;
    }
    out.push(c);
  }
  // ("Vantage Cargo. I already gave you all of this.", "ProteksiKu, sudah saya sebut di awal kan": the complaint went to
  // sales in the company, or the answer was refused) words about having said it before are no part of a detail
  for (let k = 0; k < out.length; k++) {
    const c = out[k]!;
    if (c.slot !== 'company' && c.slot !== 'name') continue;
    const cleaned = cleanTrailing(c.value.replace(SAID_BEFORE, ' ').replace(/^[\s:,.;-]+|[\s:,;-]+$/g, '').replace(/\s{2,}/g, ' ').trim());
    if (cleaned !== c.value) out[k] = { ...c, value: cleaned };
  }
  // ("Hmm, setelah dipikir-pikir, boleh deh …": "Hmm" went to sales as the name) a sound of thinking is no detail
  for (let k = out.length - 1; k >= 0; k--) if ((out[k]!.slot === 'name' || out[k]!.slot === 'company') && /^(?:h+m+|hm+|um+|uh+|oh+|eh+|ah+|wah|duh|well|ok(?:ay)?|oke|nah|yah|lho|loh)$/i.test(out[k]!.value.trim())) out.splice(k, 1);
  // ("Halo, saya Rina dari agen asuransi mobil ProteksiKu": the company asked again) the organisation named after a few
  // words of what kind it is
  if (out.some((c) => c.slot === 'name') && !out.some((c) => c.slot === 'company')) {
    const kind = /\b(?:dari|from|at|with|di)\s+(?:[a-z]+\s+){1,4}(\p{Lu}[\p{L}\d&'’-]+(?:\s+\p{Lu}[\p{L}\d&'’-]+){0,3})/u.exec(raw);
    // (a place, "a small clinic in Leeds", is no organisation)
    const placed = kind ? /\b(?:in|at|di|of|near|dekat|around|sekitar|kota|city)\s+$/i.test(raw.slice(0, raw.indexOf(kind[1]!, kind.index))) : false;
    if (kind && !placed && !TIME_WORDS.test(kind[1]!) && !NOT_A_NAME_WORD.test(kind[1]!)) out.push({ slot: 'company', value: cleanTrailing(kind[1]!), corrected: false, start: kind.index });
  }
  // ("It's Prairie Movers Ltd." at the name question: the company went to sales as the person's name) a name with a
  // legal form is the company
  const firm = out.findIndex((c) => c.slot === 'name' && /\b(?:ltd|limited|inc|incorporated|llc|llp|corp|corporation|gmbh|pty|plc|tbk|co)\.?$|^(?:pt|cv|ud)\.?\s+\p{L}/iu.test(c.value.trim()));
  if (firm >= 0 && !out.some((c) => c.slot === 'company')) out[firm] = { ...out[firm]!, slot: 'company' };
  // ("Namanya Bayu Pratama, …, perusahaan PT Toko Maju Retail": the person went to sales as the company too) one value
  // is not both: the company is looked for again without the name
  const person = out.find((c) => c.slot === 'name');
  const both = person ? out.findIndex((c) => c.slot === 'company' && c.value === person.value) : -1;
  if (person && both >= 0) {
    const at = raw.indexOf(person.value);
    const other = at >= 0 ? findContactsRaw(raw.slice(0, at) + ' '.repeat(person.value.length) + raw.slice(at + person.value.length), context).find((c) => c.slot === 'company' && c.value.trim() !== '') : undefined;
    if (other) out[both] = other;
    else out.splice(both, 1);
  }
  // "saya dr. Hendra, direktur …": a name with its title (the title made it no name)
  // ("Nama saya Hj. Rahmah Siregar": the title alone went to sales as the name) a name that is only its title gives way
  const titleOnly = out.findIndex((c) => c.slot === 'name' && /^(?:dr|drg|ir|prof|pak|bu|bapak|ibu|mr|mrs|ms|hj|hjh|h|drs|dra|kh|ust|ustadz|ustazah)\.?$/i.test(c.value.trim()));
  if (titleOnly >= 0 && TITLED_NAME.test(raw)) out.splice(titleOnly, 1);
  const titled = out.some((c) => c.slot === 'name') ? null : TITLED_NAME.exec(raw);
  // ("sy dr klinik pratama": "dr" is chat for "dari", and the /i flag lets \p{Lu} match a small letter) the name after the
  // title is written with a capital
  if (titled && /^\S+\s+\p{Lu}/u.test(titled[1]!)) out.push({ slot: 'name', value: titled[1]!, corrected: false, start: titled.index });
  // "Hi, Tom Becker from Acme Dental Group, tom@…": the name before "from" the company (none was taken)
  if (!out.some((c) => c.slot === 'name')) {
    const company = out.find((c) => c.slot === 'company')?.value;
    const m = company ? NAME_FROM.exec(raw) : null;
    if (m && company && raw.slice(m.index + m[0].length).startsWith(company) && !TIME_WORDS.test(m[1]!) && !NOT_A_NAME_WORD.test(m[1]!)) out.push({ slot: 'name', value: m[1]!, corrected: false, start: m.index });
  }
  // ("Name's Priya Nair, the charity is Hope Lines": the charity dropped and asked for twice) an organisation named
  // after its kind is the company
  const kindNamed = out.some((c) => c.slot === 'company') ? null : ORG_KIND_NAMED.exec(raw);
  if (kindNamed) out.push({ slot: 'company', value: cleanTrailing(kindNamed[1]!.trim()), corrected: false, start: kindNamed.index });
  // ("Acme Insurance is the company, email is …": the company went to sales as "Acme Insurance is the company", or was
  // lost at the email question) a company named before its label is the words before it
  const named = COMPANY_BEFORE_LABEL.exec(raw);
  if (named) {
    const at = out.findIndex((c) => c.slot === 'company');
    const company: ContactValue = { slot: 'company', value: named[1]!.trim(), corrected: false, start: named.index };
    if (at < 0) out.push(company);
    else if (COMPANY_LABEL_TAIL.test(out[at]!.value)) out[at] = { ...out[at]!, value: named[1]!.trim() };
  }
  // ("I'm Luca Bonello, Spinwell Gaming Ltd", "Mark Hollis, Hollis & Co CPAs": the company asked three times) the words
  // after a name and a comma that end in a legal form, or join names with "&", are the company
  const nameAt = out.find((c) => c.slot === 'name');
  if (nameAt && !out.some((c) => c.slot === 'company')) {
    const after = raw.slice(raw.indexOf(nameAt.value) + nameAt.value.length);
    const org = /^\s*[,(-]\s*(?:from\s+|of\s+|at\s+|dari\s+)?((?:[A-Z][\w'.-]*|&)(?:\s+(?:[A-Z][\w'.-]*|&|of|and|dan))*)/.exec(after);
    if (org && (/\b(?:Ltd|Limited|LLC|L\.L\.C\.|Inc|Corp|Corporation|Co|Company|GmbH|AG|SA|BV|NV|PLC|LLP|LP|Pty|PT|CV|Tbk|CPAs?|Group|Holdings)\.?$/.test(org[1]!.trim()) || /\s&\s/.test(org[1]!))) {
      out.push({ slot: 'company', value: org[1]!.trim().replace(/[.,]+$/, ''), corrected: false, start: raw.indexOf(org[1]!) });
    }
  }
  // ("Company is SudsClub Car Wash, contact Priya Nair.": the name asked twice) the contact person named after the word
  if (!out.some((c) => c.slot === 'name')) {
    const person = /\bcontact(?:\s+person)?(?:\s+is|\s*:)?\s+([A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,2})\b/.exec(raw);
    if (person) out.push({ slot: 'name', value: person[1]!, corrected: false, start: person.index });
  }
  // ("Telepon 0811-2233-445" at the phone question: the label before the number went to sales as the name)
  // ("Priya Nair. phone +44 7700 900123": the label after a full stop went to sales in the name, "Priya Nair. phone")
  // ("oh actually use jack.m@… instead" at the time question: "oh" went to sales as the time to call)
  return out
    .filter((c) => !(c.slot === 'name' && PHONE_LABEL.test(c.value)))
    // ("Aduh typo, email saya …" at the time question: "Aduh" went to sales as the time)
    .filter((c) => !(c.slot === 'time' && /^(?:oh|ah|eh|um+|uh+|hmm+|ok|okay|oke|well|so|actually|sorry|wait|nah|oops|whoops|aduh|waduh|duh|astaga|lho|loh|wah|yah|maaf|mohon maaf|sori|typo|salah|ups)(?:[\s,]+(?:typo|salah|sorry|maaf|sori))?$/i.test(c.value.trim())))
    // ("yes that's fine" at the company question after a consent-like question: "that's fine" went to sales as the company)
    .filter((c) => !((c.slot === 'company' || c.slot === 'name') && AGREEMENT_WORDS.test(c.value.trim())))
    .map((c) => (c.slot === 'name' ? { ...c, value: c.value.replace(LABEL_AFTER_NAME, '') } : c))
    // ("telp aja besok jam 10 pagi": the time kept as "aja besok jam 10 pagi") a filler left before the time goes
    .map((c) => (c.slot === 'time' ? { ...c, value: c.value.replace(/^(?:aja|saja|ya|yah|dong|deh|sih|kak|kok|nya)\s+(?=\S)/i, '') } : c))
    // ("lembaganya LAZ Peduli Umat": the company kept with "lembaganya") the kind of body named before its name goes
    .map((c) => (c.slot === 'company' ? { ...c, value: c.value.replace(/^(?:lembaga|instansi|organisasi|kantor|perusahaan|usaha|institusi|komunitas)(?:nya|\s+(?:saya|kami|sy))?\s+(?=\p{Lu})/u, '') } : c))
    // ("…, I'm Raj Patel from Northwind": the name went to sales as "I'm Raj Patel")
    .map((c) => (c.slot === 'name' ? { ...c, value: c.value.replace(/^(?:i'?m|i am|im|this is|my name is|name'?s|it'?s)\s+(?=\p{L})/iu, '') } : c))
    .filter((c) => c.value !== '');
}
/** Words about having said a detail before: "I already gave you all of this", "sudah saya sebut di awal kan". */
export const SAID_BEFORE = /(?:^|[\s,.;:])(?:i (?:already|just) (?:told|gave|said|sent)(?: (?:it|this|that|you))?(?: (?:all of )?(?:this|that|it|them))?|as i (?:said|told you)|like i said|(?:sudah|udah|kan sudah|kan udah) (?:saya|gw|gue|aku|sy) (?:sebut|bilang|kasih|tulis|kasi)\w*(?: (?:di awal|tadi|sebelumnya|dari awal))?(?: kan)?|(?:kan )?(?:sudah|udah) (?:disebut|dibilang)\w*(?: (?:di awal|tadi))?(?: kan)?)(?=[\s,.;:!?]|$)/gi;
const ORG_KIND_NAMED = /\b(?:the|our|my)\s+(?:company|charity|organi[sz]ation|org|firm|business|clinic|hospital|school|practice|agency|foundation|ngo|non-?profit|startup|shop|store|employer)(?:'s name)?\s+(?:is|name is|is called|=|:)\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|&|and|of)){0,5})/u;
/** Agreement, not a detail: "yes that's fine", "sounds good", "iya boleh". */
const AGREEMENT_WORDS = /^(?:(?:yes|yeah|yep|yup|sure|ok(?:ay)?|oke|ya|iya|boleh|sip)[\s,!.]*)?(?:that'?s (?:fine|ok(?:ay)?|good|great|right|correct)|fine|ok(?:ay)?|sure|sounds (?:good|fine|great)|go ahead|all good|no problem|setuju|boleh|oke|sip|iya|ya|yes|yeah|yep|benar|betul)[\s!.]*$/i;
const COMPANY_BEFORE_LABEL = /(?:^|[,.;:]\s*)(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|&|and|of|dan)){0,5})\s+(?:is|=|adalah)\s+(?:the|our|my|nama)\s+(?:company|organi[sz]ation|employer|firm|business|perusahaan(?:nya| kami| saya)?)\b/u;
const COMPANY_LABEL_TAIL = /\s+(?:is|=|adalah)\s+(?:the|our|my|nama)\s+(?:company|organi[sz]ation|employer|firm|business|perusahaan\S*)\b/i;
const LABEL_AFTER_NAME = /[.;:]?\s+(?:telepon|telpon|telp|tlp|tel|hp|handphone|ponsel|nomor|no\.?|wa|whatsapp|phone|mobile|cell|number|e-?mail|email)\.?:?$/i;
// ("081298765432 ya no sy": "no sy", my number, went to sales as the name)
const PHONE_LABEL = /^(?:(?:ya|iya|yes|itu|ini)\s+)?(?:telepon|telpon|telp|tlp|tel|hp|handphone|ponsel|nomor|no\.?|wa|whatsapp|phone|mobile|cell|number)(?:\s+(?:saya|sy|kami|aku|gue|gw|ku|hp|wa|kantor|number|no\.?))?\.?:?$/i;
const APP_NOT_COMPANY = /^(?:(?:ms|microsoft)\s+)?teams$|^(?:whatsapp|wa|website|web|google|facebook|instagram|zoom|slack|skype|telegram|line|email|internet)$/i;
const TITLED_NAME = /\b(?:saya|sy|aku|nama saya|namanya|nama beliau|i'?m|i am|this is|my name is|name is)\s+((?:dr|drg|ir|prof|pak|bu|bapak|ibu|mr|mrs|ms|hj|hjh|h|drs|dra|kh|ust|ustadz|ustazah)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/iu;
const NAME_FROM = /(?:^|[,.!?;]\s*|\b(?:hi|hello|hey|halo|hai)[,!]?\s+)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:from|at|with|of|dari)\s+/u;

function findContactsRaw(raw: string, context: Context): ContactValue[] {
  // ("Diego Alvarez, diego@…, Sunridge Clinics. 45 agents, cloud, voice.": the company lost) a sentence that goes on with a
  // figure ends the list of details as a comma would (same length, so positions hold)
  // ("nama: Andi Wijaya" went to sales as the name "nama: Andi Wijaya")
  // ("Company is Raman Assurance Ltd. Tuesday afternoon UK time works.": the time went to sales in the company) so does a
  // sentence that goes on with a time to call
  const typed = raw.replace(/\.\s(?=\d)/g, ', ').replace(new RegExp(String.raw`\.\s(?=(?:${TIME_WORDS.source.replace(/^\\b\(\?:/, '(?:')}))`, 'gi'), ', ').replace(LABEL_COLON, (_m, label: string) => {
    const l = label.toLowerCase();
    return l === 'nama' || l === 'name' ? 'name: ' : l === 'perusahaan' || l === 'company' ? 'company: ' : `${label} `;
  });
  // (the words "salah ketik" became the name sent to sales)
  const fixed = FIELD_FIXED.exec(typed) ?? FIXED_FIELD.exec(typed);
  const text = fixed ? (/^(?:company|perusahaan|our company)/i.test(fixed[1] ?? fixed[0]) ? `company: ${fixed[2]}` : `my name is ${fixed[2]}`) : typed;
  const asked = context.startsWith('asked_') ? context.slice(6) : undefined;
  const found = CORRECTION_CUE.exec(text);
  // "no name, sorry": a cue with nothing after it apologises, it corrects nothing
  const cue = found && /[\p{L}\d@]/u.test(text.slice(found.index + found[0].length)) ? found : null;
  const out: ContactValue[] = [];
  if (!cue) {
    const parsed = parseSegment(text, asked);
    // "hi im priya from northgate health, 28 agents …": a self-introduction typed in lower case still names the person
    // and the company (both were asked again in the sales form)
    const intro = asked === undefined && !parsed.name && !parsed.company ? LOWER_INTRO.exec(text) : null;
    if (intro && !NOT_A_NAME_WORD.test(intro[1]!) && !NOT_A_VALUE_START.test(intro[1]!) && !NOT_INTRO_WORD.test(intro[1]!) && !/^(?:the office|home|work|the moment|the start)$/i.test(intro[2]!.trim()) && !NOT_A_NAME_WORD.test(intro[2]!)) {
      parsed.name = intro[1]!.trim();
      parsed.company = cleanTrailing(intro[2]!);
    }
    for (const [slot, value] of Object.entries(parsed)) out.push({ slot: slot as ContactSlot, value, corrected: false, start: text.indexOf(value) });
    return out;
  }
  const before = parseSegment(text.slice(0, cue.index), asked);
  let rest = text.slice(cue.index + cue[0].length);
  // "sorry, I meant …", "eh salah, maksudnya …": every cue word before the new value goes
  for (let i = 0; i < 4; i++) {
    const next = rest.replace(/^[\s,.;:!?—–-]+/, '');
    const again = new RegExp(`^(?:${CUE_WORDS}|i meant|it's|its|it is|it should be|the right one is)\\b`, 'i').exec(next);
    if (!again) {
      rest = next;
      break;
    }
    rest = next.slice(again[0].length);
  }
  const after = parseSegment(rest, asked);
  // "sorry its Jon Smyth not John": a name set against the one given, at whichever question, corrects the name
  const against = /^((?:\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})\s*,?\s*(?:not|bukan)\s+\p{Lu}/u.exec(rest.trim());
  if (against && Object.keys(after).length === 0 && !NOT_A_NAME_WORD.test(against[1]!)) after.name = against[1]!;
  for (const [slot, value] of Object.entries(before)) {
    out.push({ slot: slot as ContactSlot, value, corrected: false, start: text.indexOf(value) });
  }
  for (const [slot, value] of Object.entries(after)) {
    out.push({ slot: slot as ContactSlot, value, corrected: true, start: cue.index + text.slice(cue.index).indexOf(value) });
  }
  return out;
}

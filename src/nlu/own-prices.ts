/**
 * Figures of the visitor's own in place of the estimate's assumptions, read by rule (they are exact values, like
 * emails and phone numbers): a licence price ("we negotiated $100 per seat per month for the licence", "lisensinya
 * 1,5 juta per agen"), the cost of an in-house IT administrator ("our IT admins cost about 11k a month each",
 * "gaji staf IT kami 15 juta sebulan") and how cloud voice is billed ("our vendor charges per minute for voice").
 * Amounts become US dollars a month: rupiah at the advisor's rate, a year's figure divided by twelve. A question
 * about such a figure ("how does $150/seat compare?", "is Rp 3,5 juta per agent fair?") sets nothing.
 */
import { exchangeRate } from '../cost/currency';
import type { Command } from './commands';
import { findNumbers } from './numbers';
import { normalizeText, tokenize } from './text';

const LICENCE = /\b(?:licen[cs]es?|licen[cs]ing|lisensi\w*|subscriptions?|langganan\w*|seat price|price per seat|per[- ]seat|per kursi)\b/i;
// "IT" as a word only in capitals or in a compound: "it" alone is a pronoun ("it costs $100")
// ("Gaji administrator TI kami sekitar 12 juta": TI, teknologi informasi, is Indonesian for IT)
const IT_STAFF = /\bIT\b|\bTI\b|\b(?:it (?:staff|admins?|administrators?|team|people|guys?|person|salar(?:y|ies)|support|engineers?)|(?:staf|tim|orang|admin|administrator|gaji|teknisi|karyawan|pegawai) (?:it|ti)|sysadmins?|system administrators?|it-nya|itnya)\b/;
const QUESTION_ABOUT_FIGURE = /\b(?:compare|compares|comparison|wajar|reasonable|fair|normal|masuk akal|too (?:high|much|expensive)|kemahalan|kemurahan|how does|is that|apakah itu|itu wajar|benchmark|bandingkan|dibanding)\b/i;
const STORAGE = /\b(?:storage|penyimpanan(?:nya)?|storage\s?nya|storagenya)\b/i;
// ("we'd store way less, maybe $500 per agent a year": not understood) storing said as a verb, never "store" the shop
const STORE_VERB = /\b(?:(?:we|we'd|we'll|i|they)\s+(?:would\s+|will\s+|only\s+|probably\s+|actually\s+)?store|store\s+(?:less|more|way less|much less|far less|a lot less|fewer|only|little|recordings?|data|calls?)|storing|stored|(?:kami\s+|kita\s+)?(?:nyimpen|nyimpan|menyimpan|simpan)\w*)\b/i;
const PER_AGENT = /\b(?:per|a|each|every|tiap|setiap|\/)\s?(?:agent|agen|seat|user|kursi|orang|pengguna)s?\b|\/\s?(?:agent|agen|seat|user)\b/i;
const IDR = /\b(?:rp|rupiah|idr|juta|jt|ribu|rb)\b|rp\s?\d/i;
const USD = /\$|\b(?:usd|dollars?|dolar|bucks)\b/i;
const PER_YEAR = /\b(?:a year|per year|yearly|annual(?:ly)?|per annum|setahun|per tahun|pertahun|tahunan)\b|\/\s?(?:year|yr|tahun|thn)\b/i;
const METERED = /\b(?:per[- ]minute|by the minute|metered|per menit|permenit|dihitung per menit|ditagih per menit|bayar per menit)\b/i;
const INCLUDED_VOICE = /\b(?:unlimited (?:calling|minutes|voice)|voice (?:is )?included|flat[- ]rate voice|tanpa batas|menit (?:sudah )?termasuk)\b/i;
// a statement about their billing or a request to price it so, not a question about the rate
const BILLING_STATEMENT = /\b(?:charges?|charged|bills?|billed|billing|pays?|paying|tagih\w*|ditagih|bayar|switch|change|make it|set|use|pakai|pake|price it|hitung|itung|ganti|ubah|our vendor|vendor kami|provider kami|we are on|kami pakai)\b/i;

// a price word makes a bare figure money: "change the IT administrator cost to 11000 per month"
const PRICE_WORD = /\b(?:cost|costs|price|priced|salary|salaries|pay|paid|negotiated|rate|quote|quoted|charges?|charged|gaji|biaya|harga|bayar|dibayar|tarif|dapat|penawaran)\b/i;
/** A price of one message: "0.0079 per SMS", "Rp 150/sms", "$0.02 a text", "tiap pesan MMS Rp 500". */
const PER_SMS = /(?:\b(?:per|a|an|each|every|tiap|setiap)\s+|\/\s?)(?:sms|text(?:\s?message)?|message|pesan(?:\s+sms)?)\b/i;
/** A price of one minute: "$0.012 per minute for voice", "Rp 200/menit". */
const PER_MINUTE_PRICE = /(?:\b(?:per|a|an|each|every|tiap|setiap)\s+|\/\s?)(?:minute|min|menit|mnt)\b/i;
/** A replacement cycle said without the hardware beside it: "we replace every 7 years", "diganti tiap 6 tahun". */
const REPLACE_EVERY = /\b(?:replac\w*|refresh\w*|swap\w*|upgrad\w*|ganti|diganti|mengganti|peremajaan)\s+(?:them\s+|it\s+|those\s+|semuanya\s+)?(?:every|each|tiap|setiap)\s+(\d{1,2})\s*(?:years?|yrs?|tahun|thn)\b/i;
const MAINTENANCE_RATE = /\b(?:maintenance|maintenance-?nya|maintenancenya|pemeliharaan(?:nya)?|support and upgrades?|software assurance|annual support)\b[^.?!\d%]{0,35}?(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:%|percent|persen)|(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:%|percent|persen)\s*(?:a year |per year |per tahun |setahun )?(?:for |untuk |buat )?(?:the )?(?:maintenance|pemeliharaan)\b/i;
const HARDWARE_NAMED = /\b(?:hardware|servers?|server(?:nya)?|gateways?|equipment|perangkat(?: keras)?|refresh cycle|replacement cycle|siklus)\b/i;
/** A minute's price said without "per minute": "voice minutes cost us $0.012", "menit telepon kami Rp 200". */
const MINUTES_COST = /\b(?:voice\s+|call\s+)?(?:minutes?|menit(?:nya)?)\s+(?:cost|costs|are|is|at|run|runs|charged at|dihargai|harganya|kami)\s+(?:us\s+)?(?:about\s+|around\s+|sekitar\s+)?(?:\$|rp\.?\s?|usd\s?)\s?\d/i;
const MINUTES_WORD = /\b(?:minutes?|menit(?:nya)?)\b/gi;
/** A figure in cents: "1.2 cents", "1.5¢". */
const CENTS = /\d\s*(?:cents?|¢)(?!\w)/i;
const PER_MMS = /(?:\b(?:per|a|an|each|every|tiap|setiap)\s+|\/\s?)(?:mms|picture message|pesan\s+mms)\b/i;

const HARDWARE_LIFE = /\b(?:hardware|servers?|gateways?|equipment|perangkat(?: keras)?|server(?:nya)?)\b[^.?!]{0,40}?\b(?:replacement cycle|refresh(?: cycle)?|cycle|lasts?|lifespan|lifetime|life|replaced every|umur(?:nya)?|siklus(?: ganti| penggantian)?|diganti tiap|diganti setiap|awet|pake|pakai|dipakai|dipake|digunakan|bertahan|tahan|kept|keep|used|run|last(?:ed)?)\b[^.?!\d]{0,20}?(\d{1,2})\s*(?:years?|yrs?|tahun|thn)\b|\b(?:replacement|refresh) cycle[^.?!\d]{0,20}?(\d{1,2})\s*(?:years?|tahun)\b/i;
/** "what if we kept the servers 7 years", "we run our hardware for 8 years", "kalau servernya dipakai 7 tahun". */
const KEPT_FOR = /\b(?:keep|kept|keeping|use|used|using|run|running|hold on to|held on to|replace|replacing|pakai|pake|memakai|gunakan|menggunakan)\s+(?:the |our |them |those |all |semua )?(?:on[\s-]?prem(?:ise)?s?\s+)?(?:servers?|hardware|gateways?|equipment|server(?:nya)?|perangkat(?: keras)?(?:nya)?)\b[^.?!\d]{0,20}?(\d{1,2})\s*(?:more\s+)?(?:years?|yrs?|tahun|thn)\b/i;
const LIFE_FIRST = /\b(?:siklus(?: ganti| penggantian)?|umur|masa pakai|replacement cycle|refresh cycle)\b[^.?!\d]{0,30}?(?:\b(?:server\w*|hardware|perangkat(?: keras)?|gateway\w*)\b)?[^.?!\d]{0,20}?(\d{1,2})\s*(?:years?|yrs?|tahun|thn)\b/i;
const QUANTITY = /\d(?:[\d.,]*\d)?\s*(?:k|rb|ribu|jt|juta)?\s*(?:minutes?|mins?|menit|calls?|panggilan|sms|texts?|messages?|pesan|agents?|agen|seats?|users?|gb|emails?|chats?|conversations?|percakapan)\b/i;
const RATE_QUESTION = /^\s*(?:what|how much|how|berapa|brp|apa|apakah|is|are|does|do)\b/i;

/** A server's own price: "server kami … harga 100 juta per unit", "our servers are $12k each", "servers at $8,000 a piece". */
const SERVER_PRICED = /\bservers?(?:nya)?\b[^.?!]{0,50}?(?:\b(?:per|each|a|tiap|setiap)\s*(?:unit|server|buah|box|piece)\b|\beach\b|\bapiece\b|\bseharga\b|@)|\b(?:harga|price|cost)\s+(?:per\s+|satu\s+|one\s+|a\s+)?(?:unit\s+)?servers?\b/i;
const PER_SERVER = /\b(?:per|each|a|tiap|setiap)\s*(?:unit|server|buah|box|piece)\b|\bapiece\b/gi;
const ONPREM_LICENCE = /\b(?:on[\s-]?prem\w*|onprem\w*|perpetual|permanen|lokal|sekali bayar|one[\s-]?time|upfront|di muka)\b/i;
const PER_MONTH = /\b(?:a month|per month|monthly|\/\s?mo(?:nth)?|sebulan|per bulan|perbulan|bulanan|tiap bulan)\b|\/\s?(?:month|mo|bulan)\b/i;

/** The price of one message in the clause, in US dollars, if it is said as money and is a plausible rate (under $1). */
function messageUsd(clause: string, lang: 'en' | 'id'): number | undefined {
  // ("5,000 SMS a month at 0.0079 each": the count is no price)
  const amounts = findNumbers(tokenize(normalizeText(clause.replace(QUANTITY, ' ')))).map((m) => m.value).filter((v) => v > 0);
  if (amounts.length !== 1) return undefined;
  // ("about 1.2 cents a minute": a rate in cents)
  if (CENTS.test(clause)) return amounts[0]! > 0 && amounts[0]! < 100 ? Math.round(amounts[0]! * 1e4) / 1e6 : undefined;
  const idr = IDR.test(clause) || (!USD.test(clause) && lang === 'id' && amounts[0]! >= 10);
  if (!idr && !USD.test(clause) && !PRICE_WORD.test(clause)) return undefined;
  const usd = idr ? amounts[0]! / exchangeRate('IDR').rate : amounts[0]!;
  return usd > 0 && usd <= 1 ? Math.round(usd * 1e6) / 1e6 : undefined;
}

/** The money amount in the text, in US dollars a month, if it is said as money. */
function monthlyUsd(text: string, lang: 'en' | 'id', perAgentSaid = false): number | undefined {
  const amounts = findNumbers(tokenize(normalizeText(text))).map((m) => m.value).filter((v) => v > 0);
  if (amounts.length !== 1) return undefined;
  const idr = IDR.test(text) || (!USD.test(text) && lang === 'id' && amounts[0]! >= 100_000);
  // ("use 165 per agent for the license": a figure per agent is a price)
  // ("storage is more like 200 per agent a year": the per-agent phrase taken out before this test, and the figure lost)
  if (!idr && !USD.test(text) && !/\d\s*k\b/i.test(text) && !PRICE_WORD.test(text) && !PER_AGENT.test(text) && !perAgentSaid) return undefined;
  const usd = idr ? amounts[0]! / exchangeRate('IDR').rate : amounts[0]!;
  const monthly = PER_YEAR.test(text) ? usd / 12 : usd;
  // (a rupiah figure keeps its precision: "Rp 750 ribu" rounded to $45.45 came back as Rp 749.900)
  return idr ? Math.round(monthly * 1e6) / 1e6 : Math.round(monthly * 100) / 100;
}

// ("licence is $95 per agent per month and voice minutes cost us $0.012": a price of its own after "and")
const CLAUSES = /[,;]\s+|\.\s+|\s+(?:and|dan|plus)\s+(?=(?:an? |the |our |kami |IT\b|it\b|licen|lisensi|voice |minutes? |calls? |sms |storage ))/i;

/** The numbers said in the clauses that name a licence or IT figure: they are money, not a head count. */
/** A figure said as money: a currency sign or word, or thousands written as "7k". */
const MONEY_SAID = /[$€£]|\b(?:usd|dollars?|bucks|rp|rupiah|idr|juta|jt|ribu|rb|miliar)\b|\d\s*k\b|\d\s*(?:a|per|\/)\s*(?:month|mo|year|yr)\b|\d\s*(?:sebulan|setahun|per bulan|per tahun)\b/i;

export function priceClauseNumbers(text: string): number[] {
  return clausesOf(text).filter((c) => LICENCE.test(c) !== IT_STAFF.test(c) || (STORAGE.test(c) && PER_AGENT.test(c))).flatMap((c) => findNumbers(tokenize(normalizeText(c))).map((m) => m.value));
}

/**
 * The sentences that may state a figure: a sentence that asks about one ("lisensi 2 jt per agen itu udah termasuk
 * apa aja?", "staf IT 44 jt sebulan??") states nothing, unless it is a what-if or names the visitor's own figure.
 */
function statedSentences(text: string): string {
  // ("Biaya staf IT Rp 148 juta … itu terlalu tinggi. Gaji admin IT kami sekitar Rp 15 juta": the sentence that
  // complains about the advisor's figure quotes it; the visitor's own is the other one, which was lost to it)
  const sentences = text.split(/(?<=[?.!])\s+/);
  const complaints = sentences.filter((s) => COMPLAINT.test(s));
  // ("your IT admin at $12k a month is too high. ours cost 6k a month": the figure of theirs is of what the complaint names)
  const subject = complaints.some((s) => IT_STAFF.test(s)) && !complaints.some((s) => LICENCE.test(s)) ? 'IT staff ' : complaints.some((s) => LICENCE.test(s)) && !complaints.some((s) => IT_STAFF.test(s)) ? 'licence ' : complaints.some((s) => STORAGE.test(s)) && !complaints.some((s) => LICENCE.test(s) || IT_STAFF.test(s)) ? 'storage ' : '';
  const kept = sentences.filter((s) => !COMPLAINT.test(s)).map((s) => (/\d/.test(s) && !LICENCE.test(s) && !IT_STAFF.test(s) && !STORAGE.test(s) ? subject + s : s));
  const stated = kept.length > 0 && complaints.length > 0 ? kept : sentences;
  // ("How many IT FTE do you assume? We already have an admin at $8,500/month": the question names what the figure
  // after it is of; it was dropped with the question, and the figure read as nothing)
  return stated.map((s, i) => {
    const asked = stated[i - 1];
    return asked?.trim().endsWith('?') && /\d/.test(s) && !LICENCE.test(s) && !IT_STAFF.test(s) && IT_STAFF.test(asked) && !LICENCE.test(asked) && /\b(?:admins?|administrators?|engineers?|technicians?|person|people|staff|guy|team)\b/i.test(s) ? `IT staff: ${s}` : s;
  }).filter((s) => !s.trim().endsWith('?') || WHAT_IF_OR_OWN.test(s)).join(' ');
}
const WHAT_IF_OR_OWN = /\b(?:what if|if|suppose|how about|kalau|kalo|klo|jika|misal\w*|andai\w*|our|we|my|i|kami|kita|saya|aku|gw|gue|pake|pakai|gunakan|use|set|ganti|ubah|sesuaikan|disesuaikan|re-?do|re-?run|re-?calculate|re-?compute|re-?price|re-?estimate|hitung(?:kan|in)? ulang|itung(?:in)? ulang)\b/i;
const COMPLAINT = /\b(?:terlalu (?:tinggi|mahal|besar|gede)|too (?:high|much|expensive|steep)|kemahalan|(?:gak|nggak|ga|tidak|enggak) (?:segitu|sebesar itu|realistis|masuk akal)|unrealistic|not realistic|way off|ketinggian|ridiculous|absurd|insane|crazy|nonsense|outrageous|overpriced|inflated|ngaco|ngawur|lebay|kegedean|kemahalan)\b/i;

/** The figure being replaced, after the new one: "instead of 9k", "rather than $9,000", "bukan 15 jt". */
const REPLACED_FIGURE = /\b(?:instead of|rather than|not the|not|bukan|daripada)\s+(?:the\s+)?(?:\$|rp\.?\s?|us\$)?\s?\d[\d.,]*\s*(?:k|jt|juta|rb|ribu|m)?\b.*$/i;

/**
 * The clauses of a message, a topic said alone joined to the clause after it ("And storage, our vendor says $600 per
 * agent a year": the storage explained, the figure never used).
 */
function clausesOf(text: string): string[] {
  const parts = text.split(CLAUSES);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    // ("Biaya penyimpanan kami sebenarnya kecil, sekitar US$300 per agen per tahun": a few words about the topic first)
    const topicAlone = !/\d/.test(p) && p.trim().split(/\s+/).length <= 6 && (STORAGE.test(p) || STORE_VERB.test(p) || LICENCE.test(p) || IT_STAFF.test(p));
    if (topicAlone && i + 1 < parts.length && /\d/.test(parts[i + 1]!)) {
      out.push(`${p} ${parts[i + 1]!}`);
      i++;
    } else out.push(p);
  }
  return out;
}

export function readOwnPrices(whole: string, lang: 'en' | 'id'): Command[] {
  const out: Command[] = [];
  const text = statedSentences(whole);
  // ("berapa harga lisensi untuk 50 agen?" asks the price: it became a licence of $50 and lost the 50 agents;
  // "what if the licence was $90?" and "kalau lisensinya 10 juta gimana?" are what-ifs with a figure)
  // ("is 120k minutes included in the licence?" asks; it set a licence of $120,000 a month and failed the turn)
  // (only the sentences with a figure in them can ask about it: "Compare on-premises and cloud over 5 years. Perpetual
  // licence $600 per seat" and "… costs us $10,000 a month. Give me the 5-year comparison." state their figures; the
  // comparison asked for beside them made both a question, and the visitor's prices were never used)
  const figured = text.split(/(?<=[?.!])\s+/).filter((x) => /\d/.test(x) && (LICENCE.test(x) || IT_STAFF.test(x) || STORAGE.test(x) || PER_SMS.test(x) || PER_MMS.test(x) || PER_MINUTE_PRICE.test(x) || CENTS.test(x)));
  const asked = figured.length > 0 ? figured.join(' ') : text;
  // ("whats the monthly cost if our licence is $90 per agent instead of 125": the licence line explained, the $90 unused)
  // a figure said as a condition is a what-if, whatever the question around it asks
  const conditional = /\b(?:if|kalau|kalo|klo|seandainya|andaikan|assuming|supposing|suppose)\b[^?.!]{0,50}?(?:\$|\brp\.?\s?\d|\d)/i.test(asked) ||
    // ("Can you redo it with the licence at $90 per agent per month?" asks for a re-run with the visitor's figure: it was
    // read as a question about the licence and the $90 dropped)
    /\b(?:re-?do|re-?run|re-?calculate|re-?compute|re-?price|re-?estimate|update|run (?:it|that|this|the numbers?)|hitung(?:kan|in)?\s+(?:ulang|lagi)|itung(?:in)?\s+(?:ulang|lagi)|coba\s+(?:hitung|itung)\w*)\b[^?.!]{0,60}?\b(?:with|using|at|dengan|pakai|pake|pk)\b[^?.!]{0,40}?(?:\$|\brp\.?\s?\d|\d)/i.test(asked);
  // ("Wait, storage still $1,350 per agent even though we don't record calls?": storage set to $1,350 a month) a figure
  // of the estimate doubted is no figure of theirs
  const question = QUESTION_ABOUT_FIGURE.test(asked) || COMPLAINT.test(asked) || /\b(?:still|even though|despite|masih|padahal|tetap)\b[^?]*\?/i.test(asked) || (!conditional && (/^\s*(?:why|kenapa|knp|how come|kok)\b/i.test(asked) ||
    /\b(?:berapa|brp|how much|what(?:'s| is| are| does| do| would)|whats|apakah|which)\b/i.test(asked) ||
    /^\s*(?:(?:hm+|um+|wait|ok(?:ay)?|so|and)[\s,]+)*(?:is|are|does|do|did|can|could|will|would|should|has|have)\b[^?]*\?\s*$/i.test(asked)));
  if (!question) {
    // "storage kami cuma 300 rb per agen", "our storage is $40 per seat a month": the visitor's storage price (storage is
    // up to half the total, and it could not be disputed); per agent, a month unless a year is said
    const storageClause = (c: string) => (STORAGE.test(c) || STORE_VERB.test(c)) && PER_AGENT.test(c) && !/\b(?:licen[cs]\w*|lisensi\w*|subscription\w*|langganan\w*)\b/i.test(c) && !IT_STAFF.test(c);
    for (const clause of clausesOf(text)) {
      if (!storageClause(clause)) continue;
      // ("we only keep call recordings for 30 days so storage is more like $400 per agent a year": two figures, neither
      // read) how long recordings are kept is no price
      const usd = monthlyUsd(clause.replace(PER_AGENT, ' ').replace(/\b(?:for|selama)\s+\d+\s*(?:days?|weeks?|months?|years?|hari|minggu|bulan|tahun)\b|\b\d+[\s-]?(?:days?|hari)\b/gi, ' '), lang, true);
      if (usd !== undefined && !out.some((c) => 'slot' in c && c.slot === 'storage_price')) out.push({ type: 'set', slot: 'storage_price', value: PER_YEAR.test(clause) ? Math.round(usd * 12) : Math.round(usd * 12 * 100) / 100 });
    }
    // ("kalau server kami beli sendiri dengan harga 100 juta per unit?": the month divided by 100 units) the visitor's
    // price of one server, paid once
    for (const clause of clausesOf(text)) {
      if (!SERVER_PRICED.test(clause) || LICENCE.test(clause) || IT_STAFF.test(clause) || HARDWARE_LIFE.test(clause)) continue;
      const usd = monthlyUsd(clause.replace(PER_SERVER, ' '), lang);
      if (usd !== undefined && usd >= 100 && !out.some((c) => 'slot' in c && c.slot === 'server_price')) out.push({ type: 'set', slot: 'server_price', value: usd });
    }
    // "our carrier charges 0.0079 per SMS", "sms kami Rp 150/sms": the visitor's rate for one message
    for (const clause of clausesOf(text)) {
      for (const [unit, slot] of [[PER_MMS, 'mms_price'], [PER_SMS, 'sms_price']] as const) {
        if (!unit.test(clause) || (slot === 'sms_price' && PER_MMS.test(clause) && !/\bsms\b/i.test(clause))) continue;
        const usd = messageUsd(clause.replace(unit, ' '), lang);
        if (usd !== undefined && !out.some((c) => 'slot' in c && c.slot === slot)) out.push({ type: 'set', slot, value: usd });
        break;
      }
      // "and if we also pay $0.012 per minute for voice?", "tarif telepon kami Rp 200/menit": a minute's price, which is a
      // metered rate in the cloud (the default $0.015 was used) and the carrier's on-premises
      if ((PER_MINUTE_PRICE.test(clause) || MINUTES_COST.test(clause)) && !out.some((c) => 'slot' in c && c.slot === 'minute_price')) {
        const usd = messageUsd(clause.replace(PER_MINUTE_PRICE, ' ').replace(MINUTES_WORD, ' '), lang);
        if (usd !== undefined) out.push({ type: 'set', slot: 'minute_price', value: usd }, { type: 'set', slot: 'voice_billing', value: 'metered' });
      }
    }
    // "our vendor charges per minute not unlimited, about 1.2 cents": billed by the minute, and the rate said in cents
    // in a clause of its own (the billing was switched and the default $0.015 kept)
    if (METERED.test(text) && !out.some((c) => 'slot' in c && (c.slot === 'minute_price' || c.slot === 'sms_price' || c.slot === 'mms_price'))) {
      const cents = clausesOf(text).filter((c) => CENTS.test(c) && !PER_SMS.test(c) && !PER_MMS.test(c));
      const usd = cents.length === 1 ? messageUsd(cents[0]!, lang) : undefined;
      if (usd !== undefined) out.push({ type: 'set', slot: 'minute_price', value: usd }, { type: 'set', slot: 'voice_billing', value: 'metered' });
    }
    // each clause on its own: "30 agents, voice, cloud, licence $80" names its figure in the last one
    // ("and the IT admin cost, can I set that to 7000 a month?": a figure whose clause names nothing is of the clause
    // before it, when that one names its subject and no figure)
    const clauses = clausesOf(text).reduce<string[]>((acc, c) => {
      const prev = acc[acc.length - 1];
      const names = (x: string) => LICENCE.test(x) || IT_STAFF.test(x);
      // (only a figure said as money: "our IT team prefers hybrid … We'd like to see … over 5 years" made IT $5 a month)
      // ("aku IT di startup edtech. budget kita cuma 50 juta sebulan": IT staff at Rp 50 juta a person) a budget is the
      // whole spend, never the figure of the clause before
      if (prev !== undefined && !names(c) && /\d/.test(c) && names(prev) && !/\d/.test(prev) && MONEY_SAID.test(c) && !/\b(?:budget\w*|bujet\w*|anggaran\w*|dana\w*|afford\w*|spend\w*|cap(?:ped)?)\b/i.test(c)) acc[acc.length - 1] = `${prev}, ${c}`;
      else acc.push(c);
      return acc;
    }, []);
    for (const clause of clauses) {
      if (storageClause(clause)) continue;
      const licence = LICENCE.test(clause);
      const it = IT_STAFF.test(clause);
      // one figure for one thing: "licence and IT $9k" is read as neither
      if (licence === it) continue;
      // ("biaya maintenance sama lisensi sekitar 1,2 M per tahun": a cloud licence of Rp 100 juta per agent a month) the
      // licence with its maintenance, and no seat named, is what the whole system costs today, not a seat's price
      if (licence && /\b(?:maintenance|maintenancenya|pemeliharaan|support|dukungan|operasional|operating|running|upkeep)\b/i.test(clause) && !PER_AGENT.test(clause)) continue;
      // a count of something ("120k minutes", "50 agents on the licence") is not a price
      if (QUANTITY.test(clause)) continue;
      // ("$6k a month instead of 9k": the figure it replaces is said too; it was read as neither)
      const usd = monthlyUsd(clause.replace(REPLACED_FIGURE, ' '), lang);
      // a perpetual (on-premises) licence is paid once: the figure as said, not a month's share of it
      const perpetual = licence && ONPREM_LICENCE.test(clause) && !PER_MONTH.test(clause) && !/\bcloud\b/i.test(clause);
      const slot = perpetual ? 'onprem_licence_price' : licence ? 'licence_price' : 'it_cost';
      if (usd === undefined || out.some((c) => 'slot' in c && c.slot === slot)) continue;
      if (slot === 'licence_price') out.push({ type: 'set', slot, value: usd, ...(PER_MONTH.test(clause) ? { perMonth: true as const } : {}) });
      else out.push({ type: 'set', slot, value: usd });
    }
  }
  // "set the hardware replacement cycle to 7 years", "our servers last 7 years", "siklus ganti server 6 tahun"
  // ("What server refresh cycle do you assume? We replace every 7 years": the cycle asked about, answered after it; the
  // 7 became the horizon)
  const life = HARDWARE_LIFE.exec(text) ?? KEPT_FOR.exec(text) ?? LIFE_FIRST.exec(text) ?? (HARDWARE_NAMED.test(whole) ? REPLACE_EVERY.exec(text) : null);
  if (life && !/^\s*(?:how long|berapa lama|what is|what's|whats)\b/i.test(text)) {
    const years = Number(life[1] ?? life[2]);
    if (Number.isInteger(years) && years >= 2 && years <= 15) out.push({ type: 'set', slot: 'hardware_years', value: years });
  }
  // "what if we negotiate maintenance down to 15%?", "kalau maintenance cuma 15%": the yearly maintenance as a share
  // of the licence (the agents were cut by 15%)
  const maintenance = MAINTENANCE_RATE.exec(text);
  if (maintenance) {
    const pct = Number((maintenance[1] ?? maintenance[2])!.replace(',', '.'));
    if (pct >= 1 && pct <= 50) out.push({ type: 'set', slot: 'maintenance_rate', value: pct / 100 });
  }
  // ("what is the per-minute rate?" asks; "can you price it that way?" after saying how they are billed does not)
  // ("we want metered billing instead": voice is the only line billed by the minute, so it needs no naming)
  if ((/\b(?:voice|calls?|calling|telepon|telpon|panggilan|minutes?|menit)\b/i.test(text) || /\bmetered\b/i.test(text)) && BILLING_STATEMENT.test(text) && !RATE_QUESTION.test(text)) {
    if (METERED.test(text)) out.push({ type: 'set', slot: 'voice_billing', value: 'metered' });
    else if (INCLUDED_VOICE.test(text)) out.push({ type: 'set', slot: 'voice_billing', value: 'included' });
  }
  return out;
}

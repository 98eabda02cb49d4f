/**
 * A usual head count and a peak one said in one message: "40 agents but during big concert onsales we go up to 90 for
 * like 2 weeks", "We have 15 agents, busy season May-Sept we add 10 temps", "jan-april we run 45 seasonal agents, rest
 * of the year only 10", "normalnya 5 cs, pas event bisa 20 cs selama 1 bulan". Read by rule: the two counts become a
 * year by season (the peak's months at the peak, the rest at the usual count), as "9 months 30 agents, 3 months 80"
 * already is. Without the peak's length nothing is read here (the advisor asks how long it lasts elsewhere).
 */
import { AGENT_WORDS } from './units';

/** Something that says a count is not the usual one: a season, a peak, an event. */
const PEAK_CUE = /\b(?:peak\w*|busy|season\w*|seasonal|surge\w*|spike\w*|rush|on-?sales?|launch\w*|events?|promo\w*|campaign\w*|sale|holidays?|christmas|xmas|black friday|tax season|enrol\w*|admissions?|registration|summer|winter|musim\w*|puncak\w*|pas|saat|waktu|lebaran|ramad\w*|natal|harbolnas|acara|rame|ramai|sibuk|high season|akhir tahun|year[- ]end|go(?:es)? up to|up to|naik jadi|bisa jadi|jadi)\b|\b(?:jan|feb|mar|apr|may|mei|jun|jul|aug|agu|sep|oct|okt|nov|dec|des)[a-z]*\s*(?:-|–|to|through|thru|until|sampai|sampe|s\/d|hingga)\s*(?:jan|feb|mar|apr|may|mei|jun|jul|aug|agu|sep|oct|okt|nov|dec|des)[a-z]*\b/i;
/** The usual count's words: "normally", "the rest of the year", "biasanya", "sisanya". */
const USUAL = /\b(?:normal(?:ly)?|usual(?:ly)?|regular(?:ly)?|base(?:line)?|day[- ]to[- ]day|most of the year|rest of the year|the rest|other months|otherwise|off[- ]season|normalnya|biasanya|biasa|sehari-?hari|sisanya|selebihnya|bulan lain(?:nya)?|hari biasa)\b/i;
/** A count added on top: "add 10 temps", "tambah 10 agen", "10 extra", "plus 5". */
const ADDED_BEFORE = /\b(?:add|adding|adds|added|plus|another|an extra|extra|tambah|nambah|menambah|ditambah|tambahin)\s*(?:in\s+|on\s+|lagi\s+)?$/i;
const ADDED_AFTER = /^\s*(?:more|extra|additional|tambahan|lagi)\b/i;
/** A number that is no head count: "2 weeks", "1 bulan", "11.11", "3x", "20%", "5,000 calls". */
// (whole words: "30 callers" is a head count, not calls)
const NOT_A_COUNT_AFTER = /^\s*(?:x\b|kali\b|%|percent|persen|[.,:/]\d|(?:weeks?|minggu|months?|bulan|bln|days?|hari|years?|tahun|thn|hours?|jam|calls?|panggilan|minutes?|menit|sms|texts?|emails?|chats?|tickets?|tiket|orders?|pesanan|clubs?|stores?|toko|branches|cabang|sites?|locations?|outlets?|am|pm|k|rb|jt|juta|ribu)\b)/i;

export type BaseAndPeak = { periods: { agents: number; months: number }[] };

export function readBaseAndPeak(text: string, peakMonths: (text: string) => number | undefined): BaseAndPeak | undefined {
  if (!PEAK_CUE.test(text) && !USUAL.test(text)) return undefined;
  const months = peakMonths(text);
  if (months === undefined || months < 1 || months > 11) return undefined;
  type Count = { value: number; at: number; end: number; added: boolean; usual: boolean; clause: string };
  const counts: Count[] = [];
  for (const m of text.matchAll(/(?<![\d.,:/])(\d{1,5})(?![\d.,:/]\d)/g)) {
    const at = m.index!;
    const end = at + m[0].length;
    const after = text.slice(end);
    if (NOT_A_COUNT_AFTER.test(after)) continue;
    const before = text.slice(Math.max(0, at - 40), at);
    const nextWords = (after.match(/^\s*(?:[a-z-]+\s*){1,3}/i)?.[0] ?? '').toLowerCase().split(/[\s-]+/);
    // ("80 for 3 months") a count given its own stretch of the year
    const counted = nextWords.some((w) => AGENT_WORDS.has(w)) || /^\s*(?:for|selama)\s+(?:like\s+|about\s+|around\s+|sekitar\s+)?(?:\d|a few|two|three|four|five|six|dua|tiga|empat|lima|enam|sebulan)/i.test(after) || /\b(?:up to|to|jadi|bisa|only|just|cuma|hanya|sampai|sampe|around|about|sekitar)\s*$/i.test(before) || ADDED_BEFORE.test(before);
    if (!counted) continue;
    // the clause the count is in says whether it is the usual one
    const clauseStart = Math.max(text.lastIndexOf(',', at), text.lastIndexOf('.', at), text.lastIndexOf(';', at), text.lastIndexOf(' but ', at), text.lastIndexOf(' tapi ', at));
    const clauseEnd = [',', '.', ';', ' but ', ' tapi '].map((s) => text.indexOf(s, end)).filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), text.length);
    const clause = text.slice(clauseStart + 1, clauseEnd);
    counts.push({ value: Number(m[1]), at, end, added: ADDED_BEFORE.test(before) || ADDED_AFTER.test(after), usual: USUAL.test(clause), clause });
  }
  if (counts.length !== 2) return undefined;
  const [a, b] = counts as [Count, Count];
  if (a.value < 1 || b.value < 1 || a.value === b.value) return undefined;
  // ("We have 15 agents, busy season May-Sept we add 10 temps") the count added is on top of the other
  if (a.added !== b.added) {
    const [base, extra] = a.added ? [b, a] : [a, b];
    return { periods: [{ agents: base.value, months: 12 - months }, { agents: base.value + extra.value, months }] };
  }
  if (a.added && b.added) return undefined;
  // the usual count is the one said so, else the smaller: a peak is the busier time
  const base = a.usual !== b.usual ? (a.usual ? a : b) : a.value < b.value ? a : b;
  const peak = base === a ? b : a;
  if (peak.value <= base.value) return undefined;
  // ("20 people in Jan-Oct but we ramp to 45 for Nov and Dec": the ten months went to the peak) months said in the usual
  // count's own clause are the usual months
  const peakOwn = peakMonths(peak.clause);
  const baseOwn = peakMonths(base.clause);
  const peakLasts = peakOwn !== undefined && peakOwn >= 1 && peakOwn <= 11 ? peakOwn : baseOwn !== undefined && baseOwn >= 1 && baseOwn <= 11 ? 12 - baseOwn : months;
  return { periods: [{ agents: base.value, months: 12 - peakLasts }, { agents: peak.value, months: peakLasts }] };
}

/**
 * Head counts said site by site or group by group ("In Lisbon are 18 agents and in Porto 12", "São Paulo has 20
 * attendants, Rio 15 and Belo Horizonte 10", "Semarang 15 orang, Solo 10 orang, Jogja 5 orang"): the center is their
 * sum. The token reader joins two counts only when nothing but joiners stands between them; a list of places, each
 * with its count, has the place names between, so one count of it won. This reads the list clause by clause.
 */
import { AGENT_WORDS } from './units';

export type SiteCounts = { total: number; parts: number[] };

/** A later, earlier, corrected or partial count: the counts are not sites of one center. */
const NOT_A_LIST = /\b(?:now|currently|today|next year|last year|later|by (?:next|the end|20\d\d|q\d)|grow\w*|going to|will|would|maybe|perhaps|or|either|actually|instead|sorry|rather|including|among them|out of|of (?:them|whom|which|those)(?! (?:do|handle|work|answer|take))|tahun depan|tahun lalu|nanti|sekarang|saat ini|atau|eh|maksud\w*|di antaranya|termasuk|naik|bertambah|ditambah|musiman|seasonal|temporary|temps?|peak|sibuk|ramai|rame|part[- ]?time\w*|paruh waktu|half|setengah|shifts?|night|malam|instead of|vs|versus|compare\w*|banding\w*|if|kalau|kalo|klo|jika|what if)\b|%|\$|\brp\.?\s?\d/i;
/** What follows a count that is no head count: volumes, money, time, sizes. */
const NOT_PEOPLE_AFTER = /^\s*(?:%|k\b|rb\b|ribu|juta|jt\b|m\b|calls?|panggilan|minutes?|mins?|menit|sms|mms|messages?|pesan|emails?|chats?|tickets?|tiket|gb|tb|years?|yrs?|tahun|thn|months?|bulan|bln|weeks?|minggu|days?|hari|hours?|hrs?|jam|x\b|times|kali|dollars?|usd|idr|per\b|a day|a month|channels?|kanal|saluran|sites?|locations?|lokasi|cabang|branches|offices?|kantor|cities|kota|integrations?|integrasi|languages?|bahasa)/i;
/** Capitalised words that start sentences or name the product's own things, not places. */
const NOT_PLACES = new Set([
  'we', 'i', 'our', 'my', 'the', 'in', 'at', 'hi', 'hello', 'hey', 'halo', 'hai', 'kami', 'saya', 'kita', 'aku', 'total', 'ada',
  'cloud', 'voice', 'sms', 'mms', 'email', 'e-mail', 'chat', 'whatsapp', 'also', 'and', 'plus', 'so', 'ok', 'okay', 'yes', 'no',
  'then', 'about', 'around', 'approximately', 'roughly', 'sekitar', 'kurang', 'lebih', 'untuk', 'utk', 'tim', 'team', 'di', 'dan',
  'yang', 'yg', 'dengan', 'each', 'all', 'both', 'only', 'just', 'thanks', 'please', 'mau', 'butuh', 'perlu', 'they', 'there',
  'it', 'its', 'this', 'that', 'these', 'those', 'a', 'an', 'on', 'for', 'with', 'from', 'dari', 'of', 'is', 'are', 'has', 'have',
  'on-prem', 'onprem', 'hybrid', 'hibrida', 'premises', 'lokal', 'agents', 'agent', 'agen', 'staff', 'staf', 'people', 'orang',
  'jadi', 'terus', 'trus', 'lalu', 'kemudian', 'pak', 'bu', 'mas', 'mbak', 'kak', 'gan', 'sis', 'bro', 'mr', 'mrs', 'ms', 'dr',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'januari', 'februari', 'maret', 'mei', 'juni', 'juli', 'agustus', 'oktober', 'desember', 'q1', 'q2', 'q3', 'q4',
]);
/** Words after "in", "at" or "di" that are no site: "in the cloud", "di cloud", "in total". */
const NOT_SITES = /^(?:the\s+)?(?:winter|summer|spring|autumn|fall|season|high|low|peak|off|busy|quiet|ramadan|lebaran|holiday\w*|musim|libur\w*|jan\w*|feb\w*|mar\w*|apr\w*|may|mei|jun\w*|jul\w*|aug\w*|agu\w*|sep\w*|oct\w*|okt\w*|nov\w*|dec\w*|des\w*|year|tahun|month|bulan|week|minggu|day|hari|morning|evening|night|pagi|siang|sore|malam|cloud|premises?|prem|on-?prem\w*|total|all|sum|house|hybrid|lokal|sana|sini|situ|mana|each|every|addition|general|short|fact|person|practice|theory)\b/i;

const PLACE = "(?:\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,2})";
const SITE_BEFORE = new RegExp(`(?:\\b(?:[Ii]n|[Aa]t|[Dd]i|[Ff]rom|[Dd]ari)\\s+(?:the\\s+)?([\\p{L}][\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,2})|(${PLACE}))\\s*(?:[,:=-]\\s*)?(?:(?:are|is|has|have|had|there are|we have|with|ada|punya|sebanyak|:)\\s+)?(?:about\\s+|around\\s+|sekitar\\s+|~)?(\\d{1,4})(?![\\d.,]\\d)`, 'u');
const SITE_AFTER = /(?<![\d.,])(\d{1,4})(?![\d.,]\d)\s*(?:[\p{L}-]+\s+){0,2}?(?:[Ii]n|[Aa]t|[Dd]i|[Ff]rom|[Dd]ari|based in)\s+(?:the\s+)?([\p{L}][\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2})/u;

function placeOk(place: string | undefined): boolean {
  if (!place) return false;
  const first = place.split(/\s+/)[0]!.toLowerCase().replace(/['’].*$/, '');
  return !NOT_PLACES.has(first) && !NOT_SITES.test(place);
}

/** The people word right after a count ("18 agents", "15 orang", "20 full-time attendants"), if any. */
function peopleAfter(clause: string, end: number): string | undefined {
  const words = clause.slice(end).toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  return words.slice(0, 3).find((w) => AGENT_WORDS.has(w));
}

/** The sites (or groups) of one center and their head counts, when the text lists at least two. */
export function readSiteCounts(text: string): SiteCounts | undefined {
  // ("CS ada 4 orang. Kira2 brp sebulan?": 4 + 2 = 6 agents, "Kira" a site of 2) Indonesian reduplication written with a 2
  text = text.replace(/\b(\p{L}{2,})2(an|nya|in|kan|lah)?\b/gu, '$1-$1$2');
  if (NOT_A_LIST.test(text)) return undefined;
  const clauses = text.split(/[,;\n]|\s(?:and|dan|plus|&|\+|serta|lalu)\s|\.\s|[.!?]$/i).map((c) => c.trim()).filter(Boolean);
  const found: { place?: string; count: number; people?: string; dept: boolean }[] = [];
  for (const clause of clauses) {
    const numbers = clause.match(/(?<![\d.,])\d{1,4}(?![\d.,]\d)/g) ?? [];
    if (numbers.length !== 1) continue;
    const at = clause.search(/(?<![\d.,])\d{1,4}(?![\d.,]\d)/);
    const end = at + numbers[0]!.length;
    if (NOT_PEOPLE_AFTER.test(clause.slice(end))) continue;
    const count = Number(numbers[0]);
    if (count < 1 || count > 5000) continue;
    const before = SITE_BEFORE.exec(clause);
    const after = SITE_AFTER.exec(clause);
    const place = [after?.[2], before?.[1] ?? before?.[2]].find(placeOk);
    const dept = /\b(?:department|dept|division|team|desk|unit|divisi|bagian|departemen)\b/i.test(clause);
    found.push({ ...(place ? { place: place.toLowerCase() } : {}), count, people: peopleAfter(clause, end), dept });
  }
  if (found.length < 2 || found.length > 12) return undefined;
  // every count has its own place (or team), each place once; or every count is a group of people of its own kind
  const placed = found.every((f) => f.place !== undefined || f.dept) && new Set(found.map((f) => f.place ?? '')).size === found.length;
  const groups = !placed && found.every((f) => f.people !== undefined) && found.some((f) => f.dept || f.place) && new Set(found.map((f) => f.people)).size === found.length;
  if (!placed && !groups) return undefined;
  // (the people may be named once for the whole list: "Agen rencananya dibagi per lokasi: Surabaya 15, Sidoarjo 10")
  if (!found.some((f) => f.people !== undefined) && !(text.toLowerCase().match(/[\p{L}-]+/gu) ?? []).some((w) => AGENT_WORDS.has(w))) return undefined;
  const parts = found.map((f) => f.count);
  // ("250 agents, 150 in Dallas and 100 in Toronto") a count the others add up to is their total, said first
  const sum = parts.reduce((a, b) => a + b, 0);
  if (parts[0]! * 2 === sum && (!found[0]!.place || /\b(?:total|in all|altogether|semua|seluruh\w*)\b/i.test(text))) return undefined;
  return { total: parts.reduce((a, b) => a + b, 0), parts };
}

/**
 * English or Indonesian, from a few words. Chat messages are short ("40 agen", "ok", "cloud
 * please"), so statistical detectors trained on sentences guess badly; instead each word that
 * is clearly one language's votes for it, and words both languages share (ok, cloud, SMS,
 * numbers, brand names) do not vote. A tie keeps the conversation's current language.
 */
import type { Lang } from '../i18n/index';
import { SPELLING_FIXES } from './lexicon';
import { normalizeText } from './text';
import { correctWord, damerau } from './typos';

const ID_WORDS = new Set(
  `woi woy lu lo elu gue gua bego goblok bodoh anjir anjay bacot
  yang dan di ke dari untuk dengan saya aku kami kita anda kamu ini itu ada tidak nggak gak enggak ngga bukan apa
  apakah berapa bagaimana gimana mengapa kenapa bisa mau ingin butuh perlu pakai pake tolong terima kasih makasih
  halo hai selamat pagi siang sore malam agen kursi orang saluran kanal telepon telpon pesan biaya harga murah mahal tahun
  bulan hari sekitar kurang lebih juga saja aja hanya cuma sudah belum akan lagi jadi kalau kalo atau tapi dong
  iya punya semua semuanya tanpa hapus tambah tambahkan ganti ubah jawaban awan lokal campuran hibrida oleh pada dalam
  sebagai adalah merupakan karena agar supaya bandingkan perbandingan mulai ulang batal batalkan bantuan lewati
  dihubungi hubungi persetujuan satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh
  ratus seratus ribu seribu juta sejuta berapa pengguna staf suara panggilan teks gambar sosial surel obrolan situs
  tempat sendiri berbasis khusus integrasi manajemen tenaga kerja kecerdasan buatan dasar lengkap standar menit
  detik minta mohon sebulan per setiap tiap perkiraan estimasi hitung hitungkan mana lebih murah mahal sama kecil besar
  banyak sedikit dulu nanti sekarang kembali lanjut lanjutkan boleh betul benar salah siap sip oke deh sih kok kan
  dong lah nih tuh ya gitu begitu seperti bagus baik terimakasih maaf permisi mohon silakan saran pilih pilihan
  kirim dikirim pribadi cabut tarik perusahaan kantor tim layanan pelanggan sistem hanya kurleb kira
  hampir sekitaran menjadi jadi buat bikin cek lihat tunjukkan tampilkan jelaskan penjelasan maksud artinya
  apa-apa biar gitu dgn utk yg tdk blm sdh udah udh kalo klo emang memang pakai menggunakan gunakan sebaiknya
  lebih baik rekomendasi penyimpanan lalu kemarin tahunan bulanan harian pertanyaan tanya ditanya jawab ongkos
  jumlah hemat penghematan keuntungan kerugian kelebihan kekurangan risiko keamanan cadangan
  ga gk usah gausah gaperlu pengen pgn pingin tambahin hapusin gantiin kurangin bikinin itungin hitungin kak kakak
  min gan bang mas mbak pak bu bapak ibu kalian gue gw lu lo elo banget bgt kayak kyk dll dsb bener beneran
  mending kasih nanya tanyain udahan sampai sampe gimana dimana kapan siapa kenapa soalnya jg sm ama aj nih
  kenapa masing kira rata mohon tolongin dikit sedikit cabang tiap setiap perbulan sebulan seminggu sehari
  terserah bebas itung itungin ngitung manut kurleb assalamualaikum assalamu alaikum assalamualaikom wassalamualaikum
  salam wr wb p tipikal
  paling mungkin harus terus trus doang wkwk wkwkwk kayaknya gratis cukup disimpan simpan aturan versi sebenarnya
  apotek toko klinik sekolah kampus bengkel koperasi ekspedisi kurir rumah sakit puskesmas pemda dinas yayasan umkm warung
  jawab angkat nelpon ditelpon wa sosmed medsos ortu murid pasien nasabah pembeli`.split(/\s+/),
);

/**
 * English words Indonesian chat uses as they are ("skip", "done", "next", "cancel"): on their own
 * they say nothing about the visitor's language, so an Indonesian conversation stays Indonesian.
 */
const LOANWORDS = new Set(['skip', 'next', 'done', 'cancel', 'estimate', 'reset', 'restart', 'sorry', 'team', 'sales', 'budget', 'update', 'pricing', 'price', 'quote', 'seats', 'support',
  // the contact center's own nouns, as Indonesian business chat uses them: "10 agent", "voice, email", "thx kak"
  'agent', 'agents', 'seat', 'voice', 'social', 'socials', 'email', 'emails', 'chat', 'inbound', 'outbound', 'company', 'worth', 'thx', 'thanks', 'per', 'channel', 'channels', 'cost',
  // ("across 2 sites" made an English conversation Indonesian: "sites" is one letter from "situs")
  'site', 'sites', 'office', 'store', 'shop', 'clinic', 'retail', 'hospital', 'branch', 'total', 'totals', 'setup', 'upfront', 'mo',
  // the estimate's own terms, which Indonesian writes in English ("apa itu egress?" was answered in English)
  'egress', 'storage', 'bandwidth', 'licence', 'license', 'licences', 'licenses', 'integration', 'integrations']);

/** English greetings Indonesian chat uses as they are: half a vote ("hi, 50 agen cloud semua channel" was answered in English). */
const SHARED_GREETINGS = new Set(['hi', 'hey', 'hello']);

const EN_WORDS = new Set(
  `the a and or of to in on for with we i you our my your is are be have has need want would how what why
  much many cost costs price prices please thanks thank hello hi hey yes no not about it this that do does can could
  will get make per month year years minutes without only just also all compare cheaper cheapest agents agent seats
  users people staff reps channels phone calls call voice        
   mix both which one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
  sixty seventy eighty ninety hundred thousand million what whats where when who there here they them their us
  me am was were been being if then than so but because some any every each other more most less least few lots
  lot estimate estimation quote  should shall may might must cheap expensive good great nice sure yep yeah
  nope okay fine right wrong correct start over restart  cancel stop help never mind skip  
  use using add remove drop instead only around approximately roughly like maybe about roughly need needs needed
  workforce management integration integrations     unlimited included metered minute
  team company business customers customer service center centre contact  talk speak human someone send sent
   delete withdraw consent my mine money dollars much why ask asking know think sounds go ahead let lets
  morning afternoon evening day week weekly monthly daily annual yearly over under up down from into out again
  storage egress transfer bandwidth licence license licenses licences   difference between versus
  across locations location offices branches stores shops clinics hospitals yr approx`.split(/\s+/),
);

/** Indonesian function words and particles: the grammar a code-mixed message keeps. */
const ID_GRAMMAR = new Set(['minta', 'paling', 'kita', 'kami', 'saya', 'aku', 'mana', 'lebih', 'nya', 'dong', 'sih', 'kak', 'deh', 'kok', 'gimana', 'gmn', 'berapa', 'brp', 'kalau', 'kalo', 'klo', 'yang', 'yg', 'aja', 'nih', 'gan', 'untuk', 'utk', 'buat', 'mau', 'bisa', 'apakah', 'bagaimana', 'tolong', 'ga', 'gak', 'nggak', 'tidak', 'udah', 'sudah', 'pakai', 'pake']);

/** Word endings and beginnings that are Indonesian morphology ("layanannya", "menghitung", "dihubungi"). */
const ID_AFFIX = /^(meng|meny|mem|men|ber|ter|di|ke|pe[nmr]?)[a-z]{3,}(kan|an|nya|lah|kah)$|^[a-z]{3,}(nya|kan|lah|kah)$/;

/** Terms both languages use as they are; removed before counting so "on-prem" is not English. */
// ("wats sip trunk": "sip" is Indonesian for "great", a SIP trunk is not)
const SHARED_TERMS = /\bsip[\s-]?trunk(s|ing)?\b|\bon[\s-]?prem(ise|ises)?\b|\bself[\s-]?hosted\b|\blive ?chat\b|\bweb ?chat\b|\b(call|contact) cent(er|re)\b|\bcustomer service\b|\bsocial media\b|\bworkforce management\b|\bpay as you go\b|\bstart (over|again)\b|\btalk to sales\b/g;

const MISSPELT_MIN = 5;
const nearMemo = new Map<string, Lang | null>();
/** Each language's words by length: a word one edit away is at most one letter longer or shorter. */
function byLength(words: Iterable<string>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of words) if (w.length >= MISSPELT_MIN - 1) out.set(w.length, [...(out.get(w.length) ?? []), w]);
  return out;
}
const ID_BY_LENGTH = byLength(ID_WORDS);
const EN_BY_LENGTH = byLength(EN_WORDS);
const near = (word: string, index: Map<number, string[]>) =>
  [word.length - 1, word.length, word.length + 1].some((n) => (index.get(n) ?? []).some((x) => damerau(word, x) <= 1));

/** The one language a word is a single edit away from (remembered per word; null when none or both). */
function misspeltLanguage(word: string): Lang | null {
  if (word.length < MISSPELT_MIN) return null;
  const known = nearMemo.get(word);
  if (known !== undefined) return known;
  const id = near(word, ID_BY_LENGTH);
  const en = near(word, EN_BY_LENGTH);
  const out: Lang | null = id === en ? null : id ? 'id' : 'en';
  if (nearMemo.size >= 20_000) nearMemo.clear();
  nearMemo.set(word, out);
  return out;
}

export function languageScores(text: string): { en: number; id: number } {
  // ("Andi Wijaya, PT Asuransi Sejahtera, andi.wijaya@asuransisejahtera.co.id, no hp +62 812 …" turned the sales form
  // English): an email address is no word of either language, and "no hp" is Indonesian for the number
  // (bounded, and only with an "@" in it: unbounded, a long run of letters was scanned from every position)
  const withoutDetails = (text.includes('@') ? text.replace(/[^\s@]{1,64}@[^\s@]{1,255}/g, ' ') : text).replace(/\bno\.?\s+(?=(?:hp|telp|tlp|telpon|telepon|wa|whatsapp|handphone|ponsel|kantor)\b)/gi, 'nomor ');
  // ("see ya" got its goodbye in Indonesian) the English "ya" of a farewell
  const raw = normalizeText(withoutDetails).replace(SHARED_TERMS, ' ').replace(/\b(?:see|c) ya\b/g, 'see you').match(/[a-z]+/g) ?? [];
  // ("brapa biyaya 25 agn, tlpn, clud?" had no word of either language and kept English: a misspelt word votes as
  // the word it is one edit from)
  const words = raw.map((w) => SPELLING_FIXES[w] ?? (ID_WORDS.has(w) || EN_WORDS.has(w) ? w : correctWord(w)));
  let en = 0;
  let id = 0;
  // ("agentnya 5, web chat, cloud" was answered in English: the spelling step reads "agentnya" as the loanword
  // "agent", so the "-nya" it carries, Indonesian grammar on an English noun, is counted before it is lost)
  for (const w of raw) if (w.length >= 7 && w.endsWith('nya') && !ID_WORDS.has(w) && !EN_WORDS.has(w)) id += 2;
  for (const w of words) {
    if (LOANWORDS.has(w)) continue;
    const inId = ID_WORDS.has(w);
    const inEn = EN_WORDS.has(w);
    // Indonesian grammar words weigh double: code-mixed chat keeps them and borrows English nouns
    // ("total cost nya per year berapa?", "pricing nya gmn kak for 20 seat?")
    if (inId && !inEn) id += ID_GRAMMAR.has(w) ? 2 : 1;
    else if (inEn && !inId) en += SHARED_GREETINGS.has(w) ? 0.5 : 1;
    else if (!inId && !inEn && ID_AFFIX.test(w)) id += 0.5;
    else if (!inId && !inEn) {
      // ("brapa biyaya 25 agn, tlpn, clud?" had no word of either language: a misspelling one edit from a word of
      // only one of them votes for it, at half weight)
      const near = misspeltLanguage(w);
      if (near === 'id') id += 0.5;
      else if (near === 'en') en += 0.5;
    }
  }
  return { en, id };
}

export function detectLanguage(text: string, fallback: Lang = 'en', opening = false): Lang {
  const { en, id } = languageScores(text);
  const own = fallback === 'id' ? id : en;
  const other = fallback === 'id' ? en : id;
  // a message with words of the conversation's language leaves it only by a clear margin (code-mixed chat); the
  // opening message has no language of its own to keep, so more words of the other decide it ("15 agen cloud, telepon
  // + chat, sama AI chatbot add-on" got the estimate in English)
  // ("'; DROP TABLE leads; --" in an Indonesian conversation answered in English) a few words inside code are no one's
  // language: the conversation's stays
  if (other <= 3 && CODE_LIKE.test(text)) return fallback;
  // ("cruise line shore excursions, 40 agents voice email web chat cloud" was answered in Indonesian: "shore" is one
  // letter from "sore") half a vote, one misspelling or a greeting, is no language of its own
  if (fallback === 'en' && other < 1) return fallback;
  // ("ya typical" in an English conversation: answered in Indonesian from then on) "ya" alone is English's "yeah" too
  if (fallback === 'en' && !opening && other <= 1 && /^\W*ya\b/i.test(text) && text.trim().split(/\s+/).length <= 4) return fallback;
  // ("per agent per month?" and "yearly?" turned an Indonesian conversation English) Indonesian chat borrows an English
  // word or two; one English word alone does not leave Indonesian, a sentence does ("thanks, and what is egress?")
  if (fallback === 'id' && !opening && own === 0 && other < 2) return fallback;
  // ("hi, we need 12 seats, channel voice & webchat, cloud ya" from an Indonesian locale: the estimate came in English)
  // an opening in the locale's Indonesian with English nouns borrowed keeps Indonesian when its grammar is there
  if (fallback === 'id' && opening && own >= 1 && other <= own + 2) return fallback;
  if (other > own + (own > 0 && !opening ? 1 : 0)) return fallback === 'id' ? 'en' : 'id';
  return fallback;
}

/** Markup, SQL or script fragments: "'; DROP TABLE leads; --", "<script>alert(1)</script>", "${7*7}". */
const CODE_LIKE = /--\s*$|;\s*--|<\/?[a-z]+[^>]*>|\$\{|\{\{|\b(?:drop|truncate|alter)\s+table\b|\bunion\s+(?:all\s+)?select\b|\bselect\s+\*|\bor\s+1\s*=\s*1\b|\bjavascript:/i;

/**
 * What the visitor wants to do, as opposed to what they answered. Patterns run over the
 * cleaned token text ("don't" is "dont", punctuation stands apart), English and Indonesian
 * together since visitors switch mid-sentence.
 */
import type { Token } from './text';
import type { Intent } from './types';

const PATTERNS: [Intent, RegExp][] = [
  ['greeting', /^(hi|hello|hey|hiya|howdy|heya|halo|hallo|helo|hai|hei|good (morning|afternoon|evening|day)|selamat (pagi|siang|sore|malam|datang)|assalamualaikum|pagi|siang|sore|malam|greetings)\b/],
  ['help', /\b(help(?! ?desk)|what can you do|what do you do|how does (this|it) work|how do i use (this|you)|what are my options|what is this|bantuan|bantu saya|tolong bantu|apa yang bisa (kamu|anda|kau) (lakukan|bantu)|(kamu|anda) bisa apa|bisa bantu apa|cara pakai(nya)?|bagaimana cara (kerja|pakai)(nya)?|menu)\b|^(tolong|\?+)( dong| saya)?( [!?.])*$|^((permisi|halo|hai|hi|hello|hey|kak|min|gan|pak|bu|mas|mbak|sis|bro|,)\s)*(saya |aku |i )?(mau|boleh|ingin|pengen|bisa|can i|may i|want to|wanna|have a|got a) (tanya|nanya|bertanya|ask|question)( (tanya|dong|nih|kak|min|gan|sedikit|dikit|ya|soal|tentang|mengenai|about|a|some|something|questions?|biaya|harga|costs?|pricing|contact|call|center|centre|pusat|kontak|you)| [!?.,])*$/],
  // "stop" and "cancel" end the dialog only when they are the point of the message, not in "we want to stop using on-prem"
  ['cancel', /^(ok |okay |please |just |pls |oh )?(cancel|stop|quit|exit|abort|end|never ?mind|forget it|batal|batalkan|tidak jadi|gak jadi|nggak jadi|ga jadi|enggak jadi|berhenti|udahan|sudahlah)( (it|this|that|now|please|pls|thanks|dong|aja|saja|deh|lah|sih|the estimate|estimasi(nya)?|ini|itu|sekarang))*( [.!])*$|\b(never ?mind|forget it|i want to (cancel|stop|quit)|(cancel|stop|end) (this|that|the estimate|the conversation)|batalkan (saja|aja|estimasi(nya)?)|tidak jadi|gak jadi|nggak jadi)\b/],
  ['startOver', /\b(start (over|again|afresh|from scratch)|restart|reset|begin again|from the (top|beginning)|mulai (lagi|ulang|dari awal|baru)|ulang(i)? dari awal|dari awal lagi|ulangi( semua)?|reset ulang)\b/],
  ['why', /^(why|kenapa|mengapa|knp|why so|for what)( [?!.])*$|\b(why (do|did|would|should) (you|u|i) (ask|need|want|have to|care)|why (are|do) you asking|why (is|does) (that|this|it) matter|whats (that|this|it) for|what for|what is (that|this) for|why that question|why this question|why do you need( to know)?( that| this)?|kenapa (di)?tanya|mengapa (di)?tanya|kenapa (perlu|butuh|harus)|mengapa (perlu|butuh|harus)|untuk apa( itu| ini)?|buat apa( itu| ini)?|gunanya apa|apa gunanya)\b/],
  ['sales', /\b((talk|speak|chat|connect|put) (me )?(to|with|through to) (a |an |the |your |some )?(sales|salesperson|sales rep|sales team|human|person|real person|someone|somebody|representative|consultant|expert|advisor|people)|contact (me|us|sales)|(call|email|phone|ring|text) me\b|reach (me|out)|get in touch|book a (demo|call|meeting)|schedule a (demo|call|meeting)|request a (demo|callback|call back|quote from sales)|callback|call me back|want to buy|ready to buy|dihubungi|hubungi (saya|kami|aku)|hubungkan (saya |aku )?(dengan|ke)|bicara (dengan|sama) (sales|orang|manusia|tim|seseorang)|telepon saya|telpon saya|tim (sales|penjualan)|minta demo|jadwalkan demo|kontak saya|minta dihubungi|hubungi (sales|penjualan|bagian (sales|penjualan))|hubungkan ke sales|(ngobrol|ngomong|bicara|diskusi|konsultasi|chat|chatting) (sama|dengan|ama|sm|ke|bareng) (sales|orang sales|bagian sales|marketing|cs|manusia|orang)|(minta|mau|pengen|ingin) (kontak|nomor|nomer|email) (sales|marketing)|(mau|pengen|ingin|minta) (di ?telepon|di ?telpon|ditelp|dihubungi|dikontak|demo)|(i want|i would like|id like|can i get|can i have|we want|we would like|i need) (a |an )?(demo|callback|call back|proposal|formal quote|sales call)|(sales|a salesperson|a sales rep) (call|contact|email) me)\b|^(sales|the sales team|sales please|sales team|sales pls)( [.!])*$/],
  ['estimate', /\b(estimate|estimation|how much|quote|quotation|pricing|price (it|this|that) out|what (would|will|does|could) (it|this|that|all this|that all) cost|cost me|calculate|calculation|ballpark|berapa (biaya|biayanya|harga|harganya|ongkos|ongkosnya|total|totalnya|duit)|hitung|hitungkan|hitunglah|hitungin|itung|itungin|ngitung|ngitungin|menghitung|dihitung|estimasi|perkiraan|penawaran|taksiran|kalkulasi)\b|\bberapa\b.*\b(biaya|harga|ongkos)\b|\bwhat (would|will|does|do|could|might)\b.*\bcost\b|\b(rough|ballpark) (price|cost|figure|number|idea)|\b(get|need|want|looking for) (a |an )?(price|cost|figure)\b/],
  ['compare', /\b(compare|comparison|comparing|vs|versus|side by side|all three|(which|what) (one |option |model )?(is|would be|will be|works out) (the )?(cheaper|cheapest|better|best|more expensive|less expensive)|which is cheaper|bandingkan|banding|perbandingan|membandingkan|dibandingkan|bandingin|ketiganya|ketiga (opsi|pilihan|model)|mana yang lebih (murah|baik|mahal|hemat)|lebih murah mana|mana lebih murah|lebih hemat mana|mana yang paling murah|mending (yang |yg )?mana|enaknya (yang |yg )?mana|bagusan (yang |yg )?mana|pilih (yang |yg )?mana|sebaiknya (yang |yg )?mana|which (one )?(should|would) (i|we) (pick|choose|go (for|with))|which (one )?do you recommend|what do you recommend|which is better|whichever (one )?(is|works out|comes out) (cheaper|cheapest|better|best))\b/],
  ['changeAnswers', /\b((change|edit|modify|update|fix|correct|review|revise) (my |the |our |some |an )?(answers?|inputs?|details|scenario|choices|selections|information|info|settings|responses)|change something|go back|ubah jawaban|ganti jawaban|edit jawaban|koreksi jawaban|perbaiki jawaban|ubah (data|isian|pilihan)|ganti (data|isian|pilihan)|ubah (skenario|input))\b/],
  ['thanks', /\b(thanks|thank you|thankyou|thank u|thx|ty|tq|cheers|much appreciated|appreciate it|terima ?kasih|terimakasih|makasih|makasi|trims|tengkyu|matur ?nuwun|suwun|jazakallah\w*|jazakumullah\w*|syukr[ao]n|hatur nuhun|suksma|matur suksma|mauliate|tarimo kasih)\b/],
  ['whatSent', /\b(what (did|have|do) you (send|sent|share|shared|pass|passed|forward|forwarded|give|gave)|what (was|has been|got|will be|is) (sent|shared|forwarded|passed on)|what (data|information|info|details) (did|do|have|will) you (send|sent|share|store|keep|have|hold|pass)|what do you (have|know|store|keep) (on|about) me|apa (saja )?yang (di|sudah di|telah di|akan di)?(kirim|bagikan|teruskan)|apa (saja )?yang (kamu|anda) (kirim|bagikan|simpan)|data apa (saja )?yang (di|kamu |anda )?(kirim|simpan|bagikan)|apa yang dikirim)\b/],
  ['withdraw', /\b((withdraw|revoke|retract|cancel) (my )?(consent|permission|agreement)|withdraw|(delete|remove|erase|forget|wipe|purge) (my|all my|all of my) (data|details|info|information|contact|personal data|contact details|records?)|forget me|forget about me|cabut persetujuan|tarik persetujuan|batalkan persetujuan|hapus data (saya|aku|kami|pribadi)|hapus (semua )?data (saya|aku)|hapus semua data)\b/],
  ['skip', /\b(skip( (it|this|that|this one|this question|for now))?|use (the )?defaults?|(the )?defaults? (is|are) fine|go with (the )?defaults?|just use (the )?defaults?|lewati|lewatin|lewat saja|pakai (nilai )?default|pake default|gunakan (nilai )?default|pakai (nilai )?bawaan|pakai standar saja|i dont know|dont know|not sure|no idea|whatever|up to you|you (choose|decide|pick)|your call|terserah|terserah (kamu|anda|aja|saja|deh)|bebas( aja| saja)?|manut|ikut (saran|rekomendasi) (kamu|anda)|tidak tahu|gak tahu|nggak tahu|ga tau|gak tau|nggak tau|belum tahu|belum tau|entahlah|tidak yakin|(use )?typical (volumes|values|usage)|(pakai|gunakan) volume (umum|standar|bawaan)|volume umum)\b|^((just|ok|okay|oke|yes|ya) )?((just )?use )?(typical|typicals|the typical ones?|defaults?|normal|average|your (assumptions|numbers|defaults)|whatever is (typical|normal|usual)|(yang )?(umum|biasa|normal|rata rata)( aja| saja)?)( (is|are|ones|volumes|values|numbers|figures|please|pls|then|it is))*( (fine|ok|okay|good|great|please|pls|works|is fine|will do|are fine))*( (thanks|thx|dong|deh|aja|saja|ya))*( [.!])*$/],
];

/** Words that can answer yes or no on their own: "yes", "ok", "iya", "nope", "nggak". */
const YES = new Set(['yes', 'yep', 'yeah', 'yup', 'ya', 'iya', 'iyaa', 'iyap', 'sure', 'ok', 'okay', 'oke', 'okey', 'okie', 'k', 'boleh', 'betul', 'benar', 'bener', 'correct', 'right', 'exactly', 'absolutely', 'definitely', 'affirmative', 'tentu', 'siap', 'sip', 'lanjut', 'lanjutkan', 'yess', 'yas', 'agreed', 'setuju', 'mantap', 'good', 'great', 'perfect', 'fine', 'cool']);
const NO = new Set(['no', 'nope', 'nah', 'tidak', 'nggak', 'gak', 'ga', 'enggak', 'ngga', 'tak', 'bukan', 'salah', 'wrong', 'incorrect', 'negative', 'belum', 'jangan']);
/** Words that may follow a bare yes/no without turning it into something else. */
const ANSWER_TAIL = new Set(['please', 'thanks', 'thank', 'you', 'dong', 'deh', 'sih', 'kok', 'ya', 'lah', 'thats', 'that', 'is', 'its', 'it', 'right', 'correct', 'sure', 'go', 'ahead', 'do', 'terima', 'kasih', 'makasih', 'really', 'now', 'yet', 'dulu', 'sudah', 'benar', 'betul', 'banget', 'sekali', 'of', 'course', 'lets', 'sounds', 'good', 'thing', 'way', 'not', 'at', 'all', 'sama', 'sekali', 'usah', 'perlu', 'looks', 'fine', 'great']);
const YES_PHRASES = /^(sounds good|go ahead|of course|that(s| is) (right|correct|fine)|looks (good|right)|please do|lets do it|do it|yes please|sure thing)\b/;
const NO_PHRASES = /^(not really|not now|not yet|no thanks|no thank you|no way|not at all|none|nothing|nothing else|nothing more|no add ?ons|no extras|thats all|thats enough|that is all|thats it|that is it|im done|i am done|done|all good|udah|sudah|udh|sdh|udah itu aja|udah itu saja|sudah itu saja|udah cukup|itu aja|itu saja|segitu aja|segitu saja|itu doang|udah segitu|tidak usah|gak usah|nggak usah|ga usah|tidak perlu|gak perlu|nggak perlu|ga perlu|belum perlu|tidak sama sekali|tidak ada|gak ada|nggak ada|ga ada|enggak ada|tanpa add ?on|tanpa tambahan|sudah cukup|cukup)( (thanks|thank you|dong|deh|aja|saja|itu))*( [.!])*$/;

const QUESTION_START = new Set([
  'what', 'whats', 'why', 'how', 'hows', 'is', 'are', 'does', 'do', 'can', 'could', 'would', 'will', 'should', 'which',
  'who', 'when', 'where', 'wheres', 'whos', 'isnt', 'arent', 'doesnt', 'dont', 'shall', 'may',
  'apa', 'apakah', 'mengapa', 'kenapa', 'bagaimana', 'berapa', 'bisakah', 'bolehkah', 'kapan', 'dimana', 'siapa',
  'mana', 'adakah', 'haruskah', 'perlukah', 'knp', 'kok',
]);

/** Requests for information that are not written as questions: "pros and cons of hybrid". */
const INFO_REQUEST = /^(please )?(pros and cons|advantages|disadvantages|benefits|drawbacks|tell me (more )?about|explain|describe|more (info|information|details) (on|about)|jelaskan|ceritakan|kelebihan|kekurangan|keuntungan|kerugian|perbedaan|beda(nya)?|info(rmasi)? (tentang|soal|mengenai))\b/;

/**
 * Indonesian chat puts the question word last and skips the "?" ("biaya SMS berapa", "hybrid gimana ya"),
 * and "mau tanya …" / "I wanted to ask …" announce a question in either language.
 */
const ASKING = /\b(berapa|bagaimana|apa (aja|saja)|apa ya|apa sih|kah)( (ya|sih|dong|kak|min|gan|nih|tuh))*( [.!])*$|^((permisi|halo|hai|hi|kak|min|gan|,)\s)*(saya |aku |i )?(mau|boleh|ingin|pengen|mo) (tanya|nanya|bertanya)\b|^(i )?(wanted|want|would like) to ask\b/;

/** "what about on-prem?", "can you do 60 instead?", "bagaimana kalau hybrid?": an edit dressed as a question. */
export const EDIT_CUE = /^(so |ok |okay )?(what about|how about|what if|and|bagaimana (kalau|kalo|dengan|jika)|gimana (kalau|kalo|dengan)|kalau|kalo|terus|lalu|trus)\b|\b(instead|make (it|that)|change (it |that )?to|switch to|go with|(can|could) (you|we) (do|try|use|make it)|try|ganti|ubah|coba|diganti|diubah)\b/;

export type IntentContext = {
  /** True when the token at this index starts a channel/deployment/add-on word ("no SMS" is not a no). */
  isTargetAt: (index: number) => boolean;
  /** True when the original text ends with a question mark. */
  endsWithQuestionMark: boolean;
};

/** The tokens as one string for the patterns; a hyphen inside a word is dropped ("add-ons" -> "add ons"). */
export function flatten(tokens: Token[]): string {
  return tokens
    .filter((t, i) => !(t.t === '-' && !t.spaceBefore && tokens[i + 1] !== undefined && !tokens[i + 1]?.spaceBefore))
    .map((t) => t.t)
    .join(' ');
}

function answerIntent(tokens: Token[], flat: string, ctx: IntentContext): Intent | undefined {
  const first = tokens[0];
  if (!first) return undefined;
  if (NO_PHRASES.test(flat)) return 'no';
  if (YES_PHRASES.test(flat)) return 'yes';
  const kind = YES.has(first.t) ? 'yes' : NO.has(first.t) ? 'no' : undefined;
  if (!kind) return undefined;
  // "no SMS", "tidak pakai email": the word negates what follows, it does not answer the question
  for (let i = 1; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.kind === 'punct') return kind;
    if (ctx.isTargetAt(i)) return undefined;
    if (YES.has(tok.t) || NO.has(tok.t) || ANSWER_TAIL.has(tok.t)) continue;
    return undefined;
  }
  return kind;
}

export function detectIntents(tokens: Token[], ctx: IntentContext): Intent[] {
  const flat = flatten(tokens);
  const found = new Set<Intent>();
  for (const [intent, re] of PATTERNS) if (re.test(flat)) found.add(intent);
  // "skip SMS" removes a channel; only a bare "skip" skips the question
  if (found.has('skip')) {
    const at = tokens.findIndex((t) => t.t === 'skip');
    if (at >= 0 && ctx.isTargetAt(at + 1)) found.delete('skip');
  }
  // "hapus data saya" withdraws; "cancel my consent" also matches cancel, which would end the dialog instead
  if (found.has('withdraw')) found.delete('cancel');
  // "gak jadi pakai SMS" drops SMS; only "gak jadi" on its own (or with filler) calls the whole thing off
  if (found.has('cancel')) {
    const at = tokens.findIndex((t, i) => t.t === 'jadi' && ['gak', 'tidak', 'nggak', 'ga', 'enggak', 'ngga', 'tak'].includes(tokens[i - 1]?.t ?? ''));
    if (at >= 0 && tokens.slice(at + 1, at + 4).some((_, k) => ctx.isTargetAt(at + 1 + k))) found.delete('cancel');
  }
  if (found.has('why')) found.delete('question');
  const answer = answerIntent(tokens, flat, ctx);
  if (answer) found.add(answer);
  const firstWord = tokens.find((t) => t.kind === 'word')?.t;
  const onlyPunct = tokens.every((t) => t.kind === 'punct');
  const questionShaped =
    !onlyPunct &&
    (ctx.endsWithQuestionMark || (firstWord !== undefined && QUESTION_START.has(firstWord)) || INFO_REQUEST.test(flat) ||
      ASKING.test(flat));
  const specific: Intent[] = ['help', 'why', 'whatSent', 'sales', 'withdraw', 'estimate', 'compare', 'changeAnswers'];
  if (questionShaped && !specific.some((i) => found.has(i))) found.add('question');
  return [...found];
}

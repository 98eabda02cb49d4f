/**
 * Retrieval vocabulary: multi-word phrases, synonyms (both languages map to one canonical token, so a
 * mixed-language question such as "biaya storage cloud" still meets the Indonesian phrasings), stemmer
 * guards and stop-word adjustments. Not user-facing text: these are matching rules.
 */
import type { Lang } from '../i18n/index';

/** Applied to lower-cased text before tokenizing, so a phrase becomes one canonical token. Order matters. */
export const PHRASES: [RegExp, string][] = [
  [/\bon[\s-]?prem(?:ise|ises|isses)?\b|\bonprem(?:ise|ises)?\b|\bon[\s-]?site\b|\bin[\s-]?house\b|\bself[\s-]?hosted\b|\bdi[\s-]?tempat\b|\bdi[\s-]?lokasi\b|\bpremises\b/g, ' onprem '],
  [/\btransfer data keluar\b|\bdata[\s-]?transfer\b|\btransfer(?:ring)? data\b|\bdata keluar\b|\blalu[\s-]?lintas keluar\b|\boutbound (?:data|traffic)\b|\bdata out\b|\bkeluar(?:nya)? data\b|\bmasuknya data\b/g, ' egress '],
  [/\bworkforce management\b|\bworkforce mgmt\b|\bmanajemen tenaga kerja\b|\btenaga kerja\b|\bworkforce\b/g, ' wfm '],
  [/\bai\s*\/\s*ml\b|\bartificial intelligence\b|\bmachine learning\b|\bkecerdasan buatan\b|\bpembelajaran mesin\b/g, ' ai '],
  [/\bsms\s*\/\s*mms\b/g, ' sms mms '],
  [/\btext messag(?:e|es|ing)\b|\bpesan teks\b|\bpesan singkat\b|\btexting\b|\btexts\b/g, ' sms '],
  [/\bmultimedia messag(?:e|es|ing)\b|\bpesan multimedia\b|\bpicture messag(?:e|es)\b|\bpesan gambar\b/g, ' mms '],
  [/\bsocial media\b|\bmedia sosial\b|\bsocial networks?\b|\bjejaring sosial\b|\bmedsos\b/g, ' social '],
  [/\bcall[\s-]?cent(?:er|re)s?\b|\bpusat panggilan\b|\bcallcent(?:er|re)\b/g, ' callcenter '],
  // ("what is a contact center?" read as "what is CCaaS?" word for word and got the cloud definition) CCaaS is a cloud one
  [/\bccaas\b|\bcontact[\s-]?cent(?:er|re)s? as an? service\b/g, ' cloud contactcenter '],
  [/\bcontact[\s-]?cent(?:er|re)s?\b|\bpusat kontak\b|\bcontactcent(?:er|re)\b/g, ' contactcenter '],
  [/\blong[\s-]?term\b|\bjangka panjang\b|\bover time\b|\bin the long run\b|\bover the years\b|\bbeberapa tahun\b|\bmulti[\s-]?year\b/g, ' longterm '],
  [/\bup[\s-]?front\b|\bdi[\s-]?muka\b|\bbiaya awal\b|\binitial (?:cost|costs|investment)\b|\bstart[\s-]?up costs?\b|\bmodal awal\b|\bcapex\b/g, ' upfront '],
  [/\bone[\s-]?(?:time|off)\b|\bsekali bayar\b|\bsatu kali\b|\bsekali saja\b/g, ' onetime '],
  [/\bup[\s-]?time\b|\bwaktu aktif\b|\bfive nines\b|\b99[.,]999\s*%?/g, ' uptime '],
  [/\bdown[\s-]?time\b|\boutages?\b|\bpemadaman\b|\bsistem mati\b|\bgo(?:es)? down\b/g, ' downtime '],
  [/\bbusiness continuity\b|\bkelangsungan bisnis\b|\bkeberlangsungan bisnis\b|\bdisaster recovery\b|\bpemulihan bencana\b/g, ' continuity '],
  [/\bquality assurance\b|\bkualitas asuransi\b|\bjaminan kualitas\b|\bpenjaminan mutu\b|\bquality monitoring\b|\bquality control\b|\bkontrol kualitas\b/g, ' qa '],
  [/\bknowledge (?:base|management)\b|\bmanajemen pengetahuan\b|\bbasis pengetahuan\b/g, ' knowledgebase '],
  [/\bcustomer satisfaction\b|\bkepuasan pelanggan\b/g, ' csat '],
  [/\bcrisis communications?\b|\bkomunikasi krisis\b/g, ' crisis '],
  [/\bperangkat keras\b/g, ' hardware '],
  [/\bperangkat lunak\b/g, ' software '],
  [/\bumpan balik\b/g, ' coaching '],
  [/\bhandling time\b|\bwaktu penanganan\b|\baht\b/g, ' aht '],
  [/\bfirst call resolution\b|\bresolusi panggilan pertama\b|\bfcr\b/g, ' fcr '],
  // ("how do I pay for a cloud contact center?" asks how it is billed, not what it costs: the price entries outranked the
  // definition that says it is a subscription)
  [/\bhow (?:do|does|would|will|can) (?:i|we|you|one|it) (?:pay|be paid|get paid)\b|\bhow is (?:it|a|an|the)\b[^.?!]{0,40}\bpaid for\b|\bcara (?:bayar|pembayaran)(?:nya)?\b|\bbayarnya gimana\b/g, ' billing '],
  // ("should we just use a BPO instead?", "mending outsource aja?": a price-model answer) outsourcing in any of its names
  [/\boutsourc\w*|\bbpos?\b|\balih[\s-]?daya\b|\bcall center (?:agency|vendor that supplies agents)\b/g, ' outsourcing '],
  [/\bbreak[\s-]?even\b|\btitik impas\b|\bbalik modal\b|\bpayback\b/g, ' breakeven '],
  [/\bper (?:usage|use|pemakaian|penggunaan)\b|\bby usage\b|\bmetered pricing\b|\bpay[\s-]?as[\s-]?you[\s-]?go\b|\bbayar sesuai (?:penggunaan|pemakaian)\b|\busage[\s-]?based\b|\bberbasis penggunaan\b|\bpay for what (?:we|you|i) (?:actually )?(?:use|consume)\b|\bbayar sesuai pemakaian\b/g, ' usagebased '],
  [/\bfair use\b|\bpenggunaan wajar\b/g, ' fairuse '],
  [/\bberbasis cloud\b|\bcloud[\s-]?based\b|\bcloud[\s-]?hosted\b/g, ' cloud '],
  [/\bper[\s-]?minute\b|\bper menit\b|\b\/\s*min\b/g, ' minute '],
  [/\bper agent\b|\bper agen\b|\bper seat\b|\bper kursi\b|\bper user\b|\bper pengguna\b|\bper head\b|\bper named (?:user|agent|seat)\b|\bper kepala\b/g, ' peragent '],
  [/\bhow (?:is|was|do you|did you) (?:it|this|that|the estimate)?\s*(?:calculated|computed|worked out)\b|\bhow do you calculate\b|\bdihitung\b|\bcara (?:menghitung|hitung)\b/g, ' calculate '],
  [/\bhidden costs?\b|\bbiaya tersembunyi\b|\bextra costs?\b|\bother costs?\b|\bbiaya lain(?:nya)?\b|\bbiaya tambahan\b|\badditional costs?\b/g, ' hiddencost '],
  [/\bwhat (?:is|'?s) the catch\b|\bdownsides?\b|\bdrawbacks?\b|\bcons\b|\bkekurangan(?:nya)?\b|\bkelemahan(?:nya)?\b|\bkerugian(?:nya)?\b|\bkontra(?:nya)?\b|\bdisadvantages?\b|\bminus(?:nya)?\b/g, ' cons '],
  [/\bpros\b|\bkelebihan(?:nya)?\b|\bkeuntungan(?:nya)?\b|\bkeunggulan(?:nya)?\b|\badvantages?\b|\bbenefits?\b|\bmanfaat(?:nya)?\b|\bupsides?\b|\bplusnya\b|\bplus(?=[\s-]+minus)/g, ' pros '],
  [/\bleast (?:expensive|costly|pricey)\b|\blowest[\s-]cost\b/g, ' cheap '],
  [/\bwhat[’']s\b/g, ' what '],
  // "worth it" is everyday Indonesian chat too ("AI worth it gak?"); "it" is not an Indonesian stop word.
  [/\bworth it\b/g, ' worth '],
  // The kind of question is a weak but useful signal: "why is X dear" and "how much is X" want different entries.
  [/\bhow much\b|\bhow expensive\b|\bwhat does (?:it|this) cost\b/g, ' howmuch '],
];

/** Word (raw or stemmed) → canonical token, both languages. */
const SYNONYM_GROUPS: Record<string, string[]> = {
  onprem: ['lokal', 'local', 'onpremis', 'premis'],
  cloud: ['awan', 'saas', 'hosted', 'clouds'],
  hybrid: ['hibrida', 'hibrid', 'hybride', 'campuran', 'mixed', 'blend'],
  // Visitors say "download our recordings" where the source says egress (data leaving the provider).
  egress: ['egres', 'bandwidth_out', 'download', 'downloading', 'downloads', 'unduh'],
  seat: ['licence', 'license', 'licenc', 'licens', 'licensing', 'lisensi', 'kursi', 'seats', 'subscription', 'langgan', 'berlangganan'],
  platform: ['platforms', 'platfom', 'plaform', 'sistem_inti'],
  storage: ['storag', 'simpan', 'penyimpanan', 'store', 'stored', 'storing', 'recording', 'recordings', 'rekaman', 'archive', 'arsip'],
  voice: ['suara', 'telephone', 'telephony', 'telepon', 'telpon', 'nelpon', 'telefon', 'panggil', 'call', 'calls', 'calling', 'phonecall'],
  minute: ['minut', 'menit', 'minutes', 'mins', 'min'],
  sms: ['text', 'teks', 'sm'],
  mms: ['mm'],
  // Chat shorthand for the networks: "WA" (WhatsApp), "IG" (Instagram), "sosmed" (media sosial).
  social: ['sosial', 'facebook', 'linkedin', 'twitter', 'instagram', 'whatsapp', 'socials', 'wa', 'ig', 'sosmed'],
  ai: ['ml', 'bot', 'chatbot', 'chatbots', 'bots', 'genai', 'llm', 'otomatis', 'automation', 'otomasi'],
  wfm: ['schedul', 'jadwal', 'scheduling', 'rostering', 'roster', 'forecast', 'forecasting', 'ramal'],
  integration: ['konek', 'connect', 'connector', 'integr', 'integrasi', 'integrate', 'integrating', 'integrations', 'konektor'],
  custom: ['khusus', 'kustom', 'bespoke', 'proprietari', 'proprietary', 'eksklusif', 'tailor'],
  cost: ['biaya', 'harga', 'price', 'pric', 'cost', 'costs', 'tarif', 'rate', 'fee', 'charg', 'charge', 'ongko', 'ongkos', 'bayar', 'pay', 'spend', 'pengeluaran', 'keluar_biaya', 'rp'],
  expensive: ['expens', 'mahal', 'dearer', 'dear', 'pricier', 'pricey', 'costli', 'costly', 'costlier', 'higher'],
  cheap: ['murah', 'cheaper', 'cheapest', 'affordabl', 'afford', 'hemat', 'save', 'saving', 'savings', 'penghematan', 'lower', 'pangkas', 'cut', 'reduc', 'reduce', 'minim', 'minimal', 'shrink', 'trim', 'lever', 'levers', 'irit', 'efisien', 'efisiensi', 'ngurangin', 'kurangi', 'kurangin'],
  agent: ['agen', 'agents', 'rep', 'reps', 'operator', 'cso'],
  staff: ['staf', 'pegawai', 'karyawan', 'employe', 'employee', 'staffing', 'kepegawaian', 'personnel', 'hire', 'hiring', 'headcount', 'gaji', 'salary', 'salari', 'wage'],
  training: ['train', 'latih', 'pelatihan', 'trained', 'learn', 'belajar', 'ajar'],
  recruit: ['rekrutmen', 'recruitment', 'recruiting', 'rekrut', 'perekrutan'],
  turnover: ['churn', 'putar', 'perputaran', 'attrit', 'attrition', 'resign', 'quit', 'keluar_agen'],
  coaching: ['coach', 'bina', 'pembinaan', 'feedback', 'mentoring'],
  incentive: ['insentif', 'bonus', 'bonuses', 'reward', 'penghargaan', 'hargai'],
  onboarding: ['orientasi', 'onboard', 'induction'],
  security: ['secur', 'keamanan', 'aman', 'cybersecur', 'cybersecurity', 'siber', 'cyber', 'breach', 'hack', 'hacker', 'serang', 'pelanggaran', 'enkripsi', 'encrypt', 'encryption', 'rawan', 'bobol', 'dibobol', 'bocor', 'leak', 'leaks', 'vulnerabl', 'vulnerable', 'retas', 'diretas'],
  backup: ['cadang', 'cadangan', 'redund', 'redundancy', 'redundansi', 'redundant', 'failover', 'mirror'],
  vendor: ['penyedia', 'sedia', 'provider', 'provid', 'supplier', 'vendors'],
  nextiva: ['nextiva’s', 'nextivas'],
  // Other contact-center vendors by name (not Avaya: visitors name it as the system they run today).
  competitor: ['genesys', 'genesi', 'five9', 'talkdesk', 'zendesk', 'freshdesk', 'freshcaller', 'cxone', 'ringcentral', 'vonage', '8x8', 'dialpad', 'aircall', 'competitor', 'competitors', 'kompetitor', 'pesaing'],
  email: ['e-mail', 'surel', 'emails', 'mail'],
  chat: ['obrol', 'obrolan', 'webchat', 'livechat', 'widget'],
  compliance: ['complianc', 'kepatuhan', 'patuh', 'regulasi', 'regulation', 'certif', 'sertifikasi', 'audit'],
  scale: ['scalabl', 'scalabil', 'scalability', 'skalabilitas', 'skala', 'scaling', 'grow', 'growth', 'tumbuh', 'expand', 'elastic'],
  maintenance: ['maintain', 'pelihara', 'pemeliharaan', 'rawat', 'perawatan', 'upkeep', 'upgrade', 'updat', 'update', 'patch'],
  hardware: ['server', 'servers', 'pbx', 'equip', 'equipment', 'peralatan', 'infrastructur', 'infrastruktur', 'datacenter'],
  software: ['aplikasi', 'app', 'apps', 'tool', 'tools', 'alat'],
  internet: ['koneksi', 'connection', 'bandwidth', 'wifi', 'network', 'jaringan', 'offline'],
  control: ['kontrol', 'kendali', 'kendal', 'customis', 'customiz', 'kustomisasi'],
  feature: ['fitur', 'features', 'featur', 'functional', 'fungsionalitas', 'capabl', 'capability', 'kemampuan'],
  estimate: ['perkiraan', 'kira', 'estimasi', 'estim', 'taksir', 'taksiran', 'quote', 'calcul', 'hitung', 'kalkulasi', 'calculate', 'calculated', 'number', 'angka', 'figur', 'figure', 'result', 'hasil'],
  assumption: ['asumsi', 'assum', 'assume', 'assumptions', 'default', 'anggap', 'premis_asumsi'],
  change: ['ubah', 'ganti', 'chang', 'adjust', 'modifi', 'modify', 'edit', 'tweak', 'atur'],
  reporting: ['report', 'lapor', 'laporan', 'pelaporan', 'analyt', 'analytic', 'analytics', 'analitik', 'analisis', 'analysi', 'dashboard', 'kpi', 'kpis', 'metric', 'metrik', 'insight', 'wawasan'],
  survey: ['survei', 'surveys', 'polling'],
  crm: ['salesforc', 'salesforce', 'hubspot', 'dynamic'],
  api: ['apis', 'sdk'],
  year: ['tahun', 'annual', 'annually', 'yearly', 'tahunan', 'yr', 'thn', 'per_tahun'],
  month: ['bulan', 'monthly', 'bulanan', 'mo', 'bln'],
  budget: ['anggar', 'anggaran', 'budget', 'plan_budget'],
  // a contract's terms in either language: "kontrak minimum", "minimum term", "penalti putus kontrak"
  contract: ['kontrak', 'contracts', 'commitment', 'komitmen', 'lockin', 'penalti', 'penalty', 'penalties', 'termination'],
  total: ['keseluruhan', 'seluruhnya', 'overall', 'totalnya', 'all-in'],
  difference: ['differ', 'beda', 'perbedaan', 'distinct', 'versus', 'vs', 'banding', 'compar', 'compare', 'comparison', 'perbandingan'],
  omnichannel: ['multichannel', 'multi', 'omni', 'banyak_saluran'],
  channel: ['saluran', 'channels', 'kanal'],
  uptime: ['availability', 'ketersediaan', 'reliabl', 'reliable', 'reliability', 'andal', 'keandalan'],
  gigabyte: ['gb', 'gigabyt', 'gigabita', 'gbs', 'terabyt', 'tb'],
  free: ['gratis', 'cuma-cuma', 'included', 'includ', 'termasuk'],
  unlimited: ['unlimit', 'limitless', 'tanpa batas', 'sepuasnya'],
  worth: ['worthwhil', 'layak', 'sepadan', 'roi', 'value', 'nilai', 'untung'],
  sales: ['penjualan', 'salesperson', 'sale', 'contact_sales'],
  // Trying before buying: a demo is shown by a vendor, not sold by this advisor's sales team.
  trial: ['demo', 'demos', 'try', 'coba', 'cobain', 'percobaan', 'pilot', 'poc', 'uji_coba'],
  accuracy: ['akurat', 'akurasi', 'meleset', 'selisih', 'deviasi', 'accurat', 'accurate', 'reliable_estimate', 'tepat_angka', 'precis', 'precise', 'trust', 'percaya'],
  source: ['sumber', 'sources', 'referensi', 'reference', 'article', 'artikel', 'cite', 'kutip'],
  customer: ['pelanggan', 'customers', 'client', 'klien', 'konsumen', 'consum'],
  migrate: ['migrat', 'migrasi', 'pindah', 'move', 'moving', 'transisi', 'transit', 'transition', 'switch'],
  // "sisi negatif" / "the negatives": how visitors ask for drawbacks without the source's words.
  cons: ['negatif', 'negative', 'negatives', 'bad', 'buruk', 'jelek', 'catch', 'gotcha', 'weak', 'weakness', 'weaknesses', 'risk', 'risks', 'risiko', 'resiko', 'tradeoff', 'trade-off'],
  pros: ['positif', 'positive', 'positives', 'advantag', 'benefit', 'upsid', 'unggul'],
  driver: ['faktor', 'factor', 'drive', 'drivers', 'penyebab', 'sebab'],
  choose: ['pick', 'pilih', 'select', 'choos', 'chose', 'decid', 'decide', 'memilih', 'putus', 'memutuskan'],
  publisher: ['publish', 'published', 'terbit', 'penerbit', 'author', 'wrote', 'write', 'written', 'penulis', 'tulis'],
  talk: ['speak', 'bicara', 'ngobrol', 'hubungi', 'call_me', 'talking', 'berbicara'],
  answer: ['jawaban', 'jawab', 'answers'],
  use: ['pakai', 'pake', 'dipakai', 'uses', 'used', 'usag', 'kegunaan', 'gunanya', 'guna'],
  definition: ['erti', 'arti', 'definisi', 'definit', 'define', 'meaning', 'mean'],
  why: ['kenapa', 'mengapa', 'knp', 'knapa', 'napa', 'kok', 'whi'],
  howmuch: ['berapa', 'brp', 'brapa', 'berapakah', 'berapaan'],
  complex: ['ribet', 'susah', 'repot', 'complex', 'complic', 'rumit', 'kompleks', 'kompleksita', 'sulit', 'hard', 'difficult'],
};

export const SYNONYMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [canonical, words] of Object.entries(SYNONYM_GROUPS)) {
    map.set(canonical, canonical);
    for (const w of words) map.set(w, canonical);
  }
  return map;
})();

/** Canonical tokens that exist only after PHRASES or SYNONYMS; the stemmer must leave them alone. */
export const CANONICAL: ReadonlySet<string> = new Set([
  ...Object.keys(SYNONYM_GROUPS),
  ...PHRASES.map(([, token]) => token.trim().split(/\s+/)).flat(),
]);

/** Words the Indonesian stemmer over-stems or merges with an unrelated word. */
export const STEM_EXCEPTIONS: Record<Lang, Record<string, string>> = {
  id: {
    berbasis: 'basis',
    pelanggan: 'customer',
    pelanggannya: 'customer',
    berlangganan: 'seat',
    langganan: 'seat',
    biayanya: 'cost',
    keluar: 'keluar',
    pesan: 'pesan',
    pemesanan: 'order',
    kelebihan: 'pros',
    kekurangan: 'cons',
    perusahaan: 'company',
    usaha: 'usaha',
    pusat: 'pusat',
  },
  en: {
    cons: 'cons',
    pros: 'pros',
    news: 'news',
    data: 'data',
    sms: 'sms',
    mms: 'mms',
    texts: 'sms',
  },
};

/** Extra stop words: question fillers and chat shorthand (brp, yg, gmn) that carry no topic. */
export const EXTRA_STOP_WORDS: Record<Lang, string[]> = {
  en: ['please', 'pls', 'plz', 'tell', 'explain', 'know', 'want', 'wanna', 'would', 'could', 'thing', 'things', 'us', 'i', 'im', 'hey', 'hi', 'ok', 'okay', 'really', 'actually', 'just', 'exactly', 'roughly', 'typically', 'usually', 'normally', 'generally', 'go', 'going', 'give', 'look', 'looks', 'say', 'says', 'whats', 'anything', 'something', 'kind', 'sort', 'any', 'lot', 'one', 'ones', 'even', 'ever', 'dont', 'doesnt', 'isnt', 'cant', 'wont', 'got', 'gets', 'it', 'thanks', 'quick', 'q', 'question'],
  id: ['bikin', 'ambil', 'ngurus', 'ngurusnya', 'gmn', 'gimana', 'bgmn', 'yg', 'utk', 'untk', 'dgn', 'dg', 'sy', 'aku', 'gw', 'gue', 'aja', 'sih', 'dong', 'deh', 'nih', 'tuh', 'kah', 'ya', 'yah', 'gak', 'ga', 'nggak', 'ngga', 'tdk', 'emang', 'emg', 'bisa', 'tolong', 'jelaskan', 'jelasin', 'kasih', 'tau', 'tahu', 'mohon', 'pak', 'bu', 'kak', 'min', 'halo', 'bagaimana', 'apa', 'apakah', 'itu', 'ini', 'kami', 'kita', 'saya', 'kalo', 'kalau', 'udah', 'sdh', 'blm', 'sm', 'nya', 'dr', 'dri', 'ke', 'sbg', 'jd', 'jadi', 'nanya',
    // ("oh gitu, trus biaya tersembunyi cloud apa aja sih?": the fillers halved the question's coverage)
    'oh', 'gitu', 'begitu', 'trus', 'terus', 'lalu', 'okelah', 'oke', 'sip'],
};

/** Stop words from natural's lists that are topic words here ("keluar" = egress, "awal" = upfront …). */
export const KEEP_WORDS: Record<Lang, string[]> = {
  en: ['cannot', 'more', 'most', 'over', 'out', 'under', 'up', 'down', 'only', 'few', 'why', 'other', 'another'],
  id: ['keluar', 'awal', 'panjang', 'keseluruhan', 'seluruhnya', 'kerja', 'khusus', 'tambah', 'besar', 'kecil', 'tempat', 'bulan', 'per', 'lama', 'jumlah', 'bekerja', 'luar', 'masuk', 'lima', 'dua', 'tiga', 'empat', 'satu', 'hari', 'mata', 'baru', 'naik', 'kurang', 'lebih', 'mulai', 'guna', 'gunakan', 'banding', 'penting', 'lain', 'lainnya', 'biasa', 'jawaban', 'jawab', 'berapa', 'berapakah', 'kenapa', 'mengapa'],
};

/** Index terms that ask what something costs ("how much", "price", "biaya", "berapa"). */
// ("what integrations would I need to budget for?" offered the cost and when one is needed side by side)
export const PRICE_TERMS: ReadonlySet<string> = new Set(['cost', 'howmuch', 'budget']);

/**
 * Canonical tokens that are "about money" or "about time" but not about this domain: a question whose only
 * known words are these ("how much does a plane ticket cost", "berapa harga iPhone") must not be answered.
 */
export const GENERIC_TOKENS: ReadonlySet<string> = new Set([
  'cost', 'expensive', 'cheap', 'month', 'year', 'much', 'many', 'more', 'most', 'why', 'over', 'out', 'up', 'down',
  'under', 'other', 'another', 'few', 'only', 'lebih', 'kurang', 'besar', 'kecil', 'baru', 'naik', 'lama', 'hari',
  'satu', 'dua', 'tiga', 'empat', 'lima', 'worth', 'best', 'good', 'bad', 'better', 'free', 'per', 'jumlah',
  'masuk', 'luar', 'mulai', 'penting', 'biasa', 'lain', 'tambah', 'need', 'work', 'kerja', 'bekerja',
  'difference', 'change', 'first', 'complex', 'mata', 'tempat', 'customer', 'company', 'usaha',
  'definition', 'use', 'choose', 'talk', 'driver', 'bind', 'main', 'time', 'waktu', 'saat', 'recommend',
  'rekomendasi', 'howmuch', 'good', 'bagus', 'best', 'new', 'help', 'make', 'work', 'need', 'want', 'sure', 'real', 'nyata',
]);

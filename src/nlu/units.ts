/**
 * What a number can be counting. A number is only an agent count when an agent word follows
 * it ("40 seats", "40 orang"), points at it ("agents: 40", "tim 40"), or the bot just asked for
 * it; every other unit claims its number so it can never leak into the agent count.
 */

export type UnitKind =
  | 'agents' | 'calls' | 'sms' | 'mms' | 'emails' | 'chats' | 'messages' | 'interactions' | 'minutes' | 'seconds' | 'years'
  | 'integrations' | 'gb' | 'tb' | 'mb' | 'money' | 'ignore';

const UNIT_WORDS: Record<Exclude<UnitKind, 'ignore'>, string[]> = {
  agents: [
    'agents', 'agent', 'seats', 'seat', 'users', 'user', 'reps', 'rep', 'representatives', 'representative', 'staff',
    'staffs', 'staffers', 'people', 'peoples', 'persons', 'person', 'employees', 'employee', 'licences', 'licence', 'licenses',
    'license', 'agen', 'kursi', 'pengguna', 'staf', 'orang', 'operator', 'operators', 'cs', 'karyawan', 'pegawai',
    // (Javanese "CS ne 6 wong": the head count asked again and again)
    'wong', 'uwong',
    'petugas', 'lisensi', 'fte', 'ftes', 'advisors', 'advisers', 'associates', 'workers', 'members', 'anggota',
    'seats', 'logins', 'login', 'ladies', 'women', 'gals', 'ag', 'agt', 'agts', 'agnt', 'agnts', 'csr', 'csrs', 'cso', 'csos', 'headcount', 'heads', 'ppl', 'pax', 'guys', 'folks',
    // the people who answer, by their job: "60 call handlers", "14 schedulers", "25 nurses on the phones", "6 resepsionis"
    'handlers', 'handler', 'dispatchers', 'dispatcher', 'schedulers', 'scheduler', 'receptionists', 'receptionist',
    'nurses', 'nurse', 'attendants', 'attendant', 'specialists', 'specialist', 'consultants', 'consultant', 'officers', 'officer',
    'telesales', 'telemarketers', 'resepsionis', 'perawat', 'telemarketing',
    // shorthand and job names: "12 agts", "18 call takers"
    'agts', 'agt', 'agnts', 'takers', 'taker', 'dispatchers', 'techs', 'tech', 'technicians', 'technician', 'teknisi',
    // "30 collectors", "12 volunteers", "15 relawan", "8 penagih", "6 counselors"
    'collectors', 'collector', 'volunteers', 'volunteer', 'relawan', 'sukarelawan', 'penagih', 'counselors', 'counsellors',
    'counselor', 'counsellor', 'callers', 'caller', 'tellers', 'teller', 'coordinators', 'coordinator',
    // "5 admin CS", "eh salah, 5 admin": in Indonesian online shops the admins answer the customers ("2 IT admins" are
    // the on-premises IT staff: see quantities.ts)
    'admin', 'admins',
    // ("33 adjusters take calls + emails": the head count asked again) more jobs whose people answer customers
    'adjusters', 'adjuster', 'clerks', 'clerk', 'technicians', 'technician', 'advocates', 'advocate', 'navigators', 'navigator',
    'bookers', 'planners', 'tutors', 'cashiers', 'concierges', 'hosts', 'underwriters',
    // ("15 apoteker sebagai agen", "CS 5 urang" (Sundanese): the head count asked four times)
    'apoteker', 'pharmacists', 'pharmacist', 'urang', 'dokter', 'doctors', 'bidan', 'midwives', 'konselor', 'guru', 'teachers',
    'pengajar', 'instructors', 'brokers', 'bankers', 'paralegals', 'interpreters', 'translators', 'penerjemah', 'kasir', 'teknisi',
    'analysts', 'analis', 'asisten', 'assistants', 'marketing', 'salespeople', 'salespersons',
    // ("60 interviewers, voice only, cloud": the head count asked) survey interviewers, and more jobs on the phones
    'interviewers', 'interviewer', 'enumerators', 'enumerator', 'pewawancara', 'surveyors', 'surveyor', 'recruiters', 'recruiter',
    // ("10 mods doing support over discord": the head count asked again and again)
    'mods', 'moderators', 'moderator', 'agents-in-training', 'trainees', 'trainee', 'stewards',
    // ("20 recruiters answering voice, SMS and email", "just me and 3 helpers")
    // ("we bring on 30 temps for those 2 months": the peak lost) the people taken on for a season
    'temps', 'casuals', 'seasonals',
    'recruiters', 'recruiter', 'helpers', 'helper', 'coaches', 'guides', 'stewards', 'sellers', 'salesmen', 'hosts', 'moderators',
    'karyawan', 'pegawai', 'konsultan', 'perekrut', 'pembantu',
    // ("Support is email and web chat only, 7 engineers.": the head count asked five times)
    // (not developers: "We're a team of 5 developers" says who the visitor is, not who answers)
    'engineers', 'engineer', 'insinyur',
    // ("our helpdesk has 25 techs", "paling 4 ustadzah yg jaga", "busy season we add 10 temps": the head count asked again)
    'techs', 'ustadzah', 'ustazah', 'ustadz', 'ustaz', 'temps', 'nurses', 'agents',
    // ("We have about 60 clinicians and schedulers, need voice and SMS": the head count dropped, the lead sent without it)
    'clinicians', 'clinician', 'physicians', 'therapists', 'pharmacists', 'optometrists', 'dentists', 'hygienists', 'stylists',
  ],
  calls: ['calls', 'panggilan', 'telepon masuk'],
  sms: ['sms', 'texts', 'text', 'smses'],
  mms: ['mms', 'pictures', 'pics', 'photos', 'images', 'picture messages', 'pesan gambar', 'gambar', 'foto'],
  emails: ['emails', 'email', 'e-mails', 'surel', 'imel'],
  chats: ['chats', 'chat', 'livechats', 'obrolan'],
  // ("3,000 reminders a month" with SMS priced: the preset kept) reminders and notifications sent are messages
  messages: ['messages', 'message', 'pesan', 'msgs', 'dms', 'reminders', 'reminder', 'notifications', 'notification', 'alerts', 'pengingat', 'notifikasi'],
  // a conversation counts toward a channel's volume only with that channel named ("2,500 WhatsApp conversations")
  // ("chat kita sehari bisa 9rb sesi": chat set as the only channel, the sessions dropped)
  interactions: ['interactions', 'interaction', 'interaksi', 'posts', 'mentions', 'conversations', 'conversation', 'percakapan', 'sessions', 'session', 'sesi'],
  minutes: ['minutes', 'minute', 'mins', 'min', 'menit'],
  seconds: ['seconds', 'second', 'secs', 'sec', 'detik', 's'],
  years: ['years', 'year', 'yrs', 'yr', 'tahun', 'taun', 'thn'],
  integrations: ['integrations', 'integration', 'integrasi'],
  gb: ['gb', 'gigabytes', 'gigabyte', 'gig', 'gigs', 'giga'],
  tb: ['tb', 'terabytes', 'terabyte', 'tera'],
  mb: ['mb', 'megabytes'],
  money: ['dollars', 'dollar', 'usd', 'bucks', 'rupiah', 'idr', 'euro', 'euros', 'eur', 'cents', 'sen', 'perak'],
};

const IGNORED_UNITS = [
  'sites', 'site', 'locations', 'location', 'countries', 'country', 'languages', 'language', 'shifts', 'shift', 'teams',
  'branches', 'branch', 'cabang', 'lokasi', 'bahasa', 'negara', 'supervisors', 'supervisor', 'managers',
  'manager', 'offices', 'office', 'kantor', 'channels', 'channel', 'saluran', 'kanal', 'options', 'tickets', 'ticket',
  'tiket', 'customers', 'pelanggan', 'clients', 'klien',
  'stores', 'toko', 'products', 'numbers', 'lines', 'trunks', 'queues', 'skills', 'departments', 'divisions',
  'floors', 'buildings', 'screens', 'monitors', 'pcs', 'computers', 'laptops', 'headsets', 'servers', 'times', 'kali',
  'x', 'steps', 'questions', 'pertanyaan', 'things', 'thing', 'hal', 'points', 'point', 'stars', 'levels', 'tiers', 'plans', 'vendors',
  // ("buka jam 7 pagi sampai 9 malam": 7 and 9 agents) a time of day counts nothing
  'pagi', 'siang', 'sore', 'malam', 'am', 'pm', 'wib', 'wita', 'wit', 'oclock',
  'hours', 'hour', 'hrs', 'jam', 'days', 'day', 'hari', 'weeks', 'week', 'minggu', 'months', 'month', 'bulan', 'mo',
  'percent', 'persen', 'pct', 'st', 'nd', 'rd', 'th', 'am', 'pm', 'contacts', 'leads', 'orders', 'visitors',
  'cases', 'kasus', 'transactions', 'transaksi', 'nines', 'ms', 'kb', 'budget', 'anggaran', 'benefits', 'reasons',
  'ways', 'tips', 'things', 'items', 'features', 'fitur', 'stages', 'tahap',
];

export const UNIT_OF = new Map<string, UnitKind>();
for (const [kind, words] of Object.entries(UNIT_WORDS) as [UnitKind, string[]][]) {
  for (const w of words) if (!UNIT_OF.has(w)) UNIT_OF.set(w, kind);
}
for (const w of IGNORED_UNITS) if (!UNIT_OF.has(w)) UNIT_OF.set(w, 'ignore');

export const AGENT_WORDS = new Set(UNIT_WORDS.agents);

/** Words allowed between a number and its unit: "40 full-time support agents", "5,000 inbound phone calls". */
export const UNIT_MODIFIERS = new Set([
  'full', 'time', 'fulltime', 'part', 'parttime', 'concurrent', 'named', 'active', 'live', 'human', 'support',
  'service', 'services', 'customer', 'contact', 'center', 'centre', 'call', 'inbound', 'outbound', 'frontline',
  'front', 'line', 'phone', 'voice', 'chat', 'email', 'social', 'media', 'sales', 'helpdesk', 'help', 'desk', 'it',
  'more', 'additional', 'extra', 'new', 'of', 'our', 'the', 'my', 'total', 'dedicated', 'remote', 'bilingual',
  // ("33 claims adjusters": the head count asked again)
  'admin', 'clinic', 'store', 'claims', 'booking', 'reservations',
  'kami', 'tambahan', 'baru', 'layanan', 'pelanggan', 'text', 'multimedia', 'picture', 'image', 'gambar', 'whatsapp',
  'facebook', 'instagram', 'twitter', 'linkedin', 'medsos', 'sosial', 'custom', 'bespoke', 'khusus', 'kustom',
  'odd', 'ish', 'or', 'so', 'voip', 'cloud', 'outsourced', 'in', 'house', 'local', 'offshore', 'simultaneous',
  'licensed', 'paid', 'seated', 'agent', 'telepon', 'wa', 'different', 'separate', 'system', 'third', 'party',
  'api', 'crm', 'each', 'on', 'average', 'rata', 'lebih', 'than', 'an', 'odd', 'sekian', 'fewer', 'less',
  'web', 'website', 'online', 'situs', 'livechat', 'ai', 'bot', 'chatbot', 'virtual', 'automated', 'otomatis',
  // ("30 student workers and 10 full time staff": 10 agents) who the people are, between the figure and the word
  'student', 'students', 'senior', 'junior', 'trained', 'experienced', 'permanent', 'temporary', 'temp', 'seasonal',
  'contract', 'contracted', 'casual', 'volunteer', 'mahasiswa', 'tetap', 'kontrak', 'magang',
  // ("We have 12 customer care reps": no head count)
  'care', 'client', 'member', 'patient', 'guest', 'billing', 'account',
]);
/** Modifiers that make "conversations" the AI add-on's: "8,000 AI conversations", "5rb percakapan chatbot". */
export const AI_MODIFIERS = new Set(['ai', 'bot', 'chatbot', 'virtual', 'automated', 'otomatis']);

/** Modifiers that send a "messages" / "interactions" number to a channel's volume. */
export const SOCIAL_MODIFIERS = new Set(['social', 'media', 'sosial', 'medsos', 'sosmed', 'whatsapp', 'wa', 'facebook', 'fb', 'instagram', 'ig', 'insta', 'twitter', 'linkedin', 'telegram', 'discord', 'wechat', 'viber', 'dm', 'dms', 'messenger']);
export const MMS_MODIFIERS = new Set(['multimedia', 'picture', 'image', 'gambar', 'mms']);
export const NON_VOLUME_MODIFIERS = new Set(['email', 'chat']);

/** "a month", "per day", "sehari", "/week": the factor that turns the figure into a monthly one. */
export const PERIODS: [string[], number | null][] = [
  [['a', 'month'], 1], [['per', 'month'], 1], [['monthly'], 1], [['/', 'month'], 1], [['/', 'mo'], 1], [['a', 'mo'], 1],
  [['each', 'month'], 1], [['every', 'month'], 1], [['pm'], 1], [['sebulan'], 1], [['per', 'bulan'], 1], [['perbulan'], 1],
  [['tiap', 'bulan'], 1], [['setiap', 'bulan'], 1], [['/', 'bulan'], 1], [['bulanan'], 1], [['in', 'a', 'month'], 1],
  [['a', 'day'], 30], [['per', 'day'], 30], [['daily'], 30], [['/', 'day'], 30], [['each', 'day'], 30],
  [['every', 'day'], 30], [['sehari'], 30], [['per', 'hari'], 30], [['perhari'], 30], [['tiap', 'hari'], 30],
  [['setiap', 'hari'], 30], [['/', 'hari'], 30], [['harian'], 30],
  [['a', 'week'], 52 / 12], [['per', 'week'], 52 / 12], [['weekly'], 52 / 12], [['/', 'week'], 52 / 12],
  [['seminggu'], 52 / 12], [['per', 'minggu'], 52 / 12], [['tiap', 'minggu'], 52 / 12], [['setiap', 'minggu'], 52 / 12],
  [['mingguan'], 52 / 12],
  [['a', 'year'], 1 / 12], [['per', 'year'], 1 / 12], [['yearly'], 1 / 12], [['annually'], 1 / 12], [['/', 'year'], 1 / 12],
  [['/', 'yr'], 1 / 12], [['per', 'annum'], 1 / 12], [['setahun'], 1 / 12], [['per', 'tahun'], 1 / 12],
  [['pertahun'], 1 / 12], [['tiap', 'tahun'], 1 / 12], [['setiap', 'tahun'], 1 / 12], [['tahunan'], 1 / 12],
  [['setaun'], 1 / 12], [['per', 'taun'], 1 / 12], [['pertaun'], 1 / 12], [['per', 'thn'], 1 / 12], [['tiap', 'taun'], 1 / 12],
  // per hour is too dependent on opening hours to turn into a month: the figure is left out
  [['an', 'hour'], null], [['per', 'hour'], null], [['hourly'], null], [['/', 'hour'], null], [['per', 'jam'], null],
  [['sejam'], null], [['tiap', 'jam'], null],
];

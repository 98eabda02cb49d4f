/**
 * What the thirtieth session (2026-12-05) found the advisor getting wrong (a round of exploratory visitors, helpers
 * who never saw the code, the corpora or the tests), as whole conversations through the real dialogs, NLU, cost engine
 * and knowledge base. The comment on each says what it used to do.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../conversation/harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

type Step = [input: string, expected: (string | RegExp)[], absent?: (string | RegExp)[]];
type Conversation = { name: string; locale?: string; steps: Step[]; once?: string };

const conversations: Conversation[] = [
  // "whats the per-agent all in number over those 3 years": the horizon's total alone
  {
    name: 'a figure per agent over the horizon',
    steps: [
      ['20 agents voice and email, cloud', ['Estimate: 20 agents']],
      ['whats the per-agent all in number over those 3 years', ['$171,000', '$8,550 per agent over the 3 years', '$238 per agent a month']],
    ],
  },
  {
    name: 'per agen selama 3 tahun',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon dan email, cloud', ['Estimasi: 20 agen']],
      ['berapa per agen selama 3 tahun itu?', ['Dibagi 20 agen', 'per agen selama 3 tahun']],
    ],
  },
  // "is it cheaper if we prepay the year?": the first 12 months' figure
  {
    name: 'paying the year ahead is a vendor term',
    steps: [
      ['20 agents voice and email, cloud', ['Estimate: 20 agents']],
      ['is it cheaper if we prepay the year?', ['a term each vendor sets'], ['The first 12 months']],
    ],
  },
  // "dibanding itu hematnya berapa per tahun?": today's spend set beside the estimate, the difference never said;
  // "kalau ada biaya migrasi 200 juta, balik modalnya kapan?": a budget of Rp 200 juta a month and the note that migration
  // is not priced
  {
    name: 'the saving against today and the payback of a migration fee',
    locale: 'id-ID',
    steps: [
      ['50 agen telepon, email, cloud', ['Estimasi: 50 agen']],
      ['sekarang kami habis Rp 450 juta per bulan. dibanding itu hematnya berapa per tahun?', ['lebih hemat dari sekarang', 'Rp 3.047.958.000 per tahun']],
      ['kalau ada biaya migrasi 200 juta, balik modalnya kapan?', ['Biaya sekali bayar Rp 200.000.000', 'kembali dalam sekitar 0,8 bulan'], ['per bulan cukup']],
    ],
  },
  {
    name: 'a payback asked with no spend of today to set against',
    steps: [
      ['30 agents voice and email, cloud', ['Estimate: 30 agents']],
      ['if switching costs us $50k, when does it pay back?', ['I need what you pay today'], ['a month covers']],
      ['we pay $12,000 a month now', ['You pay about $12,000']],
      ['so if switching costs $50k, when does it pay back?', ['A one-time cost of $50,000', 'earned back in about']],
    ],
  },
  // "Halo kak, aku punya laundry kiloan 6 cabang …": the article on AI; "Saya dari PDAM kota …": the one on downtime;
  // "Hai, kami kursus bahasa Inggris …": not understood
  {
    name: 'a first message that says who the visitor is starts the estimate',
    locale: 'id-ID',
    steps: [['Halo kak, aku punya laundry kiloan 6 cabang di Bekasi. Pelanggan biasanya nanya status cucian, antar jemput.', ['Berapa jumlah agen'], ['Sumber menyebut tiga kegunaan']]],
  },
  {
    name: 'an opening from a water utility starts the estimate',
    locale: 'id-ID',
    steps: [['Selamat siang. Saya dari PDAM kota, bagian hubungan pelanggan. Kami menerima laporan gangguan air, pipa bocor, dan tagihan.', ['Berapa jumlah agen'], ['downtime']]],
  },
  {
    name: 'an opening naming the channels keeps them',
    locale: 'id-ID',
    steps: [
      ['Halo kak, aku punya katering harian (rantang) di Depok, pelanggan pesan menu mingguan lewat WA & telpon', ['Berapa jumlah agen']],
      ['3 orang admin', ['Mau dijalankan di mana'], ['Saluran apa saja']],
    ],
  },
  {
    name: 'a moving company is no migration',
    locale: 'id-ID',
    steps: [['halo, jasa pindahan rumah & kantor, wilayah jabodetabek-bandung', ['Berapa jumlah agen'], ['pindah ke cloud']]],
  },
  // "Hi, we're a wedding venue. Couples call and email us to book tours.": the offer to pass the contact details to sales
  {
    name: 'an English opening that says who the visitor is starts the estimate',
    steps: [["Hi, we're a wedding venue. Couples call and email us to book tours.", ['How many agents'], ['pass on your contact details']]],
  },
  // "tenants leave voicemail a lot, is voicemail included?": "Updated: removed voice"
  {
    name: 'voicemail asked about is a feature, and voice stays',
    steps: [
      ['22 agents voice sms email on-prem', ['Estimate: 22 agents']],
      ['tenants leave voicemail a lot, is voicemail included?', ['there is no line for voicemail'], ['removed voice', 'Updated']],
    ],
  },
  // "Do you price outbound dialing / predictive dialer separately?": the AI add-on
  {
    name: 'a predictive dialer asked about',
    steps: [
      ['40 agents voice and sms cloud', ['Estimate: 40 agents']],
      ['Do you price outbound dialing / predictive dialer separately?', ['there is no line for an outbound'], ['How many conversations a month would AI']],
    ],
  },
  // "what about video visits, is that included": the estimate printed again
  {
    name: 'video visits asked about',
    steps: [
      ['12 agents voice sms web chat cloud', ['Estimate: 12 agents']],
      ['what about video visits, is that included', ['there is no line for video calls'], ['Estimate: 12 agents']],
    ],
  },
  // "During storms our call volume triples. Can you estimate for 105 agents?": "agents 35 → 105; removed email"
  {
    name: 'a channel named as the noun of its volume keeps the others',
    steps: [
      ['35 agents voice and email cloud', ['Estimate: 35 agents']],
      ['During storms our call volume triples. Can you estimate for 105 agents?', ['105 agents, voice and email'], ['removed email']],
    ],
  },
  {
    name: 'chat sessions a day asked about keep phone and email',
    locale: 'id-ID',
    steps: [
      ['45 agen telepon, email, live chat, cloud', ['Estimasi: 45 agen']],
      ['chat kita sehari bisa 9rb sesi, itu ngaruh ke biaya gak?', [], ['telepon dan email dihapus']],
    ],
  },
  // "Assalamualaikum, saya admin PSB pondok pesantren di Jombang" with the estimate started: the head count asked with no
  // word of hello
  {
    name: 'a salam with an introduction is greeted before the head count',
    locale: 'id-ID',
    steps: [['Assalamualaikum, saya admin PSB pondok pesantren di Jombang', ['Halo, salam kenal', 'Berapa jumlah agen']]],
  },
  // "Is customer data stored in the US? we have EU users": the sales form
  {
    name: 'where the data is stored is no sales request',
    steps: [
      ['Crypto exchange here. 24/7 support, mostly web chat, some email, a little voice. 60 agents across 3 shifts (so about 20 on at any time). Cloud.', ['Estimate: 60 agents']],
      ['Should I price 60 or 20 agents? licenses are per named or concurrent?', []],
      ['Drop voice entirely, chat and email only', ['removed voice']],
      ["what's the annual total now?", ['a year']],
      ['Is customer data stored in the US? we have EU users', [], ['What is your name', 'pass your scenario']],
    ],
  },
  // "My client will talk to sales directly, not now, thanks": the sales form
  {
    name: 'sales for later, by someone else, is no sales request now',
    steps: [
      ['30 agents voice sms cloud', ['Estimate: 30 agents']],
      ['My client will talk to sales directly, not now, thanks', [], ['What is your name']],
    ],
  },
  // "Sumber angka-angka ini dari mana? Bisa saya kutip di proposal?": the sales form
  {
    name: 'citing the figures in a proposal is answered with the source, not the sales form',
    locale: 'id-ID',
    steps: [
      ['30 agen telepon cloud', ['Estimasi: 30 agen']],
      ['Sumber angka-angka ini dari mana? Bisa saya kutip di proposal?', ['Nextiva', 'Untuk memakai angkanya di proposal'], ['Siapa nama Anda']],
    ],
  },
  // "Data pasien aman gak?": the regulations article, then "Apakah maksud Anda salah satu ini?" with no options
  {
    name: 'whether patient data is safe is the security answer',
    locale: 'id-ID',
    steps: [
      ['4 agen telepon dan WhatsApp, cloud', ['Estimasi: 4 agen']],
      ['Data pasien aman gak?', [], ['Apakah maksud Anda salah satu ini?', 'Saya kurang yakin soal itu']],
    ],
  },
  // "Cukup 3 agen, telepon dan email." at the head-count question: "Untuk 3 panggilan per bulan … Hitung 2 agen"
  {
    name: 'enough agents said with one number is the head count',
    locale: 'id-ID',
    steps: [
      ['Permisi, saya dari pengelola museum dan tiket wisata. Pengunjung sering tanya jam buka, refund tiket, rombongan sekolah.', ['Berapa jumlah agen']],
      ['Cukup 3 agen, telepon dan email.', ['Mau dijalankan di mana'], ['3 panggilan per bulan']],
    ],
  },
  // "pas kemarau tambah 10 agen jadi 17": agents 7 → 27
  {
    name: 'more agents said with the total they make',
    locale: 'id-ID',
    steps: [
      ['7 agen telepon dan WhatsApp, cloud', ['Estimasi: 7 agen']],
      ['pas kemarau tambah 10 agen jadi 17, brp sebulannya?', ['17 agen'], ['27']],
    ],
  },
  // "Kalau delay massal, panggilan bisa 2.500 per jam, 5 menit per panggilan": 5 calls an hour, 3 agents
  {
    name: 'a duration is no count of calls',
    locale: 'id-ID',
    steps: [
      ['22 agen telepon dan email, hybrid', ['Estimasi: 22 agen']],
      ['Kalau delay massal, panggilan bisa 2.500 per jam, 5 menit per panggilan. Berapa agen dibutuhkan?', ['Untuk 2.500 panggilan per jam', 'durasi rata-rata 5 menit'], ['Untuk 5 panggilan']],
    ],
  },
  // "Rata2 tiap agen nelpon 250 menit per hari, 22 hari kerja": 7.500 minutes per agent (30 days)
  {
    name: 'a daily figure counts the working days said',
    locale: 'id-ID',
    steps: [
      ['60 agen telepon, cloud', ['Estimasi: 60 agen']],
      ['Rata2 tiap agen nelpon 250 menit per hari, 22 hari kerja.', ['5.500'], ['7.500']],
    ],
  },
  // "Tiap agen nelpon sekitar 5 jam sehari, 20 hari sebulan. Hitung ulang ya.": not understood
  {
    name: 'hours on the phone a day over the days said are the minutes per agent',
    locale: 'id-ID',
    steps: [
      ['15 agen telepon, cloud', ['Estimasi: 15 agen']],
      ['Tiap agen nelpon sekitar 5 jam sehari, 20 hari sebulan. Hitung ulang ya.', ['6.000'], ['belum menangkap']],
    ],
  },
  // "15 student workers + 5 staff, so 20 agents": 25 agents
  {
    name: 'the total said after its parts',
    steps: [['15 student workers + 5 staff, so 20 agents. voice email web chat. Cloud.', ['Estimate: 20 agents'], ['25 agents']]],
  },
  // "we have 5 sales reps calling leads and 3 support staff": 3 agents
  {
    name: 'two groups, the first with what it does',
    steps: [['we have 5 sales reps calling leads and 3 support staff. voice and sms. cloud', ['Estimate: 8 agents']]],
  },
  // "We handle about 40000 calls a day averaging 8 minutes": the 5.5-minute default
  {
    name: 'a handle time said as averaging',
    steps: [['We handle about 40000 calls a day averaging 8 minutes. How many agents do we actually need?', ['8 min'], ['5.5 min']]],
  },
  // "we're 25 now actually": not understood
  {
    name: 'the head count said of the team',
    steps: [
      ['20 agents social email cloud', ['Estimate: 20 agents']],
      ["we're 25 now actually", ['25 agents']],
    ],
  },
  // "Deployment hybrid, karena sistem reservasi pusat tetap on-prem": on-premises priced, the platform counted as owned
  {
    name: 'the deployment chosen before its reason',
    locale: 'id-ID',
    steps: [
      ['22 agen telepon dan email', []],
      ['Deployment hybrid, karena sistem reservasi pusat tetap on-prem', ['Langkah terakhir'], ['sudah Anda miliki']],
      ['tipikal aja', ['Estimasi: 22 agen, telepon dan email, hibrida'], ['sudah Anda miliki']],
    ],
  },
  // "Can you add 4 more agents for the holiday season?": 22 agents priced all year
  {
    name: 'more agents for the holiday season is a peak',
    steps: [
      ['18 agents voice email chat cloud', ['Estimate: 18 agents']],
      ['Can you add 4 more agents for the holiday season?', ['A month at 22 agents', 'Tell me how long it lasts'], ['Updated: agents 18 → 22']],
      ['it lasts about 2 months', ['2 months × $5,225 a month (22 agents)']],
    ],
  },
  // "dobel agennya pas high season Juli-Agustus, brp?": 20 agents all year
  {
    name: 'doubled for the high season, with its months',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon dan WhatsApp, cloud', ['Estimasi: 10 agen']],
      ['dobel agennya pas high season Juli-Agustus, brp?', ['2 bulan × Rp 88.275.000 per bulan (20 agen)'], ['Perubahan: jumlah agen 10 → 20']],
    ],
  },
  // "Pas war tiket kami butuh 40 agen selama 1 minggu.": 40 agents all year; "Normalnya brp per tahun?": the 40 again
  {
    name: 'a week of ticket war is a peak, and the usual year is asked after it',
    locale: 'id-ID',
    steps: [
      ['15 agen telepon, chat, cloud', ['Estimasi: 15 agen']],
      ['Pas war tiket kami butuh 40 agen selama 1 minggu.', ['(40 agen)', '(15 agen)'], ['Perubahan: jumlah agen 15 → 40']],
      ['Normalnya brp per tahun?', ['Untuk 15 agen', 'Rp 705.375.000 per tahun'], ['(40 agen)']],
    ],
  },
  // "per branch how much is that per month": the company's total again
  {
    name: 'a figure per branch divides by the branches said earlier',
    steps: [
      ['pest control franchise with 4 branches, 8 agents total, voice and sms, cloud', ['Estimate: 8 agents']],
      ['per branch how much is that per month', ['Split over your 4 branches', '$485 a month for each']],
    ],
  },
  {
    name: 'per cabang with no count asks for it',
    locale: 'id-ID',
    steps: [
      ['12 agen telepon dan WhatsApp, cloud', ['Estimasi: 12 agen']],
      ['per cabang berapa sebulan?', ['Dibagi ke berapa lokasi']],
    ],
  },
  // "What's it per advisor per month?": the company's total
  {
    name: 'per advisor is per agent',
    steps: [
      ['8 service advisors, voice sms and social, cloud', ['Estimate: 8 agents']],
      ["What's it per advisor per month?", ['per agent per month']],
    ],
  },
  // "What's the per-agent monthly cost in each?" after the comparison: on-premises only
  {
    name: 'the per-agent figure of each deployment',
    steps: [
      ['300 agents voice email chat on-prem', ['Estimate: 300 agents']],
      ['compare deployments', []],
      ["What's the per-agent monthly cost in each?", ['cloud about $238', 'on-premises $331', 'hybrid $296']],
    ],
  },
  {
    name: 'per agen masing-masing',
    locale: 'id-ID',
    steps: [
      ['300 agen telepon email chat on-premise', ['Estimasi: 300 agen']],
      ['bandingkan ketiganya', []],
      ['Per agen per bulan masing2 berapa?', ['cloud sekitar', 'on-premise', 'hibrida']],
    ],
  },
  // "dental lab, 2 ppl on phones … is a contact center overkill for us?": "I am not sure about that one"
  {
    name: 'whether a contact center is overkill for a small team',
    steps: [['dental lab, 2 ppl on phones with dentists offices. we need voice. is a contact center overkill for us?', ['more than you need', 'price 2 agents, voice, cloud'], ['I am not sure about that one']]],
  },
  // "Worth it gak sih pakai contact center buat 1 orang?" in the estimate form: 1 agent taken, the question left
  {
    name: 'worth it for one person, asked in the estimate form',
    locale: 'id-ID',
    steps: [
      ['saya jualan kue online sendirian', []],
      ['Worth it gak sih pakai contact center buat 1 orang?', ['Terus terang, untuk tim kecil (sampai sekitar lima orang)']],
    ],
  },
  // "Do calling rates differ by country?": the SMS line; "panggilan dari Indonesia Timur, apakah biaya telepon beda?": the voice line
  {
    name: 'call rates by country are a vendor term',
    steps: [
      ['30 agents voice sms cloud, calls from Germany and Poland', ['Estimate: 30 agents']],
      ['Do calling rates differ by country?', ['a term each vendor sets'], ['Texting is one of the cheapest']],
    ],
  },
  {
    name: 'tarif telepon dari daerah lain',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['panggilan dari Indonesia Timur, apakah biaya telepon beda?', ['ketentuan yang ditetapkan tiap vendor'], ['sudah termasuk dalam lisensi']],
    ],
  },
  // "Which one has the lowest total at year 5?": the cost of year 5 alone
  {
    name: 'the lowest total at a year is the comparison over those years',
    steps: [
      ['45 agents voice and email, cloud', ['Estimate: 45 agents']],
      ['Which one has the lowest total at year 5?', ['Cheapest over 5 years']],
    ],
  },
  // "Can you give the range instead of the typical?": how the estimate is made
  {
    name: 'the range asked instead of the typical figure',
    steps: [
      ['45 agents voice and email, cloud', ['Estimate: 45 agents']],
      ['Can you give the range instead of the typical?', ['$57,409–$199,159']],
    ],
  },
  // "Thanks, I'll forward this.": "I cannot send email from here"
  {
    name: 'the visitor forwarding it asks nothing',
    steps: [
      ['45 agents voice and email, cloud', ['Estimate: 45 agents']],
      ["Thanks, I'll forward this.", ['You are welcome'], ['I cannot send email']],
    ],
  },
  // "how many minutes did you assume per agent?": "6,000 × $0 per minute"
  {
    name: 'the minutes assumed per agent',
    steps: [
      ['solar panel installer, we have 5 sales reps calling leads and 3 support staff. voice and sms. cloud', ['Estimate: 8 agents']],
      ['the reps make outbound calls mostly, is that priced differently?', []],
      ['how many minutes did you assume per agent?', ['2,000 minutes per agent per month'], ['× $0 per minute']],
    ],
  },
  // "Oke ditunggu kabarnya": the head count of a budget offered before taken (agents 28 → 3)
  {
    name: 'waiting for news is a goodbye',
    locale: 'id-ID',
    steps: [
      ['Halo, langsung aja ya: kami perusahaan distribusi alat kesehatan di Medan, CS sekarang 22 orang, mau naik jadi 28 tahun depan, kanal telepon, email, WhatsApp, web chat, mau hybrid karena sebagian data harus di server sendiri, butuh perbandingan 3 tahun dengan cloud, budget sekitar Rp 1,5 M per tahun, dan tolong saya dihubungi tim sales minggu ini. Nama saya Rudi, rudi.s@alkesmedan.co.id, 0812-6543-2100.', []],
      ['Masuk budget 1,5 M gak?', []],
      ['Oke ditunggu kabarnya', [], ['Perubahan: jumlah agen']],
    ],
  },
  // "Support cuma via email dan in-app chat, no phone, no social.": email dropped ("via email" read as the way to send it)
  {
    name: 'support via email is the email channel',
    locale: 'id-ID',
    steps: [['12 agen. Support cuma via email dan in-app chat, no phone, no social. Cloud.', ['Estimasi: 12 agen, email dan live chat, cloud']]],
  },
  // "Oke cukup, terima kasih." at the name question: stored as the name "cukup, terima kasih"
  {
    name: 'enough, with thanks, at the name question ends the sales form',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['hubungi sales', ['Siapa nama Anda']],
      ['Oke cukup, terima kasih.', [], ['Apa alamat email', 'cukup, terima kasih']],
    ],
  },
  // "Hitung hybrid dan on-premises": cloud made the base "until you choose"
  {
    name: 'two deployments named to be priced: the first is the scenario',
    locale: 'id-ID',
    steps: [
      ['BPR dengan 14 kantor, 20 agen, telepon dan SMS', []],
      ['Hitung hybrid dan on-premises', ['Estimasi: 20 agen, telepon dan SMS, hibrida'], ['cloud menjadi dasar']],
    ],
  },
  // "Yang termasuk sekali bayar di on-prem itu apa saja?": the largest costs, or the assumptions
  {
    name: 'what the one-time costs of another deployment are',
    locale: 'id-ID',
    steps: [
      ['45 agen telepon dan email, cloud', ['Estimasi: 45 agen']],
      ['Yang termasuk sekali bayar di on-prem itu apa saja?', ['Biaya sekali bayarnya', 'Server (on-premise)', 'Voice gateway']],
    ],
  },
  // the long paragraph: "… our IT team prefers a hybrid deployment … We'd like to see what it costs per month and over 5
  // years": "In-house IT administrator … $5 per full-time person per month — Your own figure"
  {
    name: 'a figure after a clause naming IT is its cost only when said as money',
    steps: [["Hi there, so here's our situation: we're a regional utility-billing services company with 55 agents today, growing to about 70 next year, we take voice calls (around 1,800 minutes per agent per month), send SMS payment reminders (about 30,000 a month), answer email and web chat, and our IT team prefers a hybrid deployment because we want to keep recordings on-premises but run the routing in the cloud. We'd like to see what it costs per month and over 5 years, and compare to fully cloud.", ['55 agents'], ['$5 per full-time person', 'Your own figure, given in this conversation']]],
  },
  // "ok" after "Say 'switch to hybrid' to make it your scenario": "Updated: deployment cloud → hybrid"
  {
    name: 'a bare ok after another deployment shown switches nothing',
    steps: [
      ['ticket resale platform, 40 agents, email and web chat and sms. cloud', ['Estimate: 40 agents']],
      ['can you show hybrid too', ['switch to hybrid']],
      ['ok', ['Anything else'], ['Updated: deployment cloud → hybrid']],
      ['ok do that', ['Updated: deployment cloud → hybrid']],
    ],
  },
  // "big on-sale events we get 10x traffic for a day. how to handle that cost wise?": not understood
  {
    name: 'ten times the traffic for a day is extra seats for that day',
    steps: [
      ['ticket resale platform, 40 agents, email and web chat and sms. cloud', ['Estimate: 40 agents']],
      ['big on-sale events we get 10x traffic for a day. how to handle that cost wise?', ['roughly 360 more than your 40', '360 extra seats'], ['I am not sure what you mean']],
    ],
  },
  // "what's that cost per home per month?": the company's total
  {
    name: 'a figure per home',
    steps: [
      ['vacation rental manager, 40 homes, 4 agents voice sms email cloud', ['Estimate: 4 agents']],
      ["what's that cost per home per month?", ['Split over your 40 homes', '$24.25 a month for each']],
    ],
  },
  // "What's the per month cost for 6 volunteers?" with 6 on screen: "That is already your scenario … nothing changed"
  {
    name: 'the head count restated with its price asked',
    steps: [
      ['food bank, 6 volunteers on phones and sms, cloud', ['Estimate: 6 agents']],
      ["What's the per month cost for 6 volunteers?", ['$1,455 a month'], ['nothing changed']],
    ],
  },
  {
    name: 'biaya bulanan yg 6 agen',
    locale: 'id-ID',
    steps: [
      ['6 agen telepon cloud', ['Estimasi: 6 agen']],
      ['brp biaya bulanan yg 6 agen?', ['per bulan'], ['tidak ada yang berubah']],
    ],
  },
  // "Oke, makasih, saya lanjut review" under the offer: the sales form
  {
    name: 'going on with one’s own review is no request for sales',
    locale: 'id-ID',
    steps: [
      ['Halo, saya dari bagian pengadaan. Saya lagi bandingin penawaran dari 3 vendor contact center untuk 30 agen, telepon + email + chat, cloud.', ['Estimasi: 30 agen']],
      ['Vendor A nawar Rp 450 ribu/agen/bulan, vendor B Rp 650 ribu, vendor C Rp 1,2 juta. Mana yang wajar menurut estimasi kamu?', []],
      ['Rentang estimasi kamu itu dari mana sumbernya?', []],
      ['Kalau kontraknya 3 tahun, totalnya berapa?', []],
      ['Oke, makasih, saya lanjut review.', [], ['Siapa nama Anda']],
    ],
  },
  // "what would 6 weeks cost? we dont want to pay for the whole year" at the optional step: "I could not read a volume"
  {
    name: 'weeks of it asked at the optional step are whole months, the estimate finished',
    steps: [
      ['music festival, 6 agents voice and email', []],
      ['cloud', []],
      ['what would 6 weeks cost? we dont want to pay for the whole year', ['Estimate: 6 agents', 'For 2 months'], ['I could not read a volume']],
    ],
  },
  // "Can you tell me the cost per month?" at the optional step: the platform price article; "Is the information about
  // patients kept private?": "I could not read a volume"
  {
    name: 'the cost per month asked at the optional step is the estimate',
    steps: [
      ['hospice, 2 coordinators on phones, cloud', []],
      ['Can you tell me the cost per month?', ['For 2 agents, voice, cloud: about'], ['entry-level platforms']],
      ['Is the information about patients kept private?', [], ['I could not read a volume', 'I am not sure what you mean']],
    ],
  },
  // "Any compliance issues with recording calls in California I should budget for?": the storage line; "Is SMS even
  // appropriate for protected health information?": not understood
  {
    name: 'whether something is legal or compliant gets the compliance answer',
    steps: [
      ['7 agents voice sms cloud', ['Estimate: 7 agents']],
      ['Any compliance issues with recording calls in California I should budget for?', ['HIPAA'], ['storage comes to about']],
      ['Is SMS even appropriate for protected health information?', ['HIPAA'], ['I am not sure what you mean']],
    ],
  },
  {
    name: 'apakah SMS blast legal',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon SMS cloud', ['Estimasi: 10 agen']],
      ['apakah kirim SMS blast ke pemilih itu legal?', ['OJK'], ['saluran termurah']],
    ],
  },
  // "Done." under an estimate: not understood
  {
    name: 'done, said alone, is a goodbye',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ['Done.', [], ['I am not sure what you mean']],
    ],
  },
  // "Pastikan telepon tidak dihitung ya": voice set as the only channel (email and chat removed)
  {
    name: 'a channel said not to be counted is removed',
    locale: 'id-ID',
    steps: [
      ['12 agen telepon, email, live chat, cloud', ['Estimasi: 12 agen']],
      ['Pastikan telepon tidak dihitung ya', ['telepon dihapus'], ['email dan live chat dihapus']],
    ],
  },
  // "Support is email and web chat only, 7 engineers.": the head count asked five times
  {
    name: 'engineers who answer are agents',
    steps: [['B2B API company. Support is email and web chat only, 7 engineers. Cloud.', ['Estimate: 7 agents, email and web chat, cloud']]],
  },
  // "3 agen tambahan cuma 2 bulan": 3 agents all year
  {
    name: 'extra agents for two months only are a peak',
    locale: 'id-ID',
    steps: [
      ['14 agen telepon, email, cloud', ['Estimasi: 14 agen']],
      ['3 agen tambahan cuma 2 bulan', ['2 bulan', '(17 agen)'], ['Perubahan: jumlah agen 14 → 3']],
    ],
  },
  // "what if we add 2 more agents for tournament weekends only": 6 agents all year
  {
    name: 'more agents for weekends only are seats for those days',
    steps: [
      ['esports team, 4 agents social and email cloud', ['Estimate: 4 agents']],
      ['what if we add 2 more agents for tournament weekends only', ['2 extra seats for about 8 days a month'], ['Updated: agents 4 → 6']],
    ],
  },
  // "double the agents for december - what does december cost?": 10 agents all year
  {
    name: 'doubled for december is a one-month peak',
    steps: [
      ['zoo membership office, 5 agents voice email web chat, cloud', ['Estimate: 5 agents']],
      ['double the agents for december - what does december cost?', ['1 month', '(10 agents)'], ['Updated: agents 5 → 10']],
    ],
  },
  // "and if we burst to 40 on drop days (about 4 days a month)?": "That is already your scenario"
  {
    name: 'a head count reached a few days a month',
    steps: [
      ['sneaker drops, 8 agents chat email cloud', ['Estimate: 8 agents']],
      ['and if we burst to 40 on drop days (about 4 days a month)?', ['32 extra seats for about 4 days a month']],
    ],
  },
  // "what does 8 cost monthly" under a 40-agent estimate: the 40 again
  {
    name: 'a bare number whose cost is asked is a head count',
    steps: [
      ['sneaker marketplace, 40 agents chat email cloud', ['Estimate: 40 agents']],
      ['what does 8 cost monthly', ['8 agents']],
    ],
  },
  // "Halo, kami toko kasur online. … CS 7 orang.": the head count asked four times
  {
    name: 'an introduction with the head count keeps it',
    locale: 'id-ID',
    steps: [['Halo, kami toko kasur online. Banyak urusan retur & garansi (kasur kan gede, pickup ribet). CS 7 orang.', ['Saluran apa saja'], ['Berapa jumlah agen']]],
  },
  // "Kalau chat 24/7 dengan 3 shift, 120 itu jumlah agen total atau per shift?": phone and email removed
  {
    name: 'a channel named with its hours keeps the others',
    locale: 'id-ID',
    steps: [
      ['120 agen, chat, telepon, email, cloud', ['Estimasi: 120 agen']],
      ['Kalau chat 24/7 dengan 3 shift, 120 itu jumlah agen total atau per shift? biayanya beda gak?', [], ['telepon dan email dihapus']],
    ],
  },
  // "Berapa biaya 3 bulan?": the twelve months
  {
    name: 'the cost of three months',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon dan SMS, cloud', ['Estimasi: 10 agen']],
      ['Berapa biaya 3 bulan?', ['3 bulan', '3 ×'], ['per tahun (']],
    ],
  },
  // "Hybrid: servernya di Jakarta, tapi Singapura dan Vietnam pakai cloud.": cloud
  {
    name: 'the deployment named first, with a colon',
    locale: 'id-ID',
    steps: [
      ['freight forwarder, 30 agen telepon email', []],
      ['Hybrid: servernya di Jakarta, tapi Singapura dan Vietnam pakai cloud.', ['Langkah terakhir'], []],
      ['tipikal aja', ['hibrida']],
    ],
  },
  // "is that per location or total?": the estimate printed twice
  {
    name: 'whether the figure is per location or the total',
    steps: [
      ['optometry practice, 2 locations, 3 agents voice sms cloud', ['Estimate: 3 agents']],
      ['is that per location or total?', ['It is the total for the whole center', '$728 a month']],
    ],
  },
];

describe('thirty-eighth round (2026-12-05, thirtieth session)', () => {
  it.each(conversations.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    h = await createHarness('test', c.locale ?? 'en-US');
    for (const [input, expected, absent = []] of c.steps) {
      const reply = (await h.say(input)).join('\n');
      for (const e of expected) {
        if (typeof e === 'string') expect(reply, `${input} → ${e}`).toContain(e);
        else expect(reply, `${input} → ${e}`).toMatch(e);
      }
      for (const a of absent) {
        if (typeof a === 'string') expect(reply, `${input} ↛ ${a}`).not.toContain(a);
        else expect(reply, `${input} ↛ ${a}`).not.toMatch(a);
      }
      // (a text that must come exactly once in the last reply)
      if (c.once && input === c.steps.at(-1)![0]) expect(reply.split(c.once).length - 1, `${input}: "${c.once}" once`).toBe(1);
    }
  });
});

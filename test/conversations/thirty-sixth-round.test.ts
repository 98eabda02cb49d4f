/**
 * What the twenty-eighth session (2026-12-05) found the advisor getting wrong (a round of exploratory visitors, helpers
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
  // "is that one-time or ongoing?" after WFM was priced: the on-premises set-up article
  {
    name: 'whether a line priced alone is paid once or every month',
    steps: [
      ['how much does workforce management cost for 40 agents?', ['$520 a month']],
      ['is that one-time or ongoing?', ['an ongoing cost', '$520 a month', 'for 40 agents'], ['On-premises means buying']],
    ],
  },
  {
    name: 'a custom integration is paid once',
    steps: [
      ['how much is a custom integration?', ['paid once']],
      ['is that one-time or ongoing?', ['a one-time cost', '$5,000', 'for each integration'], ['On-premises means buying']],
    ],
  },
  {
    name: 'hardware named in an on-premises estimate is one-time, bought again when replaced',
    steps: [
      ['30 agents voice on-prem', ['Estimate: 30 agents, voice, on-premises']],
      ['is the hardware a one-off cost or recurring?', ['a one-time cost', '$28,000', 'every 5 years']],
    ],
  },
  {
    name: 'sekali bayar atau bulanan, about WFM priced in rupiah',
    locale: 'id-ID',
    steps: [
      ['berapa biaya WFM untuk 25 agen?', ['Rp 5.363.000 per bulan']],
      ['itu bayar sekali atau bulanan?', ['biaya berjalan', 'Rp 5.363.000 per bulan', 'untuk 25 agen']],
    ],
  },
  // "anything else you need from me?" at the email question: the article on business costs, then the email asked again
  {
    name: 'what the sales form still needs, asked in it, is listed',
    steps: [
      ['20 agents voice and email cloud', ['Estimate: 20 agents']],
      ['talk to sales', ['What is your name?']],
      ['Dana Whitfield', ['work email']],
      ['anything else you need from me?', ['your email and company', 'phone and preferred time', 'work email'], ['Beyond technology']],
      ['dana@whitfield.io', ['Which company']],
      ['is that all?', ['your company, then'], ['Beyond technology']],
    ],
  },
  // "Storage at $1,350 per agent per year is ridiculous. … Use $300 per agent per year.": the $1,350 complained about
  // became "your figure" and nothing changed; then the 30,000 minutes said beside per-minute billing were dropped
  {
    name: 'the figure complained about is not the visitor\'s own; the minutes said with per-minute billing are priced',
    steps: [
      ['25 agents, voice and email, cloud', ['Estimate: 25 agents']],
      ['Storage at $1,350 per agent per year is ridiculous. We store maybe 100 GB total. Use $300 per agent per year.', ['$25 per agent a month (your figure)', 'Monthly total: $5,938 → $3,750']],
      ['And voice "included"? Nobody gives unlimited minutes. Price it per minute; we do about 30,000 minutes a month.', ['voice minutes 30,000 a month', 'Voice: $0 → $450']],
    ],
  },
  // "6 staff answer enquiries by email, web chat and social media. Cloud please.": email dropped ("by email" read as
  // the way to reach the visitor)
  {
    name: 'email said "by email" in a list of channels is a channel',
    steps: [['Hello, we are a language school. 6 staff answer enquiries by email, web chat and social media. Cloud please.', ['Estimate: 6 agents, social media, email and web chat, cloud']]],
  },
  // "… we'd prefer to keep it on our own premises.": the deployment asked; "Can calls be recorded …?": "That is already
  // your scenario, so nothing changed" before the answer; "Thank you. I don't think we want a salesperson calling us
  // right now.": "nothing changed" alone
  {
    name: 'own premises is on-premises; a question or a thank-you that restates the scenario says no "nothing changed"',
    steps: [
      ["Good afternoon. We are a small network of funeral homes. Eight staff answer the phone for families. We only need voice, and we'd prefer to keep it on our own premises.", ['Estimate: 8 agents, voice, on-premises']],
      ['Can calls be recorded, and does recording add to the cost?', ['Call recording has no line of its own'], ['nothing changed']],
      ["Thank you. I don't think we want a salesperson calling us right now.", ['no one from sales will contact you'], ['nothing changed']],
    ],
  },
  // 'And what exactly is the "data storage" line? It seems big for 4 people.': "nothing changed"
  {
    name: 'what a line is, asked with the head count beside it, is that line explained',
    steps: [
      ['4 agents, voice and email, cloud', ['Estimate: 4 agents']],
      ['And what exactly is the "data storage" line? It seems big for 4 people.', ['**Data storage**', '4 × $1,350 per agent per year'], ['nothing changed']],
    ],
  },
  // "Nama saya Hj. Rahmah Siregar": the lead went to sales as "Hj"
  {
    name: 'a name written with its title keeps the whole name',
    locale: 'id-ID',
    steps: [
      ['hubungi sales', ['Estimasi dulu']],
      ['langsung hubungi saja', ['Siapa nama Anda']],
      ['Nama saya Hj. Rahmah Siregar', ['alamat email']],
      ['rahmah@baitullah.co.id', ['perusahaan']],
      ['PT Baitullah Tour', ['telepon']],
      ['lewati', ['Kapan waktu']],
      ['lewati', ['Kontak: Hj. Rahmah Siregar, PT Baitullah Tour']],
    ],
  },
  // "Namanya Bayu Pratama, email …, HP …, perusahaan PT Toko Maju Retail.": the name "Namanya Bayu Pratama" and the
  // company "Bayu Pratama"
  {
    name: 'a colleague named with "namanya" is the name, and the company said after is the company',
    locale: 'id-ID',
    steps: [
      ['hubungi sales', ['Estimasi dulu']],
      ['langsung hubungi saja', ['Siapa nama Anda']],
      ['Namanya Bayu Pratama, email bayu.pratama@tokomaju.co.id, HP 0811-222-3333, perusahaan PT Toko Maju Retail.', ['nama Bayu Pratama', 'perusahaan PT Toko Maju Retail'], ['Namanya Bayu', 'perusahaan Bayu Pratama']],
    ],
  },
  // "It's Prairie Movers Ltd." at the name question: the company went to sales as the name
  {
    name: 'a company with its legal form at the name question is the company',
    steps: [
      ['talk to sales', ['Estimate first']],
      ['just contact me', ['What is your name?']],
      ["It's Prairie Movers Ltd.", ['company: Prairie Movers Ltd', 'What is your name?'], ['name: Prairie']],
      ["You can call me on 0161 496 0872, and I'm Dev Patel.", ['name Dev Patel']],
    ],
  },
  // "Fine. 40 agents, voice and email, cloud, my name is Tom Reyes, tom@…, Vantage Cargo, call me on …. Just have someone
  // call me.": "What is your name?", everything asked again, and the lead went with no scenario
  {
    name: 'a scenario and every detail said with "just have someone call me" are all kept',
    steps: [
      ["I don't want a bot. Get me a human now.", ['Estimate first']],
      ['Fine. 40 agents, voice and email, cloud, my name is Tom Reyes, tom.reyes@vantagecargo.com, Vantage Cargo, call me on +1 312 555 0144. Just have someone call me.', ['name Tom Reyes', 'company Vantage Cargo', 'When is a good time'], ['What is your name?']],
      ['skip', ['Scenario: 40 agents; channels: voice, email; deployment: cloud']],
    ],
  },
  // "bro gw Dimas, founder ojol lokal di Jember. mau bikin CS 3 orang aja, chat sama telpon": priced on-premises; then
  // "lah kok on-premise bro? gw gak minta itu. pake cloud aja, paket yg paling dasar": still on-premises
  {
    name: '"lokal" describing a business is no deployment, and "pake cloud aja" after a doubt about on-premises is cloud',
    locale: 'id-ID',
    steps: [
      ['bro gw Dimas, founder ojol lokal di Jember. mau bikin CS 3 orang aja, chat sama telpon.', ['Mau dijalankan di mana'], ['on-premise ·', 'Estimasi: 3 agen, telepon dan live chat, on-premise']],
      ['lah kok on-premise bro? gw gak minta itu. pake cloud aja, paket yg paling dasar', ['Langkah terakhir']],
      ['lewati', ['Estimasi: 3 agen, telepon dan live chat, cloud']],
    ],
  },
  {
    name: 'a doubt about on-premises with cloud chosen switches an on-premises estimate to cloud',
    locale: 'id-ID',
    steps: [
      ['3 agen, chat dan telpon, on-prem', ['Estimasi: 3 agen, telepon dan live chat, on-premise']],
      ['lah kok on-premise bro? gw gak minta itu. pake cloud aja, paket yg paling dasar', ['model penerapan on-premise → cloud']],
    ],
  },
  // "… beserta dasar perhitungannya": the basic tier priced; "server milik sendiri": the deployment asked
  {
    name: 'the basis of a reckoning is no basic tier, and servers of one\'s own are on-premises',
    locale: 'id-ID',
    steps: [
      ['Dengan hormat, kami bermaksud menyelenggarakan layanan pusat kontak dengan 15 (lima belas) orang agen, melalui saluran telepon dan surat elektronik, dengan skema penerapan di lingkungan server milik sendiri.', ['Estimasi: 15 agen, telepon dan email, on-premise']],
      ['Menindaklanjuti estimasi tersebut, mohon penjelasan mengenai komponen biaya yang bersifat sekali bayar beserta dasar perhitungannya.', [], ['Standar → Dasar', 'paket platform']],
    ],
  },
  // "integrasi dengan sistem billing pelanggan yang sudah ada": the platform and servers written off as owned
  {
    name: 'a billing system that exists already is not the contact center platform',
    locale: 'id-ID',
    steps: [
      ['30 agen, telepon, SMS dan media sosial, on-premise', ['Estimasi: 30 agen']],
      ['Kami juga perlu integrasi dengan sistem billing pelanggan yang sudah ada, supaya agen bisa lihat tagihan saat pelanggan menelepon. Berapa biaya integrasi seperti itu?', ['integrasi'], ['sudah Anda miliki', 'sudah dimiliki']],
    ],
  },
  // "Kalau on-premise, kapan titik impasnya dibanding cloud?": the scenario moved to on-premises
  {
    name: 'when a deployment breaks even is a comparison, and the scenario stays',
    locale: 'id-ID',
    steps: [
      ['35 agen, telepon dan media sosial, cloud, 5 tahun', ['Estimasi: 35 agen']],
      ['Kalau on-premise, kapan titik impasnya dibanding cloud?', ['selama 5 tahun'], ['cloud → on-premise']],
    ],
  },
  // "15 apoteker sebagai agen", "CS 5 urang": the head count asked again and again
  {
    name: 'pharmacists as agents are the head count',
    locale: 'id-ID',
    steps: [['layanan konsultasi obat lewat web chat, WhatsApp, dan telepon, 15 apoteker sebagai agen. Cloud. Biaya per agen per bulannya berapa?', ['15 agen'], ['Berapa jumlah agen']]],
  },
  {
    name: 'people counted in Sundanese ("urang") are the head count',
    locale: 'id-ID',
    steps: [['Punten kang, abdi Asep. Badhe damel CS 5 urang, liwat telepon sareng WA. Cloud wae. Sabaraha biayana?', ['Estimasi: 5 agen'], ['Berapa jumlah agen']]],
  },
  // "Layanan PMB kami buka jam 08.00-20.00, Senin sampai Sabtu." at the head-count question: "8–20 agents, I price 20"
  {
    name: 'opening hours at the head-count question are no head count',
    locale: 'id-ID',
    steps: [
      ['mau hitung biaya contact center', ['Berapa jumlah agen']],
      ['Layanan PMB kami buka jam 08.00-20.00, Senin sampai Sabtu.', [], ['rentang (8–20 agen)', 'saya hitung 20']],
    ],
  },
  // "We'd actually send about 3,000 reminders a month in total, not per person. Does that change the number?": the
  // preset SMS kept and a 3-year total nobody asked for
  {
    name: 'a monthly volume stated beside a question is set before the question is answered',
    steps: [
      ['25 agents, voice and SMS, cloud', ['Estimate: 25 agents']],
      ["We'd actually send about 3,000 reminders a month in total, not per person. Does that change the number?", ['SMS 3,000 a month', 'SMS: $125 → $30'], ['Over 3 years']],
    ],
  },
  {
    name: 'SMS a month stated after a question about the SMS line is set',
    locale: 'id-ID',
    steps: [
      ['6 agen, telepon dan SMS, cloud', ['Estimasi: 6 agen']],
      ['Kok SMS cuma Rp 495.000? Sebenarnya per SMS itu berapa ya? Kami kirim pengingat angsuran kira-kira 8.000 SMS sebulan.', ['SMS: Rp 495.000 → Rp 1.320.000']],
    ],
  },
  // "We send roughly 40,000 delivery texts a month …": the SMS kept at the preset
  {
    name: 'texts described by what they are for are the SMS volume',
    steps: [
      ['20 agents, voice and SMS, cloud', ['Estimate: 20 agents']],
      ['We send roughly 40,000 delivery texts a month and take about 15,000 minutes of calls. Can you redo it with those?', ['SMS 40,000 a month', 'SMS: $100 → $400']],
    ],
  },
  // "How much of that is storage for chat transcripts? We have to keep them for 5 years.": "Updated: removed email"
  {
    name: 'a how-much question naming a channel beside another subject keeps the channels',
    steps: [
      ["I lead support at a crypto exchange. 80 agents, web chat and email only, running 24/7. Regulators want customer data kept in-country, so we're thinking hybrid.", ['80 agents']],
      ['How much of that is storage for chat transcripts? We have to keep them for 5 years.', ['storage'], ['removed email', 'Updated']],
    ],
  },
  // "Cloud makes sense I think. What about recording storage …?" at the deployment question: the deployment asked again;
  // "Is cloud reliable enough for crisis calls, or is on-prem safer?": "Noted: removed SMS and web chat"
  {
    name: 'the deployment stated beside a question is kept, and reliability asked of two deployments is answered',
    steps: [
      ['Hello. I run operations for a telehealth mental-health support line. 12 counselors, available 24/7, by phone, SMS and web chat. Some contacts are people in crisis, so reliability matters a lot to us.', ['Where should it run']],
      ['Cloud makes sense I think. What about recording storage — we must keep session records for 7 years for compliance. How does that affect cost?', ['$1,350 per agent per year', 'Last, optional step'], ['Where should it run']],
      ['Is cloud reliable enough for crisis calls, or is on-prem safer?', ['single point of failure'], ['removed', 'Comparison']],
    ],
  },
  // "koneksi internet di cabang kami … sering putus. Kalau begitu cloud tetap aman tidak?": the security article and OJK
  {
    name: 'a connection that drops, asked of cloud, is the outage answer, not security',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan WhatsApp, cloud', ['Estimasi: 20 agen']],
      ['Masalahnya koneksi internet di cabang kami di Ambon dan Sorong sering putus. Kalau begitu cloud tetap aman tidak? Apa kekurangan cloud untuk kondisi seperti ini?', ['internet'], ['OJK', 'enkripsi']],
    ],
  },
  // "So what's the new monthly total with that egress?": the egress line again
  {
    name: 'the total asked with the line just added is the total',
    steps: [
      ['Hi, I manage claims for a pet insurance company. 30 agents on email, phone and web chat, cloud.', ['Estimate: 30 agents']],
      ['What would data egress cost us? We export roughly 2 TB of claims documents a month to our analytics vendor.', ['Data transfer out (egress): $0 → $152']],
      ["So what's the new monthly total with that egress?", ['$7,277'], ['**Data transfer out (egress)**']],
    ],
  },
  // "whats the diff per mo" after the on-premises figure: "That is outside what I know"
  {
    name: 'the difference a month, in chat shorthand, is the comparison',
    steps: [
      ['20 agts voice sms cloud', ['Estimate: 20 agents']],
      ['onprem?', ['$3,130 a month more than cloud']],
      ['whats the diff per mo', ['$4,850/mo', '$7,980/mo'], ['outside what I know']],
    ],
  },
  // "Can you give me just the yearly figure she can put in her spreadsheet?": "I cannot send email from here"
  {
    name: 'a figure asked for a spreadsheet is the figure, not a file',
    steps: [
      ['15 agents doing voice and web chat in the cloud', ['Estimate: 15 agents']],
      ['Can you give me just the yearly figure she can put in her spreadsheet?', ['a year'], ['cannot send email']],
    ],
  },
  // "We'd need integrations with our PSA ticketing tool and our RMM platform — both custom. Can you add those?": the
  // integrations article, nothing added
  {
    name: 'custom integrations asked to be added are added, as many as named',
    steps: [
      ['We are an IT managed-service provider. Our helpdesk has 50 technicians on phone, email and web chat. Cloud.', ['Estimate: 50 agents']],
      ["We'd need integrations with our PSA ticketing tool and our RMM platform — both custom. Can you add those?", ['Custom integrations', '$10,000']],
    ],
  },
  {
    name: 'an integration asked to be put in the estimate is added',
    locale: 'id-ID',
    steps: [
      ['30 agen, telepon, SMS dan media sosial, on-premise', ['Estimasi: 30 agen']],
      ['Tolong masukkan biaya integrasi itu ke estimasi kami.', ['Integrasi khusus']],
    ],
  },
  // "And if those were MMS with a QR code image instead?": MMS at the preset added beside the 200,000 SMS
  {
    name: 'messages said to be MMS instead move their volume from SMS to MMS',
    steps: [
      ['Hi, parcel locker company here. 45 agents doing voice, SMS and web chat in the cloud.', ['Estimate: 45 agents']],
      ['We send about 200,000 SMS a month (pickup codes). What does that do to the estimate?', ['SMS 200,000 a month']],
      ['And if those were MMS with a QR code image instead?', ['removed SMS', 'MMS: $0 → $6,000', 'SMS: $2,000 → $0']],
    ],
  },
  // "Kami kirim … sekitar 50.000 SMS per bulan. Biaya SMS-nya saja berapa?", then the estimate with SMS: the preset
  {
    name: 'messages a month priced before the estimate are its volume, and MMS instead carries them',
    locale: 'id-ID',
    steps: [
      ['Selamat sore, saya Steven, pemilik franchise laundry kiloan 30 outlet. Kami kirim SMS notifikasi "cucian sudah selesai" sekitar 50.000 SMS per bulan. Biaya SMS-nya saja berapa?', ['Rp 8.250.000 per bulan']],
      ['Selain SMS, kami juga mau 4 CS untuk telepon keluhan pelanggan. Cloud. Totalnya jadi berapa?', ['Estimasi: 4 agen', 'SMS: Rp 8.250.000']],
      ['Kalau SMS-nya diganti MMS dengan foto nota, jadi berapa?', ['MMS: Rp 0 → Rp 24.750.000']],
    ],
  },
  // "Actually what about a million agents?": the article on turnover costing millions
  {
    name: 'a million agents as a what-if is the head count, refused by the limit',
    steps: [
      ['5 agents, voice and chat, cloud', ['Estimate: 5 agents']],
      ['Actually what about a million agents?', ['up to 100,000 agents'], ['turnover']],
    ],
  },
  // "Show me 3, 5 and 7 year totals for hybrid.": the seven years alone
  {
    name: 'three horizons asked are three totals',
    steps: [
      ['150 agents across voice, SMS, MMS, social, email and web chat. Hybrid.', ['Estimate: 150 agents']],
      ['Show me 3, 5 and 7 year totals for hybrid.', ['over 3 years about', 'over 5 years about', 'Over 7 years: about']],
    ],
  },
  // "And how many would we need if calls went up to 900 a day?" after a staffing answer: the calls stored, 13 agents
  // priced again
  {
    name: 'how many for a new volume of the same queue is sized again, on what was said of it before',
    steps: [
      ["We're a marine freight forwarder. Our customer service team handles mostly email plus phone. We get about 600 calls a day, average 5 minutes each. How many agents do we need?", ['about 9 agents on the phones']],
      ['OK, price that number of agents with voice and email in the cloud please.', ['Estimate: 13 agents']],
      ['And how many would we need if calls went up to 900 a day?', ['For 900 calls a day', 'lasting 5 min each'], ['Updated: calls']],
    ],
  },
  // "chat calon mahasiswa bisa 2.000 per hari. Butuh berapa agen chat di musim puncak?": "the source gives no ratio"
  {
    name: 'chats a day said before their figure are sized',
    locale: 'id-ID',
    steps: [['Kampus kami. Saat musim pendaftaran chat calon mahasiswa bisa 2.000 per hari. Butuh berapa agen chat di musim puncak?', ['2.000 chat per hari'], ['Sumber tidak memberi rasio']]],
  },
  // "we get 300 calls a day, are 4 agents enough?": the need sized, no word on the 4
  {
    name: 'whether a head count is enough for a volume is answered',
    steps: [['we get 300 calls a day, are 4 agents enough?', ['about 6 agents on the phones', 'So 4 agents is not enough']]],
  },
  // "Kalau 24 jam, 4 agen cukup nggak sih? Volume kira-kira 40 telepon dan 60 email sehari.": 4 agents priced and the
  // volumes stored
  {
    name: 'whether a head count is enough for two queues over 24 hours is answered',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon dan email cloud', ['Estimasi: 20 agen']],
      ['Kalau 24 jam, 4 agen cukup nggak sih? Volume kira-kira 40 telepon dan 60 email sehari.', ['24 jam operasional', 'Jadi 4 agen'], ['Perubahan: jumlah agen']],
    ],
  },
  // "what would a year cost if we had 10 advisors for 9 months and 30 for 3 months?": 10 agents priced over 3 years
  {
    name: 'a year of two head counts named by the people\'s job is priced month by month',
    steps: [
      ['University admissions office, 30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ['Actually, what would a year cost if we had 10 advisors for 9 months and 30 for 3 months?', ['$42,750', '9 months × $2,375'], ['Updated: agents']],
    ],
  },
  // "with 11 normal months at 3 people and February at 15?": "That is already your scenario … nothing changed"
  {
    name: 'a month named with its head count is one month of the seasonal year',
    steps: [
      ['florist, 3 agents voice, SMS and web chat, cloud', ['Estimate: 3 agents']],
      ['So what would my total for the year be, with 11 normal months at 3 people and February at 15?', ['$11,640', '1 month at $3,638 (15 agents)'], ['nothing changed']],
    ],
  },
  // "Kalau cuma dipakai 3 bulan waktu PPDB aja bisa gak? Berapa totalnya?": the hybrid figure and a 3-year total
  {
    name: 'a center used only a few months is totalled for them',
    locale: 'id-ID',
    steps: [
      ['Oke, tetap mau lihat angkanya deh. 3 admin, telepon, email, sama chat di website sekolah, cloud.', ['Estimasi: 3 agen']],
      ['Kalau cuma dipakai 3 bulan waktu PPDB aja bisa gak? Berapa totalnya?', ['Untuk 3 bulan', 'Rp 35.269.000'], ['hibrida', 'Selama 3 tahun']],
    ],
  },
  // "What if we kept only 10 of the seats on-premises and the rest in the cloud?": 10 agents over 5 years
  {
    name: 'one side\'s seats with the rest on the other is a hybrid split of the head count',
    steps: [
      ['car rental franchise, 35 agents, voice and web chat, cloud', ['Estimate: 35 agents']],
      ['What if we kept only 10 of the seats on-premises and the rest in the cloud?', ['deployment cloud → hybrid', '71% of the seats in the cloud'], ['agents 35 → 10']],
    ],
  },
  // "Quick questions: what's the per-minute voice cost, how much does an SMS cost, and is hybrid cheaper than cloud for
  // 20 agents?": the comparison's channel question alone
  {
    name: 'questions listed in one sentence are each answered',
    steps: [['Quick questions: what\'s the per-minute voice cost, how much does an SMS cost, and is hybrid cheaper than cloud for 20 agents?', ['unlimited calling', 'an SMS typically costs about $0.01', 'which channels do you need']]],
  },
  // "Tiga pertanyaan sekaligus ya: berapa harga per SMS, berapa harga telepon per menit, dan apa bedanya cloud sama
  // on-premise?": the head count asked, no price said
  {
    name: 'three questions in one Indonesian sentence are each answered',
    locale: 'id-ID',
    steps: [['Pagi. Saya Dodi. Tiga pertanyaan sekaligus ya: berapa harga per SMS, berapa harga telepon per menit, dan apa bedanya cloud sama on-premise?', ['satu SMS biasanya sekitar US$0,01', 'panggilan tanpa batas', 'Tabel sumber'], ['Berapa jumlah agen']]],
  },
  // "Masa sih lisensi Rp 2 juta per agen? Vendor lokal nawarin saya Rp 750 ribu.": held against the whole month; then
  // "pakai lisensi Rp 750 ribu per agen per bulan": "Rp 749.900"
  {
    name: 'a quote answering a per-agent licence price is per agent, and a rupiah figure keeps its value',
    locale: 'id-ID',
    steps: [
      ['Saya mau lihat estimasi untuk 12 agen, telepon dan email, cloud.', ['Estimasi: 12 agen']],
      ['Masa sih lisensi Rp 2 juta per agen? Vendor lokal nawarin saya Rp 750 ribu. Sumber angka Anda dari mana?', ['Penawarannya Rp 750.000 per agen per bulan'], ['Penawarannya Rp 750.000 per bulan;']],
      ['Ya sudah, pakai lisensi Rp 750 ribu per agen per bulan juga. Totalnya jadi berapa?', ['lisensi cloud Rp 750.000 per agen per bulan (angka Anda)'], ['749.900']],
    ],
  },
  // "Saya Aisyah, Head of Customer Care …" then the sales form: "Siapa nama Anda?"; "Setuju, silakan dihubungi hari
  // kerja jam 9-12." at the best-time question: the time lost
  {
    name: 'a name introduced before a comma is kept for the sales form, and the time said with agreement is kept',
    locale: 'id-ID',
    steps: [
      ['Assalamualaikum. Saya Aisyah, Head of Customer Care di perusahaan asuransi syariah. Kami berencana membangun contact center 20 agen dengan semua saluran: telepon, SMS, media sosial, email, dan live chat. Cloud.', ['Estimasi: 20 agen']],
      ['Baik, saya ingin dihubungi tim sales untuk diskusi lebih lanjut.', ['alamat email'], ['Siapa nama Anda']],
      ['aisyah.fitri@takafulamanah.co.id', ['perusahaan']],
      ['PT Asuransi Takaful Amanah, telepon 021-5551234', ['Kapan waktu']],
      ['Setuju, silakan dihubungi hari kerja jam 9-12.', ['Kontak: Aisyah, PT Asuransi Takaful Amanah', 'hari kerja jam 9-12']],
    ],
  },
  // "Do churches or nonprofits get any discount?": the on-premises set-up article
  {
    name: 'a discount asked in other words is the discount answer',
    steps: [
      ['10 agents voice cloud', ['Estimate: 10 agents']],
      ['Do churches or nonprofits get any discount?', ['discount'], ['On-premises means buying']],
    ],
  },
  // "what's the cheapest channel for us to lean on?": the deployments compared
  {
    name: 'the cheapest channel asked is the channels\' prices',
    steps: [
      ['5 agents voice and email cloud', ['Estimate: 5 agents']],
      ["what's the cheapest channel for us to lean on?", ['cheapest'], ['Cheapest over 3 years']],
    ],
  },
  // "Thank you. I'd rather not speak with sales at this stage" after the MMS price: the sales form
  {
    name: 'rather not speaking with sales is a no',
    steps: [
      ['Good evening. I run the concierge service of a luxury watch boutique. Three concierges, handling phone, WhatsApp and email. Cloud.', ['Estimate: 3 agents']],
      ['What is the price per MMS? We sometimes send photos of watches.', ['MMS']],
      ["Thank you. I'd rather not speak with sales at this stage, thank you.", ['no one from sales will contact you'], ['What is your name?']],
    ],
  },
  // "I'd like someone from sales to get in touch, but by email only please. Never call me.": sales turned down
  {
    name: 'sales by email only is the handoff without the phone',
    steps: [
      ['12 agents voice and email cloud', ['Estimate: 12 agents']],
      ["I'd like someone from sales to get in touch, but by email only please. Never call me.", ['What is your name?'], ['no one from sales will contact you']],
      ['Tom Becker', ['work email']],
      ['tom@becker.io', ['Which company']],
      ['Becker Ltd', ['Contact: Tom Becker, Becker Ltd'], ['phone number']],
    ],
  },
  // "… customer support buat petani & B2B clients, 8 agents …": "Anggaran Anda Rp 2.000.000.000 per bulan"
  {
    name: 'a figure inside a name like B2B is no number',
    locale: 'id-ID',
    steps: [['Hi, gue Raka, founder TaniPintar, startup agritech. Kita mau setup customer support buat petani & B2B clients, 8 agents, channel-nya chat, email, sama social media. Full cloud ya, budget-nya tight.', ['Estimasi: 8 agen'], ['Anggaran Anda', '2.000.000.000']]],
  },
  // "CS kami buka jam 7 pagi sampai 9 malam setiap hari. Butuh berapa agen ya?": 7 agents usual and a peak of 9
  {
    name: 'hours of the day are opening hours for staffing, not head counts',
    locale: 'id-ID',
    steps: [['Halo, kami marketplace tiket bus. Telepon masuk sekitar 500 panggilan per hari, rata-rata 4 menit per panggilan. CS kami buka jam 7 pagi sampai 9 malam setiap hari. Butuh berapa agen ya?', ['14 jam operasional per hari, 7 hari per minggu'], ['Saya menghitung 7 agen', 'puncaknya (9 agen)']]],
  },
  // "Hmm, setelah dipikir-pikir, boleh deh tim sales hubungi saya. …": "nama Hmm"
  {
    name: 'a sound of thinking is no name',
    locale: 'id-ID',
    steps: [
      ['Halo, saya Yogi, 6 agen telepon dan chat cloud', ['Estimasi: 6 agen']],
      ['gak usah sales dulu', ['tidak akan menghubungi']],
      ['Hmm, setelah dipikir-pikir, boleh deh tim sales hubungi saya. Email yogi@kopinusantara.co.id, HP 0811-2233-4455.', ['yogi@kopinusantara.co.id'], ['nama Hmm']],
    ],
  },
  // "Halo, saya Rina dari agen asuransi mobil ProteksiKu" and later "ProteksiKu, sudah saya sebut di awal kan": both asked
  // again and the answer refused
  {
    name: 'an organisation after its kind is the company, and words about having said it are no part of it',
    locale: 'id-ID',
    steps: [
      ['Halo, saya Rina dari agen asuransi mobil ProteksiKu. Tim kami 10 orang, melayani klaim lewat telepon dan email. Kami mau cloud. Boleh minta estimasinya?', ['Estimasi: 10 agen']],
      ['Oke, saya tertarik. Tolong hubungkan ke tim sales.', ['alamat email'], ['Siapa nama Anda', 'perusahaan atau organisasi mana']],
      ['rina.kartika@proteksiku.co.id', ['telepon'], ['perusahaan atau organisasi mana']],
    ],
  },
  {
    name: 'the company said with "sudah saya sebut di awal kan" is taken',
    locale: 'id-ID',
    steps: [
      ['hubungi sales', ['Estimasi dulu']],
      ['langsung hubungi saja', ['Siapa nama Anda']],
      ['Rina Kartika', ['alamat email']],
      ['rina.kartika@proteksiku.co.id', ['perusahaan']],
      ['ProteksiKu, sudah saya sebut di awal kan', ['telepon'], ['Mohon sebutkan nama perusahaan']],
      ['lewati', ['Kapan waktu']],
      ['lewati', ['Kontak: Rina Kartika, ProteksiKu\n'], ['sudah saya sebut']],
    ],
  },
  {
    name: 'a company answered with a complaint about repeating it is the company',
    steps: [
      ['talk to sales', ['Estimate first']],
      ['just contact me', ['What is your name?']],
      ['Tom Reyes', ['work email']],
      ['tom.reyes@vantagecargo.com', ['Which company']],
      ['Vantage Cargo. I already gave you all of this.', ['phone'], ['I already gave you']],
      ['skip', ['good time']],
      ['skip', ['Contact: Tom Reyes, Vantage Cargo\n'], ['I already gave you']],
    ],
  },
  // "boleh dihubungi sales, tapi HANYA lewat email ya, jangan telepon": the phone channel removed from the scenario
  {
    name: 'sales only by email keeps the phone channel of the scenario',
    locale: 'id-ID',
    steps: [
      ['6 agen, telepon, media sosial dan live chat, cloud', ['Estimasi: 6 agen']],
      ['Saya tertarik, boleh dihubungi sales, tapi HANYA lewat email ya, jangan telepon. Saya tidak mau kasih nomor HP.', ['Siapa nama Anda'], ['telepon dihapus', 'Estimasi: 6 agen, media sosial']],
    ],
  },
  // "Berapa selisihnya per bulan dibanding yang 8 agen tadi?": the scenario moved back to 8 agents
  {
    name: 'the difference from another head count is said, the scenario stays',
    locale: 'id-ID',
    steps: [
      ['12 agen telepon dan WhatsApp cloud', ['Estimasi: 12 agen']],
      ['Berapa selisihnya per bulan dibanding yang 8 agen tadi?', ['12 agen lebih mahal sekitar Rp 17.655.000 per bulan'], ['jumlah agen 12 → 8']],
    ],
  },
  {
    name: 'what is saved against a larger head count is said, the scenario stays',
    steps: [
      ['25 agents voice cloud', ['Estimate: 25 agents']],
      ['Compared with 50 agents all year, how much do we save?', ['25 agents save about $5,942 a month'], ['agents 25 → 50']],
    ],
  },
  // "Does running 24/7 change the cost at all?": the largest lines; "… licences for every person on every shift?": how to
  // save
  {
    name: 'what round-the-clock opening does to the cost is answered',
    steps: [
      ['Hi, I coordinate a family-support line for a hospice. We have 8 agents on voice and email, running 24/7. What would cloud cost us?', ['Estimate: 8 agents']],
      ['Does running 24/7 change the cost at all?', ['does not change what a seat costs', 'about 34 full-time people', 'only about 2 are at work'], ['The largest costs']],
      ['Does running 24/7 mean we need licences for every person on every shift?', ['named licences'], ['cost saving']],
    ],
  },
  {
    name: 'round-the-clock opening asked before any estimate is answered in general',
    locale: 'id-ID',
    steps: [['Apakah buka 24 jam bikin biayanya nambah?', ['Buka 24/7 tidak mengubah biaya per agen', '4,2 orang penuh waktu']]],
  },
  // "Apakah ada biaya satu kali?": the assumptions
  {
    name: 'a one-time cost asked in Indonesian is the one-time part',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon cloud', ['Estimasi: 10 agen']],
      ['Apakah ada biaya satu kali?', ['12 bulan pertama'], ['Baris bertanda *']],
    ],
  },
  // "just me and 3 helpers": 1 agent; "20 recruiters answering voice, SMS and email": the head count asked
  {
    name: 'the visitor and the people beside them are the head count',
    steps: [
      ['hello! I run a small art supply e-shop, just me and 3 helpers', ['Which channels'], ['How many agents']],
      ['email and web chat, cloud', ['4 agents'], ['1 agent']],
    ],
  },
  {
    name: 'recruiters answering the channels are the head count',
    steps: [['Recruitment agency, candidate line. We have 20 recruiters answering voice, SMS and email, cloud.', ['Estimate: 20 agents'], ['How many agents']]],
  },
  // "Why did dropping web chat not save us anything?": the privacy notice
  {
    name: 'why removing a channel saved nothing is that channel\'s line',
    steps: [
      ['We run the shore excursion desk of a cruise line: 40 agents on voice, email and web chat, in the cloud.', ['Estimate: 40 agents']],
      ['What if we drop web chat?', ['removed web chat']],
      ['Why did dropping web chat not save us anything?', ['web chat', 'licence'], ['I keep only this conversation']],
    ],
  },
  // "So what's the total for that one month? Any one-time costs?": the first 12 months
  {
    name: 'one month\'s total asked is that month',
    steps: [
      ['Hackathon: we need 4 people answering web chat and email for just one month. Cloud obviously.', ['4 agents']],
      ["So what's the total for that one month? Any one-time costs?", ['For one month: $0 one-time plus $613 for the month'], ['first 12 months']],
    ],
  },
  // "integrasi khusus bayar sekali atau tiap bulan" asked first: only the billing, not the integration article
  {
    name: 'whether a line named in a first question is paid once comes with its article',
    locale: 'id-ID',
    steps: [['integrasi khusus bayar sekali atau tiap bulan', ['Membangun integrasi khusus', 'Integrasi khusus: biaya sekali bayar']]],
  },
];

describe('thirty-sixth round (2026-12-05, twenty-eighth session)', () => {
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

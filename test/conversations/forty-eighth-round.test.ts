/**
 * What the fortieth session (2026-12-06) found the advisor getting wrong (rounds of exploratory visitors, helpers who
 * never saw the code, the corpora or the tests, and the leftovers of the rounds before), as whole conversations through
 * the real dialogs, NLU, cost engine and knowledge base. The comment on each says what it used to do.
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
  // "what are the cheapest and most expensive in that range?": the largest lines
  {
    name: 'both ends of the range asked are the range of the total',
    steps: [
      ['we have 30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ['what are the cheapest and most expensive in that range?', ['$85,500 a year ($38,250–$132,750)'], ['The largest costs']],
    ],
  },
  // "what's the min and max total?": what the ranges mean, no figure
  {
    name: 'the min and max of the total asked are the figures',
    steps: [
      ['we have 30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ["what's the min and max total?", ['$38,250–$132,750']],
    ],
  },
  // "do you charge per minute for voice?": "Updated: cloud voice billed by the minute."
  {
    name: 'whether voice is billed by the minute, asked, changes nothing',
    steps: [
      ['we have 30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ['do you charge per minute for voice?', ['metered'], ['Updated']],
    ],
  },
  // "apakah telepon dihitung per menit?": switched to metered billing (a guard: the Indonesian question passed at the
  // session's start; the English one, the row above, failed)
  {
    name: 'whether calls are billed by the minute, asked in Indonesian, changes nothing',
    locale: 'id-ID',
    steps: [
      ['30 agen, telepon dan email, cloud', ['Estimasi: 30 agen']],
      ['apakah telepon dihitung per menit?', [/menit/], ['Diperbarui']],
    ],
  },
  // "what's the total without storage?": only that the line cannot be removed, no figure
  {
    name: 'the total without a line is given before why the line stays',
    steps: [
      ['we have 30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ["what's the total without storage?", ['$3,750 a month ($45,000 a year)', 'I cannot take that line out']],
    ],
  },
  // "is the basic plan within our budget of $5,000 a month?": the head count $5,000 buys, the plan not priced
  {
    name: 'a plan asked against a budget is priced and held against it',
    steps: [
      ['we have 20 agents, voice and chat, cloud', ['Estimate: 20 agents']],
      ['is the basic plan within our budget of $5,000 a month?', ['Standard → Essential', 'Your budget is $5,000 a month; this scenario needs about $3,250 a month'], ['covers about']],
    ],
  },
  // "we only operate 8 months of the year, what's the yearly cost then?": twelve months' total
  {
    name: 'a center open only some months of the year costs those months',
    steps: [
      ['we have 20 agents, voice and chat, cloud', ['Estimate: 20 agents']],
      ["we only operate 8 months of the year, what's the yearly cost then?", ['8 × $4,750 a month = **$38,000**']],
    ],
  },
  // "kami cuma buka 8 bulan dalam setahun, jadi setahunnya brp?": the whole year
  {
    name: 'a center open only some months of the year, in Indonesian',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan chat, cloud', ['Estimasi: 20 agen']],
      ['kami cuma buka 8 bulan dalam setahun, jadi setahunnya brp?', ['Untuk 8 bulan']],
    ],
  },
  // "In Lisbon are 18 agents and in Porto 12 agents, all of them do telephone and email.": 12 agents
  {
    name: 'head counts said site by site, the place first, are added up',
    steps: [
      ['In Lisbon are 18 agents and in Porto 12 agents, all of them do telephone and email.', ['18 + 12 = 30 agents']],
    ],
  },
  // "São Paulo has 20 attendants, Rio 15 and Belo Horizonte 10.": 20 agents
  {
    name: 'three cities, each with its count, are one center of their sum',
    steps: [
      ['We run a telecom retail chain in Brazil. São Paulo has 20 attendants, Rio 15 and Belo Horizonte 10.', [/45 agents/]],
    ],
  },
  // "12 agents in Jakarta and 8 agents in Bandung": 8 agents
  {
    name: 'two sites, each with its own agent word, are added up',
    steps: [
      ['12 agents in Jakarta and 8 agents in Bandung, voice only, cloud', ['Estimate: 20 agents']],
    ],
  },
  // "Agen kami tersebar: Semarang 15 orang, Solo 10 orang, Jogja 5 orang.": 5 agents
  {
    name: 'cities listed with their counts, in Indonesian, are added up',
    locale: 'id-ID',
    steps: [
      ['Agen kami tersebar: Semarang 15 orang, Solo 10 orang, Jogja 5 orang.', [/30 agen/]],
    ],
  },
  // "we have 9 salespeople who answer the phone and whatsapp, and 4 people in the service department": 4 agents
  {
    name: 'two groups of people, each of its own kind, are added up',
    steps: [
      ['we have 9 salespeople who answer the phone and whatsapp, and 4 people in the service department. cloud', [/13 agents/]],
    ],
  },
  // "We have 30 full-time call takers and 20 part-timers who each work half days.": the head count asked again (the
  // "half days" halved it); with the channels said, the calls were halved
  {
    name: 'full-timers are the seats and the part-timers are said beside them, the half days halving nothing',
    steps: [
      ['We have 30 full-time call takers and 20 part-timers who each work half days.', ['I count 30 agent seats', 'make it 50 agents']],
      ['Voice only, cloud.', ['Estimate: 30 agents']],
    ],
  },
  // "Ada 20 agen full time dan 10 part time yang kerja setengah hari": the head count asked again
  {
    name: 'full-timers and part-timers said without their sum, in Indonesian',
    locale: 'id-ID',
    steps: [
      ['Ada 20 agen full time dan 10 part time yang kerja setengah hari', ['Yang saya hitung 20 agen', 'jadikan 30 agen'], ['Berapa jumlah agen']],
      ['telepon saja, cloud', ['Estimasi: 20 agen']],
    ],
  },
  // "12 agen tetap, pas pertandingan besar ditambah 8 agen musiman.": the head count asked again; then "Hitung setahun
  // kalau 8 agen musiman itu cuma 4 bulan." priced 8 agents for those months
  {
    name: 'seasonal agents said as what the season adds are added to the usual count',
    locale: 'id-ID',
    steps: [
      ['Sebenarnya 12 agen tetap, pas pertandingan besar ditambah 8 agen musiman.', ['Saya menghitung 12 agen', 'puncaknya (20 agen)']],
      ['Telepon, WhatsApp, Instagram, email.', ['Mau dijalankan di mana']],
      ['Cloud.', ['opsional']],
      ['Volume tipikal.', ['Estimasi: 12 agen']],
      ['Hitung setahun kalau 8 agen musiman itu cuma 4 bulan.', ['4 bulan × Rp 88.275.000 per bulan (20 agen)']],
    ],
  },
  // "around 40 agnets, maybe 45 in december": 40 all year, the December peak never mentioned
  {
    name: 'a higher count tied to a month is the peak beside the usual count',
    steps: [
      ['around 40 agnets, maybe 45 in december', ['I price 40 agents', 'peak of 45']],
    ],
  },
  // "12 permanent agents plus 8 seasonal temps in summer": 8 usual agents and a peak of 12
  {
    name: 'permanent agents plus seasonal temps: the usual count and the peak with them',
    steps: [
      ['12 permanent agents plus 8 seasonal temps in summer', ['I price 12 agents', 'peak of 20']],
    ],
  },
  // "we have 20 agents now and 30 agents next year": 30 priced from today
  {
    name: 'next year\'s head count said bare beside today\'s is not today\'s',
    steps: [
      ['we have 20 agents now and 30 agents next year, voice, cloud', ['Estimate: 20 agents'], ['Estimate: 30 agents']],
    ],
  },
  // "Asante sana!", "Merci beaucoup!": "I am not sure what you mean"
  {
    name: 'thanks in other languages are thanks',
    steps: [
      ['we have 20 agents, voice and chat, cloud', ['Estimate: 20 agents']],
      ['Asante sana!', ['You are welcome'], ['not sure']],
      ['Merci beaucoup!', ['You are welcome'], ['not sure']],
    ],
  },
  // "makasihh": "Saya belum menangkap maksud Anda"; "thank you": the reply in English
  {
    name: 'thanks with a stretched letter, and thanks in English, in an Indonesian conversation',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['makasihh', ['Sama-sama'], ['belum menangkap']],
      ['thank you', ['Sama-sama'], ['You are welcome']],
    ],
  },
  // "Hi, saya Rina dari brand skincare lokal di Bandung": "Saya belum menangkap maksud Anda"
  {
    name: 'an introduction by name and business starts the estimate',
    locale: 'id-ID',
    steps: [
      ['Hi, saya Rina dari brand skincare lokal di Bandung', ['Berapa jumlah agen'], ['belum menangkap']],
    ],
  },
  // "gan mau nanya, perusahaan ane distributor baja ringan di Cikarang": "Saya belum menangkap maksud Anda"
  {
    name: 'a business introduced in slang starts the estimate',
    locale: 'id-ID',
    steps: [
      ['gan mau nanya, perusahaan ane distributor baja ringan di Cikarang', ['Berapa jumlah agen'], ['belum menangkap']],
    ],
  },
  // "Good afternoon. I work for a regional water utility in Scotland and we are reviewing our customer contact
  // platform.": what sets the platform's price
  {
    name: 'an introduction by employer starts the estimate',
    steps: [
      ['Good afternoon. I work for a regional water utility in Scotland and we are reviewing our customer contact platform.', ['How many agents']],
    ],
  },
  // "16 booking staff on phone, LINE and email. Cloud.": LINE dropped, voice and email priced
  {
    name: 'a messaging app named among the channels is social media',
    steps: [
      ['16 booking staff on phone, LINE and email. Cloud.', [/voice, email and social media|voice, social media and email/]],
    ],
  },
  // "20 agents handling voice, SMS and KakaoTalk messages": KakaoTalk dropped
  {
    name: 'KakaoTalk among the channels is social media',
    steps: [
      ['20 agents handling voice, SMS and KakaoTalk messages, cloud', [/social media/]],
    ],
  },
  // "How many seats are you pricing?": the article on platform prices; "How many seats do you have me down for?": the ways to save
  {
    name: 'the head count being priced, asked back, is said back',
    steps: [
      ['we have 30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ['How many seats are you pricing?', ['I am pricing 30 agents, voice and email, cloud']],
      ['How many seats do you have me down for?', ['I am pricing 30 agents']],
    ],
  },
  // "sekarang channelnya apa aja ya?": the help
  {
    name: 'the channels being priced, asked back in Indonesian, are said back',
    locale: 'id-ID',
    steps: [
      ['30 agen, telepon dan email, cloud', ['Estimasi: 30 agen']],
      ['sekarang channelnya apa aja ya?', ['Yang saya hitung: 30 agen, telepon dan email, cloud']],
    ],
  },
  // "Sige, I'll talk to sales. Ana Reyes, ana.reyes@…": the name "Sige", the company "Ana Reyes"
  {
    name: 'a yes in Tagalog before the details is no name',
    steps: [
      ['we have 30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ["Sige, I'll talk to sales. Ana Reyes, ana.reyes@safedrivebroker.ph", ['name Ana Reyes'], ['name Sige', 'company Ana Reyes']],
    ],
  },
  // "Yohana Mamahit" at the email question, "Yohana" known from the hello: stored as the company
  {
    name: 'the full name after the first name is the name, not the company',
    locale: 'id-ID',
    steps: [
      ['Halo, saya Yohana, manajer CS perusahaan agen perjalanan kapal pesiar di Manado.', []],
      ['12 agen, telepon dan email, cloud, volume tipikal.', ['Estimasi: 12 agen']],
      ['Saya mau dihubungi sales.', []],
      ['Yohana Mamahit', ['nama Anda: Yohana Mamahit'], ['perusahaan Anda: Yohana']],
    ],
  },
  // "yaudah deh. saya dari perusahaan jasa penerjemah …, ada 5 staf yg angkat telepon & balas email" at the name
  // question: the company "ada 5 staf yg angkat telepon & balas email"
  {
    name: 'a head count with what the people do, at the name question, is the scenario',
    locale: 'id-ID',
    steps: [
      ['saya mau ngomong sama orang aja, bukan bot', ['Siapa nama Anda']],
      ['yaudah deh. saya dari perusahaan jasa penerjemah tersumpah di Semarang, ada 5 staf yg angkat telepon & balas email', ['jumlah agen: 5', 'Siapa nama Anda'], ['perusahaan Anda', 'maksimal 200']],
    ],
  },
  // "budget kami USD 8.000 per bulan, masuk gak?": read as a rate of Rp 8.000 to the dollar
  {
    name: 'a budget in dollars with a thousands dot is a budget, not an exchange rate',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan chat, cloud', ['Estimasi: 20 agen']],
      ['budget kami USD 8.000 per bulan, masuk gak?', ['Anggaran Anda Rp 132.000.000 per bulan'], ['Rp 8.000 per dolar']],
    ],
  },
  // "kalau dari 14 itu tambah 10% aja?" after 28 agents were priced: 31
  {
    name: 'a change said from a head count of its own is from that count',
    locale: 'id-ID',
    steps: [
      ['cs kita 14 org, pake whatsapp, instagram sama telepon, hybrid, tipikal', ['Estimasi: 14 agen']],
      ['kalau agennya dua kali lipat gimana?', ['14 → 28']],
      ['kalau dari 14 itu tambah 10% aja?', ['28 → 15'], ['28 → 31']],
    ],
  },
  // "naik 10% dari sekarang": 10% of the agents
  {
    name: 'a rise by a share from now is a rise, not that share',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan chat, cloud', ['Estimasi: 20 agen']],
      ['agen naik 10% dari sekarang', ['20 → 22']],
    ],
  },
  // "chanel: telpon, emial, live caht": live chat dropped
  {
    name: 'a misspelt chat is web chat',
    locale: 'id-ID',
    steps: [
      ['15 agen', []],
      ['chanel: telpon, emial, live caht', ['Mau dijalankan di mana']],
      ['cloud', []],
      ['tipikal', ['Estimasi: 15 agen, telepon, email, dan live chat']],
    ],
  },
  // "Egress itu apa dan kenapa on-prem tidak ada?" under an on-premises estimate: only "that line is not in your estimate"
  {
    name: 'a line the deployment has none of is explained from the knowledge base',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon on-premise', ['Estimasi: 20 agen']],
      ['Egress itu apa dan kenapa on-prem tidak ada?', ['Baris itu tidak ada', 'pusat kontak on-premise tidak membayar biaya egress']],
    ],
  },
  // "Bisa diringkas dalam 3 poin buat presentasi ke direksi?": "Saya belum menangkap maksud Anda"
  {
    name: 'a summary asked with "diringkas" is the summary',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['Bisa diringkas dalam 3 poin buat presentasi ke direksi?', [], ['belum menangkap', 'Rincian (nilai tipikal']],
    ],
  },
  // "brp setup cost nya" under an on-premises estimate: the cloud's set-up article
  {
    name: 'the set-up cost asked under an on-premises estimate is its one-time costs',
    locale: 'id-ID',
    steps: [
      ['est 15 agen voice email onprem', ['Estimasi: 15 agen']],
      ['typical', []],
      ['brp setup cost nya', ['Skenario Anda (on-premise) butuh sekitar Rp 1.130.250.000 di muka'], ['untuk cloud']],
    ],
  },
  // "kalau tahun depan jadi 5 agen, total 2 tahun brp?": the 3-year total
  {
    name: 'the span asked with a growth is the span of its total',
    locale: 'id-ID',
    steps: [
      ['2 agen, whatsapp sama email, cloud, volume tipikal', ['Estimasi: 2 agen']],
      ['kalau tahun depan jadi 5 agen, total 2 tahun brp?', ['selama 2 tahun Rp 253.812.000'], ['selama 3 tahun', 'Rincian (nilai tipikal']],
    ],
  },
  // "oke, mana yang lebih hemat?" after the growth was priced for two deployments: today's head count all along
  {
    name: 'which deployment is cheaper, asked after a growth, is asked of the growth',
    locale: 'id-ID',
    steps: [
      ['sekarang 20 agen, telepon + live chat + email, cloud', ['Estimasi: 20 agen']],
      ['tipikal', []],
      ['tahun depan jadi 35, tahun ketiga 50 agen. total 3 tahun brp?', ['20 → 35 → 50']],
      ['kalau on prem dgn pertumbuhan yg sama?', ['on-premise selama 3 tahun']],
      ['oke, mana yang lebih hemat?', ['Dengan pertumbuhan ini (20 → 35 → 50 agen), cloud paling hemat'], ['20 agen selama 3 tahun']],
    ],
  },
  // "What would 3 years look like with that growth?": the comparison at today's 22 agents
  {
    name: 'a span asked of the growth said before is its total',
    steps: [
      ['22 agents, email and web chat, cloud', ['Estimate: 22 agents']],
      ["we'll probably grow by 10% next year.", []],
      ['What would 3 years look like with that growth?', ['22 → 24 → 24 agents', '$128,625'], ['22 agents over 3 years']],
    ],
  },
  // "Are we still inside the budget?" after a change: the head count the budget buys and the ways to save, no yes or no
  {
    name: 'whether the estimate still fits the budget said before is answered',
    steps: [
      ['30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ['our budget is $10,000 a month', []],
      ['make it 50 agents', ['30 → 50']],
      ['Are we still inside the budget?', ['Your budget is $10,000 a month; this scenario needs about $11,879'], ['covers about']],
    ],
  },
  // "kalau hybrid itu maksudnya gimana sih?": the hybrid estimate
  {
    name: 'what a deployment means, asked with "maksudnya gimana", is what it is',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['kalau hybrid itu maksudnya gimana sih?', [/hibrida/i], ['Estimasi: 20 agen, telepon, hibrida', 'Skenario yang sama dengan model hibrida']],
    ],
  },
  // "btw km bot atau orang?": not understood
  {
    name: 'a bot or a person, asked, is answered',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['btw km bot atau orang?', ['penasihat otomatis, bukan manusia']],
    ],
  },
  // "Biaya apa saja yang sering tidak kelihatan di awal?": the first year's total
  {
    name: 'costs not seen at first are the hidden costs',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon on-prem', ['Estimasi: 20 agen']],
      ['Biaya apa saja yang sering tidak kelihatan di awal?', ['Di luar teknologi'], ['Total 12 bulan pertama']],
    ],
  },
  // "ya udh murahin dong": the breakdown again
  {
    name: 'asked to make it cheaper, the cheaper deployment and the ways to save',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon on-prem', ['Estimasi: 20 agen']],
      ['ya udh murahin dong', ['Paling murah selama 3 tahun: cloud'], ['teruskan skenario Anda ke']],
    ],
  },
  // "kalau pake AI chatbot buat jawab pertanyaan umum, brp biayanya?": AI added to the scenario
  {
    name: 'the price of AI asked of a supposition is what it would add, with the offer',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['kalau pake AI chatbot buat jawab pertanyaan umum, brp biayanya?', ['Berapa percakapan per bulan yang akan ditangani AI'], ['Diperbarui', 'Perubahan:', 'AI sudah masuk skenario Anda']],
    ],
  },
  // "If a virtual assistant handled 20% of the calls, how many agents would we need then?": call volume set to 20%
  {
    name: 'the head count a bot\'s share leaves is worked out',
    steps: [
      ['30 agents, voice, cloud', ['Estimate: 30 agents']],
      ['If a virtual assistant handled 20% of the calls, how many agents would we need then?', ['about 24 agents instead of 30'], ['Updated']],
    ],
  },
  // "halve the sms, we're moving a lot of that to email": voice removed
  {
    name: 'a channel\'s volume moved to another adds that one and keeps the rest',
    steps: [
      ['25 agents, voice and sms, cloud, 20,000 sms a month', ['Estimate: 25 agents']],
      ["halve the sms, we're moving a lot of that to email", ['added email', 'SMS 10,000'], ['removed voice', 'Voice removed']],
    ],
  },
  // "…so two custom integrations, and call recording for quality.": the article on Salesforce, nothing added
  {
    name: 'a count of custom integrations said as a need is added',
    steps: [
      ['We have 28 agents for telephone and e-mail, and we want a cloud solution.', ['Estimate: 28 agents']],
      ['We also need integration with our Salesforce CRM and our claims system, so two custom integrations, and call recording for quality.', ['custom integrations: 2']],
    ],
  },
  // "How much do we save compared to having 40 operators all year?" after the year by season: the ways to save
  {
    name: 'the season held against the peak all year',
    steps: [
      ['Normally we have 15 operators, but in November and December we have 40 operators.', []],
      ['We use email, web chat and LINE messenger (social media).', []],
      ['Cloud is good for us.', []],
      ['Please calculate the cost for one whole year with this seasonal change.', []],
      ['How much do we save compared to having 40 operators all year?', ['40 agents all year would cost about $87,919, so the season saves about $45,797']],
    ],
  },
  // "How many licences would we have to buy, 12 or 36?": the article on platform prices
  {
    name: 'named against concurrent licences, priced for both counts',
    steps: [
      ['We work in 3 shifts of 12 operators, so 12 seats are in use at any time, 36 people in total.', []],
      ['Voice only, and we need it on-premises for reliability reasons.', ['Estimate: 36 agents']],
      ['How many licences would we have to buy, 12 or 36?', ['36 named licences, about $54,000 up front, or 12 concurrent ones, about $18,000']],
    ],
  },
  // "Kami punya 35 agen", then the calls a day with their length at the deployment question, then "Cloud.": 15 agents
  // priced (the count the calls need), the visitor's 35 replaced without a word
  {
    name: 'the head count given stays when calls are sized beside it',
    locale: 'id-ID',
    steps: [
      ['Kami punya 35 agen, hanya telepon.', []],
      ['Telepon masuk sekitar 800 panggilan per hari, rata-rata 4 menit per panggilan.', ['sekitar 15 orang']],
      ['Cloud.', ['Estimasi: 35 agen, telepon, cloud'], ['Estimasi: 15 agen']],
    ],
  },
  // "Tolong hitung untuk 5 tahun, asumsikan agen bertambah 10% per tahun." at the volumes question: the horizon made 10%
  // longer, the growth over 3 years; "Total 5 tahunnya berapa?": 30 → 33 → 36 → 36 → 36
  {
    name: 'a growth every year over the span asked, and on past the years priced',
    locale: 'id-ID',
    steps: [
      ['Agen kami tersebar: Semarang 15 orang, Solo 10 orang, Jogja 5 orang.', []],
      ['Kanal: telepon dan SMS untuk konfirmasi tiket.', []],
      ['Kami pertimbangkan hybrid.', []],
      ['Tolong hitung untuk 5 tahun, asumsikan agen bertambah 10% per tahun.', ['30 → 33 → 36 → 40 → 44 agen']],
      ['Total 5 tahunnya berapa?', ['30 → 33 → 36 → 40 → 44 agen'], ['36 → 36']],
    ],
  },
  // "sorry what do you mean by seats?": the help
  {
    name: 'what seats means, asked with "sorry" and a plural',
    steps: [
      ['30 agents, voice, cloud', ['Estimate: 30 agents']],
      ['sorry what do you mean by seats?', [/agent/i], ['You can change the scenario', 'Here is what I can do']],
    ],
  },
  // "Yg part time dihitung gimana? lisensinya bayar penuh?": the platform line
  {
    name: 'how part-timers are licensed, asked, is named against concurrent licences',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['Yg part time dihitung gimana? lisensinya bayar penuh?', ['lisensi concurrent']],
    ],
  },
  // "data yang saya ketik di sini disimpan di mana? Siapa yang bisa lihat?": who sees it, never where it is kept
  {
    name: 'where the conversation is kept and who sees it, asked together, are both answered',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['data yang saya ketik di sini disimpan di mana? Siapa yang bisa lihat?', ['disimpan di basis data', 'tidak dikirim ke siapa pun']],
    ],
  },
  // "Does your estimate include workforce management software?" on-premises: "WFM would add about $3,560 a month
  // ($1,520–$12,400)" just after "$6 to $20 per employee", the hardware WFM needs counted in without a word
  {
    name: 'what WFM adds on-premises separates its own price from the hardware it needs',
    steps: [
      ['We have 120 agents handling voice, email and social media, on-prem.', ['Estimate: 120 agents']],
      ['Does your estimate include workforce management software?', ['WFM itself costs about $1,560 a month ($720–$2,400)', 'would rise about $3,560, with $18,000 more up front']],
    ],
  },
  // "Agen rencananya dibagi per lokasi: Surabaya 15, Sidoarjo 10, Gresik 5.": 5 agents
  {
    name: 'sites listed with the people named once for the list',
    locale: 'id-ID',
    steps: [
      ['Agen rencananya dibagi per lokasi: Surabaya 15, Sidoarjo 10, Gresik 5.', [/30 agen/]],
    ],
  },
  // "agen kami 8 org full time + 6 mahasiswa part time yg kerja setengah hari": the head count asked again and again
  {
    name: 'full-timers and student part-timers said with their own words',
    locale: 'id-ID',
    steps: [
      ['agen kami 8 org full time + 6 mahasiswa part time yg kerja setengah hari', ['Yang saya hitung 8 agen', 'jadikan 14 agen'], ['Berapa jumlah agen']],
    ],
  },
  // "CS kita 8 orang, tp 4 orang cuma kerja setengah hari. channel WA, IG, telepon. cloud": 4 agents, social halved
  {
    name: 'some of the team working half days are part-timers within the head count',
    locale: 'id-ID',
    steps: [
      ['CS kita 8 orang, tp 4 orang cuma kerja setengah hari. channel WA, IG, telepon. cloud', ['Estimasi: 8 agen', 'sekitar 6 di sini']],
    ],
  },
  // "Biaya penyimpanan kami sebenarnya kecil, sekitar US$300 per agen per tahun. Tolong hitung ulang.": the storage line
  // explained, the figure unused
  {
    name: 'an own storage price after a few words about it is used',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['Biaya penyimpanan kami sebenarnya kecil, sekitar US$300 per agen per tahun. Tolong hitung ulang.', [/Diperbarui|Perubahan/]],
    ],
  },
  // "tahun depan rencana jadi 30 agen, tahun ketiga 45. total 3 tahunnya brp ya?": 18 → 30 → 30
  {
    name: 'a year said in words with its head count is a step of the growth',
    locale: 'id-ID',
    steps: [
      ['18 agen telepon cloud', ['Estimasi: 18 agen']],
      ['tahun depan rencana jadi 30 agen, tahun ketiga 45. total 3 tahunnya brp ya?', ['18 → 30 → 45']],
    ],
  },
  // "Kalau agennya tumbuh 20% per tahun, bandingkan ketiganya untuk 5 tahun.": 15 agents flat for 5 years
  {
    name: 'growth said with "tumbuh" is a growth',
    locale: 'id-ID',
    steps: [
      ['15 agen telepon dan chat cloud', ['Estimasi: 15 agen']],
      ['Kalau agennya tumbuh 20% per tahun, bandingkan ketiganya untuk 5 tahun.', ['15 → 18 → 22 → 26 → 31 agen', 'Selama 5 tahun dengan pertumbuhan ini']],
    ],
  },
  // "gan, toko gadget online gw di Mangga Dua mau upgrade CS nih", "Slmt siang, sya dr distributor traktor …",
  // "cepetan aja, gw butuh angka": "Saya belum menangkap maksud Anda"
  {
    name: 'a shop introduced in slang starts the estimate',
    locale: 'id-ID',
    steps: [['gan, toko gadget online gw di Mangga Dua mau upgrade CS nih', ['Berapa jumlah agen'], ['belum menangkap']]],
  },
  {
    name: 'an introduction with typos starts the estimate',
    locale: 'id-ID',
    steps: [['Slmt siang, sya dr distributor traktor & alat pertanian di Makassar', ['Berapa jumlah agen'], ['belum menangkap']]],
  },
  {
    name: 'numbers asked for in a hurry start the estimate',
    locale: 'id-ID',
    steps: [['cepetan aja, gw butuh angka', ['Berapa jumlah agen'], ['belum menangkap']]],
  },
  // "btw ada rekomendasi tempat makan siang enak di sekitar SCBD ga? hehe": "Saya belum menangkap maksud Anda"
  {
    name: 'an off-topic question is declined as such',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['btw ada rekomendasi tempat makan siang enak di sekitar SCBD ga? hehe', [], ['belum menangkap']],
    ],
  },
  // "hello is this the support for my phone line? it's not working since yesterday": "I am not sure what you mean"
  {
    name: 'a visitor who took the advisor for a support desk is told what it covers',
    steps: [['hello is this the support for my phone line? it\'s not working since yesterday', ['I only cover contact center costs'], ['not sure what you mean']]],
  },
  // "this is useless": the drivers of the estimate
  {
    name: 'a complaint about the advisor is met as one',
    steps: [
      ['25 agents voice and sms cloud', ['Estimate: 25 agents']],
      ['this is useless', ['Sorry this has not helped yet']],
    ],
  },
  // "Before giving you numbers, can I ask a few pricing questions?": a disclaimer about budget estimates
  {
    name: 'asking to ask first is answered with "go ahead"',
    steps: [['Before giving you numbers, can I ask a few pricing questions?', ['Sure, go ahead and ask']]],
  },
  // "Is this conversation used to train an AI?": the data-retention text
  {
    name: 'whether the conversation trains a model is answered',
    steps: [
      ['25 agents voice cloud', ['Estimate: 25 agents']],
      ['Is this conversation used to train an AI?', ['No. What you type here trains no AI model']],
    ],
  },
  // "what if growth is 50% per year instead": the head count made 50% larger
  {
    name: 'a growth rate said is a growth, every year when said so',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ['what if growth is 50% per year instead', ['20 → 30 → 45 agents'], ['agents 20 → 30']],
    ],
  },
  // "… 2 TB of chat transcripts … How much egress would that cost?": the web chat line, email removed
  {
    name: 'egress asked with its volume is the egress line',
    steps: [
      ['Hi, I lead support ops at a crypto exchange based in Singapore. 80 agents, email and web chat only, no phones at all.', []],
      ['We want hybrid: chat in the cloud, email archive on our own servers.', []],
      ['We export about 2 TB of chat transcripts and logs per month to our data lake. How much egress would that cost?', [/egress/i], ['removed email', 'Removed email', 'email removed']],
    ],
  },
  // "cloud same numbers?" under an on-premises estimate: the uptime article
  {
    name: 'another deployment with the same numbers is that deployment priced',
    steps: [
      ['20 agents voice on-prem', ['Estimate: 20 agents']],
      ['cloud same numbers?', ['The same scenario cloud']],
    ],
  },
  // "diff vs standard?" under a premium estimate: the tier set back to standard
  {
    name: 'the difference from another tier is the tiers side by side',
    steps: [
      ['25 agents voice and sms cloud, premium tier', ['Estimate: 25 agents']],
      ['diff vs standard?', ['The tiers differ only in the platform licence'], ['Updated']],
    ],
  },
  // "We also want to send SMS appointment reminders, around 3,000 a month.": "shall I add SMS?", and SMS never added
  {
    name: 'a channel wanted with its volume is added',
    steps: [
      ['25 agents voice cloud', ['Estimate: 25 agents']],
      ['We also want to send SMS appointment reminders, around 3,000 a month.', ['added SMS']],
    ],
  },
  // "And if we cut SMS in half?": SMS removed
  {
    name: 'a channel\'s volume cut in half keeps the channel',
    steps: [
      ['25 agents voice and sms cloud', ['Estimate: 25 agents']],
      ['And if we cut SMS in half?', ['SMS 6,250 a month'], ['removed SMS']],
    ],
  },
  // "tdk jadi deh, sy ga mau data sy dikirim dulu" at the company question: the company asked again
  {
    name: 'the request called off in the sales form is cancelled',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['hubungi sales', []],
      ['Rina', []],
      ['tdk jadi deh, sy ga mau data sy dikirim dulu', [], ['Dari perusahaan', 'Apa alamat email']],
    ],
  },
  // "kamu robot ya? sy mau ngomong sama orang beneran aja": how sure the estimate is
  {
    name: 'a bot asked about and a person asked for are both answered',
    locale: 'id-ID',
    steps: [['kamu robot ya? sy mau ngomong sama orang beneran aja', ['penasihat otomatis, bukan manusia', 'tim sales']]],
  },
  // "CS-nya 7 orang, we need live chat, IG DM, sama SMS buat blast promo. prefer cloud ya": a paragraph on discounts
  {
    name: 'promotions sent by SMS are no discount asked',
    locale: 'id-ID',
    steps: [['CS-nya 7 orang, we need live chat, IG DM, sama SMS buat blast promo. prefer cloud ya', [], [/diskon/i]]],
  },
  // "Kalau migrasi, biaya apa saja yang sering terlupakan?": the channels asked again
  {
    name: 'costs often forgotten are the hidden costs',
    locale: 'id-ID',
    steps: [
      ['20 agen', []],
      ['Kalau migrasi, biaya apa saja yang sering terlupakan?', ['Di luar teknologi']],
    ],
  },
  // "kalo sy minta dihubungi sales, data sy dikirim ke siapa?": read as the sales form out of context (a guard: in this
  // conversation the session's start already answered who gets the details)
  {
    name: 'who gets the details, asked before asking for sales, is answered',
    locale: 'id-ID',
    steps: [
      ['pagi, sy owner usaha instalasi CCTV & alarm di Batam', []],
      ['agen 5 orang, telpon sama whatsapp, cloud, volume tipikal', ['Estimasi: 5 agen']],
      ['percakapan ini disimpan ga? data sy dipake buat apa aja?', []],
      ['kalo sy minta dihubungi sales, data sy dikirim ke siapa?', ['tim sales'], ['Siapa nama Anda', 'Apa alamat email']],
    ],
  },
  // "Kalau di luar musim mudik kami kurangi 4 agen, jadi 12, bagaimana?" under a year by season: not understood
  {
    name: 'a change for the months outside the season prices the year again',
    locale: 'id-ID',
    steps: [
      ['Normalnya 16 agen, telepon dan media sosial, cloud. Volume tipikal aja.', ['Estimasi: 16 agen']],
      ['Pas mudik lebaran, agennya jadi tiga kali lipat selama 2 bulan. Total setahun jadi berapa?', ['(48 agen)']],
      ['Kalau di luar musim mudik kami kurangi 4 agen, jadi 12, bagaimana?', ['10 bulan × Rp 52.965.000 per bulan (12 agen)', '(48 agen)']],
    ],
  },
  // "need phne and txt msgs": voice dropped, SMS alone
  {
    name: 'a misspelt phone is voice',
    steps: [
      ['12 agents', []],
      ['need phne and txt msgs', ['Where should it run']],
      ['cloud', []],
      ['typical', ['Estimate: 12 agents, voice and SMS']],
    ],
  },
  // "14 blokes and sheilas on the phones": the head count asked again and again
  {
    name: 'people named two ways on the phones are the head count',
    steps: [['G\'day, removalist company in Brisbane here. 14 blokes and sheilas on the phones. Voice and SMS, cloud.', ['Estimate: 14 agents, voice and SMS, cloud']]],
  },
  // "We're considering hybrid: voice on-premises, digital channels in the cloud. Give us the 5-year view.": voice alone
  {
    name: 'digital channels named without saying which are asked for, not dropped',
    steps: [
      ['40 agents', []],
      ["We're considering hybrid: voice on-premises, digital channels in the cloud. Give us the 5-year view.", ['Which channels'], ['Estimate: 40 agents, voice, hybrid']],
    ],
  },
  // "We prefer on-premise because of data protection (GDPR). Is this really more secure than cloud?": the estimate, the
  // question never answered
  {
    name: 'a deployment preferred for security, with the security asked, is taken and the question answered',
    steps: [
      ['40 agents in Stuttgart and 20 agents in Vienna.', ['60 agents']],
      ['We need telephone and e-mail, and also social media because customers write us on LinkedIn.', []],
      ['We prefer on-premise because of data protection (GDPR). Is this really more secure than cloud?', ['No deployment is secure by itself', 'typical volumes for 60 agents']],
    ],
  },
  // "Apakah budget USD 8.000 itu cukup?": the article on currencies
  {
    name: 'whether a budget in dollars is enough is its check',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['Apakah budget USD 8.000 itu cukup?', ['Anggaran Anda Rp 132.000.000 per bulan; skenario ini butuh sekitar']],
    ],
  },
  // "Mohon rincian biaya sekali bayar dan biaya tahunannya.": the year only as "12 × Rp …"
  {
    name: 'the first year says the running year too',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['Mohon rincian biaya sekali bayar dan biaya tahunannya.', ['Rp 940.500.000 per tahun untuk biaya berjalan']],
    ],
  },
  // "bandingin sama skenario yg pertama tadi dong, mana yg lebih murah per agen?": the deployments of the current one
  {
    name: 'the first scenario, asked to be compared, is set beside this one',
    locale: 'id-ID',
    steps: [
      ['6 agen telepon on-prem', ['Estimasi: 6 agen']],
      ['kalau 12 agen cloud?', []],
      ['bandingin sama skenario yg pertama tadi dong, mana yg lebih murah per agen?', ['6 agen, telepon, on-premise: sekitar', '12 agen, telepon, cloud: sekitar']],
    ],
  },
  // "Our agents talk about 600 hours per month total on phone.": voice made the only channel, the hours lost
  {
    name: 'talk time in hours a month is the minutes, the channels kept',
    steps: [
      ['19 agents, phone and Facebook messages, on premise', ['Estimate: 19 agents, voice and social media']],
      ['Our agents talk about 600 hours per month total on phone.', ['36,000'], ['removed social', 'Removed social']],
    ],
  },
  // "So effectively 14 full-time equivalents, but they all need their own login." at the channels question: every
  // channel chosen
  {
    name: '"all" of the people needing a login is no channel list',
    steps: [
      ['Our support team is 10 full-time agents plus 8 part-timers who each work half days.', ['I count 10 agent seats']],
      ['So effectively 14 full-time equivalents, but they all need their own login.', [], [/added (?:voice, )?SMS, MMS/]],
    ],
  },
  // "If calls grow by 10%, how many more agents do we need?" two turns after the sizing: the calls changed, no answer
  {
    name: 'the head count for more calls, asked after a sizing, is the sizing again',
    steps: [
      ['How many agents would I need for about 800 calls a day, average 6 minutes, open 12 hours, 7 days a week?', ['Erlang C']],
      ['OK, price that number of agents please, voice and email, in the cloud.', ['Estimate:']],
      ["What's the voice minute volume you used for that?", []],
      ['If calls grow by 10%, how many more agents do we need?', ['For 880 calls a day']],
    ],
  },
  // "telpon masuk sekitar 1.200 per hari, rata2 3 menit per telpon" at the volumes question with 25 agents given: the
  // head count those calls need, and the volume never used
  {
    name: 'calls a day with their length at the volumes question are the volume',
    locale: 'id-ID',
    steps: [
      ['agennya 25 org, cuma telepon aja', []],
      ['on premise dulu deh', ['opsional']],
      ['telpon masuk sekitar 1.200 per hari, rata2 3 menit per telpon', ['Estimasi: 25 agen, telepon, on-premise', 'Rp 14.256.000'], ['Erlang']],
    ],
  },
];

describe('forty-eighth round (2026-12-06, fortieth session)', () => {
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

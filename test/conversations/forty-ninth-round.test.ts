/**
 * What the forty-first session (2026-12-06) found the advisor getting wrong (rounds of exploratory visitors, helpers who
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
  // "I have questions first" under the estimate: the on-premises up-front costs
  {
    // (a guard: the start's code passes this conversation; the visitor's failing turn came in another context)
    name: 'questions announced under the estimate are invited, not answered with a topic',
    steps: [
      ['25 agents, voice, sms, email and web chat, on-premises', ['Estimate: 25 agents']],
      ['I have questions first', [/ask|question/i], ['up front', 'Platform licence']],
    ],
  },
  // "What share of the monthly total is messaging?": the SMS line alone
  {
    name: 'the messaging channels share of the total is their sum',
    steps: [
      ['25 agents, voice, sms, social, email and web chat, cloud', ['Estimate: 25 agents']],
      ['What share of the monthly total is messaging?', ['The messaging channels together (SMS, social media, web chat): $875 a month, 13% of the monthly total']],
    ],
  },
  // "berapa persen biaya saluran chat dari total?": the SMS line alone
  {
    name: 'the messaging channels share, asked in Indonesian',
    locale: 'id-ID',
    steps: [
      ['25 agen, telepon, sms, sosmed, email dan web chat, cloud', ['Estimasi: 25 agen']],
      ['berapa persen biaya saluran chat dari total?', ['Saluran pesan bersama-sama (SMS, media sosial, live chat)', '13% dari total bulanan']],
    ],
  },
  // "what's the setup cost?" on-premises: what is not priced, without the one-time sum
  {
    name: 'the setup cost asked on-premises gives the one-time sum beside what is not priced',
    steps: [
      ['25 agents, voice and email, on-premises', ['Estimate: 25 agents']],
      ["what's the setup cost?", ['$83,500 in all', 'implementation']],
    ],
  },
  // "perlu gak sih aku pake contact center?" from a small business: the drawbacks of on-premises
  {
    name: 'whether a small business needs a contact center at all is the small-teams answer',
    locale: 'id-ID',
    steps: [
      ['halo, usaha kecil, CS cuma 3 orang', ['Saluran apa saja']],
      ['perlu gak sih aku pake contact center?', ['mulai dari satu agen'], ['lima kekurangan']],
    ],
  },
  // first messages that only say who the visitor is: the cost of a call, the article on deployments, on uptime, "not sure
  // what you mean", or the sales offer ("penjualan online" heard as sales)
  ...([
    ['hi sir, we are online tuition company in Bengaluru, teaching maths and science to school kids. parents call us a lot about fees and batches', 'en-US'],
    ['Hi, I handle merchant support for a food delivery platform in Singapore lah. Restaurants call or message us when orders got problem.', 'en-US'],
    ['Good day. I am the ICT officer of a cocoa farmers cooperative in Kumasi, Ghana. Farmers call us about payments and prices.', 'en-US'],
    ['Hello, we make premium chocolates in Bruges and sell to shops and via our webshop. Our customer service team is growing.', 'en-US'],
    ['Kia ora. We distribute dairy farm equipment (milking machines, vat cooling) across NZ. Farmers ring when something breaks, often at 4am.', 'en-US'],
    ["Hei! I'm the customer service manager at a Finnish sauna and hot tub manufacturer. We sell to dealers and consumers across the Nordics.", 'en-US'],
    ['Hello. I am from anime streaming service in Tokyo. We support overseas subscribers in English, about subscription and billing problem.', 'en-US'],
    ['Buenas. I manage after-sales for a mining equipment parts distributor in Antofagasta, Chile. Mine sites call us for urgent spare parts.', 'en-US'],
    ['bengkel + jual sparepart mobil, medan', 'id-ID'],
    ['Permisi, sy mau tanya2 biaya call center utk usaha jasa pindahan rumah & kantor di Tangerang', 'id-ID'],
    ['Halo, saya event organizer konser dan festival musik di Jakarta', 'id-ID'],
    ['Halo, peternakan ayam & distributor telur di Blitar. Pembeli kami warung dan agen', 'id-ID'],
    ['Siang. Produsen furniture jati di Jepara, ekspor + penjualan online', 'id-ID'],
    ['Halo, saya dari Lembaga Amil Zakat di Bandung. Kami ingin membuka layanan konsultasi zakat dan donatur', 'id-ID'],
    ['halooo aku jualan kue kering & hampers online di bandung, pas lebaran orderan meledak wkwk', 'id-ID'],
  ] as const).map(([intro, locale]): Conversation => ({
    name: `an introduction starts the estimate: ${intro.slice(0, 60)}`,
    locale,
    steps: [[intro, [locale === 'en-US' ? 'How many agents' : 'Berapa jumlah agen'], ['sales', 'Saya catat', 'not sure what you mean', 'belum menangkap', 'di luar yang saya ketahui', '$6']]],
  })),
  // the same kind of first message with a question in it keeps its answer
  {
    // (a guard: the start's code passes this conversation; the visitor's failing turn came in another context)
    name: 'a worry stated in a first message is still the question it asks',
    steps: [['our CFO is worried about hidden costs in the cloud', ['easy to miss'], ['How many agents']]],
  },
  {
    // (a guard: the start's code passes this conversation; the visitor's failing turn came in another context)
    name: 'pricing asked without a question mark is still answered',
    steps: [['I would like the pricing for SMS messages please', ['$0.01']]],
  },
  // "email only for half of them, the other half do phone too": "I do not have that volume yet"; "only half the team does
  // voice": the head count halved and email removed
  {
    name: 'a share of the team on voice prices the minutes of that share',
    steps: [
      ['20 agents, voice and email, on-premises', ['Estimate: 20 agents']],
      ['only half the team does voice', ['Carrier minutes (own trunks): $320 → $160', 'for the 10 agents who take calls'], ['agents 20 → 10', 'removed email']],
    ],
  },
  {
    name: 'half on email only and the other half on phone too is a share on voice',
    steps: [
      ['20 agents, voice and email, on-premises', ['Estimate: 20 agents']],
      ['email only for half of them, the other half do phone too', ['for the 10 agents who take calls'], ['I do not have that volume yet']],
    ],
  },
  {
    name: 'a share of the team on social, in Indonesian, prices the social seats of that share',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan whatsapp, cloud', ['Estimasi: 20 agen']],
      ['cuma setengah tim yang pegang whatsapp', ['10'], ['20 → 10']],
    ],
  },
  // "Approx 1,500 agents across Delhi, Mumbai and Chennai.": 1 agent priced (the thousands comma read as a list)
  {
    name: 'a head count with a thousands separator is one head count',
    steps: [
      ['Namaste. I am DGM (Customer Services) at a railway catering and e-ticketing concessionaire in India. We are planning a new centralised contact centre.', ['How many agents']],
      ['Approx 1,500 agents across Delhi, Mumbai and Chennai.', ['Which channels']],
      ['voice and email', ['Where should it run']],
      ['on-premises', ['1,500 agents'], ['for 1 agents']],
    ],
  },
  // "3 integrations (two practice management systems and Salesforce)": 2 integrations priced
  {
    name: 'a count in brackets after the integrations does not replace their number',
    steps: [
      ['12 agents, voice and email, cloud', ['Estimate: 12 agents']],
      ['we need call recording for compliance and 3 integrations (two practice management systems and Salesforce).', ['custom integrations: 3']],
    ],
  },
  // "agen 8 lah, telepon sama whatsapp" at the head-count question: 8 calls a month sized, then 2 agents priced
  {
    name: 'the figure after an agent word is the head count, not calls',
    locale: 'id-ID',
    steps: [
      ['Horas! Toko emas & perhiasan kami di Medan ada 4 cabang, mau bikin layanan pelanggan terpusat', ['Berapa jumlah agen']],
      ['agen 8 lah, telepon sama whatsapp', ['Mau dijalankan di mana'], ['panggilan per bulan']],
      ['cloud pun jadilah', ['volume']],
      ['pakai volume tipikal', ['Estimasi: 8 agen']],
    ],
  },
  // "5000 sms sebulan, 3000 telpon" at the volumes step: the calls dropped
  {
    name: 'calls listed after a volume with its month are monthly calls',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan sms, hybrid', ['Estimasi: 10 agen']],
      ['5000 sms sebulan, 3000 telpon', ['panggilan 3.000 per bulan', '5.000']],
    ],
  },
  // "agen 5 aja, tp pas ramadhan mau nambah jd 15": a peak of 20
  {
    name: 'a peak said as what the team grows to is that head count',
    locale: 'id-ID',
    steps: [
      ['halooo aku jualan kue kering & hampers online di bandung, pas lebaran orderan meledak wkwk', ['Berapa jumlah agen']],
      ['agen 5 aja, tp pas ramadhan mau nambah jd 15', ['15 agen'], ['20 agen']],
    ],
  },
  // "my cell is 214-555-0187, call me after 3pm central": "name after"
  {
    name: 'when to call after "call me" is no name',
    steps: [
      ['roofing contractor in Dallas TX, 5 office staff on phones, voice only, cloud', ['Estimate: 5 agents']],
      ['I want to talk to sales', ['name']],
      ['my cell is 214-555-0187, call me after 3pm central', ['214-555-0187', 'after 3pm central'], ['name after']],
    ],
  },
  // "not cloud" at the deployment question, "we can't use cloud", "Please do not show me cloud, I said it is not
  // possible.": cloud set
  {
    name: 'a deployment refused at the deployment question offers the other two',
    steps: [
      ['20 agents voice', ['Where should it run']],
      ['not cloud', ['Understood: not cloud. Which then: on-premises or hybrid?'], ['Last, optional step']],
    ],
  },
  {
    name: 'a deployment refused under an estimate of another keeps it',
    steps: [
      ['20 agents voice on-premises', ['Estimate: 20 agents']],
      ['Please do not show me cloud, I said it is not possible.', ['Understood: cloud is out. Your estimate stays on-premises'], ['Updated']],
    ],
  },
  {
    name: 'a deployment refused under its own estimate asks for another',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ["we can't use cloud", ['Which then: on-premises or hybrid?'], ['Updated']],
    ],
  },
  {
    name: 'a deployment refused, in Indonesian, keeps the one on screen',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon on-premise', ['Estimasi: 20 agen']],
      ['jangan cloud', ['cloud tidak dipakai. Estimasi Anda tetap on-premise'], ['Perubahan']],
    ],
  },
  // "So do we pay for 25 or for 8?" (25 volunteers, 8 at a time): the head count set to 8
  {
    name: 'which of two head counts is paid for is the named-or-concurrent answer',
    steps: [
      ['25 agents, voice, cloud', ['Estimate: 25 agents']],
      ['So do we pay for 25 or for 8?', ['concurrent'], ['Updated']],
    ],
  },
  // "And what seat count does one admin cover in your on-prem model?": agents 320 → 1, deployment cloud → on-premises
  {
    name: 'the seats one admin covers is the IT staff assumption, the scenario untouched',
    steps: [
      ['320 agents, voice and email, cloud', ['Estimate: 320 agents']],
      ['And what seat count does one admin cover in your on-prem model?', ['250 seats', 'In-house IT staff'], ['Updated']],
    ],
  },
  // "What if we went with metered billing for voice?": "nothing changed"; "What per-minute rate are you assuming if we
  // choose metered cloud voice?": the cloud per-agent figure; "Does the call length change the price at all?": how
  // staffing is worked out
  {
    name: 'metered voice supposed is priced, its rate asked is the voice article',
    steps: [
      ['10 agents, voice, cloud', ['Estimate: 10 agents']],
      ['What if we went with metered billing for voice?', [/metered|per minute|per-minute/i], ['nothing changed']],
      ['What per-minute rate are you assuming if we choose metered cloud voice?', ['1.5 cents a minute']],
      ['Does the call length change the price at all?', ['fair-use'], ['Erlang']],
    ],
  },
  // "berapa harga per menit telepon nya kalau gak termasuk lisensi?": "Rp 0 per minute, included"
  {
    name: 'the rate of minutes billed outside the licence, asked in Indonesian',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon, cloud', ['Estimasi: 10 agen']],
      ['berapa harga per menit telepon nya kalau gak termasuk lisensi?', ['1,5 sen per menit']],
    ],
  },
  // "What does the SMS line cost per agent?": the month of the line alone
  {
    name: 'a line asked per agent is divided by the head count',
    steps: [
      ['14 agents, voice, sms, social and email, cloud', ['Estimate: 14 agents']],
      ['What does the SMS line cost per agent?', ['Per agent: $70 a month ÷ 14 agents = $5 per agent a month']],
    ],
  },
  // "And if we add Instagram also, how much more per month?" with social media priced: "nothing changed"
  {
    name: 'another social network is inside the social media line',
    steps: [
      ['14 agents, voice, social and email, cloud', ['Estimate: 14 agents']],
      ['And if we add Instagram also, how much more per month?', ['Instagram is already inside your social media line', '$0 more'], ['nothing changed']],
    ],
  },
  // "what's the cheapest it could possibly be?": the three deployments compared
  {
    name: 'the cheapest the estimate could be is its low end',
    steps: [
      ['3 agents, voice and email, cloud', ['Estimate: 3 agents']],
      ["what's the cheapest it could possibly be?", ['At the low end'], ['Cheapest over 3 years']],
    ],
  },
  // "How many agents would I need to handle that?" after 10,000 calls a month: how staffing works, and the head count
  // asked again
  {
    name: 'the head count for calls already given is sized from them',
    steps: [
      ['Hi, I own an HVAC repair company in Phoenix... no wait, Tucson. We get about 10,000 calls a month in summer when AC units die.', ['How many agents']],
      ['How many agents would I need to handle that?', ['For 10,000 calls a month', 'Erlang C']],
    ],
  },
  // "Suksma" (Balinese thanks): not understood
  {
    name: 'thanks in Balinese is thanks',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan whatsapp, cloud', ['Estimasi: 10 agen']],
      ['Suksma', [/sama-sama/i], ['belum menangkap']],
    ],
  },
  // "Kalau dibandingkan on-premise selama 5 tahun bagaimana?" in the contact form: compared over 3 years
  {
    name: 'a comparison asked over years in the contact form is over those years',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan whatsapp, cloud', ['Estimasi: 10 agen']],
      ['hubungi sales', ['nama']],
      ['Kalau dibandingkan on-premise selama 5 tahun bagaimana?', ['selama 5 tahun'], ['selama 3 tahun']],
    ],
  },
  // "brp biaya awalnya bang?" at the optional volumes step of an on-premises estimate: the article on regulations
  {
    name: 'the up-front cost asked at the volumes step prices the estimate',
    locale: 'id-ID',
    steps: [
      ['bengkel 6 agen, telepon dan wa', ['Mau dijalankan di mana']],
      ['on-prem', ['volume']],
      ['brp biaya awalnya bang?', ['Estimasi: 6 agen', 'Sekali bayar'], ['regulasi']],
    ],
  },
  // "… apakah data yang saya masukkan di sini disimpan?" after an introduction naming OJK: the article on regulations
  {
    name: 'whether what is typed here is stored is the privacy answer, beside a regulator named',
    locale: 'id-ID',
    steps: [['Selamat siang. Kami perusahaan fintech P2P lending yang terdaftar di OJK. Sebelum berdiskusi lebih jauh, apakah data yang saya masukkan di sini disimpan?', [/menyimpan|simpan/i], ['HIPAA']]],
  },
  // "oke pakai angka itu" after a staffing answer: "I need the head count"
  {
    // (a guard: the start's code passes this conversation; the visitor's failing turn came in another context)
    name: 'the head count just sized, taken',
    locale: 'id-ID',
    steps: [
      ['butuh berapa agen untuk 2000 panggilan sehari?', ['agen']],
      ['oke pakai angka itu', ['Mau dijalankan di mana'], ['Saya perlu jumlah agen']],
    ],
  },
  // "komplain gangguan internet biasanya lwt telpon & wa. mau bikin CS proper" at the head-count question: the article
  // on social media prices, and the channels asked again later
  {
    name: 'channels said in a statement in the form are taken',
    locale: 'id-ID',
    steps: [
      ['halo, ISP kecil di Lombok', ['Berapa jumlah agen']],
      ['komplain gangguan internet biasanya lwt telpon & wa. mau bikin CS proper', ['telepon dan media sosial'], ['US$1']],
    ],
  },
  // "kanal: instagram, facebook messenger, email, live chat in-game. no voice" in an Indonesian conversation: English
  {
    name: 'a list with an Indonesian word keeps the Indonesian conversation in Indonesian',
    locale: 'id-ID',
    steps: [
      ['halo, kami publisher game, 12 agen', ['Saluran apa saja']],
      ['kanal: instagram, facebook messenger, email, live chat in-game. no voice', ['Mau dijalankan di mana'], ['Where should it run']],
    ],
  },
  // "how did you get that agent number?": the estimate again
  {
    name: 'how the head count was worked out is the sizing again',
    steps: [
      ['how many agents for 2000 calls a day?', ['Erlang C']],
      ['how did you get that agent number?', ['Erlang C', '2,000 calls a day']],
    ],
  },
  // "Can I get rid of it?" after the storage line: not understood
  {
    name: 'getting rid of the line just explained says why it stays',
    steps: [
      ['8 agents, voice and email, cloud', ['Estimate: 8 agents']],
      ['what is the data storage line?', ['Data storage']],
      ['Can I get rid of it?', [/cannot|stays|can't/i], ['not sure what you mean']],
    ],
  },
  // "sweet. can you do it cheaper if we only answer during business hours?": not understood
  {
    name: 'fewer opening hours asked as a saving says what hours change',
    steps: [
      ['6 agents, voice and web chat, cloud', ['Estimate: 6 agents']],
      ['sweet. can you do it cheaper if we only answer during business hours?', ['per agent per month, whatever hours'], ['not sure what you mean']],
    ],
  },
  // "do volunteers count as agents for pricing? they only work 4 hours a week each": not understood
  {
    name: 'who counts as an agent, asked of volunteers',
    steps: [
      ['25 volunteers, voice, cloud', ['Estimate: 25 agents']],
      ['do volunteers count as agents for pricing? they only work 4 hours a week each', ['part-timers included'], ['not sure what you mean']],
    ],
  },
  // "price for 35 now, but also tell me what 50 would be": "That is already your scenario … nothing changed"
  {
    name: 'a head count now and another asked beside it are both priced',
    steps: [
      ['35 agents, voice, whatsapp and email, cloud', ['Estimate: 35 agents']],
      ['price for 35 now, but also tell me what 50 would be', ['35 agents: $', '50 agents: $'], ['nothing changed']],
    ],
  },
  // "hybrid, we have existing PBX in office we want to keep using": hybrid taken, the PBX never answered
  {
    name: 'a phone system already there is answered beside the deployment',
    steps: [
      ['18 agents, voice and whatsapp', ['Where should it run']],
      ['hybrid, we have existing PBX in office we want to keep using', ['PBX', 'optional step']],
    ],
  },
  // "What is per agent cost in rupees approx?": only that rupees are not shown
  {
    name: 'the per-agent figure asked in an unsupported currency is given in dollars beside the note',
    steps: [
      ['18 agents, voice and email, on-premises', ['Estimate: 18 agents']],
      ['What is per agent cost in rupees approx?', ['I cannot show "rupees"', 'per agent per month']],
    ],
  },
  // "What's the monthly for cloud specifically?" under an on-premises estimate: the pros of cloud
  {
    name: 'another deployment’s month asked is its figure',
    steps: [
      ['18 agents, voice and email, on-premises', ['Estimate: 18 agents']],
      ["What's the monthly for cloud specifically?", ['cloud: about $4,275 a month']],
    ],
  },
  // "What IT headcount does your estimate assume?": how staffing is worked out (Erlang C)
  {
    name: 'the IT head count assumed is the IT staff line',
    steps: [
      ['65 agents, voice and email, on-premises', ['Estimate: 65 agents']],
      ['What IT headcount does your estimate assume?', ['In-house IT staff', '250 seats'], ['Erlang']],
    ],
  },
  // "can you show me every assumption with reasons?": not understood
  {
    // (a guard: the start's code passes this conversation; the visitor's failing turn came in another context)
    name: 'every assumption asked is the assumptions list',
    steps: [
      ['19 agents, voice, social and email, cloud', ['Estimate: 19 agents']],
      ['can you show me every assumption with reasons?', [/assum/i], ['not sure what you mean']],
    ],
  },
  // "Which one would you recommend for a firm our size?" under the comparison: the small-teams article
  {
    name: 'a recommendation asked under the comparison is its verdict',
    steps: [
      ['18 agents, voice and email, on-premises', ['Estimate: 18 agents']],
      ['compare all three', ['Cheapest over 3 years']],
      ['Which one would you recommend for a firm our size?', ['On cost alone cloud is the one for you'], ['I price any head count']],
    ],
  },
  // "agen kami rencana 10, telp + WA + FB": the head count asked again and again
  {
    name: 'a head count said as a plan after the agent word is taken',
    locale: 'id-ID',
    steps: [['agen kami rencana 10, telp + WA + FB', ['jumlah agen: 10', 'Mau dijalankan di mana'], ['Berapa jumlah agen']]],
  },
  // "hasil lab dikirim lewat WA karo email, CS ne 6 wong": the estimate to be sent, and the head count asked again
  {
    name: 'what the business sends its customers, in Javanese, is its channels and head count',
    locale: 'id-ID',
    steps: [
      ['rek, aku teko lab klinik cek darah nang Surabaya, 3 cabang', []],
      ['hasil lab dikirim lewat WA karo email, CS ne 6 wong', ['Mau dijalankan di mana'], ['Belum ada estimasi untuk dikirim']],
    ],
  },
  // "Can you break down the 80 agents: 50 on voice and 30 only on chat?": agents 80 → 50, the other channels removed
  {
    name: 'a team split by channel keeps its head count and channels',
    steps: [
      ['80 agents, voice, whatsapp, email and web chat, cloud', ['Estimate: 80 agents']],
      ['Terima kasih. Can you break down the 80 agents: 50 on voice and 30 only on chat?', ['80'], ['agents 80 → 50', 'removed']],
    ],
  },
  // "Can I get a sales call? Name Budi Santoso, …": the name "Name Budi Santoso"
  {
    name: 'a name label is no part of the name',
    steps: [
      ['80 agents, voice and email, cloud', ['Estimate: 80 agents']],
      ['Can I get a sales call? Name Budi Santoso, budi.santoso@gojalan.co.id, company GoJalan', ['Budi Santoso'], ['Name Budi Santoso']],
    ],
  },
  // "How does the per agent cost compare to a big centre with 200 agents?": agents 6 → 200
  {
    name: 'another head count set against the scenario is priced beside it',
    steps: [
      ['6 agents, voice and email, cloud', ['Estimate: 6 agents']],
      ['How does the per agent cost compare to a big centre with 200 agents?', ['6 agents: $', '200 agents: $', 'Your scenario stays at 6 agents'], ['Updated']],
    ],
  },
  // "mau yg proper, chat web sama email aja, gak usah telpon" with social media noted: web chat and email added to it
  {
    name: 'channels said as the only ones replace those noted',
    locale: 'id-ID',
    steps: [
      ['gw punya exchange crypto kecil, CS nya skrg 10 org pake telegram grup doang wkwk', ['media sosial']],
      ['mau yg proper, chat web sama email aja, gak usah telpon', ['media sosial dihapus']],
    ],
  },
  // "kalau lisensinya kita udah punya gimana?": licences, servers and gateways all written off
  {
    name: 'licences already owned write off the licences only',
    locale: 'id-ID',
    steps: [
      ['30 agen telepon on-premise', ['Estimasi: 30 agen']],
      ['kalau lisensinya kita udah punya gimana?', ['Sekali bayar: Rp 1.204.500.000 → Rp 462.000.000', 'server dan gateway telepon tetap dibeli']],
    ],
  },
  // "We only keep call recordings for 30 days, storage is more like 200 per agent a year": the storage article
  {
    name: 'the visitor’s own storage price per agent a year, said without a currency sign',
    steps: [
      ['6 agents, voice and email, cloud', ['Estimate: 6 agents']],
      ['We only keep call recordings for 30 days, storage is more like 200 per agent a year', ['Data storage: $675 → $100']],
    ],
  },
  // "yo, we're an esports tournament organizer, 10 mods doing support over discord and email. cloud": the head count
  // asked three times; "treat it as social i guess": email removed
  {
    name: 'moderators are the head count and a network taken as social media keeps the other channels',
    steps: [
      ["yo, we're an esports tournament organizer, 10 mods doing support over discord and email. cloud", ['Estimate: 10 agents, social media and email, cloud']],
      ['discord isnt in your list huh? treat it as social i guess', ['Discord is already inside your social media line'], ['removed email']],
    ],
  },
  // "Kindly also advise how many supervisors are required for 75 agents.": "did you mean"
  {
    name: 'how many supervisors are needed is the supervisors answer',
    steps: [
      ['75 agents, voice and email, cloud', ['Estimate: 75 agents']],
      ['Kindly also advise how many supervisors are required for 75 agents.', [/supervis/i], ['Did you mean']],
    ],
  },
  // "Their connectivity in Gulu is patchy. Does that change your recommendation?": the verdict again
  {
    name: 'a poor internet connection asked about is what happens when it fails',
    steps: [
      ['28 agents, voice and sms, cloud', ['Estimate: 28 agents']],
      ['Their connectivity in Gulu is patchy. Does that change your recommendation?', [/internet/i], ['Cheapest over 3 years']],
    ],
  },
  // "we already own the servers, can you take them out?": written off, then "I cannot take that line out"
  {
    name: 'servers already owned, asked to be taken out, are written off without a refusal',
    steps: [
      ['14 agents, voice and email, hybrid', ['Estimate: 14 agents']],
      ['we already own the servers, can you take them out?', ['servers you already have are not bought again'], ['I cannot take that line out']],
    ],
  },
  // "apakah bisa sewa cuma 2 bulan? atau harus tahunan?" at the deployment question: the question again
  {
    name: 'a short rental asked in the form is answered before the question again',
    locale: 'id-ID',
    steps: [
      ['8 agen telepon dan wa', ['Mau dijalankan di mana']],
      ['apakah bisa sewa cuma 2 bulan? atau harus tahunan?', ['kontrak', 'Mau dijalankan di mana']],
    ],
  },
  // "Data pasien kan sensitif ya, kalo pake cloud datanya disimpen dimana?": the drawbacks of cloud
  {
    name: 'where cloud keeps the data is the residency advice',
    locale: 'id-ID',
    steps: [
      ['8 agen telepon dan wa', ['Mau dijalankan di mana']],
      ['Data pasien kan sensitif ya, kalo pake cloud datanya disimpen dimana?', ['dalam negeri']],
    ],
  },
  // "klo agennya part time gimana ngitungnya? lisensinya bisa dibagi?": the licence line
  {
    name: 'licences shared by part-timers are the named-or-concurrent answer',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['klo agennya part time gimana ngitungnya? lisensinya bisa dibagi?', ['concurrent']],
    ],
  },
  // "Halo, sebelum hitung, biaya contact center itu komponennya apa aja sih?": the estimate started
  {
    name: 'the parts of the cost asked before any figure are what drives the bill',
    locale: 'id-ID',
    steps: [['Halo, sebelum hitung, biaya contact center itu komponennya apa aja sih?', ['teknologi'], ['Berapa jumlah agen di pusat kontak Anda?\n']]],
  },
  // "Asumsi biaya admin IT nya brp per bulan?": the monthly total
  {
    name: 'the IT admin cost assumed, asked in Indonesian, is the IT staff line',
    locale: 'id-ID',
    steps: [
      ['18 agen telepon on-premise', ['Estimasi: 18 agen']],
      ['Asumsi biaya admin IT nya brp per bulan?', ['Staf IT internal']],
    ],
  },
  // "ada add on yg perlu gak sih? kayak rekaman telpon gitu": the article on security
  {
    name: 'which add-ons there are, with call recording among them',
    locale: 'id-ID',
    steps: [
      ['8 agen telepon dan wa', ['Mau dijalankan di mana']],
      ['ada add on yg perlu gak sih? kayak rekaman telpon gitu', ['WFM', 'Rekaman panggilan bukan add-on', 'Mau dijalankan di mana']],
    ],
  },
  // "MMS itu apaan sih bang? perlu gak buat sy?": the price of a message alone
  {
    name: 'what an MMS is and when it is needed',
    locale: 'id-ID',
    steps: [
      ['8 agen whatsapp cloud', ['Estimasi: 8 agen']],
      ['MMS itu apaan sih bang? perlu gak buat sy?', ['MMS adalah pesan teks yang membawa gambar']],
    ],
  },
  // "kalo buka 24 jam brp agen yg sebenernya dibutuhin, kira kira 200 telpon sehari, 15 menit per telpon": 5.5 minutes
  {
    name: 'the handle time said beside a sizing is used',
    locale: 'id-ID',
    steps: [['kalo buka 24 jam brp agen yg sebenernya dibutuhin, kira kira 200 telpon sehari, 15 menit per telpon', ['15 menit'], ['5,5 menit']]],
  },
  // "kami harus siaga 24 jam 7 hari", then "berapa agen … 60 telpon, rata2 8 menit?": 8 hours a day, 5 days a week
  {
    name: 'opening hours said earlier size a head count asked later',
    locale: 'id-ID',
    steps: [
      ['Horas bah, aku dari usaha rumah duka dan layanan pemakaman di Medan', ['Berapa jumlah agen']],
      ['kami harus siaga 24 jam 7 hari, telpon aja', ['telepon']],
      ['berapa agen yg kubutuh kalo sehari ada 60 telpon, rata2 8 menit?', ['24 jam operasional per hari, 7 hari per minggu', 'sekitar 12 orang']],
    ],
  },
  // "pakai volume tipikal" at the phone question: the phone skipped
  {
    name: 'typical volumes asked in the contact form keep the question',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon cloud', ['Estimasi: 10 agen']],
      ['hubungi sales', ['nama']],
      ['Dewi', ['email']],
      ['dewi@surya.co.id', ['perusahaan']],
      ['PT Surya', ['Nomor telepon']],
      ['pakai volume tipikal', ['sudah memakai volume tipikal', 'Nomor telepon']],
    ],
  },
  // "hubungi sales ya" at the time question: the time "sales"; "nama sudah saya sebut tadi, Dewi Lestari" and "hari kerja
  // jam 9-11" at the consent question: "please answer yes or no"
  {
    name: 'the name and the time said again at the consent question correct them',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon cloud', ['Estimasi: 10 agen']],
      ['hubungi sales', ['nama']],
      ['Dewi', ['email']],
      ['dewi@surya.co.id', ['perusahaan']],
      ['PT Surya', ['Nomor telepon']],
      ['lewati', ['Kapan waktu']],
      ['hubungi sales ya', ['Kapan waktu'], ['sales']],
      ['hari kerja jam 9-11', ['hari kerja jam 9-11']],
      ['nama sudah saya sebut tadi, Dewi Lestari', ['Dewi Lestari'], ['jawab ya atau tidak']],
    ],
  },
  // "what is the cost per call roughly?" after 3,000 calls a day were sized: "I need your calls a month"
  {
    name: 'the calls sized earlier give the cost per call',
    steps: [
      ['hello, can you tell me how many agents I need for 3000 calls a day?', ['Erlang C']],
      ['ok assume 40 agents. voice and whatsapp and sms, cloud', ['Estimate: 40 agents']],
      ['what is the cost per call roughly?', ['per call', '65,000 calls'], ['I need your calls a month']],
    ],
  },
  // "On-premises please, I've got an old server in the tack room": $18,000 of servers priced
  {
    name: 'an old server of one’s own is counted as owned',
    steps: [
      ['2 people, phone only', ['Where should it run']],
      ["On-premises please, I've got an old server in the tack room", ['optional step']],
      ['use typical volumes', ['Estimate: 2 agents', 'Servers (on-premises)*: already owned']],
    ],
  },
  // "Kuching Bird's Nest Trading Sdn Bhd" at the phone question: the phone skipped
  {
    name: 'a company’s full name said at the phone question corrects the company',
    steps: [
      ['7 agents, voice and whatsapp, cloud', ['Estimate: 7 agents']],
      ['talk to sales', ['name']],
      ['Ahmad', ['email']],
      ['ahmad@kuchingnest.com', ['company']],
      ['Kuching Nest', ['phone']],
      ["Kuching Bird's Nest Trading Sdn Bhd", ["Kuching Bird's Nest Trading Sdn Bhd", 'phone']],
    ],
  },
  // "What's the typical cost of a phone call handled by an agent versus a chat?": calls against omnichannel centers
  {
    name: 'a call against a chat is the cheapest-channel answer',
    steps: [["What's the typical cost of a phone call handled by an agent versus a chat?", ['about $6 for a customer call']]],
  },
  // "SMS sebulan kira2 50.000, telepon 20.000 menit" at the volumes step: a billion minutes of 20,000-minute calls
  {
    name: 'a month of minutes is no handle time',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan sms', ['Mau dijalankan di mana']],
      ['cloud', ['volume']],
      ['SMS sebulan kira2 50.000, telepon 20.000 menit', ['Estimasi: 10 agen', 'SMS: Rp 8.250.000'], ['1.000.000.000']],
    ],
  },
  // "Server sudah punya sendiri, jadi tidak perlu beli server" under an on-premises estimate: moved to the cloud
  {
    name: 'servers already owned keep the on-premises deployment',
    locale: 'id-ID',
    steps: [
      ['12 agen telepon on-premise', ['Estimasi: 12 agen']],
      ['Server sudah punya sendiri, jadi tidak perlu beli server', ['server yang sudah Anda miliki'], ['on-premise → cloud']],
    ],
  },
  // "oh gitu, ya udah makasih" under the sales offer: the sales form
  {
    name: 'thanks that closes is no yes to sales',
    locale: 'id-ID',
    steps: [
      ['5 agen whatsapp cloud', ['Estimasi: 5 agen']],
      ['oh gitu, ya udah makasih', [/sama-sama/i], ['Siapa nama Anda']],
    ],
  },
  // "How much is the web chat part per agent?" at the volumes step: web chat made the only channel
  {
    name: 'a channel whose line is asked about is not set by the asking',
    steps: [
      ['bicycle parts maker in Taiwan, 25 agents', ['Which channels']],
      ['email and web chat mainly, also some voice calls', ['Where should it run']],
      ['cloud please', ['optional step']],
      ['How much is the web chat part per agent?', ['Estimate: 25 agents, voice, email and web chat, cloud', 'Web chat']],
    ],
  },
  // "Kindly share the amount in Indian rupees also." under the sales offer: the sales form
  {
    name: 'a currency asked for under the sales offer is no yes',
    steps: [
      ['30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ['Kindly share the amount in Indian rupees also.', ['I cannot show "rupees"', '$'], ['What is your name']],
    ],
  },
  // "40 agents - sorry, 35, I keep forgetting we're moving 5 people to the warehouse": 5 agents
  {
    name: 'the figure after sorry is the head count, not the reason after it',
    steps: [
      ['mattress brand in Toronto, voice and email, cloud', ['How many agents']],
      ["40 agents - sorry, 35, I keep forgetting we're moving 5 people to the warehouse", ['35 agents'], [/(?<!\d)5 agents/]],
    ],
  },
  // "and if we want 90% of calls answered in 20 seconds, how many then?": a handle time of 20 seconds
  {
    // (a guard: the start's code passes this conversation; the visitor's failing turn came in another context)
    name: 'a share answered within seconds is the service level of the sizing',
    steps: [
      ['how many agents for 1500 calls a day?', ['Erlang C']],
      ['and if we want 90% of calls answered in 20 seconds, how many then?', ['90%'], ['handle time']],
    ],
  },
  // "User kami 200rb" and "anggota 1.200 orang" in a first message: 200,000 and 1,200 agents
  ...([
    ['Halo, kami marketplace jasa freelance (desain, penulis, programmer). User kami 200rb.', 'id-ID'],
    ['Salamaki, sy pengurus koperasi nelayan di Makassar, anggota 1.200 orang', 'id-ID'],
  ] as const).map(([intro, locale]): Conversation => ({
    name: `customers counted before their figure are no agents: ${intro.slice(0, 50)}`,
    locale,
    steps: [[intro, ['Berapa jumlah agen'], ['100.000 agen', '1.200 agen']]],
  })),
  // "haloo aku jastip barang dari jepang & korea, followers IG 80rb": 80,000 social interactions a month
  {
    name: 'followers are no messages',
    locale: 'id-ID',
    steps: [['haloo aku jastip barang dari jepang & korea, followers IG 80rb', ['Berapa jumlah agen'], ['80.000']]],
  },
  // "Pasien kami sering menelepon dan chat WA …": WhatsApp alone
  {
    name: 'the verb of calling is the phone channel',
    locale: 'id-ID',
    steps: [
      ['Pasien kami sering menelepon dan chat WA untuk konsultasi jadwal. Data pasien sangat sensitif.', ['Berapa jumlah agen']],
      ['6 agen', ['Mau dijalankan di mana'], ['Saluran apa saja']],
      ['cloud', ['volume']],
      ['volume tipikal', ['Estimasi: 6 agen, telepon dan media sosial']],
    ],
  },
  // "cs nya aku sendiri sama adikku": 1 agent
  {
    name: 'the visitor and a sibling are two agents',
    locale: 'id-ID',
    steps: [
      ['aku jualan tanaman hias online, monstera, aglonema gitu. cs nya aku sendiri sama adikku', ['Saluran apa saja'], ['Berapa jumlah agen']],
      ['whatsapp aja', ['Mau dijalankan di mana']],
      ['cloud', ['volume']],
      ['volume tipikal', ['Estimasi: 2 agen']],
    ],
  },
  // "ok gracias, I will think about it" and "… Auf Wiedersehen.": not understood
  ...(['ok gracias, I will think about it', 'Thank you, I will discuss it with my grandson. Auf Wiedersehen.']).map((bye): Conversation => ({
    // (a guard: the start's code passes these here; the visitor's turns failed after another reply)
    name: `thanks and a goodbye in passing close the conversation: ${bye}`,
    steps: [
      ['6 agents, voice and email, cloud', ['Estimate: 6 agents']],
      [bye, [/welcome|goodbye|good luck|bye/i], ['not sure what you mean']],
    ],
  })),
  // "Terima kasih! super helpful" from an English visitor: the reply in Indonesian
  {
    name: 'thanks in a borrowed word keeps English',
    steps: [
      ['6 agents, voice and email, cloud', ['Estimate: 6 agents']],
      ['Terima kasih! super helpful', ['You are welcome'], ['Sama-sama']],
    ],
  },
  // "brp tu?" at the volumes step: "outside what I know", then the estimate
  {
    name: 'a short price question at the volumes step is not off-topic',
    locale: 'id-ID',
    steps: [
      ['online shop onderdil motor di Medan, 4 agen, telepon dan wa', ['Mau dijalankan di mana']],
      ['on-prem', ['volume']],
      ['brp tu?', ['Estimasi: 4 agen'], ['di luar yang saya ketahui']],
    ],
  },
  // "… store in Perth WA. 3 staff doing phones, email and live chat. cloud.": WhatsApp priced
  {
    name: 'WA after an Australian city is the state, not WhatsApp',
    steps: [['hey, online aquarium and tropical fish supplies store in Perth WA. 3 staff doing phones, email and live chat. cloud.', ['Estimate: 3 agents, voice, email and web chat, cloud'], ['WhatsApp']]],
  },
];

describe('forty-ninth round (2026-12-06, forty-first session)', () => {
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

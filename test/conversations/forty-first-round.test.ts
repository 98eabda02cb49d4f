/**
 * What the thirty-third session (2026-12-06) found the advisor getting wrong (a round of exploratory visitors, helpers
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
  // an on-premises estimate printed its 18 assumptions with their reasons: 1,300 words; the first comparison 1,200
  {
    name: 'an on-premises estimate and the comparison list their assumptions by name and value',
    steps: [
      ['30 agents voice and email on premises', ['Estimate: 30 agents', 'In-house IT administrator, cost per full-time person per month: $9,000', 'Ask "why" about any line'], ['A server draws roughly']],
      ['compare deployments', ['Cheapest over 3 years', 'Ask "why" about any line or deployment'], ['Long-horizon premises costs rest on']],
      ['assumptions', ['A server draws roughly']],
    ],
  },
  {
    name: 'estimasi on-premise menyebut asumsinya tanpa alasan panjang',
    locale: 'id-ID',
    steps: [
      ['30 agen telepon dan email on premise', ['Estimasi: 30 agen', 'Tanyakan "kenapa"']],
    ],
  },
  // "klo tmbh 2 org lg?" after 4 agents: "jumlah agen 4 → 2"
  {
    name: 'tambah dua orang ditulis singkat',
    locale: 'id-ID',
    steps: [
      ['4 agen, telepon, email, livechat, cloud', ['Estimasi: 4 agen']],
      ['klo tmbh 2 org lg?', ['4 → 6']],
    ],
  },
  // "And what's the catch with on-prem? We have 2 IT staff already.": agents 30 → 2
  {
    name: 'the visitor\'s own IT staff are not the head count',
    steps: [
      ['Hi. I\'m the IT manager at a mid-sized specialty chemicals manufacturer. Our customer service desk has 30 agents taking phone orders and email. We\'re weighing on-prem vs cloud.', ['30 agents']],
      ['What are the downsides of cloud?', []],
      ['And what\'s the catch with on-prem? We have 2 IT staff already.', ['In-house IT staff'], ['30 → 2', 'Estimate: 2 agents']],
    ],
  },
  {
    name: 'staf IT sendiri bukan jumlah agen',
    locale: 'id-ID',
    steps: [
      ['8 agen, telpon aja, on premise', ['Estimasi: 8 agen']],
      ['trus staf IT kita juga udah ada 1 orang, masih perlu bayar lagi?', ['Staf IT internal'], ['8 → 1']],
    ],
  },
  // "Can you just give me the totals for the two, nothing else?": agents 120 → 2
  {
    name: 'the totals for the two are the comparison, not two agents',
    steps: [
      ['We are a 120-agent contact centre. Voice, email, web chat and social. We\'re currently hybrid and want to see the costs of staying hybrid vs going full cloud over 4 years.', ['120 agents over 4 years']],
      ['Can you just give me the totals for the two, nothing else?', ['• Hybrid:', '• Cloud:'], ['120 → 2', 'Estimate: 2 agents']],
    ],
  },
  // "what if we only had 12" after 15 agents: the 15-agent estimate again
  {
    name: 'what if we only had twelve',
    steps: [
      ['15 agents, chat and email, cloud', ['Estimate: 15 agents']],
      ['what if we only had 12', ['15 → 12']],
    ],
  },
  // "Thanks. What's the three year total?": the monthly and yearly figures
  {
    name: 'thanks, then the three-year total',
    steps: [
      ['85 agents, voice, email, SMS. Cloud.', ['Estimate: 85 agents']],
      ['Thanks. What\'s the three year total?', [/over 3 years/i]],
    ],
  },
  // "Is there a setup fee for cloud?" under a cloud estimate: its cost per agent again
  {
    name: 'a setup fee asked of the cloud',
    steps: [
      ['28 agents voice and web chat cloud', ['Estimate: 28 agents']],
      ['Is there a setup fee for cloud?', ['no set-up or onboarding fee'], ['per agent per month']],
    ],
  },
  // "does discord cost extra?": "Did you mean one of these?"
  {
    name: 'a messaging network the source does not name is priced as social',
    steps: [
      ['6 agents, discord and email, cloud, typical volumes', ['Estimate: 6 agents']],
      ['does discord cost extra?', ['social channel'], ['Did you mean']],
    ],
  },
  // "sosmed tuh per agen brp sebulan?" in the form: the answer held back until the estimate
  {
    name: 'harga sosmed per agen ditanya di tengah formulir',
    locale: 'id-ID',
    steps: [
      ['halooo, aku usaha jastip barang dari jepang & korea. admin 2 org, chat di IG sama DM doang sih', ['Mau dijalankan di mana']],
      ['sosmed tuh per agen brp sebulan?', ['US$10–US$50 per bulan']],
    ],
  },
  // "What's a reasonable cost per agent for a cloud contact centre these days?": what a cloud center is
  {
    name: 'a cost per agent asked of the cloud',
    steps: [
      ['What\'s a reasonable cost per agent for a cloud contact centre these days?', ['Per agent, the fixed part is the licence'], ['runs on a third-party vendor']],
    ],
  },
  // "is WFM included?" with nothing priced: what WFM does, never whether it is included
  {
    name: 'WFM asked as included with nothing priced',
    steps: [
      ['what does a contact center platform licence include?', ['$50 per user per month']],
      ['is WFM included?', ['Not in the platform licence', '$6–20']],
    ],
  },
  // "Kalau WFM dihapus jadi berapa?": what WFM is
  {
    name: 'WFM dihapus lalu dihitung ulang',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon + WA + email, cloud. Tolong tambahkan WFM', ['Estimasi: 10 agen', 'WFM']],
      ['Kalau WFM dihapus jadi berapa?', ['Perubahan', 'Estimasi: 10 agen'], ['WFM menangani']],
    ],
  },
  // "Ya sudah, kalau bisa diunduh PDF saja?": the data transfer article
  {
    name: 'PDF yang diminta adalah ekspor estimasi',
    locale: 'id-ID',
    steps: [
      ['8 agen telepon + WhatsApp, cloud', ['Estimasi: 8 agen']],
      ['Oh gitu. Ya sudah, kalau bisa diunduh PDF saja?', ['unduh'], ['transfer data', 'egress']],
    ],
  },
  // "Oke good. Nanti saya share ke tim.": the privacy notice and a delete button
  {
    name: 'berbagi dengan tim sendiri tidak menanyakan apa-apa',
    locale: 'id-ID',
    steps: [
      ['50 agen, voice + social media + live chat, cloud. Berapa sebulan?', ['Estimasi: 50 agen']],
      ['Oke good. Nanti saya share ke tim.', ['Sama-sama'], ['Hapus percakapan ini']],
    ],
  },
  // "udah kehapus kan?" after asking for the data to be erased: the whole estimate again
  {
    name: 'sudah terhapus ditanya setelah batal',
    locale: 'id-ID',
    steps: [
      ['3 agen, telpon, wa sama ig. cloud', ['Estimasi: 3 agen']],
      ['boleh minta dihubungi sales?', ['nama']],
      ['eh gajadi deh kak, batal aja. data aku dihapus ya', ['Dibatalkan']],
      ['udah kehapus kan?', ['Hapus percakapan ini'], ['Rincian']],
    ],
  },
  // "hello, who am i talking to? is this a bot?": a person from sales offered, and the sales form opened under the estimate
  {
    name: 'asking whether this is a bot asks for no person',
    steps: [
      ['hello, who am i talking to? is this a bot?', [/automated|advisor/i], ['shall I price yours first']],
      ['16 agents, chat and email, cloud', ['Estimate: 16 agents'], ['What is your name']],
    ],
  },
  // "what company? Quick Fix Appliance Repair": "Please tell me the company name"; "yes thats fine send it" became the company
  {
    name: 'the company question said back before its answer',
    steps: [
      ['hi i need to talk to a human pls', ['contact details']],
      ['no i dont want an estimate just a person', ['What is your name']],
      ['ok. name\'s Dev, dev@quickfixappliance.com', ['Which company']],
      ['what company? Quick Fix Appliance Repair', ['phone number'], ['Please tell me the company name']],
    ],
  },
  // "Hannah O'Connor, Head of Resident Services, Campus Living Co, …": the job title sent to sales as the company
  {
    name: 'a job title among the details is not the company',
    steps: [
      ['18 agents across voice, email and webchat, cloud', ['Estimate: 18 agents']],
      ['Fine. I\'d like sales to contact me: Hannah O\'Connor, Head of Resident Services, Campus Living Co, hannah.oconnor@campuslivingco.co.uk, 07700 900461, afternoons are best', ['Campus Living Co'], ['Company: Head of Resident Services']],
    ],
  },
  // "oke deh, gak usah sales. thanks" at the name question: "Sama-sama!" and the name asked again
  {
    name: 'sales ditolak di tengah formulir sales',
    locale: 'id-ID',
    steps: [
      ['12 agen telepon dan email cloud', ['Estimasi: 12 agen']],
      ['mau ngobrol sama sales', ['Siapa nama Anda']],
      ['oke deh, gak usah sales. thanks', ['Dibatalkan']],
    ],
  },
  // "appreciate it" at the name question: stored as the name
  {
    name: 'appreciate it is thanks, not a name',
    steps: [
      ['12 agents voice and email cloud', ['Estimate: 12 agents']],
      ['alright, appreciate it', [/welcome/i], ['What is your name', 'not sure what you mean']],
      ['talk to sales', ['What is your name']],
      ['appreciate it', [/welcome/i, 'What is your name'], ['work email']],
    ],
  },
  // "Kalau vendor naikin harga 5% tiap tahun, total 3 tahun jadi berapa kira2?": 5% more agents (18 → 19)
  {
    name: 'kenaikan harga vendor per tahun dihitung atas total beberapa tahun',
    locale: 'id-ID',
    steps: [
      ['18 agen, telepon dan email, cloud', ['Estimasi: 18 agen']],
      ['Kalau vendor naikin harga 5% tiap tahun, total 3 tahun jadi berapa kira2?', ['Dengan kenaikan harga 5% per tahun, 3 tahun', 'Rp 2.668.434.000'], ['18 → 19']],
    ],
  },
  {
    name: 'a yearly price rise over five years',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ['what if prices go up 3% a year over 5 years?', ['With prices rising 3% a year, 5 years', '$302,621'], ['20 → 21']],
    ],
  },
  // "Biasanya CS cuma 5 orang, tp pas ramadhan-lebaran nambah 15 org lagi selama 2 bulan": a peak of 15, not 5 + 15
  {
    name: 'tambahan 15 orang di atas 5 orang biasa',
    locale: 'id-ID',
    steps: [
      ['Assalamualaikum, saya jualan hampers & parsel. Biasanya CS cuma 5 orang, tp pas ramadhan-lebaran nambah 15 org lagi selama 2 bulan', ['20 agen']],
    ],
  },
  // "around 20ish staff on the phones in peak season, maybe 8 the rest of the year … What's that going to set us back?":
  // 20 agents all year, the 8 lost, and the sales article
  {
    name: 'a peak said before the usual head count, and what it will set us back',
    steps: [
      ['G\'day. We\'re a regional bus tour operator in Queensland, around 20ish staff on the phones in peak season, maybe 8 the rest of the year. Voice and email. What\'s that going to set us back?', ['I price 8 agents, your usual head count', 'peak of 20', 'Where should it run'], ['Say "talk to sales"']],
    ],
  },
  // "we don't record calls at all": the storage article, "I cannot work out what recording fewer calls would save"
  {
    name: 'no calls recorded takes storage down to a center with no recordings',
    steps: [
      ['10 agents on email, chat and phone, cloud please. Typical volumes.', ['Estimate: 10 agents']],
      ['we don\'t record calls at all', ['no calls recorded (your figure)', 'Data storage: $1,125 → $281']],
      ['what\'s the storage line based on?', ['You record 0% of your calls']],
    ],
  },
  {
    name: 'panggilan tidak direkam',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon dan email, cloud, volume tipikal', ['Estimasi: 10 agen']],
      ['panggilan kami tidak direkam sama sekali', ['tidak ada panggilan yang direkam (angka Anda)']],
    ],
  },
  // "And storage, our vendor says $600 per agent a year": the storage article, the figure never used
  {
    name: 'a storage figure said after its topic, apart',
    steps: [
      ['75 agents on cloud, voice and email, roughly what per month?', ['Estimate: 75 agents']],
      ['And storage, our vendor says $600 per agent a year', ['data storage $50 per agent a month (your figure)']],
    ],
  },
  // "so how many agents does that cover" after a budget: "Tell me the call volume first"
  {
    name: 'the head count a budget covers, asked after it',
    steps: [
      ['We have $3k/month budget. what can we get?', ['covers about **12 agents**']],
      ['cloud, voice + sms', ['covers about']],
      ['so how many agents does that cover', ['$3,000 a month covers about **12 agents** (voice and SMS, cloud)'], ['call volume first']],
    ],
  },
  {
    name: 'berapa agen yang bisa didapat dengan budget itu',
    locale: 'id-ID',
    steps: [
      ['player support sekitar 10 orang pakai email, discord, sama in-app chat. cloud.', ['Estimasi: 10 agen']],
      ['budget kita $3k per bulan, cukup gak?', ['Anggaran Anda']],
      ['kalau gak cukup, berapa agen yg bisa kita dapet dengan budget segitu?', ['cukup untuk sekitar **16 agen**']],
    ],
  },
  // "… alat pertanian... bukan, koreksi, kami distributor alkes … Ada 22 agen, telepon + email + live chat. Cloud.": every
  // detail lost, the head count asked for the whole chat
  {
    name: 'koreksi usaha di awal pesan tidak menghapus skenarionya',
    locale: 'id-ID',
    steps: [
      ['Halo, saya manajer contact center di perusahaan pembiayaan alat pertanian... bukan, koreksi, kami distributor alat kesehatan (alkes) ke rumah sakit dan klinik. Ada 22 agen, telepon + email + live chat. Cloud.', ['Estimasi: 22 agen, telepon, email, dan live chat, cloud']],
    ],
  },
  // "80 interviewers doing OUTBOUND calls only", "55 inside sales/support staff": the head count asked again and again
  {
    name: 'interviewers at work on calls are the agents',
    steps: [
      ['hey, I\'m in Teams rn, boss wants a number. We\'re a market research firm, survey call centre, 80 interviewers doing OUTBOUND calls only. cloud.', ['80 agents'], ['How many agents']],
    ],
  },
  {
    name: 'staff after a list of their roles are the agents',
    steps: [
      ['Hello. I\'m procurement lead at an office supplies B2B distributor. 55 inside sales/support staff. Phone and email. We need a cloud quote for 3 years.', ['Estimate: 55 agents, voice and email, cloud']],
    ],
  },
  // "we bring on 30 temps for those 2 months. How does that change the annual cost?": the same annual figure, twice
  {
    name: 'temps brought on for two months are a season on top',
    steps: [
      ['10 agents, voice and email, cloud', ['Estimate: 10 agents']],
      ['We get a massive spike in Dec/Jan after xmas gifts - we bring on 30 temps for those 2 months. How does that change the annual cost?', ['2 months × $9,502 a month (40 agents)']],
    ],
  },
  // "ok what if we add 5 more agents for valentines season, just feb": 5 more all year
  {
    name: 'five more for one named month only',
    steps: [
      ['10 agents, voice and email, cloud', ['Estimate: 10 agents']],
      ['ok what if we add 5 more agents for valentines season, just feb', ['1 month at $3,563 (15 agents)'], ['10 → 15']],
    ],
  },
  // "Thank you, that is most useful.": the largest costs
  {
    name: 'thanks with praise asks nothing',
    steps: [
      ['10 agents, voice and email, cloud', ['Estimate: 10 agents']],
      ['Thank you, that is most useful.', [/welcome/i], ['largest']],
    ],
  },
  // "what if we used our own IT staff that we already pay for - can you take that line out?": not understood
  {
    name: 'the IT line taken out for staff already paid',
    steps: [
      ['30 agents voice and email on premises', ['Estimate: 30 agents']],
      ['what if we used our own IT staff that we already pay for - can you take that line out?', ['In-house IT staff: $2,700 → $0']],
    ],
  },
  // "what if only 30% runs on-prem instead of half": agents 120 → 60, hybrid → on-premises
  {
    name: 'a hybrid split said by its on-premises share',
    steps: [
      ['120 agents voice and email hybrid', ['Estimate: 120 agents']],
      ['what if only 30% runs on-prem instead of half', ['70%'], ['120 → 60', 'hybrid → on-premises']],
    ],
  },
  {
    name: 'porsi cloud dibuat 80 persen',
    locale: 'id-ID',
    steps: [
      ['40 agen telepon hibrida', ['Estimasi: 40 agen']],
      ['Kalau porsi cloud nya dibuat 80%?', ['80%']],
    ],
  },
  // "Bagaimana dengan keamanan datanya jika dibandingkan cloud?": the cloud's figures
  {
    name: 'keamanan dibanding cloud',
    locale: 'id-ID',
    steps: [
      ['30 agen telepon on premise', ['Estimasi: 30 agen']],
      ['Bagaimana dengan keamanan datanya jika dibandingkan cloud?', ['Tidak ada model penerapan yang aman dengan sendirinya']],
    ],
  },
  // "Jordan Morrison. Lexical Translations." at the name question: "Which company…?" right after
  {
    name: 'a name and a company at the name question',
    steps: [
      ['talk to sales', ['shall I price yours first']],
      ['no, just pass my details', ['What is your name']],
      ['Jordan Morrison. Lexical Translations.', ['work email'], ['Which company']],
    ],
  },
  // "Is there a cheaper tier? $125 per person seems a lot for us": "I am not sure what you mean"
  {
    name: 'a cheaper tier asked for is the tiers side by side',
    steps: [
      ['8 agents voice cloud', ['Estimate: 8 agents']],
      ['Is there a cheaper tier? $125 per person seems a lot for us', ['Essential about $50 per agent a month']],
    ],
  },
  // "hmm ok, what if we had 20": the same 10-agent estimate
  {
    name: 'what if we had twenty, after a hesitation',
    steps: [
      ['8 agents voice cloud', ['Estimate: 8 agents']],
      ['hmm ok, what if we had 20', ['8 → 20']],
    ],
  },
  // "does the voice cost change if we go over some limit? fair use?": "Updated: removed SMS."
  {
    name: 'a question about the voice cost chooses no channels',
    steps: [
      ['20 agents voice and sms cloud', ['Estimate: 20 agents']],
      ['does the voice cost change if we go over some limit? fair use?', [], ['removed SMS', 'Updated']],
    ],
  },
  // "can you tell me about your company? who built you": the hybrid definition and how the estimate works
  {
    name: 'who built the advisor',
    steps: [
      ['can you tell me about your company? who built you', ['automated advisor'], ['hybrid']],
    ],
  },
  {
    name: 'siapa kalian sebenarnya',
    locale: 'id-ID',
    steps: [
      ['Siapa kalian sebenarnya?', ['penasihat otomatis'], ['belum menangkap']],
    ],
  },
  // "Wah, on-premise nya jauh lebih mahal ya. Kenapa bisa begitu untuk 3 orang saja?": switched to on-premises, nothing explained
  {
    name: 'kenapa on-premise mahal untuk tiga orang',
    locale: 'id-ID',
    steps: [
      ['3 agen telepon dan email cloud', ['Estimasi: 3 agen']],
      ['Wah, on-premise nya jauh lebih mahal ya. Kenapa bisa begitu untuk 3 orang saja?', [], ['Perubahan', 'Estimasi: 3 agen, telepon dan email, on-premise']],
    ],
  },
  // "berapa kalau di-dollar-kan?": the currency settings, no dollar figure
  {
    name: 'di-dollar-kan',
    locale: 'id-ID',
    steps: [
      ['3 agen telepon dan email cloud', ['Estimasi: 3 agen']],
      ['berapa kalau di-dollar-kan?', ['$']],
    ],
  },
  // "Berapa biaya awal (setup) nya saja?" under an on-premises estimate: the cloud's set-up fee
  {
    name: 'biaya awal on-premise',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon on premise', ['Estimasi: 10 agen']],
      ['Berapa biaya awal (setup) nya saja?', ['Skenario Anda (on-premise) butuh sekitar Rp 709.500.000 di muka']],
    ],
  },
  // "… Currently cloud at about $2,800/mo all-in. Are we overpaying?": the estimate alone, the $2,800 never compared
  {
    name: 'what is paid now, held against the estimate',
    steps: [
      ['Hi there, I\'m the service desk lead at a regional drone manufacturer (agri & survey drones). 9 support techs, phone, email, web chat. Currently cloud at about $2,800/mo all-in. Are we overpaying?', ['You pay about $2,800 a month today']],
    ],
  },
  // "Apa yang akan dilakukan dengan email saya?": the email channel's price
  {
    name: 'apa yang dilakukan dengan email saya',
    locale: 'id-ID',
    steps: [
      ['3 agen telepon dan email cloud', ['Estimasi: 3 agen']],
      ['Apa yang akan dilakukan dengan email saya?', ['hanya dipakai untuk satu hal']],
    ],
  },
  // "CS ada 5, tp rencana nambah jadi delapan taun depan": an 8-year horizon
  {
    name: 'delapan orang tahun depan bukan delapan tahun',
    locale: 'id-ID',
    steps: [
      ['halo min, saya owner toko pertanian jualan online. CS ada 5, tp rencana nambah jadi delapan taun depan. channel wa, telpon, email. cloud', ['Estimasi: 5 agen', 'Untuk 8 agen yang Anda perkirakan nanti'], ['8 tahun']],
      ['tahun ke-2 jadi 8 agen', ['Dari 5 menjadi 8 agen di tahun ke-2']],
    ],
  },
  // "We're currently on-prem and wondering if moving to cloud saves money over 5 years?": the cloud's 5-year total alone
  {
    name: 'whether moving to the cloud saves money, from on-premises',
    steps: [
      ['We have 25 agents handling subscriptions - phone, email and web chat. We\'re currently on-prem and wondering if moving to cloud saves money over 5 years?', ['Estimate: 25 agents, voice, email and web chat, on-premises', 'Cheapest over 5 years: cloud', 'Against your on-premises over 5 years']],
    ],
  },
  // "around 120ish agents, voice + email + sms, cloud": a budget of $120, the head count asked three times
  {
    name: 'a head count said with -ish',
    steps: [
      ['need a quick number for a budget deck. patient support program for a pharma company, around 120ish agents, voice + email + sms, cloud. typical volumes is fine', ['120 agents'], ['$120 a month covers']],
    ],
  },
  // "and what if storage is only $300 per agent a year? we don't record much": the $300 ignored
  {
    name: 'a storage figure beside recording little is the figure',
    steps: [
      ['11 agents, web chat + email + SMS, cloud, typical volumes', ['Estimate: 11 agents']],
      ['and what if storage is only $300 per agent a year? we don\'t record much', ['data storage $25 per agent a month (your figure)'], ['no calls recorded']],
    ],
  },
  // "Price it on essentials please": the licence article, the tier unchanged
  {
    name: 'price it on essentials',
    steps: [
      ['40 agents, email and web chat, a little phone. Cloud. Typical volumes.', ['Estimate: 40 agents']],
      ['What\'s the difference between the essentials and the premium tier?', []],
      ['Price it on essentials please', ['platform tier Standard → Essential']],
    ],
  },
  // "wats the setup fee": the cost per agent
  {
    name: 'the setup fee asked with a typo and no deployment',
    steps: [
      ['7 agents, just voice, cloud', ['Estimate: 7 agents']],
      ['wats the setup fee', ['needs about $0 up front'], ['per agent per month']],
    ],
  },
  // "Which one is cheaper by year 5 and by how much?": cloud's year 5 alone
  {
    name: 'which is cheaper by year five, and by how much',
    steps: [
      ['60 agents handling voice, SMS and social media. Could you compare on-premises versus cloud over 5 years?', ['Cheapest over 5 years']],
      ['Which one is cheaper by year 5 and by how much?', ['Cheapest over 5 years', 'over 5 years:']],
    ],
  },
  // "kalau pake cloud brp, kalau pake on premise brp? dua2nya ya": 2 agents, hybrid
  {
    name: 'dua-duanya adalah perbandingan, bukan dua agen',
    locale: 'id-ID',
    steps: [
      ['Halo admin. Saya manajer toko online perlengkapan memancing. CS 3 orang pakai WA, email. Mau tanya: kalau pake cloud brp, kalau pake on premise brp? dua2nya ya', ['3 agen', 'Paling murah selama 3 tahun'], ['Estimasi: 2 agen', 'hibrida, cloud']],
    ],
  },
  // "server cukup 1 aja": the agents became 1
  {
    name: 'jumlah server bukan jumlah agen',
    locale: 'id-ID',
    steps: [
      ['3 agen WA dan email on premise', ['Estimasi: 3 agen']],
      ['server cukup 1 aja', [], ['3 → 1']],
    ],
  },
  // "22 agen itu sebenarnya cuma 18 yang full time, 4 part time setengah hari": 22 halved to 11
  {
    name: 'paruh waktu di dalam jumlah agen',
    locale: 'id-ID',
    steps: [
      ['22 agen telepon dan email cloud', ['Estimasi: 22 agen']],
      ['boleh dicek kalau 22 agen itu sebenarnya cuma 18 yang full time, 4 part time setengah hari?', ['termasuk 4 agen paruh waktu', 'sekitar 20'], ['22 → 11']],
    ],
  },
  // "… email saya yoga.pratama@…, perusahaan PT Surya Energi Mandiri": phone and WhatsApp dropped, the lead said "email"
  {
    name: 'kata email sebelum alamatnya bukan saluran',
    locale: 'id-ID',
    steps: [
      ['15 agen telepon dan WA, hibrida', ['Estimasi: 15 agen']],
      ['Oke balik ke cloud aja. Lalu tolong teruskan ke sales, email saya yoga.pratama@suryaenergi.co.id, perusahaan PT Surya Energi Mandiri', [], ['Estimasi: 15 agen, email, cloud']],
    ],
  },
  // "jadi setaun total brp kak kalo yg 10 org cuma sebulan?": 10 agents all year
  {
    name: 'sepuluh orang cuma sebulan',
    locale: 'id-ID',
    steps: [
      ['2 agen telepon dan WA, cloud', ['Estimasi: 2 agen']],
      ['jadi setaun total brp kak kalo yg 10 org cuma sebulan?', ['1 bulan dengan', '(10 agen)', '11 bulan']],
    ],
  },
  // "wah 3jtan ya sebulan, gak sanggup kak hehe. ada yg lebih murah gak": a budget read, and 3,000,000 agents
  {
    name: 'terlalu mahal lalu minta yang lebih murah',
    locale: 'id-ID',
    steps: [
      ['1 agen WA dan telepon cloud', ['Estimasi: 1 agen']],
      ['wah 3jtan ya sebulan, gak sanggup kak hehe. ada yg lebih murah gak', [], ['3.000.000 agen', 'Anggaran Anda']],
    ],
  },
  // "mahal jg ya wkwk": not understood
  {
    name: 'mahal juga ya',
    locale: 'id-ID',
    steps: [
      ['5 agen telepon cloud', ['Estimasi: 5 agen']],
      ['mahal jg ya wkwk', [], ['belum menangkap']],
    ],
  },
  // "Kalau pakai on-premise untuk jangka 5 tahun lebih murah tidak?": switched to on-premises, no comparison
  {
    name: 'apakah on-premise lebih murah dalam 5 tahun',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon dan email cloud', ['Estimasi: 20 agen']],
      ['Kalau pakai on-premise untuk jangka 5 tahun lebih murah tidak?', ['Paling murah selama 5 tahun'], ['Estimasi: 20 agen, telepon dan email, on-premise']],
    ],
  },
  // "in August and September (back to school) we go up to 15": how long the peak lasts asked, just given
  {
    name: 'two months named one by one are the peak',
    steps: [
      ['Hi, we run a used textbook marketplace. Normally 8 agents on email and web chat, but in August and September (back to school) we go up to 15. Cloud.', ['Month by month in the cloud', '2 months × '], ['how long it lasts']],
    ],
  },
  // "thanks, bye" at the company question: the company "thanks"
  {
    name: 'thanks and bye are no company',
    steps: [
      ['talk to sales', ['shall I price yours first']],
      ['no, just pass my details', ['What is your name']],
      ['Sam Lee, sam@example.com', ['Which company']],
      ['thanks, bye', [], ['Company: thanks']],
    ],
  },
  // "on prem. actually no, cloud, our IT team is tiny": the three deployments compared
  {
    name: 'a deployment taken back for another',
    steps: [
      ['25 agents, voice and email', ['Where should it run']],
      ['on prem. actually no, cloud, our IT team is tiny', ['optional step'], ['side by side']],
      ['typical', ['Estimate: 25 agents, voice and email, cloud']],
    ],
  },
  // "Which channel is cheapest to run for customer service?": "I am not sure about that one"
  {
    name: 'which channel is cheapest to run',
    steps: [
      ['Which channel is cheapest to run for customer service?', [/social media/i], ['not sure']],
    ],
  },
];

describe('forty-first round (2026-12-06, thirty-third session)', () => {
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

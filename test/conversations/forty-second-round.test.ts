/**
 * What the thirty-fourth session (2026-12-06) found the advisor getting wrong (a round of exploratory visitors, helpers
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
  // "we've only got about $2k a month for this, can we make that work?": "I am not sure what you mean"; "Does that fit in
  // the budget?" with no budget said: "Which line do you mean?"
  {
    name: 'a budget said as what we have got, and a fit asked with no budget said',
    steps: [
      ['30 agents voice and chat cloud', ['Estimate: 30 agents']],
      ['Does that fit in the budget?', ['You have not told me a budget yet', '$7,125 a month'], ['Which line do you mean']],
      ["we've only got about $2k a month for this, can we make that work?", ['Your budget is $2,000 a month', 'below even the low end'], ['I am not sure what you mean']],
    ],
  },
  // "kalo 2 orang masih masuk budget gak?": priced for 2 agents, the budget of 5 juta never mentioned
  {
    name: 'dua orang masih masuk budget: dihitung ulang dan dibandingkan dengan anggaran',
    locale: 'id-ID',
    steps: [
      ['budget kami 5 juta sebulan', ['Rp 5.000.000 per bulan cukup untuk sekitar']],
      ['3 agen, telepon dan whatsapp, cloud', ['Estimasi: 3 agen']],
      ['kalo 2 orang masih masuk budget gak?', ['jumlah agen 3 → 2', 'Anggaran Anda Rp 5.000.000 per bulan']],
    ],
  },
  // "how soon will they contact me?": "I am not sure what you mean" after the estimate; a privacy notice in the form;
  // "is this thing only for big companies?": "I am not sure what you mean"
  {
    name: 'when sales will call, and whether small teams are served',
    steps: [
      ['30 agents voice and chat cloud', ['Estimate: 30 agents']],
      ['is this thing only for big companies?', ['I price any head count from one agent up'], ['I am not sure what you mean', 'The largest costs']],
      ['how soon will they contact me?', ["can't promise an hour"], ['I am not sure what you mean']],
      ['talk to sales', ['What is your name?']],
      ['Jo Park, Parkside Ltd, jo@parkside.com', ['A phone number']],
      ['when will someone call me?', ["can't promise an hour", 'A phone number']],
      ['skip', ['good time']],
      ['mornings', ['New lead']],
      ['yes', ['reference']],
      ['how soon will they contact me?', ['is already with the sales team', 'CCA-']],
    ],
  },
  {
    name: 'usaha kecil dan kapan dihubungi sales',
    locale: 'id-ID',
    steps: [
      ['ini cuma buat perusahaan besar ya?', ['Saya bisa menghitung mulai dari satu agen']],
      ['kapan saya dihubungi sales?', ['tidak bisa menjanjikan jamnya']],
    ],
  },
  // "hari Kamis siang aja, dan ya saya setuju" at the phone question: the time noted, the phone asked again, the consent lost
  {
    name: 'waktu dan persetujuan dijawab di pertanyaan nomor telepon',
    locale: 'id-ID',
    steps: [
      ['Butuh 20 agen, telepon, SMS, sama social media. Cloud', ['Estimasi: 20 agen']],
      ['Saya mau ngobrol sama sales', ['Siapa nama Anda?']],
      ['Rina Wulandari', ['email']],
      ['rina@selatnusantara.com', ['perusahaan']],
      ['PT Selat Nusantara Lines', ['Nomor telepon']],
      ['hari Kamis siang aja, dan ya saya setuju', ['hari Kamis siang', 'CCA-'], ['Nomor telepon, jika ingin ditelepon']],
    ],
  },
  // "Oke saya tertarik, tolong hubungi saya. Yohanes …, ya saya setuju" under the estimate: the consent asked again
  {
    name: 'semua data dan persetujuan dalam satu pesan di bawah estimasi',
    locale: 'id-ID',
    steps: [
      ['Kami penyewaan kapal pinisi di Raja Ampat. Butuh 8 agen, telepon, email, social media, cloud', ['Estimasi: 8 agen']],
      ['Oke saya tertarik, tolong hubungi saya. Yohanes Mambrasar, PT Pinisi Papua Bahari, yohanes@pinisipapua.com, 0821 4455 6677, Rabu jam 2 siang WIT, ya saya setuju', ['CCA-', 'Yohanes Mambrasar'], ['Ya atau tidak']],
    ],
  },
  {
    name: 'data lengkap dengan setuju setelah sempat batal',
    locale: 'id-ID',
    steps: [
      ['Kami peternakan ayam petelur. Butuh 5 agen telepon sama WA/social, cloud', ['Estimasi: 5 agen']],
      ['boleh dihubungi sales', ['Siapa nama Anda?']],
      ['eh gak jadi deh, nanti aja', ['Dibatalkan']],
      ['hmm ok deh jadi aja. Nama saya Slamet Riyadi, CV Telur Makmur Boyolali, email slamet@telurmakmur.id, telp 0857 1234 9876, hari Senin pagi, setuju', ['CCA-', 'Slamet Riyadi'], ['Ya atau tidak']],
    ],
  },
  // "no wait, 25 not 20" under the estimate: "OK. Anything else?", still 20 agents
  {
    name: 'a head count taken back for another, in so many words',
    steps: [
      ["We're an auction house in Boston. Looking at 20 agents for voice and email, hybrid deployment.", ['Estimate: 20 agents']],
      ['no wait, 25 not 20', ['agents 20 → 25', 'Estimate: 25 agents']],
      ['make it 30 instead of 25', ['agents 25 → 30']],
    ],
  },
  // "20 agen, eh 25 maksudnya, telepon + web chat + social, cloud": priced for 20 agents
  {
    name: 'jumlah agen dikoreksi di pesan pertama dengan "maksudnya"',
    locale: 'id-ID',
    steps: [
      ['20 agen, eh 25 maksudnya, telepon + web chat + social, cloud', ['Estimasi: 25 agen']],
    ],
  },
  // "And IVR?" after the voice price: the voice price again
  {
    name: 'a term of the trade asked as a short follow-up',
    steps: [
      ['how much do voice calls cost?', ['Most vendors include']],
      ['And IVR?', ['automated phone menu']],
      ['what about SIP trunks?', ['phone line over the internet']],
    ],
  },
  {
    name: 'IVR ditanya singkat setelah harga telepon',
    locale: 'id-ID',
    steps: [
      ['biaya telepon per menit brp?', ['menit']],
      ['Kalau IVR?', ['menu telepon otomatis']],
    ],
  },
  // "please delete my data": the erase button offered; then "bye": "your scenario stays here for 30 days"
  {
    name: 'erasing asked for is done, and the goodbye after it keeps nothing',
    steps: [
      ['we have 4 tattoo studios, thinking 2 agents for phone and instagram DMs, cloud', ['Estimate: 2 agents']],
      ['please delete my data', ['I have erased this conversation'], ['Press "Erase this conversation"']],
      ['bye', ['Goodbye'], ['stays here for']],
    ],
  },
  {
    name: 'a request not to store anything erases the chat; a question about later erasing only answers',
    steps: [
      ['8 agents. voice, email, web chat. on prem', ['Estimate: 8 agents']],
      ['can you delete my data later?', ['Erase this conversation'], ['I have erased']],
      ['dont store anything about me pls. delete this chat', ['I have erased this conversation']],
    ],
  },
  // "how mutch per yer": the sales form; "wat if i ad sms": SMS priced alone, voice dropped
  {
    name: 'typos in a yearly question and in adding a channel',
    steps: [
      ['chimney sweeping business, 3 agents phones only, cloud', ['Estimate: 3 agents']],
      ['how mutch per yer', ['a year'], ['What is your name']],
      ['wat if i ad sms', ['Estimate: 3 agents, voice and SMS']],
    ],
  },
  // "Berapa estimasi biaya bulanan dan tahunan?": "Baris yang mana?"; "total per bulannya jadi brp?": the cost per agent first
  {
    name: 'total bulanan dan tahunan ditanya setelah estimasi',
    locale: 'id-ID',
    steps: [
      ['30 agen, telepon dan email, cloud', ['Estimasi: 30 agen']],
      ['Berapa estimasi biaya bulanan dan tahunan?', ['per bulan', 'per tahun'], ['Baris yang mana']],
      ['total per bulannya jadi brp?', [/^Untuk 30 agen/]],
    ],
  },
  // "Most of the year 5 people on the phones is plenty but late December we need about 20": 5 agents, the peak dropped;
  // "and if we just kept 20 on all year …": the deployments compared for 5 agents
  {
    name: 'a peak month named after the usual head count, then one head count all year',
    steps: [
      ["g'day, we sell fireworks (legally, promise). Most of the year 5 people on the phones is plenty but late December we need about 20. Voice and SMS, cloud.", ['Month by month in the cloud', 'Against 5 agents all year']],
      ['so what would December cost us vs a normal month?', ['A month at 20 agents comes to about']],
      ['and if we just kept 20 on all year how much more is that per year?', ['agents 5 → 20']],
    ],
  },
  // "Normally 10 agents on the phones, but for six weeks around each election we need 200": 10 agents all year
  {
    name: 'a peak of some weeks, written in words, after the normal head count',
    steps: [
      ["We're the county elections office. Normally 10 agents on the phones, but for six weeks around each election we need 200. Cloud. What would a year look like with one election?", ['Month by month in the cloud', 'Against 10 agents all year']],
    ],
  },
  // "What would it be if we just had 18 year-round?": an 18-year horizon
  {
    name: 'one head count year-round after a seasonal year',
    steps: [
      ["We rent out event tents and marquees. In winter we run 6 agents, May to September we go up to 18. Phone and email, cloud. What's the annual cost?", ['Month by month']],
      ['What would it be if we just had 18 year-round?', ['For 18 agents', '$51,300 a year'], ['18 years']],
    ],
  },
  // "hai, kami roastery kopi yg jualan online ke kafe2": the sales form, then the budget lost under its question;
  // "kira2 dapet brp agen kalau pake WA/social sama web chat, cloud?": 12 agents priced; "kalau 5 agen muat gak di budget
  // itu?": the estimate alone
  {
    name: 'usaha yang jualan bukan permintaan sales; anggaran, jumlah agennya, lalu 5 agen dibandingkan',
    locale: 'id-ID',
    steps: [
      ['hai, kami roastery kopi yg jualan online ke kafe2', ['Berapa jumlah agen'], ['tim sales']],
      ['budget kami cuma 50jt sebulan buat CS', ['Rp 50.000.000 per bulan cukup untuk sekitar']],
      ['kira2 dapet brp agen kalau pake WA/social sama web chat, cloud?', ['Rp 50.000.000 per bulan cukup untuk sekitar **16 agen** (media sosial dan live chat, cloud)']],
      ['kalau 5 agen muat gak di budget itu?', ['Estimasi: 5 agen', 'Anggaran Anda Rp 50.000.000 per bulan']],
    ],
  },
  // "Which one wins?" after the deployments were compared: "I am not sure what you mean"
  {
    name: 'which deployment wins, asked short after the comparison',
    steps: [
      ['Agricultural seed supplier, 25 agents, voice/email/web chat. Compare on-prem, cloud and hybrid over 7 years please', ['Cheapest over 7 years']],
      ['Which one wins?', ['cloud comes to', 'less a month'], ['I am not sure what you mean']],
    ],
  },
  // "Which is cheaper long term, on-prem or cloud?" right after the 3-year comparison: the same table again
  {
    name: 'which deployment is cheaper in the long term is whether the other ever catches up',
    steps: [
      ['we import ceramic tiles, need about thirty-five agents on voice and email, on premises.', ['Estimate: 35 agents']],
      ['Which is cheaper long term, on-prem or cloud?', ['Nor later'], ['Comparison (upfront']],
    ],
  },
  // "Our budget is 5 lakh rupees per month, is it sufficient?": $500,000, "covers about 1,867 agents"
  {
    name: 'a budget in a currency not priced is not taken for dollars; one in dollars is held against the estimate',
    steps: [
      ['We need call centre for twenty five agents, voice and WhatsApp and email. Cloud please.', ['Estimate: 25 agents']],
      ['Our budget is 5 lakh rupees per month, is it sufficient?', ['I cannot hold an amount in rupees'], ['500,000', 'agents across the price range']],
      ['our budget is 6000 dollars a month, is it enough?', ['Your budget is $6,000 a month']],
    ],
  },
  // "BlueWave Pools" at the email question: the email asked again and the company lost; "ok, back to it - company is
  // BounceZone" at the email question: the same
  {
    name: 'a company given where the email is asked is kept',
    steps: [
      ['pool cleaning business, 8 agents, phone and sms, cloud', ['Estimate: 8 agents']],
      ['can someone from sales call me', ['What is your name?']],
      ['Marco Ruiz', ['email']],
      ['BlueWave Pools', ['BlueWave Pools', 'email']],
      ['marco@bluewavepools.com', ['phone number'], ['Which company']],
    ],
  },
  {
    name: 'a company named with its label after a detour',
    steps: [
      ['Trampoline park chain, 10 agents, phone, SMS and web chat, cloud please', ['Estimate: 10 agents']],
      ["I'd like to speak to sales", ['What is your name?']],
      ['Kim Nguyen', ['email']],
      ['actually, can you first tell me what the yearly cost would be?', ['a year', 'email']],
      ['ok, back to it - company is BounceZone', ['BounceZone', 'email'], ['back to it']],
      ['kim@bouncezone.com', ['phone number'], ['Which company']],
    ],
  },
  // "kenapa ada biaya implementasi? kan cloud": the largest costs; "yg angka min max itu kok beda jauh?": the estimate again
  {
    name: 'biaya implementasi cloud dipertanyakan, dan rentang min-max',
    locale: 'id-ID',
    steps: [
      ['7 agen, web chat + social + email, cloud', ['Estimasi: 7 agen']],
      ['kenapa ada biaya implementasi? kan cloud', ['tidak punya biaya sekali bayar'], ['Biaya terbesar']],
      ['yg angka min max itu kok beda jauh?', ['bukan penawaran resmi'], ['Rincian (nilai tipikal']],
    ],
  },
  // "what does the range mean? why is there a low and high number?": the first 12 months' total
  {
    name: 'what the range means',
    steps: [
      ['we own 6 day spas and want a central booking team of 9, phone + instagram + web chat, cloud', ['Estimate: 9 agents']],
      ['what does the range mean? why is there a low and high number?', ['not a quote'], ['First 12 months']],
    ],
  },
  // "kalau 50 ribu SMS?" right after 10,000 SMS were multiplied out, in the estimate form: "noted" and the head count asked
  {
    name: 'jumlah SMS lain ditanya singkat setelah harga SMS',
    locale: 'id-ID',
    steps: [
      ['Halo, saya dari perusahaan parkir (kelola parkir gedung & mall)', ['Berapa jumlah agen']],
      ['kalau kirim 10rb SMS sebulan brp biayanya?', ['10.000 SMS per bulan']],
      ['kalau 50 ribu SMS?', ['50.000 SMS per bulan', 'Rp 8.250.000 per bulan']],
    ],
  },
  // "supply restaurants and fish shops all over WA": a WhatsApp channel at $900 a month
  {
    name: 'Western Australia is no WhatsApp',
    steps: [
      ["Hi there, we're a wholesale seafood distributor out of Fremantle, supply restaurants and fish shops all over WA. We want a proper team of 30 agents taking orders over the phone, SMS and email. Our IT guy reckons hybrid. What would that set us back?", ['30 agents, voice, SMS and email, hybrid'], ['WhatsApp', 'social media']],
    ],
  },
  // "Requirement is 50 nos. agents, voice + SMS, hybrid model": the head count asked twice
  {
    name: 'a head count written with "nos."',
    steps: [
      ['Dear team, we have chain of two-wheeler service centres in Chennai. Requirement is 50 nos. agents, voice + SMS, hybrid model. Please share quotation.', ['Estimate: 50 agents, voice and SMS, hybrid']],
      ['Can we reduce to 40 agents, what is difference?', ['agents 50 → 40', 'Monthly total']],
    ],
  },
  // "Permisi, saya punya toko alat musik online. Mau tanya harga satuan dulu": the head count asked, and asked again
  // under every price answered
  {
    name: 'mau tanya harga satuan dulu: belum ada estimasi yang dimulai',
    locale: 'id-ID',
    steps: [
      ['Permisi, saya punya toko alat musik online. Mau tanya harga satuan dulu', ['Silakan, mau tanya apa?'], ['Berapa jumlah agen']],
      ['Harga kirim 1 SMS berapa ya?', ['satu SMS biasanya sekitar'], ['Berapa jumlah agen']],
    ],
  },
  // "No wait, 25 not 20." at the deployment question: ignored, every later figure for 20 agents
  {
    name: 'a head count taken back for another inside the estimate form',
    steps: [
      ['Hi, I manage customer service for a car rental franchise with 5 branches. We need 20 agents on voice and email.', ['Where should it run']],
      ['No wait, 25 not 20.', ['agents 20 → 25', 'Where should it run']],
    ],
  },
  // "Rencananya mau rekrut 9 orang agen, pakai telepon, sms dan email … cloud": 2 agents priced
  {
    name: 'rekrut 9 orang agen adalah 9 agen',
    locale: 'id-ID',
    steps: [
      ['Selamat sore, saya punya peternakan sapi perah di Boyolali, sekarang komplain masuk lewat hp pribadi saya dan anak saya, sebulan bisa 3 ribu telepon. Rencananya mau rekrut 9 orang agen, pakai telepon, sms dan email, dan kata keponakan saya lebih baik cloud. Kira-kira biayanya berapa ya?', ['9 agen']],
    ],
  },
  // "ok bye" after hybrid was priced beside the cloud scenario: switched to hybrid and the estimate shown
  {
    name: 'an ok with a goodbye switches nothing',
    steps: [
      ['We run a sock subscription box. Need 5 agents, email & web chat, cloud.', ['Estimate: 5 agents']],
      ['What would hybrid cost?', ['The same scenario hybrid']],
      ['ok bye', ['Goodbye'], ['deployment cloud → hybrid']],
    ],
  },
  // "What does the setup fee cover?" with a cloud scenario: the on-premises hardware article
  {
    name: 'the set-up fee of a cloud scenario',
    steps: [
      ['carpet cleaning, 6 agents, phone and email, cloud', ['Estimate: 6 agents']],
      ['What does the setup fee cover?', ['no set-up or onboarding fee for cloud']],
    ],
  },
  // "What's the range on that, best case vs worst case?": the worst case alone; "Ta very much": not understood
  {
    name: 'best and worst case together, and thanks said the British way',
    steps: [
      ['oilfield services, 40 agents, voice and email, hybrid', ['Estimate: 40 agents']],
      ["What's the range on that, best case vs worst case?", [/a year \(\$[\d,]+–\$[\d,]+\)/]],
      ['Ta very much', [/welcome|Glad|pleasure/i], ['I am not sure what you mean']],
    ],
  },
  // "kalau gak cukup, brp agen yg masuk budget?": the budget against 5 agents again
  {
    name: 'berapa agen yang masuk anggaran',
    locale: 'id-ID',
    steps: [
      ['Om swastiastu, sy punya money changer di Kuta. budget kami cuma 15jt sebulan utk call center', ['cukup untuk sekitar **3 agen**']],
      ['cukup gak utk 5 agen telpon + chat di web? cloud', ['Estimasi: 5 agen']],
      ['kalau gak cukup, brp agen yg masuk budget?', ['Rp 15.000.000 per bulan cukup untuk sekitar']],
    ],
  },
  // "Is the price fixed or could it change over time?": the drawbacks of cloud
  {
    name: 'whether the price is fixed over time',
    steps: [
      ['wind farm services, 12 agents, voice, hybrid', ['Estimate: 12 agents']],
      ['Is the price fixed or could it change over time?', ['I assume no yearly price increase']],
    ],
  },
  // "In summer we go up to 20 agents for about three months. How does that change things?": 20 agents all year
  {
    name: 'a summer peak with its length in words, after the estimate',
    steps: [
      ['We run a ferry line, 12 agents, voice and email, cloud', ['Estimate: 12 agents']],
      ['In summer we go up to 20 agents for about three months. How does that change things?', ['Month by month in the cloud', '3 months × $4,750 a month (20 agents)'], ['agents 12 → 20']],
    ],
  },
  // "So what's the difference per year between the two?" right after two deployments were priced: not understood
  {
    name: 'the difference between the two deployments just priced',
    steps: [
      ['We deliver bottled water and coolers to offices around Atlanta. 25 agents, voice, SMS, email. Which is better for us, hybrid or cloud?', ['25 agents']],
      ['Price both please.', ['Cheapest over 3 years']],
      ["So what's the difference per year between the two?", ['a year'], ['I am not sure what you mean']],
    ],
  },
  // "jelasin dlm bahasa indo aja ya" after the conversation turned English: not understood
  {
    name: 'minta penjelasan dalam bahasa Indonesia',
    steps: [
      ['12 agents voice cloud', ['Estimate: 12 agents']],
      ['jelasin dlm bahasa indo aja ya', ['dalam bahasa Indonesia']],
    ],
  },
  // "yg 3 tahun totalnya masing2 brp?" after the deployments were compared: the cloud's total alone
  {
    name: 'total 3 tahun masing-masing model',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan email, cloud', ['Estimasi: 20 agen']],
      ['bandingkan semua deployment', ['Paling murah selama 3 tahun']],
      ['yg 3 tahun totalnya masing2 brp?', ['Paling murah selama 3 tahun', 'On-premise', 'Hibrida']],
    ],
  },
  // "I'd rather not give my email" at the email question: "Sales needs your email to follow up", the lead never sent
  {
    name: 'an email declined: the phone number is asked instead, and the request goes with it alone',
    steps: [
      ['surf school, 4 agents, phone, cloud', ['Estimate: 4 agents']],
      ['talk to sales', ['What is your name?']],
      ['Kai Moana', ['email']],
      ["I'd rather not give my email", ['No problem, no email'], ['Sales needs your email']],
      ['Gold Coast Surf Co', ['What phone number can sales reach you on?'], ['optional']],
      ['skip', ['Sales needs one way to reach you']],
      ['0412 555 019', ['good time']],
      ['mornings', ['New lead']],
      ['yes', ['They will call you on 0412 555 019 (mornings)']],
    ],
  },
  {
    name: 'tanpa email, cukup nomor telepon',
    locale: 'id-ID',
    steps: [
      ['4 agen telepon cloud', ['Estimasi: 4 agen']],
      ['hubungi sales', ['Siapa nama Anda?']],
      ['Made Wirawan', ['email']],
      ['gak usah email ya, telpon aja', ['Tidak apa-apa, tanpa email']],
      ['Bali Surf', ['Nomor telepon berapa yang bisa dihubungi tim sales?']],
      ['0812 3456 7890', ['Kapan waktu yang tepat']],
      ['pagi', ['Prospek baru']],
      ['ya', ['Mereka akan menelepon Anda di 0812 3456 7890 (pagi)']],
    ],
  },
  // "Actually make it on-prem not cloud.": "That is already your scenario (cloud)"
  {
    name: 'a deployment said with the one taken back after it',
    steps: [
      ['clock repair chain, 10 agents, voice and email, cloud', ['Estimate: 10 agents']],
      ['Actually make it on-prem not cloud.', ['deployment cloud → on-premises'], ['already your scenario']],
    ],
  },
  // "What is cost for one agent per month?": the scenario rewritten to 1 agent
  {
    name: "one agent's cost is the cost per agent",
    steps: [
      ['15 agents, voice and chat, cloud', ['Estimate: 15 agents']],
      ['What is cost for one agent per month?', ['per agent'], ['agents 15 → 1']],
    ],
  },
  // "itu per org nya brp?": "how many org a month should I spread it over?"; "estimasinya brp?": "which line?"; "SIP trunk
  // itu apa ya": not understood
  {
    name: 'per orang, estimasinya berapa, dan apa itu SIP trunk',
    locale: 'id-ID',
    steps: [
      ['12 agen, telepon dan email, cloud', ['Estimasi: 12 agen']],
      ['itu per org nya brp?', ['per agen'], ['pembagi']],
      ['estimasinya brp?', ['per bulan', 'per tahun'], ['Baris yang mana']],
      ['SIP trunk itu apa ya', ['SIP trunk'], ['Saya belum menangkap']],
    ],
  },
  // "see ya": the goodbye in Indonesian
  {
    name: 'see ya is an English goodbye',
    steps: [
      ['5 agents email cloud', ['Estimate: 5 agents']],
      ['see ya', ['Goodbye'], ['Sampai jumpa']],
    ],
  },
  // "we only really do email and web chat, nothing on the phone": voice priced too
  {
    name: 'nothing on the phone is no voice',
    steps: [
      ['hiya, I run a little chocolate webshop in Bristol, just me and two others answering customers', []],
      ['we only really do email and web chat, nothing on the phone. what would that cost us in the cloud?', ['email and web chat'], ['voice, email']],
    ],
  },
];

describe('forty-second round (2026-12-06, thirty-fourth session)', () => {
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

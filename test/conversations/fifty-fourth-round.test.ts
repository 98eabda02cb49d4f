/**
 * What the forty-sixth session (2026-12-07) found the advisor getting wrong (rounds of exploratory visitors, helpers who
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
  // "on prem or cloud, which is less hassle?": the three deployments priced over 3 years
  {
    name: 'which deployment is less work to run is answered on the work',
    steps: [
      ['20 agents, voice and sms, cloud', ['Estimate: 20 agents']],
      ['on prem or cloud, which is less hassle?', ['Cloud is the least work', 'in-house IT team'], ['Cheapest over 3 years']],
    ],
  },
  // "which has lower risk?": the cloud's drawbacks only
  {
    name: 'which deployment is less risky sets each one\'s risks side by side',
    steps: [
      ['20 agents, voice and sms, cloud', ['Estimate: 20 agents']],
      ['which has lower risk?', ['single point of failure', 'reliable internet connection', 'two environments']],
    ],
  },
  {
    name: 'mana yang lebih berisiko dijawab untuk ketiganya',
    locale: 'id-ID',
    steps: [['mana yang lebih berisiko, cloud atau on-prem?', ['satu titik kegagalan', 'koneksi internet']]],
  },
  // "What's the range per agent per month?": the note on accuracy and what moves the total
  {
    name: 'the range asked per agent is the figure per agent with its range',
    steps: [
      ['20 agents, voice and sms, cloud', ['Estimate: 20 agents']],
      ["What's the range per agent per month?", ['per agent per month ($111–$374)'], ['budget estimate, not a quote']],
    ],
  },
  // "do you charge by agent or by channel?": the estimate split by channel
  {
    name: 'whether the price is per agent or per channel is what the licence covers and what costs on top',
    steps: [
      ['20 agents, voice and sms, cloud', ['Estimate: 20 agents']],
      ['do you charge by agent or by channel?', ['What usually costs extra'], ['channel by channel']],
    ],
  },
  // "is whatsapp more expensive than sms?": the cheapest-channel answer, WhatsApp never named
  {
    name: 'WhatsApp priced against SMS names how WhatsApp is billed',
    steps: [['is whatsapp more expensive than sms?', ['billed per conversation', 'SMS at about $0.01']]],
  },
  // "trs kalo email lebih murah dr WA gak?": email added to the channels noted
  {
    name: 'email dibanding WA bukan menambah email',
    locale: 'id-ID',
    steps: [
      ['kak mau nanya, biaya whatsapp business buat CS itu brp sih?', ['WhatsApp']],
      ['trs kalo email lebih murah dr WA gak?', ['paling murah untuk dikirim'], ['email ditambahkan']],
    ],
  },
  // "can you add whatsapp to the estimate": added, then "I cannot send email from here"
  {
    name: 'a channel added to the estimate is not the estimate sent',
    steps: [
      ['8 reps on phones + email', ['Where should it run']],
      ['cloud', ['optional step']],
      ['can you add whatsapp to the estimate', ['social media and email, cloud'], ['cannot send email']],
    ],
  },
  // "voice only, about 18000 calls per month, plus SMS reminders ~25000 a month": SMS never priced
  {
    name: 'a volume of SMS said beside "voice only … plus" prices SMS too',
    steps: [
      ['35 agents', ['Which channels']],
      ['voice only, about 18000 calls per month, plus SMS reminders ~25000 a month', ['Where should it run']],
      ['cloud', ['optional step']],
      ['use typical volumes', ['Estimate: 35 agents, voice and SMS, cloud', 'SMS: $250']],
    ],
  },
  // "ok say he costs us 6000 a month" after the IT staff line: the yearly figure again, the IT cost unchanged
  {
    name: 'the IT person pointed back to with a cost is the IT cost',
    steps: [
      ['12 agents, voice and email, on premise', ['Estimate: 12 agents']],
      ['why is there IT staff in it? we have a guy already', ['In-house IT staff']],
      ['ok say he costs us 6000 a month', ['$6,000 per full-time person a month']],
    ],
  },
  // "what does the year cost with the summer peak?": 60 agents all year
  {
    name: 'the year asked with the peak on screen is the year by season',
    steps: [
      ['about 25 agents in winter, 60 in summer (june-august)', ['peak of 60']],
      ['voice, sms and web chat. cloud', ['that year comes to about $98,232']],
      ['what does the year cost with the summer peak?', ['that year comes to about $98,232'], ['$174,677']],
      ["and if we went on-prem we'd have to buy for 60 right?", ['built for the peak: 60 seats all year'], ['Updated: deployment']],
    ],
  },
  // "so how much for the whole year?": the 3-year total
  {
    name: 'the whole year asked is a year, by season when there is one',
    steps: [
      ['We have 20 agents, but in spring (Feb-Apr) we go up to 45.', ['peak of 45']],
      ['phones and email', ['Where should it run']],
      ['cloud', ['optional step']],
      ['typical', ['that year comes to about']],
      ['so how much for the whole year?', ['that year comes to about'], ['over 3 years']],
    ],
  },
  // "a mail-order seed & bulb catalogue": email added
  {
    name: 'a mail-order business is no email channel',
    steps: [['Greetings from the ops team at a mail-order seed & bulb catalogue. We have 20 agents.', ['Which channels'], ['added email']]],
  },
  // "we go up to ~600 agents in summer": 600 agents all year
  {
    name: 'a summer high said as "go up to" is a peak, not the head count',
    steps: [
      ['20 agents, voice and sms, cloud', ['Estimate: 20 agents']],
      ['we go up to ~600 agents in summer', ['A month at 600 agents'], ['Updated: agents']],
    ],
  },
  // "No I just want someone to contact me" at "estimate first?": "OK. Anything else"
  {
    name: 'a no that goes on to ask for contact is the contact-only way',
    steps: [
      ["Hi, small accounting firm's client helpline. 4 staff, calls and emails. Honestly I want a human to call me.", ['Estimate first']],
      ['No I just want someone to contact me', ['What is your name?'], ['Anything else']],
    ],
  },
  // "do i need MMS? we send photos…", then "ok add it": MMS never added
  {
    name: '"add it" after a channel price adds that channel',
    steps: [
      ['hey do u do pricing for small teams. like 3 ppl', ['Which channels']],
      ['phones n texts', ['Where should it run']],
      ['cloud', ['optional step']],
      ['do i need MMS? we send photos of repaired watches to customers sometimes', ['MMS']],
      ['ok add it', ['voice, SMS and MMS, cloud']],
    ],
  },
  // "14 reps plus 2 supervisors, so 16 seats": "say make it 18 agents"
  {
    name: 'supervisors already added into the seats are not counted again',
    steps: [
      ['14 reps. Voice, email. Cloud.', ['Estimate: 14 agents']],
      ["Oh wait, it's 14 reps plus 2 supervisors, so 16 seats", ['agents 14 → 16'], ['make it 18 agents']],
    ],
  },
  // "ok then what model are you": the deployments' table
  {
    name: 'what model runs the advisor is what the advisor is',
    steps: [['ok then what model are you', ['automated advisor'], ['single point of failure']]],
  },
  // "we have a server room already, so on-prem might be cheap for us?": the existing-PBX answer
  {
    name: 'whether a server room makes on-premises cheap is the three priced',
    steps: [
      ['~30 agents', ['Which channels']],
      ['voice, sms, email, web chat', ['Where should it run']],
      ['we have a server room already, so on-prem might be cheap for us?', ['Cheapest over 3 years'], ['existing PBX', 'phone systems you already own']],
    ],
  },
  // "is it worth moving to cloud?": the advantages of cloud, no figure
  {
    name: 'whether a move to cloud pays is the deployments priced',
    steps: [
      ['40 agents across 3 branches. voice + sms + email.', ['Where should it run']],
      ['is it worth moving to cloud?', ['Cheapest over 3 years']],
    ],
  },
  // "how much does it cost to set up an on premise contact center", then "for 70 agents, voice and email": asked the
  // deployment again
  {
    name: 'the on-premises set-up cost asked begins an on-premises estimate',
    steps: [
      ['how much does it cost to set up an on premise contact center', ['servers and telephony hardware', 'how many agents']],
      ['for 70 agents, voice and email', ['Estimate: 70 agents, voice and email, on-premises'], ['Where should it run']],
    ],
  },
  // "what if social is just 5 of the agents, not all 28?": 5 agents, social only
  {
    name: 'a channel said to be for part of the team, channel first, is that sub-team',
    steps: [
      ['28 agents, voice, email, social media, cloud', ['Estimate: 28 agents']],
      ['what if social is just 5 of the agents, not all 28?', ['If only 5 of them handle it'], ['Updated: agents']],
    ],
  },
  // "how much data does a contact center usually send out?": the SMS prices
  {
    name: 'how much data a center sends out is the egress answer with the volume assumed',
    steps: [['how much data does a contact center usually send out?', ['3 GB per agent a month'], ['$0.01']]],
  },
  // "It's me plus 1 part-time person on the phone.": 3 agents; "just the phone": all three compared
  {
    name: 'me plus one is two, and "just the phone" at the deployment question is the channel',
    steps: [
      ["Hi! I own a piano tuning and repair business. It's me plus 1 part-time person on the phone.", ['agents: 2'], ['agents: 3']],
      ['just the phone', ['Where should it run'], ['side by side']],
    ],
  },
  // "do i need AI features? what do they cost?": what AI does, its price never
  {
    name: 'a second question pointing back at the first subject asks its cost',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ['do i need AI features? what do they cost?', ['surfacing information to agents', 'usage-based']],
    ],
  },
  // "kira2 kami butuh 8 agen, telepon dan WhatsApp" at the time question: stored as the time to call
  {
    name: 'skenario di pertanyaan waktu bukan waktu dihubungi',
    locale: 'id-ID',
    steps: [
      ['Mau ngobrol sama sales aja langsung', ['Estimasi dulu']],
      ['nama saya Dimas Prasetyo, email dimas@ayamkremes.co.id, perusahaan PT Kremes Nusantara', ['Nomor telepon']],
      ['no hp 0812-3456-7890', ['Kapan waktu']],
      ['kira2 kami butuh 8 agen, telepon dan WhatsApp', ['jumlah agen: 8', 'Kapan waktu'], ['Waktu yang diinginkan untuk dihubungi: kira2']],
    ],
  },
  // "upfront nya brp?" right after full on-premises was priced against hybrid: hybrid's one-time costs
  {
    name: 'biaya di muka ditanya sesudah model lain dihitung adalah milik model itu',
    locale: 'id-ID',
    steps: [
      ['hitung 120 agen hybrid, voice + email + chat', ['Estimasi: 120 agen']],
      ['kalau full on-prem aja gmn?', ['hibrida']],
      ['upfront nya brp?', ['on-premise sekitar', 'Rp 3.729.000.000']],
    ],
  },
  // "kalo on-prem lebih lama ya?": the rollout answer again word for word
  {
    name: 'apakah on-premise lebih lama disiapkan dijawab ya atau tidak',
    locale: 'id-ID',
    steps: [
      ['trs implementasinya berapa lama biasanya?', ['tidak menyebut berapa lama']],
      ['kalo on-prem lebih lama ya?', ['Biasanya ya'], ['tidak menyebut berapa lama persiapan']],
    ],
  },
  // "Apa kelebihan dan kekurangan on-premise dibanding cloud untuk perusahaan yang diawasi OJK?": the compliance note alone
  {
    name: 'kelebihan dan kekurangan dengan regulator disebut tetap dijawab',
    locale: 'id-ID',
    steps: [
      ['Apa kelebihan dan kekurangan on-premise dibanding cloud untuk perusahaan yang diawasi OJK?', ['Tabel sumber', 'OJK']],
      ['Kalau hibrida bagaimana?', ['Tiga kekurangan'], ['Dicatat: model penerapan']],
    ],
  },
  // "ada yg gratis ga sih?": the egress article
  {
    name: 'apakah ada yang gratis dijawab',
    locale: 'id-ID',
    steps: [
      ['1 agen, email doang, cloud', ['Estimasi: 1 agen']],
      ['ada yg gratis ga sih?', ['tidak menyebut platform pusat kontak yang gratis']],
      ['yaudah gpp', [], ['belum menangkap maksud']],
    ],
  },
  // "dibanding telepon mana yg paling murah sih channelnya?": the head count asked again
  {
    name: 'saluran termurah ditanya dengan kata lain dijawab',
    locale: 'id-ID',
    steps: [['kak CS kita lebih banyak di IG. dibanding telepon mana yg paling murah sih channelnya?', ['paling murah untuk dikirim']]],
  },
  // "mau estimasi dulu baru hubungi sales": "estimate first, or just contact me?"
  {
    name: 'estimasi dulu lalu sales langsung mulai estimasi',
    locale: 'id-ID',
    steps: [['mau estimasi dulu baru hubungi sales', ['Berapa jumlah agen'], ['Hubungi saya saja']]],
  },
  // "Kira-kira butuh berapa agen ya?" with 2,000 WhatsApp chats and 500 calls a month given: an example for 10 agents
  {
    name: 'jumlah agen ditanya sesudah volume disebut dihitung dari volume itu',
    locale: 'id-ID',
    steps: [
      ['Tiap bulan ada sekitar 2000 chat WhatsApp dan 500 telepon masuk.', ['Berapa jumlah agen']],
      ['Kira-kira butuh berapa agen ya?', ['8 agen', '3 untuk telepon', '5 untuk chat']],
    ],
  },
  // "trus kadang kirim MMS foto hasil inspeksi, sekitar 3000 per bulan": MMS at the typical 1,000
  {
    name: 'volume MMS beberapa kata sesudah MMS tetap volumenya',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon + SMS, cloud', ['Estimasi: 10 agen']],
      ['trus kadang kirim MMS foto hasil inspeksi, sekitar 3000 per bulan', ['MMS 3.000 per bulan', 'Rp 1.485.000']],
    ],
  },
  // "loh jadi gimana?" after the last channel could not be removed: not understood
  {
    name: 'jadi gimana ditanya adalah skenario sekarang',
    locale: 'id-ID',
    steps: [
      ['25 agen, WA, cloud', ['Estimasi: 25 agen']],
      ['hapus WA', ['tidak ada saluran yang tersisa']],
      ['loh jadi gimana?', ['Untuk 25 agen, media sosial, cloud'], ['belum menangkap']],
    ],
  },
  // "Kalau on-premise apa kekurangannya?" after cloud's pros and cons: on-premises' advantages first
  {
    name: 'kekurangan saja ditanya sesudah kelebihan dan kekurangan adalah kekurangan',
    locale: 'id-ID',
    steps: [
      ['Apa kelebihan dan kekurangan contact center cloud?', ['lima kelebihan']],
      ['Kalau on-premise apa kekurangannya?', ['lima kekurangan'], ['Sumber menyebut tiga: kendali']],
    ],
  },
  // "kalau gak masuk, apa yang bisa dikurangi?": what the estimate includes, then an AI text
  {
    name: 'apa yang bisa dikurangi adalah pengungkit penghematan',
    locale: 'id-ID',
    steps: [
      ['6 agen untuk telepon, WhatsApp, dan email, cloud', ['Estimasi: 6 agen']],
      ['kalau gak masuk, apa yang bisa dikurangi?', ['paket essentials'], ['Yang belum termasuk']],
    ],
  },
  // "…bayar sekitar Rp 80 juta per bulan untuk 20 agen": never held against the estimate
  {
    name: 'biaya vendor lama disebut dibandingkan dengan estimasi',
    locale: 'id-ID',
    steps: [
      ['Kami distributor gas LPG, sekarang pakai vendor contact center lama, bayar sekitar Rp 80 juta per bulan untuk 20 agen.', ['Rp 80.000.000 per bulan saya catat']],
      ['Channel telepon dan WA, cloud. Kalau pakai estimasi di sini lebih murah gak?', ['Saat ini Anda membayar sekitar Rp 80.000.000']],
    ],
  },
  // "ulangi estimasi yang tadi dong" with nothing priced: "how many agents?"
  {
    name: 'estimasi diminta ulang padahal belum ada dikatakan belum ada',
    locale: 'id-ID',
    steps: [['ulangi estimasi yang tadi dong', ['Belum ada estimasi']]],
  },
  // "nah that's enough for now" under an estimate: "I am not sure what you mean"
  {
    name: 'a close said in a few words is a close',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ['no thanks', []],
      ["nah that's enough for now", ['Anything else'], ['not sure what you mean']],
    ],
  },
  // "udh" under the sales offer: not understood
  {
    name: 'udh di bawah tawaran sales menutup',
    locale: 'id-ID',
    steps: [
      ['3 agen, WA IG sama telp. cloud', ['Estimasi: 3 agen']],
      ['udh', [], ['belum menangkap']],
    ],
  },
  // "How much cheaper per year?" after cloud was priced against on-premises: the 3-year table
  {
    name: 'how much cheaper a year, after two deployments, is the gap between them',
    steps: [
      ['9 people on customer service. Voice, email and facebook. On-prem.', ['Estimate: 9 agents']],
      ['Hmm what if we did cloud instead, is it cheaper?', ['cloud']],
      ['How much cheaper per year?', ['a year'], ['Cheapest over 3 years']],
    ],
  },
  {
    name: 'selisih dua model per tahun adalah selisih keduanya',
    locale: 'id-ID',
    steps: [
      ['40 agen telepon dan email cloud', ['Estimasi: 40 agen']],
      ['Selisih cloud vs hybrid per tahun berapa?', ['per tahun', 'hibrida'], ['Paling murah selama']],
    ],
  },
  // "you people just want my email": not understood
  {
    name: 'details doubted are answered with what happens to them',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ['you people just want my email', ['used for one thing only'], ['not sure what you mean']],
    ],
  },
  // "What drives the on-prem cost at our size?" under a cloud estimate: the cloud's largest lines, twice
  {
    name: 'what drives another deployment is that deployment, once',
    once: 'The largest costs',
    steps: [
      ['350 agents, voice and SMS, cloud', ['Estimate: 350 agents']],
      ['What drives the on-prem cost at our size?', ['The largest costs of 350 agents, voice and SMS, on-premises']],
    ],
  },
  // "Does that change the price?" after volumes: the estimate printed again
  {
    name: 'whether the last change moved the price is answered',
    steps: [
      ['Auto parts distributor, 30 agents, voice and email, cloud please', ['Estimate: 30 agents']],
      ['We get about 8,000 calls a month averaging 4 minutes, and 3,000 emails', ['Updated']],
      ['Does that change the price?', ['left the totals where they were']],
    ],
  },
  // "What does the email channel cost in a contact center?" beside an introduction: the estimate form
  {
    name: 'a channel\'s general price asked beside an introduction is answered',
    steps: [['We\'re an animal shelter (nonprofit). What does the email channel cost in a contact center?', ['no separate price'], ['How many agents']]],
  },
  // "ok price that, web chat and email, cloud" after a chat team was sized: web chat alone
  {
    name: 'channels added to a sized chat team are all priced',
    steps: [
      ['online pharmacy here. how many agents do we need for 500 chats a day?', ['agents']],
      ['ok price that, web chat and email, cloud', ['email and web chat, cloud']],
    ],
  },
  // "What about call recording — where is it stored and who can access it?": not understood
  {
    name: 'where recordings are kept and who reads them is the security answer',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ['What about call recording — where is it stored and who can access it?', ['where your data is stored']],
    ],
  },
  // "what about security and compliance with a hybrid setup? we handle resident personal data": hybrid's drawbacks
  {
    name: 'security and personal data asked of hybrid is the security answer',
    steps: [
      ['25 agents voice and email hybrid', ['Estimate: 25 agents']],
      ['what about security and compliance with a hybrid setup? we handle resident personal data', ['No deployment is secure by itself']],
    ],
  },
  // "mau tambah 6 agen lagi jadi 14" before Lebaran: a peak of 20
  {
    name: 'tambah sekian jadi sekian adalah puncak sebesar angka akhirnya',
    locale: 'id-ID',
    steps: [
      ['8 agen, telepon dan WA, cloud', ['Estimasi: 8 agen']],
      ['Menjelang Lebaran biasanya rame bgt, mau tambah 6 agen lagi jadi 14. Hitung ulang ya', ['14 agen'], ['20 agen']],
    ],
  },
  // "kalo on-prem atau hybrid lebih murah gak buat kami?" under a cloud estimate: on-premises against hybrid only
  {
    name: 'salah satu dari dua model lain lebih murah dibanding milik kami adalah perbandingan ketiganya',
    locale: 'id-ID',
    steps: [
      ['30 agen telepon dan email cloud', ['Estimasi: 30 agen']],
      ['kalo on-prem atau hybrid lebih murah gak buat kami?', ['Paling murah selama 3 tahun']],
    ],
  },
  // "mahal amat anjir": outside what I know
  {
    name: 'estimasi dibilang kemahalan dijawab cara menghemat',
    locale: 'id-ID',
    steps: [
      ['10 orang, telepon doang, cloud', ['Estimasi: 10 agen']],
      ['mahal amat anjir', ['cara menghemat'], ['di luar yang saya ketahui']],
    ],
  },
  // "Kami rencananya 40 agen, telepon dan email. Kira2 mana yg lebih hemat dalam 5 tahun?": the deployment asked
  {
    name: 'mana yang lebih hemat tanpa model dipilih adalah perbandingan',
    locale: 'id-ID',
    steps: [['Kami rencananya 40 agen, telepon dan email. Kira2 mana yg lebih hemat dalam 5 tahun?', ['selama 5 tahun'], ['Mau dijalankan di mana']]],
  },
  // "voice, SMS, email, semua channel deh": the three named only
  {
    name: 'semua channel sesudah beberapa disebut adalah semua',
    locale: 'id-ID',
    steps: [
      ['20 agen', ['Saluran apa saja']],
      ['voice, SMS, email, semua channel deh', ['Mau dijalankan di mana']],
      ['cloud', ['Langkah terakhir']],
      ['pakai volume tipikal', ['telepon, SMS, MMS, media sosial, email, dan live chat']],
    ],
  },
  // "Kalau ditambah PPN 11% jadi berapa per bulannya?" after the exchange rate: the currency article again
  {
    name: 'PPN ditanya sesudah kurs adalah angka dengan PPN',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan WhatsApp, cloud.', ['Estimasi: 20 agen']],
      ['Kurs dolarnya pakai berapa ya?', ['Rp 16.500']],
      ['Kalau ditambah PPN 11% jadi berapa per bulannya?', ['Dengan PPN (11%)']],
    ],
  },
  // "eh nama lengkapnya Fajar Nugroho ya" in the sales form: ignored
  {
    name: 'nama lengkap disebut di formulir mengganti nama',
    locale: 'id-ID',
    steps: [
      ['hubungi sales', ['Estimasi dulu']],
      ['saya Fajar dari PT Roti Mentari Bakery', ['Fajar']],
      ['fajar.n@rotimentari.id', []],
      ['eh nama lengkapnya Fajar Nugroho ya', ['Fajar Nugroho'], ['belum menangkap']],
    ],
  },
  // "sama SMS reminder 300.000 per bulan" under a voice estimate: "add SMS?", then SMS priced at the typical volume
  {
    name: 'volume SMS disebut sebagai tambahan menambah SMS dengan volume itu',
    locale: 'id-ID',
    steps: [
      ['250 agen, telepon aja, on-premise', ['Estimasi: 250 agen']],
      ['sama SMS reminder 300.000 per bulan', ['SMS ditambahkan', 'SMS 300.000 per bulan']],
      ['biaya SMS-nya aja sebulan berapa?', ['300.000 × Rp 165']],
    ],
  },
  // "Halo, saya dari tim Microsoft Teams kantor pusat perusahaan farmasi distribusi. Lagi nyusun proposal.": the sales form
  {
    name: 'perkenalan tanpa kata sales tidak membuka formulir sales',
    locale: 'id-ID',
    steps: [['Halo, saya dari tim Microsoft Teams kantor pusat perusahaan farmasi distribusi. Lagi nyusun proposal.', ['Berapa jumlah agen'], ['Estimasi dulu', 'Siapa nama Anda']]],
  },
  // "kenapa hybrid ada biaya integrasi?": "no custom integration in this estimate"
  {
    name: 'integrasi hibrida ditanya adalah baris hibrida',
    locale: 'id-ID',
    steps: [
      ['40 agen telepon dan email hybrid', ['Estimasi: 40 agen']],
      ['kenapa hybrid ada biaya integrasi?', ['Administrasi hibrida']],
    ],
  },
  // "salah, 500 maksudnya" after 5,000 agents: not understood
  {
    name: 'angka saja sebagai koreksi mengoreksi jumlah agen',
    locale: 'id-ID',
    steps: [
      ['5000 agen telepon cloud', ['Estimasi: 5.000 agen']],
      ['salah, 500 maksudnya', ['500 agen']],
    ],
  },
  // "gmn cara pake bot ini": the article on AI in contact centers
  {
    name: 'cara memakai bot ini adalah bantuan',
    locale: 'id-ID',
    steps: [
      ['p', []],
      ['gmn cara pake bot ini', ['Yang bisa saya lakukan'], ['Sumber menyebut tiga kegunaan']],
    ],
  },
  // "How much does email cost compared with phone? …": email added to the channels
  {
    name: 'email against phone in price is the channels compared, none added',
    steps: [
      ['12 agents, voice and SMS, cloud', ['Estimate: 12 agents']],
      ["How much does email cost compared with phone? We're a charity so every dollar counts.", ['cheapest thing to send'], ['Updated']],
    ],
  },
  // "what does each agent cost us per month in this setup?": the first 12 months
  {
    name: 'each agent a month is the figure per agent',
    steps: [
      ['20 agents voice and email cloud', ['Estimate: 20 agents']],
      ['what does each agent cost us per month in this setup?', ['per agent per month']],
    ],
  },
  // "we're public sector, does the data have to stay on-prem?": on-premises set, everything owned
  {
    name: 'whether data has to stay on-premises is the data-residency answer',
    steps: [
      ['20 agents voice and email cloud', ['Estimate: 20 agents']],
      ["we're public sector, does the data have to stay on-prem?", [/regulation/], ['Updated', 'already own']],
    ],
  },
  // "hm and hybrid?" after on-premises as a what-if: switched to on-premises
  {
    name: 'another deployment asked after a what-if is no yes to switch',
    steps: [
      ['7 people on phones. cloud. how much?', ['Estimate: 7 agents']],
      ["what if it's on-prem?", ['on-premises']],
      ['hm and hybrid?', ['The same scenario hybrid'], ['Updated: deployment']],
    ],
  },
  // "just me and my wife answering the phone. Is this worth it for us?": how the estimate is worked out
  {
    name: 'whether it is worth it for a tiny team is the small-teams answer',
    steps: [['Hi, I own a small chimney sweep business, just me and my wife answering the phone. Is this worth it for us?', ['not only for big companies', 'agents: 2']]],
  },
  // "Brightday Home Care. and no phone calls please, email only" at the company question: voice removed from the center
  {
    name: 'calls refused in the sales form leave the center\'s voice alone',
    steps: [
      ['10 agents, voice and sms, cloud', ['Estimate: 10 agents']],
      ['talk to sales', ['What is your name?']],
      ['Hannah Ellis', []],
      ['hannah@brightday.example.com', []],
      ['Brightday Home Care. and no phone calls please, email only', [], ['removed voice']],
    ],
  },
  // "oops, the company's full name is Kettle and Hearth Stove Co": the name "Kettle", the company "full name is Kettle"
  {
    name: 'the company\'s full name said is the company corrected',
    steps: [
      ['talk to sales', ['Estimate first']],
      ['just contact me', ['What is your name?']],
      ['Hannah Ellis', []],
      ['hannah@kettlehearth.example.com', []],
      ['Kettle', []],
      ["oops, the company's full name is Kettle and Hearth Stove Co", ['Kettle and Hearth Stove Co'], ['full name is']],
    ],
  },
  // "mau hubungi sales dong, toko furnitur online kami mau bikin CS center": the head count asked
  {
    name: 'sales diminta beserta rencana tetap membuka sales',
    locale: 'id-ID',
    steps: [['mau hubungi sales dong, toko furnitur online kami mau bikin CS center', ['Estimasi dulu']]],
  },
  // "…implementasinya butuh waktu berapa lama ya?": a cost figure and the head count asked
  {
    name: 'lama implementasi ditanya dengan perkenalan dijawab',
    locale: 'id-ID',
    steps: [['hai, sy founder startup edtech. kalau mau setup contact center, implementasinya butuh waktu berapa lama ya?', ['tidak menyebut berapa lama'], ['Berapa jumlah agen']]],
  },
  // "Channel email itu ada biaya tambahan gak sih di contact center?": the hidden business costs
  {
    name: 'apakah email berbayar tambahan dijawab dengan harga email',
    locale: 'id-ID',
    steps: [['Halo. Kami toko buku online. Channel email itu ada biaya tambahan gak sih di contact center?', ['email'], ['staf']]],
  },
  // "kalau pake cloud, per orangnya sebulan berapa?": the month and the year only, in the round's conversation
  // (a guard: the start's code already passed this one, with cloud the scenario's own; it failed where cloud was asked
  // of another deployment's estimate)
  {
    name: 'per orang sebulan untuk satu model adalah angka per agen',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon dan WA cloud', ['Estimasi: 20 agen']],
      ['kalau pake cloud, per orangnya sebulan berapa?', ['per agen per bulan']],
    ],
  },
  // "oke berapa skrg?" after a channel was removed: outside what I know
  {
    name: 'berapa sekarang adalah total sekarang',
    locale: 'id-ID',
    steps: [
      ['5 agen, telepon dan IG, cloud', ['Estimasi: 5 agen']],
      ['hapus IG', ['media sosial dihapus']],
      ['oke berapa skrg?', ['Untuk 5 agen, telepon, cloud'], ['di luar yang saya ketahui']],
    ],
  },
  // "kita cuma simpan transkrip chat 3 bulan, sekitar US$200 per agen per tahun lah": web chat added
  {
    name: 'biaya menyimpan data per agen per tahun adalah angka penyimpanan sendiri',
    locale: 'id-ID',
    steps: [
      ['10 agen, WA dan email, cloud', ['Estimasi: 10 agen']],
      ['kita cuma simpan transkrip chat 3 bulan, sekitar US$200 per agen per tahun lah', ['Penyimpanan data'], ['live chat ditambahkan']],
    ],
  },
  // "bisa ringkas aja totalnya? sebulan, setahun, per agen": the figure per agent left out
  {
    name: 'ringkasan total menyebut angka per agen',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon dan email cloud', ['Estimasi: 20 agen']],
      ['bisa ringkas aja totalnya? sebulan, setahun, per agen', ['per agen per bulan']],
    ],
  },
  // "jadi 20jt itu cukupnya brp orang?": not understood
  {
    name: 'berapa orang yang cukup dengan sejumlah uang adalah anggaran',
    locale: 'id-ID',
    steps: [
      ['8 agen telepon dan WA cloud', ['Estimasi: 8 agen']],
      ['jadi 20jt itu cukupnya brp orang?', ['Rp 20.000.000'], ['belum menangkap']],
    ],
  },
  // "ga usah dulu, makasih" at the deployment question: the question again
  {
    name: 'estimasi ditunda di tengah pertanyaan berhenti',
    locale: 'id-ID',
    steps: [
      ['paling 2 admin aja', ['Saluran apa saja']],
      ['telepon', ['Mau dijalankan di mana']],
      ['ga usah dulu, makasih', ['Dibatalkan'], ['Mau dijalankan di mana']],
    ],
  },
  // "is there anything we should budget for that isn't in this estimate?": how accurate the estimate is
  {
    name: 'what to budget beyond the estimate is what it leaves out',
    steps: [
      ['25 volunteers on phones, SMS and web chat, cloud', ['Estimate: 25 agents']],
      ["is there anything we should budget for that isn't in this estimate?", ['It leaves out:']],
    ],
  },
  // "per percakapan itu brp rupiah kira2?" after the WhatsApp Business API article: that article again
  {
    name: 'harga WhatsApp per percakapan dijawab',
    locale: 'id-ID',
    steps: [
      ['wa nya harus pake wa business api ya?', ['WhatsApp']],
      ['per percakapan itu brp rupiah kira2?', ['ditagih per percakapan']],
    ],
  },
  // "and why is on-prem storage more expensive?": the cloud storage line and its price
  {
    name: 'why on-premises storage costs more is answered with why',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ['and why is on-prem storage more expensive?', ['$2,100 per agent per year against $1,350']],
    ],
  },
  // "and what do agents usually cost per hour?" after the call-centre article: licence prices; "what about the technology,
  // ballpark per agent?": agent turnover
  {
    name: 'agents per hour is their pay, and the technology per agent is the cost per agent',
    steps: [
      ["What's the difference between a call center and a contact center?", ['call']],
      ['and what do agents usually cost per hour?', ['no salary or wage figures']],
      ['what about the technology, ballpark per agent?', ['Per agent, the fixed part is the licence']],
    ],
  },
];

describe('fifty-fourth round (2026-12-07, forty-sixth session)', () => {
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

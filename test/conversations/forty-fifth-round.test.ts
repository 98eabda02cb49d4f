/**
 * What the thirty-seventh session (2026-12-06) found the advisor getting wrong (a round of exploratory visitors, helpers
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
  // "how confident are you in that number?": how sure cloud beats on-premises; "seberapa yakin angka ini?": the whole
  // estimate again, nothing on how sure it is
  {
    name: 'how sure the estimate itself is',
    steps: [
      ['30 agents voice and email in the cloud', ['Estimate: 30 agents']],
      ['how confident are you in that number?', ['$7,125 a month at the typical figures', 'at its low end $3,188', 'What moves the total'], ['How sure: over 3 years']],
    ],
  },
  {
    name: 'seberapa yakin angka estimasinya',
    locale: 'id-ID',
    steps: [
      ['Kami perusahaan BPO kecil di Yogyakarta. 45 agen, telepon dan email, cloud.', ['Estimasi: 45 agen']],
      ['seberapa yakin angka ini?', ['pada angka tipikal', 'di batas bawahnya', 'Yang paling menggeser total'], ['Rincian (nilai tipikal']],
    ],
  },
  // "aku IT di startup edtech … budget kita cuma 50 juta sebulan": the hybrid estimate's IT staff at Rp 50 juta a person
  {
    name: 'a budget said after the visitor works in IT is no IT salary',
    locale: 'id-ID',
    steps: [
      ['hai, aku IT di startup edtech kursus bahasa inggris. budget kita cuma 50 juta sebulan, dapet apa aja ya buat contact center cloud?', ['Rp 50.000.000 per bulan cukup untuk sekitar']],
      ['yaudah itung 12 agen aja', []],
      ['gak jadi deh, ganti jadi hybrid', ['hibrida', 'Rp 24.750.000 per orang'], ['Rp 50.000.000 per orang']],
    ],
  },
  // "Kami operasional 24 jam, 7 hari. Panggilan masuk 40.000 per bulan …": staffed for 7 calls a month (and the name
  // "Head" stored from "saya Head of Customer Service")
  {
    name: 'days open before the call volume are no volume',
    locale: 'id-ID',
    steps: [
      ['Dear advisor, saya Head of Customer Service di maskapai... bukan, di perusahaan kapal feri penyeberangan antar pulau. Kami operasional 24 jam, 7 hari. Panggilan masuk 40.000 per bulan, durasi rata-rata 3 menit. Berapa agen yang dibutuhkan?', ['40.000 panggilan'], ['Untuk 7 panggilan', 'Head']],
    ],
  },
  // "ubah penyimpanan jadi 500 dolar per agen per tahun": storage changed, and 500 agents from year 2 invented
  {
    name: 'a storage price per agent a year is no growth',
    locale: 'id-ID',
    steps: [
      ['45 agen, telepon dan email, cloud', ['Estimasi: 45 agen']],
      ['ubah penyimpanan jadi 500 dolar per agen per tahun', ['penyimpanan'], ['500 agen', 'tahun ke-2']],
    ],
  },
  // "trus kelebihan dan kekurangan on-prem dibanding cloud apa" after the hidden costs: the drawbacks alone
  {
    name: 'pros and cons of one side against the other are both',
    locale: 'id-ID',
    steps: [
      ['apa aja sih biaya tersembunyi kalo pake contact center cloud?', ['egress']],
      ['trus kelebihan dan kekurangan on-prem dibanding cloud apa', ['Sumber menyebut tiga', 'Ada lima kekurangan']],
    ],
  },
  // "no I don't want sales calling me, I just want the estimate in my inbox": "Updated: removed SMS"; "why is mms 3x the
  // price of sms?": SMS set to 1,800 a month; "if the bot deflects 30% of chats, could we cut agents? by how many?": the
  // voice and email removed; "agents can handle 2 chats at the same time, does that change it?": 2 chats a month; "is the
  // cloud price locked in or could it go up?": the cost per agent
  {
    name: 'questions that changed the scenario',
    steps: [
      ['12 agents voice sms and web chat in the cloud', ['Estimate: 12 agents, voice, SMS and web chat, cloud']],
      ["no I don't want sales calling me, I just want the estimate in my inbox", ['send the estimate'], ['Updated', 'removed']],
      ['why is mms 3x the price of sms?', ['$0.03'], ['Updated', 'SMS 36']],
      // (changed on purpose in the fortieth session: the head count worked out, with what the other channels do to it, in
      // place of the general article)
      ['if the bot deflects 30% of chats, could we cut agents? by how many?', ['If the assistant fully resolves 30%', 'about 9 agents instead of 12', 'also handle other channels'], ['Updated', 'removed']],
      ['agents can handle 2 chats at the same time, does that change it?', ['two or three conversations at once', 'does not change the price per seat'], ['Updated', 'chats 2']],
      ['is the cloud price locked in or could it go up?', ['held flat', 'cap on yearly increases'], ['per agent per month']],
      ['Can you factor in a 5% yearly price increase on the subscription?', ['With prices rising 5% a year'], ['agents 12 → 13', 'Updated']],
    ],
  },
  // "what's omnichannel and do I need it for 3 agents?": every channel added and the deployment asked
  {
    name: 'what omnichannel is, asked with a head count',
    steps: [
      ["what's omnichannel and do I need it for 3 agents?", ['Omnichannel'], ['Noted so far', 'Where should it run']],
    ],
  },
  // "kalo pake chatbot AI bisa hemat brp?": how the AI is priced, nothing on what it saves
  {
    name: 'berapa yang dihemat chatbot',
    locale: 'id-ID',
    steps: [
      ['20 agen live chat dan email cloud', ['Estimasi: 20 agen']],
      ['kalo pake chatbot AI bisa hemat brp?', ['agen yang hanya melayani chat bisa berkurang'], ['Perubahan']],
    ],
  },
  // "Can you show this in Indonesian? My colleague in Jakarta will read it.": "that is outside what I know"; "thanks. Now
  // switch back to English please": "I am not sure what you mean"
  {
    name: 'the estimate again in Indonesian, then back to English',
    steps: [
      ["Hi, we're a batik textile exporter with 12 agents on voice and WhatsApp-style social messaging, cloud. Price please.", ['Estimate: 12 agents']],
      ['Can you show this in Indonesian? My colleague in Jakarta will read it.', ['bahasa Indonesia', 'Estimasi: 12 agen'], ['di luar yang saya ketahui']],
      ['thanks. Now switch back to English please', ['continue in English'], ['not sure what you mean']],
      ["what's the yearly total?", ['a year']],
    ],
  },
  // "Can you show the prices in Indonesian rupiah?": the whole conversation switched to Indonesian
  {
    name: 'rupiah asked in English stays in English',
    steps: [
      ['Hello, we manage villa rentals in Bali and want a 10 agent contact center, voice and WhatsApp, cloud.', ['Estimate: 10 agents']],
      ['Can you show the prices in Indonesian rupiah?', ['rupiah', 'Rp '], ['Baik', 'Estimasi']],
    ],
  },
  // "why?" after the comparison named cloud cheapest: "Did you mean one of these?"
  {
    name: 'a bare why after the verdict',
    steps: [
      ["fine. we make agricultural drones, 18 support agents, voice and email, and we can't decide between cloud and on-prem. which is better for us?", ['Cheapest over 3 years: cloud']],
      ['why?', ['Where the difference comes from'], ['Did you mean']],
    ],
  },
  // "tell me more about the second option" after the three-way comparison: "I am not sure what you mean"
  {
    name: 'an option by its place in the comparison',
    steps: [
      ['garden centre w/ online shop. 14 agents phone+email. compare cloud, onprem and hybrid pls', ['Comparison (upfront']],
      ['tell me more about the first option', ['The same scenario on-premises'], ['not sure what you mean', 'Updated']],
    ],
  },
  // "we only keep call recordings for 30 days so storage is more like $400 per agent a year.": "I cannot work out what
  // keeping recordings for less time … would save", and the $1,350 kept
  {
    name: 'a storage figure said with the retention behind it',
    steps: [
      ['kitchen remodeling company, 10 agents, voice + email, cloud. we only keep call recordings for 30 days so storage is more like $400 per agent a year.', ['Estimate: 10 agents', '$333'], ['cannot work out']],
    ],
  },
  // "actually I've changed my mind, please withdraw my request and delete my details" at the consent question: the
  // privacy statement, the lead preview and the consent question again
  {
    name: 'a request taken back at the consent question',
    steps: [
      ['We manage a concert and events venue, 8 agents for ticket questions by phone, web chat and social media, cloud', ['Estimate: 8 agents']],
      ['talk to sales', []],
      ['Priya Raman', []],
      ['priya@harborlightsvenue.com', []],
      ['Harbor Lights Venue', []],
      ['skip', []],
      ["actually I've changed my mind, please withdraw my request and delete my details", ['nothing was sent to sales'], ['Yes or no', 'New lead']],
    ],
  },
  // "hi we do corporate catering, 7 agnets, phone and emial, on premsis": "Where should it run?"; "what does the second
  // line cost per agent?": the whole estimate per agent
  {
    name: 'a misspelt deployment, and a line by its place',
    steps: [
      ['hi we do corporate catering, 7 agnets, phone and emial, on premsis', ['Estimate: 7 agents, voice and email, on-premises'], ['Where should it run']],
      ['what does the second line cost per agent?', ['Carrier minutes (own trunks)'], ['per agent per month: ']],
    ],
  },
  // "… perusahaan PT Paylater Kita Indonesia …" after "saya direktur di perusahaan fintech paylater": the company stored
  // as "fintech paylater"
  {
    name: 'the legal name of the company over a description',
    locale: 'id-ID',
    steps: [
      ['Selamat sore, saya direktur di perusahaan fintech paylater. Saya ingin dihubungkan dengan tim sales. Nama saya Rizky Pratama, email rizky.pratama@paylaterku.co.id, perusahaan PT Paylater Kita Indonesia, telepon 0812-3456-7890. Saya setuju dihubungi.', ['PT Paylater Kita Indonesia'], ['perusahaan fintech paylater.']],
    ],
  },
  // "agen cs kita 4 org tp pas harbolnas 11.11 & 12.12 naik jd 15 …": 15 agents all year
  {
    name: 'a count, then another during a peak',
    locale: 'id-ID',
    steps: [
      ['hi min, mau tanya. toko online sepatu lokal nih, agen cs kita 4 org tp pas harbolnas 11.11 & 12.12 naik jd 15. chanel: chat web, IG DM, email. enaknya cloud ya? brp biayanya setahun klo gitu?', ['Estimasi: 4 agen', 'puncaknya (15 agen)'], ['Estimasi: 15 agen']],
      ['yg 15 agen itu cuma 2 bulan ya, sisanya 4', ['2 bulan × ', '10 bulan × ']],
    ],
  },
  // "Kalau 3 bulan sibuknya?" after a year with 2 busy months: the cost of 3 months alone
  {
    name: 'the busy season made longer',
    locale: 'id-ID',
    steps: [
      ['Saya pemilik toko parsel dan hampers Lebaran di Bandung. Biasanya 3 agen, tapi pas Ramadan sampai Lebaran (2 bulan) kami butuh 12 agen. Saluran WhatsApp dan telepon, cloud. Berapa biaya setahun?', ['2 bulan × ']],
      ['Kalau 3 bulan sibuknya?', ['3 bulan × ', '9 bulan × ', 'Rp 278.06'], ['Untuk 3 bulan:']],
    ],
  },
  // "why is the range on IT staff so wide?": the note on ranges; "what would you expect the range to be for that?": a
  // licence paragraph; "what's the difference between the low and the high number, which one should we budget?": the
  // three-year comparison
  {
    name: 'ranges asked of the estimate and of one line',
    steps: [
      ['30 agents hybrid, voice and email', ['Estimate: 30 agents']],
      ['why is the range on IT staff so wide?', ['In-house IT staff', 'Range '], ['Why do you show']],
      ['what would you expect the range to be for that?', ['with every assumption at its low end'], ['The same scenario']],
      ["boss asks what's the difference between the low and the high number, which one should we budget?", ['contingency', 'at its high end'], ['Cheapest over']],
    ],
  },
  // "A vendor quoted us $95 per agent per month for the licence. Use that instead.", then "what if they give us a further
  // 15% discount on that?": 15% off the whole estimate
  {
    name: 'a discount on the vendor licence price',
    steps: [
      ['25 agents voice and email cloud', ['Estimate: 25 agents']],
      ['A vendor quoted us $95 per agent per month for the licence. Use that instead.', ['$95']],
      ['what if they give us a further 15% discount on that?', ["vendor's licence of $95", '$80.75', '$356 a month'], ["off the estimate's"]],
    ],
  },
  // "Kalau mereka kasih diskon 15%, jadi berapa totalnya per bulan?" after a vendor's offer per agent: the estimate's own
  // figure, with no discount
  {
    name: 'diskon dari penawaran vendor',
    locale: 'id-ID',
    steps: [
      ['Saya procurement di BPR (bank perkreditan rakyat) di Semarang. Vendor menawarkan kami Rp 3,5 juta per agen per bulan untuk cloud contact center, 20 agen, telepon dan email. Apakah itu wajar?', ['Rp 3.500.000']],
      ['Kalau mereka kasih diskon 15%, jadi berapa totalnya per bulan?', ['Rp 2.975.000', 'Rp 59.500.000 per bulan untuk 20 agen']],
    ],
  },
  // "WFM itu nambah berapa per bulan?": "nothing changed since …"; "kalau WFM nya gak jadi, totalnya jadi berapa?": the
  // total with WFM still in
  {
    name: 'what WFM adds, and the total without it',
    locale: 'id-ID',
    steps: [
      ['Selamat malam. Saya manajer CX di perusahaan asuransi jiwa syariah. Rencana 40 agen, telepon, email, WhatsApp, cloud, plus WFM dan integrasi ke CRM Salesforce. Bisa dihitung?', ['Estimasi: 40 agen']],
      ['WFM itu nambah berapa per bulan?', ['Manajemen tenaga kerja (WFM)', 'Rp 8.580.000 per bulan'], ['Belum ada yang berubah']],
      ['kalau WFM nya gak jadi, totalnya jadi berapa?', ['dihapus', '−Rp 8.580.000']],
    ],
  },
  // "Kami sudah punya ruang server sendiri, jadi baris itu gak usah dihitung ya" after the rack line: "that is already your
  // scenario"
  {
    name: 'a server room of their own against the facility line',
    locale: 'id-ID',
    steps: [
      ['Kami distributor suku cadang motor di Jawa Tengah. Butuh 22 agen, telepon dan email, on-premise. Berapa per tahun dan per agen?', ['22 agen']],
      ['Kenapa ada baris ruang rak, listrik, dan pendingin?', ['Ruang rak, listrik, dan pendingin']],
      ['Kami sudah punya ruang server sendiri, jadi baris itu gak usah dihitung ya', ['tidak bisa saya hapus', 'angka Anda sendiri'], ['sudah skenario Anda']],
    ],
  },
  // "… growing to 60 next year and 80 in year three. Compare cloud vs hybrid over those 3 years.": 40 → 60 → 60; "and
  // what would on-prem be over the same period?": on-premises at 40 agents all along
  {
    name: 'a growth of two steps, and another deployment over it',
    steps: [
      ['CFO of a regional grocery chain. We have 40 agents today on voice, email and SMS, growing to 60 next year and 80 in year three. Compare cloud vs hybrid over those 3 years.', ['40 → 60 → 80 agents', 'Over 3 years with this growth: cloud']],
      ["what's the total for cloud in year 2 alone?", ['year 2 is priced at 60 agents']],
      ['and what would on-prem be over the same period?', ['With the same growth (40 → 60 → 80 agents), on-premises over 3 years'], ['The same scenario on-premises']],
    ],
  },
  // "Total 3 tahun untuk cloud berapa?" after 10 → 20 → 30: 10 agents for 3 years; "Kalau tahun ketiga ternyata cuma 25
  // agen?": 25 agents all along
  {
    name: 'total pertumbuhan dan tahun ketiga diubah',
    locale: 'id-ID',
    steps: [
      ['Kami perusahaan fintech pinjaman UMKM (bukan paylater). Tahun ini mulai 10 agen, tahun depan jadi 20, tahun ketiga 30 agen. Telepon dan email. Mana yang lebih hemat dalam 3 tahun: cloud atau on-premise?', ['10 → 20 → 30']],
      ['Total 3 tahun untuk cloud berapa?', ['10 → 20 → 30 agen', 'Rp 2.821.500.000'], ['10 agen selama 3 tahun']],
      ['Kalau tahun ketiga ternyata cuma 25 agen?', ['10 → 20 → 25'], ['jumlah agen 10 → 25']],
    ],
  },
  // "that's ridiculous, why would anyone pay that" at the sales offer: the sales form opened, and "you're useless" was
  // taken as the name (on 8951dd2, mid-session, after a retrain; the session's start read the complaint right)
  {
    name: 'a complaint at the sales offer is no yes',
    steps: [
      ["This is probably a scam bot isn't it. you just want my email", []],
      ['fine. prove it. what would 8 agents on email and web chat cost on prem', ['Estimate: 8 agents']],
      ["that's ridiculous, why would anyone pay that", ['What moves the total'], ['What is your name', 'pass your scenario']],
    ],
  },
  // "Rencananya hybrid, 15 agen, telepon dan email. Bisa dihitung?" with a PBX and servers owned: priced as cloud; "ok
  // hapus aja biaya server dan voice gatewaynya": email removed; "jadi sekali bayarnya sekarang berapa?": "outside what I
  // know"
  {
    name: 'hibrida yang direncanakan, perangkat yang sudah dimiliki',
    locale: 'id-ID',
    steps: [
      ['Halo, kami pengelola coworking space di Jakarta. Kami sudah punya PBX Avaya dan server sendiri. Rencananya hybrid, 15 agen, telepon dan email. Bisa dihitung?', ['Estimasi: 15 agen, telepon dan email, hibrida']],
      ['ok hapus aja biaya server dan voice gatewaynya', [], ['email dihapus']],
      // (the one-time cost said as "di muka" answers it too: the forty-fourth session's model reads the up-front answer here)
      ['jadi sekali bayarnya sekarang berapa?', [/sekali bayar|Rp 247\.500\.000 di muka/], ['di luar yang saya ketahui']],
    ],
  },
  // "Terima kasih atas penjelasannya." after answers: the article on how long a set-up takes
  {
    name: 'terima kasih atas penjelasannya',
    locale: 'id-ID',
    steps: [
      ['Selamat siang. Saya dari Dinas Kependudukan dan Pencatatan Sipil, kami sedang menyiapkan layanan pengaduan masyarakat. Apakah pusat kontak berbasis cloud aman untuk data kependudukan?', []],
      ['Bagaimana dengan kepatuhan terhadap UU Pelindungan Data Pribadi?', []],
      ['Terima kasih atas penjelasannya.', ['Sama-sama'], ['Sumber saya tidak menyebut berapa lama']],
    ],
  },
  // "Can we do this in English? Actually no, pake bahasa Indonesia aja deh": "Sure — I will continue in English."
  {
    name: 'the language asked last stands',
    steps: [
      ['Can we do this in English? Actually no, pake bahasa Indonesia aja deh', ['bahasa Indonesia'], ['continue in English']],
    ],
  },
  // "20 people in Jan-Oct but we ramp to 45 for Nov and Dec": 2 months at 20 and 10 at 45
  {
    name: 'the usual months said with the usual count',
    steps: [
      ["Hi! I'm with a consumer electronics e-commerce shop. Our support team is 20 people in Jan-Oct but we ramp to 45 for Nov and Dec holiday season. Channels: voice, web chat, email. Cloud. What does a year look like?", ['10 months × ', '(20 agents)', '2 months × ', '(45 agents)'], ['10 months × $10,']],
    ],
  },
  // "… grow to 25 next year and 40 the year after": 10 → 25 → 25; "thn ini 20 agen, thn dpn 30, thn ke3 45 … total 3 thn
  // brp": 20 agents all along
  {
    name: 'growth said as the year after, and listed year by year',
    steps: [
      ["We're a web hosting company. Right now 10 support agents (voice, email, web chat) but we expect to grow to 25 next year and 40 the year after. Cloud vs on-prem over 3 years given that growth?", ['10 → 25 → 40']],
    ],
  },
  {
    name: 'pertumbuhan per tahun tanpa kata tumbuh',
    locale: 'id-ID',
    steps: [
      ['tambang batubara, helpdesk HR internal. thn ini 20 agen, thn dpn 30, thn ke3 45. cloud, telp+email. total 3 thn brp', ['20 → 30 → 45']],
    ],
  },
  // "misal harga vendor naik 10% tahun depan, tahun kedua jadi brp?": 22 agents from year 2
  {
    name: 'kenaikan harga tahun depan',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon dan email cloud', ['Estimasi: 20 agen']],
      // (a rise said for next year is priced once since the thirty-eighth session; over two years the figure is the same)
      ['misal harga vendor naik 10% tahun depan, tahun kedua jadi brp?', ['10% lebih tinggi mulai tahun kedua', 'Rp 1.034.550.000'], ['22 agen']],
    ],
  },
  // "Our annual budget … is $200,000. How many agents could we support on voice only, on-premises?": priced in the
  // cloud; "… $15,000 per month … with voice and SMS in the cloud?": SMS dropped; "hmm ok. and with $10k?": "not sure"
  {
    name: 'what a budget buys keeps the channels and deployment said with it',
    steps: [
      ["Hello, I coordinate the phone fundraising team at a children's hospital foundation. Our annual budget for the call center technology is $200,000. How many agents could we support on voice only, on-premises?", ['(voice, on-premises)']],
    ],
  },
  {
    name: 'another amount after a budget',
    steps: [
      ["Hi there — I'm a founder of a home security / alarm monitoring company. We have a budget of roughly $15,000 per month for our contact center. What can we get for that with voice and SMS in the cloud?", ['(voice and SMS, cloud)']],
      ['hmm ok. and with $10k?', ['$10,000 a month covers about'], ['not sure what you mean']],
    ],
  },
  // "Kalau budgetnya 200 juta setahun, cloud, dapat berapa agen?": the earlier Rp 50 juta a month answered again
  {
    name: 'anggaran baru setahun',
    locale: 'id-ID',
    steps: [
      ['Selamat siang, saya bagian procurement pabrik keramik di Cikarang. Budget kami maksimal 50 juta per bulan. Dengan budget segitu dapat berapa agen kalau cloud, salurannya telepon dan email?', ['Rp 50.000.000 per bulan']],
      ['Kalau on-premise dengan budget yang sama?', []],
      ['Kalau budgetnya 200 juta setahun, cloud, dapat berapa agen?', ['Rp 200.000.000 per tahun', 'cloud'], ['Rp 50.000.000 per bulan cukup']],
    ],
  },
  // "is mms worth it instead? what's the price difference": the deployment comparison; "fine. what's the 10 year total for
  // on-prem then": switched to on-premises, one year shown; "maybe later on the sales thing": "not sure what you mean"
  {
    name: 'MMS against SMS, a horizon for a deployment, and sales put off',
    steps: [
      ['12 agents voice and sms in the cloud', ['Estimate: 12 agents']],
      ["is mms worth it instead? what's the price difference", ['$0.03'], ['Cheapest over']],
      ["fine. what's the 10 year total for on-prem then", ['over 10 years'], ['deployment cloud → on-premises']],
      ['maybe later on the sales thing', [], ['not sure what you mean', 'will not offer it again']],
    ],
  },
  // "what about per chat" after the price of one SMS and one voice minute: "I am an automated advisor, not a person"
  {
    name: 'a chat priced the way an SMS was',
    steps: [
      ['how much does one sms cost', ['$0.01']],
      ['and one voice minute?', []],
      ['what about per chat', ['no separate price for email or web chat'], ['not a person']],
    ],
  },
  // "does call volume change the price?": the staffing method; "does the number of chats change the price?": how to
  // phrase a question
  {
    name: 'whether a channel volume moves the price',
    steps: [
      ['20 agents voice and web chat cloud', ['Estimate: 20 agents']],
      ['does call volume change the price?', ['unlimited calling'], ['Erlang']],
      ['does the number of chats change the price?', ['no separate price for email or web chat'], ['plain words']],
    ],
  },
];

describe('forty-fifth round (2026-12-06, thirty-seventh session)', () => {
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

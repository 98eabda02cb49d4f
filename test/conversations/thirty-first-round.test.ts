/**
 * What the twenty-third session (2026-12-04) found the advisor getting wrong (a round of exploratory visitors, helpers
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
type Conversation = { name: string; locale?: string; steps: Step[] };

const conversations: Conversation[] = [
  // the email "budi[at]tokokita.id" and "abis maghrib" lost, the phone kept without its country code
  {
    name: 'an address written against spam, a phone with 62 and no plus, and a prayer time are all kept',
    locale: 'id-ID',
    steps: [
      ['Hi, saya mau estimasi untuk 20 agen, voice sama whatsapp, cloud', ['Estimasi: 20 agen']],
      ['boleh hubungi sales', []],
      ['email saya budi[at]tokokita.id, wa 62 857 1234 5678, abis maghrib', ['budi@tokokita.id', '+62 857 1234 5678', 'abis maghrib']],
    ],
  },
  // the consent question asked again after ", consent yes" typed last
  {
    name: 'consent typed last after the details is consent',
    steps: [
      ['120 agents, voice and email, cloud', ['Estimate: 120 agents']],
      ['talk to sales', ['What is your name?']],
      ['Miguel Santos, miguel@islandbpo.ph', []],
      ['Island BPO Inc., +63 917 555 0199, anytime 9-6 PHT, consent yes', [/reference/i, '+63 917 555 0199'], ['May our sales team contact you']],
    ],
  },
  // "Priya Nair. phone" sent to sales as the name
  {
    name: 'a phone label after a full stop is not part of the name',
    steps: [
      ['80 agents, voice, cloud', ['Estimate: 80 agents']],
      ['talk to sales', ['What is your name?']],
      ['Priya Nair. phone +44 7700 900123. best after 2pm UK time', ['Priya Nair', '+44 7700 900123'], ['Priya Nair. phone', 'Nair. phone']],
    ],
  },
  // "voice/email/webchat" beside an address: email dropped from the channels and the lead
  {
    name: 'email named among channels with slashes beside an address stays a channel',
    steps: [
      ['Hi, 35 agents, voice/email/webchat, hybrid. Price it and get someone to call me: Tom Becker, tom.becker@acme-logistics.com, Acme Logistics, 555-201-3344, mornings best, yes I consent to being contacted.', ['Estimate: 35 agents, voice, email and web chat, hybrid']],
    ],
  },
  // "Cloud. Estimasi berapa?" with the SMS volume given: the optional volumes question instead of the figure
  {
    name: 'the last detail said with a request for the figure is priced at once',
    locale: 'id-ID',
    steps: [
      ['kurir, 50 agen, telepon sms sama wa', []],
      ['sms notifikasi sekitar 200rb sebulan', []],
      ['Cloud. Estimasi berapa?', ['Estimasi: 50 agen'], ['Langkah terakhir, opsional']],
    ],
  },
  // "kalo 25 agen masuk gak?" after a budget's head count: the optional volumes question, the yes/no never answered
  {
    name: 'a head count asked to fit the budget said before is priced and held against it',
    locale: 'id-ID',
    steps: [
      ['budget kami cuma 50 jt per bulan, bisa dapet berapa agen kalo cloud?', ['Rp 50.000.000 per bulan cukup untuk sekitar']],
      ['channel voice sama WA', []],
      ['kalo 25 agen masuk gak?', ['Estimasi: 25 agen', 'Anggaran Anda Rp 50.000.000 per bulan'], ['Langkah terakhir, opsional']],
    ],
  },
  // "no questions, 50 agents": the channel question, then the deployment question, and never a figure
  {
    name: 'a visitor in a hurry with only a head count gets a figure at once, with what was assumed',
    locale: 'id-ID',
    steps: [
      ['langsung aja angka nya, gak usah tanya2. 50 agen', ['Kalau begitu saya mulai dengan telepon saja', 'Estimasi: 50 agen, telepon', 'Paling murah selama 3 tahun'], ['Saluran apa saja yang dibutuhkan?']],
    ],
  },
  // "terserah, cloud" at the channel question: cloud lost, the deployment asked next
  {
    name: 'a deployment named beside "whatever" at the channel question is kept',
    locale: 'id-ID',
    steps: [
      ['50 agen', ['Saluran apa saja']],
      ['terserah, cloud', ['Dicatat: model penerapan: cloud', 'Kalau begitu saya mulai dengan telepon saja'], ['Mau dijalankan di mana']],
    ],
  },
  // "estimasinya?" / "Estimasi dong": "I cannot send email from here" beside the estimate
  {
    name: 'the estimate asked for with no way to deliver it is no request to send it',
    locale: 'id-ID',
    steps: [
      ['25 agen, telepon dan email, cloud', ['Estimasi: 25 agen']],
      ['Estimasi dong, kalo bisa dalam jt', ['per bulan'], ['tidak bisa mengirim email']],
    ],
  },
  // "brp harga cc buat 60 org?": out of scope
  {
    name: 'a call center written "cc" with its head count is priced',
    locale: 'id-ID',
    steps: [
      ['brp harga cc buat 60 org?', ['Saluran apa saja'], ['di luar yang saya ketahui']],
      // (the channels and the deployment in one message are priced at once since the twenty-fourth session)
      ['telepon, cloud', ['Estimasi: 60 agen']],
    ],
  },
  // "mau bikin cs": an Erlang C lecture
  {
    name: 'setting up customer service ("mau bikin cs") starts the estimate',
    locale: 'id-ID',
    steps: [
      ['mau bikin cs', ['Berapa'], ['Erlang']],
    ],
  },
  // "6 volunters on the fones": the six people unheard, the head count asked again
  {
    name: 'misspelt volunteers on the phones are the head count',
    steps: [
      ['hiya we r a smal charity helpline, 6 volunters on the fones, wanna add webchat, clowd pls', ['Estimate: 6 agents, voice and web chat, cloud'], ['How many agents']],
    ],
  },
  // "totl nya brp perbln": "which line?"
  {
    name: 'a misspelt total per month is the estimate total',
    locale: 'id-ID',
    steps: [
      ['12 agen, telepon dan email, cloud', ['Estimasi: 12 agen']],
      ['totl nya brp perbln', ['per bulan'], ['Baris yang mana']],
    ],
  },
  // "Pouvez-vous me répondre en français …?" mid-conversation: "Which line do you mean?"
  {
    name: 'French asked for mid-conversation gets the languages the advisor speaks',
    steps: [
      ['45 agents, voice and email, cloud', ['Estimate: 45 agents']],
      ["Pouvez-vous me répondre en français s'il vous plaît?", [/English and Indonesian/i], ['Which line do you mean']],
    ],
  },
  // "wat if we go to 25 agents for black friday": 25 agents all year
  {
    name: 'a head count for a season is a peak, not the whole year',
    steps: [
      ['15 agents, voice and chat, cloud', ['Estimate: 15 agents']],
      ['wat if we go to 25 agents for black friday', ['A month at 25 agents', 'Tell me how long it lasts'], ['Updated: agents 15 → 25']],
    ],
  },
  // "(Juli-Agustus), bisa jadi 30 staf": 30 agents all year
  {
    name: 'a peak said with its months under an estimate is the year by season',
    locale: 'id-ID',
    steps: [
      ['12 staf helpdesk kampus, telepon dan email, cloud', ['Estimasi: 12 agen']],
      ['sibuk banget pas masa penerimaan mahasiswa baru (Juli-Agustus), bisa jadi 30 staf', ['Dibanding 12 agen sepanjang tahun'], ['jumlah agen 12 → 30']],
    ],
  },
  // the year by season promised at the deployment question, then 80 agents priced all year
  {
    name: 'a year by season said before the scenario is whole is priced once it is',
    locale: 'id-ID',
    steps: [
      ['Kami e-commerce, normalnya 30 agen tapi pas harbolnas & lebaran bisa naik jadi 80', []],
      ['channel: chat, WA, email', []],
      ['hitungin biaya setahun kalo 9 bulan 30 agen, 3 bulan 80 agen', ['setahunnya per musim']],
      ['ya cloud lah', []],
      ['gak tau, pake yg tipikal aja', ['Dibanding 30 agen sepanjang tahun']],
    ],
  },
  // "full year with that peak": the year at 80 agents; "would on-prem make sense with that swing?": not understood
  {
    name: 'the year with the peak asked again, and a deployment weighed against the swing',
    steps: [
      ['Retailer. 80 agents normally, 200 in Nov-Dec. voice, chat, email, social. cloud.', ['that year comes to about $321,192']],
      ['So what would a full year cost with that peak?', ['that year comes to about $321,192']],
      ['Would on-prem even make sense with that kind of swing?', ['On-premises would have to be built for the peak: 200 seats all year', 'against about $321,192'], ['not sure what you mean']],
    ],
  },
  // "that seems a lot for one person, is there anything cheaper?": "That is already your scenario … nothing changed"
  {
    name: 'asking for something cheaper while describing one\'s own size is a question about paying less',
    steps: [
      ['just me, 1 agent, voice and web chat, cloud', ['Estimate: 1 agent']],
      ['that seems a lot for one person, is there anything cheaper?', [], ['That is already your scenario', 'nothing changed']],
    ],
  },
  // "what if we only move 80 of them to start?": not understood
  {
    name: 'part of the team, counted, is the head count',
    steps: [
      ['120 agents, voice, sms and email, cloud', ['Estimate: 120 agents']],
      ['Hmm, what if we only move 80 of them to start?', ['agents 120 → 80'], ['not sure what you mean']],
    ],
  },
  // "PSTN + SIP trunking": voice dropped
  {
    name: 'PSTN named among the channels is voice',
    steps: [
      ['quote pls: 150 seats, PSTN + SIP trunking, omni (email/chat/SMS), cloud CCaaS', ['Estimate: 150 agents, voice, SMS, email and web chat, cloud']],
    ],
  },
  // "15 agents with all three channels?" after chat was dropped: voice and email only
  {
    name: 'all three channels asked back after one was dropped',
    steps: [
      ['Our budget is $5,000 a month. We have 20 agents. Voice, email and chat. Can we afford cloud?', ['Estimate: 20 agents']],
      ['what if we drop chat?', ['voice and email']],
      ['ok and if we go 15 agents with all three channels?', ['Estimate: 15 agents, voice, email and web chat, cloud']],
    ],
  },
  // "consent maksudnya apa? … pihak ketiga" at the consent question: taken as a no, the handoff closed
  {
    name: 'what the consent means, asked at the consent question, is answered and the consent asked again',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon cloud', ['Estimasi: 10 agen']],
      ['hubungi sales', []],
      ['Budi Santoso, budi@maju.co.id, PT Maju, 0812 3456 7890, pagi', ['Bolehkah tim sales kami menghubungi Anda']],
      ['consent maksudnya apa? sy gak mau data sy dibagi ke pihak ketiga', ['tidak diberikan ke siapa pun'], ['saya tidak menyimpan atau mengirim apa pun']],
      ['ok setuju', ['Persetujuan untuk dihubungi diberikan']],
    ],
  },
  // "Andi, andi@gmail" at "estimate first, or just contact me?": an email channel, and the estimate begun
  {
    name: 'details given at the estimate-or-contact choice choose the contact, an unfinished address asked again',
    locale: 'id-ID',
    steps: [
      ['mau dihubungi sales aja langsung', ['tinggalkan data kontak saja']],
      ['Andi, andi@gmail', ['Saya catat nama Anda: Andi', '"andi@gmail" sepertinya bukan alamat email'], ['Berapa jumlah agen']],
    ],
  },
  // "maintenance tahunan brp persen biasanya?": what the last change moved
  {
    name: 'the yearly maintenance percentage is answered with its figure',
    locale: 'id-ID',
    steps: [
      ['9 agen klinik kecantikan, telepon dan wa, cloud', ['Estimasi: 9 agen']],
      ['maintenance tahunan brp persen biasanya?', ['20% per tahun'], ['Belum ada yang berubah']],
    ],
  },
  // "Apa sih hybrid contact center itu? kelebihannya apa?": the advantages of cloud
  {
    name: 'the advantages asked after naming hybrid are hybrid\'s',
    locale: 'id-ID',
    steps: [
      ['Apa sih hybrid contact center itu? kelebihannya apa?', ['Pusat kontak hibrida', 'transisi bertahap'], ['Biaya awal rendah karena tidak ada perangkat keras']],
    ],
  },
  // Mandarin support: the downtime article; recordings retention: storage levers; a DR site: the assumptions list
  {
    name: 'languages, recording retention and a disaster-recovery site each get their own answer',
    steps: [
      ['1200 agents voice on-prem', ['Estimate: 1,200 agents']],
      ['Does your on-prem figure include hardware refresh and redundancy (DR site)?', ['It does not include a second site for disaster recovery']],
      ['How long do we usually have to keep recordings for?', ['set by your industry\'s rules']],
      ['we have many customers from China, does the system support Mandarin?', ['which languages their speech recognition']],
    ],
  },
  // "What about HIPAA - does cloud make that harder?": the cloud price
  {
    name: 'a regulation asked of a deployment is answered, not priced',
    steps: [
      ['200 agents, voice and email, hybrid', ['Estimate: 200 agents']],
      ['What about HIPAA - does cloud make that harder?', ['HIPAA'], ['The same scenario cloud: about']],
    ],
  },
  // "script telemarketing buat jual kartu kredit": the vendor billing terms (read as credit)
  {
    name: 'a credit card named is no question about paying in instalments',
    locale: 'id-ID',
    steps: [
      ['hai, bisa bantu bikinin script telemarketing buat jual kartu kredit?', [], ['cicilan', 'leasing']],
    ],
  },
  // "sekarang 50 agen, target 3 tahun lagi 150 agen": 150 agents today and a 6-year horizon; then the growth dropped
  {
    name: 'today\'s head count and a later one by a number of years is growth, priced once the scenario is whole',
    locale: 'id-ID',
    steps: [
      ['Perusahaan asuransi, sekarang 50 agen, target 3 tahun lagi 150 agen.', [], ['jangka waktu 3 → 6 tahun', 'jumlah agen: 150']],
      ['Kanal telepon, email, WhatsApp.', []],
      ['cloud', []],
      ['pakai tipikal', ['Estimasi: 50 agen', 'Dari 50 menjadi 150 agen di tahun ke-3']],
    ],
  },
  {
    name: 'a head count now and another in some years, in English, is growth',
    steps: [
      ['we have 50 agents now and expect 150 in 3 years, voice and email, cloud', ['Estimate: 50 agents', 'From 50 to 150 agents in year 3']],
    ],
  },
  // "…whether to move away from our old on-site phone system": priced on-premises
  {
    name: 'the system being left is not the deployment chosen',
    steps: [
      ["Hi, Leeds housing association. We've got about 40 advisors taking calls from tenants and we're looking at whether to move away from our old on-site phone system.", ['Where should it run'], ['Estimate: 40 agents, voice, on-premises']],
    ],
  },
  // "how many supervisors would we need for 250 agents?": "That is already your scenario"
  {
    name: 'how many supervisors is a knowledge question',
    steps: [
      ['250 agents, voice and email, hybrid', ['Estimate: 250 agents']],
      ['what about supervisors — how many would we need for 250 agents?', [/supervisor/i], ['That is already your scenario']],
    ],
  },
  // "ok go with that" after the comparison's verdict: the sales form
  {
    name: '"go with that" after a verdict takes the deployment it named',
    steps: [
      ['hi, we are a 25 seat support team, voice and email', []],
      ['not sure what deployment, what do most companies our size do?', ['Cheapest over 3 years: cloud']],
      ['ok go with that', ['For 25 agents, voice and email, cloud: about'], ['What is your name?']],
    ],
  },
  // broken English: an essay on security, no estimate; "voice and email only" read as no phone wanted
  {
    name: 'a scenario in broken English with its officers is priced',
    steps: [
      ['good day. we are goverment office, 300 officer answer public. need voice and email only. must on premise because security.', ['300 agents, voice and email, on-premises']],
    ],
  },
  // "what's that per year in pounds then?": the currency answer and no figure
  {
    name: 'a year asked in an unsupported currency still gets the year in dollars',
    steps: [
      ['UK firm, 12 agents, voice and chat, cloud', ['Estimate: 12 agents']],
      ["what's that per year in pounds then?", ['I cannot show "pounds"', '$34,200 a year']],
    ],
  },
  // "yaudah yg paling murah aja, telpon sama WA": the deployment asked next
  {
    name: 'the cheapest wanted in the form compares the deployments',
    locale: 'id-ID',
    steps: [
      ['8 operator resto', []],
      ['yaudah yg paling murah aja, telpon sama WA', [], ['Mau dijalankan di mana']],
      ['pakai tipikal', [/Paling murah selama 3 tahun|terlalu tipis/]],
    ],
  },
  // "kenapa cloud tetap lebih murah sampe tahun ke 5?": a number
  {
    name: 'why a deployment comes out cheaper is where the gap comes from, against the one named',
    locale: 'id-ID',
    steps: [
      ['80 agen telepon dan email, cloud', ['Estimasi: 80 agen']],
      ['kenapa cloud tetap lebih murah sampe tahun ke 5? bukannya on prem biasanya lebih hemat jangka panjang?', ['Asal selisihnya', 'on-premise → cloud']],
    ],
  },
  // "what would a proper call centre system cost us?": how a call center differs from a contact center, first
  {
    name: 'a center named in a price question gets no definition of call versus contact center',
    steps: [
      ['hi, I run a dental clinic, we have 3 girls on the front desk answering phones. what would a proper call centre system cost us?', ['Where should it run'], ['omnichannel contact center serves']],
    ],
  },
  // "mw tny hrga kontak senter": the menu, as if nothing had been asked
  {
    name: 'a price question in chat shorthand starts the estimate',
    locale: 'id-ID',
    steps: [
      ['mw tny hrga kontak senter', ['Berapa jumlah agen']],
    ],
  },
  // "Oke, kanal voice saja, on-premise. Estimasinya?" after an estimate: "did you mean one of these?"
  {
    name: 'the estimate asked for last, beside a change, is priced',
    locale: 'id-ID',
    steps: [
      ['60 agen telepon dan email cloud', ['Estimasi: 60 agen']],
      ['Oke, kanal voice saja, on-premise. Estimasinya?', ['60 agen, telepon, on-premise'], ['Apakah maksud Anda salah satu ini']],
    ],
  },
  // "brp biaya pulsanya sebulan?": the whole bill
  {
    name: 'what the calls cost is the voice line',
    locale: 'id-ID',
    steps: [
      ['20 agen telemarketing, telepon, cloud', ['Estimasi: 20 agen']],
      ['brp biaya pulsanya sebulan?', ['**Telepon** (20 agen']],
    ],
  },
  // "so what's the yearly cost roughly given the peak?": the year at the usual head count
  {
    name: 'the yearly cost given the peak is the year by season',
    steps: [
      ["we're a toy retailer, 30 agents normally but we go up to 90 in nov-dec. voice + chat. cloud", ['that year comes to about $114,027']],
      ["so what's the yearly cost roughly given the peak?", ['that year comes to about $114,027']],
    ],
  },
  // "How does PCI DSS affect this?": "Which line do you mean?"; "Is cloud HIPAA-compliant?" beside a scenario: unanswered
  {
    name: 'a regulation asked of the estimate, or beside a scenario, is answered',
    steps: [
      ['600 seats, voice and email, cloud', ['Estimate: 600 agents']],
      ['How does PCI DSS affect this?', ['PCI DSS'], ['Which line do you mean']],
    ],
  },
  {
    name: 'a regulation question beside a scenario is answered with the estimate',
    steps: [
      ["We're a telehealth company. 60 nurses handle calls and secure messaging. Is cloud HIPAA-compliant?", ['Estimate: 60 agents', 'HIPAA']],
    ],
  },
  // "sorry — 3 year cost please" with 3 years the horizon: "That is already your scenario"
  {
    name: 'the cost over the horizon already set is given',
    steps: [
      ['35 agents, voice and email, cloud', ['Estimate: 35 agents']],
      ['sorry — 3 year cost please', ['3 years'], ['That is already your scenario']],
    ],
  },
  // "can you also show on-prem for the same?": an article on hidden costs; "side by side": dollars and rupiah
  {
    name: 'another deployment shown for the same scenario, and the deployments side by side',
    steps: [
      ['150 agents, voice and email, cloud', ['Estimate: 150 agents']],
      ['can you also show on-prem for the same?', ['The same scenario on-premises']],
      ['show me the numbers side by side', ['Comparison (upfront · monthly · 3-year total)'], ['rupiah']],
    ],
  },
  // "oh actually use … instead" at the time question: "oh" sent as the time; "arvos" lost
  {
    name: 'an interjection is no time to call, and arvos are afternoons',
    steps: [
      ['4 agents, voice and social, cloud', ['Estimate: 4 agents']],
      ['talk to sales', ['What is your name?']],
      ['Jack Mills, Swellside Surf', []],
      ['jack@swellside.com.au, 0412 345 678, arvos are best', ['arvos']],
    ],
  },
  {
    name: 'a phone said with "no sy" is no name',
    locale: 'id-ID',
    steps: [
      ['5 agen, telepon, cloud', ['Estimasi: 5 agen']],
      ['hubungi sales', ['Siapa nama Anda?']],
      ['081298765432 ya no sy', ['081298765432'], ['no sy']],
    ],
  },
  // "on premise itu apa ya? sy gak ngerti": not understood; "cloud itu maksudnya apa?": its advantages
  {
    name: 'what a deployment is, asked, is what it is',
    locale: 'id-ID',
    steps: [
      ['permisi mau tanya, on premise itu apa ya? sy gak ngerti', ['on-premise'], ['Saya belum menangkap maksud Anda']],
    ],
  },
  // "kalo dikurangin jadi 60 hemat brp?": the comparison, the 60 lost
  {
    name: 'a head count changed to, with the saving asked, is priced',
    locale: 'id-ID',
    steps: [
      ['80 agen telepon, cloud', ['Estimasi: 80 agen']],
      ['kalo dikurangin jadi 60 hemat brp?', ['80 → 60']],
    ],
  },
  // "ganti ke cloud deh, beda brp?": the comparison, the scenario still on-premises
  {
    name: 'a switch said with the difference asked is made',
    locale: 'id-ID',
    steps: [
      ['80 agen telepon, on-prem', ['Estimasi: 80 agen, telepon, on-premise']],
      ['hmm kayaknya ribet ya maintain server. ganti ke cloud deh, beda brp?', ['on-premise → cloud']],
    ],
  },
  // "perlu tambah web chat gak menurut kamu?": web chat added, no advice
  {
    name: 'advice asked on adding a channel is advice, not the change',
    locale: 'id-ID',
    steps: [
      ['7 agen email ticketing, cloud', ['Estimasi: 7 agen']],
      ['perlu tambah web chat gak menurut kamu?', ['Mulailah dari saluran'], ['live chat ditambahkan']],
    ],
  },
  // "kalo 15 jt?" after a budget's head count: "no estimate yet"
  {
    name: 'another budget retold gets its own head count',
    locale: 'id-ID',
    steps: [
      ['budget sy cuma 10 jt sebulan, bisa dpt brp agen?', ['Rp 10.000.000 per bulan cukup untuk sekitar']],
      ['channel telpon sama wa, cloud', []],
      ['kalo 15 jt?', ['Rp 15.000.000 per bulan cukup untuk sekitar'], ['Belum ada estimasi']],
    ],
  },
  // "bisa jawab pake bahasa mandarin gak?": the sales form
  {
    name: 'a reply asked in another language gets the languages the advisor speaks',
    locale: 'id-ID',
    steps: [
      ['bisa jawab pake bahasa mandarin gak? bos sy org taiwan', ['Maaf, saya hanya bisa berbahasa Indon'], ['tim sales']],
    ],
  },
  // "is there anything free?": out of scope
  {
    name: 'something free asked for is the vendors\' terms',
    steps: [
      ['6 volunteers, voice, cloud', ['Estimate: 6 agents']],
      ['is there anything free?', [/trial|free/i], ['I only know contact center costs']],
    ],
  },
  // "what would push us to the high end?": the high figure alone
  {
    name: 'what pushes the figure to the high end is what moves it',
    steps: [
      ['70 agents, voice, cloud', ['Estimate: 70 agents']],
      ['what would push us to the high end?', [], ['At the high end, with every figure at the top of its range']],
    ],
  },
];

describe('thirty-first round (2026-12-04, twenty-third session)', () => {
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
    }
  });
});

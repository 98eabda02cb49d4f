/**
 * What the forty-fifth session (2026-12-07) found the advisor getting wrong (rounds of exploratory visitors, helpers who
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
  // "Can you redo it with the licence at $90 per agent per month?": the licence article, the $90 dropped
  {
    name: "a re-run asked with the visitor's own licence price uses it",
    steps: [
      ['20 agents, voice and email, cloud', ['Estimate: 20 agents']],
      ['Can you redo it with the licence at $90 per agent per month?', ['$90'], ['entry-level platforms']],
    ],
  },
  // "how can we save on sms?" under an estimate: the three-deployment comparison
  {
    name: "saving on a line the visitor names is that line's lever",
    steps: [
      ['20 agents, voice and sms, cloud', ['Estimate: 20 agents']],
      ['how can we save on sms?', ['dropping it saves $100 a month'], ['Cheapest over 3 years']],
    ],
  },
  {
    name: "cara hemat biaya lisensi is the licence's lever",
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan sms, cloud', ['Estimasi: 20 agen']],
      ['cara nekan biaya lisensi gmn?', ['paket essentials'], ['Termurah selama 3 tahun']],
    ],
  },
  // "How does the IT staffing scale?": how many agents a call volume needs (Erlang C)
  {
    name: "how the in-house IT staff grows is the IT staff line",
    steps: [
      ['20 agents, voice, on-prem', ['Estimate: 20 agents']],
      ['How does the IT staffing scale?', ['In-house IT staff'], ['Erlang']],
    ],
  },
  // "naiknya linear gak sih per agen?": the cost per agent again
  {
    name: "whether cost grows in step with the agents is answered",
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan whatsapp, cloud', ['Estimasi: 20 agen']],
      ['naiknya linear gak sih per agen?', ['hampir semua pos dihargai per agen', 'On-premise naiknya bertahap']],
    ],
  },
  // "what is the difference between cloud and on-premise for us in terms of cost?" at the deployment question: the pros
  // and cons table, no figure
  {
    name: "the cost difference between deployments, asked at the deployment question, prices them",
    steps: [
      ['We need around 35 agents handling voice, SMS and web chat.', ['Where should it run']],
      ['Before I go further - what is the difference between cloud and on-premise for us in terms of cost?', ['35 agents over 3 years', 'Cheapest over 3 years'], ['single point of failure']],
    ],
  },
  // "how long does it typically take to get it running?": vendor lock-in
  {
    name: "how long until it runs is the rollout answer",
    steps: [
      ['40 agents, phone + web chat + email + sms, hybrid', ['Estimate: 40 agents']],
      ['how long does it typically take to get it running?', ['no time frame'], ['lock-in']],
    ],
  },
  // "is it easy to add and remove agents month to month?": the contract term the figures assume
  {
    name: "adding and removing seats month to month is how each deployment scales",
    steps: [
      ['4 agents, phone only, cloud', ['Estimate: 4 agents']],
      ['is it easy to add and remove agents month to month?', ['added or removed on demand'], ['no contract discount']],
    ],
  },
  // "do you do setups that small?": what on-premises is
  {
    name: "whether a very small team is served is the small-teams answer",
    steps: [
      ['We get lots of enquiries via instagram, whatsapp and email', ['How many agents']],
      ['2 people would handle them', ['Where should it run']],
      ['do you do setups that small?', ['from one agent up'], ['What is an on-premises']],
    ],
  },
  // "we sell through our own site and retailers": on-premises set, and a later estimate priced on-premises
  {
    name: "a web shop called our own site is no deployment",
    steps: [
      ["Hello! I'm at a cosmetics brand, we sell through our own site and retailers.", []],
      ['We want 8 agents for whatsapp, instagram DMs, email and web chat', ['Where should it run']],
      ['Cloud. How much?', ['Estimate: 8 agents, social media, email and web chat, cloud']],
    ],
  },
  // "electricity retailer, ~80k customers": "That is outside what I know"
  {
    name: "a business and its customer count, said first, begin the estimate",
    steps: [
      ['electricity retailer, ~80k customers', ['How many agents'], ['outside what I know']],
    ],
  },
  // "construction equipment rental co. contractors call to book excavators etc": what one call costs
  {
    name: "a rental company whose customers call begins the estimate",
    steps: [
      ['construction equipment rental co. contractors call to book excavators etc', ['How many agents'], ['$6']],
    ],
  },
  // "We need 3 or 4 people answering calls 24/7. Let's say 4.": 3 priced
  {
    name: "the head count settled on after two is priced",
    steps: [
      ['We need 3 or 4 people answering calls 24/7. Let\'s say 4.', []],
      ['Phone only. We\'d prefer something simple and hosted.', []],
      ['What would this cost monthly?', ['4 agents'], ['3 agents']],
    ],
  },
  // "whats the multi year look like": the year's total again
  {
    name: "the multi-year view is the comparison over the years",
    steps: [
      ['5 agents, phone + sms, cloud', ['Estimate: 5 agents']],
      ['whats the multi year look like', ['5 agents over 3 years']],
    ],
  },
  // "tks": "I am not sure what you mean"
  {
    name: "tks is thanks",
    steps: [
      ['2 agents whatsapp + phone cloud', ['Estimate: 2 agents']],
      ['tks', ['You are welcome'], ['not sure what you mean']],
    ],
  },
  // "What would it cost?" under an on-premises estimate: the cloud's figure
  {
    name: "the cost asked with nothing named is the estimate's own total",
    steps: [
      ['16 agents, voice and email, on premises', ['Estimate: 16 agents']],
      ['What would it cost?', ['For 16 agents, voice and email, on-premises: about $6,964 a month'], ['The same scenario cloud']],
    ],
  },
  // "Why is on-premises more expensive upfront?" under an on-premises estimate: its total again
  {
    name: "why on-premises costs more up front is the up-front answer",
    steps: [
      ['16 agents, voice and email, on premises', ['Estimate: 16 agents']],
      ['Why is on-premises more expensive upfront?', [/servers|hardware/i], ['How the total for 16 agents']],
    ],
  },
  // "Do you support multiple languages for applicants?": the advisor's own languages
  {
    name: "languages for the visitor's customers are the contact center's",
    steps: [
      ['70 agents, phone, email, web chat and WhatsApp, cloud', ['Estimate: 70 agents']],
      ['Do you support multiple languages for applicants?', ['route a customer to agents who speak their language']],
    ],
  },
  // "And what would the same setup cost in the cloud, for comparison?": the set-up fees article
  {
    name: "the same setup in another deployment is that deployment's figure",
    steps: [
      ['60 agents, voice, SMS and email, on-premises', ['Estimate: 60 agents']],
      ['And what would the same setup cost in the cloud, for comparison?', ['The same scenario cloud'], ['set-up or onboarding fee']],
    ],
  },
  // "itu udah termasuk biaya nomor telp blm?": the voice line, numbers never named
  {
    name: "whether phone numbers are included is the phone numbers answer",
    locale: 'id-ID',
    steps: [
      ['6 org cs, cuma telp sama whatsapp aja, cloud', ['Estimasi: 6 agen']],
      ['itu udah termasuk biaya nomor telp blm?', ['satu nomor langsung', 'porting']],
    ],
  },
  // "tiktok termasuk social kan?": the social prices, TikTok never named
  {
    name: "TikTok asked to count as social is said to",
    locale: 'id-ID',
    steps: [
      ['cs kita 18 org. channel: wa, ig dm, tiktok, email, web chat', []],
      ['tiktok termasuk social kan?', ['TikTok']],
    ],
  },
  {
    name: "Discord asked to be possible is said to count as social",
    locale: 'id-ID',
    steps: [
      ['cs nya 4 org, semua lewat wa sm webchat, cloud', ['Estimasi: 4 agen']],
      ['klo pake discord bisa ga?', ['Discord']],
    ],
  },
  // "ada 15 sales yg handle leads dr telp, WA, sm web chat": the head count asked again and again
  {
    name: "the visitor own salespeople counted are the agents",
    locale: 'id-ID',
    steps: [
      ['oke. kami showroom mobil bekas, ada 15 sales yg handle leads dr telp, WA, sm web chat', ['jumlah agen: 15'], ['Berapa jumlah agen']],
    ],
  },
  // "startup panel surya atap. tim sales & cs 9 org": the sales form opened
  {
    name: "a sales and service team of nine is the head count, not a request for sales",
    locale: 'id-ID',
    steps: [
      ['startup panel surya atap. tim sales & cs 9 org', ['Saluran apa saja'], ['Siapa nama Anda']],
    ],
  },
  // "…, telp aja besok jam 10 pagi, …": the time kept as "aja besok jam 10 pagi"; "lembaganya LAZ Peduli Umat": the
  // company kept with "lembaganya"
  {
    name: "fillers and the kind of body are not kept in the time and the company",
    locale: 'id-ID',
    steps: [
      ['5 agen, WA, email, telpon. cloud', ['Estimasi: 5 agen']],
      ['saya mau dihubungi sales aja', ['Siapa nama Anda']],
      ['nama saya Ahmad Fauzi, email fauzi@lazpeduli.or.id', ['nama Ahmad Fauzi']],
      ['lembaganya LAZ Peduli Umat, no hp 0812-9988-7766', ['perusahaan LAZ Peduli Umat'], ['lembaganya LAZ']],
      ['telp aja besok jam 10 pagi', [], ['aja besok']],
    ],
  },
  // "agen 20, tlp aja cukup, petani jarang pake chat": web chat priced
  {
    name: "a channel customers rarely use is left out",
    locale: 'id-ID',
    steps: [
      ['agen 20, tlp aja cukup, petani jarang pake chat, cloud', ['Estimasi: 20 agen, telepon, cloud'], ['live chat']],
    ],
  },
  // "sebenernya kita ga yakin butuh telp, wa aja deh": the phone kept
  {
    name: "a channel the visitor doubts needing is left out",
    locale: 'id-ID',
    steps: [
      ['agen 5. telp sama wa', ['Mau dijalankan di mana']],
      ['sebenernya kita ga yakin butuh telp, wa aja deh', []],
      ['cloud', []],
      ['oke hitung', ['Estimasi: 5 agen, media sosial, cloud']],
    ],
  },
  // "siip" after the sales offer: the sales form opened
  {
    name: "siip after the sales offer is thanks, not yes",
    locale: 'id-ID',
    steps: [
      ['agen 20, tlp aja, hybrid', ['Estimasi: 20 agen']],
      ['siip', [], ['Siapa nama Anda']],
    ],
  },
  // "halo mau itung biaya cs buat dealer motor listrik": the menu
  {
    name: "a cost to work out, said first, begins the estimate",
    locale: 'id-ID',
    steps: [
      ['halo mau itung biaya cs buat dealer motor listrik', ['Mari kita hitung biaya pusat kontak Anda']],
    ],
  },
  // "berapa biaya minimal buat pake contact center?": the ways to save
  {
    name: "the least a contact center costs is the cost of a seat",
    locale: 'id-ID',
    steps: [
      ['berapa biaya minimal buat pake contact center?', ['Per agen, biaya tetapnya'], ['Cara menekan']],
    ],
  },
  // "kalo tahun depan mau 30 cs, brp tambahannya?": the scenario replaced with 30 agents
  {
    name: "the head count wanted next year is growth from year two",
    locale: 'id-ID',
    steps: [
      ['20 cs, email, web chat, wa, cloud', ['Estimasi: 20 agen']],
      ['kalo tahun depan mau 30 cs, brp tambahannya?', ['Dari 20 menjadi 30 agen di tahun ke-2', 'Skenario Anda tetap 20 agen']],
    ],
  },
  // "butuh 50 agen pas musim, di luar musim cuma 15": 50 agents all year
  {
    name: "the count outside the season is the usual one",
    locale: 'id-ID',
    steps: [
      ['butuh 50 agen pas musim, di luar musim cuma 15', ['Saya menghitung 15 agen', '50 agen']],
    ],
  },
  // "kalo on-prem full gmn bedanya harga" at the volumes step of a hybrid scenario: switched to on-premises
  {
    name: "the price difference to another deployment keeps the scenario",
    locale: 'id-ID',
    steps: [
      ['agen 10, tlp, email', ['Mau dijalankan di mana']],
      ['hybrid aja', ['Langkah terakhir']],
      ['kalo on-prem full gmn bedanya harga', ['Estimasi: 10 agen, telepon dan email, hibrida', 'Skenario yang sama dengan model on-premise']],
    ],
  },
  // "kemahalan ga ya on prem utk 3 org?" under an on-premises estimate: the same estimate again
  // (a guard: the start's code already passed this one, as the round file was written; it keeps the rule that fixed
  // the visitor's own wording from breaking it)
  {
    name: "whether on-premises is worth it for three is set against the others",
    locale: 'id-ID',
    steps: [
      ['agen 3 org, telp & sms, on prem', ['Estimasi: 3 agen']],
      ['kemahalan ga ya on prem utk 3 org?', ['Selama 3 tahun skenario Anda', 'dengan cloud']],
    ],
  },
  // "Ada diskon utk lembaga nirlaba gak?" after the sales offer: "Baik. Ada lagi …?" before the answer
  {
    name: "a question ending in gak declines nothing",
    locale: 'id-ID',
    steps: [
      ['5 agen, WA, email, telpon. cloud', ['Estimasi: 5 agen']],
      ['Ada diskon utk lembaga nirlaba gak?', [], ['Ada lagi yang bisa saya bantu']],
    ],
  },
  // "rekaman panggilan udah termasuk belum?": the recording answer, then the voice line as well
  {
    name: "recording asked about is not the voice line too",
    locale: 'id-ID',
    steps: [
      ['9 org, telp, wa, email, web chat, cloud', ['Estimasi: 9 agen']],
      ['rekaman panggilan udah termasuk belum?', ['Perekaman panggilan tidak punya baris sendiri'], ['**Telepon**']],
    ],
  },
  // "Is cloud ok for healthcare data or should we be on premises?": the pros and cons table, nothing of health data
  {
    name: 'whether a deployment is fit for health data is the security answer',
    steps: [
      ['I manage a home healthcare agency. We have about 30 care coordinators who take calls from patients and families.', []],
      ['Is cloud ok for healthcare data or should we be on premises?', ['No deployment is secure by itself'], ['single point of failure']],
    ],
  },
  // "Hmm, actually we'd like to keep voice on our own PBX. Can you redo it as hybrid?": email and web chat removed
  {
    name: 'voice kept on the own PBX keeps the other channels',
    steps: [
      ["We're a car rental company. 60 agents, voice, email and web chat, cloud.", ['Estimate: 60 agents']],
      ["Hmm, actually we'd like to keep voice on our own PBX. Can you redo it as hybrid?", ['hybrid'], ['removed email']],
    ],
  },
  // "is whatsapp more expensive than sms?": the SMS and MMS prices alone
  {
    name: 'two channels set against each other in price is the cheapest-channel answer',
    steps: [
      ['house cleaning service, 5 agents', []],
      ['is whatsapp more expensive than sms?', ['about $1 for a social media interaction', '$0.01']],
    ],
  },
  // "Ok, please estimate with that." after the sales offer: the sales form
  {
    name: 'an estimate asked for after the sales offer is no yes to sales',
    steps: [
      ["We sell hearing aids and our customers are mostly older people so it's almost all phone. 12 agents.", []],
      ['What deployment would you suggest?', ['Estimate: 12 agents']],
      ['Ok, please estimate with that.', ['12 agents'], ['What is your name?']],
    ],
  },
  // "how long would it take to set up?" at the volumes step: the first year's cost
  {
    name: 'how long a set-up takes, asked at the volumes step, is the rollout answer',
    steps: [
      ['We run 6 daycare centers and want to centralize parent calls. 15 agents, phone and SMS.', []],
      ['Cloud.', ['optional step']],
      ['how long would it take to set up?', ['no time frame'], ['first 12 months']],
    ],
  },
  // "does that mean we save on hardware?" with servers owned: the 3-year comparison
  {
    name: 'saving on the hardware is the hardware line',
    steps: [
      ['Managed IT services helpdesk. 28 techs, voice + email + chat. We already have our own servers in a datacenter so on-prem.', []],
      ['does that mean we save on hardware?', [/servers|Servers/], ['28 agents over 3 years']],
    ],
  },
  // "kalau agennya dinaikin ke 100 gimana?": "not understood"
  {
    name: 'the head count raised to a figure after ke is that head count',
    locale: 'id-ID',
    steps: [
      ['80 agen, telepon, email, live chat, whatsapp, sms, cloud', ['Estimasi: 80 agen']],
      ['kalau agennya dinaikin ke 100 gimana?', ['100 agen'], ['belum menangkap']],
    ],
  },
  // "kalau 2 tahun totalnya brp" at the volumes step: the estimate, no two-year total
  {
    name: 'a total over two years asked at the volumes step is given after the estimate',
    locale: 'id-ID',
    steps: [
      ['6 resepsionis, wa, telepon', []],
      ['cloud', ['Langkah terakhir']],
      ['kalau 2 tahun totalnya brp', ['Selama 2 tahun, total biaya cloud']],
    ],
  },
  // "pengen tau juga biaya per tahun dan 3 tahun": the three years alone
  {
    name: 'a year and three years asked together are both given',
    locale: 'id-ID',
    steps: [
      ['30 agen, telepon, web chat, WA, email, cloud', ['Estimasi: 30 agen']],
      ['pengen tau juga biaya per tahun dan 3 tahun', ['per tahun', 'Selama 3 tahun']],
    ],
  },
  // "totalnya jd brp?" after the head count was set right: the three years' total
  {
    name: 'the total asked bare is the month and the year',
    locale: 'id-ID',
    steps: [
      ['agen 8, telp, wa, live chat di web, cloud', ['Estimasi: 8 agen']],
      ['eh salah, agennya 12 deh soalnya shift 24 jam', ['12']],
      ['totalnya jd brp?', ['per bulan', 'per tahun'], ['Selama 3 tahun']],
    ],
  },
  // "angka 5 tahunnya totalnya berapa masing2?": one deployment's total
  // (a guard: the start's code already passed this one, as the round file was written; it keeps the rule that fixed
  // the visitor's own wording from breaking it)
  {
    name: 'the horizon total of each is the comparison',
    locale: 'id-ID',
    steps: [
      ['120 agen, voice, sms, whatsapp, email, on-premise', ['Estimasi: 120 agen']],
      ['angka 5 tahunnya totalnya berapa masing2?', ['cloud', 'hibrida', '5 tahun']],
    ],
  },
  // "kelebihan kekurangannya dibanding cloud apa aja" after what on-premises is: cloud's pros and cons alone
  {
    name: 'pros and cons against cloud are the table of all three',
    locale: 'id-ID',
    steps: [
      ['kelebihan kekurangannya dibanding cloud apa aja', ['Tabel sumber', 'on-premise']],
    ],
  },
  // "ga ngerti bedanya cloud on prem hybrid, jelasin singkat dong": the pros and cons table
  {
    name: 'the three deployments explained simply say what each is',
    locale: 'id-ID',
    steps: [
      ['CS 5 orang, wa sama telp', ['Mau dijalankan di mana']],
      ['ga ngerti bedanya cloud on prem hybrid, jelasin singkat dong', ['On-premise berarti', 'Cloud berarti', 'Hibrida menggabungkan']],
    ],
  },
  // "2 admin. on premise mahal ga?": the old-hardware article
  {
    name: 'whether on-premises is dear for two is the comparison',
    locale: 'id-ID',
    steps: [
      ['aku ngelola 15 rumah kos, komplain lewat wa doang', []],
      ['2 admin. on premise mahal ga?', ['2 agen selama 3 tahun']],
    ],
  },
  // "cloud. ada minimal jumlah agen gak?": cloud set, the minimum never answered
  {
    name: 'a minimum asked beside the deployment is answered',
    locale: 'id-ID',
    steps: [
      ['cuma butuh 2 org buat jawab telp & live chat web', []],
      ['cloud. ada minimal jumlah agen gak?', ['jumlah agen minimal', 'Langkah terakhir']],
    ],
  },
  // "kalau video call ga ada, yaudah email & wa aja": the channels lost, asked twice more
  {
    name: 'channels said beside a feature not priced are kept',
    locale: 'id-ID',
    steps: [
      ['perlu 5 org CS', []],
      ['kalau video call ga ada, yaudah email & wa aja', ['panggilan video', 'Mau dijalankan di mana']],
    ],
  },
  // "Yang paling cocok untuk kami apa?" at the volumes step, all three to be compared: what hybrid is
  {
    name: 'which suits them at the volumes step is the comparison promised',
    locale: 'id-ID',
    steps: [
      ['Rencana 10 agen. Channel: telepon, WhatsApp, email.', []],
      // (the forty-ninth session: a comparison asked for in so many words comes at once; which suits is then its verdict)
      ['Belum pasti deployment. Tolong bandingkan cloud, on-premise, hybrid.', ['10 agen selama 3 tahun', 'Paling murah selama 3 tahun']],
      ['Yang paling cocok untuk kami apa?', ['cloud yang paling cocok untuk Anda'], ['mencampur komponen']],
    ],
  },
  // "kalau musim liburan butuh tambah 3 org lagi sementara, bisa ga sistemnya?": the integrations article
  {
    name: 'extra people for a season asked possible is how seats follow the season',
    locale: 'id-ID',
    steps: [
      ['cs nya 3 org, pake wa, ig, email, cloud', ['Estimasi: 3 agen']],
      ['kalau musim liburan butuh tambah 3 org lagi sementara, bisa ga sistemnya?', ['musim'], ['sistem manajemen pengetahuan']],
    ],
  },
  // "perlu gak sih aku pake contact center?": the drawbacks of on-premises, after a retrain
  {
    name: 'whether a platform is needed at all is the small-teams answer',
    locale: 'id-ID',
    steps: [
      ['2 staf terima telp & email. butuh sistem ga sih?', ['mulai dari satu agen'], ['Erlang']],
    ],
  },
  // "hmm ga jadi on prem, ganti cloud aja. ga ada server soalnya": on-premises kept
  {
    name: 'a deployment dropped for another is the other one',
    locale: 'id-ID',
    steps: [
      ['mau 5 org cs, telpon, WA, email', ['Mau dijalankan di mana']],
      ['on premise dulu deh', ['Langkah terakhir']],
      ['hmm ga jadi on prem, ganti cloud aja. ga ada server soalnya', ['Estimasi: 5 agen, telepon, media sosial, dan email, cloud']],
    ],
  },
  // "Estimasinya tolong dirinci ya": the total in one line
  // (a guard: the start's code already passed this one, as the round file was written; it keeps the rule that fixed
  // the visitor's own wording from breaking it)
  {
    name: 'the estimate asked itemised is its breakdown',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan email, cloud', ['Estimasi: 10 agen']],
      ['Estimasinya tolong dirinci ya', ['Lisensi platform']],
    ],
  },
  // "Estimasi biaya nya berapa?": "which line?"
  {
    name: 'the cost of the estimate asked is its total',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan email, cloud', ['Estimasi: 10 agen']],
      ['Estimasi biaya nya berapa?', ['per bulan'], ['Baris yang mana']],
    ],
  },
  // "brp estimasinya? ada perbandingan multi tahun?" at the volumes step: the estimate, no years
  {
    name: 'a multi-year comparison asked beside the estimate comes with it',
    locale: 'id-ID',
    steps: [
      ['14 agen, voice sama WA', []],
      ['hybrid', ['Langkah terakhir']],
      ['brp estimasinya? ada perbandingan multi tahun?', ['Estimasi: 14 agen', '14 agen selama 3 tahun']],
    ],
  },
  // "kalau cloud data nya disimpen dimana? aman ga?": residency only
  {
    name: 'whether the data is safe, asked beside where it is kept, is answered',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan email, cloud', ['Estimasi: 10 agen']],
      ['kalau cloud data nya disimpen dimana? aman ga?', ['Tidak ada model penerapan yang aman dengan sendirinya']],
    ],
  },
  // "Apakah ada biaya tambahan kalau volume email banyak?": "already your scenario"
  {
    name: 'whether a large volume of a channel costs more is that channel explained',
    locale: 'id-ID',
    steps: [
      ['4 orang, email dan web chat, cloud', ['Estimasi: 4 agen']],
      ['Apakah ada biaya tambahan kalau volume email banyak?', ['Email'], ['tidak ada yang berubah']],
    ],
  },
  // "bisa kontrak bulanan aja ga? kan cuma 3 bulan": what drives a platform's price
  {
    name: 'a monthly contract asked about is the contract term answer',
    locale: 'id-ID',
    steps: [
      ['50 relawan jadi agen. telpon, sms, WA, cloud', ['Estimasi: 50 agen']],
      ['bisa kontrak bulanan aja ga? kan cuma 3 bulan', ['harga bulanan tanpa diskon kontrak']],
    ],
  },
  // "Untuk on-premise apa saja kelebihan dan kekurangannya dibanding cloud?": the advantages alone
  {
    name: 'pros and cons of one deployment against another are the table',
    locale: 'id-ID',
    steps: [
      ['Untuk on-premise apa saja kelebihan dan kekurangannya dibanding cloud?', ['Sumber menyebut tiga', 'Ada lima kekurangan']],
    ],
  },
  // "min mau tanya biaya cs": the email and web chat prices
  {
    name: 'a cost to ask about, said first, begins the estimate',
    locale: 'id-ID',
    steps: [
      ['min mau tanya biaya cs', ['jumlah agen'], ['Sumber tidak memberi harga terpisah untuk email']],
    ],
  },
  // "show me cloud" under an estimate: the comparison of all three, after a retrain
  // (a guard: the start's code already passed this one, as the round file was written; it keeps the rule that fixed
  // the visitor's own wording from breaking it)
  {
    name: 'one deployment shown is its figure',
    steps: [
      ['20 agents, voice, on-prem', ['Estimate: 20 agents']],
      ['show me cloud', ['The same scenario cloud']],
    ],
  },
  // "Can you show the low and high end of the range and explain what drives the difference?": the first year again
  {
    name: 'what drives the range is the drivers answer',
    steps: [
      ['28 agents, email, web chat, WhatsApp, voice, cloud', ['Estimate: 28 agents']],
      ['Can you show the low and high end of the range and explain what drives the difference?', [/drive|moves/i], ['First 12 months']],
    ],
  },
  // "Actually make that 20 agents, we're hiring for the holidays.": 16 kept and 20 read as a peak
  {
    name: 'a head count set right with a reason is the head count',
    steps: [
      ['Jewelry store chain. 16 agents handling voice, email and web chat. Cloud.', ['Estimate: 16 agents']],
      ["Actually make that 20 agents, we're hiring for the holidays.", ['20 agents']],
      ['What does the multi year comparison look like?', ['20 agents over 3 years']],
    ],
  },
  // "Can you remind me which channels you included?": "I am not sure what you mean"
  {
    name: 'the channels included, asked again, are what the estimate covers',
    steps: [
      ['14 agents. Email, web chat, social DMs. Cloud.', ['Estimate: 14 agents']],
      ['Can you remind me which channels you included?', [/email/i], ['not sure what you mean']],
    ],
  },
  // "Can I pay only for the agents I use each month on cloud?": cloud set, the question lost
  {
    name: 'paying only for the seats in use is how seats scale',
    steps: [
      ['Garden centre. 7 staff on phones and email in spring, fewer in winter.', []],
      ['Can I pay only for the agents I use each month on cloud?', ['added or removed on demand']],
    ],
  },
  // "yo, tattoo studio, 2 of us answer DMs and calls. what would a setup like this run us?": "did you mean"
  {
    name: 'what a setup would run them is its cost',
    steps: [
      ['yo, tattoo studio, 2 of us answer DMs and calls. what would a setup like this run us?', ['Where should it run'], ['Did you mean']],
    ],
  },
  // "parking garage operator, people call when the barrier doesnt open etc": the cost of one call
  {
    name: 'customers who call when something fails describe the business',
    steps: [
      ['parking garage operator, people call when the barrier doesnt open etc', ['How many agents'], ['$6']],
    ],
  },
  // "is there a setup fee on top of that?": what the estimate includes
  {
    name: 'a setup fee asked about is the set-up answer',
    steps: [
      ['aquarium here. 7 agents, phones + email + web chat, cloud. how much?', ['Estimate: 7 agents']],
      ['is there a setup fee on top of that?', ['$0 up front'], ['covers these lines']],
    ],
  },
  // "How much would that be?" after a hybrid scenario: cloud's figures
  {
    name: 'the cost asked after a hybrid scenario is the hybrid figure',
    steps: [
      ["Home warranty company. 200 agents, mostly voice, with email and SMS for claim updates. We're considering hybrid since we have an existing PBX.", []],
      ['How much would that be?', ['hybrid: about'], ['The same scenario cloud']],
    ],
  },
  // "Can you price on-prem and cloud?": the pros and cons table and the deployment question again
  {
    name: 'two deployments priced is the comparison',
    steps: [
      ['Guest services: 12 agents. Channels: voice, email, web chat.', ['Where should it run']],
      ['Can you price on-prem and cloud?', ['12 agents over 3 years']],
      ['Which needs fewer IT staff?', ['in-house IT team'], ['chatbot']],
    ],
  },
  // "Why is on-prem more expensive in the later years?": the first twelve months
  {
    name: 'why one deployment costs more as the years go is where the gap comes from',
    steps: [
      ['80 agents. Voice, SMS and WhatsApp. On-premises.', ['Estimate: 80 agents']],
      ['Could you show a 5 year comparison against cloud?', ['80 agents over 5 years']],
      ['Why is on-prem more expensive in the later years?', [/→/], ['First 12 months']],
    ],
  },
  // "Is cloud ok for HIPAA-type privacy?": what cloud is
  {
    name: 'a privacy rule asked of a deployment is the compliance answer',
    steps: [
      ['8 people answering. Voice and email mostly. Cloud.', ['Estimate: 8 agents']],
      ['Is cloud ok for HIPAA-type privacy?', [/HIPAA|compliance/], ['What is a cloud contact center']],
    ],
  },
  // "just phone calls really" at the deployment question: "not sure", all three compared
  {
    name: 'channels said at the deployment question set the channels',
    steps: [
      ['hi im running a small bike shop, just me and one other guy answering phones', ['Where should it run']],
      ['just phone calls really', ['Where should it run'], ['side by side']],
    ],
  },
  // "Let's go with whatever you suggested and give me the numbers.": "already your scenario, nothing changed"
  {
    name: 'the numbers asked for with the advice taken are given',
    steps: [
      ['We have 12 agents on the phone and email.', []],
      ['Not sure on deployment yet - what do you suggest for 12 agents?', ['12 agents over 3 years']],
      ["Let's go with whatever you suggested and give me the numbers.", ['For 12 agents, voice and email, cloud: about'], ['nothing changed']],
    ],
  },
  // "oke, bisa dihubungi sales aja ga?": how the hand-off works and "type talk to sales"
  {
    name: 'being contacted by sales, asked for, starts the hand-off',
    locale: 'id-ID',
    steps: [
      ['80 org cs, voice, WA, web chat, email, cloud', ['Estimasi: 80 agen']],
      ['oke, bisa dihubungi sales aja ga?', ['Siapa nama Anda?'], ['Ketik "hubungi sales"']],
    ],
  },
  // "22 inside sales/customer service reps": the head count asked again and again
  {
    name: 'a head count whose job is described before its agent word is the head count',
    steps: [
      ['22 inside sales/customer service reps', ['Which channels'], ['How many agents']],
    ],
  },
  // "maybe sms for delivery notices" under a voice estimate: voice removed
  // (a guard: the start's code already passed this one, as the round file was written; it keeps the rule that fixed
  // the visitor's own wording from breaking it)
  {
    name: 'a channel said as a maybe is added',
    steps: [
      ['12 agents, voice, cloud', ['Estimate: 12 agents']],
      ['maybe sms for delivery notices', ['voice and SMS'], ['removed voice']],
    ],
  },
  // "how much of that is just the whatsapp/social part?": voice removed
  {
    name: 'a channel part of the total is its line',
    steps: [
      ['10 agents, voice and whatsapp, cloud', ['Estimate: 10 agents']],
      ['how much of that is just the whatsapp/social part?', ['Social media channel'], ['removed voice']],
    ],
  },
  // "biggest risk with hybrid?": the largest costs
  {
    name: 'the risks of a deployment are its drawbacks',
    steps: [
      ['30 agents, voice and email, hybrid', ['Estimate: 30 agents']],
      ['biggest risk with hybrid?', ['Three drawbacks in the source'], ['largest costs']],
    ],
  },
  // "no idea what deployment means lol" at the deployment question: all three priced, the word never explained
  {
    name: 'what deployment means is the three said simply',
    steps: [
      ['5 agents, phone and email', ['Where should it run']],
      ['no idea what deployment means lol', ['On-premises means', 'Cloud means']],
    ],
  },
  // "kurang paham on-prem itu apa, tolong jelasin singkat" at the deployment question: the volumes step
  // (a guard: the start's code already passed this one, as the round file was written; it keeps the rule that fixed
  // the visitor's own wording from breaking it)
  {
    name: 'one deployment asked what it is is explained, not chosen',
    locale: 'id-ID',
    steps: [
      ['5 agen, telp dan wa', ['Mau dijalankan di mana']],
      ['kurang paham on-prem itu apa, tolong jelasin singkat', ['on-premise'], ['Langkah terakhir']],
    ],
  },
  // "6 agen, musim liburan bisa naik jd 10": 10 all year
  {
    name: 'a count, then a season it rises in, keeps the usual count',
    locale: 'id-ID',
    steps: [
      ['6 agen, musim liburan bisa naik jd 10', ['6 agen', '10 agen']],
    ],
  },
  // "berapa agen yg ideal utk 50rb pendengar?": a budget of Rp 50.000
  {
    name: 'people served are no budget, and the agents needed are answered',
    locale: 'id-ID',
    steps: [
      ['berapa agen yg ideal utk 50rb pendengar?', [], ['Rp 50.000']],
    ],
  },
  // "servernya kita beli sendiri kan? termasuk di estimasi ga?": "which line?"
  {
    name: 'whether the servers are in the estimate is the hardware line',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon, on-premise', ['Estimasi: 10 agen']],
      ['servernya kita beli sendiri kan? termasuk di estimasi ga?', ['Server (on-premise)'], ['Baris yang mana']],
    ],
  },
  // "do you charge for this advice?": "What would you like to do?"
  {
    name: 'whether the advice costs anything is answered',
    steps: [
      ['do you charge for this advice?', ['Using me costs nothing']],
    ],
  },
  // "… we want to centralize scheduling. 35 agents, …": workforce management added
  {
    name: 'the business own scheduling centralised adds no WFM',
    steps: [
      ["We're a dental group, we want to centralize scheduling. 35 agents, voice + SMS + web chat, hybrid", ['Estimate: 35 agents'], ['Workforce management']],
    ],
  },
  // "Please estimate both for voice only" after two deployments: "already your scenario, nothing changed"
  {
    name: 'both estimated again with a change is the comparison',
    steps: [
      ['10 agents, voice, cloud', ['Estimate: 10 agents']],
      ['Please estimate both for voice only', ['10 agents over 3 years'], ['nothing changed']],
    ],
  },
  // "itu udh sama biaya paket WA nya blm?": the assumptions list
  {
    name: 'whether WhatsApp fees are in is the WhatsApp answer',
    locale: 'id-ID',
    steps: [
      ['8 agen, telp dan wa, cloud', ['Estimasi: 8 agen']],
      ['itu udh sama biaya paket WA nya blm?', ['WhatsApp'], ['Asumsi yang dipakai']],
    ],
  },
  // "risiko cloud dari sisi kerahasiaan data?": the drawbacks of cloud
  {
    name: 'data confidentiality asked of a deployment is the security answer',
    locale: 'id-ID',
    steps: [
      ['8 agen, telp dan wa, cloud', ['Estimasi: 8 agen']],
      ['risiko cloud dari sisi kerahasiaan data?', ['Tidak ada model penerapan yang aman dengan sendirinya']],
    ],
  },
  // "biaya cc utk konsultan pajak brp ya": the tax answer
  {
    name: 'what a center costs a tax consultant begins the estimate',
    locale: 'id-ID',
    steps: [
      ['biaya cc utk konsultan pajak brp ya', ['jumlah agen'], ['PPN 11% ditambahkan di atasnya. Harga']],
    ],
  },
  // "would a contact center help?": "did you mean …?"
  {
    name: 'whether a contact center would help is the small-teams answer',
    steps: [
      ['would a contact center help?', ['from one agent up']],
    ],
  },
  // "we pump septic tanks, just me and 2 office ladies answering phones": one agent
  {
    name: 'the visitor and two office staff are three agents',
    steps: [
      ['we pump septic tanks, just me and 2 office ladies answering phones', ['agents: 3']],
    ],
  },
  // "we'd rather keep it on prem, customers are sensitive about data": the licence, servers and gateways owned
  {
    name: 'on-premises preferred is no system owned',
    steps: [
      ['12 analysts answering, voice and email', ['Where should it run']],
      ["we'd rather keep it on prem, customers are sensitive about data", []],
      ["what's the estimate", ['Servers (on-premises)*: $'], ['already owned']],
    ],
  },
  // "itemized please" at the volumes step: "did you mean …?"
  {
    name: 'the estimate asked itemised at the volumes step is its breakdown',
    steps: [
      ['22 agents. Voice, email, chat', ['Where should it run']],
      ['Hybrid', ['optional step']],
      ['itemized please', ['Estimate: 22 agents'], ['Did you mean']],
    ],
  },
  // "ternyata bos mau hybrid, bisa dihitung ulang?": cloud kept, hybrid as a what-if
  {
    name: 'a deployment chosen and asked to be priced again is the switch',
    locale: 'id-ID',
    steps: [
      ['8 agen, telp dan wa, cloud', ['Estimasi: 8 agen']],
      ['ternyata bos mau hybrid, bisa dihitung ulang?', ['Perubahan: model penerapan cloud → hibrida']],
    ],
  },
];

describe('fifty-third round (2026-12-07, forty-fifth session)', () => {
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

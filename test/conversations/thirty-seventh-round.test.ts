/**
 * What the twenty-ninth session (2026-12-05) found the advisor getting wrong (a round of exploratory visitors, helpers
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
  // "cruise line shore excursions, 40 agents …" was answered in Indonesian ("shore" is a letter from "sore")
  {
    name: 'a terse English opening with a word a letter from Indonesian stays English',
    steps: [['cruise line shore excursions, 40 agents voice email web chat cloud', ['Estimate: 40 agents, voice, email and web chat, cloud'], ['Estimasi']]],
  },
  // "what can't you do?": the limits, then the whole menu of what the advisor can do
  {
    name: 'what the advisor cannot do is not followed by the menu',
    steps: [["what can't you do?", ['What I cannot do'], ['Here is what I can do']]],
  },
  // "Use typical volumes" right after the estimate printed the same estimate again
  {
    name: 'typical volumes asked for where the estimate already uses them',
    steps: [
      ['30 agents voice and sms cloud', ['Estimate: 30 agents']],
      ['Use typical volumes', ['already uses typical volumes', 'Voice, SMS and Data transfer out'], ['Estimate: 30 agents']],
    ],
  },
  {
    name: 'volume tipikal aja, with the estimate on screen',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['pakai volume tipikal aja', ['sudah memakai volume tipikal'], ['Estimasi: 20 agen']],
    ],
  },
  // "why does on-prem jump in year 6?" after a 7-year view: the on-premises cost per agent
  {
    name: 'why one year of the multi-year view costs more: the hardware bought again',
    steps: [
      ['40 agents voice and email, on-prem', ['Estimate: 40 agents']],
      ['show me 7 years', ['over 7 years']],
      ['why does on-prem jump in year 6?', ['In year 6, on-premises buys its servers and gateways again', 'about 5 years', '$46,000'], ['per agent per month']],
      ['why is year 3 higher?', ['No deployment buys anything again in year 3']],
    ],
  },
  {
    name: 'kenapa tahun ke-6 naik, in Indonesian',
    locale: 'id-ID',
    steps: [
      ['30 agen telepon on-premise', ['Estimasi: 30 agen']],
      ['kenapa biaya tahun ke-6 naik?', ['Pada tahun ke-6, on-premise membeli server dan gateway lagi']],
    ],
  },
  // "per agennya jadi brp sebulan?": the total for 5 agents
  {
    name: 'per agennya, with -nya, is the figure per agent',
    locale: 'id-ID',
    steps: [
      ['3 agen aja, tlp + WA, cloud', ['Estimasi: 3 agen']],
      ['kalo jadi 5 agen gimana?', ['5 agen']],
      ['per agennya jadi brp sebulan?', ['per agen per bulan'], ['Rp 22.069.000 per bulan']],
    ],
  },
  // "penyimpanannya pake US$300 per agen per tahun aja": the old totals again
  {
    name: 'penyimpanannya, with -nya, takes the visitor storage price',
    locale: 'id-ID',
    steps: [
      ['butuh cs 3 org, tlp sama wa, cloud aja bro', ['Estimasi: 3 agen']],
      ['yaudah penyimpanannya pake US$300 per agen per tahun aja', ['angka Anda']],
    ],
  },
  // "5 agne": the head count asked again
  {
    name: 'agne is agen',
    locale: 'id-ID',
    steps: [['halo kak, klinik kecantikan aku mau pake 5 agne buat bales DM instagram, WA sama live chat di web. cloud', ['Estimasi: 5 agen'], ['Berapa jumlah agen']]],
  },
  // "mau ada cs telpon 2 org aja": the sales form
  {
    name: 'a team on the phone is the scenario, not a call from sales',
    locale: 'id-ID',
    steps: [['toko bangunan sy mau ada cs telpon 2 org aja', ['jumlah agen: 2', 'telepon'], ['Tim sales bisa membantu']]],
  },
  // "4 agen telepon + WA … no hp 0857 …": voice dropped from the estimate and the lead
  {
    name: 'a phone number said with hp keeps the phone channel',
    locale: 'id-ID',
    steps: [['Mau tanya harga CS 4 agen telepon + WA, cloud. Tapi langsung aja deh sambungin ke sales, nama saya Hendra Gunawan, no hp 0857 1122 3344', ['4 agen, telepon dan media sosial']]],
  },
  // "total 2 bulan brp ya?" in the opening, and "jadi brp 2 bulannya?" after adding voice: the month and the year only
  {
    name: 'a total over two months asked beside the scenario',
    locale: 'id-ID',
    steps: [
      ['halo, kita EO konser. butuh CS cuma 2 bulan pas war tiket, 15 agen live chat + sosmed, cloud. total 2 bulan brp ya?', ['Estimasi: 15 agen', 'Untuk 2 bulan', 'Rp 90.647.000']],
      ['bisa gak sih kontrak cuma 2 bulan?', ['masa minimum kontrak', 'Untuk 2 bulan']],
      ['kalo nambah telepon juga jadi brp 2 bulannya?', ['telepon ditambahkan', 'Untuk 2 bulan', 'Rp 132.413.000']],
    ],
  },
  // "… 12 agents for about 3 weeks a year … can we just pay for a month?" with the deployment to ask: not a word of it
  {
    name: 'paying for one month, asked in the opening, is answered and totalled under the estimate',
    steps: [
      ['film festival box office. we only need 12 agents for about 3 weeks a year around the festival. phone + web chat. can we just pay for a month?', ['minimum term', 'Where should it run']],
      ['cloud', ['optional step']],
      ['use typical volumes', ['Estimate: 12 agents', 'For one month']],
    ],
  },
  // "thats alot for 3 ppl. whats the cheapist i can get it": "that is already your scenario, nothing changed"
  {
    name: 'the cheapest asked in a complaint naming the head count',
    steps: [
      ['hi we do gutter cleanign, 3 guys answer fones and txts. how much for cloud', ['Estimate: 3 agents, voice and SMS, cloud']],
      ['thats alot for 3 ppl. whats the cheapist i can get it', ['essentials tier would bring the month'], ['nothing changed']],
    ],
  },
  // "ok whats the cheapest way to do it" at the deployment question: "I am not sure about that one"
  {
    name: 'the cheapest way asked at the deployment question compares the three',
    steps: [
      ["hi!! we're a weding venue, 4 of us answering enquries. phone and emial mostly.", ['Where should it run']],
      ['ok whats the cheapest way to do it', ['price all three side by side'], ['not sure about that']],
    ],
  },
  // "whats the cheapest deployment for us": "Please pick one"; "do you do nonprofit discounts?" opened with what the deployments are
  {
    name: 'the cheapest deployment asked compares the three; a discount asked is no why',
    steps: [
      ['food bank helpline, 8 people on the phones, voice only', ['Where should it run']],
      ['do you do nonprofit discounts?', ['nonprofit or education discounts'], ['very different cost shapes']],
      ['whats the cheapest deployment for us', ['price all three side by side'], ['Please pick one']],
    ],
  },

  // "30 agents in winter (dec-mar), 8 in summer": 38 agents all year
  {
    name: 'head counts by season, one season given as a range of months',
    steps: [['ski resort guest services. 30 agents in winter (dec-mar), 8 in summer. voice, web chat, social. cloud', ['4 months × $8,025 a month (30 agents)', '8 months'], ['30 + 8 = 38']]],
  },
  // "how much more is MMS than SMS per message?": the deployments compared
  {
    name: 'how much more an MMS is than an SMS',
    steps: [
      ['18 agents, sms, mms, social and web chat, cloud', ['Estimate: 18 agents']],
      ['how much more is MMS than SMS per message?', ['about 3 times an SMS'], ['Cheapest over 3 years']],
    ],
  },
  // "what assumptions drive the on-prem number most?": every assumption unranked; "$12k/month fully loaded": the Premium tier too
  {
    name: 'the assumptions that drive a figure most, and a fully loaded salary',
    steps: [
      ['120 agents. voice, email, web chat. need 3 yr TCO on prem vs cloud', ['120 agents over 3 years']],
      ['what assumptions drive the on-prem number most?', ['What moves the total for 120 agents, voice, email and web chat, on-premises most']],
      ['what if our IT admin cost is more like $12k/month fully loaded', ['in-house IT $12,000 per full-time person a month'], ['Premium']],
    ],
  },
  // "no sales thanks. can you delete everything I typed here?": only the refusal
  {
    name: 'sales refused and the conversation erased, in one message',
    steps: [
      ['10 agents voice cloud', ['Estimate: 10 agents']],
      ['no sales thanks. can you delete everything I typed here?', ['no one from sales will contact you', 'Erase this conversation'], ['You are welcome']],
    ],
  },
  // "remove social, we handle that in marketing" under the sales offer: the social media price article after the update
  {
    name: 'a channel removed brings no article on its price',
    steps: [
      ['meal kit subscription co. 35 agents. voice sms email chat and social. cloud', ['Estimate: 35 agents']],
      ['remove social, we handle that in marketing', ['removed social media'], ['A customer service interaction on social media']],
    ],
  },
  // "ok say storage is more like $300 per agent a year, redo the 3 yr": no 3-year figure
  {
    name: 'a horizon asked to be redone beside a change',
    steps: [
      ['vet clinics, 30 agents voice and sms, cloud', ['Estimate: 30 agents']],
      ['ok say storage is more like $300 per agent a year, redo the 3 yr', ['data storage $25 per agent a month', 'Over 3 years, cloud comes to about $167,400']],
    ],
  },
  // "how is the range computed? its huge": "Which line do you mean?"
  {
    name: 'how the range is computed',
    steps: [
      ['30 agents voice hybrid', ['Estimate: 30 agents']],
      ['how is the range computed? its huge', ['What moves the total'], ['Which line do you mean']],
    ],
  },
  // "give me both prices then" after on-prem and cloud were weighed: the cloud estimate again
  {
    name: 'both prices after two deployments were weighed',
    steps: [
      ['IVF clinic, 5 patient coordinators. phone, email and sms. pros and cons of on prem vs cloud for us?', ['on-premises gives more control']],
      ['give me both prices then', ['5 agents over 3 years'], ['Estimate: 5 agents']],
    ],
  },
  // "We're leaning hybrid. Can you show 3-yr for all three models": the hybrid estimate alone
  {
    name: 'all three models asked for in the opening',
    steps: [['Marine insurance brokerage - 14 brokers/support on phone and email. We\'re leaning hybrid. Can you show 3-yr for all three models', ['Estimate: 14 agents, voice and email, hybrid', '14 agents over 3 years', 'Against your hybrid']]],
  },
  // "6 community managers answer phone/email/webchat": the head count asked
  {
    name: 'people by any job name who answer the customers are the head count',
    steps: [['coworking chain, 6 community managers answer phone/email/webchat. cloud', ['Estimate: 6 agents, voice, email and web chat, cloud']]],
  },
  // "aduan 3.000 per hari lewat telepon, rata-rata 5 menit, layanan 24 jam. Berapa agen?": the head count asked back
  {
    name: 'complaints a day by phone, open all day: the head count worked out round the clock',
    locale: 'id-ID',
    steps: [
      ['Perkiraan aduan 3.000 per hari lewat telepon, rata-rata 5 menit, layanan 24 jam. Berapa agen yang dibutuhkan?', ['Untuk 3.000 panggilan per hari', '24 jam operasional per hari, 7 hari per minggu', '84 orang']],
      ['Baik, hitung biayanya dengan jumlah agen tersebut untuk telepon, SMS, media sosial dan email, on-premise', ['Estimasi: 84 agen']],
    ],
  },
  // "Selama masa PMB (sekitar 4 bulan) kami perlu 25 agen … Sisa tahun cukup 5 agen": 25 calls a month; "Berapa total setahunnya?": 25 agents all year
  {
    name: 'a peak with its months and the rest of the year',
    locale: 'id-ID',
    steps: [
      ['Selama masa PMB (sekitar 4 bulan) kami perlu 25 agen untuk telepon, email, live chat, dan media sosial. Sisa tahun cukup 5 agen. Mungkin cloud.', ['4 bulan × Rp 110.344.000', '8 bulan'], ['panggilan per bulan']],
      ['Berapa total setahunnya?', ['setahun itu sekitar Rp 617.925.000']],
    ],
  },
  {
    name: '40 for 8 weeks and 5 the rest',
    steps: [
      ['esports tournaments, 5 agents social email web chat, cloud', ['Estimate: 5 agents']],
      ['ok so what would a year cost if 40 for 8 weeks and 5 the rest', ['2 months × $7,327 a month (40 agents)', '10 months']],
    ],
  },
  // "saya sendiri yang angkat telepon & bales WA" then "kalo 1 agen aja cloud brp sebulan?": the channels asked
  {
    name: 'the channels said beside the head count are kept',
    locale: 'id-ID',
    steps: [
      ['Halo, saya punya 3 rumah kos. Selama ini saya sendiri yang angkat telepon & bales WA calon penghuni. Perlu gak sih saya pakai sistem contact center?', ['Terus terang']],
      ['kalo 1 agen aja cloud brp sebulan?', ['Estimasi: 1 agen, telepon dan media sosial, cloud'], ['Saluran apa saja']],
    ],
  },
  // "eh sorry pake bahasa indo aja. itu per bulannya brp ya?": only "saya lanjutkan dalam bahasa Indonesia"
  {
    name: 'the language asked for, and the question after it',
    steps: [
      ['how much for 6 agents, live chat and email, cloud?', ['Estimate: 6 agents']],
      ['eh sorry pake bahasa indo aja. itu per bulannya brp ya?', ['Untuk 6 agen', 'per bulan']],
    ],
  },
  // "oke hitung yg 25 juta itu aja" under the head count a budget buys: "I did not catch that"
  {
    name: 'the head count a budget buys, priced when asked in words',
    locale: 'id-ID',
    steps: [
      ['budget CS kami cuma 15 juta sebulan. Kira-kira dapet berapa agen kalau pakai telepon + SMS di cloud?', ['cukup untuk sekitar **3 agen**']],
      ['kalo budgetnya naik jadi 25 juta?', ['**6 agen**']],
      ['oke hitung yg 25 juta itu aja', ['6 agen'], ['belum menangkap']],
    ],
  },
  // "… pesanan masuk dari WA sama IG. perlu apa ya?": the WhatsApp price article; "maksudnya agen itu apa? saya cuma berdua …": not understood; then the channels asked again
  {
    name: 'a beginner: the channels kept, what an agent is, and two people',
    locale: 'id-ID',
    steps: [
      ['halo, saya gak ngerti apa2 soal beginian. saya jualan kue online, pesanan masuk dari WA sama IG. perlu apa ya?', ['Berapa jumlah agen'], ['ditagih per percakapan']],
      ['maksudnya agen itu apa? saya cuma berdua sama adik saya', ['Agen adalah orang yang melayani pelanggan'], ['belum menangkap']],
      ['yaudah hitung buat 2 orang aja, pake yg cloud', ['Estimasi: 2 agen, media sosial, cloud'], ['Saluran apa saja']],
    ],
  },
  {
    name: 'what an agent is, in English',
    steps: [['what do you mean by agent?', ['An agent is a person who answers your customers']]],
  },
  // "… email, web chat, and MMS … whats MMS actually for vs just email attachments?": the scenario noted, the question dropped
  {
    name: 'a question sentence after the scenario is answered beside it',
    steps: [['3d printing bureau, 4 people on customer support. email, web chat, and MMS bc customers send pics of failed prints. whats MMS actually for vs just email attachments?', ['an MMS (multimedia) about $0.03', 'Noted so far: agents: 4']]],
  },
  // "10 people on phones and email. before anything - if I give you my details for sales what happens to them?": no answer
  {
    name: 'what happens to the details, asked beside the scenario',
    steps: [['hi, charity donor services, 10 people on phones and email. before anything - if I give you my details for sales what happens to them?', ['Nothing goes to sales unless you ask and agree', 'Noted so far: agents: 10; added voice and email']]],
  },
  // "… by email and chat on website. Do we even need voice?": the staffing article, and voice added
  {
    name: 'a channel named only in "do we even need" is asked about, not added',
    steps: [
      ['Hello, we are a small language school (3 staff do admissions). Students write us by email and chat on website. Do we even need voice?', ['Start from where your customers already try to reach you', 'added email and web chat'], ['added voice', 'Erlang']],
      ['ok without voice then, cloud, how much', ['Estimate: 3 agents, email and web chat, cloud']],
    ],
  },
  // "Rencananya on-premise karena kami sudah punya ruang server": the servers written off
  {
    name: 'a server room owned is no server owned',
    locale: 'id-ID',
    steps: [['Kami hotel syariah di Yogyakarta, butuh 7 agen reservasi untuk telepon, email dan live chat. Rencananya on-premise karena kami sudah punya ruang server.', ['Estimasi: 7 agen'], ['sudah ada']]],
  },
  // "we already own a PBX on site so on-prem": licences, servers and gateways "already owned"
  {
    name: 'a PBX owned is no contact center platform owned',
    steps: [['university helpdesk, 28 agents, voice, chat, email. we already own a PBX on site so on-prem', ['Estimate: 28 agents'], ['already owned']]],
  },
  // "kalo bayar setahun di depan lebih murah gak?": the ways to save
  {
    name: 'paying a year ahead is a vendor term',
    locale: 'id-ID',
    steps: [
      ['CS kami 4 org, live chat sama email aja, cloud.', ['Estimasi: 4 agen']],
      ['kalo bayar setahun di depan lebih murah gak?', ['ketentuan yang ditetapkan tiap vendor']],
    ],
  },
  // "…total 5 tahun aja, gak usah rincian" then "itu termasuk ganti server gak?": the card anyway, then the server line
  {
    name: 'the figure alone when the breakdown is not wanted, and whether the total replaces the servers',
    locale: 'id-ID',
    steps: [
      ['Perusahaan ekspedisi kargo laut. 9 agen, telepon dan email, hybrid. Saya cuma perlu angka total 5 tahun aja, gak usah rincian.', ['Selama 5 tahun, total biaya hibrida'], ['Rincian (nilai tipikal']],
      ['itu termasuk ganti server gak?', ['Belum', 'tahun ke-6']],
      ['kalau 7 tahun?', ['selama 7 tahun']],
      ['itu termasuk ganti server gak?', ['Ya: selama 7 tahun', 'tahun ke-6']],
    ],
  },
  {
    name: 'whether a 3-year total includes replacing the servers, in English',
    steps: [
      ['20 agents voice on-prem', ['Estimate: 20 agents']],
      ['does that include replacing the servers?', ['No, and it does not need to', 'year 6']],
    ],
  },
  // "15 agents May-Sept, 4 agents Oct-Apr": 4 agents all year
  {
    name: 'head counts each with a range of months',
    steps: [['campground reservations, 15 agents May-Sept, 4 agents Oct-Apr. phone, web chat and email. cloud', ['5 months', '(15 agents)', '7 months', '(4 agents)']]],
  },
  // "during tax season (jan-apr) we need 12 people …, rest of year 3": 12 agents all year
  {
    name: 'a peak given as a range of months and the rest of the year',
    steps: [["accounting firm. during tax season (jan-apr) we need 12 people on phones + email, rest of year 3. cloud. what's the annual cost", ['that year comes to about $17,100', '4 months × $2,850']]],
  },
  // "lebaran biasanya 2 bulanan, jadi total setahunnya brp tuh?" after a peak month: the length asked again
  {
    name: 'how long the peak lasts, said after its month was priced',
    locale: 'id-ID',
    steps: [
      ['butuh 15 agen buat tlp, live chat sama email, pake cloud. brp ya?', ['Estimasi: 15 agen']],
      ['kalo pas musim lebaran naik jadi 25 agen gmn?', ['Sebulan dengan 25 agen']],
      ['lebaran biasanya 2 bulanan, jadi total setahunnya brp tuh?', ['2 bulan × Rp 97.969.000', '10 bulan']],
    ],
  },
  // "biasanya nambah 5 CS selama 3 bulan. total setahun jadi brp?": 15 agents all year
  {
    name: 'more agents usually for some months',
    locale: 'id-ID',
    steps: [
      ['mau 10 CS buat live chat sama sosmed (IG, tiktok), cloud. brp?', ['Estimasi: 10 agen']],
      ['pas musim pendaftaran biasanya nambah 5 CS selama 3 bulan. total setahun jadi brp?', ['3 bulan × Rp 45.324.000 per bulan (15 agen)', '9 bulan']],
    ],
  },
  // "kalau cuma bayar 6 bulan jadi berapa?" with the months said twice, "cuma butuh 3 bulan": not understood
  {
    name: 'a few months paid, said twice or as a need',
    locale: 'id-ID',
    steps: [
      ['5 agen telepon, email, sama MMS. Cloud.', ['Estimasi: 5 agen']],
      ['kami cuma ramai 6 bulan (Juni-Desember), kalau cuma bayar 6 bulan jadi berapa?', ['Untuk 6 bulan']],
      ['Bisa langganan bulanan aja gak? soalnya cuma butuh 3 bulan', ['Untuk 3 bulan']],
    ],
  },
  // "itu udah yg paling murah?": not understood; "mau CS 24 jam … agennya harus berapa?": not understood
  {
    name: 'whether this is the cheapest, and the people a 24-hour service needs',
    locale: 'id-ID',
    steps: [
      ['ada 2 orang jaga WA sama telpon. kalo pake cloud brp ya sebulan?', ['Estimasi: 2 agen']],
      ['wah lumayan ya buat usaha kecil, itu udah yg paling murah?', ['paket essentials'], ['belum menangkap']],
      ['Tamu sering check-in tengah malam, jadi kami mau CS 24 jam. Kalau 24 jam berarti agennya harus berapa?', ['4,2'], ['belum menangkap']],
    ],
  },
  // "penerbit komik digital (webtoon lokal)": priced on-premises
  {
    name: 'lokal after a noun describes it',
    locale: 'id-ID',
    steps: [['Halo! Kami penerbit komik digital (webtoon lokal). Pembaca sering komplain soal koin & pembayaran. Mau 5 agen yang pegang email dan media sosial.', ['Mau dijalankan di mana'], ['model penerapan: on-premise', 'Estimasi: 5 agen']]],
  },

  // "driving school, 2 office staff answering calls and texting students lesson times. cloud. price?": not understood
  {
    name: 'staff by any name answering calls, with the rest of the scenario',
    steps: [['driving school, 2 office staff answering calls and texting students lesson times. cloud. price?', ['Estimate: 2 agents, voice and SMS, cloud']]],
  },
  // "4 community managers handle member calls, email and web chat": the head count asked three times
  {
    name: 'a word between the verb and the channel',
    steps: [['coworking / shared office operator, 4 community managers handle member calls, email and web chat. cloud. whats monthly?', ['Estimate: 4 agents, voice, email and web chat, cloud']]],
  },
  // "80 agents in-app chat, SMS and voice": "secure messaging is not a channel I price" beside the web chat line
  {
    name: 'chat in an app is web chat, with no note on secure messaging',
    steps: [['grocery delivery app, 80 agents in-app chat, SMS and voice, cloud. give me the numbers', ['Estimate: 80 agents'], ['Secure messaging']]],
  },
  // "whats hybrid" under an estimate: the hybrid figures already on screen
  {
    name: 'what a deployment is, asked in so many words',
    steps: [
      ['cloud vs onprem for 20 agents?', ['20 agents']],
      ['price for 20 voice only cloud', ['Estimate: 20 agents, voice, cloud']],
      ['and 3 yrs?', ['3 years']],
      ['whats hybrid', ['hybrid'], ['The same scenario hybrid']],
    ],
  },

  // "Mark Hollis, Hollis & Co CPAs", "contact Priya Nair": the company or the name asked again
  {
    name: 'a company after the name, and the contact person named',
    steps: [
      ['12 people on phones + email, cloud', ['Estimate: 12 agents']],
      ['ok. have sales email me - mark@hollisandco.com. Mark Hollis, Hollis & Co CPAs. no phone calls pls', ['company Hollis & Co CPAs'], ['Which company']],
    ],
  },
  {
    name: 'sales asked for with the company and the contact person',
    steps: [
      ['7 agents voice and sms cloud', ['Estimate: 7 agents']],
      ['ok cool. sales pls. Company is SudsClub Car Wash, contact Priya Nair.', ['name Priya Nair', 'work email'], ['What is your name', 'Nice to meet you']],
    ],
  },
  // "rata2 satu chat sekitar 8 menit" after a staffing answer: one chat a month, and two agents
  {
    name: 'how long one chat lasts is the handle time, no volume',
    locale: 'id-ID',
    steps: [
      ['Kami terima sekitar 3000 chat per bulan dari calon siswa. Butuh berapa agen ya?', ['Untuk 3.000 chat per bulan']],
      ['rata2 satu chat sekitar 8 menit', ['Untuk 3.000 chat per bulan', 'durasi rata-rata 8 menit'], ['Untuk 1 chat']],
    ],
  },
  // "The owner does not trust the cloud, so it would have to be on our own premises. What would it cost?": cloud priced
  {
    name: 'a deployment that would have to be is the scenario',
    steps: [["Good afternoon. We operate a cemetery and memorial services business. 4 staff handle phone calls and emails from families. The owner does not trust the cloud, so it would have to be on our own premises. What would it cost?", ['Estimate: 4 agents, voice and email, on-premises']]],
  },
  // "We handle PHI so HIPAA matters. Is cloud even OK for that?": cloud priced, the question dropped
  {
    name: 'a deployment only doubted is no choice; whether it is allowed is answered',
    steps: [["We're an online pharmacy (US). ~18 agents, phone + email + web chat. We handle PHI so HIPAA matters. Is cloud even OK for that?", ['No deployment is secure by itself', 'Where should it run'], ['Estimate: 18 agents']]],
  },
  // "can you show me 3 years" on a 3-year estimate: the same estimate again
  {
    name: 'the years asked to be shown are the multi-year view',
    steps: [
      ['ortho practice group, 14 agents voice sms cloud', ['Estimate: 14 agents']],
      ['can you show me 3 years', ['14 agents over 3 years'], ['Line items']],
    ],
  },
  // "itu angka 12 jutaan per bulan atau setahun?": the whole estimate printed again
  {
    name: 'whether a figure is a month or a year, with the figure named',
    locale: 'id-ID',
    steps: [
      ['usaha frozen food, 5 agen WA dan telepon, cloud', ['Estimasi: 5 agen']],
      ['itu angka 12 jutaan per bulan atau setahun?', ['per bulan', 'per tahun'], ['Rincian (nilai tipikal']],
    ],
  },
  // "yes just the call" at the consent question: "Noted: removed SMS"
  {
    name: 'the call agreed to at the consent question is no channel',
    steps: [
      ['roofing company, 3 agents voice and sms, cloud', ['Estimate: 3 agents']],
      ['talk to sales', ['What is your name?']],
      ['Jo Park', ['work email']],
      ['jo@parkroofing.com', ['company']],
      ['Park Roofing', ['phone']],
      ['555-201-3344', ['good time']],
      ['mornings', ['New lead: contact center cost estimate']],
      ['yes just the call', [], ['removed SMS']],
    ],
  },
  // "60 is total headcount btw, only about 15 are on at any one time. does that change things?": the first year again
  {
    name: 'the people and how many work at once, said under an estimate',
    steps: [
      ['nonprofit hotline, 60 counselors total, voice sms web chat, cloud', ['Estimate: 60 agents']],
      ['60 is total headcount btw, only about 15 are on at any one time. does that change things?', ['about 15 are online at the same time', 'concurrent licences'], ['Just say it in plain words']],
    ],
  },
  // "we absolutely cannot go down. what hidden costs come with making it reliable?": how accurate the estimate is
  {
    name: 'keeping the center running is the continuity answer',
    steps: [
      ['nonprofit hotline, 60 counselors, voice sms web chat, cloud', ['Estimate: 60 agents']],
      ['we absolutely cannot go down. what hidden costs come with making it reliable?', ['downtime'], ['budget estimate, not a quote']],
    ],
  },
  // "Biaya setahun untuk yang telepon dan SMS tadi berapa?": the voice line alone
  {
    name: 'the year of the channels said before',
    locale: 'id-ID',
    steps: [
      ['pesantren, 4 agen telepon dan SMS, cloud', ['Estimasi: 4 agen']],
      ['Biaya setahun untuk yang telepon dan SMS tadi berapa?', ['per tahun'], ['per menit']],
    ],
  },
  // "butuh 8 CS … enaknya pake apa ya?": five advantages of something unnamed
  {
    name: 'what to use, asked beside a head count and channels, compares the deployments',
    locale: 'id-ID',
    steps: [['butuh 8 CS buat balesin DM IG, tiktok sama live chat web. enaknya pake apa ya?', ['Paling murah selama 3 tahun'], ['Sumber menyebut lima kelebihan']]],
  },
];

describe('thirty-seventh round (2026-12-05, twenty-ninth session)', () => {
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

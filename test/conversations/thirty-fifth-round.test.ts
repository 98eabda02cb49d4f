/**
 * What the twenty-seventh session (2026-12-05) found the advisor getting wrong (a round of exploratory visitors, helpers
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
  // "500 chat WA dan 300 telepon per hari": only the chats were sized
  {
    name: 'two queues in one staffing question are each sized and added up, and priced together',
    locale: 'id-ID',
    steps: [
      ['butuh berapa agen untuk 500 chat WA dan 300 telepon per hari?', ['Totalnya sekitar 21 agen', '12 untuk chat + 9 untuk telepon', 'Hitung 21 agen']],
      // "oke hitung": "Apakah maksud Anda salah satu ini?"
      ['oke hitung', ['jumlah agen: 21', 'cloud, on-premise'], ['Apakah maksud Anda']],
      ['cloud', ['Estimasi: 21 agen, telepon dan media sosial, cloud']],
    ],
  },
  {
    name: 'calls and emails a day are two queues',
    steps: [
      ['how many agents for 2000 calls a day and 400 emails a day, 5 min calls?', ['In all, about', 'for the calls', 'for the emails']],
    ],
  },
  // "butuh brp agen ya?" after the staffing answer: the general "the source gives no ratio" article; then "ok hitungin
  // biayanya pake jumlah itu, voice aja, cloud": "Berapa jumlah agen?"
  {
    name: 'asking the head count again after the staffing answer restates it, and pricing it uses it',
    locale: 'id-ID',
    steps: [
      ['mau tanya, sehari kita terima sekitar 2000 telpon, rata2 4 menit per telpon', ['Hitung 30 agen']],
      ['butuh brp agen ya?', ['Hitung 30 agen'], ['Sumber tidak memberi rasio']],
      ['ok hitungin biayanya pake jumlah itu, voice aja, cloud', ['Estimasi: 30 agen, telepon, cloud'], ['Berapa jumlah agen']],
    ],
  },
  // "Hi, kita coffee chain franchise, mau setup customer care", "Dengan hormat, kami … ingin membangun hotline pengaduan
  // masyarakat.", "Saya finance manager, butuh angka untuk budgeting.": "Saya belum menangkap maksud Anda"
  {
    name: 'setting up customer care or a hotline, or numbers for a budget, starts the estimate',
    locale: 'id-ID',
    steps: [['Hi, kita coffee chain franchise, mau setup customer care', ['Berapa jumlah agen'], ['belum menangkap']]],
  },
  {
    name: 'a government hotline to build starts the estimate',
    locale: 'id-ID',
    steps: [['Dengan hormat, kami dari Pemerintah Kabupaten ingin membangun hotline pengaduan masyarakat.', ['Berapa jumlah agen'], ['belum menangkap']]],
  },
  {
    name: 'numbers for budgeting start the estimate',
    locale: 'id-ID',
    steps: [['Saya finance manager, butuh angka untuk budgeting.', ['Berapa jumlah agen'], ['belum menangkap']]],
  },
  // "Assalamualaikum, saya admin PSB pondok pesantren di Jombang": "Itu di luar yang saya ketahui"
  {
    name: 'a salam with an introduction is greeted',
    locale: 'id-ID',
    steps: [['Assalamualaikum, saya admin PSB pondok pesantren di Jombang', [/Halo|Selamat|Waalaikum/i], ['di luar yang saya ketahui']]],
  },
  // "halo, kami dari koperasi simpan pinjam di Solo": the head count set to 1 ("solo")
  {
    name: 'the city of Solo is no head count',
    locale: 'id-ID',
    steps: [
      ['halo, kami dari koperasi simpan pinjam di Solo', []],
      ['telepon dan email, cloud', ['Berapa jumlah agen'], ['Estimasi: 1 agen']],
    ],
  },
  // "harga brp sih" before anything: the social-media price; "I SAID HOW MUCH!!": the head count asked again, bare
  {
    name: 'a bare price question gets a guide figure per agent and the head count question',
    locale: 'id-ID',
    steps: [['harga brp sih', ['Sebagai gambaran, 10 agen, telepon, cloud', 'per agen per bulan', 'Berapa jumlah agen'], ['media sosial']]],
  },
  {
    name: 'a price demanded at the head count question gets the guide figure',
    steps: [
      ['I need a quote', ['How many agents']],
      ['I SAID HOW MUCH!!', ['As a guide, 10 agents, voice, cloud', 'per agent a month', 'How many agents']],
    ],
  },
  // "ya saya setuju" at the best-time question (the consent question not shown yet): the time skipped and the consent
  // asked again
  {
    name: 'agreeing at the best-time question is the consent',
    locale: 'id-ID',
    steps: [
      ['tolong hubungkan ke sales', ['Hubungi saya saja']],
      ['Dewi Lestari, dewi@rsud-sby.go.id, RSUD Surabaya, 031-555-1234', ['Kapan waktu yang tepat']],
      ['eh emailnya salah, yang bener dewi.lestari@rsud-sby.go.id', ['dewi.lestari@rsud-sby.go.id']],
      ['ya saya setuju', ['boleh menghubungi Anda, jadi data Anda', 'CCA-'], ['Ya atau tidak?']],
    ],
  },
  // "Kami PT Maju Bersama, butuh estimasi 14 agen …": the company asked for in the sales form; "Kami dari PT Maju
  // Bersama": the name stored as "Kami"
  {
    name: 'a company named with its legal form beside the scenario is kept for the sales form',
    locale: 'id-ID',
    steps: [
      ['Kami PT Maju Bersama, butuh estimasi 14 agen voice dan web chat, cloud.', ['Estimasi: 14 agen']],
      ['Oke, saya mau dihubungi sales.', ['Siapa nama Anda?']],
      ['Nama saya Siti Rahma, email siti.rahma@majubersama.co.id, telepon 0812 1111 2222', ['nama Siti Rahma'], ['Dari perusahaan atau organisasi mana?']],
    ],
  },
  {
    name: 'kami is no name',
    locale: 'id-ID',
    steps: [
      ['Kami dari PT Maju Bersama, butuh estimasi 14 agen voice cloud', ['Estimasi: 14 agen']],
      ['hubungi sales', ['Siapa nama Anda?'], ['Kami']],
    ],
  },
  // "hi, we need 12 seats, channel voice & webchat, cloud ya" from an Indonesian locale: the estimate in English
  {
    name: 'an opening in borrowed English with Indonesian grammar under an Indonesian locale is answered in Indonesian',
    locale: 'id-ID',
    steps: [['hi, we need 12 seats, channel voice & webchat, cloud ya', ['Estimasi: 12 agen', 'Rp '], ['Estimate:']]],
  },
  // "Apakah semua kanal sudah masuk?": the 27 assumptions
  {
    name: 'whether all channels are in is answered with the lines',
    locale: 'id-ID',
    steps: [
      ['22 agen hibrida, semua kanal: telepon, sms, mms, sosmed, email, live chat', ['Estimasi: 22 agen']],
      ['Apakah semua kanal sudah masuk?', ['setiap baris', 'SMS', 'MMS'], ['Baris bertanda * memakai']],
    ],
  },
  {
    name: 'are all the channels in there is answered with the lines',
    steps: [
      ['20 agents voice email and web chat, cloud', ['Estimate: 20 agents']],
      ['are all the channels in there?', ['Email', 'Web chat']],
    ],
  },
  // "kalau selusin agen aja?": not understood; "dua lusin agen": 2
  {
    name: 'selusin is twelve and dua lusin twenty-four',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['kalau selusin agen aja?', ['20 → 12']],
      ['kalau dua lusin agen?', ['12 → 24']],
    ],
  },
  // "menurut lo itu wajar gak?" after the quote's verdict: "Itu di luar yang saya ketahui"
  {
    name: 'whether a quote is fair, asked after its verdict, is the verdict again',
    locale: 'id-ID',
    steps: [
      ['gw founder startup, dpt quote dr vendor lain Rp 450 juta/tahun', []],
      ['buat 10 agen, voice + web chat, cloud', ['Estimasi: 10 agen']],
      ['menurut lo itu wajar gak?', ['Penawarannya Rp 450.000.000 per tahun'], ['di luar yang saya ketahui']],
    ],
  },
  // "itu wajar gak?" under an estimate with no quote: "Saya kurang yakin soal itu"
  {
    name: 'whether the estimate is fair is held against the market',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon cloud', ['Estimasi: 10 agen']],
      ['itu wajar gak?', ['angka pasar'], ['kurang yakin']],
    ],
  },
  // "oke itu udah 25 ya? totalnya brp per tahun?": the 3-year total first
  {
    name: 'a year asked for after a correction is the year, not the horizon',
    locale: 'id-ID',
    steps: [
      ['mau estimasi: 50 agen voice sama email, cloud', ['Estimasi: 50 agen']],
      ['eh salah, maksudnya 25', ['50 → 25']],
      ['oke itu udah 25 ya? totalnya brp per tahun?', ['Untuk 25 agen', 'per tahun'], ['Selama 3 tahun']],
    ],
  },
  // "mms itu perlu gak sih sebenernya? mahal gak?": the SMS line only
  {
    name: 'an MMS question under an estimate with MMS gives the MMS line and when it pays',
    locale: 'id-ID',
    steps: [
      ['25 agen, voice, sms, mms. cloud', ['Estimasi: 25 agen']],
      ['mms itu perlu gak sih sebenernya? mahal gak?', ['MMS sekitar', 'per pesan; MMS sepadan bila gambar']],
    ],
  },
  // "Di rincian itu ada biaya lisensi, itu untuk apa ya?" after the sales offer: the hidden-costs article first
  {
    name: 'a line asked about after the form gets the line, not an unrelated article',
    locale: 'id-ID',
    steps: [
      ['Selamat siang, kami PDAM kabupaten, ingin membuat layanan pengaduan pelanggan.', ['Berapa jumlah agen']],
      ['10 agen, telepon dan SMS, on-premise karena server sendiri.', ['Estimasi: 10 agen']],
      ['Di rincian itu ada biaya lisensi, itu untuk apa ya?', ['**Lisensi platform (permanen, on-premise)**'], ['Setiap baris adalah kuantitas']],
    ],
  },
  // "hmm, what about just 10% more than the original instead?" after doubling 30 to 60: the article on call vs contact
  // centers, and the scenario left at 60
  {
    name: 'ten percent more than the original is taken from the figure before the last change',
    steps: [
      ['30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ['what if we double the agents?', ['30 → 60']],
      ['hmm, what about just 10% more than the original instead?', ['30 → 33'], ['call center handles phone calls only']],
      ['ok and switch that to hybrid', ['Estimate: 33 agents, voice and email, hybrid']],
    ],
  },
  // "3-year and 5-year totals.": the five years alone
  {
    name: 'two horizons written with hyphens are both given',
    steps: [
      ['100 agents, voice and email, cloud. Numbers only. No fluff.', ['Estimate: 100 agents']],
      ['3-year and 5-year totals.', [/3 years/, /5 years/]],
    ],
  },
  // "… we want a hybrid setup … Could you give me a breakdown and a 3-year view?": no 3-year figure
  {
    name: 'a 3-year view asked beside the scenario comes with the estimate',
    steps: [
      [
        "Hi - so here's our situation: we're a mid-size e-commerce company, about 45 agents split across two shifts, we handle voice, SMS, email and web chat, and we want a hybrid setup because our IT team wants to keep recordings on-site. We already use Salesforce as CRM and would need integration. Could you give me a breakdown and a 3-year view?",
        ['Estimate: 45 agents', 'Over 3 years, hybrid comes to about'],
      ],
    ],
  },
  // "We run Cisco on-prem today for 80 voice agents. Why would I move to cloud, seriously?": a cloud estimate, "Against
  // your cloud", and no reasons
  {
    name: 'a move to cloud doubted by someone running on-prem gets the reasons and the comparison against what they own',
    steps: [
      ['We run Cisco on-prem today for 80 voice agents. Why would I move to cloud, seriously?', ['The source lists five advantages', 'Estimate: 80 agents, voice, on-premises', 'already owned', 'Against your on-premises']],
    ],
  },
  // "Our cost per contact is way too high. What can we actually do about it?": how AI is priced
  {
    name: 'a cost called too high with what to do asked is how to save',
    steps: [['Our cost per contact is way too high. What can we actually do about it?', [/save|cut|lower|reduce/i], ['the source gives no price for it']]],
  },
  // "You can contact me about this quote but no marketing emails please" at the consent question: the consent asked again
  {
    name: 'leave to contact about the quote, with no marketing, is the consent',
    steps: [
      ['connect me with sales please', []],
      ['Maria Lopez', []],
      ['maria.lopez@brightdental.com', []],
      ['Bright Dental Group', []],
      ['555-201-7788', []],
      ['skip', ['May our sales team contact you']],
      ['You can contact me about this quote but no marketing emails please', ['no marketing list', 'CCA-'], ['Yes or no?']],
    ],
  },
  // "A competitor vendor quoted us $90,000 a year. Is that reasonable compared to yours?": "I am not sure what you mean"
  // before the verdict
  {
    name: 'a quote held against the estimate gets the verdict alone',
    steps: [
      ["We're a car rental chain, 50 agents, voice SMS and email, cloud.", ['Estimate: 50 agents']],
      ['A competitor vendor quoted us $90,000 a year. Is that reasonable compared to yours?', ['The quote is $90,000 a year'], ['not sure what you mean']],
    ],
  },
  // "Does WhatsApp cost per message? is that in the estimate?": the answer, then "Which line do you mean?"
  {
    name: 'is that in the estimate beside a channel price question is answered by its line',
    steps: [
      ['Food delivery startup. Our customers message us on WhatsApp mostly, plus web chat on the site. 15 agents, cloud.', ['Estimate: 15 agents']],
      ['Does WhatsApp cost per message? is that in the estimate?', ['In your estimate the social channel comes to about'], ['Which line do you mean?']],
    ],
  },
  // "What exactly is in the biggest line item?": the amounts ranked, and nothing on what the line is
  {
    name: 'what is in the biggest line explains it',
    steps: [
      ['40 agents, voice and SMS, cloud', ['Estimate: 40 agents']],
      ['What exactly is in the biggest line item?', ['**Platform licence (subscription)**', 'What it pays for']],
    ],
  },
  // "8 staff in summer but 30 in winter": 8 noted, the 30 dropped without a word
  {
    name: 'a summer and a winter head count: the usual one priced and the peak said back',
    steps: [["We're a ski resort booking office. 8 staff in summer but 30 in winter. Phone, email and web chat.", ['agents: 8', 'For the peak of 30']]],
  },
  // "10 agents normally but 50 on big on-sale days": the 50 never mentioned; then "What if we only pay for the extra 40
  // seats about 4 days a month?": 50 seats priced all month
  {
    name: 'a peak on sale days is said back, and extra seats for a few days a month are priced by the day and by the month',
    steps: [
      ['We sell concert tickets. 10 agents normally but 50 on big on-sale days, chat and email, cloud.', ['Estimate: 10 agents', 'For the peak of 50']],
      ['What if we only pay for the extra 40 seats about 4 days a month?', ['40 extra seats for about 4 days a month', 'by the day', 'by the whole month'], ['10 → 50']],
    ],
  },
  {
    name: 'tambahan agen beberapa hari sebulan',
    locale: 'id-ID',
    steps: [
      ['15 agen live chat cloud', ['Estimasi: 15 agen']],
      ['kalau tambah 20 agen cuma 3 hari sebulan pas promo?', ['20 agen tambahan selama sekitar 3 hari per bulan'], ['15 → 35']],
    ],
  },
  // "Yang paling sering terlupakan apa?" after the hidden-costs article: "Apakah maksud Anda salah satu ini?"
  {
    name: 'a follow-up whose close answers include the one just given gets the other',
    locale: 'id-ID',
    steps: [
      ['Apa saja biaya tersembunyi (hidden cost) dalam membangun contact center?', ['Di luar teknologi']],
      ['Yang paling sering terlupakan apa?', ['yang mudah terlewat'], ['Apakah maksud Anda']],
    ],
  },
  // "kalau agennya cuma sedikit, apa tipsnya?" after the saving levers: the same article word for word
  {
    name: 'saving tips for a small team are their own answer',
    locale: 'id-ID',
    steps: [
      ['gimana cara hemat biaya contact center?', ['Menurut sumber, ada beberapa cara menghemat']],
      ['kalau agennya cuma sedikit, apa tipsnya?', ['Untuk tim kecil', 'Rp 825.000 per agen per bulan'], ['Menurut sumber, ada beberapa cara menghemat']],
    ],
  },
  // "bedanya SMS sama MMS apa ya?": the two prices alone
  {
    name: 'the difference between SMS and MMS is what each carries and the rates side by side',
    locale: 'id-ID',
    steps: [['bedanya SMS sama MMS apa ya?', ['SMS hanya membawa teks', '3 kali harga SMS']]],
  },
  // "for appointment reminders at a dental clinic?" after the SMS/MMS answer: out of scope
  {
    name: 'a use named as a follow-up continues the last question',
    steps: [
      ["What's the difference in cost between SMS and MMS, and when is MMS worth it?", ['An SMS carries text only', 'MMS pays where the picture']],
      ['for appointment reminders at a dental clinic?', [/SMS/], ['outside what I know']],
    ],
  },
  // "saya IT manager, skrg kita on-prem 35 agen voice" then "kalau pindah ke cloud, bandingin biayanya 5 tahun dong": the
  // on-premises platform bought again, and the scenario moved to cloud and held against itself
  {
    name: 'an on-premises platform run now is owned, and a move weighed is compared against it',
    locale: 'id-ID',
    steps: [
      ['saya IT manager, skrg kita on-prem 35 agen voice', ['Estimasi: 35 agen, telepon, on-premise', 'sudah dimiliki']],
      ['kalau pindah ke cloud, bandingin biayanya 5 tahun dong', ['Dibanding on-premise Anda selama 5 tahun'], ['model penerapan on-premise → cloud']],
    ],
  },
  // "property management company here, we have tenant hotlines for maintenance": "I am not sure what you mean";
  // "utility company outage line. how much would a contact center cost us": the downtime article; "hotel chain
  // reservations team": out of scope
  {
    name: 'a team of the visitor\'s own named first starts the estimate',
    steps: [['property management company here, we have tenant hotlines for maintenance', ['How many agents'], ['not sure what you mean']]],
  },
  {
    name: 'the cost of a contact center asked beside an outage line starts the estimate',
    steps: [['utility company outage line. how much would a contact center cost us', ['As a guide', /how many agents/i], ['downtime']]],
  },
  {
    name: 'a reservations team starts the estimate',
    steps: [['hotel chain reservations team', ['How many agents'], ['outside what I know']]],
  },
  // "no, I don't consent to being contacted. just curious what happens" at the best-time question: the time asked again
  {
    name: 'consent refused in the sales form calls it off',
    steps: [
      ['Can I talk to your sales team?', ['Just contact me']],
      ['Maria Lopez, maria@quillco.com, Quill & Co', ['Noted']],
      ["no, I don't consent to being contacted. just curious what happens", ['nothing was sent to sales'], ['When is a good time', 'CCA-']],
    ],
  },
  // "looks good. can you connect me with sales?": "Say 'talk to sales'"; the integrations article heard in "connect"
  {
    name: 'connect me with sales starts the handoff',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ['looks good. can you connect me with sales?', ['What is your name'], ['Say "talk to sales"']],
    ],
  },
  // "how much would storing 2 years of call recordings cost for 30 agents?": a 2-year horizon, and the channels asked
  {
    name: 'years of recordings kept are no horizon: the storage line is priced',
    steps: [['how much would storing 2 years of call recordings cost for 30 agents?', ['**Data storage**', '30 × $1,350 per agent per year'], ['horizon 3 → 2']]],
  },
  // "Apotek online, 9 agen, cuma chat dan email, gak ada telepon. cloud": voice priced
  {
    name: 'gak ada telepon takes voice out',
    locale: 'id-ID',
    steps: [['Apotek online, 9 agen, cuma chat dan email, gak ada telepon. cloud', ['Estimasi: 9 agen, email dan live chat, cloud', 'tanpa saluran telepon'], ['Telepon:']]],
  },
  // "eh emailnya salah, yang bener hendra@contoh.com" at the company question: the company stored as "emailnya salah"
  {
    name: 'the words that set the email right are no company',
    locale: 'id-ID',
    steps: [
      ['Saya mau dihubungi tim sales', []],
      ['Nama saya Hendra Wijaya, email hendra@contohh.com', ['Dari perusahaan atau organisasi mana?']],
      ['eh emailnya salah, yang bener hendra@contoh.com', ['hendra@contoh.com', 'Dari perusahaan atau organisasi mana?'], ['emailnya salah.']],
    ],
  },
  // "Saya perlu angka per tahun dan per agen.": the year alone
  {
    name: 'per year and per agent asked together are both given',
    locale: 'id-ID',
    steps: [
      ['Saya finance manager. Rencana 35 agen, telepon + email, cloud.', ['Estimasi: 35 agen']],
      ['Saya perlu angka per tahun dan per agen.', ['per tahun', 'per agen per bulan']],
    ],
  },
  // "Mohon dijelaskan rincian masing-masing komponen biaya tersebut.": the three largest lines
  {
    name: 'each component explained is every line with what it pays for',
    locale: 'id-ID',
    steps: [
      ['Jumlah petugas 20 orang, melalui telepon, SMS, dan media sosial, dengan infrastruktur on-premise.', ['Estimasi: 20 agen']],
      ['Mohon dijelaskan rincian masing-masing komponen biaya tersebut.', ['Untuk apa setiap baris', 'Ruang rak']],
    ],
  },
  // "bs dikurangin gmn" after the largest lines: not understood
  {
    name: 'chat shorthand for how to reduce the largest line gets its lever',
    locale: 'id-ID',
    steps: [
      ['brp biaya cc 15 agn suara sm chat cloud dong', ['Estimasi: 15 agen']],
      ['yg paling mahal apa', ['Lisensi']],
      ['bs dikurangin gmn', ['essentials'], ['belum menangkap']],
    ],
  },
  // "gitu dong" after the estimate: not understood
  {
    name: 'gitu dong is approval',
    locale: 'id-ID',
    steps: [
      ['10 agen telpon cloud', ['Estimasi: 10 agen']],
      ['gitu dong', ['Baik'], ['belum menangkap']],
    ],
  },
  // "which of the two quotes looks more realistic?": "Updated: agents 20 → 22"
  {
    name: 'the two quotes are no two more agents',
    steps: [
      ["I'm an insurance broker comparing two vendor quotes for 20 agents, voice and email, cloud", ['Estimate: 20 agents']],
      ['which of the two quotes looks more realistic?', [], ['20 → 22', 'Updated: agents']],
    ],
  },
  // "how many agents does that need and what does it cost?" after the staffing answer was priced: the general article
  {
    name: 'the head count asked again after pricing the staffing answer is that answer and the estimate figure',
    steps: [
      ["I'm planning staffing from volume. peak is 300 calls per hour, average handle time 6 minutes, target 80/20 service level", ['36 agents on the phones']],
      ['voice only, cloud', ['Estimate: 52 agents']],
      ['how many agents does that need and what does it cost?', ['36 agents on the phones', 'For 52 agents, voice, cloud: about'], ['The source gives no staffing ratio']],
    ],
  },
  // "what's the cost just for those 6 months?" at the optional volumes step: the estimate alone
  {
    name: 'a few months asked at the volumes step are totalled with the estimate',
    steps: [
      ['50 agents for about 6 months. voice, email and social', ['Where should it run']],
      ['cloud', ['optional step']],
      ["what's the cost just for those 6 months?", ['Estimate: 50 agents', 'For 6 months:']],
    ],
  },
];

describe('thirty-fifth round (2026-12-05, twenty-seventh session)', () => {
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

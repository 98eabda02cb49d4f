/**
 * What the seventeenth round of exploratory visitors (2026-12-03, ninth session) found the advisor getting wrong, as
 * whole conversations through the real dialogs, NLU, cost engine and knowledge base. The comment on each says what it
 * used to do.
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
  // "Which channels do you need?", and the scenario never priced
  {
    name: 'sales turned down before a scenario: the scenario is priced and sales never offered',
    steps: [
      ['just browsing, i do NOT want a sales call. 10 agents, voice, cloud', ['Estimate: 10 agents, voice, cloud'], ['sales specialist', 'Which channels']],
    ],
  },
  // "Great — I will pass your scenario to our sales team … What is your name?" after the estimate
  {
    name: 'a visitor who does not want sales to call never gets the sales form',
    steps: [
      ['can you just email me the estimate? i dont want sales to call me', [], ['What is your name', 'pass on your contact details']],
      ['10 agents voice cloud', ['Estimate: 10 agents, voice, cloud'], ['What is your name', 'sales specialist']],
    ],
  },
  // "Great — I will put you in touch with our sales team … What is your name?"
  {
    name: '"not yet, just want numbers first" at the estimate-or-contact choice prices first and opens no form',
    steps: [
      ['can i talk to someone from sales', ['Estimate first']],
      ['no wait, actually not yet. just want numbers first', ['How many agents'], ['What is your name']],
      ['8 agents phone + email on prem', ['Estimate: 8 agents, voice and email, on-premises'], ['What is your name', 'sales team']],
    ],
  },
  // "say 'cancel' and nothing is stored. What is your work email address?"
  {
    name: 'a cancel said in a sentence in the sales form ends it',
    steps: [
      ['18 agents voice sms cloud', ['Estimate: 18 agents']],
      ['talk to sales', ['What is your name']],
      ['Dan Ortiz', ['email']],
      ['hmm actually cancel, i dont want to give my email yet', ['Cancelled'], ['What is your work email']],
      ['what would hybrid cost instead', ['hybrid'], ['What is your work email']],
    ],
  },
  // "I am not sure what you mean"
  {
    name: '"stop asking about sales" is taken, and the offer is not made again',
    steps: [
      ['6 agents voice cloud', ['Estimate: 6 agents']],
      ['i said no thanks, stop asking about sales', ['no one from sales will contact you'], ['not sure what you mean']],
    ],
  },
  // the sales form opened ("Siapa nama Anda?")
  {
    name: 'a polite refusal of sales after an estimate opens no form',
    locale: 'id-ID',
    steps: [
      ['Kami ingin contact center dengan 200 agen untuk telepon, email, dan web chat. Model hybrid. Mohon perkiraan biayanya.', ['Estimasi: 200 agen']],
      ['Terima kasih, saat ini kami belum ingin dihubungi sales.', ['tim sales tidak akan menghubungi Anda'], ['Siapa nama Anda']],
    ],
  },
  // 'Bisa. Ketik "hubungi sales" …', and the name typed next was "not understood"
  {
    name: 'being contacted asked for in a sentence opens the form',
    locale: 'id-ID',
    steps: [
      ['25 agen cloud, voice sama sosmed', ['Estimasi: 25 agen']],
      ['tidak, terima kasih', []],
      ['eh tp boleh deh dihubungi sales, sy mau nego harga', ['Siapa nama Anda'], ['Ketik "hubungi sales"']],
      ['Siti Rahma', ['email']],
    ],
  },
  // "Saya belum menangkap maksud Anda", and the name and company were lost
  {
    name: 'a request to be contacted with the name and company keeps both',
    locale: 'id-ID',
    steps: [
      ['Selamat pagi, nama saya Dewi Lestari dari PT Asuransi Jiwa Harapan. Mohon hubungi saya terkait contact center.', ['Estimasi dulu'], ['belum menangkap']],
      ['Hubungi saya saja', ['email'], ['Siapa nama Anda']],
      ['dewi.lestari@harapanlife.co.id', ['telepon']],
      ['Telepon 0811-2233-445', []],
      ['Rabu sore', ['Kontak: Dewi Lestari, PT Asuransi Jiwa Harapan']],
    ],
  },
  // the same question again, with no word on what was wrong
  {
    name: 'an email spelt out gets the shape it should have',
    steps: [
      ['talk to sales', []],
      ['just contact me', ['name']],
      ['Priya', ['email']],
      ['priya at gmail', ['does not look like an email address', 'name@company.com']],
    ],
  },
  // "I am not sure what you mean"
  {
    name: '"withdraw please" inside a sentence withdraws the request',
    steps: [
      ['talk to sales', []],
      ['just contact me', ['name']],
      ['Hannah Kim', ['email']],
      ['h.kim@bluecrest-bank.com', ['company']],
      ['BlueCrest Bank', []],
      ['skip', []],
      ['skip', []],
      ['yes', ['CCA-']],
      ['hmm actually i changed my mind, withdraw please', ['withdrawn'], ['not sure what you mean']],
    ],
  },
  // "Perubahan: telepon dihapus; SMS 500 per bulan", and MMS kept at its preset
  {
    name: 'an MMS volume corrected keeps voice and sets MMS, not SMS',
    locale: 'id-ID',
    steps: [
      ['18 agen cloud, voice + sms + mms', ['Estimasi: 18 agen']],
      ['mms nya ga sampe 500 pesan sebulan kok', ['MMS 500 per bulan'], ['telepon dihapus', 'SMS 500']],
    ],
  },
  // "I am not sure what you mean"
  {
    name: 'how sure the verdict is gets the bounds side by side',
    steps: [
      ['Compare cloud vs on-premises for 220 agents, voice and email, 5 years.', ['Cheapest over 5 years']],
      ['How sure are you that cloud wins? The ranges look like they overlap.', ['How sure:', 'with the low figures', 'The ranges do overlap'], ['not sure what you mean']],
    ],
  },
  // the whole estimate again
  {
    name: 'whether the figure is a guess gets how accurate the estimate is',
    steps: [
      ['5 agents phone only cloud', ['Estimate: 5 agents']],
      ['is that number legit or just a guess?', ['budget estimate, not a quote'], ['Estimate: 5 agents']],
    ],
  },
  // the number restated, not how it was worked out
  {
    name: 'the per-agent figure says what it is divided from',
    steps: [
      ['22 agents, sms only, on premis', []],
      ['how did you get the per agent number', ['over 22 agents', 'the monthly total']],
    ],
  },
  // the general licence paragraph
  {
    name: 'premium against standard gets the tiers side by side, priced for the scenario',
    steps: [
      ['35 agents, voice + email, cloud, premium tier', ['Estimate: 35 agents']],
      ['whats the difference between premium and standard anyway', ['Essential about $50', 'Standard $125', 'Premium $200', 'For 35 agents, voice and email, cloud']],
    ],
  },
  // "add your local rate on top"
  {
    name: 'a tax rate said is added',
    steps: [
      ['100 agents, cloud, all channels', []],
      ['What would this be with tax included at 8.25%?', ['your tax rate (8.25%)', '$29,840 a month']],
    ],
  },
  // "Estimate: 1 agents, voice, cloud"
  {
    name: 'one agent is one agent',
    steps: [
      ['1 agent, just me, phone calls, cloud', ['Estimate: 1 agent, voice, cloud'], ['1 agents']],
    ],
  },
  // the uptime claims answered it
  {
    name: 'how long a rollout takes, asked after an introduction, gets the rollout answer',
    locale: 'id-ID',
    steps: [
      ['Selamat pagi Bapak/Ibu. Saya dari instansi pemerintah daerah. Apakah boleh saya tahu, berapa lama waktu implementasi contact center cloud biasanya?', ['tidak menyebut berapa lama'], ['uptime']],
    ],
  },
  // "Updated: agents 180 → 234", and the first 12 months priced at 234
  {
    name: 'growth next year is priced year by year and the scenario keeps its head count',
    steps: [
      ['Price 180 agents, voice + social, cloud.', ['Estimate: 180 agents']],
      ['And what if we grow 30% next year?', ['From 180 to 234 agents in year 2', 'in year 1', 'over 3 years', 'Your scenario stays at 180 agents'], ['180 → 234']],
      ['what is the per agent cost', ['over 180 agents']],
    ],
  },
  // the added seats' licences and servers
  {
    name: 'growth on premises counts the added seats\' one-time costs when they join',
    locale: 'id-ID',
    steps: [
      ['100 agen on prem telepon', ['Estimasi: 100 agen']],
      ['tahun depan kemungkinan agen nambah jadi 2x lipat, gmn biayanya?', ['Dari 100 menjadi 200 agen di tahun ke-2', 'Biaya sekali bayar untuk agen tambahan', 'Skenario Anda tetap 100 agen']],
    ],
  },
  // "Saya kurang yakin soal itu", though the estimate has a SIP trunk line
  {
    name: 'a SIP trunk is explained',
    locale: 'id-ID',
    steps: [
      ['apa itu IVR kak?', ['menu telepon otomatis']],
      ['trus SIP trunk itu apa?', ['SIP trunk adalah saluran telepon lewat internet'], ['kurang yakin']],
    ],
  },
  // the menu
  {
    name: 'whether supervisors count is answered',
    locale: 'id-ID',
    steps: [
      ['total agen 12 + 3 supervisor, pake webchat sama email, cloud ya', ['Estimasi: 12 agen']],
      ['supervisor dihitung agen jg gak?', ['supervisor hanya ikut terhitung bila Anda memasukkannya'], ['Yang bisa saya lakukan']],
    ],
  },
  // a reply about vendor price lists; the list of cloud disadvantages
  {
    name: 'lock-in and an office outage are answered',
    locale: 'id-ID',
    steps: [
      ['Apakah ada risiko vendor lock-in jika kami memilih cloud? Bagaimana biaya jika kami ingin pindah vendor?', ['Ketergantungan ada di platform apa pun']],
      ['Mohon maaf, apakah cloud contact center tetap berjalan jika koneksi internet kantor kami terputus?', ['gangguan di kantor Anda memutus agen Anda, bukan layanannya']],
    ],
  },
  // "Monthly total: $70,260 → $70,260 (±$0)", and the comparison not worked out again
  {
    name: 'a hardware cycle changed with a comparison on screen shows the comparison again',
    steps: [
      ['240 agents, on-premises, voice and SMS. Compare with cloud over 7 years.', ['7 years']],
      ['Our servers actually get replaced every 4 years, not 5.', ['hardware replaced every 4 years', 'Cheapest over 7 years'], ['(±$0)']],
    ],
  },
  // the 5-year comparison only, in place of the two totals
  {
    name: 'two horizons side by side',
    locale: 'id-ID',
    steps: [
      ['40 agen omnichannel cloud', ['Estimasi: 40 agen']],
      ['kalau 3 thn vs 5 thn total beda brp?', ['selama 3 tahun sekitar', 'selama 5 tahun sekitar', 'Selisih 2 tahunnya']],
    ],
  },
  // "Updated: agents 25 → 35" and then 50: the base was changed and the years priced wrong
  {
    name: 'two growth steps are priced year by year from the head count as it is',
    locale: 'id-ID',
    steps: [
      ['25 agen cloud telepon', ['Estimasi: 25 agen']],
      ['taun depan nambah 15 agen, trus taun ketiga nambah 10 lagi', ['Tahun demi tahun 25 → 40 → 50 agen', 'Skenario Anda tetap 25 agen'], ['25 → 35']],
    ],
  },
  // "Perubahan: SMS dihapus."
  {
    name: 'a question about calls when the internet fails changes nothing and is answered',
    locale: 'id-ID',
    steps: [
      ['20 agen cloud telepon sms', ['Estimasi: 20 agen']],
      ['kalo internet mati gimana kak? masih bisa nerima telpon gak?', ['gangguan di kantor Anda memutus agen Anda'], ['SMS dihapus', 'Perubahan']],
    ],
  },
  // the estimate, then the sales offer again; the name asked for
  {
    name: 'an estimate asked with sales in the same message goes on to the form with the name kept',
    locale: 'id-ID',
    steps: [
      ['Selamat pagi, saya Ibu Maria Ulfa, manajer di RSUD Cempaka. Mohon estimasi 10 agen telepon cloud, lalu hubungkan ke sales.', ['Estimasi: 10 agen', 'Apa alamat email kantor Anda'], ['Siapa nama Anda']],
    ],
  },
  // "That is outside what I know"
  {
    name: 'a goodbye after the menu is a goodbye',
    steps: [
      ['hello, what can you do?', []],
      ['cool, bye', ['Goodbye'], ['outside what I know']],
    ],
  },
  // only the pros of hybrid
  {
    name: '"pros n cons" gets both',
    steps: [
      ['wat r the pros n cons of hybrid', [/advantage|scal/i, /disadvantage|drawback|overhead|complicated|rumit/i]],
    ],
  },
];

describe('seventeenth round (2026-12-03, ninth session)', () => {
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

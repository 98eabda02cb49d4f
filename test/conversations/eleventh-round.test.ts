/**
 * What exploratory visitors of the seventh round (2026-12-02, fourth session) found the advisor getting wrong, as whole
 * conversations through the real dialogs, NLU, cost engine and knowledge base. The comment on each says what it used
 * to do.
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
  // voice was removed and SMS stayed at 96,000
  {
    name: 'a new SMS volume per agent changes SMS and keeps voice',
    steps: [
      ['80 seats, voice+sms, cloud, ~1.2k sms per agent a mo', ['Estimate: 80 agents, voice and SMS, cloud', 'SMS: $960']],
      ['and if sms is more like 500/agent?', ['500 × 80 agents = 40,000 SMS a month', 'Estimate: 80 agents, voice and SMS, cloud', 'SMS: $960 → $400'], ['removed voice']],
    ],
  },
  // every channel but SMS was removed, and that scenario went to sales
  {
    name: '"kalo sms nya kita hapus" removes SMS only',
    locale: 'id-ID',
    steps: [
      ['startup fintech, 50 agent, semua channel: voice, sms, mms, sosmed, email, live chat. cloud', ['Estimasi: 50 agen, telepon, SMS, MMS, media sosial, email, dan live chat, cloud']],
      ['kalo sms nya kita hapus jadi brp', ['SMS dihapus', 'Estimasi: 50 agen, telepon, MMS, media sosial, email, dan live chat, cloud']],
    ],
  },
  // "The quote is $250,000 a month … above even the high end"
  {
    name: 'a quote per year is held against the year',
    steps: [
      ['we got a quote from genesys-ish vendor: 250k/yr for 90 agents cloud, voice email chat. sound right?', ['The quote is $250,000 a year', 'inside my range'], ['a month; this estimate']],
    ],
  },
  // 100,000 agents were priced
  {
    name: 'a budget target is a budget, not a head count',
    steps: [
      ['40 agents voice cloud', ['Estimate: 40 agents']],
      // (a year's budget is held against the first 12 months since the twenty-second session: the same head count in the cloud)
      ['can we get it under 100k/yr', [/\$100,000 a year covers about \*{0,2}35 agents/], ['100,000 agents']],
    ],
  },
  // "Great — I will pass your scenario to our sales team"
  {
    name: '"nah no sales thx" declines sales',
    steps: [
      ['logistics co, dispatch team ~70 agents. voice + sms + email. not sure cloud or onprem', []],
      ['compare all 3 pls', []],
      ['whats the break even for on prem', []],
      ['ok go w cloud', ['cloud']],
      ['nah no sales thx', [], ['What is your name?', 'pass your scenario to our sales team']],
    ],
  },
  // the sales prompt came, and stayed for the next two messages
  {
    name: '"belum mau dihubungi sales" is heard, and the next question is answered',
    locale: 'id-ID',
    steps: [
      ['Halo', []],
      // (since the thirteenth 2026-12-03 session sales turned down in so many words is said back as turned down)
      ['Saya mau tanya-tanya dulu saja, belum mau dihubungi sales ya.', ['tim sales tidak akan menghubungi Anda'], ['Tim sales bisa membantu']],
      ['Apa bedanya hybrid dengan cloud?', ['Hibrida'], ['Tim sales bisa membantu']],
    ],
  },
  // "Please tell me your name" came again
  {
    name: '"no actually nevermind, not now" leaves the contact form',
    steps: [
      ['I want a quote for 40 agents, all channels, hybrid', ['Estimate: 40 agents']],
      ['can a real person call me about this?', []],
      ['no actually nevermind, not now', ['Cancelled — nothing was sent to sales'], ['your name']],
    ],
  },
  // 325 agents
  {
    name: '"tambah 25 saja, bukan 50" replaces the step just made',
    locale: 'id-ID',
    steps: [
      ['Estimasi 250 agen cloud voice', ['Estimasi: 250 agen']],
      ['Tambah 50 agen lagi', ['jumlah agen 250 → 300']],
      ['Sebenarnya tambah 25 saja, bukan 50.', ['jumlah agen 250 → 275']],
    ],
  },
  // an Indonesian reply in rupiah to an English visitor
  {
    name: '"across 2 sites" keeps the conversation English',
    steps: [
      ['retail, 200 agents across 2 sites, voice, hybrid', ['Estimate: 200 agents'], ['Estimasi']],
      ['per agent per mo?', ['per agent'], ['I only speak English and Indonesian']],
    ],
  },
  // the company was asked again, and the office number with its extension was refused
  {
    name: 'name, title and company in one line, then an office number with its extension, fill the lead',
    locale: 'id-ID',
    steps: [
      ['Saya ingin dihubungi tim sales untuk presentasi solusi contact center.', []],
      ['Hubungi saya saja', []],
      ['Nama saya Rudi Hermawan, Kepala Divisi IT, PT Semen Gresik.', ['alamat email kantor'], ['perusahaan atau organisasi mana']],
      ['Email rudi.hermawan@semengresik.co.id, telp kantor 031-3981732 ext 12', ['Kapan waktu yang tepat'], ['perusahaan atau organisasi mana']],
      ['Kamis pagi', ['Kontak: Rudi Hermawan, PT Semen Gresik', 'Telepon: 031-3981732 ext 12', 'Kamis pagi']],
    ],
  },
  // the erase offer came again
  {
    name: '"yes erase" after the offer to erase erases',
    steps: [
      // (since the thirty-fourth session "pls delete everything i told you" erases at once, as asked: the offer is made
      // to a question about erasing)
      ['can you delete everything i told you?', ['Erase this conversation']],
      ['yes erase', ['Done — I have erased this conversation']],
    ],
  },
  {
    name: 'erasing asked for in so many words erases at once',
    steps: [
      ['pls delete everything i told you', ['Done — I have erased this conversation']],
    ],
  },
  // the definition of hybrid; then the cons of cloud again for "and per year?"
  {
    name: '"and per year?" after the cons is the estimate\'s year, and "what if we go hybrid?" prices hybrid',
    steps: [
      ['voice for 30 agents, cloud, and also what are the cons of cloud?', ['Estimate: 30 agents, voice, cloud']],
      ['and per year?', [/\$85,500/], ['less control']],
      ['what if we go hybrid?', [/hybrid/], ['mixes on-premises and cloud']],
    ],
  },
  // the definition of hybrid, with the sales offer open
  {
    name: '"what if we go hybrid?" under the sales offer gives hybrid\'s figures for the scenario',
    steps: [
      ['33 agents, voice+sms, cloud', ['Estimate: 33 agents', 'sales specialist']],
      ['what if we go hybrid?', ['The same scenario hybrid: about'], ['mixes on-premises and cloud']],
    ],
  },
  // "Over 3 years, cloud comes to …"
  {
    name: '"total first yr?" is the first twelve months',
    steps: [
      ['100 agents voice cloud. we do approx 150k calls a mo, avg 4 min', ['Estimate: 100 agents']],
      ['total first yr?', ['The first 12 months of'], ['Over 3 years']],
    ],
  },
  // the comparison again
  {
    name: '"could we save by dropping social?" prices the change',
    steps: [
      ['75 agents. voice, sms, email, social. cloud', ['Estimate: 75 agents']],
      ['could we save by dropping social?', ['removed social media', 'Monthly total: $20,448 → $18,198']],
    ],
  },
  // "I am not sure what you mean"
  {
    name: 'a quote retold with another amount, and "are we overpaying", are held against the estimate',
    steps: [
      ['75 agents, voice + email + chat, cloud. vendor quote is 22k a month', ['The quote is $22,000 a month']],
      ['what if its 18k/mo', ['The quote is $18,000 a month']],
      ['so are we overpaying or not', ['The quote is $18,000 a month'], ['not sure what you mean']],
    ],
  },
  // "I only speak English and Indonesian" / answered in Indonesian
  {
    name: '"in english please" at the end of an Indonesian request answers in English',
    locale: 'id-ID',
    steps: [
      ['berapa biaya contact center untuk 40 agen, voice dan email, cloud? in english please', ['Estimate: 40 agents, voice and email, cloud'], ['Estimasi']],
    ],
  },
  // the licence and the voice gateway were marked as owned with the server, and the one-time cost went to Rp 0
  {
    name: '"pakai server yg udah ada" takes only the servers off',
    locale: 'id-ID',
    steps: [
      ['5 agen on prem voice aja', ['Estimasi: 5 agen, telepon, on-premise', 'Sekali bayar: Rp 585.750.000']],
      ['kalo server nya pake yg udah ada di kantor gimana, gak usah beli baru', ['server yang sudah Anda miliki tidak dibeli lagi', 'Sekali bayar: Rp 585.750.000 → Rp 288.750.000', 'Server (on-premise)*: sudah dimiliki'], ['platform on-premise yang sudah Anda miliki']],
    ],
  },
  // "What is your name?", then the company, both said in the first message
  {
    name: 'a lower-case self-introduction is not asked again in the sales form',
    steps: [
      ['hi im priya from northgate health, 28 agents voice + web chat, cloud', ['Estimate: 28 agents']],
      ['ok put me in touch w sales', ['work email'], ['What is your name?']],
      ['priya.n@northgatehealth.org', ['A phone number'], ['Which company']],
    ],
  },
  // the question was taken for "use typical volumes" and lost
  {
    name: 'a question not understood at the optional volumes step keeps the step open',
    locale: 'id-ID',
    steps: [
      ['Berapa biaya call center untuk 75 agen?', ['Saluran apa saja']],
      // (one detail a message: two at once are priced without the optional step since the twenty-fourth session)
      ['Telepon dan SMS', []],
      ['on-premise', ['Langkah terakhir']],
      ['Berapa kira-kira gaji agen call center di Indonesia?', ['Pakai volume tipikal'], ['Estimasi: 75 agen']],
    ],
  },
  // "Contact: Tuesday afternoon, Acme Dental Group" went to sales, with "thinking cloud. Can someone call me …" as the time
  {
    name: 'a prospect\'s details and "can someone call me" in one message start the handoff with the right name and time',
    steps: [
      ['Hi, Tom Becker from Acme Dental Group, tom@acmedental.com, 555-201-8890. We have 9 front desk people taking calls, thinking cloud. Can someone call me Tuesday afternoon?',
        ['Estimate: 9 agents, voice, cloud', 'Contact: Tom Becker, Acme Dental Group', 'Preferred time to talk: Tuesday afternoon', 'May our sales team contact you']],
    ],
  },
  // "I am not sure what you mean"; "Tidak ada yang perlu dibatalkan"
  {
    name: '"no thanks" with no question open, and "gak jadi deh, makasih", are thanks',
    steps: [
      ['22 agents voice cloud', ['Estimate: 22 agents']],
      ['ok cloud then', []],
      ['no thanks', ['Anything else'], ['not sure what you mean']],
    ],
  },
  {
    name: '"hmm yaudah gak jadi deh, makasih" with nothing open is thanks',
    locale: 'id-ID',
    steps: [
      ['10 agen cloud telepon', ['Estimasi: 10 agen']],
      ['hmm yaudah gak jadi deh, makasih', ['Sama-sama'], ['Tidak ada yang perlu dibatalkan']],
    ],
  },
  // the cloud's largest costs came
  {
    name: '"the biggest line item on the on-prem side" lists on-premises costs',
    steps: [
      ["We're a 200-seat operation, voice + email + web chat, cloud", ['Estimate: 200 agents']],
      ["what's the biggest line item on the on-prem side", ['The largest costs of 200 agents, voice, email and web chat, on-premises, a month', 'Platform licence (perpetual, on-premises): $300,000']],
    ],
  },
  // "Saya belum menangkap maksud Anda"; the uptime article in front of the verdict
  {
    name: 'a second vendor\'s price per agent is held against the estimate',
    locale: 'id-ID',
    steps: [
      ['vendor A nawarin Rp 2.500.000 per agen per bulan utk 25 agen cloud telepon, kemahalan gak?', ['Penawarannya Rp 2.500.000 per agen per bulan'], ['99,999%']],
      // (storage's range put Rp 6 juta inside the range: Rp 7 juta is above it)
      ['kalo vendor B Rp 7jt per agen?', ['Penawarannya Rp 7.000.000 per agen per bulan', 'lebih tinggi dari batas atas']],
    ],
  },
  // WFM was added
  {
    name: '"is workforce management included?" answers and offers it',
    steps: [
      ['30 agents cloud with voice, web chat and whatsapp', ['Estimate: 30 agents']],
      ['what about wfm, is workforce management included?', ['WFM would add about', 'Add it to your estimate?'], ['Updated: added workforce management']],
    ],
  },
  // the pros and cons table
  {
    name: 'a plan to set up a call center starts the estimate',
    locale: 'id-ID',
    steps: [
      ['halo kak, sy punya toko online, mau bikin call center kecil', ['Berapa jumlah agen'], ['Tabel sumber']],
    ],
  },
];

describe('eleventh round (2026-12-02)', () => {
  for (const c of conversations) {
    it(c.name, async () => {
      h = await createHarness('test', c.locale ?? 'en-US');
      for (const [input, expected, absent = []] of c.steps) {
        const replies = (await h.say(input)).join('\n');
        for (const fragment of expected) {
          if (typeof fragment === 'string') expect(replies, `after "${input}"`).toContain(fragment);
          else expect(replies, `after "${input}"`).toMatch(fragment);
        }
        for (const fragment of absent) {
          if (typeof fragment === 'string') expect(replies, `after "${input}"`).not.toContain(fragment);
          else expect(replies, `after "${input}"`).not.toMatch(fragment);
        }
      }
    });
  }
});

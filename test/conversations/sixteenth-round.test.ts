/**
 * What the fourteenth round of exploratory visitors (2026-12-02, eighth session) found the advisor getting wrong, as
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
  // "Perubahan: jumlah agen 30 → 33"
  {
    name: 'the tax asked with its rate gives the total with tax and keeps the head count',
    locale: 'id-ID',
    steps: [
      ['Estimasi 30 agen telepon cloud', ['Estimasi: 30 agen, telepon, cloud']],
      ['Kalau ditambah PPN 11% jadi berapa per bulan?', ['PPN'], ['30 → 33', 'jumlah agen']],
    ],
  },
  // the lead shown again, with a command to type
  {
    name: 'a request to delete the data after a lead was sent withdraws it',
    locale: 'id-ID',
    steps: [
      ['Saya ingin dihubungi sales. Dewi Lestari, dewi@bankmakmur.co.id, Bank Makmur, 021-5551234, Kamis jam 2 siang', []],
      ['Hubungi saya saja', ['menghubungi Anda tentang estimasi ini']],
      ['ya', ['CCA-']],
      ['Mohon data saya dihapus saja, saya berubah pikiran.', ['telah dicabut'], ['ketik "cabut permintaan"']],
    ],
  },
  // "Updated: agents 120 → 60; deployment on-premises → cloud"
  {
    name: 'half moved to the cloud is a hybrid split of the same head count',
    steps: [
      ['120 agents voice only on prem', ['Estimate: 120 agents, voice, on-premises']],
      ['what if we moved half to cloud', ['hybrid'], ['120 → 60']],
    ],
  },
  // the time given at the estimate-or-contact question repeated the question and was lost
  {
    name: 'a time to call typed at the estimate-or-contact choice goes on to the contact details',
    locale: 'id-ID',
    steps: [
      ['Saya ingin dihubungi tim sales. Nama saya Rina Kusumawati, email rina.kusumawati@bankmaju.co.id, perusahaan PT Bank Maju Sejahtera, telepon 0812-3456-7890.', ['Estimasi dulu']],
      ['Waktu yang cocok hari Selasa atau Rabu pukul 10.00-12.00 WIB', ['hari Selasa atau Rabu pukul 10.00-12.00 WIB', 'Ya atau tidak'], ['Waktu yang cocok hari']],
    ],
  },
  // "I do not have that volume yet"
  {
    name: 'a share more volume after a staffing answer works the staffing out again',
    steps: [
      ['1,800 calls a day, AHT around 6 min, want 80% answered in 20 sec. how many agents?', ['For 1,800 calls a day']],
      ['and if volume goes up 20%?', ['For 2,160 calls a day'], ['do not have that volume']],
    ],
  },
  // only a "Price 25 agents" button came
  {
    name: 'a staffing question that asks the cost too is priced in the same turn',
    steps: [
      ['~30k calls a month, AHT 4.5 min, open 9-5 weekdays. how many agents and what would it cost in the cloud?', ['For 30,000 calls a month', /Estimate: \d+ agents, voice, cloud/]],
    ],
  },
  // cloud's drawbacks and advantages came
  {
    name: 'the downside asked after what hybrid is, is hybrid\'s',
    steps: [
      ['what is a hybrid contact center', ['hybrid']],
      ['whats the downside', ['running on-premises and cloud environments at the same time'], ['less control over features']],
    ],
  },
  // "Range $600–$2,400: … the standard-tier figure of $125 is the midpoint we assume" for a basic licence at $50
  {
    name: 'the basic tier\'s licence line has the basic tier\'s range and reason',
    steps: [
      ['12 agents, voice n sms, cloud, basic plan pls', [/Platform licence \(subscription\)\**: \$600 \(\$600–\$1,500\)/]],
      ['why is the licence line that price', ['Range $600–$1,500', 'you chose the basic tier'], ['midpoint we assume']],
    ],
  },
  // the deployment question came, then "please pick one"
  {
    name: 'staffing changes said in Indonesian after a staffing answer work it out again',
    locale: 'id-ID',
    steps: [
      ['Kami menerima 800 panggilan per hari, durasi 5 menit, buka 12 jam 7 hari. Berapa agen yang dibutuhkan?', ['Untuk 800 panggilan per hari']],
      ['Kalau volume naik 20%, butuh berapa agen?', ['Untuk 960 panggilan per hari'], ['Mau dijalankan di mana']],
      ['Shrinkage kami sekitar 35%.', ['Untuk 960 panggilan per hari'], ['shrinkage 30%', 'Silakan pilih satu']],
    ],
  },
  // the $4,000 they pay was never mentioned
  {
    name: 'what they pay now, said as "paying about 4k a month", is set against the estimate',
    steps: [
      ['we have 15 agents on zoom contact center paying about 4k a month total, would switching be cheaper?', []],
      ['voice and chat', []],
      ['cloud', []],
      ['typical is fine', ['You pay about $4,000 a month today']],
    ],
  },
  // "Saya kurang yakin soal itu"
  {
    name: 'a term of the staffing answer is explained',
    locale: 'id-ID',
    steps: [
      ['Apa itu shrinkage?', ['shrinkage'], ['kurang yakin', 'gaji mereka tidak termasuk']],
    ],
  },
  // a US-dollar estimate with no word on euros
  {
    name: 'euros asked with a scenario: the currencies on offer are said beside the estimate',
    steps: [
      ['how much in euros for 20 agents voice cloud?', ['I cannot show "euros"', 'Estimate: 20 agents, voice, cloud']],
    ],
  },
  // the deployment question came back three times without a word about the tier
  {
    name: 'a tier said at the deployment question is taken and said so',
    steps: [
      ['hi im setting up a small support team for our shopify store, 3 people, email and chat only. cheap as possible', ['Where should it run']],
      ['can we go with the essentials tier', ['Noted: platform tier', 'Where should it run']],
      ['cloud', []],
      ['use typical volumes', [/Platform licence \(subscription\)\**: \$150 /]],
    ],
  },
  // "Updated: calls 30,000 a month … (±$0)" and no figure
  {
    name: 'the cost per call is the monthly total over the calls',
    steps: [
      ['60 agents, voice sms email, cloud', ['Estimate: 60 agents']],
      ['whats the cost per call if we do 30k calls a month', [/About \$0\.\d\d per call/, 'over 30,000 calls', 'technology only']],
    ],
  },
  // "OK. Anything else …" and then "You are welcome! …"
  {
    name: 'no thanks to the sales offer gets one reply',
    steps: [
      ['10 agents email and chat cloud', ['Estimate: 10 agents']],
      // (since the thirteenth 2026-12-03 session sales turned down in so many words is said back as turned down: "You are
      // welcome!" read as if thanked)
      ['no thanks to sales', ['Understood — no one from sales will contact you'], ['Anything else — a question', 'You are welcome!']],
    ],
  },
  // the figure per agent of the whole estimate
  {
    name: 'a quarter of the estimate',
    locale: 'id-ID',
    steps: [
      ['40 agen telepon email cloud pakai WFM', ['Estimasi: 40 agen']],
      ['kalau dibagi per kuartal jadi brp?', ['per kuartal', 'tiga bulan dari']],
    ],
  },
  // "I am not sure about that"
  {
    name: 'IVR is answered',
    locale: 'id-ID',
    steps: [
      ['Apa itu IVR?', ['menu telepon otomatis'], ['kurang yakin']],
    ],
  },
];

describe('sixteenth round (2026-12-02, eighth session)', () => {
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

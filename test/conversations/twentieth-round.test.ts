/**
 * What the twentieth round of exploratory visitors (2026-12-03, twelfth session; helpers who never saw the code, the
 * corpora or the tests) showed the advisor getting wrong, as whole conversations through the real dialogs, NLU, cost
 * engine and knowledge base. The comment on each says what it used to do.
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
  // "price yours first … or pass on your contact details?" as if nothing had been said, then a "yes" started the form
  {
    name: 'contact details said with the sales request are confirmed, and kept through "just contact me"',
    steps: [
      ['I would like to speak with a sales rep. My name is Priya Nair, priya@medline-health.org, company MedLine Health, phone 0412 555 019',
        // (details noted in one turn are said in one line since the seventeenth session)
        ['Noted: your email priya@medline-health.org', 'name Priya Nair', 'price yours first']],
      ['just contact me', ['When is a good time to reach you?'], ['What is your name?', 'work email']],
    ],
  },
  // "Sales needs your name to follow up…" and the name asked again
  {
    name: '"no thanks" at the name question closes the sales form',
    steps: [
      ['60 agents on cloud with voice', ['Estimate: 60 agents, voice, cloud']],
      ['talk to sales', ['What is your name?']],
      ['no thanks', ['Cancelled — nothing was sent to sales'], ['Please tell me your name']],
    ],
  },
  // "— Budi" failed the name check: "Siapa nama Anda?" until the visitor gave up
  {
    name: 'a name after a dash among other details is the name',
    locale: 'id-ID',
    steps: [
      ['saya mau ngobrol sama sales aja langsung', ['Tim sales']],
      ['0812-9988-7766 — Budi, PT Sinar Abadi, budi@sinarabadi.com', ['Kapan waktu yang tepat'], ['Siapa nama Anda?']],
    ],
  },
  // "My source names no set-up or onboarding fee for cloud …" for an on-premises estimate
  {
    name: "the one-time cost asked of an on-premises estimate is that estimate's one-time part",
    steps: [
      ['need pricing 40 seats voice sms on prem', ['Estimate: 40 agents, voice and SMS, on-premises']],
      ['whats the one time cost', ['One-time: Platform licence (perpetual, on-premises)', '$106,000'], ['no set-up or onboarding fee for cloud']],
    ],
  },
  // "Which line do you mean?"
  {
    name: 'the licensing line is the platform line, and says what it pays for',
    steps: [
      ['We have 120 agents, voice, email, chat. cloud.', ['Estimate: 120 agents']],
      ['Can you explain the licensing line in the estimate?', ['**Platform licence (subscription)** (120 agents', 'What it pays for: the contact center software'], ['Which line do you mean?']],
    ],
  },
  // only the arithmetic, then the general cost-saving tips
  {
    name: 'a line explained says what it pays for, and "can we reduce it?" is about that line',
    steps: [
      ['We are a hospital with 12 agents doing appointment booking by phone. Cloud.', ['Estimate: 12 agents, voice, cloud']],
      ['What is the data storage line for?', ["What it pays for: keeping the center's data", '12 × $1,350']],
      ['Can we reduce it?', ['flat amount per agent per year'], ['The levers the source points to']],
    ],
  },
  // the deployment was asked; then the assumptions question compared; then "thanks, that is all" priced a scenario
  {
    name: 'a comparison asked after a sentence about the visitor, the assumptions that matter, and a closing',
    steps: [
      ['Hi — colleague from finance here. Can you show me a 5 year comparison for 20 agents, voice and SMS?', ['20 agents over 5 years'], ['Where should it run']],
      ['Which assumptions matter most?', ['What moves the total']],
      ['thanks, that is all', ['You are welcome!'], ['Estimate:']],
    ],
  },
  // hybrid's price per agent
  {
    name: 'how long a hybrid implementation takes is no figure of the estimate',
    steps: [
      ['Hospital patient line, 30 agents, voice and SMS for appointment reminders. Hybrid deployment.', ['Estimate: 30 agents, voice and SMS, hybrid']],
      ['what is the implementation timeline for hybrid?', ['no time frame'], ['per agent per month']],
    ],
  },
  // "The figures exclude tax …"
  {
    name: 'a tax season is a busy season',
    steps: [
      ['We are a government citizen hotline, 200 agents, voice only, must be on premises', ['Estimate: 200 agents, voice, on-premises']],
      ['what about scalability if we need 300 during tax season?', ['added or removed on demand'], ['exclude tax']],
    ],
  },
  // "That is outside what I know…"
  {
    name: '"how many?" after the servers question is the server count of the estimate',
    steps: [
      ['Can you give me a quote for 30 agents voice and email on premises?', ['Estimate: 30 agents, voice and email, on-premises']],
      ['Do I need to buy servers?', ['up front']],
      ['how many?', ['**Servers (on-premises)** (30 agents', '4 × $9,000 per server'], ['outside what I know']],
    ],
  },
  // the definition of a cloud contact center, then "Did you mean one of these?"
  {
    name: 'uptime is answered for each deployment',
    steps: [
      ['What is the uptime of a cloud contact center?', ['99.999%', 'single point of failure'], ['third-party vendor']],
    ],
  },
  // the cloud definition
  {
    name: 'what a contact center is, asked in Indonesian',
    locale: 'id-ID',
    steps: [['contact center itu apa sih?', ['Pusat panggilan (call center) hanya menangani telepon'], ['infrastruktur cloud']]],
  },
  // "That is outside what I know…"
  {
    name: 'which deployment scales better is answered',
    locale: 'id-ID',
    steps: [
      ['Hi, saya mau estimate cost around 50 agents, channel voice, chat sama social media, prefer hybrid deployment', ['Estimasi: 50 agen']],
      ['Which one lebih scalable?', ['Di sinilah ketiganya paling berbeda'], ['di luar yang saya ketahui']],
    ],
  },
  // an Erlang C explanation and the head count asked again
  {
    name: 'the people to be hired are the head count',
    locale: 'id-ID',
    steps: [
      // (since the fifteenth 2026-12-03 session the rejection's own question is the only one: it was asked twice)
      ['hitung dong buat 0 agen, cloud, email', ['Berapa agen yang Anda miliki'], ['Berapa jumlah agen']],
      // (since 2026-12-05 the price asked with two details ("hitung dong") comes once the third does, without the optional step)
      ['maksudnya belum ada agen, baru mau rekrut 5 orang', ['Estimasi: 5 agen'], ['Berapa jumlah agen']],
    ],
  },
  // the general comparison paragraph, the 70 agents dropped
  {
    name: 'which deployment suits 70 agents goes on to the comparison for 70',
    locale: 'id-ID',
    steps: [
      ['Apa kelebihan dan kekurangan deployment hibrida dibanding full cloud?', ['Tabel sumber']],
      ['Untuk perusahaan asuransi dengan 70 agen, mana yang lebih cocok?', ['bagi 70 agen', 'saluran apa saja']],
    ],
  },
  // the deployment pros and cons table
  {
    name: 'the cheapest of three vendors is answered with what the advisor does not rank',
    locale: 'id-ID',
    steps: [['mending pake Genesys, Five9, atau Qontak? yg paling murah mana?', ['tidak membuat peringkat vendor'], ['Tabel sumber']]],
  },
  // "Saya belum menangkap maksud Anda"
  {
    name: 'only looking around is acknowledged',
    locale: 'id-ID',
    steps: [
      ['halo', ['Halo']],
      ['cuma iseng aja sih', ['Baik. Ada lagi yang bisa saya bantu?'], ['belum menangkap']],
    ],
  },
  // the running costs of on-premises (IT upkeep)
  {
    name: 'the hardware on-premises needs is the up-front article',
    locale: 'id-ID',
    steps: [['Hardware apa saja yang dibutuhkan kalau on-premise?', ['Dengan on-premise, Anda membeli server dan perangkat telepon']]],
  },
  // the storage price ($1,350 per agent per year) as the price per agent
  {
    name: 'the price per agent per year is the per-agent article, not storage',
    steps: [['what is the price per agent per year for cloud?', ['Per agent, the fixed part is the licence'], ['The source gives about $1,350 per agent per year for storage']]],
  },
  // second round of the session. "Updated: removed voice and SMS" (the reason named email again)
  {
    name: 'a channel dropped with a reason that names it again is dropped',
    steps: [
      ['Hello, we are a travel agency with 18 agents. We need voice and email, and maybe SMS for booking reminders. Cloud.', ['Estimate: 18 agents, voice, SMS and email, cloud']],
      ['Actually drop the email, we handle email in Outlook anyway.', ['Updated: removed email.', 'Estimate: 18 agents, voice and SMS, cloud'], ['removed voice']],
    ],
  },
  // the company was lost and asked again
  {
    name: 'a company named before its label is kept with the email',
    steps: [
      ['I want to talk to someone in sales.', ['price yours first']],
      ['Just contact me', ['What is your name?']],
      ['Lena Fischer', ['work email']],
      ['Acme Insurance is the company, email is lena.fischer@acme-ins.com', ['A phone number'], ['Which company']],
    ],
  },
  // the month's and the year's totals
  {
    name: 'the figure per agent asked in US dollars',
    locale: 'id-ID',
    steps: [
      ['Tolong estimasi 20 agen, telepon dan SMS, cloud, tapi tampilkan dalam dolar AS ya', ['Estimasi: 20 agen, telepon dan SMS, cloud']],
      ['Berapa per agen per bulan dalam USD?', ['Sekitar US$243 per agen per bulan']],
    ],
  },
  // a new on-premises platform priced for one bought three years ago
  {
    name: 'a platform bought three years ago is counted as owned',
    steps: [
      ['Hi, we have a contact center of 90 agents, voice and email, on-premises, bought 3 years ago. Should we stay or move to cloud?',
        ['I counted your on-premises platform as already owned', 'On-premises: $0 ·']],
    ],
  },
];

describe('twentieth round (2026-12-03, twelfth session)', () => {
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

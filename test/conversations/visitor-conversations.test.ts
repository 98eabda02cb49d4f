/**
 * Whole conversations as real visitors type them (English, Indonesian, casual Indonesian, mixed),
 * through the real MainDialog, NLU, cost engine and knowledge base. Each row was a wrong or
 * unhelpful reply once; the comment on a conversation says what it used to do.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../conversation/harness';
import { dialogStrings } from '../../src/i18n/dialogs';
import { estimate } from '../../src/cost/estimate';
import { formatMoney } from '../../src/i18n/money';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const en = dialogStrings.en;
const id = dialogStrings.id;
const typical = (agents: number, channels: string[], deployment: string, lang: 'en' | 'id' = 'en') =>
  formatMoney(estimate({ agents, channels: channels as never, deployment: deployment as never }).totals.monthly.typical, lang);

/** What the visitor types, fragments every one of which must be in the replies, and fragments none of which may be. */
type Step = [input: string, expected: (string | RegExp)[], absent?: (string | RegExp)[]];
type Conversation = { name: string; locale?: string; channel?: string; steps: Step[] };

const conversations: Conversation[] = [
  // was 20 agents: the per-site count was taken as the whole center
  {
    name: 'three sites with twenty agents each are sixty agents',
    steps: [
      ['we have 3 sites with 20 agents each, all doing phones and email', [en.askDeployment]],
      ['cloud', [/typical volumes for 60 agents/]],
      ['no', ['Estimate: 60 agents, voice and email, cloud', typical(60, ['voice', 'email'], 'cloud')]],
    ],
  },
  // guards for the per-site rule: an "each" about something else, or a total, does not multiply
  {
    name: 'forty agents across two sites, each handling voice and email, stay forty',
    steps: [['40 agents across 2 sites, each handling voice and email, in the cloud', ['Estimate: 40 agents, voice and email, cloud']]],
  },
  {
    name: '10 agen per cabang, ada 4 cabang: 40 agen; 30 agents total across 3 sites: 30',
    locale: 'id-ID',
    steps: [
      ['10 agen per cabang, ada 4 cabang, telepon, cloud', ['Estimasi: 40 agen, telepon, cloud']],
      ['start over', [id.askAgents]],
      ['30 agents total across 3 sites, each with voice, cloud', ['Estimate: 30 agents, voice, cloud']],
    ],
  },
  // was 15 agents, and "masing2" put a stray 2 into the message
  {
    name: 'kami punya 3 cabang masing2 15 agen: 45 agen',
    locale: 'id-ID',
    steps: [
      ['kami punya 3 cabang masing2 15 agen', [id.askChannels]],
      ['telepon', [id.askDeployment]],
      ['cloud', [/volume tipikal untuk 45 agen/]],
      ['lewati', ['Estimasi: 45 agen, telepon, cloud', typical(45, ['voice'], 'cloud', 'id')]],
    ],
  },
  // was "I didn't catch a channel there" and the count stayed 40
  {
    name: 'a correction of the agent count at the channels question',
    steps: [
      ['estimate', [en.askAgents]],
      ['40', [en.askChannels]],
      ['sorry, I meant 45', [en.askChannels], [en.askChannelsRetry]],
      ['voice', [en.askDeployment]],
      ['cloud', [/typical volumes for 45 agents/]],
      ['done', ['Estimate: 45 agents, voice, cloud']],
    ],
  },
  // was a channel re-prompt, the count stayed 40, and "udah" was not understood at the last step
  {
    name: 'eh salah, 45 — and udah to finish',
    locale: 'id-ID',
    steps: [
      ['hitung dong', [id.askAgents]],
      ['40', [id.askChannels]],
      ['eh salah, 45', [id.askChannels], [id.askChannelsRetry]],
      ['telepon', [id.askDeployment]],
      ['cloud', [/volume tipikal untuk 45 agen/]],
      ['udah', ['Estimasi: 45 agen, telepon, cloud'], [id.askExtrasRetry]],
    ],
  },
  // "hubungi sales" is what the bot itself tells Indonesian visitors to type: a guard (the NLU now knows it too)
  {
    name: 'hubungi sales typed by hand after an estimate',
    locale: 'id-ID',
    steps: [
      ['40 agen telepon cloud', ['Estimasi: 40 agen, telepon, cloud']],
      ['hubungi sales', [id.askName]],
    ],
  },
  // was a knowledge answer about talking to sales, then the name was taken as a question
  {
    name: 'mau ngobrol sama sales, with a title, an email in a sentence and an Indonesian phone number',
    locale: 'id-ID',
    steps: [
      ['30 agen, telepon & wa, cloud', ['Estimasi: 30 agen, telepon dan media sosial, cloud']],
      ['mau ngobrol sama sales', [id.askName]],
      ['Bapak Budi Santoso', [id.askEmail]],
      ['email saya budi.santoso@contoh.co.id ya', [id.askCompany]],
      ['PT Maju', [/opsional/]],
      ['0812-3456-7890', [/Kapan waktu/]],
      ['besok setelah jam 2 siang', ['Bapak Budi Santoso', 'budi.santoso@contoh.co.id', '0812-3456-7890', 'besok setelah jam 2 siang']],
    ],
  },
  // was an unknown answer
  {
    name: 'I want a demo',
    steps: [
      ['60 agents, voice and email, cloud', ['Estimate: 60 agents, voice and email, cloud']],
      ['I want a demo', [en.askName]],
    ],
  },
  // was the cancel intent: the form ended, and after an estimate SMS stayed in
  {
    name: 'gak jadi pake sms drops SMS instead of cancelling',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan sms, cloud', ['Estimasi: 20 agen, telepon dan SMS, cloud']],
      ['gak jadi pake sms', ['Estimasi: 20 agen, telepon, cloud'], [id.cancelled]],
    ],
  },
  {
    name: 'gak jadi pake sms in the middle of the form keeps the form going',
    locale: 'id-ID',
    steps: [
      ['estimasi', [id.askAgents]],
      ['20', [id.askChannels]],
      ['telepon, sms, email', [id.askDeployment]],
      ['gak jadi pake sms', [id.askDeployment], [id.cancelled]],
      ['cloud', [/volume tipikal/]],
      ['itu aja', ['Estimasi: 20 agen, telepon dan email, cloud']],
    ],
  },
  // was an English reply: one English word flipped the conversation's language
  {
    name: 'skip after an Indonesian estimate is still answered in Indonesian',
    locale: 'id-ID',
    steps: [
      ['estimasi 20 agen telepon cloud', ['Estimasi: 20 agen, telepon, cloud']],
      ['skip', [/Ada lagi|[Ss]aya/], [/\bI am\b|Anything else/]],
    ],
  },
  // was 12 agents
  {
    name: 'half a dozen agents',
    steps: [['half a dozen agents on email, cloud', ['Estimate: 6 agents, email, cloud']]],
  },
  // was no agent count: CSR is what many support teams call their agents
  {
    name: 'CSRs are agents',
    steps: [['we have 8 CSRs on email in the cloud', ['Estimate: 8 agents, email, cloud']]],
  },
  // was cloud with a comparison: the current on-prem system counted as a second choice
  {
    name: 'a migration story: currently on-prem, thinking hybrid',
    steps: [
      ['I run a 200-seat BPO, all channels, currently on-prem Avaya, thinking hybrid. numbers?', [/Estimate: 200 agents, voice, SMS, MMS, social media, email and web chat, hybrid/]],
    ],
  },
  // was a deployment re-prompt: "blm" is how "belum" is typed
  {
    name: 'blm tau at the deployment question compares all three',
    locale: 'id-ID',
    steps: [
      ['kira2 brp ya untuk 15 orang?', [id.askChannels]],
      ['telepon sama email aja', [id.askDeployment]],
      ['blm tau', [/Langkah terakhir/]],
      ['udah', ['Estimasi: 15 agen, telepon dan email', /Perbandingan|3 tahun/]],
    ],
  },
  // was the estimate form ("Berapa jumlah agen?"): a price question with the question word last
  {
    name: 'mau tanya biaya SMS berapa is a question',
    locale: 'id-ID',
    steps: [['mau tanya biaya SMS berapa', ['$0,01']], ['makasih', [id.thanks]]],
  },
  // was "I am not sure about that one"
  {
    name: 'permisi kak, mau tanya2 soal biaya contact center gets the menu',
    locale: 'id-ID',
    // the welcome and the help menu both list what the advisor can do
    steps: [['permisi kak, mau tanya2 soal biaya contact center', [/(Yang bisa saya lakukan|Sebutkan jumlah agen)/]]],
  },
  // was the cost of one call (the word "typical") and the optional step asked again
  {
    name: 'typical is fine at the optional step, shouting with emoji',
    steps: [
      ['HOW MUCH FOR 40 AGENTS??? 😅', [en.askChannels]],
      ['VOICE + CHAT', [en.askDeployment]],
      ['CLOUD', [/typical volumes for 40 agents/]],
      ['typical is fine', ['Estimate: 40 agents, voice and web chat, cloud'], [en.askExtrasRetry]],
    ],
  },
  // "start over" used to switch an Indonesian conversation to English; "yang umum aja" was not understood
  {
    name: 'start over keeps Indonesian, and yang umum aja at the optional step',
    locale: 'id-ID',
    steps: [
      ['estimasi 12 agen email cloud', ['Estimasi: 12 agen, email, cloud']],
      ['start over', [id.askAgents]],
      ['12', [id.askChannels]],
      ['email', [id.askDeployment]],
      ['lokal', [/volume tipikal/]],
      ['yang umum aja', ['Estimasi: 12 agen, email, on-premise']],
    ],
  },
  // was "I am not sure about that one" at the deployment question
  {
    name: 'mending yg mana? at the deployment question compares all three',
    locale: 'id-ID',
    steps: [
      ['mau estimasi', [id.askAgents]],
      ['20', [id.askChannels]],
      ['email sama chat', [id.askDeployment]],
      ['mending yg mana?', [/Langkah terakhir/]],
    ],
  },
  // was "I am not sure about that one": "itung" is how "hitung" is said; then "terserah" at the deployment question was re-asked
  {
    name: 'kak mau itung biaya cc dong, and terserah at the deployment question',
    locale: 'id-ID',
    steps: [
      ['kak mau itung biaya cc dong', [id.askAgents]],
      ['kurleb 35an', [id.askChannels]],
      ['telp, wa, ig, email', [id.askDeployment]],
      ['terserah', [/Langkah terakhir/], [id.askDeploymentRetry]],
      ['ga', ['Estimasi: 35 agen, telepon, media sosial, dan email']],
    ],
  },
  {
    name: 'hitungin dong',
    locale: 'id-ID',
    steps: [['hitungin dong', [id.askAgents]]],
  },
  // was "That is already your scenario": "w/o MMS" was read as "w", "/", "o" and MMS stayed in
  {
    name: 'w/o mms after an omnichannel estimate removes MMS',
    steps: [
      ['ballpark for a 100 seat omnichannel cloud cc?', ['Estimate: 100 agents, voice, SMS, MMS, social media, email and web chat, cloud']],
      ['w/o mms', ['Estimate: 100 agents, voice, SMS, social media, email and web chat, cloud']],
    ],
  },
  // was the agent question three times: "ppl" was no head count, and "whichever is cheaper" no choice
  {
    name: 'like 6 ppl, and whichever is cheaper',
    steps: [
      ['yo how much would a small support desk cost, like 6 ppl', [en.askChannels]],
      ['emails and chat mostly', [en.askDeployment]],
      ['whichever is cheaper', [/typical volumes for 6 agents/]],
      ['nah', ['Estimate: 6 agents, email and web chat']],
    ],
  },
  // was 10 agents: only the count next to the agent word was read
  {
    name: '25 full-time and 10 part-time agents are 35',
    steps: [['25 full-time and 10 part-time agents, voice, cloud', ['Estimate: 35 agents, voice, cloud']]],
  },
  // was a three-way comparison in the cloud: a split between two models is hybrid
  {
    name: 'sebagian cloud sebagian lokal is hybrid',
    locale: 'id-ID',
    steps: [['20 agen email, sebagian cloud sebagian lokal', ['Estimasi: 20 agen, email, hibrida']]],
  },
  {
    name: 'di server kami is on-premises',
    locale: 'id-ID',
    steps: [['15 agen telepon, di server kami', ['Estimasi: 15 agen, telepon, on-premise']]],
  },
  // was a 10-year horizon: the company's age is not the comparison period
  {
    name: 'running for 10 years is not a 10-year comparison',
    steps: [
      ['we have been running for 10 years with 50 agents, voice, cloud', ['Estimate: 50 agents, voice, cloud']],
      ['compare all three', ['over 3 years'], ['over 10 years']],
    ],
  },
  // knowledge questions that were unknown, or answered by the wrong entry
  {
    name: 'how many agents do I need (was the multichannel training answer)',
    steps: [['how many agents do I need?', ['Erlang C', 'no staffing ratio']]],
  },
  {
    name: 'butuh brp agen? (was the multichannel training answer)',
    locale: 'id-ID',
    steps: [['butuh brp agen?', ['Erlang C']]],
  },
  {
    name: 'brp biaya call center? (was call center vs contact center)',
    locale: 'id-ID',
    steps: [['brp biaya call center?', ['lisensi platform (US$50 sampai lebih dari US$200']]],
  },
  {
    name: 'how much is a call center? (was a did-you-mean between two call-center entries)',
    steps: [['how much is a call center?', ['platform licence ($50 to $200+']]],
  },
  {
    name: 'salaries in the estimate (was unknown)',
    steps: [['do your numbers include salaries?', ['not in my estimate']]],
  },
  {
    name: 'currency questions (were unknown or the cost of a call)',
    locale: 'id-ID',
    steps: [
      // an Indonesian conversation already shows rupiah; "dalam dolar" switches to US$
      ['berapa dalam rupiah?', ['sudah ditampilkan dalam rupiah']],
      ['harga dalam dolar ya?', ['dalam dolar AS (US$)']],
    ],
  },
  {
    name: 'prices in USD (was unknown)',
    steps: [['are these prices in USD?', ['US dollars']]],
  },
  {
    name: 'is hybrid worth it (was what AI does in a contact center)',
    steps: [['is hybrid worth it?', ['on-premises control']]],
  },
  {
    name: 'keamanan data gimana? (was a did-you-mean about the source and storage)',
    locale: 'id-ID',
    steps: [['keamanan data gimana?', ['keamanan siber']]],
  },
  {
    name: 'is there a setup fee? (was the advantages of hybrid)',
    steps: [['is there a setup fee?', ['before the first call']]],
  },
  {
    name: 'agen bisa kerja dari rumah? (was what a cloud contact center is, barely above the threshold)',
    locale: 'id-ID',
    steps: [['agen bisa kerja dari rumah?', ['bekerja dari mana saja']]],
  },
  {
    name: 'what is CSAT? (was unknown)',
    steps: [['what is CSAT?', ['customer satisfaction surveys']]],
  },
  // was "agents 40 → 10": "add 10 more" set the count to 10
  {
    name: 'add 10 more agents never sets the count to ten',
    steps: [
      ['40 agents voice cloud', ['Estimate: 40 agents, voice, cloud']],
      ['add 10 more agents', [/./], [/agents 40 → 10\b/, 'Estimate: 10 agents']],
    ],
  },
  // integrator fixes from the QA report (each failed before)
  {
    name: 'add 10 more agents adds ten',
    steps: [
      ['40 agents voice cloud', ['Estimate: 40 agents, voice, cloud']],
      ['add 10 more agents', ['agents 40 → 50']],
    ],
  },
  {
    name: 'yes to the sales offer starts the handoff; no gets a short answer',
    steps: [
      ['30 agents, email, cloud', ['talk to sales']],
      ['yes', ['What is your name?']],
    ],
  },
  {
    name: 'no to the sales offer',
    locale: 'id-ID',
    steps: [
      ['30 agen, email, cloud', ['hubungi sales']],
      ['gak', ['Ada lagi']],
    ],
  },
  {
    name: 'add-on what-ifs re-price',
    steps: [
      ['30 agents, voice, cloud', ['Estimate: 30 agents']],
      ['and with 2 integrations?', ['Updated: custom integrations: 2']],
      ['and w/ wfm?', ['Workforce management (WFM): $0 →']],
    ],
  },
  {
    name: 'staffing question with a volume is answered with Erlang C and an offer to price it',
    steps: [['how many agents do I need for 2000 calls a day?', [/you need about \d+ agents on the phones/, /\[Price \d+ agents\]/]]],
  },
  {
    name: 'a comparison question mid-form is answered, then the form resumes',
    steps: [
      ['estimate', ['How many agents']],
      ['what is the difference between cloud and on-prem?', [/cloud/i, 'How many agents']],
    ],
  },
  {
    name: 'a short yes/no question at the channels step is a question, not an answer',
    steps: [
      ['estimate', ['How many agents']],
      ['25', ['Which channels']],
      ['is whatsapp considered social?', ['Which channels']],
    ],
  },
  {
    name: 'phone number inside a sentence, and "ya" as the time to call',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon, cloud', ['Estimasi: 20 agen']],
      ['hubungi sales', ['Siapa nama Anda']],
      ['Budi', ['email']],
      ['budi@contoh.co.id', ['perusahaan']],
      ['PT Contoh', ['telepon']],
      ['no hp saya 0812-3456-7890 ya', ['Kapan waktu']],
      ['ya', ['Bolehkah']],
    ],
  },
  {
    name: 'zero agents says why',
    steps: [['estimate for 0 agents', ['Zero agents would cost nothing']]],
  },
  {
    name: 'the default horizon is not reported as a change',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon, cloud', ['Estimasi: 20 agen']],
      ['gimana kalo 3 tahun?', [/./], ['3 → 3']],
    ],
  },
  {
    name: 'a horizon over 10 years says the limit and shows 10',
    steps: [
      ['20 agents, voice, cloud', ['Estimate: 20 agents']],
      ['what about 15 years?', ['I compare up to 10 years', '20 agents over 10 years']],
    ],
  },
];

describe('visitor conversations', () => {
  it.each(conversations.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    h = await createHarness(c.channel ?? 'test', c.locale ?? 'en-US');
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
});

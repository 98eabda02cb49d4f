/**
 * What exploratory visitors of the ninth round (2026-12-02) found the advisor getting wrong, as whole conversations
 * through the real dialogs, NLU, cost engine and knowledge base. The comment on each says what it used to do.
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
  // only the first question was answered
  {
    name: 'two knowledge questions in one message get both answers',
    steps: [['what is egress and how much does storage cost?', ['Egress is data leaving', 'The source gives about $1,350 per agent per year for storage']]],
  },
  {
    name: 'the same in Indonesian',
    locale: 'id-ID',
    steps: [['apa itu WFM? dan berapa biaya SMS?', ['WFM mengatur jadwal', 'satu SMS biasanya sekitar US$0,01']]],
  },
  // the length of the calls made voice the only channel: "SMS dan email dihapus"
  {
    name: 'a call length said with the calls named keeps the other channels',
    locale: 'id-ID',
    steps: [
      ['Saya mau estimasi 40 agen, voice, SMS dan email, cloud', ['Estimasi: 40 agen, telepon, SMS, dan email, cloud']],
      ['durasi rata2 telpon 4 menit', ['durasi panggilan 4 menit per panggilan', 'Estimasi: 40 agen, telepon, SMS, dan email, cloud'], ['dihapus']],
    ],
  },
  // the volume went to the staffing calculator ("Anda membutuhkan sekitar 7 agen") and the estimate stayed as it was
  {
    name: 'a call volume stated with an estimate on screen updates that estimate',
    locale: 'id-ID',
    steps: [
      ['25 agen, telpon, sms, email, cloud', ['Estimasi: 25 agen']],
      ['8000 panggilan sebulan, rata2 telpon 5 menit', ['menit telepon 40.000 per bulan', 'Estimasi: 25 agen'], ['membutuhkan sekitar']],
    ],
  },
  // the head count was lost: "Updated: added web chat. Estimate: 40 agents"
  {
    name: '"lets do 35 and add web chat" changes both',
    steps: [
      ['we want 40 agents voice sms email, cloud', ['Estimate: 40 agents']],
      ['actually lets do 35 and add web chat', ['agents 40 → 35', 'added web chat']],
    ],
  },
  // "compare all three" priced 3 agents
  {
    name: '"compare all three" keeps the head count',
    steps: [
      ['i need an estimate', ['How many agents']],
      ['75 agents', ['Which channels']],
      ['voice, email, and whatsapp', ['Where should it run']],
      ['ok compare all three then', ['75 agents'], ['3 agents']],
    ],
  },
  // it asked for the head count
  {
    name: 'a wish to ask something is invited',
    locale: 'id-ID',
    steps: [
      ['kak mau tanya dong', ['Silakan, mau tanya apa?'], ['Berapa jumlah agen']],
      ['kenapa storage on premise lebih mahal?', ['penyimpanan']],
    ],
  },
  {
    name: 'the same in English',
    steps: [['i have a question', ['Sure, go ahead and ask'], ['How many agents', 'not sure what you mean']]],
  },
  // the 3rb social chats were counted as web chats and the 5rb calls were not read at all
  {
    name: 'calls and social chats in Indonesian shorthand are the visitor\'s volumes',
    locale: 'id-ID',
    steps: [['15 agen, telpon wa ig, cloud, sebulan kira2 5rb telpon sama 3rb chat sosmed', ['Estimasi: 15 agen, telepon dan media sosial, cloud'], ['Menit telepon per agen per bulan (preset tipikal)']]],
  },
  // the answer moved each figure across its range and left out storage, 47% of the bill, whose price is fixed
  {
    name: '"whats driving it?" names the largest lines before what moves the total',
    steps: [
      ['25 agents, voice and web chat, cloud', ['Estimate: 25 agents']],
      ['whats driving it?', ['The largest costs of 25 agents', /Data storage: \$2,813/, 'What moves the total']],
    ],
  },
  // "what assumptions did you make for IT staff?" got the general article on how the estimate works
  {
    name: 'the assumptions of one line are that line worked out',
    steps: [
      ['Price 150 agents on-premises, voice, email, web chat and social.', ['Estimate: 150 agents']],
      ['what assumptions did you make for IT staff?', ['In-house IT staff', '$9,000 per full-time person per month']],
    ],
  },
  // "dibanding on premise gimana?" got the advantages of on-premises; the tiers side by side got the deployment comparison
  {
    name: 'the estimate against another deployment, and the licence tiers side by side',
    locale: 'id-ID',
    steps: [
      ['60 agen voice sms cloud', ['Estimasi: 60 agen']],
      ['dibanding on premise gimana?', ['Skenario yang sama dengan model on-premise']],
      ['bedanya paket standar sama premium apa?', ['Perbedaan paketnya hanya pada lisensi platform', 'Premium Rp 3.300.000', 'Untuk 60 agen']],
    ],
  },
  // "60 on cloud and 30 on prem" was stored as 0.67: 61 cloud seats and 29 on premises
  {
    name: 'a hybrid split said in seats is priced seat for seat',
    steps: [
      ['90 agents voice sms email hybrid', ['Estimate: 90 agents']],
      ['we would actually put 60 on cloud and 30 on prem', ['Platform licence (subscription): $5,625 → $7,500']],
    ],
  },
  // "vs cloud" later in the message made the estimate cloud; the questions beside a scenario were dropped
  {
    name: 'a deployment chosen and one named as the yardstick; a question beside the scenario is answered',
    steps: [
      ['Looking at 50 agents voice only hybrid. Whats the upfront cost and whats the monthly? Also how long until it pays off vs cloud?', ['Estimate: 50 agents, voice, hybrid', 'One-time: $80,500', '50 agents over 3 years']],
    ],
  },
  {
    name: 'a question about the estimate\'s accuracy beside a whole scenario is answered before its estimate',
    steps: [
      // (the accuracy article, since the eleventh session: the question is looked up by its own sentence; it was the
      // article on how the estimate is built)
      ['We are a 33 seat helpdesk, voice/email/chat, cloud. How accurate is your estimate, and what could make it go up?', ['It is a budget estimate, not a quote', 'Estimate: 33 agents']],
    ],
  },
  // both got the article on the vendor's uptime claims
  {
    name: 'security by deployment, and who is behind the advisor',
    steps: [
      ['what about security and compliance, is on prem better for that?', ['No deployment is secure by itself'], ['99.999%']],
      ['who makes this tool btw, are you tied to a vendor?', ['I am an automated advisor, not a person'], ['99.999%']],
    ],
  },
  // "and on-prem?" after a typical price got "did you mean: what an on-premises contact center is"
  {
    name: 'a deployment asked after a typical price continues that question',
    steps: [
      ['how much does a cloud contact center cost per agent?', ['Per agent, the fixed part is the licence']],
      // (since the fifteenth 2026-12-03 session: the on-premises seat, not the cloud paragraph word for word)
      ['and on-prem?', ['perpetual licence bought once'], ['Did you mean', 'Per agent, the fixed part is the licence']],
    ],
  },
];

describe('ninth round (2026-12-02)', () => {
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

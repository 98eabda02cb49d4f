/**
 * What the sixteenth 2026-12-03 session found the advisor getting wrong (a round of exploratory visitors, helpers who
 * never saw the code, the corpora or the tests, and the session before's leftovers), as whole conversations through
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
type Conversation = { name: string; locale?: string; steps: Step[] };

const conversations: Conversation[] = [
  // "How many agents (seats) will the contact center have?" and no answer
  {
    name: 'what drives the cost, asked first, is answered',
    steps: [['what drives the cost of a contact center?', ['Three things drive the bill'], ['How many agents (seats)']]],
  },
  // "Which channels do you need?" and the storage price never given
  {
    name: 'the storage line for a head count, after the storage answer, is priced on its own',
    steps: [
      ['How much does call recording storage cost?', ['$1,350 per agent per year']],
      ['For 50 agents, roughly how much per month?', ['priced on its own', '50 × $1,350 per agent per year', '$5,625 a month', 'On-premises the same line would be about $8,750 a month', 'Which channels do you need?']],
    ],
  },
  // the SMS paragraph word for word, then "how many agents?"
  {
    name: 'an SMS volume asked about is priced',
    steps: [
      ['How much does an SMS cost per message in the US?', []],
      ['We send 100,000 SMS a month. What would that cost?', ['100,000 × $0.01 per message = **$1,000 a month**'], ['On-premises the same line']],
    ],
  },
  // the WFM article, then "Which channels do you need?"
  {
    name: 'WFM for a head count is priced beside its article',
    steps: [['Do I need workforce management software for 30 agents? What does it cost?', ['30 × $13 per agent per month = **$390 a month**', 'Range $180–$600', 'Which channels do you need?']]],
  },
  // "Did you mean one of these?" and the channel question
  {
    name: 'the hardware for an on-premises head count is priced',
    steps: [['What hardware do I need for an on-prem contact center with 100 agents?', ['2 × $9,000 per server', 'Voice gateways'], ['Did you mean']]],
  },
  {
    name: 'the Indonesian storage line for a head count',
    locale: 'id-ID',
    steps: [['berapa biaya penyimpanan data untuk 40 agen?', ['40 × Rp 22.275.000 per agen per tahun', 'dihitung tersendiri']]],
  },
];

describe('twenty-fourth round (2026-12-03, sixteenth session)', () => {
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

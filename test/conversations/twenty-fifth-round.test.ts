/**
 * What the seventeenth session (2026-12-04) found the advisor getting wrong (a round of exploratory visitors, helpers
 * who never saw the code, the corpora or the tests, and the session before's leftovers), as whole conversations through
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
  // "At the high end, with every figure at the top of its range, … comes to about $9,525 a month"
  {
    name: 'why the high end is so much higher is the lines that spread the range',
    steps: [
      ['estimate for 30 agents, voice and sms, cloud', ['Estimate: 30 agents']],
      ['why is the high end so much higher?', ['What moves the total', 'platform licence (subscription), $50 to $200 per agent per month'], ['At the high end']],
    ],
  },
  // the AI article alone, no figure for the visitor's scenario and no way to add a volume
  {
    name: 'what AI would add is its rate, what 1,000 conversations add, and the question for the volume, which a bare number answers',
    steps: [
      ['estimate for 30 agents, voice and sms, cloud', ['Estimate: 30 agents']],
      ['How much would AI add?', ['every 1,000 conversations a month add about $100 ($50–$250)', 'How many conversations a month would AI handle?']],
      ['about 4000', ['AI conversations 4,000 a month', 'AI / ML: $0 → $400 (+$400)', 'Monthly total: $7,275 → $7,675']],
    ],
  },
  // "Updated: added AI … Monthly total: $7,275 → $7,275 (±$0)"
  {
    name: 'AI added with no volume says it is in no total yet and asks the volume',
    steps: [
      ['estimate for 30 agents, voice and sms, cloud', ['Estimate: 30 agents']],
      ['add AI', ['AI is in your scenario', 'not in the totals yet', 'How many conversations a month'], ['±$0']],
      ['5k a month', ['AI / ML: $0 → $500 (+$500)']],
    ],
  },
  {
    name: 'AI added with no volume, in Indonesian',
    locale: 'id-ID',
    steps: [
      ['30 agen voice cloud', ['Estimasi: 30 agen']],
      ['tambah AI dong', ['AI sudah masuk skenario Anda', 'Berapa percakapan per bulan']],
      ['kira-kira 5 ribu sebulan', ['5.000']],
    ],
  },
];

describe('twenty-fifth round (2026-12-04, seventeenth session)', () => {
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

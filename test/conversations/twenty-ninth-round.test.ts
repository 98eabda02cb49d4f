/**
 * What the twenty-first session (2026-12-04) found the advisor getting wrong (a round of exploratory visitors, helpers
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
type Conversation = { name: string; locale?: string; steps: Step[] };

const conversations: Conversation[] = [
  // the estimate form ("How many agents?"): "teams" was not a product to connect
  {
    name: 'whether it connects to Microsoft Teams is the integration answer',
    steps: [
      ['can it integrate with teams?', ['Microsoft Teams'], ['How many agents']],
    ],
  },
  // "so is 145 on the high side?" after the licence price: 145 agents, and the channel question
  {
    name: 'a price per agent judged after the licence answer is weighed against the licence range',
    steps: [
      ['how much is the cloud license per agent', ['$50']],
      ['so is 145 on the high side?', ['$145 per agent a month', 'between a standard and a feature-rich licence'], ['Which channels']],
    ],
  },
  // the article on agent turnover
  {
    name: 'a price per agent asked to be judged is weighed against the licence range',
    steps: [
      ['is $145 per agent high?', ['$145 per agent a month', 'between a standard and a feature-rich licence'], ['turnover']],
    ],
  },
  {
    name: 'a price per agent asked to be judged in Indonesian',
    locale: 'id-ID',
    steps: [
      ['1,5 juta per agen wajar gak', ['Rp 1.500.000']],
    ],
  },
];

describe('twenty-ninth round (2026-12-04, twenty-first session)', () => {
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

/**
 * What the fiftieth session (2026-12-07) found the advisor getting wrong (rounds of exploratory visitors, helpers who
 * never saw the code, the corpora or the tests, and the leftovers of the rounds before), as whole conversations through
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
type Conversation = { name: string; locale?: string; steps: Step[]; once?: string };

const conversations: Conversation[] = [
  // "Do you think we need social media channels too?" at the deployment question: social media added
  {
    name: 'whether a channel is needed, asked in the form, is the advice on channels, nothing added',
    steps: [
      ["We're a ferry operator, 30 agents, voice and email", ['Where should it run']],
      ['Do you think we need social media channels too?', ['Start from where your customers', 'Where should it run'], ['added social media']],
      ['cloud', ['Use typical volumes']],
      ['use typical volumes', ['Estimate: 30 agents, voice and email, cloud']],
    ],
  },
  // "do we need social media too?" under an estimate: the social media price answer
  {
    name: 'whether a channel is needed, asked under an estimate, is the advice on channels',
    steps: [
      ['30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ['do we need social media too?', ['Start from where your customers'], ['averages about $1']],
      ['perlu WA juga gak?', ['Mulailah dari saluran'], ['Estimasi:']],
    ],
  },
  // "cloud, and give me a 3-year view" at the deployment question: the optional volumes question first
  {
    name: 'a view over years asked with the deployment is given at once',
    steps: [
      ["We're a ferry operator, 30 agents, voice and email", ['Where should it run']],
      ['cloud, and give me a 3-year view', ['Estimate: 30 agents, voice and email, cloud', 'over 3 years'], ['Use typical volumes']],
    ],
  },
];

describe('fifty-eighth round (2026-12-07, fiftieth session)', () => {
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

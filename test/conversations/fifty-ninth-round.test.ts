/**
 * What the fifty-first session (2026-12-07) found the advisor getting wrong (rounds of exploratory visitors, helpers who
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
  // "half of them are part time" under a 20-agent estimate: 10 agents priced
  {
    name: 'a share of the agents working part time keeps the seats and says what concurrent licences would count',
    steps: [
      ['20 agents, voice and email, cloud', ['Estimate: 20 agents']],
      ['half of them are part time', ['I count 20 agent seats, your 10 part-timers included', 'about 15 here'], ['Updated: agents', 'I am not sure what you mean']],
    ],
  },
  // "we also have 3 supervisors" under a 20-agent estimate: 3 agents priced
  {
    name: 'supervisors said once the head count is known are people beside it',
    steps: [
      ['20 agents, voice and email, cloud', ['Estimate: 20 agents']],
      ['we also have 3 supervisors', ['I count 20 agent seats. Your 3 supervisors', 'make it 23 agents'], ['Updated: agents', 'I am not sure what you mean']],
    ],
  },
  // "they're all part time" at the deployment question: hybrid, from "part"
  {
    name: 'all agents part time at the deployment question is no deployment',
    steps: [
      ['15 agents, voice', ['Where should it run']],
      ["they're all part time", ['your 15 part-timers included', 'Please pick one'], ['Last, optional step', 'Estimate:']],
      ['also 2 team leads', ['Your 2 supervisors', 'make it 17 agents'], ['Estimate:']],
    ],
  },
  // "ada 2 supervisor juga" under an estimate: not understood; "sebagian besar paruh waktu": nothing
  {
    name: 'supervisors and part-timers said in Indonesian beside the head count',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan email, cloud', ['Estimasi: 20 agen']],
      ['ada 2 supervisor juga', ['2 supervisor Anda', 'jadikan 22 agen'], ['Saya belum menangkap']],
      ['sebagian besar paruh waktu', ['termasuk 15 agen paruh waktu'], ['Saya belum menangkap', 'Estimasi: 15']],
    ],
  },
  // "what if 3 agents but only part time": 3 priced as full seats, nothing said of part time
  {
    name: 'a head count said part time is priced with what concurrent licences would count',
    steps: [
      ['20 agents, voice and email, cloud', ['Estimate: 20 agents']],
      ['what if 3 agents but only part time', ['Estimate: 3 agents', 'your 3 part-timers included', 'about 2 here']],
    ],
  },
];

describe('fifty-ninth round (2026-12-07, fifty-first session)', () => {
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

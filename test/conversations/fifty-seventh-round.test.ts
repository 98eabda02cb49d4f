/**
 * What the forty-ninth session (2026-12-07) found the advisor getting wrong (rounds of exploratory visitors, helpers who
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
  // "Kenapa angkanya ada rentang?" (and "kok angkanya ada rendah dan tinggi?"): the whole estimate shown again
  {
    name: 'why the numbers come as a range, asked with the numbers named, is answered',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan WA, cloud', ['Estimasi: 20 agen']],
      ['Kenapa angkanya ada rentang?', ['bukan penawaran resmi'], ['Rincian (nilai tipikal']],
      ['kok angkanya ada rendah dan tinggi?', ['bukan penawaran resmi'], ['Rincian (nilai tipikal']],
    ],
  },
  // "budget is 100 dollars per agent a month, enough?": held against the whole center's $7,125 a month
  {
    name: 'a budget per agent is held against the cost per agent',
    steps: [
      ['30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ['budget is 100 dollars per agent a month, enough?', ['$100 per agent a month', 'does not cover one agent'], ['$7,125']],
    ],
  },
  // "our target is max $300 per agent per month, doable?" before any scenario: "covers about 1 agents"
  {
    name: 'a budget per agent said first is kept for the estimate',
    steps: [
      ['our target is max $300 per agent per month, doable?', ['$300 per agent a month', 'How many agents'], ['1 agents']],
      ['30 agents, voice and email, cloud', ['Estimate: 30 agents', 'Your budget is $300 per agent a month']],
    ],
  },
  // "target max 1,5 jt per agen per bulan, bisa gak?": read as a question about workforce management
  {
    name: 'a target per agent in rupiah is a budget per agent',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan WA, cloud', ['Estimasi: 20 agen']],
      ['target max 1,5 jt per agen per bulan, bisa gak?', ['Rp 1.500.000 per agen per bulan', 'belum cukup untuk satu agen']],
    ],
  },
];

describe('fifty-seventh round (2026-12-07, forty-ninth session)', () => {
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

/**
 * What the thirty-second session (2026-12-05) found the advisor getting wrong (a round of exploratory visitors, helpers
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
type Conversation = { name: string; locale?: string; steps: Step[]; once?: string };

const conversations: Conversation[] = [
  // "hm ok" and "ok danke" after the sales offer: the sales form ("Great — I will pass your scenario …")
  {
    name: 'a hesitant ok and a foreign thanks after the sales offer are no yes',
    steps: [
      ['we have 30 agents, voice and email, cloud, 5000 minutes a month', ['Estimate: 30 agents']],
      ['hm ok', [/anything else/i], ['What is your name']],
      ['ok danke', [/welcome/i], ['What is your name']],
    ],
  },
  // "cloud and on prem both on the table" at the deployment question: hybrid priced; "Cloud probably. What does that
  // come to?" then priced hybrid
  {
    name: 'two deployments both still open are the comparison, not a hybrid',
    steps: [
      ['we have 40 agents, voice and chat', ['Where should it run']],
      ['cloud and on prem both on the table', ['side by side'], ['hybrid:']],
      ['Cloud probably. What does that come to?', ['Estimate: 40 agents, voice and web chat, cloud']],
    ],
  },
  // "can you use $110 in your estimate?" after a vendor's quote per agent: how the estimate works
  {
    name: 'a vendor quote per agent put into the estimate as the licence price',
    steps: [
      ['25 agents, voice and email, cloud, typical volumes', ['Estimate: 25 agents']],
      ['a vendor quoted us $110 per agent per month', ['The quote is $110 per agent a month']],
      ['can you use $110 in your estimate?', ['cloud licence $110 per agent a month (your figure)', 'Estimate: 25 agents']],
    ],
  },
  // "coba pakai angka vendor itu buat lisensinya" after "vendor nawarin 1,5jt per agen per bulan": the source article
  {
    name: 'angka vendor dipakai untuk lisensi',
    locale: 'id-ID',
    steps: [
      ['25 agen, telepon dan email, cloud, volume tipikal', ['Estimasi: 25 agen']],
      ['vendor nawarin 1,5jt per agen per bulan', ['Penawarannya Rp 1.500.000 per agen per bulan']],
      ['coba pakai angka vendor itu buat lisensinya', ['lisensi cloud Rp 1.500.000 per agen per bulan (angka Anda)']],
    ],
  },
];

describe('fortieth round (2026-12-05, thirty-second session)', () => {
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

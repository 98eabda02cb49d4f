/**
 * What the twenty-ninth session (2026-12-05) found the advisor getting wrong (a round of exploratory visitors, helpers
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
  // "cruise line shore excursions, 40 agents …" was answered in Indonesian ("shore" is a letter from "sore")
  {
    name: 'a terse English opening with a word a letter from Indonesian stays English',
    steps: [['cruise line shore excursions, 40 agents voice email web chat cloud', ['Estimate: 40 agents, voice, email and web chat, cloud'], ['Estimasi']]],
  },
  // "what can't you do?": the limits, then the whole menu of what the advisor can do
  {
    name: 'what the advisor cannot do is not followed by the menu',
    steps: [["what can't you do?", ['What I cannot do'], ['Here is what I can do']]],
  },
  // "Use typical volumes" right after the estimate printed the same estimate again
  {
    name: 'typical volumes asked for where the estimate already uses them',
    steps: [
      ['30 agents voice and sms cloud', ['Estimate: 30 agents']],
      ['Use typical volumes', ['already uses typical volumes', 'Voice, SMS and Data transfer out'], ['Estimate: 30 agents']],
    ],
  },
  {
    name: 'volume tipikal aja, with the estimate on screen',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['pakai volume tipikal aja', ['sudah memakai volume tipikal'], ['Estimasi: 20 agen']],
    ],
  },
  // "why does on-prem jump in year 6?" after a 7-year view: the on-premises cost per agent
  {
    name: 'why one year of the multi-year view costs more: the hardware bought again',
    steps: [
      ['40 agents voice and email, on-prem', ['Estimate: 40 agents']],
      ['show me 7 years', ['over 7 years']],
      ['why does on-prem jump in year 6?', ['In year 6, on-premises buys its servers and gateways again', 'about 5 years', '$46,000'], ['per agent per month']],
      ['why is year 3 higher?', ['No deployment buys anything again in year 3']],
    ],
  },
  {
    name: 'kenapa tahun ke-6 naik, in Indonesian',
    locale: 'id-ID',
    steps: [
      ['30 agen telepon on-premise', ['Estimasi: 30 agen']],
      ['kenapa biaya tahun ke-6 naik?', ['Pada tahun ke-6, on-premise membeli server dan gateway lagi']],
    ],
  },
];

describe('thirty-seventh round (2026-12-05, twenty-ninth session)', () => {
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

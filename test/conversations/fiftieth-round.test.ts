/**
 * What the forty-second session (2026-12-06) found the advisor getting wrong (rounds of exploratory visitors, helpers who
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
  // "Is 4 agents too small, is there a minimum?" under an estimate: "I am not sure about that one"
  {
    name: 'a minimum head count asked is the vendor term with the advisor floor of one agent',
    steps: [
      ['4 agents, voice and email, cloud', ['Estimate: 4 agents']],
      ['Is 4 agents too small, is there a minimum?', ['no minimum head count', 'from one agent up'], ['not sure']],
    ],
  },
  // "minimal berapa agen?": the general vendor-terms answer, minimums not named
  {
    name: 'a minimum head count asked in Indonesian',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan whatsapp, cloud', ['Estimasi: 10 agen']],
      ['minimal berapa agen?', ['tidak punya jumlah agen minimal', 'mulai dari satu agen']],
    ],
  },
  // "Is 4 agents too small?": the estimate again
  {
    name: 'whether the team is big enough is the small-teams answer',
    steps: [
      ['4 agents, voice and email, cloud', ['Estimate: 4 agents']],
      ['Is 4 agents too small?', ['from one agent up'], ['Estimate:']],
    ],
  },
  // "Then how about hybrid, cheaper or not?" after the small-teams answer: the small-teams answer again
  {
    name: 'another deployment asked cheaper or not after an article is its cost against the estimate',
    steps: [
      ['4 agents, voice and email, cloud', ['Estimate: 4 agents']],
      ['Is 4 agents too small?', ['from one agent up']],
      ['Then how about hybrid, cheaper or not?', ['The same scenario hybrid', 'more than cloud']],
    ],
  },
  // "How you price WeChat?" under an estimate: voice and email replaced with social media
  {
    name: 'a network price asked under an estimate is the social line, not a new channel list',
    steps: [
      ['4 agents, voice and email, cloud', ['Estimate: 4 agents']],
      ['How you price WeChat?', ['social media'], ['Updated', 'removed voice']],
    ],
  },
  // "kalau mau nambah AI gimana, ada biayanya gak?": AI added to the scenario
  {
    name: 'an add-on cost asked in a hypothetical is its price, not an order',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan whatsapp, cloud', ['Estimasi: 10 agen']],
      ['kalau mau nambah AI gimana, ada biayanya gak?', ['AI', 'per percakapan'], ['AI sudah masuk skenario', 'Diperbarui']],
    ],
  },
  // "kok telepon sudah termasuk? emang gak ada batasnya?": the voice line and the estimate's disclaimer
  {
    name: 'a cap on included calls asked is the voice price answer',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan whatsapp, cloud', ['Estimasi: 10 agen']],
      ['kok telepon sudah termasuk? emang gak ada batasnya?', ['panggilan tanpa batas', 'batas pemakaian wajar'], ['estimasi anggaran, bukan penawaran']],
    ],
  },
  // "but in Nov and Dec we need 20 agents leh. how much for the whole year?": 20 agents all year
  {
    name: 'a season said beside a question for the year prices the year by season',
    steps: [
      ['8 agents voice and web chat cloud', ['Estimate: 8 agents']],
      ['but in Nov and Dec we need 20 agents leh. how much for the whole year?', ['10 months × $1,900', '2 months × $4,750'], ['agents 8 → 20']],
    ],
  },
];

describe('fiftieth round (2026-12-06, forty-second session)', () => {
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

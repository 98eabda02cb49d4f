/**
 * What the fortieth session (2026-12-06) found the advisor getting wrong (rounds of exploratory visitors, helpers who
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
  // "what are the cheapest and most expensive in that range?": the largest lines
  {
    name: 'both ends of the range asked are the range of the total',
    steps: [
      ['we have 30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ['what are the cheapest and most expensive in that range?', ['$85,500 a year ($38,250–$132,750)'], ['The largest costs']],
    ],
  },
  // "what's the min and max total?": what the ranges mean, no figure
  {
    name: 'the min and max of the total asked are the figures',
    steps: [
      ['we have 30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ["what's the min and max total?", ['$38,250–$132,750']],
    ],
  },
  // "do you charge per minute for voice?": "Updated: cloud voice billed by the minute."
  {
    name: 'whether voice is billed by the minute, asked, changes nothing',
    steps: [
      ['we have 30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ['do you charge per minute for voice?', ['metered'], ['Updated']],
    ],
  },
  // "apakah telepon dihitung per menit?": switched to metered billing
  {
    name: 'whether calls are billed by the minute, asked in Indonesian, changes nothing',
    locale: 'id-ID',
    steps: [
      ['30 agen, telepon dan email, cloud', ['Estimasi: 30 agen']],
      ['apakah telepon dihitung per menit?', [/menit/], ['Diperbarui']],
    ],
  },
  // "what's the total without storage?": only that the line cannot be removed, no figure
  {
    name: 'the total without a line is given before why the line stays',
    steps: [
      ['we have 30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ["what's the total without storage?", ['$3,750 a month ($45,000 a year)', 'I cannot take that line out']],
    ],
  },
  // "is the basic plan within our budget of $5,000 a month?": the head count $5,000 buys, the plan not priced
  {
    name: 'a plan asked against a budget is priced and held against it',
    steps: [
      ['we have 20 agents, voice and chat, cloud', ['Estimate: 20 agents']],
      ['is the basic plan within our budget of $5,000 a month?', ['Standard → Essential', 'Your budget is $5,000 a month; this scenario needs about $3,250 a month'], ['covers about']],
    ],
  },
  // "we only operate 8 months of the year, what's the yearly cost then?": twelve months' total
  {
    name: 'a center open only some months of the year costs those months',
    steps: [
      ['we have 20 agents, voice and chat, cloud', ['Estimate: 20 agents']],
      ["we only operate 8 months of the year, what's the yearly cost then?", ['8 × $4,750 a month = **$38,000**']],
    ],
  },
  // "kami cuma buka 8 bulan dalam setahun, jadi setahunnya brp?": the whole year
  {
    name: 'a center open only some months of the year, in Indonesian',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan chat, cloud', ['Estimasi: 20 agen']],
      ['kami cuma buka 8 bulan dalam setahun, jadi setahunnya brp?', ['Untuk 8 bulan']],
    ],
  },
];

describe('forty-eighth round (2026-12-06, fortieth session)', () => {
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

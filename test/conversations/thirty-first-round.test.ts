/**
 * What the twenty-third session (2026-12-04) found the advisor getting wrong (a round of exploratory visitors, helpers
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
  // the email "budi[at]tokokita.id" and "abis maghrib" lost, the phone kept without its country code
  {
    name: 'an address written against spam, a phone with 62 and no plus, and a prayer time are all kept',
    locale: 'id-ID',
    steps: [
      ['Hi, saya mau estimasi untuk 20 agen, voice sama whatsapp, cloud', ['Estimasi: 20 agen']],
      ['boleh hubungi sales', []],
      ['email saya budi[at]tokokita.id, wa 62 857 1234 5678, abis maghrib', ['budi@tokokita.id', '+62 857 1234 5678', 'abis maghrib']],
    ],
  },
];

describe('thirty-first round (2026-12-04, twenty-third session)', () => {
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

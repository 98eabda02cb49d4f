/**
 * What the thirty-sixth session (2026-12-06) found the advisor getting wrong (a round of exploratory visitors, helpers
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
  // "what can we get for $5k a month?": "I am not sure about that one"; "dengan 50 juta sebulan dapat apa?": an article
  // about WFM and agent churn
  {
    name: 'what a budget buys, asked without the word budget',
    steps: [
      ['what can we get for $5k a month?', ['$5,000 a month covers about'], ['I am not sure']],
    ],
  },
  {
    name: 'dapat apa dengan sekian juta',
    locale: 'id-ID',
    steps: [
      ['dengan 50 juta sebulan dapat apa?', ['Rp 50.000.000 per bulan cukup untuk sekitar'], ['WFM']],
      ['25 agen telepon cloud', ['Estimasi: 25 agen']],
      ['dapet apa kalo 30 juta sebulan?', ['Rp 30.000.000 per bulan cukup untuk sekitar', '(telepon, cloud)']],
    ],
  },
  // "how much is one SMS and one MMS?": "MMS is not in your scenario, so that volume does not change the estimate yet";
  // "how much would the premium tier cost, and what would cloud cost?": switched to the cloud, its price never said
  {
    name: 'two unit prices, and a tier with another deployment asked together',
    steps: [
      ['20 agents voice and email on-prem', ['Estimate: 20 agents']],
      ['how much is one SMS and one MMS?', ['$0.01', '$0.03'], ['that volume', 'Shall I add MMS']],
      ['how much would the premium tier cost, and what would cloud cost?', ['platform tier Standard → Premium', 'The same scenario cloud'], ['deployment on-premises → cloud']],
    ],
  },
  // "why do you need my email?" under "shall I price yours first?": what is stored and when, the same as "what do you
  // store about me?" after it
  {
    name: 'why the email is needed, asked at the offer to price first',
    steps: [
      ["I'd like to talk to sales about a contact center for our ski resort.", ['shall I price yours first']],
      ['why do you need my email?', ['used for one thing only'], ['until then nothing is stored']],
      ['what do you store about me?', ['nothing is stored outside this conversation']],
    ],
  },
  // "OK in English then: 10 agents, voice and social media, cloud, …": "How many agents (seats) will the contact center
  // have?"
  {
    name: 'a scenario after the language asked, behind a colon',
    steps: [
      ['Hola, ¿cuánto cuesta un centro de contacto para 10 agentes?', ['only speak English and Indonesian']],
      ['OK in English then: 10 agents, voice and social media, cloud, for our tour boat company', ['Estimate: 10 agents, voice and social media, cloud'], ['How many agents']],
    ],
  },
  // "Is that cheaper than cloud for us? How sure are you?": the cloud's advantages, no figures; "whats the cheapest
  // option 4 us n how sure r u": ways to save; "which deployment is cheapest, and how sure are you?" with no scenario:
  // how each deployment scales
  {
    name: 'how sure the cheaper deployment is, asked briefly',
    steps: [
      ['Alright. 6 agents, voice only, on-premises.', ['Estimate: 6 agents']],
      ['Is that cheaper than cloud for us? How sure are you?', ['How sure', 'cloud costs less than on-premises'], ['The source lists five advantages']],
      ['whats the cheapest option 4 us n how sure r u', ['Cheapest over 3 years: cloud', 'It stays cheapest with the low and the high figures']],
    ],
  },
  {
    name: 'which deployment is cheapest before any scenario',
    steps: [
      ['which deployment is cheapest, and how sure are you?', ['Cloud is cheaper to start', 'tell me your agents and channels'], ['seats can usually be added or removed']],
    ],
  },
];

describe('forty-fourth round (2026-12-06, thirty-sixth session)', () => {
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

/**
 * Issue #7, fuzz part: thousands of hostile messages, card values and malformed activities
 * sent over real HTTP to the real app (restify → CloudAdapter → bot → dialogs → SQLite in a
 * temp DATA_DIR), in every dialog state, mixed with normal turns. The properties: no 5xx, the
 * process survives, every message with text or a value is answered, no reply shows internals
 * or reflects the user's markup, and afterwards the same conversation still prices a scenario.
 *
 * Bugs this suite found are tagged with their id (see BUGS below). B1–B6 were fixed in 038606e
 * (activity fields parsed at the boundary, invokes answer 400, Teams name escaped), so their
 * cases are plain tests now; a new, unfixed bug gets `it.fails` until its fix lands.
 * Reproduce a property failure with FUZZ_SEED=<seed printed in the failure> npx vitest run test/fuzz
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tempDataDir } from '../e2e/harness';
import { loadConfig } from '../../src/config';
import { createApp, type App } from '../../src/app';
import { ConversationRecorder, FuzzConversation, type PostResult } from './driver';
import { problemsIn, visible } from './checks';
import {
  EVIL_LINK,
  NASTY_TEXTS,
  NASTY_VALUES,
  ODD_ACTIVITIES,
  STATE_SETUPS,
  arbSession,
  type FuzzTurn,
} from './hostile-inputs';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_127);
/** Wall-clock budget of the property run; fast-check stops early (and passes) when it is spent. */
const PROPERTY_BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 20_000);
const PROPERTY_RUNS = Number(process.env.FUZZ_RUNS ?? 400);

/** Bugs found by this suite (ids as in the report); list an id in UNFIXED to run its cases as it.fails. */
const UNFIXED = new Set<string>();
const BUGS: Record<string, string> = {
  'locale number': 'B1',
  'locale object': 'B1',
  'locale array': 'B1',
  'from.name number': 'B6',
  'from.name object': 'B6',
  'recipient.name number': 'B6',
  'conversationType number': 'B6',
  'Teams greeting with a numeric display name': 'B6',
  'entities not an array': 'B2',
  'mention without mentioned': 'B2',
  'mention of null': 'B2',
  'entities with nulls': 'B2',
  'conversationUpdate with junk members': 'B3',
  'conversationUpdate membersAdded not array': 'B3',
  'type invoke': 'B4',
  'type invoke unknown': 'B4',
  'type invoke no name': 'B4',
};

const recorder = new ConversationRecorder();
let app: App;

beforeAll(async () => {
  await recorder.start();
  // FUZZ_LOG=error prints the stack of a turn that crashed
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: process.env.FUZZ_LOG ?? 'silent', DATA_DIR: tempDataDir() });
  // The per-conversation message limit (60/min) would answer the burst with 429s; the fuzz wants the bot to see every message.
  app = await createApp(config, { rateLimits: { perConversation: { limit: 1_000_000, windowMs: 60_000 } } });
});
afterAll(async () => {
  await app?.close();
  await recorder.stop();
});

const conversation = (channelId = 'emulator', locale = 'en-US') => new FuzzConversation(app.url, recorder, channelId, locale);

/** Everything wrong with one turn's outcome; empty when the turn behaved. */
function judge(result: PostResult, expectsReply: boolean, sent = ''): string[] {
  const problems: string[] = [];
  if (result.status >= 500) problems.push(`HTTP ${result.status}: ${result.body.slice(0, 200)}`);
  if (expectsReply && result.status < 300 && result.replies.length === 0) problems.push(`no reply (HTTP ${result.status})`);
  for (const reply of result.replies) problems.push(...problemsIn(reply, sent));
  return problems;
}

/** A message is owed a reply when it reaches the bot with text or a card value. */
function owesReply(text: string | undefined, value: unknown): boolean {
  const hasText = typeof text === 'string' && text.length > 0 && text.length <= 100_000;
  return hasText || (value !== undefined && value !== null) || text === '';
}

/**
 * "start over" then a one-line scenario must still price it (after the optional step if asked). The estimate may
 * come in either language: "40 agents, voice, cloud" is the contact center's own nouns, which an Indonesian
 * conversation uses as they are, so it no longer switches one to English.
 */
const PRICED = /Estimate: 40 agents, voice, cloud|Estimasi: 40 agen, telepon, cloud/;
async function stillPrices(c: FuzzConversation): Promise<string | undefined> {
  await c.say('start over');
  let r = await c.say('40 agents, voice, cloud');
  if (!PRICED.test(visible(r.replies))) r = await c.say('skip');
  const text = visible(r.replies);
  return PRICED.test(text) ? undefined : `no estimate after recovery; last reply: ${text.slice(0, 300)}`;
}

const short = (v: unknown) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return JSON.stringify((s ?? String(v)).slice(0, 80));
};

describe('hand-written hostile messages and card values, in every dialog state (HTTP)', () => {
  it.each(STATE_SETUPS)(
    '$name: no 5xx, every message answered, no internals or raw markup, still prices afterwards',
    async ({ turns }) => {
      const c = conversation();
      for (const t of turns) expect(judge(await c.say(t), true)).toEqual([]);
      const failures: string[] = [];
      // The sales summary lists the questions asked earlier, so an earlier "NaN agents" may be echoed later.
      let typedSoFar = '';
      for (const text of NASTY_TEXTS) {
        typedSoFar += `\n${text}`;
        const problems = judge(await c.say(text), owesReply(text, undefined), typedSoFar);
        if (problems.length) failures.push(`text ${short(text)}: ${problems.join('; ')}`);
      }
      for (const value of NASTY_VALUES) {
        const problems = judge(await c.submit(value), true, `${typedSoFar}\n${JSON.stringify(value)}`);
        if (problems.length) failures.push(`value ${short(value)}: ${problems.join('; ')}`);
      }
      const recovery = await stillPrices(c);
      if (recovery) failures.push(recovery);
      expect(failures).toEqual([]);
    },
    60_000,
  );

  it('an Indonesian conversation in the Teams channel takes the same burst', async () => {
    const c = conversation('msteams', 'id-ID');
    await c.say('kami punya 40 agen, telepon dan email, di cloud');
    const failures: string[] = [];
    for (const text of NASTY_TEXTS.filter((_, i) => i % 2 === 0)) {
      const problems = judge(await c.say(text), owesReply(text, undefined), text);
      if (problems.length) failures.push(`text ${short(text)}: ${problems.join('; ')}`);
    }
    for (const value of NASTY_VALUES) {
      const problems = judge(await c.submit(value), true, JSON.stringify(value));
      if (problems.length) failures.push(`value ${short(value)}: ${problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
    expect(await stillPrices(c)).toBeUndefined();
  }, 60_000);
});

describe('activities with missing or odd fields (HTTP)', () => {
  const cases = ODD_ACTIVITIES.map((c) => ({ ...c, bug: BUGS[c.name] }));
  for (const c of cases) {
    const title = `${c.name}: no 5xx${c.expectsReply ? ', answered' : ''}, no internals, conversation still works`;
    const test = async () => {
      const conv = conversation(c.channelId);
      const overrides = c.conversationExtra ? { ...c.overrides, conversation: { id: conv.id, ...c.conversationExtra } } : c.overrides;
      const result = await conv.post(conv.activity(overrides));
      expect(judge(result, c.expectsReply)).toEqual([]);
      expect(await stillPrices(conv)).toBeUndefined();
    };
    if (c.bug && UNFIXED.has(c.bug)) it.fails(`[${c.bug}] ${title}`, test);
    else if (c.bug) it(`[${c.bug}, fixed] ${title}`, test);
    else it(title, test);
  }

  it('text that is not a string, and a body that is not an activity, get a 4xx', async () => {
    const c = conversation();
    for (const text of [42, 1e308, true, ['hi'], { text: 'hi' }]) {
      const r = await c.post(c.activity({ text }));
      expect(r.status, `text ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
    }
    for (const body of ['', '{', 'null', '"message"', '[]', '{"type":1}', '{"type":""}', '\u0000', '{"type":"message","conversation":{"id":""}}']) {
      const r = await c.postRaw(body);
      expect(r.status, `body ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(r.body).not.toMatch(/\bat .+:\d+|TypeError|node_modules/);
    }
  });

  (UNFIXED.has('B5') ? it.fails : it)('[B5] a Teams display name with a Markdown link is not echoed raw in the welcome', async () => {
    const c = conversation('msteams');
    const from = { id: c.userId, name: EVIL_LINK.replace(/\s+/g, '') };
    const result = await c.post(c.activity({ type: 'conversationUpdate', from, membersAdded: [from] }));
    expect(result.replies.length).toBeGreaterThan(0);
    expect(judge(result, true)).toEqual([]);
  });
});

describe('property: random hostile sessions mixed with normal turns (HTTP)', () => {
  it(`never 5xx, always answers, never leaks, recovers (seed ${SEED}, ≤${PROPERTY_RUNS} runs, ≤${PROPERTY_BUDGET_MS} ms)`, async () => {
    let messages = 0;
    await fc.assert(
      fc.asyncProperty(arbSession, async (session) => {
        const c = conversation(session.channel, session.lang);
        // Teams takes the name from the channel account, so its handoff skips the name question.
        const setup = session.channel === 'msteams' ? session.setup.turns.filter((t) => t !== 'Sam Lee') : session.setup.turns;
        for (const t of setup) await c.say(t);
        let typedSoFar = '';
        for (const turn of session.turns as FuzzTurn[]) {
          const text = turn.kind === 'value' ? turn.text : turn.text;
          const value = turn.kind === 'value' ? turn.value : undefined;
          const result = await c.post(c.activity({ text, value }));
          messages++;
          typedSoFar += `\n${text ?? JSON.stringify(value) ?? ''}`;
          const problems = judge(result, owesReply(text, value), typedSoFar);
          if (problems.length) throw new Error(`after setup "${session.setup.name}" on ${session.channel}: ${short(text ?? value)} → ${problems.join('; ')}`);
        }
        const recovery = await stillPrices(c);
        if (recovery) throw new Error(`after setup "${session.setup.name}" on ${session.channel}: ${recovery}`);
      }),
      { seed: SEED, numRuns: PROPERTY_RUNS, interruptAfterTimeLimit: PROPERTY_BUDGET_MS, endOnFailure: true },
    );
    // Not a timing assert: the burst must actually have happened.
    expect(messages).toBeGreaterThan(100);
    console.log(`fuzz property: ${messages} hostile/normal turns, seed ${SEED}`);
  }, PROPERTY_BUDGET_MS + 30_000);

  it('the server is still healthy and answers a fresh conversation', async () => {
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    const c = conversation();
    expect(await stillPrices(c)).toBeUndefined();
  });
});

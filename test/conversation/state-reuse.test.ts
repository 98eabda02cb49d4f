/**
 * The bot skips re-validating a state it saved itself on the previous turn (issue #13); a record
 * changed behind its back is still parsed, and a damaged one still degrades to a fresh state.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness';

const KEY = 'test/conversations/Convo1/';
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('conversation state across turns with the server state class', () => {
  it('an estimate conversation answers the same with and without state reuse', async () => {
    const script = ['I need an estimate', '40 agents', 'voice and sms', 'cloud', 'use typical volumes', 'make it 60 agents', 'and for a whole year?'];
    const transcripts: string[][] = [];
    for (const advisorState of [false, true]) {
      h = await createHarness('test', 'en-US', 'Visitor', { advisorState });
      const replies: string[] = [];
      for (const line of script) replies.push((await h.say(line)).join('\n'));
      transcripts.push(replies);
      expect((await h.state()).draft.agents).toBe(60);
      await h.close();
      h = undefined;
    }
    expect(transcripts[1]).toEqual(transcripts[0]);
  });

  it('a record replaced by another process is read as stored, not as remembered', async () => {
    h = await createHarness('test', 'en-US', 'Visitor', { advisorState: true });
    await h.say('I need an estimate');
    await h.say('40 agents');
    const items = await h.storage.read([KEY]);
    const record = items[KEY] as { advisor: { draft: { agents?: number } } };
    record.advisor.draft.agents = 90;
    await h.storage.write({ [KEY]: { ...record, eTag: '*' } });
    await h.say('voice');
    expect((await h.state()).draft.agents).toBe(90);
  });

  it('a damaged record degrades to a fresh state instead of breaking the turn', async () => {
    h = await createHarness('test', 'en-US', 'Visitor', { advisorState: true });
    await h.say('I need an estimate');
    await h.say('40 agents');
    await h.storage.write({ [KEY]: { advisor: { lang: 'xx', draft: { agents: 'many' } }, eTag: '*' } });
    const replies = await h.say('hello');
    expect(replies.join('\n')).not.toMatch(/error|sorry, something went wrong/i);
    expect((await h.state()).draft.agents).toBeUndefined();
  });

  it('a state stored by an event the bot did not decide on is parsed on the next message (found by the fuzz test)', async () => {
    h = await createHarness('test', 'en-US', 'Visitor', { advisorState: true });
    // "continue in chat" with a bad link: the bot reads the state with its default, answers, and {} is stored
    await h.send({ type: 'event', name: 'loadSharedScenario', value: { token: 'not-a-token' } });
    const replies = await h.say('hello');
    expect(replies.join('\n')).not.toMatch(/something went wrong|kesalahan/i);
    expect((await h.state()).welcomed).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Storage, type StoreItems } from 'botbuilder';
import { AdvisorConversationState } from '../../src/storage/conversation-state';

/** MemoryStorage that records every write. */
class CountingStorage implements Storage {
  readonly inner = new MemoryStorage();
  readonly writes: StoreItems[] = [];
  read(keys: string[]) {
    return this.inner.read(keys);
  }
  async write(changes: StoreItems) {
    this.writes.push(JSON.parse(JSON.stringify(changes)));
    await this.inner.write(changes);
  }
  delete(keys: string[]) {
    return this.inner.delete(keys);
  }
}

const adapter = new TestAdapter();
const turn = () =>
  new TurnContext(adapter, { type: 'message', channelId: 'test', conversation: { id: 'c1' } as never, from: { id: 'u' } as never, recipient: { id: 'b' } as never });

type Step = (state: ConversationState, ctx: TurnContext) => Promise<void>;

/** Runs the same turns against botbuilder's ConversationState and ours; returns both write logs. */
async function both(turns: Step[][]) {
  const logs: StoreItems[][] = [];
  for (const make of [(s: Storage) => new ConversationState(s), (s: Storage) => new AdvisorConversationState(s)]) {
    const storage = new CountingStorage();
    const state = make(storage);
    for (const steps of turns) {
      const ctx = turn();
      for (const step of steps) await step(state, ctx);
    }
    logs.push(storage.writes.map((w) => Object.fromEntries(Object.entries(w).map(([k, v]) => [k, { ...v, eTag: typeof v.eTag }]))));
  }
  return { botbuilder: logs[0]!, ours: logs[1]! };
}

const set = (value: unknown): Step => async (state, ctx) => state.createProperty('advisor').set(ctx, value);
const read: Step = async (state, ctx) => {
  await state.createProperty('advisor').get(ctx, {});
};
const save = (force = false): Step => (state, ctx) => state.saveChanges(ctx, force);

describe('AdvisorConversationState', () => {
  it('writes exactly when botbuilder ConversationState writes, the same documents', async () => {
    const { botbuilder, ours } = await both([
      [read, save()], // reading with a default stores the default: write
      [set({ lang: 'en', draft: { agents: 5 } }), save()], // changed: write
      [read, save()], // unchanged on a later turn: no write
      [set({ lang: 'en', draft: { agents: 5 } }), save()], // set to an equal value: no write
      [set({ lang: 'en', draft: { agents: 6 } }), save(), save()], // changed, then saved again unchanged: one write
      [read, save(true)], // forced: write
      [async (s, c) => s.clear(c), save()], // cleared: write
      [set({ lang: 'id', questions: ['a', 'b'] }), save(), set({ lang: 'id', questions: ['a', 'b', 'c'] }), save()], // two changes in one turn: two writes
      [async (s, c) => { await s.delete(c); }, read, save()], // deleted, then read with a default: write
    ]);
    expect(ours).toEqual(botbuilder);
    expect(ours.length).toBe(8);
  });

  it('a forced save with nothing loaded writes an empty state, as botbuilder does', async () => {
    const { botbuilder, ours } = await both([[save(true)], [save()]]);
    expect(ours).toEqual(botbuilder);
    expect(ours.length).toBe(1);
  });

  it('get() and the accessor see the loaded state', async () => {
    const storage = new CountingStorage();
    const state = new AdvisorConversationState(storage);
    const ctx = turn();
    await state.createProperty('advisor').set(ctx, { lang: 'id' });
    await state.saveChanges(ctx);
    const next = turn();
    expect(await state.createProperty('advisor').get(next)).toEqual({ lang: 'id' });
    expect(state.get(next)).toMatchObject({ advisor: { lang: 'id' } });
  });

  describe('loadedAsSaved', () => {
    const KEY = 'test/conversations/c1/';
    type Case = { name: string; between: (storage: CountingStorage, state: AdvisorConversationState) => Promise<void>; expected: boolean; vouched?: false };
    const cases: Case[] = [
      { name: 'the next turn reads back what this process saved', between: async () => {}, expected: true },
      // an event that only read the state with a default stored {} without the bot deciding anything (the fuzz found it)
      { name: 'what was saved was not vouched for by the bot', between: async () => {}, expected: false, vouched: false },
      {
        name: 'another process wrote the conversation since',
        between: async (storage) => {
          await storage.write({ [KEY]: { advisor: { lang: 'id', draft: { agents: 7 } }, eTag: '*' } });
        },
        expected: false,
      },
      {
        name: 'the record was edited to something invalid',
        between: async (storage) => {
          await storage.write({ [KEY]: { advisor: { lang: 'xx' }, eTag: '*' } });
        },
        expected: false,
      },
      {
        name: 'the conversation was deleted',
        between: async (_storage, state) => {
          await state.delete(turn());
        },
        expected: false,
      },
    ];
    it.each(cases)('$name → $expected', async ({ between, expected, vouched }) => {
      const storage = new CountingStorage();
      const state = new AdvisorConversationState(storage);
      const first = turn();
      await state.createProperty('advisor').get(first, {});
      expect(state.loadedAsSaved(first)).toBe(false); // nothing saved by this process yet
      await state.createProperty('advisor').set(first, { lang: 'en', draft: { agents: 5 } });
      if (vouched !== false) state.vouch(first);
      await state.saveChanges(first);
      await between(storage, state);
      const next = turn();
      await state.createProperty('advisor').get(next, {});
      expect(state.loadedAsSaved(next)).toBe(expected);
    });

    it('is false after clear(), which forces the next save', async () => {
      const state = new AdvisorConversationState(new CountingStorage());
      const first = turn();
      await state.createProperty('advisor').set(first, { lang: 'en' });
      state.vouch(first);
      await state.saveChanges(first);
      const next = turn();
      await state.createProperty('advisor').get(next, {});
      expect(state.loadedAsSaved(next)).toBe(true);
      await state.clear(next);
      expect(state.loadedAsSaved(next)).toBe(false);
    });
  });
});

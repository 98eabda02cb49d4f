/**
 * Issue #12 item 5, the log behind the chat bridge, on both implementations (in memory, and
 * PostgreSQL for several instances): bounded per conversation and in total, idle conversations
 * expire, a page starts at the client's watermark and is capped, the welcome is started once.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryBridgeLog, type BridgeLog, type BridgeLogLimits } from '../../src/webchat/bridge-log';
import { PostgresBridgeLog, sharedSecret } from '../../src/storage/postgres-bridge-log';
import { createPool, migratePostgres } from '../../src/storage/postgres';
import { PG_AVAILABLE, createScratchDatabase, type ScratchDatabase } from '../storage/pg-scratch';

type Factory = { name: string; available: boolean; make(limits: Partial<BridgeLogLimits>): Promise<BridgeLog> };

let db: ScratchDatabase | undefined;
let pool: pg.Pool | undefined;
const opened: BridgeLog[] = [];

const factories: Factory[] = [
  { name: 'memory', available: true, make: async (limits) => new MemoryBridgeLog(limits) },
  {
    name: 'postgres',
    available: PG_AVAILABLE,
    async make(limits) {
      if (!pool) {
        db = await createScratchDatabase();
        pool = createPool(db.url);
        await migratePostgres(pool);
      }
      return new PostgresBridgeLog(pool, limits);
    },
  },
];

afterAll(async () => {
  for (const log of opened) await log.close();
  await pool?.end();
  await db?.drop();
});

const json = (o: object) => JSON.stringify(o);
let n = 0;
const newId = () => `conv${Date.now().toString(36)}${(n++).toString(36)}xx`;

describe.each(factories)('bridge log ($name)', (f) => {
  const make = async (limits: Partial<BridgeLogLimits> = {}) => {
    const log = await f.make(limits);
    opened.push(log);
    return log;
  };
  const it_ = it.skipIf(!f.available);

  it_('pages from the watermark: only what is new, at most one page, ids in order', async () => {
    const log = await make();
    const id = newId();
    await log.create({ id, userId: 'u' });
    for (let i = 0; i < 7; i++) expect(await log.append(id, json({ type: 'message', text: `m${i}` }))).toBe(i);
    const first = await log.page(id, 0, { maxActivities: 3, maxBytes: 1e6 });
    expect(first!.activities.map((a) => JSON.parse(a.toString()).text)).toEqual(['m0', 'm1', 'm2']);
    expect(first!.watermark).toBe(3);
    expect(JSON.parse(first!.activities[0]!.toString()).id).toBe(`${id}|0000000`);
    const second = await log.page(id, first!.watermark, { maxActivities: 100, maxBytes: 1e6 });
    expect(second!.activities.map((a) => JSON.parse(a.toString()).text)).toEqual(['m3', 'm4', 'm5', 'm6']);
    const nothing = await log.page(id, 7, { maxActivities: 100, maxBytes: 1e6 });
    expect(nothing).toEqual({ activities: [], watermark: 7 });
    // A watermark from nowhere is answered with the end, not trusted.
    expect((await log.page(id, 999, { maxActivities: 100, maxBytes: 1e6 }))!.watermark).toBe(7);
    // The byte cap cuts a page, but never below one activity.
    const small = await log.page(id, 0, { maxActivities: 100, maxBytes: 10 });
    expect(small!.activities).toHaveLength(1);
    expect(small!.watermark).toBe(1);
  });

  it_('caps each conversation by count and by bytes, dropping the oldest', async () => {
    const log = await make({ maxActivitiesPerConversation: 4, maxBytesPerConversation: 1_000 });
    const id = newId();
    await log.create({ id, userId: 'u' });
    for (let i = 0; i < 6; i++) await log.append(id, json({ text: `m${i}` }));
    const page = await log.page(id, 0, { maxActivities: 100, maxBytes: 1e6 });
    expect(page!.activities.map((a) => JSON.parse(a.toString()).text)).toEqual(['m2', 'm3', 'm4', 'm5']);
    expect(page!.watermark).toBe(6);
    const big = newId();
    await log.create({ id: big, userId: 'u' });
    for (let i = 0; i < 5; i++) await log.append(big, json({ text: 'x'.repeat(400), i }));
    const kept = (await log.page(big, 0, { maxActivities: 100, maxBytes: 1e6 }))!.activities.map((a) => JSON.parse(a.toString()).i);
    expect(kept).toEqual([3, 4]);
  });

  it_('expires idle conversations', async () => {
    const log = await make({ idleTimeoutMs: 1_000 });
    const idle = newId();
    const busy = newId();
    const t0 = Date.now();
    await log.create({ id: idle, userId: 'u' }, t0 - 5_000);
    await log.create({ id: busy, userId: 'u' }, t0);
    await log.sweep(t0);
    expect(await log.get(idle)).toBeUndefined();
    expect(await log.get(busy)).toBeDefined();
  });

  it_('starts the welcome exactly once, even when asked at the same time', async () => {
    const log = await make();
    const id = newId();
    await log.create({ id, userId: 'u' });
    const wins = await Promise.all(Array.from({ length: 8 }, () => log.markStarted(id)));
    expect(wins.filter(Boolean)).toHaveLength(1);
    expect((await log.get(id))!.started).toBe(true);
  });

  it_('erasure deletes the conversation and everything in it', async () => {
    const log = await make();
    const id = newId();
    await log.create({ id, userId: 'u' });
    await log.append(id, json({ text: 'my email is someone@example.com' }));
    await log.delete(id);
    expect(await log.get(id)).toBeUndefined();
    expect(await log.page(id, 0, { maxActivities: 10, maxBytes: 1e6 })).toBeUndefined();
    expect(await log.append(id, json({ text: 'late reply' }))).toBeUndefined();
  });

  it_('keeps at most maxConversations', async () => {
    const log = await make({ maxConversations: 3 });
    const ids = [newId(), newId(), newId(), newId(), newId()];
    const t0 = Date.now();
    for (const [i, id] of ids.entries()) await log.create({ id, userId: 'u' }, t0 + i);
    await log.sweep(t0 + 10);
    const alive = [];
    for (const id of ids) if (await log.get(id)) alive.push(id);
    // PostgreSQL is shared by the other tests of this file: count only this test's conversations.
    expect(alive).toEqual(ids.slice(2));
  });
});

describe('in-memory bridge log in total', () => {
  it('never holds more than maxTotalBytes: the idlest conversations go first', async () => {
    const log = new MemoryBridgeLog({ maxTotalBytes: 10_000, maxBytesPerConversation: 4_000 });
    try {
      const ids = Array.from({ length: 10 }, () => newId());
      for (const id of ids) {
        await log.create({ id, userId: 'u' });
        for (let i = 0; i < 5; i++) await log.append(id, json({ text: 'y'.repeat(900) }));
        expect((await log.stats()).bytes).toBeLessThanOrEqual(10_000);
      }
      expect(await log.get(ids[0]!)).toBeUndefined();
      expect(await log.get(ids[9]!)).toBeDefined();
    } finally {
      await log.close();
    }
  });
});

describe.skipIf(!PG_AVAILABLE)('shared signing key', () => {
  it('every instance on one database gets the same key; the first creates it', async () => {
    const scratch = await createScratchDatabase();
    const a = createPool(scratch.url);
    const b = createPool(scratch.url);
    try {
      await migratePostgres(a);
      const [ka, kb] = await Promise.all([sharedSecret(a, 'bridge-signing-key'), sharedSecret(b, 'bridge-signing-key')]);
      expect(ka).toBe(kb);
      expect(ka.length).toBeGreaterThanOrEqual(40);
    } finally {
      await a.end();
      await b.end();
      await scratch.drop();
    }
  });
});

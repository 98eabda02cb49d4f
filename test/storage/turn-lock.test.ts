/**
 * The pieces behind "one turn at a time per conversation" (issue #12 item 4): the in-process
 * queue, and the PostgreSQL advisory lock that spans instances and dies with its connection.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyedQueue, PostgresTurnLock, TurnLockTimeoutError, TurnSerializer } from '../../src/storage/turn-lock';
import { PG_AVAILABLE, createScratchDatabase, type ScratchDatabase } from './pg-scratch';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedQueue', () => {
  it('runs one key in arrival order, one at a time, and other keys alongside', async () => {
    const q = new KeyedQueue();
    const events: string[] = [];
    const job = (name: string, ms: number) => async () => {
      events.push(`start ${name}`);
      await sleep(ms);
      events.push(`end ${name}`);
    };
    await Promise.all([q.run('a', 1_000, job('a1', 30)), q.run('a', 1_000, job('a2', 1)), q.run('b', 1_000, job('b1', 5))]);
    expect(events.indexOf('end a1')).toBeLessThan(events.indexOf('start a2'));
    // b did not wait for a.
    expect(events.indexOf('end b1')).toBeLessThan(events.indexOf('end a1'));
    await sleep(0);
    expect(q.size).toBe(0);
  });

  it('a waiter that times out gives up its place without letting the next one overtake the running turn', async () => {
    const q = new KeyedQueue();
    const events: string[] = [];
    let release!: () => void;
    const first = q.run('k', 1_000, () => new Promise<void>((r) => (release = r)).then(() => void events.push('first done')));
    const second = q.run('k', 20, async () => void events.push('second ran'));
    const third = q.run('k', 1_000, async () => void events.push('third ran'));
    await expect(second).rejects.toBeInstanceOf(TurnLockTimeoutError);
    await sleep(30);
    expect(events).toEqual([]);
    release();
    await Promise.all([first, third]);
    expect(events).toEqual(['first done', 'third ran']);
  });

  it('an error in one turn does not block the next', async () => {
    const q = new KeyedQueue();
    await expect(q.run('k', 1_000, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await q.run('k', 1_000, async () => 'ok')).toBe('ok');
  });
});

describe.skipIf(!PG_AVAILABLE)('PostgresTurnLock', () => {
  let db: ScratchDatabase;
  beforeAll(async () => {
    db = await createScratchDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('two instances: the second waits until the first releases, other keys do not wait', async () => {
    const a = new PostgresTurnLock(db.url);
    const b = new PostgresTurnLock(db.url);
    try {
      const releaseA = await a.acquire('webchat/conversations/x', 5_000);
      let bHasIt = false;
      const bWaits = b.acquire('webchat/conversations/x', 5_000).then((release) => {
        bHasIt = true;
        return release;
      });
      const other = await b.acquire('webchat/conversations/y', 1_000);
      await other();
      await sleep(100);
      expect(bHasIt).toBe(false);
      await releaseA();
      const releaseB = await bWaits;
      expect(bHasIt).toBe(true);
      await releaseB();
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('gives up with TurnLockTimeoutError after the wait limit', async () => {
    const a = new PostgresTurnLock(db.url);
    const b = new PostgresTurnLock(db.url);
    try {
      const release = await a.acquire('k', 1_000);
      const started = Date.now();
      await expect(b.acquire('k', 200)).rejects.toBeInstanceOf(TurnLockTimeoutError);
      expect(Date.now() - started).toBeLessThan(2_000);
      await release();
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('a lock whose connection dies (a crashed instance) is free at once, and the instance reconnects', async () => {
    const a = new PostgresTurnLock(db.url);
    const b = new PostgresTurnLock(db.url);
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    try {
      await a.acquire('k', 1_000);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'cost-advisor turn lock' AND pid <> pg_backend_pid()`);
      const release = await b.acquire('k', 3_000);
      await release();
      // a reconnects on its next use.
      const again = await a.acquire('k2', 3_000);
      await again();
    } finally {
      await admin.end();
      await a.close();
      await b.close();
    }
  });

  it('TurnSerializer with the lock: 50 turns of one key from two serializers never overlap', async () => {
    const lockA = new PostgresTurnLock(db.url);
    const lockB = new PostgresTurnLock(db.url);
    const sa = new TurnSerializer(lockA);
    const sb = new TurnSerializer(lockB);
    let inside = 0;
    let overlaps = 0;
    const turn = async () => {
      inside++;
      if (inside > 1) overlaps++;
      await sleep(1);
      inside--;
    };
    try {
      await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? sa : sb).run('same', turn)));
      expect(overlaps).toBe(0);
    } finally {
      await lockA.close();
      await lockB.close();
    }
  });
});

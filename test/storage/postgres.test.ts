import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { createPool, migratePostgres } from '../../src/storage/postgres';
import { PostgresStorage } from '../../src/storage/postgres-storage';
import { storageConformance } from './conformance';
import { PG_AVAILABLE, createScratchDatabase, type ScratchDatabase } from './pg-scratch';

describe.runIf(PG_AVAILABLE)('PostgreSQL storage', () => {
  let scratch: ScratchDatabase;
  let pool: pg.Pool;
  let second: pg.Pool;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    pool = createPool(scratch.url);
    second = createPool(scratch.url);
    await migratePostgres(pool);
  });
  afterAll(async () => {
    await pool?.end();
    await second?.end();
    await scratch?.drop();
  });

  storageConformance('PostgresStorage', () => new PostgresStorage(pool));

  it('applies migrations once, also when two instances start together', async () => {
    const [a, b] = await Promise.all([migratePostgres(pool), migratePostgres(second)]);
    expect([...a, ...b]).toEqual([]);
    const { rows } = await pool.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }, { version: 4 }, { version: 5 }]);
  });

  it('two pools (two processes) racing on one eTag: exactly one wins', async () => {
    const a = new PostgresStorage(pool);
    const b = new PostgresStorage(second);
    await a.write({ shared: { v: 0 } });
    const base = (await a.read(['shared'])).shared;
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).write({ shared: { ...base, v: i + 1 } })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('stores a NUL character as U+FFFD instead of failing (JSONB cannot hold NUL)', async () => {
    const s = new PostgresStorage(pool);
    await s.write({ nul: { text: 'a\u0000b', literal: 'back\\u0000slash' } });
    const got = (await s.read(['nul'])).nul;
    expect(got.text).toBe('a\ufffdb');
    expect(got.literal).toBe('back\\u0000slash');
  });

  it('a multi-key write with one conflict changes nothing', async () => {
    const s = new PostgresStorage(pool);
    await s.write({ m1: { v: 1 }, m2: { v: 1 } });
    const m1 = (await s.read(['m1'])).m1;
    await s.write({ m1: { ...m1, v: 2 } });
    await expect(s.write({ m2: { v: 9 }, m1: { ...m1, v: 3 } })).rejects.toThrow(/eTag conflict/);
    const got = await s.read(['m1', 'm2']);
    expect([got.m1.v, got.m2.v]).toEqual([2, 1]);
  });
});

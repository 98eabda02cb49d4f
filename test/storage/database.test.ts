import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, SQLITE_FILE_NAME } from '../../src/storage/database';
import { PG_AVAILABLE, createScratchDatabase } from './pg-scratch';
import { sampleDraft } from '../handoff/fixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-db-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('uses SQLite under DATA_DIR (created if missing) when DATABASE_URL is not set', async () => {
    const dataDir = path.join(dir, 'nested', 'data');
    const db = await openDatabase({ DATA_DIR: dataDir, DATABASE_URL: undefined });
    expect(db.kind).toBe('sqlite');
    expect(fs.existsSync(path.join(dataDir, SQLITE_FILE_NAME))).toBe(true);
    expect(await db.ping()).toBe(true);
    await db.storage.write({ k: { v: 1 } });
    const lead = await db.leads.create(sampleDraft());
    await db.close();
    expect(await db.ping()).toBe(false);
    await db.close(); // twice is harmless

    const again = await openDatabase({ DATA_DIR: dataDir, DATABASE_URL: undefined });
    expect((await again.storage.read(['k'])).k?.v).toBe(1);
    expect((await again.leads.get(lead.id))?.reference).toBe(lead.reference);
    await again.close();
  });

  it('fails with the driver error when PostgreSQL cannot be reached', async () => {
    await expect(
      openDatabase({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none', DATA_DIR: dir }),
    ).rejects.toThrow(/ECONNREFUSED|connect/);
  });

  it.runIf(PG_AVAILABLE)('uses PostgreSQL when DATABASE_URL is set', async () => {
    const scratch = await createScratchDatabase();
    try {
      const db = await openDatabase({ DATABASE_URL: scratch.url, DATA_DIR: dir });
      expect(db.kind).toBe('postgres');
      expect(await db.ping()).toBe(true);
      await db.storage.write({ k: { v: 2 } });
      expect((await db.storage.read(['k'])).k?.v).toBe(2);
      await db.close();
      expect(await db.ping()).toBe(false);
      await db.close();
      const again = await openDatabase({ DATABASE_URL: scratch.url, DATA_DIR: dir });
      expect((await again.storage.read(['k'])).k?.v).toBe(2);
      await again.close();
    } finally {
      await scratch.drop();
    }
  });
});

describe('purgeIdleState', () => {
  /** 2,300 conversations idle since before the cutoff (100 of them written again after it), 200 new ones. */
  async function purgeScenario(db: Awaited<ReturnType<typeof openDatabase>>) {
    const key = (i: number) => `emulator/conversations/c${i}/`;
    for (let i = 0; i < 2_300; i += 100) {
      await db.storage.write(Object.fromEntries(Array.from({ length: 100 }, (_, j) => [key(i + j), { advisor: { n: i + j }, eTag: '*' }])));
    }
    await new Promise((r) => setTimeout(r, 5));
    const cutoff = Date.now();
    await new Promise((r) => setTimeout(r, 5));
    await db.storage.write(Object.fromEntries(Array.from({ length: 100 }, (_, j) => [key(j * 23), { advisor: { again: true }, eTag: '*' }])));
    await db.storage.write(Object.fromEntries(Array.from({ length: 200 }, (_, j) => [key(10_000 + j), { advisor: { n: 10_000 + j }, eTag: '*' }])));
    expect(await db.purgeIdleState(cutoff)).toBe(2_200);
    const kept = await db.storage.read([key(0), key(23), key(1), key(2_299), key(10_000), key(10_199)]);
    expect(Object.keys(kept).sort()).toEqual([key(0), key(10_000), key(10_199), key(23)].sort());
    expect(await db.purgeIdleState(cutoff)).toBe(0);
  }

  it('SQLite: deletes exactly the conversations idle since the cutoff, across several steps', async () => {
    const db = await openDatabase({ DATA_DIR: fs.mkdtempSync(path.join(dir, 'purge-')), DATABASE_URL: undefined });
    try {
      await purgeScenario(db);
    } finally {
      await db.close();
    }
  });

  it.runIf(PG_AVAILABLE)('PostgreSQL: deletes exactly the conversations idle since the cutoff, in batches', async () => {
    const scratch = await createScratchDatabase();
    try {
      const db = await openDatabase({ DATABASE_URL: scratch.url, DATA_DIR: dir });
      try {
        await purgeScenario(db);
      } finally {
        await db.close();
      }
    } finally {
      await scratch.drop();
    }
  });
});

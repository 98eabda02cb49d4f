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

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/storage/sqlite';
import { SqliteStorage } from '../../src/storage/sqlite-storage';
import { SqliteLeadStore } from '../../src/storage/sqlite-lead-store';
import { sampleDraft } from '../handoff/fixtures';

const run = promisify(execFile);
const CHILD = path.join(import.meta.dirname, 'race-child.ts');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-mp-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Starts `n` real processes on the same SQLite file, all acting at the same moment. */
async function race<T>(n: number, args: (string | number)[]): Promise<T[]> {
  const startAt = Date.now() + 2_500; // enough for every process to load tsx and open the file
  const outputs = await Promise.all(
    Array.from({ length: n }, () =>
      run(process.execPath, ['--import', 'tsx', CHILD, String(args[0]), String(args[1]), String(startAt), ...args.slice(2).map(String)], {
        timeout: 20_000,
      }),
    ),
  );
  return outputs.map((o) => JSON.parse(o.stdout.trim().split('\n').pop()!) as T);
}

describe('SQLite shared by several processes', () => {
  it('several processes writing with the same eTag: exactly one wins', async () => {
    const file = path.join(dir, 'state.db');
    const db = openSqlite(file);
    const storage = new SqliteStorage(db);
    await storage.write({ shared: { winner: 0 } });
    const base = (await storage.read(['shared'])).shared;
    const results = await race<{ won: boolean; error?: string }>(4, ['write', file, base.eTag]);
    expect(results.filter((r) => r.won)).toHaveLength(1);
    for (const r of results.filter((x) => !x.won)) expect(r.error).toMatch(/eTag conflict/);
    const final = (await storage.read(['shared'])).shared;
    expect(final.winner).not.toBe(0);
    db.close();
  });

  it('several processes claiming the outbox never get the same row', async () => {
    const file = path.join(dir, 'leads.db');
    const db = openSqlite(file);
    const store = new SqliteLeadStore(db);
    for (let i = 0; i < 20; i++) await store.create(sampleDraft({ company: `MP ${i}` }));
    const results = await race<{ ids: string[] }>(4, ['claim', file]);
    const ids = results.flatMap((r) => r.ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(20);
    db.close();
  });
});

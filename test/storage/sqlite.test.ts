import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite, migrateSqlite } from '../../src/storage/sqlite';
import { SqliteStorage } from '../../src/storage/sqlite-storage';
import { storageConformance } from './conformance';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-sqlite-'));
const db = openSqlite(path.join(dir, 'advisor.db'));
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

storageConformance('SqliteStorage', () => new SqliteStorage(db));

describe('SQLite database settings', () => {
  it('uses WAL with full sync and a busy timeout', () => {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('applies migrations once; running them again changes nothing', () => {
    expect(migrateSqlite(db)).toEqual([]);
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
    expect(versions).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }, { version: 4 }, { version: 5 }]);
    // a save is one row write: no index on the column every save changes (migration 5)
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'bot_state' AND sql IS NOT NULL").all()).toEqual([]);
  });

  it('keeps state across a close and reopen of the file', async () => {
    const file = path.join(dir, 'reopen.db');
    const first = openSqlite(file);
    await new SqliteStorage(first).write({ k: { v: 42 } });
    first.close();
    const second = openSqlite(file);
    expect((await new SqliteStorage(second).read(['k'])).k.v).toBe(42);
    second.close();
  });

  it('two connections to one file: a stale eTag from one is rejected by the other', async () => {
    const file = path.join(dir, 'two.db');
    const a = new SqliteStorage(openSqlite(file));
    const b = new SqliteStorage(openSqlite(file));
    await a.write({ k: { v: 1 } });
    const seenByA = (await a.read(['k'])).k;
    const seenByB = (await b.read(['k'])).k;
    await b.write({ k: { ...seenByB, v: 2 } });
    await expect(a.write({ k: { ...seenByA, v: 3 } })).rejects.toThrow(/eTag conflict/);
  });
});

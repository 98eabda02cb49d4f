import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { openSqlite, type SqliteDatabase } from '../../src/storage/sqlite';
import { SqliteLeadStore } from '../../src/storage/sqlite-lead-store';
import { leadStoreConformance } from './lead-conformance';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-leads-'));
const open: SqliteDatabase[] = [];
afterAll(() => {
  for (const db of open) if (db.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
let n = 0;

leadStoreConformance('SqliteLeadStore', async () => {
  const file = path.join(dir, `leads-${++n}.db`);
  let db = openSqlite(file);
  open.push(db);
  return {
    store: new SqliteLeadStore(db),
    other: async () => {
      const second = openSqlite(file);
      open.push(second);
      return new SqliteLeadStore(second);
    },
    reopen: async () => {
      db.close();
      db = openSqlite(file);
      open.push(db);
      return new SqliteLeadStore(db);
    },
    dump: async () =>
      ['leads', 'outbox', 'bot_state'].map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t}`).all())).join('\n'),
  };
});

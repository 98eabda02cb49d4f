import path from 'node:path';
import type { Storage } from 'botbuilder';
import type { Config } from '../config';
import type { LeadStore } from '../handoff/lead-store';
import { openSqlite } from './sqlite';
import { createPool, migratePostgres } from './postgres';
import { SqliteStorage } from './sqlite-storage';
import { PostgresStorage } from './postgres-storage';
import { SqliteLeadStore } from './sqlite-lead-store';
import { PostgresLeadStore } from './postgres-lead-store';

export type AppDatabase = {
  kind: 'sqlite' | 'postgres';
  storage: Storage;
  leads: LeadStore;
  /** true when a trivial query answers (for /readyz); never throws. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
};

export const SQLITE_FILE_NAME = 'advisor.db';

/**
 * DATABASE_URL set → PostgreSQL (shared by several bot instances); otherwise SQLite at
 * `${DATA_DIR}/advisor.db`. Migrations are applied before this resolves.
 */
export async function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>): Promise<AppDatabase> {
  if (config.DATABASE_URL) {
    const pool = createPool(config.DATABASE_URL);
    try {
      await migratePostgres(pool);
    } catch (err) {
      await pool.end().catch(() => {});
      throw err;
    }
    let closed = false;
    return {
      kind: 'postgres',
      storage: new PostgresStorage(pool),
      leads: new PostgresLeadStore(pool),
      async ping() {
        if (closed) return false;
        try {
          await pool.query('SELECT 1');
          return true;
        } catch {
          return false;
        }
      },
      async close() {
        if (closed) return;
        closed = true;
        await pool.end();
      },
    };
  }
  const file = path.join(config.DATA_DIR, SQLITE_FILE_NAME);
  const db = openSqlite(file);
  // Conversation state is written every turn; in WAL mode NORMAL already survives a process crash
  // (kill -9) and only risks the last turns on a power cut, so state gets its own connection at
  // NORMAL while leads keep FULL. bench:turns measured the difference on this machine (README).
  const stateDb = openSqlite(file, { synchronous: 'NORMAL' });
  return {
    kind: 'sqlite',
    storage: new SqliteStorage(stateDb),
    leads: new SqliteLeadStore(db),
    async ping() {
      try {
        return db.open && db.prepare('SELECT 1 AS ok').get() !== undefined;
      } catch {
        return false;
      }
    },
    async close() {
      if (stateDb.open) stateDb.close();
      if (db.open) db.close();
    },
  };
}

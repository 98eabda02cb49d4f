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

/** Rows of bot_state one purge step reads on SQLite (about a millisecond's work). */
const PURGE_STEP = 2_000;
import { PostgresTurnLock, type CrossProcessLock } from './turn-lock';
import { PostgresBridgeLog, sharedSecret } from './postgres-bridge-log';
import type { BridgeLog } from '../webchat/bridge-log';

export type AppDatabase = {
  kind: 'sqlite' | 'postgres';
  storage: Storage;
  leads: LeadStore;
  /** Serializes turns of one conversation across processes (PostgreSQL); undefined on SQLite (one process per file). */
  turnLock?: CrossProcessLock;
  /** The chat bridge's log shared by every instance (PostgreSQL); undefined = the bridge keeps it in memory. */
  bridgeLog?: BridgeLog;
  /** A token signing key every instance shares (PostgreSQL); undefined = a key file under DATA_DIR. */
  bridgeSigningKey?(): Promise<string>;
  /** Deletes Bot Framework state (conversation and user) last written before `before` (ms); resolves with the rows deleted. */
  purgeIdleState(before: number): Promise<number>;
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
    const turnLock = new PostgresTurnLock(config.DATABASE_URL);
    const bridgeLog = new PostgresBridgeLog(pool);
    return {
      kind: 'postgres',
      storage: new PostgresStorage(pool),
      leads: new PostgresLeadStore(pool),
      turnLock,
      bridgeLog,
      bridgeSigningKey: () => sharedSecret(pool, 'bridge-signing-key'),
      async purgeIdleState(before) {
        let total = 0;
        // In batches, so a large purge never holds many row locks at once. Each batch scans the table
        // (updated_at has no index: it would cost every save); the scan runs in the server, not here.
        for (;;) {
          const result = await pool.query(
            'DELETE FROM bot_state WHERE key_hash IN (SELECT key_hash FROM bot_state WHERE updated_at < $1 LIMIT 500)',
            [before],
          );
          total += result.rowCount ?? 0;
          if ((result.rowCount ?? 0) < 500) return total;
        }
      },
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
        await bridgeLog.close();
        await turnLock.close();
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
    async purgeIdleState(before) {
      // A walk over rowid ranges: each step reads at most PURGE_STEP rows of the table's own
      // B-tree (there is no index on updated_at: it would cost every save), and better-sqlite3
      // is synchronous, so the turns waiting meanwhile run between steps.
      const top = (stateDb.prepare('SELECT max(rowid) AS top FROM bot_state').get() as { top: number | null }).top ?? 0;
      const step = stateDb.prepare('DELETE FROM bot_state WHERE rowid > ? AND rowid <= ? AND updated_at < ?');
      let total = 0;
      for (let from = 0; from < top; from += PURGE_STEP) {
        total += step.run(from, from + PURGE_STEP, before).changes;
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (total > 0) {
        try {
          // secure_delete zeroed the rows; the checkpoint replaces the old pages still in the WAL.
          stateDb.pragma('wal_checkpoint(TRUNCATE)');
        } catch {
          // busy: the next automatic checkpoint does it
        }
      }
      return total;
    },
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

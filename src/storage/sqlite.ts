import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';

export type SqliteDatabase = Database.Database;

/**
 * Opens (creating if needed) the SQLite file with the settings the bot relies on:
 * - WAL so readers (the admin API) never block the bot's writes;
 * - synchronous=FULL: a confirmed lead must survive a power cut, not only a process crash.
 *   NORMAL in WAL mode can lose the last commits on power loss; FULL syncs the WAL on every
 *   commit, which costs little at the bot's write rate (one state write per turn);
 * - busy_timeout so a second process waits for the write lock instead of failing at once;
 * - foreign_keys so outbox rows go with their lead;
 * - secure_delete so an erased lead or a purged conversation is overwritten with zeros, not left
 *   readable in the file's free pages.
 * The directory is created 0700 and the file 0600 (SQLite gives its -wal and -shm files the
 * same mode as the database file): conversation state and leads are personal data.
 */
export function openSqlite(file: string, options: { synchronous?: 'FULL' | 'NORMAL' } = {}): SqliteDatabase {
  if (file !== ':memory:') prepareDataFile(file);
  const db = new Database(file);
  db.pragma('secure_delete = ON');
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrateSqlite(db);
  return db;
}

/** Creates the directory (0700) and the file (0600) before SQLite does, and tightens a file we own. */
export function prepareDataFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_RDWR, 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      const stat = fs.statSync(f);
      if ((stat.mode & 0o077) !== 0 && (process.getuid === undefined || stat.uid === process.getuid())) fs.chmodSync(f, 0o600);
    } catch {
      // not there yet: SQLite creates it with the database file's mode
    }
  }
}

/** Applies missing migrations inside one write transaction, so two processes starting together apply each once. */
export function migrateSqlite(db: SqliteDatabase): number[] {
  const applied: number[] = [];
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
    const done = new Set(
      (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
    );
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      db.exec(m.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        Date.now(),
      );
      applied.push(m.version);
    }
  }).immediate();
  return applied;
}

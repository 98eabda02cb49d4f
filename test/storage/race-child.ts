/**
 * A separate OS process for the multi-process SQLite tests: waits for a shared start time, then
 * either writes one state item with a given eTag or claims outbox rows, and prints the outcome.
 */
import { openSqlite } from '../../src/storage/sqlite';
import { SqliteStorage } from '../../src/storage/sqlite-storage';
import { SqliteLeadStore } from '../../src/storage/sqlite-lead-store';

// The package is CommonJS, so no top-level await here.
async function main() {
  const [mode, file, startAt, eTag] = process.argv.slice(2);
  const db = openSqlite(file!);
  while (Date.now() < Number(startAt)) {
    // Busy-wait on purpose: a timer would add scheduling jitter and spread the processes apart.
  }
  if (mode === 'write') {
    try {
      await new SqliteStorage(db).write({ shared: { winner: process.pid, eTag } });
      console.log(JSON.stringify({ won: true }));
    } catch (err) {
      console.log(JSON.stringify({ won: false, error: String(err) }));
    }
  } else {
    const store = new SqliteLeadStore(db);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(...(await store.claimDue(Date.now(), 2, 60_000)).map((r) => r.id));
    console.log(JSON.stringify({ ids }));
  }
  db.close();
}

void main();

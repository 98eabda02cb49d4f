import type { Storage, StoreItems } from 'botbuilder';
import type { SqliteDatabase } from './sqlite';
import { ETagConflictError, isUnconditional, newETag, requireChanges, requireKeys, serializeItem } from './etag';

/**
 * Bot Framework conversation/user state in SQLite. A multi-key write is one transaction: a
 * conflict on any key rolls back the whole write (MemoryStorage would keep the keys before it).
 */
export class SqliteStorage implements Storage {
  private readonly selectOne;
  private readonly upsert;
  private readonly upsertIfMatch;
  private readonly deleteOne;

  constructor(private readonly db: SqliteDatabase) {
    this.selectOne = db.prepare<[string], { etag: string; doc: string }>('SELECT etag, doc FROM bot_state WHERE key = ?');
    this.upsert = db.prepare(
      `INSERT INTO bot_state (key, etag, doc, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, doc = excluded.doc, updated_at = excluded.updated_at`,
    );
    // A missing row is created (as MemoryStorage does); an existing one only changes while its eTag still matches.
    this.upsertIfMatch = db.prepare(
      `INSERT INTO bot_state (key, etag, doc, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, doc = excluded.doc, updated_at = excluded.updated_at
       WHERE bot_state.etag = ?`,
    );
    this.deleteOne = db.prepare('DELETE FROM bot_state WHERE key = ?');
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of requireKeys(keys, 'reading')) {
      const row = this.selectOne.get(key);
      if (row) items[key] = { ...JSON.parse(row.doc), eTag: row.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = requireChanges(changes);
    const now = Date.now();
    this.db
      .transaction(() => {
        for (const [key, item] of entries) {
          const doc = serializeItem(item);
          if (isUnconditional(item)) {
            this.upsert.run(key, newETag(), doc, now);
          } else {
            const result = this.upsertIfMatch.run(key, newETag(), doc, now, String(item.eTag));
            if (result.changes === 0) throw new ETagConflictError(key);
          }
        }
      })
      .immediate();
  }

  async delete(keys: string[]): Promise<void> {
    const list = requireKeys(keys, 'deleting');
    this.db.transaction(() => {
      for (const key of list) this.deleteOne.run(key);
    })();
  }
}

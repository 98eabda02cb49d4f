import { createHash } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type pg from 'pg';
import { inTransaction, toJsonb } from './postgres';
import { ETagConflictError, isUnconditional, newETag, requireChanges, requireKeys, withoutETag } from './etag';

function keyHash(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * Bot Framework state in PostgreSQL (JSONB). The eTag check is part of the statement itself
 * (`ON CONFLICT … DO UPDATE … WHERE etag = $old`): the row lock taken by the upsert makes a second
 * writer with the same old eTag re-check against the committed new eTag, so only one can win,
 * across any number of processes. A multi-key write is one transaction.
 *
 * JSONB note: object key order is not preserved, and a NUL character is stored as U+FFFD (see toJsonb).
 */
export class PostgresStorage implements Storage {
  constructor(private readonly pool: pg.Pool) {}

  async read(keys: string[]): Promise<StoreItems> {
    const list = requireKeys(keys, 'reading');
    const items: StoreItems = {};
    if (list.length === 0) return items;
    const { rows } = await this.pool.query<{ key: string; etag: string; doc: Record<string, unknown> }>(
      'SELECT key, etag, doc FROM bot_state WHERE key_hash = ANY($1::text[])',
      [list.map(keyHash)],
    );
    for (const row of rows) items[row.key] = { ...row.doc, eTag: row.etag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = requireChanges(changes);
    if (entries.length === 0) return;
    const now = Date.now();
    const run = async (client: pg.ClientBase | pg.Pool) => {
      for (const [key, item] of entries) {
        const params = [keyHash(key), key, newETag(), toJsonb(withoutETag(item)), now];
        if (isUnconditional(item)) {
          await client.query(
            `INSERT INTO bot_state (key_hash, key, etag, doc, updated_at) VALUES ($1, $2, $3, $4::jsonb, $5)
             ON CONFLICT (key_hash) DO UPDATE SET etag = excluded.etag, doc = excluded.doc, updated_at = excluded.updated_at`,
            params,
          );
        } else {
          const result = await client.query(
            `INSERT INTO bot_state (key_hash, key, etag, doc, updated_at) VALUES ($1, $2, $3, $4::jsonb, $5)
             ON CONFLICT (key_hash) DO UPDATE SET etag = excluded.etag, doc = excluded.doc, updated_at = excluded.updated_at
             WHERE bot_state.etag = $6`,
            [...params, String(item.eTag)],
          );
          if (result.rowCount === 0) throw new ETagConflictError(key);
        }
      }
    };
    // One key (the usual turn) needs no explicit transaction: the single statement is atomic.
    if (entries.length === 1) await run(this.pool);
    else await inTransaction(this.pool, run);
  }

  async delete(keys: string[]): Promise<void> {
    const list = requireKeys(keys, 'deleting');
    if (list.length === 0) return;
    await this.pool.query('DELETE FROM bot_state WHERE key_hash = ANY($1::text[])', [list.map(keyHash)]);
  }
}

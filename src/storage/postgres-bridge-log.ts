/**
 * The chat bridge's activity log in PostgreSQL, so every instance behind a load balancer sees
 * every conversation (no sticky sessions). Same bounds as the in-memory log: activities and
 * bytes per conversation (oldest rows go), conversations in total (idlest go), idle expiry.
 * There is no total byte cap here: the rows are on disk, and the count and per-conversation
 * caps already bound them.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import {
  DEFAULT_BRIDGE_LOG_LIMITS,
  withId,
  type ActivityPage,
  type BridgeConversation,
  type BridgeLog,
  type BridgeLogLimits,
  type PageLimits,
} from '../webchat/bridge-log';

type ConversationRow = { id: string; user_id: string; locale: string | null; started: boolean; last_seen: string };

export class PostgresBridgeLog implements BridgeLog {
  private readonly limits: BridgeLogLimits;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly pool: pg.Pool,
    limits: Partial<BridgeLogLimits> = {},
  ) {
    this.limits = { ...DEFAULT_BRIDGE_LOG_LIMITS, ...limits };
    this.sweeper = setInterval(() => void this.sweep().catch(() => {}), Math.min(this.limits.idleTimeoutMs, 60_000));
    this.sweeper.unref();
  }

  async create(c: { id: string; userId: string; locale?: string }, now = Date.now()): Promise<void> {
    await this.pool.query(
      `INSERT INTO bridge_conversations (id, user_id, locale, started, next_seq, first_seq, bytes, created_at, last_seen)
       VALUES ($1, $2, $3, false, 0, 0, 0, $4, $4)`,
      [c.id, c.userId, c.locale ?? null, now],
    );
  }

  async get(id: string): Promise<BridgeConversation | undefined> {
    const { rows } = await this.pool.query<ConversationRow>(
      'SELECT id, user_id, locale, started, last_seen FROM bridge_conversations WHERE id = $1 AND last_seen >= $2',
      [id, Date.now() - this.limits.idleTimeoutMs],
    );
    const r = rows[0];
    return r && { id: r.id, userId: r.user_id, locale: r.locale ?? undefined, started: r.started, lastSeen: Number(r.last_seen) };
  }

  async markStarted(id: string): Promise<boolean> {
    const result = await this.pool.query('UPDATE bridge_conversations SET started = true WHERE id = $1 AND NOT started', [id]);
    return (result.rowCount ?? 0) > 0;
  }

  async touch(id: string, now = Date.now(), locale?: string): Promise<void> {
    await this.pool.query('UPDATE bridge_conversations SET last_seen = GREATEST(last_seen, $2), locale = COALESCE($3, locale) WHERE id = $1', [
      id,
      now,
      locale ?? null,
    ]);
  }

  async append(id: string, json: string, now = Date.now()): Promise<number | undefined> {
    const bytes = Buffer.byteLength(json);
    // The sequence number comes from the conversation row, whose update also serializes appends.
    const { rows } = await this.pool.query<{ seq: string; count: string; bytes: string }>(
      `WITH c AS (
         UPDATE bridge_conversations SET next_seq = next_seq + 1, bytes = bytes + $3, last_seen = GREATEST(last_seen, $4)
         WHERE id = $1 RETURNING next_seq - 1 AS seq, next_seq - first_seq AS count, bytes),
       i AS (INSERT INTO bridge_activities (conversation_id, seq, body, bytes) SELECT $1, seq, $2, $3 FROM c)
       SELECT seq, count, bytes FROM c`,
      [id, json, bytes, now],
    );
    const r = rows[0];
    if (!r) return undefined;
    if (Number(r.count) > this.limits.maxActivitiesPerConversation || Number(r.bytes) > this.limits.maxBytesPerConversation) {
      await this.trim(id, Number(r.seq));
    }
    return Number(r.seq);
  }

  /** Drops the oldest activities until the conversation is within its caps again (never the newest). */
  private async trim(id: string, newest: number): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const conv = await client.query<{ first_seq: string }>('SELECT first_seq FROM bridge_conversations WHERE id = $1 FOR UPDATE', [id]);
      if (!conv.rows[0]) {
        await client.query('ROLLBACK');
        return;
      }
      const { rows } = await client.query<{ seq: string; bytes: number }>(
        'SELECT seq, bytes FROM bridge_activities WHERE conversation_id = $1 ORDER BY seq DESC',
        [id],
      );
      // Keep from the newest back while within both caps.
      let kept = 0;
      let keptBytes = 0;
      let firstKept = newest;
      for (const row of rows) {
        if (kept > 0 && (kept + 1 > this.limits.maxActivitiesPerConversation || keptBytes + row.bytes > this.limits.maxBytesPerConversation)) break;
        kept++;
        keptBytes += row.bytes;
        firstKept = Number(row.seq);
      }
      await client.query('DELETE FROM bridge_activities WHERE conversation_id = $1 AND seq < $2', [id, firstKept]);
      await client.query('UPDATE bridge_conversations SET first_seq = GREATEST(first_seq, $2), bytes = $3 WHERE id = $1', [
        id,
        firstKept,
        keptBytes,
      ]);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  async page(id: string, watermark: number, limits: PageLimits): Promise<ActivityPage | undefined> {
    const { rows } = await this.pool.query<{ seq: string | null; body: string | null; next_seq: string }>(
      `SELECT a.seq, a.body, c.next_seq FROM bridge_conversations c
       LEFT JOIN LATERAL (
         SELECT seq, body FROM bridge_activities WHERE conversation_id = c.id AND seq >= $2 ORDER BY seq LIMIT $3
       ) a ON true
       WHERE c.id = $1`,
      [id, watermark, limits.maxActivities],
    );
    if (rows.length === 0) return undefined;
    const end = Number(rows[0]!.next_seq);
    const activities: Buffer[] = [];
    let bytes = 0;
    let next = Math.min(watermark, end);
    for (const r of rows) {
      if (r.seq === null || r.body === null) break;
      const body = Buffer.from(withId(id, Number(r.seq), r.body), 'utf8');
      if (activities.length > 0 && bytes + body.length > limits.maxBytes) break;
      activities.push(body);
      bytes += body.length;
      next = Number(r.seq) + 1;
    }
    return { activities, watermark: next };
  }

  async delete(id: string): Promise<void> {
    await this.pool.query('DELETE FROM bridge_conversations WHERE id = $1', [id]);
  }

  async sweep(now = Date.now()): Promise<void> {
    await this.pool.query(
      `DELETE FROM bridge_conversations WHERE id IN (SELECT id FROM bridge_conversations WHERE last_seen < $1 LIMIT 1000)`,
      [now - this.limits.idleTimeoutMs],
    );
    await this.pool.query(
      `DELETE FROM bridge_conversations WHERE id IN (
         SELECT id FROM bridge_conversations ORDER BY last_seen DESC OFFSET $1 LIMIT 1000)`,
      [this.limits.maxConversations],
    );
  }

  async stats(): Promise<{ conversations: number; bytes: number }> {
    const { rows } = await this.pool.query<{ n: string; bytes: string | null }>('SELECT count(*) AS n, sum(bytes) AS bytes FROM bridge_conversations');
    return { conversations: Number(rows[0]?.n ?? 0), bytes: Number(rows[0]?.bytes ?? 0) };
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
  }
}

/**
 * A secret shared by every instance on this database (the bridge's token signing key): the
 * first instance to ask creates it, every later one reads the same value.
 */
export async function sharedSecret(pool: pg.Pool, name: string): Promise<string> {
  await pool.query('INSERT INTO app_secrets (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING', [
    name,
    randomBytes(32).toString('base64url'),
    Date.now(),
  ]);
  const { rows } = await pool.query<{ value: string }>('SELECT value FROM app_secrets WHERE name = $1', [name]);
  return rows[0]!.value;
}

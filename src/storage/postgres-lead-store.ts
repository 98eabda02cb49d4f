import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { inTransaction, toJsonb } from './postgres';
import { newReference } from '../handoff/summary';
import type { LeadDraft, LeadPatch, WebhookDocument } from '../handoff/lead-schema';
import {
  LeadNotActiveError,
  ListLeadsOptionsSchema,
  conversationStatePrefix,
  decodeCursor,
  encodeCursor,
  erasedNotice,
  erasureKey,
  leadKey,
  newSummary,
  patchedSummary,
  shortError,
  toLead,
  type FailureInfo,
  type Lead,
  type LeadPage,
  type LeadRow,
  type LeadStore,
  type ListLeadsOptions,
  type OutboxItem,
  type OutboxRow,
} from '../handoff/lead-store';

type Queryable = pg.Pool | pg.PoolClient;
const OUTBOX_COLUMNS =
  'id, lead_id, kind, version, idempotency_key, status, attempts, last_error, last_status, next_attempt_at, delivered_at, created_at';

/**
 * Leads and their outbox in PostgreSQL, shared by every bot instance. Claiming uses
 * `FOR UPDATE SKIP LOCKED` plus a lease column, so two workers never hold the same row, and a
 * worker that dies mid-delivery only delays the row until its lease ends.
 */
export class PostgresLeadStore implements LeadStore {
  constructor(private readonly pool: pg.Pool) {}

  private async row(q: Queryable, id: string, lock = false): Promise<LeadRow | undefined> {
    const { rows } = await q.query<LeadRow>(`SELECT * FROM leads WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0];
  }

  private async deliveries(q: Queryable, ids: string[]): Promise<Map<string, OutboxRow[]>> {
    const map = new Map<string, OutboxRow[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return map;
    const { rows } = await q.query<OutboxRow>(
      `SELECT ${OUTBOX_COLUMNS} FROM outbox WHERE lead_id = ANY($1::text[]) ORDER BY id`,
      [ids],
    );
    for (const r of rows) map.get(r.lead_id)!.push(r);
    return map;
  }

  private async load(q: Queryable, id: string): Promise<Lead | undefined> {
    const row = await this.row(q, id);
    return row && toLead(row, (await this.deliveries(q, [id])).get(id)!);
  }

  private async enqueue(
    q: Queryable,
    leadId: string,
    kind: 'lead' | 'erasure',
    version: number,
    key: string,
    payload: WebhookDocument,
    now: number,
  ) {
    await q.query(
      `INSERT INTO outbox (lead_id, kind, version, idempotency_key, payload, status, attempts, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, 'pending', 0, $6, $6)`,
      [leadId, kind, version, key, toJsonb(payload), now],
    );
  }

  async create(draft: LeadDraft): Promise<Lead> {
    const id = randomUUID();
    for (let tries = 0; ; tries++) {
      const now = Date.now();
      const summary = newSummary(draft, id, newReference(), now);
      try {
        return await inTransaction(this.pool, async (c) => {
          await c.query(
            `INSERT INTO leads (id, reference, status, version, created_at, updated_at, erased_at, summary)
             VALUES ($1, $2, 'active', 1, $3, $3, NULL, $4::jsonb)`,
            [id, summary.reference, now, toJsonb(summary)],
          );
          await this.enqueue(c, id, 'lead', 1, leadKey(id, 1), summary, now);
          return (await this.load(c, id))!;
        });
      } catch (err) {
        const e = err as { code?: string; constraint?: string };
        if (tries < 5 && e.code === '23505' && e.constraint === 'leads_reference_key') continue;
        throw err;
      }
    }
  }

  async update(id: string, patch: LeadPatch): Promise<Lead | undefined> {
    return inTransaction(this.pool, async (c) => {
      const row = await this.row(c, id, true);
      if (!row) return undefined;
      if (row.status !== 'active' || !row.summary) throw new LeadNotActiveError(id, row.status);
      const now = Date.now();
      const summary = patchedSummary(row.summary, patch, now);
      await c.query('UPDATE leads SET version = $1, updated_at = $2, summary = $3::jsonb WHERE id = $4', [
        summary.version,
        now,
        toJsonb(summary),
        id,
      ]);
      await c.query(
        `UPDATE outbox SET status = 'superseded', payload = NULL WHERE lead_id = $1 AND kind = 'lead' AND status = 'pending'`,
        [id],
      );
      await this.enqueue(c, id, 'lead', summary.version, leadKey(id, summary.version), summary, now);
      return this.load(c, id);
    });
  }

  async get(id: string): Promise<Lead | undefined> {
    return this.load(this.pool, id);
  }

  async getByReference(reference: string): Promise<Lead | undefined> {
    const { rows } = await this.pool.query<{ id: string }>('SELECT id FROM leads WHERE reference = $1', [
      reference.toUpperCase(),
    ]);
    return rows[0] && this.load(this.pool, rows[0].id);
  }

  async list(options: ListLeadsOptions = {}): Promise<LeadPage> {
    const o = ListLeadsOptionsSchema.parse(options);
    const where: string[] = [];
    const params: (string | number)[] = [];
    const p = (v: string | number) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (o.since) where.push(`updated_at >= ${p(o.since.getTime())}`);
    if (o.cursor) {
      const c = decodeCursor(o.cursor);
      const op = o.newestFirst ? '<' : '>';
      where.push(`(created_at, id) ${op} (${p(c.createdAt)}::bigint, ${p(c.id)}::text)`);
    }
    const dir = o.newestFirst ? 'DESC' : 'ASC';
    const { rows } = await this.pool.query<LeadRow>(
      `SELECT * FROM leads ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY created_at ${dir}, id ${dir} LIMIT ${p(o.limit + 1)}`,
      params,
    );
    const page = rows.slice(0, o.limit);
    const deliveries = await this.deliveries(this.pool, page.map((r) => r.id));
    const last = page[page.length - 1];
    return {
      items: page.map((r) => toLead(r, deliveries.get(r.id)!)),
      nextCursor: rows.length > o.limit && last ? encodeCursor({ createdAt: Number(last.created_at), id: last.id }) : null,
    };
  }

  private async erase(id: string, reason: 'withdrawn' | 'erased'): Promise<boolean> {
    return inTransaction(this.pool, async (c) => {
      const row = await this.row(c, id, true);
      if (!row) return false;
      if (row.status !== 'active') return true;
      const now = Date.now();
      if (reason === 'erased' && row.summary) {
        // The conversation's state holds what the visitor typed into the form: it goes too.
        const prefix = conversationStatePrefix(row.summary.channel, row.summary.conversationId);
        await c.query('DELETE FROM bot_state WHERE left(key, length($1)) = $1', [prefix]);
      }
      await c.query('UPDATE leads SET status = $1, summary = NULL, erased_at = $2, updated_at = $2 WHERE id = $3', [
        reason,
        now,
        id,
      ]);
      await c.query(
        `UPDATE outbox SET payload = NULL, status = CASE WHEN status = 'pending' THEN 'cancelled' ELSE status END
         WHERE lead_id = $1`,
        [id],
      );
      // Sales only needs to hear about the erasure if a version may have reached it (an attempt was made).
      const attempted = await c.query(`SELECT 1 FROM outbox WHERE lead_id = $1 AND kind = 'lead' AND attempts > 0 LIMIT 1`, [id]);
      if (attempted.rowCount) {
        await this.enqueue(c, id, 'erasure', row.version, erasureKey(id), erasedNotice(id, row.reference, reason, now), now);
      }
      return true;
    });
  }

  async delete(id: string): Promise<boolean> {
    return this.erase(id, 'erased');
  }

  async withdraw(id: string): Promise<boolean> {
    return this.erase(id, 'withdrawn');
  }

  async claimDue(now: number, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    const token = randomUUID();
    const { rows } = await this.pool.query<{
      id: string;
      lead_id: string;
      kind: 'lead' | 'erasure';
      version: number;
      idempotency_key: string;
      payload: WebhookDocument;
      attempts: number;
      lease_token: string;
      lease_until: string;
    }>(
      `WITH due AS (
         SELECT id FROM outbox
         WHERE status = 'pending' AND payload IS NOT NULL AND next_attempt_at <= $1
           AND (lease_until IS NULL OR lease_until <= $1)
         ORDER BY next_attempt_at, id
         LIMIT $2
         FOR UPDATE SKIP LOCKED)
       UPDATE outbox o SET lease_until = $3, lease_token = $4, attempts = o.attempts + 1
       FROM due WHERE o.id = due.id
       RETURNING o.id, o.lead_id, o.kind, o.version, o.idempotency_key, o.payload, o.attempts, o.lease_token, o.lease_until`,
      [now, limit, now + leaseMs, token],
    );
    return rows
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map((r) => ({
        id: String(r.id),
        leadId: r.lead_id,
        reference: r.payload.reference,
        kind: r.kind,
        version: r.version,
        idempotencyKey: r.idempotency_key,
        payload: r.payload,
        attempts: r.attempts,
        leaseToken: r.lease_token,
        leaseUntil: Number(r.lease_until),
      }));
  }

  async markDelivered(outboxId: string, at: number, httpStatus?: number): Promise<void> {
    await this.pool.query(
      `UPDATE outbox SET status = 'delivered', delivered_at = $1, last_status = $2, last_error = NULL,
         lease_until = NULL, lease_token = NULL, payload = NULL
       WHERE id = $3 AND status IN ('pending', 'failed')`,
      [at, httpStatus ?? null, outboxId],
    );
  }

  async markFailed(outboxId: string, leaseToken: string, failure: FailureInfo): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE outbox SET last_error = $1, last_status = $2, lease_until = NULL, lease_token = NULL,
         status = CASE WHEN $3::bigint IS NULL THEN 'failed' ELSE status END,
         next_attempt_at = COALESCE($3::bigint, next_attempt_at)
       WHERE id = $4 AND lease_token = $5 AND status = 'pending'`,
      [shortError(failure.error), failure.httpStatus ?? null, failure.nextAttemptAt, outboxId, leaseToken],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async nextDueAt(): Promise<number | null> {
    const { rows } = await this.pool.query<{ due: string | null }>(
      `SELECT MIN(GREATEST(next_attempt_at, COALESCE(lease_until, 0))) AS due FROM outbox
       WHERE status = 'pending' AND payload IS NOT NULL`,
    );
    return rows[0]?.due === null || rows[0]?.due === undefined ? null : Number(rows[0].due);
  }
}

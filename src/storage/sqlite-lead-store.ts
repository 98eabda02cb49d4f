import { randomUUID } from 'node:crypto';
import type { SqliteDatabase } from './sqlite';
import { newReference } from '../handoff/summary';
import type { LeadDraft, LeadPatch, LeadSummary, WebhookDocument } from '../handoff/lead-schema';
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

type RawLeadRow = Omit<LeadRow, 'summary'> & { summary: string | null };
const OUTBOX_COLUMNS =
  'id, lead_id, kind, version, idempotency_key, status, attempts, last_error, last_status, next_attempt_at, delivered_at, created_at';

function isUniqueViolation(err: unknown, column: string): boolean {
  return err instanceof Error && /UNIQUE constraint failed/.test(err.message) && err.message.includes(column);
}

/**
 * Leads and their outbox in the same SQLite file as the bot state. better-sqlite3 is synchronous,
 * so each method body runs without interleaving inside this process; `immediate` transactions
 * take the write lock up front so another process sharing the file is serialized too.
 */
export class SqliteLeadStore implements LeadStore {
  constructor(private readonly db: SqliteDatabase) {}

  private row(id: string): LeadRow | undefined {
    const raw = this.db.prepare('SELECT * FROM leads WHERE id = ?').get(id) as RawLeadRow | undefined;
    return raw && { ...raw, summary: raw.summary === null ? null : (JSON.parse(raw.summary) as LeadSummary) };
  }

  private deliveries(ids: string[]): Map<string, OutboxRow[]> {
    const map = new Map<string, OutboxRow[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return map;
    const rows = this.db
      .prepare(`SELECT ${OUTBOX_COLUMNS} FROM outbox WHERE lead_id IN (${ids.map(() => '?').join(',')}) ORDER BY id`)
      .all(...ids) as OutboxRow[];
    for (const r of rows) map.get(r.lead_id)!.push(r);
    return map;
  }

  private load(id: string): Lead | undefined {
    const row = this.row(id);
    return row && toLead(row, this.deliveries([id]).get(id)!);
  }

  private enqueue(leadId: string, kind: 'lead' | 'erasure', version: number, key: string, payload: WebhookDocument, now: number) {
    this.db
      .prepare(
        `INSERT INTO outbox (lead_id, kind, version, idempotency_key, payload, status, attempts, next_attempt_at, created_at)
         VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?)`,
      )
      .run(leadId, kind, version, key, JSON.stringify(payload), now, now);
  }

  async create(draft: LeadDraft): Promise<Lead> {
    const id = randomUUID();
    for (let tries = 0; ; tries++) {
      const now = Date.now();
      const summary = newSummary(draft, id, newReference(), now);
      try {
        this.db
          .transaction(() => {
            this.db
              .prepare(
                `INSERT INTO leads (id, reference, status, version, created_at, updated_at, erased_at, summary)
                 VALUES (?, ?, 'active', 1, ?, ?, NULL, ?)`,
              )
              .run(id, summary.reference, now, now, JSON.stringify(summary));
            this.enqueue(id, 'lead', 1, leadKey(id, 1), summary, now);
          })
          .immediate();
        return this.load(id)!;
      } catch (err) {
        if (tries < 5 && isUniqueViolation(err, 'leads.reference')) continue;
        throw err;
      }
    }
  }

  async update(id: string, patch: LeadPatch): Promise<Lead | undefined> {
    const found = this.db
      .transaction(() => {
        const row = this.row(id);
        if (!row) return false;
        if (row.status !== 'active' || !row.summary) throw new LeadNotActiveError(id, row.status);
        const now = Date.now();
        const summary = patchedSummary(row.summary, patch, now);
        this.db
          .prepare('UPDATE leads SET version = ?, updated_at = ?, summary = ? WHERE id = ?')
          .run(summary.version, now, JSON.stringify(summary), id);
        // Only the newest version needs to reach sales; an older one still waiting would only add noise.
        this.db
          .prepare(`UPDATE outbox SET status = 'superseded', payload = NULL WHERE lead_id = ? AND kind = 'lead' AND status = 'pending'`)
          .run(id);
        this.enqueue(id, 'lead', summary.version, leadKey(id, summary.version), summary, now);
        return true;
      })
      .immediate();
    return found ? this.load(id) : undefined;
  }

  async get(id: string): Promise<Lead | undefined> {
    return this.load(id);
  }

  async getByReference(reference: string): Promise<Lead | undefined> {
    const row = this.db.prepare('SELECT id FROM leads WHERE reference = ?').get(reference.toUpperCase()) as
      | { id: string }
      | undefined;
    return row && this.load(row.id);
  }

  async list(options: ListLeadsOptions = {}): Promise<LeadPage> {
    const o = ListLeadsOptionsSchema.parse(options);
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (o.since) {
      where.push('updated_at >= ?');
      params.push(o.since.getTime());
    }
    if (o.cursor) {
      const c = decodeCursor(o.cursor);
      const op = o.newestFirst ? '<' : '>';
      where.push(`(created_at ${op} ? OR (created_at = ? AND id ${op} ?))`);
      params.push(c.createdAt, c.createdAt, c.id);
    }
    const dir = o.newestFirst ? 'DESC' : 'ASC';
    const raws = this.db
      .prepare(
        `SELECT * FROM leads ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
         ORDER BY created_at ${dir}, id ${dir} LIMIT ?`,
      )
      .all(...params, o.limit + 1) as RawLeadRow[];
    const page = raws.slice(0, o.limit);
    const deliveries = this.deliveries(page.map((r) => r.id));
    const items = page.map((raw) =>
      toLead({ ...raw, summary: raw.summary === null ? null : JSON.parse(raw.summary) }, deliveries.get(raw.id)!),
    );
    const last = page[page.length - 1];
    const nextCursor = raws.length > o.limit && last ? encodeCursor({ createdAt: Number(last.created_at), id: last.id }) : null;
    return { items, nextCursor };
  }

  private erase(id: string, reason: 'withdrawn' | 'erased'): boolean {
    const found = this.db
      .transaction(() => {
        const row = this.row(id);
        if (!row) return false;
        if (row.status !== 'active') return true;
        const now = Date.now();
        if (reason === 'erased' && row.summary) {
          // The conversation's state holds what the visitor typed into the form: it goes too.
          const prefix = conversationStatePrefix(row.summary.channel, row.summary.conversationId);
          this.db.prepare('DELETE FROM bot_state WHERE instr(key, ?) = 1').run(prefix);
        }
        this.db
          .prepare('UPDATE leads SET status = ?, summary = NULL, erased_at = ?, updated_at = ? WHERE id = ?')
          .run(reason, now, now, id);
        this.db
          .prepare(
            `UPDATE outbox SET payload = NULL, status = CASE WHEN status = 'pending' THEN 'cancelled' ELSE status END
             WHERE lead_id = ?`,
          )
          .run(id);
        // Sales only needs to hear about the erasure if a version may have reached it (an attempt was made).
        const attempted = this.db
          .prepare(`SELECT 1 FROM outbox WHERE lead_id = ? AND kind = 'lead' AND attempts > 0 LIMIT 1`)
          .get(id);
        if (attempted) this.enqueue(id, 'erasure', row.version, erasureKey(id), erasedNotice(id, row.reference, reason, now), now);
        return true;
      })
      .immediate();
    // secure_delete zeroed the rows in the database file; the WAL still holds the pages as they
    // were before, until a checkpoint copies the zeroed pages back and truncates it.
    if (found) {
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // Busy (another connection mid-write): the next automatic checkpoint does it.
      }
    }
    return found;
  }

  async delete(id: string): Promise<boolean> {
    return this.erase(id, 'erased');
  }

  async withdraw(id: string): Promise<boolean> {
    return this.erase(id, 'withdrawn');
  }

  async claimDue(now: number, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    const token = randomUUID();
    const rows = this.db
      .transaction(
        () =>
          this.db
            .prepare(
              `UPDATE outbox SET lease_until = ?, lease_token = ?, attempts = attempts + 1
               WHERE id IN (
                 SELECT id FROM outbox
                 WHERE status = 'pending' AND payload IS NOT NULL AND next_attempt_at <= ?
                   AND (lease_until IS NULL OR lease_until <= ?)
                 ORDER BY next_attempt_at, id LIMIT ?)
               RETURNING id, lead_id, kind, version, idempotency_key, payload, attempts, lease_token, lease_until`,
            )
            .all(now + leaseMs, token, now, now, limit) as {
            id: number;
            lead_id: string;
            kind: 'lead' | 'erasure';
            version: number;
            idempotency_key: string;
            payload: string;
            attempts: number;
            lease_token: string;
            lease_until: number;
          }[],
      )
      .immediate();
    return rows
      .sort((a, b) => a.id - b.id)
      .map((r) => {
        const payload = JSON.parse(r.payload) as WebhookDocument;
        return {
          id: String(r.id),
          leadId: r.lead_id,
          reference: payload.reference,
          kind: r.kind,
          version: r.version,
          idempotencyKey: r.idempotency_key,
          payload,
          attempts: r.attempts,
          leaseToken: r.lease_token,
          leaseUntil: r.lease_until,
        };
      });
  }

  async markDelivered(outboxId: string, at: number, httpStatus?: number): Promise<void> {
    // The payload is dropped once delivered: the lead row keeps the data, the outbox need not hold a copy.
    this.db
      .prepare(
        `UPDATE outbox SET status = 'delivered', delivered_at = ?, last_status = ?, last_error = NULL,
           lease_until = NULL, lease_token = NULL, payload = NULL
         WHERE id = ? AND status IN ('pending', 'failed')`,
      )
      .run(at, httpStatus ?? null, Number(outboxId));
  }

  async markFailed(outboxId: string, leaseToken: string, failure: FailureInfo): Promise<boolean> {
    const result = this.db
      .prepare(
        `UPDATE outbox SET last_error = ?, last_status = ?, lease_until = NULL, lease_token = NULL,
           status = CASE WHEN ? IS NULL THEN 'failed' ELSE status END,
           next_attempt_at = COALESCE(?, next_attempt_at)
         WHERE id = ? AND lease_token = ? AND status = 'pending'`,
      )
      .run(
        shortError(failure.error),
        failure.httpStatus ?? null,
        failure.nextAttemptAt,
        failure.nextAttemptAt,
        Number(outboxId),
        leaseToken,
      );
    return result.changes > 0;
  }

  async nextDueAt(): Promise<number | null> {
    const row = this.db
      .prepare(
        `SELECT MIN(MAX(next_attempt_at, COALESCE(lease_until, 0))) AS due FROM outbox
         WHERE status = 'pending' AND payload IS NOT NULL`,
      )
      .get() as { due: number | null };
    return row.due;
  }
}

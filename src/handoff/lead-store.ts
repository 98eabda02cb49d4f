import { z } from 'zod';
import {
  LEAD_SCHEMA_VERSION,
  LeadDraftSchema,
  LeadPatchSchema,
  LeadSummarySchema,
  type LeadDraft,
  type LeadErasedNotice,
  type LeadPatch,
  type LeadSummary,
  type WebhookDocument,
} from './lead-schema';

export type LeadStatus = 'active' | 'withdrawn' | 'erased';
export type OutboxKind = 'lead' | 'erasure';
/**
 * pending: waiting for (another) attempt; delivered: a 2xx came back; failed: gave up after maxAttempts;
 * superseded: a newer version of the lead replaced it before delivery; cancelled: the lead was erased first.
 */
export type OutboxStatus = 'pending' | 'delivered' | 'failed' | 'superseded' | 'cancelled';

/** What the admin API shows of each delivery: no payload, so no personal data. */
export type DeliveryRecord = {
  id: string;
  kind: OutboxKind;
  version: number;
  idempotencyKey: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  lastHttpStatus: number | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
};

export type Lead = {
  id: string;
  reference: string;
  status: LeadStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
  erasedAt: string | null;
  /** null once the lead is erased or consent is withdrawn. */
  summary: LeadSummary | null;
  deliveries: DeliveryRecord[];
};

/** One outbox row leased to a worker. `leaseToken` must be handed back to markFailed. */
export type OutboxItem = {
  id: string;
  leadId: string;
  reference: string;
  kind: OutboxKind;
  version: number;
  idempotencyKey: string;
  payload: WebhookDocument;
  /** Including the attempt this lease is for. */
  attempts: number;
  leaseToken: string;
  leaseUntil: number;
};

export const ListLeadsOptionsSchema = z
  .object({
    limit: z.number().int().min(1).max(200).default(50),
    cursor: z.string().min(1).max(500).optional(),
    /** Only leads created or changed at or after this time. */
    since: z.date().optional(),
    newestFirst: z.boolean().default(true),
  })
  .strict();
export type ListLeadsOptions = z.input<typeof ListLeadsOptionsSchema>;
export type LeadPage = { items: Lead[]; nextCursor: string | null };

export type FailureInfo = { error: string; httpStatus?: number | null; nextAttemptAt: number | null };

export interface LeadStore {
  /** Stores the lead and its first outbox row (version 1) in one transaction. */
  create(draft: LeadDraft): Promise<Lead>;
  /** A correction: same lead, version + 1, a new outbox row `${id}:v${version}`; older pending rows are superseded. */
  update(id: string, patch: LeadPatch): Promise<Lead | undefined>;
  get(id: string): Promise<Lead | undefined>;
  getByReference(reference: string): Promise<Lead | undefined>;
  list(options?: ListLeadsOptions): Promise<LeadPage>;
  /**
   * Erasure: personal data removed from the lead and every outbox row (pending ones cancelled); the
   * lead keeps its id, reference, status and times. The conversation the lead came from loses its
   * stored state in the same transaction (it holds the form's answers). If a version was ever
   * sent (or in flight), an erasure notice is enqueued so sales deletes its copy. true if the
   * lead exists (idempotent).
   */
  delete(id: string): Promise<boolean>;
  /** Consent withdrawn: as delete, and the lead is marked withdrawn. */
  withdraw(id: string): Promise<boolean>;
  /** Leases up to `limit` due rows for `leaseMs`; a row leased to one caller is invisible to others until the lease ends. */
  claimDue(now: number, limit: number, leaseMs: number): Promise<OutboxItem[]>;
  markDelivered(outboxId: string, at: number, httpStatus?: number): Promise<void>;
  /** Returns false when the lease was lost (another worker took the row over). nextAttemptAt null = give up. */
  markFailed(outboxId: string, leaseToken: string, failure: FailureInfo): Promise<boolean>;
  /** Earliest time a pending row becomes claimable (a leased row: when its lease ends), or null when nothing is pending. */
  nextDueAt(): Promise<number | null>;
}

export class LeadNotActiveError extends Error {
  constructor(readonly id: string, readonly status: LeadStatus) {
    super(`Lead ${id} is ${status} and can no longer be changed`);
    this.name = 'LeadNotActiveError';
  }
}

export class InvalidCursorError extends Error {
  constructor() {
    super('cursor is not one returned by this API');
    this.name = 'InvalidCursorError';
  }
}

// ---- helpers shared by the SQLite and PostgreSQL stores ----

/**
 * The Bot Framework state keys of one conversation start with this (ConversationState stores
 * `${channelId}/conversations/${conversationId}/${namespace}`).
 */
export function conversationStatePrefix(channel: string, conversationId: string): string {
  return `${channel}/conversations/${conversationId}/`;
}

export const iso = (ms: number | string | null | undefined): string | null =>
  ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString();

export function leadKey(id: string, version: number): string {
  return `${id}:v${version}`;
}
export function erasureKey(id: string): string {
  return `${id}:erased`;
}

export function newSummary(draft: LeadDraft, id: string, reference: string, now: number): LeadSummary {
  const parsed = LeadDraftSchema.parse(draft);
  const at = new Date(now).toISOString();
  return LeadSummarySchema.parse({
    schemaVersion: LEAD_SCHEMA_VERSION,
    type: 'lead',
    id,
    reference,
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...parsed,
  });
}

export function patchedSummary(current: LeadSummary, patch: LeadPatch, now: number): LeadSummary {
  const p = LeadPatchSchema.parse(patch);
  const { contact, ...rest } = p;
  return LeadSummarySchema.parse({
    ...current,
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
    contact: { ...current.contact, ...Object.fromEntries(Object.entries(contact ?? {}).filter(([, v]) => v !== undefined)) },
    // a correction is a new document, written in the current version (a version 1 lead keeps no verdict unless the estimate is replaced)
    schemaVersion: LEAD_SCHEMA_VERSION,
    version: current.version + 1,
    updatedAt: new Date(now).toISOString(),
  });
}

export function erasedNotice(id: string, reference: string, reason: 'withdrawn' | 'erased', now: number): LeadErasedNotice {
  return { schemaVersion: LEAD_SCHEMA_VERSION, type: 'lead.erased', id, reference, reason, at: new Date(now).toISOString() };
}

export type CursorPosition = { createdAt: number; id: string };

export function encodeCursor(pos: CursorPosition): string {
  return Buffer.from(JSON.stringify([pos.createdAt, pos.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const [createdAt, id] = z.tuple([z.number().int().nonnegative(), z.string().min(1).max(100)]).parse(value);
    return { createdAt, id };
  } catch {
    throw new InvalidCursorError();
  }
}

/** Errors end up in the database and the logs: keep them short and one line. */
export function shortError(error: string): string {
  return error.replace(/\s+/g, ' ').slice(0, 500);
}

export type LeadRow = {
  id: string;
  reference: string;
  status: LeadStatus;
  version: number;
  created_at: number | string;
  updated_at: number | string;
  erased_at: number | string | null;
  summary: LeadSummary | null;
};

export type OutboxRow = {
  id: number | string;
  lead_id: string;
  kind: OutboxKind;
  version: number;
  idempotency_key: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  last_status: number | null;
  next_attempt_at: number | string;
  delivered_at: number | string | null;
  created_at: number | string;
};

export function toDelivery(row: OutboxRow): DeliveryRecord {
  return {
    id: String(row.id),
    kind: row.kind,
    version: Number(row.version),
    idempotencyKey: row.idempotency_key,
    status: row.status,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    lastHttpStatus: row.last_status === null ? null : Number(row.last_status),
    nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
    deliveredAt: iso(row.delivered_at),
    createdAt: iso(row.created_at) as string,
  };
}

export function toLead(row: LeadRow, deliveries: OutboxRow[]): Lead {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    version: Number(row.version),
    createdAt: iso(row.created_at) as string,
    updatedAt: iso(row.updated_at) as string,
    erasedAt: iso(row.erased_at),
    summary: row.summary,
    deliveries: deliveries.map(toDelivery),
  };
}

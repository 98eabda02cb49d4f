/**
 * Schema changes, in order, for both databases. Each is applied once and recorded in
 * `schema_migrations`; start-up applies whatever is missing, so running it twice is harmless.
 * Times are stored as integer milliseconds since the epoch in both databases so the queries
 * (leases, backoff, paging cursors) are the same arithmetic everywhere.
 */
export type Migration = { version: number; name: string; sqlite: string; postgres: string };

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'bot state',
    sqlite: `
      CREATE TABLE bot_state (
        key TEXT PRIMARY KEY,
        etag TEXT NOT NULL,
        doc TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );`,
    // Keys can be long (Teams conversation ids, 1,000 unicode chars); a btree entry is limited to
    // about 2.7 kB, so the primary key is a SHA-256 of the key computed by the application.
    postgres: `
      CREATE TABLE bot_state (
        key_hash TEXT PRIMARY KEY,
        key TEXT NOT NULL,
        etag TEXT NOT NULL,
        doc JSONB NOT NULL,
        updated_at BIGINT NOT NULL
      );`,
  },
  {
    version: 2,
    name: 'leads and outbox',
    sqlite: `
      CREATE TABLE leads (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        erased_at INTEGER,
        summary TEXT
      );
      CREATE INDEX leads_created ON leads (created_at, id);
      CREATE INDEX leads_updated ON leads (updated_at);
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        lead_id TEXT NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        version INTEGER NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        payload TEXT,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        lease_until INTEGER,
        lease_token TEXT,
        last_error TEXT,
        last_status INTEGER,
        created_at INTEGER NOT NULL,
        delivered_at INTEGER
      );
      CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
      CREATE INDEX outbox_lead ON outbox (lead_id);`,
    postgres: `
      CREATE TABLE leads (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        erased_at BIGINT,
        summary JSONB
      );
      CREATE INDEX leads_created ON leads (created_at, id);
      CREATE INDEX leads_updated ON leads (updated_at);
      CREATE TABLE outbox (
        id BIGSERIAL PRIMARY KEY,
        lead_id TEXT NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        version INTEGER NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        payload JSONB,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at BIGINT NOT NULL,
        lease_until BIGINT,
        lease_token TEXT,
        last_error TEXT,
        last_status INTEGER,
        created_at BIGINT NOT NULL,
        delivered_at BIGINT
      );
      CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
      CREATE INDEX outbox_lead ON outbox (lead_id);`,
  },
  {
    version: 3,
    // The scheduled purge deletes state not written for CONVERSATION_RETENTION_DAYS; updated_at
    // has been written on every save since version 1, so only the index is new.
    name: 'bot state last-updated index',
    sqlite: `CREATE INDEX bot_state_updated ON bot_state (updated_at);`,
    postgres: `CREATE INDEX bot_state_updated ON bot_state (updated_at);`,
  },
  {
    version: 4,
    // The chat bridge keeps its log in memory on SQLite (one process); PostgreSQL shares it
    // between instances, with the token signing key, so /directline/* needs no sticky sessions.
    name: 'shared chat bridge log',
    sqlite: `SELECT 1;`,
    postgres: `
      CREATE TABLE bridge_conversations (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        locale TEXT,
        started BOOLEAN NOT NULL DEFAULT false,
        next_seq BIGINT NOT NULL DEFAULT 0,
        first_seq BIGINT NOT NULL DEFAULT 0,
        bytes BIGINT NOT NULL DEFAULT 0,
        created_at BIGINT NOT NULL,
        last_seen BIGINT NOT NULL
      );
      CREATE INDEX bridge_conversations_seen ON bridge_conversations (last_seen);
      CREATE TABLE bridge_activities (
        conversation_id TEXT NOT NULL REFERENCES bridge_conversations (id) ON DELETE CASCADE,
        seq BIGINT NOT NULL,
        body TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        PRIMARY KEY (conversation_id, seq)
      );
      CREATE TABLE app_secrets (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        created_at BIGINT NOT NULL
      );`,
  },
  {
    version: 5,
    // updated_at changes on every save, so its index cost an index update per turn: ~40% of a
    // state write on SQLite (measured with better-sqlite3, 30,000 upserts) and, on PostgreSQL, it
    // stopped saves from being heap-only (HOT) updates. Only the hourly purge read it; the purge
    // now walks the table in bounded rowid ranges (SQLite) or scans it (PostgreSQL) instead.
    name: 'bot state without the last-updated index',
    sqlite: `DROP INDEX IF EXISTS bot_state_updated;`,
    postgres: `DROP INDEX IF EXISTS bot_state_updated;`,
  },
];

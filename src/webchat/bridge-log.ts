/**
 * Where the chat bridge keeps each conversation's activities between a post and the client's
 * next poll. Two implementations: this in-memory one (the default, one process) and the
 * PostgreSQL one (src/storage/postgres-bridge-log.ts, when DATABASE_URL is set), which lets any
 * instance behind a load balancer answer any poll, so `/directline/*` needs no sticky sessions.
 *
 * Bounded everywhere: activities and bytes per conversation (the oldest go first; the client
 * has long fetched them), conversations and bytes in total (the idlest conversation goes
 * first), and conversations idle longer than `idleTimeoutMs` expire. Activities are kept as
 * UTF-8 JSON, so a poll costs one copy of the bytes it returns into a Buffer (outside the JS
 * heap), not a re-serialization of the log and no garbage for the collector.
 */

export type BridgeConversation = {
  id: string;
  userId: string;
  locale?: string;
  /** The welcome (conversationUpdate) turn has been started by some instance. */
  started: boolean;
  lastSeen: number;
};

/** Activities (UTF-8 JSON, ids in) from `watermark` on; `watermark` in the answer is where the next poll starts. */
export type ActivityPage = { activities: Buffer[]; watermark: number };

export type PageLimits = { maxActivities: number; maxBytes: number };

export type BridgeLogLimits = {
  maxConversations: number;
  maxActivitiesPerConversation: number;
  maxBytesPerConversation: number;
  maxTotalBytes: number;
  idleTimeoutMs: number;
};

export const DEFAULT_BRIDGE_LOG_LIMITS: BridgeLogLimits = {
  maxConversations: 10_000,
  maxActivitiesPerConversation: 500,
  maxBytesPerConversation: 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  idleTimeoutMs: 30 * 60_000,
};

export interface BridgeLog {
  create(conversation: { id: string; userId: string; locale?: string }, now?: number): Promise<void>;
  get(id: string): Promise<BridgeConversation | undefined>;
  /** Sets `started`; true for exactly one caller (across instances), who then runs the welcome. */
  markStarted(id: string): Promise<boolean>;
  /** Records activity (and a new locale), keeping the conversation from expiring. */
  touch(id: string, now?: number, locale?: string): Promise<void>;
  /**
   * Appends one activity (JSON object text without `id`); resolves with its sequence number,
   * or undefined when the conversation no longer exists.
   */
  append(id: string, json: string, now?: number): Promise<number | undefined>;
  page(id: string, watermark: number, limits: PageLimits): Promise<ActivityPage | undefined>;
  delete(id: string): Promise<void>;
  /** Drops expired conversations and enforces the totals. */
  sweep(now?: number): Promise<void>;
  stats(): Promise<{ conversations: number; bytes: number }>;
  close(): Promise<void>;
}

/** The activity id a sequence number gets: unique per conversation, sorting in order. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/** Puts the id back into a stored activity's JSON. */
export function withId(conversationId: string, seq: number, json: string): string {
  const id = JSON.stringify(activityId(conversationId, seq));
  return json === '{}' ? `{"id":${id}}` : `{"id":${id},${json.slice(1)}`;
}

/**
 * The text as UTF-8 in a buffer of its own: Buffer.from would take small ones from a shared 8 KB
 * pool slab, and one kept activity would then keep the whole slab alive.
 */
export function ownBuffer(text: string): Buffer {
  const buffer = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  buffer.write(text, 'utf8');
  return buffer;
}

type Entry = BridgeConversation & {
  /** Sequence number of bodies[0]; watermarks below it were evicted. */
  firstSeq: number;
  /** Each activity as sent to the client: UTF-8 JSON with its id. */
  bodies: Buffer[];
  bytes: number;
};

export class MemoryBridgeLog implements BridgeLog {
  private readonly limits: BridgeLogLimits;
  /** Insertion order is recency: touching re-inserts, so the first entry is the idlest. */
  private readonly conversations = new Map<string, Entry>();
  private totalBytes = 0;
  private readonly sweeper: NodeJS.Timeout;

  constructor(limits: Partial<BridgeLogLimits> = {}) {
    this.limits = { ...DEFAULT_BRIDGE_LOG_LIMITS, ...limits };
    this.sweeper = setInterval(() => void this.sweep(), Math.min(this.limits.idleTimeoutMs, 60_000));
    this.sweeper.unref();
  }

  private drop(entry: Entry): void {
    this.conversations.delete(entry.id);
    this.totalBytes -= entry.bytes;
  }

  private recent(entry: Entry, now: number): void {
    entry.lastSeen = now;
    this.conversations.delete(entry.id);
    this.conversations.set(entry.id, entry);
  }

  async create(c: { id: string; userId: string; locale?: string }, now = Date.now()): Promise<void> {
    await this.sweep(now);
    while (this.conversations.size >= this.limits.maxConversations) {
      this.drop(this.conversations.values().next().value as Entry);
    }
    this.conversations.set(c.id, { ...c, started: false, lastSeen: now, firstSeq: 0, bodies: [], bytes: 0 });
  }

  async get(id: string): Promise<BridgeConversation | undefined> {
    const e = this.conversations.get(id);
    return e && { id: e.id, userId: e.userId, locale: e.locale, started: e.started, lastSeen: e.lastSeen };
  }

  async markStarted(id: string): Promise<boolean> {
    const e = this.conversations.get(id);
    if (!e || e.started) return false;
    e.started = true;
    return true;
  }

  async touch(id: string, now = Date.now(), locale?: string): Promise<void> {
    const e = this.conversations.get(id);
    if (!e) return;
    if (locale) e.locale = locale;
    this.recent(e, now);
  }

  async append(id: string, json: string, now = Date.now()): Promise<number | undefined> {
    const e = this.conversations.get(id);
    if (!e) return undefined;
    const seq = e.firstSeq + e.bodies.length;
    const body = ownBuffer(withId(id, seq, json));
    e.bodies.push(body);
    e.bytes += body.length;
    this.totalBytes += body.length;
    while (
      e.bodies.length > 1 &&
      (e.bodies.length > this.limits.maxActivitiesPerConversation || e.bytes > this.limits.maxBytesPerConversation)
    ) {
      const gone = e.bodies.shift()!;
      e.firstSeq++;
      e.bytes -= gone.length;
      this.totalBytes -= gone.length;
    }
    this.recent(e, now);
    // The total: the idlest conversations go first, never the one just written to.
    for (const other of this.conversations.values()) {
      if (this.totalBytes <= this.limits.maxTotalBytes || other === e) break;
      this.drop(other);
    }
    return seq;
  }

  async page(id: string, watermark: number, limits: PageLimits): Promise<ActivityPage | undefined> {
    const e = this.conversations.get(id);
    if (!e) return undefined;
    const end = e.firstSeq + e.bodies.length;
    let seq = Math.max(watermark, e.firstSeq);
    const activities: Buffer[] = [];
    let bytes = 0;
    while (seq < end && activities.length < limits.maxActivities) {
      const body = e.bodies[seq - e.firstSeq]!;
      if (activities.length > 0 && bytes + body.length > limits.maxBytes) break;
      activities.push(body);
      bytes += body.length;
      seq++;
    }
    // A watermark beyond the end (a client's own invention) is answered with the end.
    return { activities, watermark: Math.min(seq, end) };
  }

  async delete(id: string): Promise<void> {
    const e = this.conversations.get(id);
    if (e) this.drop(e);
  }

  async sweep(now = Date.now()): Promise<void> {
    const cutoff = now - this.limits.idleTimeoutMs;
    for (const e of this.conversations.values()) {
      if (e.lastSeen >= cutoff) break;
      this.drop(e);
    }
  }

  async stats(): Promise<{ conversations: number; bytes: number }> {
    return { conversations: this.conversations.size, bytes: this.totalBytes };
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.conversations.clear();
    this.totalBytes = 0;
  }
}

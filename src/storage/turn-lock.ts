/**
 * One turn at a time per conversation. botbuilder's ConversationState.saveChanges writes with
 * eTag '*', so two turns of one conversation running at once each read the same state and the
 * later save silently drops the earlier turn's changes (a lost answer). Turns of one
 * conversation therefore wait for each other:
 * - in this process, a FIFO queue per conversation (no database round trip when nothing waits);
 * - across processes on PostgreSQL, a session advisory lock per conversation, taken with
 *   `pg_try_advisory_lock` on one dedicated connection (never a pool connection: turns holding
 *   pool connections while their own queries wait for the pool would deadlock). The lock dies
 *   with the connection, so a crashed instance never leaves a conversation locked.
 * SQLite has no cross-process lock here: one process per SQLite file is the supported setup.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';

export class TurnLockTimeoutError extends Error {
  constructor(waitedMs: number) {
    super(`another turn of this conversation held it for more than ${waitedMs} ms`);
    this.name = 'TurnLockTimeoutError';
  }
}

/** Held across processes until `release` resolves. */
export type CrossProcessLock = {
  acquire(key: string, timeoutMs: number): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** FIFO per key; a key's entry disappears when its last waiter is done. */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  get size(): number {
    return this.tails.size;
  }

  async run<T>(key: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key);
    let finish!: () => void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    // Whoever comes next waits for this turn, and through it for everything before it.
    const tail = previous ? previous.then(() => done) : done;
    this.tails.set(key, tail);
    const cleanup = () => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
    void tail.then(cleanup);

    if (previous) {
      let timer: NodeJS.Timeout | undefined;
      const turnedUp = await Promise.race([
        previous.then(() => true),
        new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
      ]);
      clearTimeout(timer);
      if (!turnedUp) {
        // Give up our place without breaking the chain: `done` resolves now, and `tail` still
        // waits for `previous`, so the next waiter never overtakes a turn that is still running.
        finish();
        throw new TurnLockTimeoutError(timeoutMs);
      }
    }
    try {
      return await fn();
    } finally {
      finish();
    }
  }
}

/** Advisory lock keys: a fixed namespace and 32 bits of the conversation key's hash. */
const LOCK_NAMESPACE = 0x54524e53; // "TRNS"; the two-key space never meets the migration's one-key lock

function lockId(key: string): number {
  return createHash('sha256').update(key, 'utf8').digest().readInt32BE(0);
}

/**
 * Session advisory locks on one dedicated connection. A held lock is polled for (the holder is
 * another instance, and turns take tens of milliseconds), so the connection is never blocked
 * waiting and one connection serves every conversation of this process.
 */
export class PostgresTurnLock implements CrossProcessLock {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly connectTimeoutMs = 5_000,
  ) {}

  private connection(): Promise<pg.Client> {
    if (this.closed) return Promise.reject(new Error('turn lock closed'));
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new pg.Client({
        connectionString: this.connectionString,
        connectionTimeoutMillis: this.connectTimeoutMs,
        statement_timeout: 5_000,
        application_name: 'cost-advisor turn lock',
      });
      // A lost connection releases every lock it held (PostgreSQL does that); the next turn reconnects.
      client.on('error', () => {
        if (this.client === client) this.client = undefined;
      });
      client.on('end', () => {
        if (this.client === client) this.client = undefined;
      });
      try {
        await client.connect();
      } catch (err) {
        await client.end().catch(() => {});
        throw err;
      }
      this.client = client;
      return client;
    })().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  async acquire(key: string, timeoutMs: number): Promise<() => Promise<void>> {
    const id = lockId(key);
    const started = Date.now();
    let delay = 2;
    for (;;) {
      const client = await this.connection();
      const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [LOCK_NAMESPACE, id]);
      if (rows[0]?.ok) {
        let released = false;
        return async () => {
          if (released) return;
          released = true;
          // Unlock on the connection that took the lock; if it has gone, so has the lock.
          if (this.client !== client) return;
          await client.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_NAMESPACE, id]).catch(() => {});
        };
      }
      if (Date.now() - started + delay > timeoutMs) throw new TurnLockTimeoutError(timeoutMs);
      await sleep(delay);
      delay = Math.min(delay * 2, 50);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client ?? (await this.connecting?.catch(() => undefined));
    this.client = undefined;
    await client?.end().catch(() => {});
  }
}

export type TurnSerializerOptions = {
  /** Longest a turn waits for the turns before it (in this process and in others). */
  waitTimeoutMs?: number;
};

/** Runs `fn` once every earlier turn of `key` (here and, with a cross-process lock, elsewhere) has finished. */
export class TurnSerializer {
  private readonly queue = new KeyedQueue();
  private readonly waitTimeoutMs: number;

  constructor(
    private readonly crossProcess?: CrossProcessLock,
    options: TurnSerializerOptions = {},
  ) {
    this.waitTimeoutMs = options.waitTimeoutMs ?? 30_000;
  }

  /** Conversations with a turn running or waiting in this process. */
  get active(): number {
    return this.queue.size;
  }

  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.queue.run(key, this.waitTimeoutMs, async () => {
      if (!this.crossProcess) return fn();
      const release = await this.crossProcess.acquire(key, this.waitTimeoutMs);
      try {
        return await fn();
      } finally {
        await release();
      }
    });
  }
}

/** The key ConversationState stores a conversation under; turns are serialized on the same key. */
export function conversationKey(activity: { channelId?: string; conversation?: { id?: string } }): string | undefined {
  const id = activity.conversation?.id;
  return id ? `${activity.channelId ?? ''}/conversations/${id}` : undefined;
}

type TurnContextLike = { activity: { channelId?: string; conversation?: { id?: string } } };

/**
 * Registered first on the adapter, so the whole turn runs inside the conversation's lock:
 * middleware that reads state before the bot (the language settler does) and the bot's save at
 * the end. A turn that fails is handed to `onError` while the lock is still held, so the error
 * handler's own state write cannot overwrite the next turn either; if the lock itself cannot be
 * had (database down, another turn stuck), the error goes to the adapter's onTurnError as usual.
 */
export class TurnSerializationMiddleware<C extends TurnContextLike = TurnContextLike> {
  constructor(
    private readonly serializer: TurnSerializer,
    private readonly onError: (context: C, error: Error) => Promise<void>,
  ) {}

  async onTurn(context: C, next: () => Promise<void>): Promise<void> {
    const key = conversationKey(context.activity);
    if (!key) return next();
    await this.serializer.run(key, async () => {
      try {
        await next();
      } catch (err) {
        await this.onError(context, err as Error);
      }
    });
  }
}

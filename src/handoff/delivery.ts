import type { Lang } from '../i18n/index';
import type { LeadStore, OutboxItem } from './lead-store';
import { teamsWebhookMessage } from './teams-message';

/** The subset of a pino logger the worker uses (pino's `logger.child({...})` fits). */
export type DeliveryLogger = {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
};

export type DeliveryOptions = {
  leads: LeadStore;
  url: string;
  format?: 'json' | 'teams';
  /** First retry waits up to this long; each further one doubles, with full jitter. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** null (default): retry until a 2xx, at most maxDelayMs apart. */
  maxAttempts?: number | null;
  timeoutMs?: number;
  /** How long a claimed row stays invisible to other workers; must outlast a request. */
  leaseMs?: number;
  batchSize?: number;
  /** Idle re-check, for rows another instance enqueued or a crashed worker left leased. */
  pollMs?: number;
  /** Language of the Teams card sales reads. */
  salesLanguage?: Lang;
  logger?: DeliveryLogger;
  random?: () => number;
  now?: () => number;
};

export type DeliveryStats = { delivered: number; failed: number; gaveUp: number };

const MIN_RETRY_DELAY_MS = 250;
const silent: DeliveryLogger = { info() {}, warn() {}, error() {} };

/** Full jitter (AWS architecture blog): uniform in [0, min(cap, base·2^(attempt-1))]. */
export function backoffDelay(attempt: number, baseDelayMs: number, maxDelayMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));
  return Math.floor(random() * ceiling);
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A one-line reason without the URL (Teams webhook URLs embed a secret) or any response body. */
function describeError(err: unknown, timeoutMs: number): string {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return `timeout after ${timeoutMs} ms`;
    const code = (err.cause as { code?: string } | undefined)?.code;
    return code ? `network error ${code}` : `network error ${err.name}`;
  }
  return 'network error';
}

/**
 * Delivers the lead outbox to the sales webhook. All state is in the database (attempts, next
 * attempt, lease), so a restart resumes where it stopped; several instances share the work
 * through leases. The receiver can de-duplicate with the Idempotency-Key header, which is
 * stable across retries of the same lead version.
 */
export class DeliveryWorker {
  private readonly o: Required<Omit<DeliveryOptions, 'maxAttempts'>> & { maxAttempts: number | null };
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private started = false;
  readonly stats: DeliveryStats = { delivered: 0, failed: 0, gaveUp: 0 };

  constructor(options: DeliveryOptions) {
    const timeoutMs = options.timeoutMs ?? 10_000;
    this.o = {
      format: 'json',
      baseDelayMs: 2_000,
      maxDelayMs: 15 * 60_000,
      maxAttempts: null,
      timeoutMs,
      leaseMs: timeoutMs * 2 + 5_000,
      batchSize: 10,
      pollMs: 30_000,
      salesLanguage: 'en',
      logger: silent,
      random: Math.random,
      now: Date.now,
      ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
    } as DeliveryWorker['o'];
  }

  /** Starts the loop: delivers whatever is due now (e.g. rows left by a previous run), then keeps polling. */
  start(): this {
    this.started = true;
    this.kick();
    return this;
  }

  /** Call right after LeadStore.create/update/withdraw: delivery starts now instead of at the next poll. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  /** Delivers everything due now and waits for it (used at shutdown and in tests). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    await this.run();
  }

  /** Stops scheduling and waits for requests in flight; pending rows stay in the database for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    while (this.running) await this.running;
  }

  private schedule(delayMs: number) {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, Math.max(0, delayMs));
    // Never keep the process alive just for the poll.
    this.timer.unref();
  }

  private run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.drain();
        } while (this.again && !this.stopped);
      } catch (err) {
        this.o.logger.error({ err: describeError(err, this.o.timeoutMs) }, 'lead delivery loop failed; will retry');
      } finally {
        this.running = undefined;
      }
      await this.scheduleNext();
    })();
    return this.running;
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      const batch = await this.o.leads.claimDue(this.o.now(), this.o.batchSize, this.o.leaseMs);
      if (batch.length === 0) return;
      await Promise.all(batch.map((item) => this.deliver(item)));
    }
  }

  private async scheduleNext(): Promise<void> {
    if (this.stopped || !this.started) return;
    let delay = this.o.pollMs;
    try {
      const due = await this.o.leads.nextDueAt();
      if (due !== null) delay = Math.min(delay, due - this.o.now());
    } catch {
      // The database is briefly unreachable: the poll will try again.
    }
    this.schedule(delay);
  }

  private body(item: OutboxItem): unknown {
    return this.o.format === 'teams' ? teamsWebhookMessage(item.payload, this.o.salesLanguage) : item.payload;
  }

  private async deliver(item: OutboxItem): Promise<void> {
    // Only ids and counts in logs: never the payload, the contact details or the webhook URL.
    const ctx = { leadId: item.leadId, reference: item.reference, kind: item.kind, version: item.version, attempt: item.attempts };
    let httpStatus: number | null = null;
    let error: string;
    let retryAfter: number | undefined;
    try {
      const res = await fetch(this.o.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': item.idempotencyKey,
          'user-agent': 'contact-center-cost-advisor/lead-delivery',
        },
        body: JSON.stringify(this.body(item)),
        signal: AbortSignal.timeout(this.o.timeoutMs),
        redirect: 'error',
      });
      httpStatus = res.status;
      await res.body?.cancel().catch(() => {});
      if (res.ok) {
        await this.o.leads.markDelivered(item.id, this.o.now(), res.status);
        this.stats.delivered++;
        this.o.logger.info({ ...ctx, status: res.status }, 'lead delivered to sales webhook');
        return;
      }
      error = `HTTP ${res.status}`;
      retryAfter = retryAfterMs(res.headers.get('retry-after'), this.o.now());
    } catch (err) {
      error = describeError(err, this.o.timeoutMs);
    }
    const giveUp = this.o.maxAttempts !== null && item.attempts >= this.o.maxAttempts;
    // A small floor keeps a jitter draw near zero from turning into a tight retry loop.
    const floor = Math.min(MIN_RETRY_DELAY_MS, this.o.baseDelayMs);
    const delay = Math.min(
      this.o.maxDelayMs,
      Math.max(backoffDelay(item.attempts, this.o.baseDelayMs, this.o.maxDelayMs, this.o.random), retryAfter ?? 0, floor),
    );
    const nextAttemptAt = giveUp ? null : this.o.now() + delay;
    const owned = await this.o.leads.markFailed(item.id, item.leaseToken, { error, httpStatus, nextAttemptAt });
    if (giveUp) {
      this.stats.gaveUp++;
      this.o.logger.error({ ...ctx, status: httpStatus, error }, 'lead delivery gave up after the last attempt');
    } else {
      this.stats.failed++;
      this.o.logger.warn(
        { ...ctx, status: httpStatus, error, retryInMs: delay, leaseLost: !owned },
        'lead delivery failed; will retry',
      );
    }
  }
}

/** null when SALES_WEBHOOK_URL is not set: leads are then only stored and listed through the admin API. */
export function createDeliveryWorker(
  leads: LeadStore,
  config: { SALES_WEBHOOK_URL?: string; SALES_WEBHOOK_FORMAT: 'json' | 'teams' },
  options: Omit<DeliveryOptions, 'leads' | 'url' | 'format'> = {},
): DeliveryWorker | null {
  if (!config.SALES_WEBHOOK_URL) return null;
  return new DeliveryWorker({ ...options, leads, url: config.SALES_WEBHOOK_URL, format: config.SALES_WEBHOOK_FORMAT });
}

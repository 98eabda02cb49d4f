/**
 * The retention promise for conversation state: anything not written for
 * CONVERSATION_RETENTION_DAYS is deleted, on a schedule, on both databases. Every instance runs
 * it (the delete is idempotent), first shortly after start-up and then hourly.
 */
import type { AppDatabase } from './database';

export type PurgeLogger = { info(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };

export type StatePurge = {
  /** Purges now; resolves with the rows deleted. */
  run(): Promise<number>;
  stop(): void;
};

export const DAY_MS = 24 * 60 * 60_000;

export function scheduleStatePurge(
  db: Pick<AppDatabase, 'purgeIdleState'>,
  retentionDays: number,
  log: PurgeLogger,
  options: { firstDelayMs?: number; everyMs?: number; now?: () => number } = {},
): StatePurge {
  const now = options.now ?? Date.now;
  let running: Promise<number> | undefined;
  const run = () =>
    (running ??= db
      .purgeIdleState(now() - retentionDays * DAY_MS)
      .then(
        (deleted) => {
          if (deleted > 0) log.info({ deleted, retentionDays }, 'purged idle conversation state');
          return deleted;
        },
        (err: unknown) => {
          log.warn({ err: { message: (err as Error)?.message } }, 'conversation state purge failed; will retry at the next run');
          return 0;
        },
      )
      .finally(() => {
        running = undefined;
      }));
  const first = setTimeout(() => void run(), options.firstDelayMs ?? 5_000);
  const every = setInterval(() => void run(), options.everyMs ?? 60 * 60_000);
  first.unref();
  every.unref();
  return {
    run,
    stop() {
      clearTimeout(first);
      clearInterval(every);
    },
  };
}

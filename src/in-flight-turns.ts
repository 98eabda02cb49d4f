/**
 * Counts the turns the adapter is running, so shutdown can wait for them before it closes the
 * database. Closing the HTTP server is not enough: the chat bridge answers its POST at once and
 * runs the turn afterwards, so a bridge turn can still be writing state when the last request ends.
 */
import type { Middleware, TurnContext } from 'botbuilder';

export class InFlightTurns implements Middleware {
  private running = 0;
  private waiters: (() => void)[] = [];

  get count(): number {
    return this.running;
  }

  async onTurn(_context: TurnContext, next: () => Promise<void>): Promise<void> {
    this.running++;
    try {
      await next();
    } finally {
      if (--this.running === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  /** Resolves when no turn is running (true), or after `timeoutMs` with turns still running (false). */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.running === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== wake);
        resolve(false);
      }, timeoutMs);
      timer.unref();
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.waiters.push(wake);
    });
  }
}

/**
 * Real bot processes for the scale and fault tests: the built `node dist/index.js`, exactly
 * what `npm start` runs, on a fixed port so a restarted process answers at the same URL.
 * BOT_LOG_LEVEL=info (for example) shows the processes' logs while debugging a test.
 */
import net from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { builtServerArgs } from '../e2e/built-server';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export class BotProcess {
  private proc: ChildProcess | undefined;
  private stderr = '';
  readonly url: string;

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  get pid(): number | undefined {
    return this.proc?.pid;
  }

  /** The end of the process's stderr (crash messages), for assertion messages. */
  get stderrTail(): string {
    return this.stderr.trim().slice(-1_500);
  }

  /** True while the process has not exited. */
  get alive(): boolean {
    return this.proc !== undefined && this.proc.exitCode === null && this.proc.signalCode === null;
  }

  async start(timeoutMs = 30_000): Promise<this> {
    this.stderr = '';
    const proc = spawn(process.execPath, builtServerArgs(), {
      env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: process.env.BOT_LOG_LEVEL ?? 'silent', DATABASE_URL: '', SALES_WEBHOOK_URL: '', ...this.env, PORT: String(this.port) },
      stdio: ['ignore', process.env.BOT_LOG_LEVEL ? 'inherit' : 'ignore', 'pipe'],
    });
    proc.stderr!.on('data', (c) => (this.stderr = (this.stderr + c).slice(-4_000)));
    this.proc = proc;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.alive) throw new Error(`bot process exited during start: ${this.stderr.trim()}`);
      try {
        if ((await fetch(`${this.url}/readyz`)).ok) return this;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > deadline) {
        await this.kill();
        throw new Error(`bot process not ready in ${timeoutMs} ms: ${this.stderr.trim()}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** kill -9: no shutdown hooks, no flush. */
  async kill(): Promise<void> {
    const proc = this.proc;
    if (!proc || !this.alive) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGKILL');
    await exited;
  }

  async restart(): Promise<this> {
    await this.kill();
    return this.start();
  }

  async readyStatus(): Promise<number> {
    return (await fetch(`${this.url}/readyz`, { signal: AbortSignal.timeout(10_000) })).status;
  }
}

/** Polls until `check` holds; bounded so a broken system fails the test instead of hanging it. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 15_000, stepMs = 100): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check().catch(() => undefined);
    if (v) return v;
    if (Date.now() > until) throw new Error(`condition not met in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

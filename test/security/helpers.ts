/**
 * Shared pieces of the security tests: the real app on either database, and a channel stand-in
 * that files every reply under its conversation and the activity it answers, so simultaneous
 * turns can be told apart.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { startApp, tempDataDir } from '../e2e/harness';
import { createScratchDatabase, type ScratchDatabase } from '../storage/pg-scratch';
import type { App, AppOptions } from '../../src/app';

export type Reply = { conversationId: string; replyToId: string | undefined; activity: Record<string, any> };

/** Records what the bot POSTs to /v3/conversations/:conversation/activities[/:replyTo]. */
export class ReplyRecorder {
  readonly replies: Reply[] = [];
  url = '';
  private readonly server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
      if (req.method === 'POST' && m) {
        try {
          this.replies.push({
            conversationId: decodeURIComponent(m[1]!),
            replyToId: m[2] ? decodeURIComponent(m[2]) : undefined,
            activity: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'),
          });
        } catch {
          // not JSON: not a reply
        }
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: randomUUID() }));
    });
  });

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  messagesTo(conversationId: string, replyToId?: string): Record<string, any>[] {
    return this.replies
      .filter((r) => r.conversationId === conversationId && (replyToId === undefined || r.replyToId === replyToId))
      .map((r) => r.activity)
      .filter((a) => a.type === 'message');
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export type Backend = 'sqlite' | 'postgres';

export type Started = { app: App; scratch?: ScratchDatabase; env: Record<string, string>; close(): Promise<void> };

/** The real app on SQLite (a fresh DATA_DIR) or on a scratch PostgreSQL database. */
export async function startOn(
  backend: Backend,
  env: Record<string, string> = {},
  options: AppOptions = {},
  scratch?: ScratchDatabase,
): Promise<Started> {
  const own = backend === 'postgres' && !scratch;
  const db = backend === 'postgres' ? (scratch ?? (await createScratchDatabase())) : undefined;
  const full = { DATA_DIR: tempDataDir(), ...(db ? { DATABASE_URL: db.url } : {}), ...env };
  const app = await startApp(full, options);
  return {
    app,
    scratch: db,
    env: full,
    async close() {
      await app.close();
      if (own) await db?.drop();
    },
  };
}

export function activity(recorderUrl: string, conversationId: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: `a-${randomUUID()}`,
    text,
    channelId: 'emulator',
    serviceUrl: recorderUrl,
    locale: 'en-US',
    timestamp: new Date().toISOString(),
    from: { id: `user-${conversationId}`, name: 'Visitor', role: 'user' },
    recipient: { id: 'advisor-bot', name: 'Cost Advisor', role: 'bot' },
    conversation: { id: conversationId },
    ...extra,
  };
}

export async function postActivity(appUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const res = await fetch(`${appUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

/** Any object in `doc` (at any depth) for which `test` holds. */
export function findDeep(doc: unknown, test: (o: Record<string, any>) => boolean): boolean {
  if (!doc || typeof doc !== 'object') return false;
  if (!Array.isArray(doc) && test(doc as Record<string, any>)) return true;
  return Object.values(doc as object).some((v) => findDeep(v, test));
}

export async function waitFor<T>(what: string, fn: () => T | Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

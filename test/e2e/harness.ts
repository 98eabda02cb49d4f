/**
 * End-to-end harness: the real app (createApp → restify → CloudAdapter → bot → SQLite) on a
 * free port, and a small HTTP server standing in for the channel's serviceUrl that records
 * what the bot sends back. Conversations are driven exactly as a channel would drive them.
 */
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { createApp, type App, type AppOptions } from '../../src/app';

export type SentActivity = {
  type: string;
  text?: string;
  attachments?: { contentType: string; content: any }[];
  suggestedActions?: { actions: { title: string; value: string }[] };
  locale?: string;
  [k: string]: unknown;
};

export class ChannelRecorder {
  readonly activities: SentActivity[] = [];
  private server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      try {
        const activity = JSON.parse(body || '{}');
        if (req.method === 'POST' && /\/v3\/conversations\//.test(req.url ?? '')) this.activities.push(activity);
      } catch {
        /* ignore */
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: randomUUID() }));
    });
  });
  url = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  take(): SentActivity[] {
    return this.activities.splice(0, this.activities.length);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cca-e2e-'));
}

export async function startApp(env: Record<string, string> = {}, options: AppOptions = {}): Promise<App> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: env.DATA_DIR ?? tempDataDir(), ...env });
  return createApp(config, options);
}

/** The visible text of a reply: the text, or a card's fallback text. */
export function visibleText(a: SentActivity): string {
  const parts = [a.text ?? ''];
  for (const att of a.attachments ?? []) {
    if (att.contentType === 'application/vnd.microsoft.card.adaptive') parts.push(att.content?.fallbackText ?? '');
  }
  return parts.filter(Boolean).join('\n');
}

export class Conversation {
  readonly id = `conv-${randomUUID()}`;
  readonly userId = `user-${randomUUID().slice(0, 8)}`;
  private seq = 0;

  constructor(
    private readonly appUrl: () => string,
    private readonly recorder: ChannelRecorder,
    readonly channelId = 'emulator',
    readonly locale = 'en-US',
  ) {}

  private base(type: string): Record<string, unknown> {
    return {
      type,
      id: `a-${++this.seq}`,
      timestamp: new Date().toISOString(),
      channelId: this.channelId,
      serviceUrl: this.recorder.url,
      locale: this.locale,
      from: { id: this.userId, name: 'Visitor', role: 'user' },
      recipient: { id: 'advisor-bot', name: 'Cost Advisor', role: 'bot' },
      conversation: { id: this.id },
    };
  }

  async post(activity: Record<string, unknown>): Promise<{ status: number; replies: SentActivity[] }> {
    const res = await fetch(`${this.appUrl()}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(activity),
    });
    await res.text();
    return { status: res.status, replies: this.recorder.take().filter((a) => a.type === 'message') };
  }

  async join(): Promise<SentActivity[]> {
    const r = await this.post({
      ...this.base('conversationUpdate'),
      membersAdded: [{ id: this.userId, name: 'Visitor' }],
    });
    return r.replies;
  }

  async say(text: string, extra: Record<string, unknown> = {}): Promise<SentActivity[]> {
    const r = await this.post({ ...this.base('message'), text, ...extra });
    if (r.status >= 300) throw new Error(`POST /api/messages answered ${r.status}`);
    return r.replies;
  }

  async submit(value: Record<string, unknown>): Promise<SentActivity[]> {
    const r = await this.post({ ...this.base('message'), value });
    return r.replies;
  }
}

/**
 * Drives the real app over HTTP with arbitrary (possibly malformed) activities. Unlike the e2e
 * harness, the activity is built field by field so a fuzz case can drop or replace any field,
 * and replies are collected per conversation so a stray late reply cannot be blamed on the wrong turn.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export type Reply = { type: string; text?: string; attachments?: { contentType: string; content: unknown }[]; [k: string]: unknown };

export class ConversationRecorder {
  private readonly byConversation = new Map<string, Reply[]>();
  private server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      // /v3/conversations/{id}/activities[/{replyToId}]
      const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (req.method === 'POST' && match) {
        try {
          const id = decodeURIComponent(match[1]);
          const list = this.byConversation.get(id) ?? [];
          list.push(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
          this.byConversation.set(id, list);
        } catch {
          /* a body the bot could not have meant: ignored, the turn then counts as unanswered */
        }
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

  /** Every activity sent to this conversation since the last take. */
  take(conversationId: string): Reply[] {
    const list = this.byConversation.get(conversationId) ?? [];
    this.byConversation.delete(conversationId);
    return list;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export type PostResult = { status: number; body: string; replies: Reply[] };

export class FuzzConversation {
  readonly id = `fuzz-${randomUUID()}`;
  readonly userId = `user-${randomUUID().slice(0, 8)}`;
  private seq = 0;

  constructor(
    private readonly appUrl: string,
    private readonly recorder: ConversationRecorder,
    readonly channelId = 'emulator',
    readonly locale = 'en-US',
  ) {}

  /** A well-formed message activity; `overrides` replace fields, `undefined` values remove them. */
  activity(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    const a: Record<string, unknown> = {
      type: 'message',
      id: `a-${++this.seq}`,
      timestamp: new Date().toISOString(),
      channelId: this.channelId,
      serviceUrl: this.recorder.url,
      locale: this.locale,
      from: { id: this.userId, name: 'Visitor', role: 'user' },
      recipient: { id: 'advisor-bot', name: 'Cost Advisor', role: 'bot' },
      conversation: { id: this.id },
    };
    for (const [k, v] of Object.entries(overrides)) {
      if (v === undefined) delete a[k];
      else a[k] = v;
    }
    return a;
  }

  async postRaw(body: string, contentType = 'application/json'): Promise<PostResult> {
    const res = await fetch(`${this.appUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': contentType }, body });
    const text = await res.text();
    return { status: res.status, body: text, replies: this.recorder.take(this.id).filter((r) => r.type === 'message') };
  }

  post(activity: Record<string, unknown>): Promise<PostResult> {
    return this.postRaw(JSON.stringify(activity));
  }

  say(text: string, extra: Record<string, unknown> = {}): Promise<PostResult> {
    return this.post(this.activity({ text, ...extra }));
  }

  submit(value: unknown, extra: Record<string, unknown> = {}): Promise<PostResult> {
    return this.post(this.activity({ value, ...extra }));
  }
}

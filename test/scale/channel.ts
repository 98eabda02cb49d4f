/**
 * A channel for bot processes: a serviceUrl that records what the bot sends back, and a
 * conversation that posts activities to whichever process `url()` names for each turn.
 *
 * Deliberately not test/e2e/harness.ts: that module imports the app and with it restify, which
 * replaces http.ServerResponse.prototype.writeHead in this process with one that does not return
 * `this`, breaking plain node:http servers here such as test/handoff/receiver.ts.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export type SentActivity = {
  type: string;
  text?: string;
  conversation?: { id: string };
  attachments?: { contentType: string; content: any }[];
  [k: string]: unknown;
};

/** How the channel answers one activity the bot sends: an HTTP status, after a delay. */
export type ChannelAnswer = { status: number; delayMs?: number };

export class ChannelRecorder {
  private readonly activities: SentActivity[] = [];
  /** Default: every activity accepted at once. Tests replace it to make the channel slow or failing. */
  answer: (activity: SentActivity) => ChannelAnswer = () => ({ status: 200 });
  private readonly server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      let answer: ChannelAnswer = { status: 200 };
      try {
        if (req.method === 'POST' && /\/v3\/conversations\//.test(req.url ?? '')) {
          const activity = JSON.parse(body || '{}') as SentActivity;
          this.activities.push(activity);
          answer = this.answer(activity);
        }
      } catch {
        /* not an activity */
      }
      setTimeout(() => {
        res.writeHead(answer.status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(answer.status < 300 ? { id: randomUUID() } : { error: { code: 'BadRequest', message: 'refused by the test channel' } }));
      }, answer.delayMs ?? 0);
    });
  });
  url = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Removes and returns the messages sent to one conversation (conversations may run side by side). */
  take(conversationId: string): SentActivity[] {
    const mine = this.activities.filter((a) => a.conversation?.id === conversationId);
    for (const a of mine) this.activities.splice(this.activities.indexOf(a), 1);
    return mine.filter((a) => a.type === 'message');
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The visible text of replies: texts and adaptive cards' fallback texts. */
export function visibleText(replies: SentActivity[]): string {
  return replies
    .flatMap((a) => [
      a.text ?? '',
      ...(a.attachments ?? []).filter((x) => x.contentType === 'application/vnd.microsoft.card.adaptive').map((x) => x.content?.fallbackText ?? ''),
    ])
    .filter(Boolean)
    .join('\n');
}

export class Conversation {
  readonly id = `conv-${randomUUID()}`;
  readonly userId = `user-${randomUUID().slice(0, 8)}`;
  private seq = 0;

  constructor(
    private readonly url: () => string,
    private readonly recorder: ChannelRecorder,
    readonly locale = 'en-US',
  ) {}

  /** Sends one message; the HTTP status and the visible text of the replies. */
  async send(text: string): Promise<{ status: number; text: string }> {
    const activity = {
      type: 'message',
      id: `a-${++this.seq}`,
      timestamp: new Date().toISOString(),
      channelId: 'emulator',
      serviceUrl: this.recorder.url,
      locale: this.locale,
      from: { id: this.userId, name: 'Visitor', role: 'user' },
      recipient: { id: 'advisor-bot', name: 'Cost Advisor', role: 'bot' },
      conversation: { id: this.id },
      text,
    };
    const res = await fetch(`${this.url()}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(20_000),
    });
    await res.text();
    return { status: res.status, text: visibleText(this.recorder.take(this.id)) };
  }

  /** Sends one message and expects a 2xx; the visible text of the replies. */
  async say(text: string): Promise<string> {
    const r = await this.send(text);
    if (r.status >= 300) throw new Error(`POST /api/messages answered ${r.status} to "${text}"`);
    return r.text;
  }
}

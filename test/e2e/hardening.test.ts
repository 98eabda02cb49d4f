import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import pino from 'pino';
import { ChannelRecorder, Conversation, startApp } from './harness';
import type { App } from '../../src/app';

const recorder = new ChannelRecorder();
let app: App | undefined;
beforeAll(async () => {
  await recorder.start();
});
afterAll(async () => {
  await recorder.stop();
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('hardening of /api/messages', () => {
  it('rate-limits a conversation with 429 and Retry-After, and other conversations are unaffected', async () => {
    app = await startApp({}, { rateLimits: { perConversation: { limit: 3, windowMs: 60_000 } } });
    const c = new Conversation(() => app!.url, recorder);
    const activity = (conv: Conversation, text: string) => ({
      type: 'message', text, channelId: 'emulator', serviceUrl: recorder.url,
      from: { id: conv.userId }, recipient: { id: 'bot' }, conversation: { id: conv.id },
    });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r = await c.post(activity(c, 'hello'));
      statuses.push(r.status);
    }
    const last = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity(c, 'again')) });
    retryAfter = last.headers.get('retry-after');
    expect(statuses.slice(0, 3).every((s) => s < 300)).toBe(true);
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(last.status).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const other = new Conversation(() => app!.url, recorder);
    expect((await other.post(activity(other, 'hello'))).status).toBeLessThan(300);
  });

  it('with MicrosoftAppId set, an unauthenticated activity gets 401 and no reply', async () => {
    app = await startApp({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' });
    const c = new Conversation(() => app!.url, recorder);
    const r = await c.post({ type: 'message', text: 'hi', channelId: 'msteams', serviceUrl: recorder.url, from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: c.id } });
    expect(r.status).toBe(401);
    expect(r.replies).toHaveLength(0);
  });

  it('never writes an email address or phone number to the logs during a handoff', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, cb) { lines.push(String(chunk)); cb(); } });
    app = await startApp({}, { logger: pino({ level: 'trace' }, sink) });
    const c = new Conversation(() => app!.url, recorder);
    await c.say('40 agents, voice, cloud');
    for (const answer of ['talk to sales', 'Dana Smith', 'dana.smith@example.org', 'Example Org', '+62 812 5555 0101', 'skip', 'yes']) await c.say(answer);
    const all = lines.join('');
    expect(lines.length).toBeGreaterThan(5);
    expect(all).not.toContain('dana.smith@example.org');
    expect(all).not.toContain('5555');
    expect(all).toContain('"turnId"');
  });
});

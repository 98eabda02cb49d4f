import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import restify from 'restify';
import type { AddressInfo } from 'node:net';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';
import { registerDirectLineBridge, type DirectLineBridge, type DirectLineBridgeOptions } from '../../src/webchat/bridge';
import { createInProcessHandler } from '../../src/webchat/inProcess';

/** A tiny real bot: welcome on join, echo text, report card submits. */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMembersAdded(async (ctx, next) => {
      for (const m of ctx.activity.membersAdded ?? []) {
        if (m.id !== ctx.activity.recipient.id) await ctx.sendActivity(`Welcome (${ctx.activity.locale ?? 'no locale'})`);
      }
      await next();
    });
    this.onMessage(async (ctx, next) => {
      if (ctx.activity.value !== undefined) await ctx.sendActivity(`value ${JSON.stringify(ctx.activity.value)}`);
      else await ctx.sendActivity(MessageFactory.text(`echo: ${ctx.activity.text} [${ctx.activity.from.id}|${ctx.activity.channelId}]`));
      await next();
    });
  }
}

type Started = { url: string; server: restify.Server; bridge: DirectLineBridge };

async function startServer(opts: Partial<DirectLineBridgeOptions> = {}, withBodyParser = true, appId = ''): Promise<Started> {
  const server = restify.createServer();
  if (withBodyParser) server.use(restify.plugins.bodyParser());
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication(appId ? { MicrosoftAppId: appId, MicrosoftAppPassword: 'not-used-in-process' } : {}),
  );
  const bot = new EchoBot();
  const bridge = registerDirectLineBridge(server, {
    handle: createInProcessHandler(adapter, (ctx) => bot.run(ctx), appId),
    allowedOrigins: ['https://shop.example'],
    ...opts,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as unknown as AddressInfo;
  return { url: `http://127.0.0.1:${port}/directline`, server, bridge };
}

async function stop(s: Started) {
  s.bridge.close();
  await new Promise<void>((resolve) => s.server.close(() => resolve()));
}

async function call(url: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
}

type Conv = { conversationId: string; token: string; expires_in: number };

async function startConversation(base: string, body?: unknown): Promise<Conv> {
  const r = await call(`${base}/conversations`, { method: 'POST', body });
  expect(r.status).toBe(201);
  return r.json as Conv;
}

async function poll(base: string, conv: Conv, watermark: string | number, until: (a: any[]) => boolean) {
  for (let i = 0; i < 100; i++) {
    const r = await call(`${base}/conversations/${conv.conversationId}/activities?watermark=${watermark}`, { token: conv.token });
    expect(r.status).toBe(200);
    if (until(r.json.activities)) return r.json as { activities: any[]; watermark: string };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('timed out waiting for activities');
}

describe('Direct Line bridge', () => {
  let s: Started;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => stop(s));

  it('starts a conversation with a scoped token and the welcome from the bot', async () => {
    const conv = await startConversation(s.url, { locale: 'id-ID' });
    expect(conv.conversationId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(conv.token.split('.')).toHaveLength(2);
    expect(conv.expires_in).toBeGreaterThan(0);
    const { activities, watermark } = await poll(s.url, conv, 0, (a) => a.length > 0);
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ type: 'message', text: 'Welcome (id-ID)', from: { role: 'bot' } });
    expect(typeof activities[0].timestamp).toBe('string');
    expect(watermark).toBe('1');
  });

  it('echoes the user activity, adds the bot reply, and pages with watermarks', async () => {
    const conv = await startConversation(s.url);
    const first = await poll(s.url, conv, 0, (a) => a.length === 1);
    const post = await call(`${s.url}/conversations/${conv.conversationId}/activities`, {
      method: 'POST',
      token: conv.token,
      body: { type: 'message', text: 'hello', from: { id: 'spoofed-user' }, locale: 'en-US', channelData: { clientActivityID: 'c1' } },
    });
    expect(post.status).toBe(200);
    expect(post.json.id).toMatch(new RegExp(`^${conv.conversationId}\\|`));
    const next = await poll(s.url, conv, first.watermark, (a) => a.length >= 2);
    const [echo, reply] = next.activities;
    expect(echo).toMatchObject({ id: post.json.id, type: 'message', text: 'hello', from: { role: 'user' }, channelData: { clientActivityID: 'c1' } });
    expect(echo.from.id).not.toBe('spoofed-user');
    expect(reply).toMatchObject({ type: 'message', from: { role: 'bot' } });
    expect(reply.text).toBe(`echo: hello [${echo.from.id}|webchat]`);
    expect(Number(next.watermark)).toBe(3);
    const ids = [...first.activities, ...next.activities].map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const empty = await call(`${s.url}/conversations/${conv.conversationId}/activities?watermark=${next.watermark}`, { token: conv.token });
    expect(empty.json).toEqual({ activities: [], watermark: '3' });
  });

  it('passes card submits through as message values', async () => {
    const conv = await startConversation(s.url);
    await call(`${s.url}/conversations/${conv.conversationId}/activities`, {
      method: 'POST',
      token: conv.token,
      body: { type: 'message', value: { action: 'estimate', agents: 50 } },
    });
    const { activities } = await poll(s.url, conv, 1, (a) => a.length >= 2);
    expect(activities[1].text).toBe('value {"action":"estimate","agents":50}');
  });

  it('refuses a token of one conversation on another (403) and requests without a token (401)', async () => {
    const a = await startConversation(s.url);
    const b = await startConversation(s.url);
    const read = await call(`${s.url}/conversations/${b.conversationId}/activities`, { token: a.token });
    expect(read.status).toBe(403);
    const write = await call(`${s.url}/conversations/${b.conversationId}/activities`, { method: 'POST', token: a.token, body: { type: 'message', text: 'x' } });
    expect(write.status).toBe(403);
    expect((await call(`${s.url}/conversations/${b.conversationId}/activities`)).status).toBe(401);
    const forged = `${a.token.split('.')[0]}.${b.token.split('.')[1]}`;
    expect((await call(`${s.url}/conversations/${a.conversationId}/activities`, { token: forged })).status).toBe(403);
    expect((await call(`${s.url}/conversations/${a.conversationId}/activities`, { token: 'garbage' })).status).toBe(403);
  });

  it.each([
    ['an unknown activity type', { type: 'invoke', text: 'x' }, 'type'],
    ['text that is too long', { type: 'message', text: 'x'.repeat(4001) }, 'text'],
    ['a text that is not a string', { type: 'message', text: 42 }, 'text'],
    ['attachments', { type: 'message', attachments: [{ contentType: 'image/png' }] }, 'attachments'],
    ['a bad locale', { type: 'message', text: 'hi', locale: 'not a locale!' }, 'locale'],
    ['no body at all', undefined, ''],
  ])('rejects %s with 400 and says which field', async (_name, body, field) => {
    const conv = await startConversation(s.url);
    const r = await call(`${s.url}/conversations/${conv.conversationId}/activities`, { method: 'POST', token: conv.token, body });
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('BadArgument');
    expect(r.json.error.message).toContain(field);
  });

  it('rejects a bad watermark and a malformed conversation id with 400', async () => {
    const conv = await startConversation(s.url);
    expect((await call(`${s.url}/conversations/${conv.conversationId}/activities?watermark=-1`, { token: conv.token })).status).toBe(400);
    expect((await call(`${s.url}/conversations/${conv.conversationId}/activities?watermark=abc`, { token: conv.token })).status).toBe(400);
    expect((await call(`${s.url}/conversations/bad!id/activities`, { token: conv.token })).status).toBe(400);
  });

  it('issues a token first and starts that conversation when the client opens it (the page flow)', async () => {
    const gen = await call(`${s.url}/tokens/generate`, { method: 'POST', body: { locale: 'en-US' } });
    expect(gen.status).toBe(200);
    const opened = await call(`${s.url}/conversations`, { method: 'POST', token: gen.json.token });
    expect(opened.status).toBe(201);
    expect(opened.json.conversationId).toBe(gen.json.conversationId);
    const again = await call(`${s.url}/conversations`, { method: 'POST', token: gen.json.token });
    expect(again.status).toBe(200);
    const { activities } = await poll(s.url, opened.json, 0, (a) => a.length > 0);
    expect(activities.map((a) => a.text)).toEqual(['Welcome (en-US)']);
    const refreshed = await call(`${s.url}/tokens/refresh`, { method: 'POST', token: gen.json.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.json.conversationId).toBe(gen.json.conversationId);
  });

  it('answers CORS preflights for allowed origins and refuses other origins', async () => {
    const pre = await fetch(`${s.url}/conversations`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type,x-ms-bot-agent' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(pre.headers.get('access-control-allow-headers')).toContain('x-ms-bot-agent');
    const created = await call(`${s.url}/conversations`, { method: 'POST', headers: { Origin: 'https://shop.example' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('access-control-allow-origin')).toBe('https://shop.example');

    const evilPre = await fetch(`${s.url}/conversations`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(evilPre.status).toBe(403);
    expect(evilPre.headers.get('access-control-allow-origin')).toBeNull();
    const evil = await call(`${s.url}/conversations`, { method: 'POST', headers: { Origin: 'https://evil.example' } });
    expect(evil.status).toBe(403);
    // The page's own origin needs no listing.
    const same = await call(`${s.url}/conversations`, { method: 'POST', headers: { Origin: new URL(s.url).origin } });
    expect(same.status).toBe(201);
  });
});

describe('Direct Line bridge limits', () => {
  it('limits posts per token with 429 and Retry-After', async () => {
    const s = await startServer({ rateLimits: { postPerToken: { limit: 3, windowMs: 60_000 } } });
    try {
      const conv = await startConversation(s.url);
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 5; i++) {
        const r = await call(`${s.url}/conversations/${conv.conversationId}/activities`, { method: 'POST', token: conv.token, body: { type: 'message', text: `m${i}` } });
        statuses.push(r.status);
        if (r.status === 429) retryAfter = r.headers.get('retry-after');
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      // Another conversation has its own allowance.
      const other = await startConversation(s.url);
      const r = await call(`${s.url}/conversations/${other.conversationId}/activities`, { method: 'POST', token: other.token, body: { type: 'message', text: 'ok' } });
      expect(r.status).toBe(200);
    } finally {
      await stop(s);
    }
  });

  it('limits new conversations per IP', async () => {
    const s = await startServer({ rateLimits: { createPerIp: { limit: 2, windowMs: 60_000 } } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await call(`${s.url}/conversations`, { method: 'POST' })).status);
      expect(statuses).toEqual([201, 201, 429]);
    } finally {
      await stop(s);
    }
  });

  it('limits the body size with 413, with and without restify bodyParser', async () => {
    for (const withBodyParser of [true, false]) {
      const s = await startServer({ maxBodyBytes: 1024 }, withBodyParser);
      try {
        const conv = await startConversation(s.url);
        const r = await call(`${s.url}/conversations/${conv.conversationId}/activities`, {
          method: 'POST',
          token: conv.token,
          body: { type: 'message', value: { blob: 'x'.repeat(2000) } },
        });
        expect(r.status, `bodyParser ${withBodyParser}`).toBe(413);
        const bad = await call(`${s.url}/conversations/${conv.conversationId}/activities`, { method: 'POST', token: conv.token, body: '{not json' });
        expect(bad.status).toBe(400);
      } finally {
        await stop(s);
      }
    }
  });

  it('needs the secret to start a conversation when one is configured', async () => {
    const s = await startServer({ secret: 'local-secret-123' });
    try {
      expect((await call(`${s.url}/conversations`, { method: 'POST' })).status).toBe(401);
      expect((await call(`${s.url}/conversations`, { method: 'POST', token: 'wrong' })).status).toBe(403);
      expect((await call(`${s.url}/conversations`, { method: 'POST', token: 'local-secret-123' })).status).toBe(201);
    } finally {
      await stop(s);
    }
  });

  it('caps the activity log and keeps watermarks counting from the start', async () => {
    const s = await startServer({ maxActivitiesPerConversation: 4 });
    try {
      const conv = await startConversation(s.url);
      for (let i = 0; i < 3; i++) {
        await call(`${s.url}/conversations/${conv.conversationId}/activities`, { method: 'POST', token: conv.token, body: { type: 'message', text: `m${i}` } });
      }
      const all = await poll(s.url, conv, 0, (a) => a.some((x) => String(x.text).startsWith('echo: m2')));
      expect(all.watermark).toBe('7');
      expect(all.activities).toHaveLength(4);
      expect(all.activities[0].text).toBe('m1');
    } finally {
      await stop(s);
    }
  });

  it('runs the bot in-process when the adapter is configured for Teams (MicrosoftAppId set), with no network call', async () => {
    const s = await startServer({}, true, '1b2c3d4e-1111-4222-8333-123456789abc');
    try {
      const conv = await startConversation(s.url);
      await call(`${s.url}/conversations/${conv.conversationId}/activities`, { method: 'POST', token: conv.token, body: { type: 'message', text: 'hi' } });
      const { activities } = await poll(s.url, conv, 0, (a) => a.length >= 3);
      expect(activities.map((a) => a.from.role)).toEqual(['bot', 'user', 'bot']);
      expect(activities[2].text).toMatch(/^echo: hi/);
    } finally {
      await stop(s);
    }
  });
});

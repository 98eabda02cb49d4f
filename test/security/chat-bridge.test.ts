/**
 * Issue #12 items 5 and 9 (bridge part), against the real app over HTTP: a poll returns only
 * what follows the client's watermark, one bounded page at a time; the log is bounded in total
 * and idle conversations expire; polls are limited per client address across tokens; token
 * refresh and reconnect are limited. On PostgreSQL two instances share the log and the signing
 * key, so a chat works with each request going to either instance (no sticky sessions).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_AVAILABLE, createScratchDatabase, type ScratchDatabase } from '../storage/pg-scratch';
import { findDeep, startOn, waitFor, type Started } from './helpers';

type Conv = { conversationId: string; token: string };

async function call(url: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, bytes: text.length, json: text ? JSON.parse(text) : undefined };
}

const dl = (s: Started) => `${s.app.url}/directline`;

async function open(s: Started, headers: Record<string, string> = {}): Promise<Conv> {
  const r = await call(`${dl(s)}/conversations`, { method: 'POST', headers });
  expect(r.status).toBe(201);
  return r.json;
}

async function say(s: Started, c: Conv, text: string, headers: Record<string, string> = {}) {
  return call(`${dl(s)}/conversations/${c.conversationId}/activities`, { method: 'POST', token: c.token, body: { type: 'message', text }, headers });
}

async function poll(s: Started, c: Conv, watermark: number | string, headers: Record<string, string> = {}) {
  return call(`${dl(s)}/conversations/${c.conversationId}/activities?watermark=${watermark}`, { token: c.token, headers });
}

/** Polls from 0 until `until` holds for everything seen, following the watermarks. */
async function readAll(s: Started, c: Conv, until: (all: any[]) => boolean, headers: Record<string, string> = {}): Promise<any[]> {
  const all: any[] = [];
  let watermark = 0;
  await waitFor('bridge activities', async () => {
    const r = await poll(s, c, watermark, headers);
    expect(r.status).toBe(200);
    all.push(...r.json.activities);
    watermark = Number(r.json.watermark);
    return until(all);
  });
  return all;
}

const botTexts = (all: any[]) => all.filter((a) => a.from?.role === 'bot' && a.type === 'message');

const POLL_LIMIT = 30;

describe('chat bridge on the real app (in-memory log)', () => {
  let s: Started;
  beforeAll(async () => {
    s = await startOn('sqlite', { TRUST_PROXY: '1' }, {
      bridge: {
        pollPage: { maxActivities: 2 },
        // An estimate turn logs about 23 KB (the card with its ranges and assumptions): six conversations overflow the total.
        maxBytesPerConversation: 40_000,
        maxTotalBytes: 60_000,
        idleTimeoutMs: 1_500,
        rateLimits: {
          pollPerIp: { limit: POLL_LIMIT, windowMs: 60_000 },
          refreshPerToken: { limit: 2, windowMs: 60_000 },
          reconnectPerToken: { limit: 2, windowMs: 60_000 },
        },
      },
    });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('a poll answers only what follows the watermark, one capped page at a time', async () => {
    const c = await open(s, { 'X-Forwarded-For': '198.51.100.1' });
    await say(s, c, 'hello', { 'X-Forwarded-For': '198.51.100.1' });
    const all = await readAll(s, c, (a) => a.some((x) => x.from?.role === 'user') && botTexts(a).length >= 2, {
      'X-Forwarded-For': '198.51.100.1',
    });
    // Unique, in order, no activity twice although every page was at most 2 long.
    const ids = all.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    const caughtUp = all.length;
    const end = await poll(s, c, caughtUp, { 'X-Forwarded-For': '198.51.100.2' });
    expect(end.json).toEqual({ activities: [], watermark: String(caughtUp) });
    // A caught-up poll costs a few bytes, however long the conversation is.
    expect(end.bytes).toBeLessThan(60);
  });

  it('limits polls per client address across conversations (many tokens from one address share it)', async () => {
    const ip = { 'X-Forwarded-For': '203.0.113.50' };
    const convs = [await open(s, ip), await open(s, ip), await open(s, ip)];
    const statuses: number[] = [];
    for (let i = 0; i < POLL_LIMIT + 4; i++) statuses.push((await poll(s, convs[i % 3]!, 0, ip)).status);
    expect(statuses.slice(0, POLL_LIMIT).every((x) => x === 200)).toBe(true);
    expect(statuses.slice(POLL_LIMIT)).toEqual([429, 429, 429, 429]);
    // Another address is unaffected; a forged address left of the proxy's entry changes nothing.
    expect((await poll(s, convs[0]!, 0, { 'X-Forwarded-For': '203.0.113.51' })).status).toBe(200);
    expect((await poll(s, convs[0]!, 0, { 'X-Forwarded-For': '10.9.9.9, 203.0.113.50' })).status).toBe(429);
  });

  it('limits token refresh and reconnect per conversation', async () => {
    const c = await open(s, { 'X-Forwarded-For': '198.51.100.7' });
    const refresh = [];
    for (let i = 0; i < 3; i++) refresh.push((await call(`${dl(s)}/tokens/refresh`, { method: 'POST', token: c.token })).status);
    expect(refresh).toEqual([200, 200, 429]);
    const reconnect = [];
    for (let i = 0; i < 3; i++) reconnect.push((await call(`${dl(s)}/conversations/${c.conversationId}`, { token: c.token })).status);
    expect(reconnect).toEqual([200, 200, 429]);
  });

  it('holds at most maxTotalBytes across conversations (the idlest go first), and idle conversations expire', async () => {
    const convs: { c: Conv; ip: Record<string, string> }[] = [];
    for (let i = 0; i < 6; i++) {
      const ip = { 'X-Forwarded-For': `192.0.2.${i + 10}` };
      const c = await open(s, ip);
      await say(s, c, '40 agents voice and sms in the cloud', ip);
      await readAll(s, c, (a) => a.some((x) => x.from?.role === 'bot' && x.attachments?.length), ip);
      convs.push({ c, ip });
      expect((await s.app.bridge.stats()).bytes).toBeLessThanOrEqual(60_000);
    }
    expect((await poll(s, convs[0]!.c, 0, convs[0]!.ip)).status).toBe(404);
    expect((await poll(s, convs[5]!.c, 0, convs[5]!.ip)).status).toBe(200);
    const idle = await open(s, { 'X-Forwarded-For': '192.0.2.99' });
    await new Promise((r) => setTimeout(r, 3_100));
    expect((await poll(s, idle, 0, { 'X-Forwarded-For': '192.0.2.99' })).status).toBe(404);
    expect((await s.app.bridge.stats()).conversations).toBe(0);
  });
});

describe.skipIf(!PG_AVAILABLE)('chat bridge on two instances sharing PostgreSQL', () => {
  let db: ScratchDatabase;
  let a: Started;
  let b: Started;
  beforeAll(async () => {
    db = await createScratchDatabase();
    a = await startOn('postgres', {}, {}, db);
    b = await startOn('postgres', {}, {}, db);
  }, 60_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  it('opened on one instance, spoken to on the other, read from either: no sticky sessions needed', async () => {
    const c = await open(a);
    expect((await say(b, c, '40 agents')).status).toBe(200);
    expect((await say(a, c, 'voice and sms')).status).toBe(200);
    const fromB = await readAll(b, c, (all) => all.filter((x) => x.from?.role === 'user').length === 2 && botTexts(all).length >= 3);
    const fromA = await readAll(a, c, (all) => all.length >= fromB.length);
    expect(fromA.map((x) => x.id)).toEqual(fromB.slice(0, fromA.length).map((x) => x.id));
    // A token issued by one instance is good on the other (the signing key is shared).
    expect((await call(`${dl(b)}/tokens/refresh`, { method: 'POST', token: c.token })).status).toBe(200);
  });

  it('two messages at once, one to each instance: both answered, both in the state', async () => {
    for (let i = 0; i < 10; i++) {
      const c = await open(a);
      const [r1, r2] = await Promise.all([say(a, c, '40 agents'), say(b, c, 'add SMS')]);
      expect([r1.status, r2.status]).toEqual([200, 200]);
      const all = await readAll(a, c, (x) => {
        const users = x.filter((y) => y.from?.role === 'user').map((y) => y.id);
        return users.length === 2 && users.every((id) => x.some((y) => y.from?.role === 'bot' && y.replyToId === id));
      });
      expect(all.length).toBeGreaterThan(3);
      const key = `webchat/conversations/${c.conversationId}/`;
      const doc = (await a.app.db.storage.read([key]))[key];
      expect(findDeep(doc, (o) => o.agents === 40 && Array.isArray(o.channels) && o.channels.includes('sms'))).toBe(true);
    }
  }, 60_000);
});

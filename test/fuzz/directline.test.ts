/**
 * The Direct Line bridge of the real app (/directline) under malformed requests: bad JSON,
 * wrong types, huge bodies, bad and foreign tokens, odd conversation ids and watermarks.
 * Every one must get a 4xx with a Direct Line error body, never a 5xx or a stack trace; hostile
 * but well-formed activities must be answered; and the bridge must still chat afterwards.
 *
 * TRUST_PROXY lets each request name its own client address (X-Forwarded-For), so the per-IP
 * limits do not turn the whole run into 429s; per-conversation limits are respected by rotating
 * conversations. A 429 would still pass "4xx, never 5xx" but would hide the parser behind it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomInt } from 'node:crypto';
import { tempDataDir } from '../e2e/harness';
import { loadConfig } from '../../src/config';
import { createApp, type App } from '../../src/app';
import { problemsIn } from './checks';
import { EVIL_LINK, EVIL_SCRIPT, NASTY_TEXTS, NASTY_VALUES } from './hostile-inputs';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_127);
let app: App;

beforeAll(async () => {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: tempDataDir(), TRUST_PROXY: 'true' });
  app = await createApp(config);
});
afterAll(async () => {
  await app?.close();
});

const fakeIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

type Res = { status: number; body: string };
async function dl(path: string, init: { method?: string; token?: string; authorization?: string; body?: string; contentType?: string } = {}): Promise<Res> {
  const headers: Record<string, string> = { 'X-Forwarded-For': fakeIp() };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.authorization !== undefined) headers.Authorization = init.authorization;
  if (init.body !== undefined) headers['Content-Type'] = init.contentType ?? 'application/json';
  const res = await fetch(`${app.url}/directline${path}`, { method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'), headers, body: init.body });
  return { status: res.status, body: await res.text() };
}

type Conv = { conversationId: string; token: string; posts: number };
async function openConversation(): Promise<Conv> {
  const r = await dl('/conversations', { method: 'POST' });
  expect(r.status).toBe(201);
  const { conversationId, token } = JSON.parse(r.body) as { conversationId: string; token: string };
  return { conversationId, token, posts: 0 };
}

/** A conversation with room left under the per-token post limit (60 a minute). */
let current: Conv | undefined;
async function postingConversation(): Promise<Conv> {
  if (!current || current.posts >= 50) current = await openConversation();
  current.posts++;
  return current;
}

/** A 4xx in the Direct Line error shape, with no internals in it. */
function expectClientError(r: Res, what: string): void {
  expect(r.status, `${what} → ${r.status} ${r.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(r.status, `${what} → ${r.status} ${r.body.slice(0, 200)}`).toBeLessThan(500);
  expect(r.body, what).not.toMatch(/\bat .+:\d+|TypeError|SyntaxError|node_modules|\/work\//);
  // The bridge answers { error: { code, message } }; the server's own 404 (a path fetch normalised away) answers { error: message }.
  if (r.body) {
    const error = (JSON.parse(r.body) as { error?: { message?: unknown } | string }).error;
    expect(typeof error === 'string' ? error : error?.message, what).toEqual(expect.any(String));
  }
}

async function postActivity(body: string, contentType?: string): Promise<Res> {
  const c = await postingConversation();
  return dl(`/conversations/${c.conversationId}/activities`, { token: c.token, body, contentType });
}

/**
 * Polls until the bot has answered activity `id` (or gives up), returning the bot's replies to it.
 * Follows the watermark as a Direct Line client does: one poll returns at most one page.
 */
async function repliesTo(c: Conv, id: string): Promise<Record<string, unknown>[]> {
  let watermark = 0;
  const seen: Record<string, unknown>[] = [];
  for (let i = 0; i < 100; i++) {
    const r = await dl(`/conversations/${c.conversationId}/activities?watermark=${watermark}`, { token: c.token });
    expect(r.status, r.body.slice(0, 200)).toBe(200);
    const page = JSON.parse(r.body) as { activities: Record<string, unknown>[]; watermark: string };
    seen.push(...page.activities);
    const caughtUp = Number(page.watermark) === watermark;
    watermark = Number(page.watermark);
    const replies = seen.filter((a) => a.replyToId === id && (a.from as { role?: string })?.role === 'bot' && a.type === 'message');
    if (replies.length > 0) return replies;
    if (caughtUp) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return [];
}

const BAD_BODIES: [string, string][] = [
  ['empty object', '{}'],
  ['unclosed', '{'],
  ['truncated', '{"type":"message","text":"hi'],
  ['trailing comma', '{"type":"message",}'],
  ['single quotes', "{'type':'message'}"],
  ['NUL', '\u0000'],
  ['BOM then JSON', '\ufeff{"type":"message","text":"hi"}'],
  ['null', 'null'],
  ['number', '42'],
  ['string', '"message"'],
  ['array', '[{"type":"message","text":"hi"}]'],
  ['NaN literal', '{"type":"message","text":NaN}'],
  ['1e309 as text', '{"type":"message","text":1e309}'],
  ['type number', '{"type":1,"text":"hi"}'],
  ['type unknown', '{"type":"invoke","name":"x"}'],
  ['type conversationUpdate', '{"type":"conversationUpdate","membersAdded":[{"id":"x"}]}'],
  ['text number', '{"type":"message","text":42}'],
  ['text object', '{"type":"message","text":{"$ne":null}}'],
  ['text array', '{"type":"message","text":["hi"]}'],
  ['text 4001', JSON.stringify({ type: 'message', text: 'a'.repeat(4001) })],
  ['textFormat odd', '{"type":"message","text":"hi","textFormat":"html"}'],
  ['locale bad', '{"type":"message","text":"hi","locale":"../../etc"}'],
  ['locale number', '{"type":"message","text":"hi","locale":7}'],
  ['from.id huge', JSON.stringify({ type: 'message', text: 'hi', from: { id: 'u'.repeat(500) } })],
  ['from string', '{"type":"message","text":"hi","from":"me"}'],
  ['attachments', JSON.stringify({ type: 'message', text: 'hi', attachments: [{ contentType: 'text/html', content: EVIL_SCRIPT }] })],
  ['attachments object', '{"type":"message","attachments":{}}'],
  ['channelData string', '{"type":"message","text":"hi","channelData":"x"}'],
  ['name huge', JSON.stringify({ type: 'event', name: 'n'.repeat(200) })],
  ['proto type', '{"__proto__":{"type":"message"},"text":"hi"}'],
  ['33 KB body', JSON.stringify({ type: 'message', text: 'hi', value: { pad: 'x'.repeat(33 * 1024) } })],
  ['1 MB body', JSON.stringify({ type: 'message', text: 'x'.repeat(1024 * 1024) })],
];

describe('Direct Line bridge: malformed requests get a 4xx, never a 5xx', () => {
  it.each(BAD_BODIES)('activity body: %s', async (name, body) => {
    expectClientError(await postActivity(body), name);
  });

  it('odd content types are refused or read as JSON, never a 5xx', async () => {
    for (const [type, body] of [
      ['text/plain', 'hello'],
      ['application/x-www-form-urlencoded', 'type=message&text=hi'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--'],
      ['application/json; charset=utf-16', '{"type":"message"'],
      ['application/xml', '<activity/>'],
    ]) {
      const r = await postActivity(body, type);
      expectClientError(r, type);
    }
  });

  it(`random JSON bodies (fast-check, seed ${SEED}): 200 when they happen to be valid, else a 4xx`, async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json({ maxDepth: 4 }),
          fc.record({ type: fc.constantFrom('message', 'event', 'typing', 'x'), text: fc.jsonValue(), value: fc.jsonValue(), locale: fc.jsonValue() }, { requiredKeys: ['type'] }).map((o) => JSON.stringify(o)),
          fc.string({ maxLength: 50 }),
        ),
        async (body) => {
          const r = await postActivity(body);
          sent++;
          expect(r.status, `${JSON.stringify(body).slice(0, 200)} → ${r.body.slice(0, 200)}`).toBeLessThan(500);
          if (r.status !== 200) expectClientError(r, body);
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
    expect(sent).toBe(150);
  }, 60_000);

  it(`bad tokens (fast-check, seed ${SEED}) get 401/403/404 on every route`, async () => {
    const mine = await openConversation();
    const other = await openConversation();
    const [payload, mac] = mine.token.split('.');
    const forged = Buffer.from(JSON.stringify({ c: mine.conversationId, u: 'x', exp: 9_999_999_999 })).toString('base64url');
    const fixed = [
      '', 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', `Bearer ${payload}`, `Bearer ${payload}.`, `Bearer .${mac}`,
      `Bearer ${forged}.${mac}`, `Bearer ${payload}.${mac}x`, `Bearer ${payload}x.${mac}`, `Bearer ${'a'.repeat(2000)}.${mac}`,
      `Bearer ${other.token}`, `bearer  ${mine.token} extra`, `Bearer ${mine.token}\u00e9`.replace(/\u00e9/, ''),
    ];
    const routes = (auth: string) => [
      dl(`/conversations/${mine.conversationId}/activities`, { authorization: auth, body: '{"type":"message","text":"hi"}' }),
      dl(`/conversations/${mine.conversationId}/activities`, { authorization: auth }),
      dl(`/conversations/${mine.conversationId}`, { authorization: auth }),
      dl('/tokens/refresh', { method: 'POST', authorization: auth }),
    ];
    for (const auth of fixed.slice(0, -1)) {
      for (const r of await Promise.all(routes(auth))) {
        if (auth === `Bearer ${other.token}` && r.status === 200) continue; // refresh with a valid token for another conversation is fine
        expectClientError(r, `Authorization ${JSON.stringify(auth.slice(0, 60))}`);
      }
    }
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.base64String({ maxLength: 300 }), fc.tuple(fc.base64String(), fc.base64String()).map(([a, b]) => `${a}.${b}`)), async (junk) => {
        // Header values must be Latin-1 without control characters; anything else is not sendable at all.
        const auth = `Bearer ${junk}`.replace(/[^\x20-\x7e]/g, '');
        for (const r of await Promise.all(routes(auth))) expectClientError(r, `Authorization ${JSON.stringify(auth.slice(0, 60))}`);
      }),
      { seed: SEED, numRuns: 40 },
    );
  }, 60_000);

  it('odd conversation ids and watermarks get a 4xx', async () => {
    const c = await openConversation();
    const ids = ['x', '..', '%2e%2e', 'a'.repeat(65), '%00', '%F0%9F%99%82conv', `${c.conversationId}%20`, `${c.conversationId}.json`, 'null', '__proto__', 'constructor'];
    for (const id of ids) {
      for (const r of [
        await dl(`/conversations/${id}/activities`, { token: c.token }),
        await dl(`/conversations/${id}/activities`, { token: c.token, body: '{"type":"message","text":"hi"}' }),
        await dl(`/conversations/${id}`, { token: c.token }),
      ]) expectClientError(r, `conversation id ${id}`);
    }
    for (const w of ['-1', 'abc', '1e309', '9'.repeat(30), '1.5', 'NaN', 'Infinity', '%00', '1,2']) {
      expectClientError(await dl(`/conversations/${c.conversationId}/activities?watermark=${w}`, { token: c.token }), `watermark ${w}`);
    }
  });

  it('start bodies with wrong types are refused', async () => {
    for (const body of ['{', '[]', '{"user":"me"}', '{"user":{"id":"../../x"}}', '{"user":{"id":1}}', '{"locale":"xx_YY_ZZ!"}', '{"locale":5}', JSON.stringify({ user: { name: 'n'.repeat(101) } }), JSON.stringify({ pad: 'x'.repeat(40_000) })]) {
      expectClientError(await dl('/tokens/generate', { body }), `generate ${body.slice(0, 40)}`);
      expectClientError(await dl('/conversations', { body }), `conversations ${body.slice(0, 40)}`);
    }
  });
});

describe('Direct Line bridge: hostile but well-formed activities are answered safely', () => {
  it('nasty texts and card values each get a reply with no internals or raw markup, then the chat still prices', async () => {
    const failures: string[] = [];
    const texts = NASTY_TEXTS.filter((t) => t.length > 0 && t.length <= 4000).filter((_, i) => i % 3 === 0);
    const inputs: { text?: string; value?: unknown }[] = [...texts.map((text) => ({ text })), ...NASTY_VALUES.map((value) => ({ value })), { text: EVIL_LINK }, { text: EVIL_SCRIPT }];
    for (const input of inputs) {
      const body = JSON.stringify({ type: 'message', ...input });
      if (Buffer.byteLength(body) > 32 * 1024) continue;
      const c = await postingConversation();
      const r = await dl(`/conversations/${c.conversationId}/activities`, { token: c.token, body });
      const label = JSON.stringify(input).slice(0, 80);
      if (r.status !== 200) {
        failures.push(`${label}: HTTP ${r.status} ${r.body.slice(0, 120)}`);
        continue;
      }
      const replies = await repliesTo(c, (JSON.parse(r.body) as { id: string }).id);
      if (replies.length === 0) failures.push(`${label}: no reply`);
      for (const reply of replies) for (const p of problemsIn(reply, JSON.stringify(input))) failures.push(`${label}: ${p}`);
    }
    expect(failures).toEqual([]);

    const c = await openConversation();
    const r = await dl(`/conversations/${c.conversationId}/activities`, { token: c.token, body: '{"type":"message","text":"40 agents, voice and email, cloud"}' });
    expect(r.status).toBe(200);
    const replies = await repliesTo(c, (JSON.parse(r.body) as { id: string }).id);
    expect(JSON.stringify(replies)).toContain('Estimate: 40 agents, voice and email, cloud');
  }, 60_000);
});

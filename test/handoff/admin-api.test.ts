import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type AppDatabase } from '../../src/storage/database';
import { registerAdminRoutes, bearerMatches } from '../../src/handoff/admin-api';
import { csvCell } from '../../src/handoff/csv';
import { sampleDraft, SAMPLE_EMAIL, SAMPLE_PHONE } from './fixtures';

const KEY = 'test-admin-key-0123456789';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function serve(db: AppDatabase, apiKey: string | undefined, erased: string[] = []) {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser());
  registerAdminRoutes(server, { leads: db.leads, apiKey, afterErase: (id) => erased.push(id) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('bearerMatches', () => {
  it.each([
    [`Bearer ${KEY}`, true],
    [`bearer ${KEY}`, true],
    [`Bearer ${KEY} `, true],
    [`Bearer ${KEY}x`, false],
    [`Bearer ${KEY.slice(0, -1)}`, false],
    [`Basic ${KEY}`, false],
    [KEY, false],
    ['Bearer ', false],
    [undefined, false],
  ])('%s → %s', (header, expected) => {
    expect(bearerMatches(header, KEY)).toBe(expected);
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    // A tab can be a delimiter too: quoted, like a comma or a semicolon.
    ['\tx', "\"'\tx\""],
    ['a;b', '"a;b"'],
    ['ACME;=1+1', `"ACME;'=1+1"`],
    ['  =1+1', "'  =1+1"],
    ['\uff1dSUM(A1)', "'\uff1dSUM(A1)"],
    ['\rx', "\"'\rx\""],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    [42, '42'],
    [null, ''],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('admin API over HTTP', () => {
  let dir: string;
  let db: AppDatabase;
  let api: Awaited<ReturnType<typeof serve>>;
  const erased: string[] = [];
  const auth = { authorization: `Bearer ${KEY}` };
  const ids: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-admin-'));
    db = await openDatabase({ DATA_DIR: dir, DATABASE_URL: undefined });
    for (let i = 0; i < 5; i++) {
      ids.push((await db.leads.create(sampleDraft({ company: i === 4 ? '=HYPERLINK("http://evil.example","click")' : `Company ${i}` }))).id);
      await sleep(2);
    }
    api = await serve(db, KEY, erased);
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['no header', {}],
    ['a wrong key', { authorization: 'Bearer wrong-key-wrong-key-123' }],
    ['a key as Basic', { authorization: `Basic ${KEY}` }],
  ])('answers 401 with %s', async (_label, headers) => {
    for (const [method, url] of [['GET', '/api/leads'], ['GET', `/api/leads/${ids[0]}`], ['DELETE', `/api/leads/${ids[0]}`]] as const) {
      const res = await fetch(api.base + url, { method, headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(JSON.stringify(await res.json())).not.toContain(SAMPLE_EMAIL);
    }
    expect((await db.leads.get(ids[0]!))?.status).toBe('active');
  });

  it('answers 404 everywhere when no key is configured', async () => {
    const off = await serve(db, undefined);
    for (const url of ['/api/leads', `/api/leads/${ids[0]}`]) {
      expect((await fetch(off.base + url, { headers: auth })).status).toBe(404);
    }
    await off.close();
  });

  it('lists newest first and pages with a cursor', async () => {
    const seen: string[] = [];
    let url = '/api/leads?limit=2';
    for (let i = 0; i < 10; i++) {
      const res = await fetch(api.base + url, { headers: auth });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { items: { id: string; deliveries: unknown[] }[]; nextCursor: string | null; limit: number };
      expect(body.limit).toBe(2);
      seen.push(...body.items.map((l) => l.id));
      expect(body.items.every((l) => l.deliveries.length === 1)).toBe(true);
      if (!body.nextCursor) break;
      url = `/api/leads?limit=2&cursor=${encodeURIComponent(body.nextCursor)}`;
    }
    expect(seen).toEqual([...ids].reverse());
    const oldest = (await (await fetch(`${api.base}/api/leads?order=oldest`, { headers: auth })).json()) as { items: { id: string }[] };
    expect(oldest.items.map((l) => l.id)).toEqual(ids);
  });

  it('filters by since', async () => {
    await sleep(5);
    const mark = new Date().toISOString();
    await db.leads.update(ids[1]!, { questions: ['Is WFM included?'] });
    const res = await fetch(`${api.base}/api/leads?since=${encodeURIComponent(mark)}`, { headers: auth });
    const body = (await res.json()) as { items: { id: string; version: number }[] };
    expect(body.items.map((l) => [l.id, l.version])).toEqual([[ids[1], 2]]);
  });

  it('shows one lead with its delivery status, by id or reference', async () => {
    const byId = await fetch(`${api.base}/api/leads/${ids[0]}`, { headers: auth });
    expect(byId.status).toBe(200);
    const lead = (await byId.json()) as { reference: string; summary: { contact: { email: string } }; deliveries: { status: string; attempts: number; lastError: null }[] };
    expect(lead.summary.contact.email).toBe(SAMPLE_EMAIL);
    expect(lead.deliveries[0]).toMatchObject({ status: 'pending', attempts: 0, lastError: null });
    const byRef = await fetch(`${api.base}/api/leads/${lead.reference}`, { headers: auth });
    expect(((await byRef.json()) as { id: string }).id).toBe(ids[0]);
    expect((await fetch(`${api.base}/api/leads/00000000-0000-4000-8000-000000000000`, { headers: auth })).status).toBe(404);
  });

  it('exports CSV with formula cells neutralised', async () => {
    const res = await fetch(`${api.base}/api/leads?format=csv&limit=3`, { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('x-next-cursor')).toBeTruthy();
    const text = await res.text();
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^reference,id,status,created_at/);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(text).toContain(`'${SAMPLE_PHONE}`); // a phone starting with + is a formula to a spreadsheet too
  });

  it.each([
    ['limit=0', /limit must be a whole number from 1 to 200/],
    ['limit=201', /limit must be a whole number from 1 to 200/],
    ['limit=abc', /limit must be a whole number/],
    ['limit=2.5', /limit must be a whole number/],
    ['since=yesterday', /since must be an ISO 8601 date-time/],
    ['format=xml', /format must be json or csv/],
    ['cursor=not-a-cursor', /cursor is not one returned by this API/],
    ['limt=5', /unknown query parameter\(s\): limt/],
  ])('answers 400 to ?%s with a clear message', async (query, message) => {
    const res = await fetch(`${api.base}/api/leads?${query}`, { headers: auth });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string };
    expect(body.error).toMatch(message);
    expect(body.error).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers 400 to a malformed id', async () => {
    const res = await fetch(`${api.base}/api/leads/not-an-id`, { headers: auth });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/UUID/);
  });

  it('erases a lead: personal data gone, status kept, sales notified', async () => {
    // Pretend the first version went out (attempted, not yet confirmed), so sales must hear of the erasure.
    const claimed = await db.leads.claimDue(Date.now() + 1000, 50, 60_000);
    const sent = claimed.find((c) => c.leadId === ids[3])!;
    await db.leads.markFailed(sent.id, sent.leaseToken, { error: 'HTTP 500', httpStatus: 500, nextAttemptAt: Date.now() });
    const res = await fetch(`${api.base}/api/leads/${ids[3]}`, { method: 'DELETE', headers: auth });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; summary: unknown; deliveries: { kind: string; status: string }[] };
    expect(body).toMatchObject({ status: 'erased', summary: null });
    expect(body.deliveries.map((d) => [d.kind, d.status])).toEqual([
      ['lead', 'cancelled'],
      ['erasure', 'pending'],
    ]);
    expect(erased).toEqual([ids[3]]);
    const again = await fetch(`${api.base}/api/leads/${ids[3]}`, { headers: auth });
    expect(((await again.json()) as { summary: unknown }).summary).toBeNull();
    const csv = await (await fetch(`${api.base}/api/leads?format=csv&limit=200`, { headers: auth })).text();
    const row = csv.split('\r\n').find((l) => l.includes(ids[3]!));
    expect(row).toContain(',erased,');
    expect(row).not.toContain('@');
    expect((await fetch(`${api.base}/api/leads/00000000-0000-4000-8000-000000000000`, { method: 'DELETE', headers: auth })).status).toBe(404);
  });
});

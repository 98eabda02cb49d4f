/**
 * Issue #12 item 7, personal data, on both databases and over HTTP where there is a route:
 * - conversation state not written for CONVERSATION_RETENTION_DAYS is purged on a schedule;
 * - DELETE /api/leads/:id also erases the conversation's state, its queued deliveries and the
 *   chat bridge's transcript;
 * - SQLite erases with secure_delete (and a WAL checkpoint), so the erased text is not in the files;
 * - the data directory is created 0700 and the data files 0600.
 * (Dropping name/email/company when the sales form ends without consent belongs to the
 * conversation layer and is not tested here.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { openSqlite } from '../../src/storage/sqlite';
import { SQLITE_FILE_NAME } from '../../src/storage/database';
import { DAY_MS, scheduleStatePurge } from '../../src/storage/purge';
import { sampleDraft } from '../handoff/fixtures';
import { PG_AVAILABLE } from '../storage/pg-scratch';
import { ReplyRecorder, activity, postActivity, startOn, waitFor, type Backend, type Started } from './helpers';

const KEY = 'admin-key-for-the-erasure-tests';

const recorder = new ReplyRecorder();
beforeAll(async () => {
  await recorder.start();
});
afterAll(async () => {
  await recorder.stop();
});

/** Runs SQL against the app's database from outside the app (a second connection). */
async function sql(s: Started, backend: Backend, text: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  if (backend === 'postgres') {
    const client = new pg.Client({ connectionString: s.env.DATABASE_URL });
    await client.connect();
    try {
      let i = 0;
      return (await client.query(text.replace(/\?/g, () => `$${++i}`), params)).rows;
    } finally {
      await client.end();
    }
  }
  const db = openSqlite(path.join(s.env.DATA_DIR!, SQLITE_FILE_NAME));
  try {
    const stmt = db.prepare(text);
    return stmt.reader ? (stmt.all(...params) as Record<string, unknown>[]) : (stmt.run(...params), []);
  } finally {
    db.close();
  }
}

const stateKey = (channel: string, id: string) => `${channel}/conversations/${id}/`;

describe('CONVERSATION_RETENTION_DAYS', () => {
  it('defaults to 30 days and refuses nonsense with one line', () => {
    expect(loadConfig({} as never).CONVERSATION_RETENTION_DAYS).toBe(30);
    expect(loadConfig({ CONVERSATION_RETENTION_DAYS: '7' } as never).CONVERSATION_RETENTION_DAYS).toBe(7);
    expect(() => loadConfig({ CONVERSATION_RETENTION_DAYS: '0' } as never)).toThrow(/CONVERSATION_RETENTION_DAYS must be at least/);
    expect(() => loadConfig({ CONVERSATION_RETENTION_DAYS: 'forever' } as never)).toThrow(/CONVERSATION_RETENTION_DAYS must be a number of days/);
  });

  it('the schedule runs soon after start and then periodically, with the configured cut-off', async () => {
    const cutoffs: number[] = [];
    const now = 1_800_000_000_000;
    const purge = scheduleStatePurge(
      { purgeIdleState: async (before) => (cutoffs.push(before), 0) },
      30,
      { info() {}, warn() {} },
      { firstDelayMs: 10, everyMs: 40, now: () => now },
    );
    await new Promise((r) => setTimeout(r, 150));
    purge.stop();
    expect(cutoffs.length).toBeGreaterThanOrEqual(3);
    expect(new Set(cutoffs)).toEqual(new Set([now - 30 * DAY_MS]));
  });
});

describe.each<Backend>(['sqlite', 'postgres'])('personal data on %s', (backend) => {
  const skip = backend === 'postgres' && !PG_AVAILABLE;
  let s: Started;
  beforeAll(async () => {
    if (!skip) s = await startOn(backend, { ADMIN_API_KEY: KEY });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });
  const it_ = it.skipIf(skip);

  it_('the purge deletes state idle longer than the retention period and keeps the rest', async () => {
    for (const id of ['idle-conv', 'recent-conv']) {
      expect((await postActivity(s.app.url, activity(recorder.url, id, '40 agents'))).status).toBe(200);
    }
    const idleKey = stateKey('emulator', 'idle-conv');
    const recentKey = stateKey('emulator', 'recent-conv');
    expect(Object.keys(await s.app.db.storage.read([idleKey, recentKey])).sort()).toEqual([idleKey, recentKey].sort());
    await sql(s, backend, 'UPDATE bot_state SET updated_at = ? WHERE key = ?', [Date.now() - 31 * DAY_MS, idleKey]);
    expect(await s.app.purge.run()).toBeGreaterThanOrEqual(1);
    expect(Object.keys(await s.app.db.storage.read([idleKey, recentKey]))).toEqual([recentKey]);
    // The purged conversation simply starts afresh.
    expect((await postActivity(s.app.url, activity(recorder.url, 'idle-conv', 'hello'))).status).toBe(200);
  });

  it_('DELETE /api/leads/:id erases the conversation state and the queued deliveries with the lead', async () => {
    const conversationId = `lead-conv-${backend}`;
    expect((await postActivity(s.app.url, activity(recorder.url, conversationId, '40 agents'))).status).toBe(200);
    const other = `other-conv-${backend}`;
    expect((await postActivity(s.app.url, activity(recorder.url, other, '40 agents'))).status).toBe(200);
    const lead = await s.app.db.leads.create({ ...sampleDraft(), channel: 'emulator', conversationId });
    expect(lead.deliveries.map((d) => d.status)).toEqual(['pending']);

    const res = await fetch(`${s.app.url}/api/leads/${lead.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${KEY}` } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe('erased');
    expect(body.summary).toBeNull();
    expect(body.deliveries.map((d: { status: string }) => d.status)).toEqual(['cancelled']);
    const payloads = await sql(s, backend, 'SELECT payload FROM outbox WHERE lead_id = ?', [lead.id]);
    expect(payloads).toEqual([{ payload: null }]);
    expect(await s.app.db.storage.read([stateKey('emulator', conversationId)])).toEqual({});
    // Another visitor's conversation is untouched.
    expect(Object.keys(await s.app.db.storage.read([stateKey('emulator', other)]))).toHaveLength(1);
  });

  it_('erasing a lead from the website chat also deletes the chat transcript', async () => {
    const base = `${s.app.url}/directline`;
    const conv = await (await fetch(`${base}/conversations`, { method: 'POST' })).json();
    const auth = { Authorization: `Bearer ${conv.token}` };
    await fetch(`${base}/conversations/${conv.conversationId}/activities`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'my email is dewi.lestari@example.co.id' }),
    });
    await waitFor('the reply', async () => {
      const r = await (await fetch(`${base}/conversations/${conv.conversationId}/activities?watermark=0`, { headers: auth })).json();
      return r.activities.length >= 3;
    });
    const lead = await s.app.db.leads.create({ ...sampleDraft(), channel: 'webchat', conversationId: conv.conversationId });
    expect((await fetch(`${s.app.url}/api/leads/${lead.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${KEY}` } })).status).toBe(200);
    expect((await fetch(`${base}/conversations/${conv.conversationId}/activities?watermark=0`, { headers: auth })).status).toBe(404);
    expect(await s.app.db.storage.read([stateKey('webchat', conv.conversationId)])).toEqual({});
  });
});

describe('SQLite files', () => {
  it('an erased lead and its conversation are not readable anywhere in the database files', async () => {
    const marker = `erase-me-${Date.now()}@marker.example`;
    const s = await startOn('sqlite', { ADMIN_API_KEY: KEY });
    const file = path.join(s.env.DATA_DIR!, SQLITE_FILE_NAME);
    try {
      const conversationId = 'secure-delete-conv';
      await s.app.db.storage.write({ [stateKey('emulator', conversationId)]: { form: { email: marker, company: 'Marker Company' } } });
      const lead = await s.app.db.leads.create({ ...sampleDraft({ email: marker }), channel: 'emulator', conversationId });
      const before = fs.readFileSync(file).includes(marker) || fs.readFileSync(`${file}-wal`).includes(marker);
      expect(before).toBe(true);
      expect((await fetch(`${s.app.url}/api/leads/${lead.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${KEY}` } })).status).toBe(200);
      for (const f of [file, `${file}-wal`]) {
        if (fs.existsSync(f)) expect(fs.readFileSync(f).includes(marker), path.basename(f)).toBe(false);
      }
    } finally {
      await s.close();
    }
    // Nor after the process has closed the files.
    for (const f of [file, `${file}-wal`]) if (fs.existsSync(f)) expect(fs.readFileSync(f).includes(marker)).toBe(false);
  });

  it('a new data directory is 0700 and the files in it 0600', async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cca-modes-')), 'data', 'nested');
    const s = await startOn('sqlite', { DATA_DIR: dataDir });
    try {
      await postActivity(s.app.url, activity(recorder.url, 'modes', 'hello'));
      expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
      const files = fs.readdirSync(dataDir);
      expect(files).toEqual(expect.arrayContaining([SQLITE_FILE_NAME, `${SQLITE_FILE_NAME}-wal`, 'bridge-signing.key']));
      for (const f of files) expect((fs.statSync(path.join(dataDir, f)).mode & 0o777).toString(8), f).toBe('600');
    } finally {
      await s.close();
    }
  });
});

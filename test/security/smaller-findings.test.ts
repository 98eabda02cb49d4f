/**
 * Issue #12 item 9, the smaller findings, against the real server where there is one:
 * - Markdown a visitor types (name, company, questions) reaches the Teams sales card escaped;
 * - the CSV export cannot be cut open into a formula by a spreadsheet splitting on ";" or tab;
 * - a forged Bot Framework token with the identity service unreachable is 401/503, never a 500
 *   that carries the error's text (it was 500 "request to https://login.botframework.com/...
 *   failed, reason: getaddrinfo ENOTFOUND ...");
 * - start-up errors never print a secret.
 * (Token refresh and reconnect limits: chat-bridge.test.ts. Delivery is at least once with a
 * stable Idempotency-Key: test/faults/kill-during-delivery.test.ts.)
 */
import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDraft } from '../handoff/fixtures';
import { startReceiver } from '../handoff/receiver';
import { tempDataDir } from '../e2e/harness';
import { postActivity, startOn, waitFor, type Started } from './helpers';

const KEY = 'admin-key-for-the-smaller-findings';
const PHISH = '[Reset your password](https://evil.example/login)';

/** Every text a Teams card shows: TextBlock texts and FactSet values. */
function cardTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => cardTexts(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
    if (typeof o.value === 'string' && typeof o.title === 'string') out.push(o.value);
    Object.values(o).forEach((v) => cardTexts(v, out));
  }
  return out;
}

/** A Markdown link Teams would render: [text](url) with neither bracket escaped. */
const LIVE_LINK = /(?<!\\)\[[^\]]*(?<!\\)\]\(/;

describe('the Teams sales card', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let s: Started;
  beforeAll(async () => {
    receiver = await startReceiver();
    s = await startOn('sqlite', { SALES_WEBHOOK_URL: receiver.url, SALES_WEBHOOK_FORMAT: 'teams' });
  });
  afterAll(async () => {
    await s?.close();
    await receiver?.close();
  });

  it('shows what the visitor typed as text, never as a link', async () => {
    const draft = sampleDraft({ name: PHISH, company: `ACME ${PHISH}` });
    draft.questions = [`Is this safe? ${PHISH}`, '**bold** <b>html</b> `code`'];
    await s.app.db.leads.create(draft);
    s.app.delivery!.kick();
    await waitFor('the webhook call', () => receiver.calls.length > 0);
    const texts = cardTexts(receiver.calls[0]!.body);
    expect(texts.some((t) => t.includes('Reset your password'))).toBe(true);
    expect(texts.filter((t) => LIVE_LINK.test(t))).toEqual([]);
    expect(texts.filter((t) => /(?<!\\)\*\*bold(?<!\\)\*\*|(?<!\\)<b>|(?<!\\)`code/.test(t))).toEqual([]);
  });
});

/** A quote-aware CSV reader with a chosen delimiter, as a spreadsheet would read the file. */
function readCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('the CSV export', () => {
  let s: Started;
  beforeAll(async () => {
    s = await startOn('sqlite', { ADMIN_API_KEY: KEY });
  });
  afterAll(async () => {
    await s?.close();
  });

  it.each([',', ';', '\t'])('read with delimiter %j, no cell starts a formula', async (delimiter) => {
    const draft = sampleDraft({ company: 'ACME;=HYPERLINK("http://evil.example","Click");x', name: '  =1+1' });
    draft.questions = ['why?\t=cmd|" /C calc"!A0', 'a;+SUM(A1:A9)', '@risk'];
    await s.app.db.leads.create(draft);
    const res = await fetch(`${s.app.url}/api/leads?format=csv`, { headers: { Authorization: `Bearer ${KEY}` } });
    expect(res.status).toBe(200);
    const cells = readCsv(await res.text(), delimiter).flat();
    expect(cells.some((c) => c.includes('HYPERLINK'))).toBe(true);
    expect(cells.filter((c) => /^[\s\u00a0\"]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c.trim()))).toEqual([]);
  });
});

describe('a token that cannot be verified', () => {
  let s: Started;
  beforeAll(async () => {
    s = await startOn('sqlite', { MicrosoftAppId: '1b2c3d4e-1111-4222-8333-123456789abc', MicrosoftAppPassword: 'not-used-here' });
  });
  afterAll(async () => {
    await s?.close();
  });

  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  function forgedJwt(): string {
    const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    const now = Math.floor(Date.now() / 1000);
    const head = b64({ alg: 'RS256', typ: 'JWT', kid: 'forged-key-id' });
    const body = b64({ iss: 'https://api.botframework.com', aud: '1b2c3d4e-1111-4222-8333-123456789abc', exp: now + 3600, nbf: now - 10 });
    return `${head}.${body}.${crypto.sign('RSA-SHA256', Buffer.from(`${head}.${body}`), privateKey).toString('base64url')}`;
  }

  it.each([
    ['a forged RS256 token (the identity service must be asked, and may be unreachable)', forgedJwt()],
    ['a malformed token', 'not.a.jwt'],
    ['no token', ''],
  ])('%s: 401 or 503 with a short JSON error, no internals, and the server stays up', async (_label, token) => {
    const body = {
      type: 'message', text: 'hi', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/teams/',
      conversation: { id: 'jwt-conv' }, from: { id: 'u' }, recipient: { id: 'b' },
    };
    const r = await postActivity(s.app.url, body, token ? { Authorization: `Bearer ${token}` } : {});
    expect([401, 503]).toContain(r.status);
    expect(JSON.parse(r.text)).toEqual({ error: expect.any(String) });
    expect(r.text).not.toMatch(/login\.botframework|ENOTFOUND|getaddrinfo|openid|at .*\.js|Error:/i);
    expect((await fetch(`${s.app.url}/healthz`)).status).toBe(200);
  });
});

describe('start-up errors', () => {
  const INDEX = path.join(import.meta.dirname, '../../src/index.ts');
  const ROOT = path.join(import.meta.dirname, '../..');

  function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve, reject) => {
      const base = { ...process.env } as Record<string, string>;
      for (const k of ['DATABASE_URL', 'ADMIN_API_KEY', 'MicrosoftAppId', 'MicrosoftAppPassword', 'HOST']) delete base[k];
      const child = spawn(process.execPath, ['--import', 'tsx', INDEX], {
        env: { ...base, PORT: '0', DATA_DIR: tempDataDir(), LOG_LEVEL: 'silent', ...env },
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout!.on('data', (d) => (output += d));
      child.stderr!.on('data', (d) => (output += d));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`still running: ${output}`));
      }, 45_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, output });
      });
    });
  }

  it.each([
    ['an ADMIN_API_KEY that is too short', { ADMIN_API_KEY: 'Sh0rtButSecret' }, 'Sh0rtButSecret', /ADMIN_API_KEY must be at least 16 characters/],
    ['a DATABASE_URL that is not PostgreSQL', { DATABASE_URL: 'mysql://admin:Sup3rS3cretPw@db.example/x' }, 'Sup3rS3cretPw', /DATABASE_URL must be a PostgreSQL URL/],
    ['a DATABASE_URL whose server does not answer', { DATABASE_URL: 'postgres://admin:Sup3rS3cretPw@127.0.0.1:1/x' }, 'Sup3rS3cretPw', /Could not start/],
    ['a bad PORT next to an app password', { PORT: 'abc', MicrosoftAppId: 'x', MicrosoftAppPassword: 'AppPassw0rdValue' }, 'AppPassw0rdValue', /PORT must be a port number/],
  ])('%s: exit 1, one line naming the problem, the secret nowhere', async (_label, env, secret, message) => {
    const { code, output } = await start(env as Record<string, string>);
    expect(code).toBe(1);
    expect(output).toMatch(message);
    expect(output).not.toContain(secret);
  }, 60_000);
});

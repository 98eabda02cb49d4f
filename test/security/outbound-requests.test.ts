/**
 * Issue #12 item 8, outbound requests and who may ask for them:
 * - ALLOWED_SERVICE_URLS compares parsed scheme, host, port and path (a text prefix let
 *   `https://smba.trafficmanager.net.evil.example` through);
 * - local mode answers /api/messages only to this machine, whatever HOST is, while the chat page
 *   and its bridge work from any address;
 * - with HOST unset the server listens on 127.0.0.1, and `npm start` opened at localhost works;
 * - a reply to a loopback serviceUrl nobody listens on fails the turn at once (it took ~11 s).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, parseAllowedServiceUrl } from '../../src/config';
import { isAllowedServiceUrl } from '../../src/server';
import { tempDataDir } from '../e2e/harness';
import { ReplyRecorder, activity, postActivity, startOn, waitFor, type Started } from './helpers';

const allow = (...urls: string[]) => urls.map((u) => parseAllowedServiceUrl(u)!);

describe('ALLOWED_SERVICE_URLS', () => {
  const teams = allow('https://smba.trafficmanager.net/teams', 'https://bots.example.com:8443');
  it.each([
    ['https://smba.trafficmanager.net/teams/', true],
    ['https://smba.trafficmanager.net/teams/v3/conversations', true],
    ['https://SMBA.trafficmanager.net:443/teams', true],
    ['https://smba.trafficmanager.net.evil.example/teams', false],
    ['https://smba.trafficmanager.net/teamsevil', false],
    ['https://smba.trafficmanager.net/other', false],
    ['http://smba.trafficmanager.net/teams', false],
    ['https://smba.trafficmanager.net:8443/teams', false],
    ['https://user:pw@smba.trafficmanager.net/teams', false],
    ['https://bots.example.com:8443/anything', true],
    ['https://bots.example.com/anything', false],
    ['http://127.0.0.1:9/x', true],
    ['http://[::1]:9/x', true],
    ['http://localhost:9/', true],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => {
    expect(isAllowedServiceUrl(url, teams)).toBe(ok);
  });

  it('an entry that is not an http(s) URL stops start-up with one line naming it', () => {
    expect(() => loadConfig({ ALLOWED_SERVICE_URLS: 'https://ok.example, smba.trafficmanager.net' } as never)).toThrow(
      /ALLOWED_SERVICE_URLS entry "smba.trafficmanager.net" is not an http\(s\) URL/,
    );
  });
});

/** The first non-loopback IPv4 address of this machine, to be a "remote" client of ourselves. */
function externalAddress(): string | undefined {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return undefined;
}
const EXTERNAL = externalAddress();

describe('local mode: /api/messages only from this machine, the chat page from anywhere', () => {
  const recorder = new ReplyRecorder();
  let s: Started;
  beforeAll(async () => {
    await recorder.start();
    s = await startOn('sqlite', { HOST: '0.0.0.0' });
  });
  afterAll(async () => {
    await s?.close();
    await recorder.stop();
  });
  const port = () => new URL(s.app.url).port;

  it.skipIf(!EXTERNAL)('a client on another address gets 403 and the bot sends nothing', async () => {
    const r = await postActivity(`http://${EXTERNAL}:${port()}`, activity(recorder.url, 'remote-1', 'hello'));
    expect(r.status).toBe(403);
    expect(r.text).toMatch(/local mode/);
    await new Promise((res) => setTimeout(res, 200));
    expect(recorder.messagesTo('remote-1')).toEqual([]);
  });

  it('the same through a proxy that names a remote client is 403 too', async () => {
    const proxied = await startOn('sqlite', { TRUST_PROXY: '1' });
    try {
      const r = await postActivity(proxied.app.url, activity(recorder.url, 'remote-2', 'hello'), { 'X-Forwarded-For': '203.0.113.5' });
      expect(r.status).toBe(403);
    } finally {
      await proxied.close();
    }
  });

  it('a loopback client is answered', async () => {
    const r = await postActivity(`http://127.0.0.1:${port()}`, activity(recorder.url, 'local-1', 'hello'));
    expect(r.status).toBe(200);
    await waitFor('a reply', () => recorder.messagesTo('local-1').length > 0);
  });

  it.skipIf(!EXTERNAL)('the chat page and its bridge work from another address (the bot runs in process)', async () => {
    const base = `http://${EXTERNAL}:${port()}`;
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    const conv = await (await fetch(`${base}/directline/conversations`, { method: 'POST' })).json();
    await fetch(`${base}/directline/conversations/${conv.conversationId}/activities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${conv.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: '40 agents' }),
    });
    const all = await waitFor('bot replies', async () => {
      const r = await fetch(`${base}/directline/conversations/${conv.conversationId}/activities?watermark=0`, {
        headers: { Authorization: `Bearer ${conv.token}` },
      });
      const body = await r.json();
      return body.activities.filter((a: any) => a.from.role === 'bot').length >= 2 ? body.activities : undefined;
    });
    expect(all.length).toBeGreaterThanOrEqual(3);
  });

  it('a reply to a loopback serviceUrl nobody listens on fails the turn at once, not after ~11 s of retries', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '::1', () => {
        const p = (probe.address() as net.AddressInfo).port;
        probe.close(() => resolve(p));
      });
    });
    for (const serviceUrl of [`http://[::1]:${closed}`, `http://127.0.0.1:${closed}`]) {
      const started = Date.now();
      const r = await postActivity(s.app.url, activity(serviceUrl, `stall-${closed}`, 'hello'));
      expect(r.status).toBeLessThan(500);
      expect(Date.now() - started, serviceUrl).toBeLessThan(3_000);
    }
  });

  it('a [::1] serviceUrl that does listen gets its replies', async () => {
    const v6 = new ReplyRecorder();
    (v6 as any).start = async function () {
      await new Promise<void>((resolve) => (this as any).server.listen(0, '::1', () => resolve()));
      this.url = `http://[::1]:${((this as any).server.address() as net.AddressInfo).port}`;
      return this;
    };
    await v6.start();
    try {
      const r = await postActivity(s.app.url, activity(v6.url, 'v6-1', 'hello'));
      expect(r.status).toBe(200);
      await waitFor('a reply over IPv6', () => v6.messagesTo('v6-1').length > 0);
    } finally {
      await v6.stop();
    }
  });
});

describe('the real server process with HOST unset', () => {
  let child: ChildProcess;
  let port = 0;
  let stderr = '';
  beforeAll(async () => {
    port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as net.AddressInfo).port;
        probe.close(() => resolve(p));
      });
    });
    const env = { ...process.env, PORT: String(port), DATA_DIR: tempDataDir(), LOG_LEVEL: 'warn' } as Record<string, string>;
    for (const k of ['HOST', 'DATABASE_URL', 'MicrosoftAppId', 'TRUST_PROXY']) delete env[k];
    child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, '../../src/index.ts')], {
      env,
      cwd: path.join(import.meta.dirname, '../..'),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr!.on('data', (d) => (stderr += d));
    await waitFor(
      'the server',
      async () => {
        if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
        return fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      },
      60_000,
    );
  }, 70_000);
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('listens on loopback only', async () => {
    if (EXTERNAL) await expect(fetch(`http://${EXTERNAL}:${port}/healthz`)).rejects.toThrow();
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('the chat page works opened at http://localhost', async () => {
    const page = await fetch(`http://localhost:${port}/`);
    expect(page.status).toBe(200);
    const start = await fetch(`http://localhost:${port}/directline/conversations`, { method: 'POST' });
    expect(start.status).toBe(201);
    const conv = await start.json();
    const polled = await fetch(`http://localhost:${port}/directline/conversations/${conv.conversationId}/activities?watermark=0`, {
      headers: { Authorization: `Bearer ${conv.token}` },
    });
    const body = await polled.json();
    expect(body.activities.some((a: any) => a.from.role === 'bot')).toBe(true);
  });
});

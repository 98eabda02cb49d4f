/**
 * Stopping the service the way container platforms and systemd do: SIGTERM to the process they
 * started, which is `npm start`. The turn in flight must be answered, the database closed, and
 * nothing left running; and it all within the 10 s such platforms wait before SIGKILL.
 */
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Storage, StoreItems } from 'botbuilder';
import { freePort } from '../scale/processes';
import { startApp, tempDataDir } from '../e2e/harness';
import { openDatabase } from '../../src/storage/database';
import { testConfig } from '../../src/config';
import type { App } from '../../src/app';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A channel whose first bot message waits for `release()`, so the turn that sends it stays in flight. */
async function holdingChannel() {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let held = false;
  let heldSeen!: () => void;
  const heldNow = new Promise<void>((r) => (heldSeen = r));
  const messages: { text?: string; attachments?: { content?: { fallbackText?: string } }[] }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      const activity = JSON.parse(body || '{}') as { type?: string } & (typeof messages)[number];
      if (activity.type === 'message') {
        messages.push(activity);
        if (!held) {
          held = true;
          heldSeen();
          await released;
        }
      }
      // Not chained: restify (loaded in this process) patches writeHead to return nothing.
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `r${messages.length}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    messages,
    heldNow,
    release,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** pid → start time (clock ticks since boot) of every process below `root`, so a reused pid is not mistaken for ours. */
function descendants(root: number): Map<number, string> {
  const parent = new Map<number, number>();
  const started = new Map<number, string>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      started.set(Number(entry), fields[19]!);
    } catch {
      /* gone meanwhile */
    }
  }
  const found = new Map<number, string>();
  for (const [pid] of parent) {
    for (let p: number | undefined = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) {
        found.set(pid, started.get(pid)!);
        break;
      }
    }
  }
  return found;
}

function stillRunning(pid: number, startTime: string): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] === startTime && fields[0] !== 'Z';
  } catch {
    return false;
  }
}

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

describe('npm start and SIGTERM', () => {
  it('answers the turn in flight, closes the database, exits 0 within 10 s, and leaves no process behind', async () => {
    const channel = await holdingChannel();
    cleanup.push(() => channel.close());
    const dataDir = tempDataDir();
    const port = await freePort();
    const npm = spawn('npm', ['start'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', DATABASE_URL: '', SALES_WEBHOOK_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    npm.stdout!.on('data', (c) => (stdout += c));
    npm.stderr!.on('data', (c) => (stderr += c));
    const exited = new Promise<{ code: number | null; at: number }>((r) => npm.once('exit', (code) => r({ code, at: Date.now() })));
    // If the test fails, kill what npm started, including a server orphaned by npm's exit (its parent is then init).
    let tree = new Map<number, string>();
    cleanup.push(() => {
      for (const [pid, start] of new Map([...tree, ...descendants(npm.pid!)])) if (stillRunning(pid, start)) process.kill(pid, 'SIGKILL');
      npm.kill('SIGKILL');
    });

    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
      } catch {
        /* not listening yet */
      }
      if (npm.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    tree = descendants(npm.pid!);
    expect(tree.size, 'the server runs below npm').toBeGreaterThan(0);

    const conversation = `stop-${Date.now()}`;
    const turn = fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: 'm1', channelId: 'emulator', serviceUrl: channel.url, locale: 'en-US', text: '40 agents, voice and SMS, in the cloud',
        from: { id: 'u1', role: 'user' }, recipient: { id: 'bot', role: 'bot' }, conversation: { id: conversation },
      }),
    });
    await channel.heldNow; // the bot is now sending its reply: the turn is in flight
    const signalled = Date.now();
    npm.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    const server = [...tree].filter(([pid, start]) => stillRunning(pid, start));
    expect(server.length, 'the server waits for the turn instead of dying with npm').toBeGreaterThan(0);
    channel.release();

    const response = await turn;
    expect(response.status).toBe(200);
    // The answer to the turn reached the channel: the estimate for 40 agents.
    const answered = channel.messages.map((m) => [m.text ?? '', ...(m.attachments ?? []).map((a) => a.content?.fallbackText ?? '')].join('\n')).join('\n');
    expect(answered).toMatch(/40 agents/);
    const { code, at } = await exited;
    expect(code, stderr).toBe(0);
    expect(at - signalled).toBeLessThan(10_000);

    // Nothing below npm survives it (the old `tsx src/index.ts` start left the server running as an orphan).
    await new Promise((r) => setTimeout(r, 200));
    expect([...tree].filter(([pid, start]) => stillRunning(pid, start))).toEqual([]);

    // The database was closed: SQLite folds the write-ahead log back and removes it on the last close,
    // and the turn's state is in the file.
    expect(fs.existsSync(path.join(dataDir, 'advisor.db-wal'))).toBe(false);
    const db = new Database(path.join(dataDir, 'advisor.db'), { readonly: true });
    try {
      const rows = db.prepare('SELECT key FROM bot_state').all() as { key: string }[];
      expect(rows.some((r) => r.key.includes(conversation))).toBe(true);
    } finally {
      db.close();
    }
    expect(stdout).toMatch(/"msg":"stopped: turns finished, delivery worker stopped, database closed"/);
    // Start-up prints no deprecation warnings of ours (restify's DEP0111 is dropped at load).
    expect(stderr).not.toMatch(/DeprecationWarning|\[DEP\d+\]/);
  }, 120_000);
});

describe('app.close()', () => {
  it('waits for a chat-bridge turn that runs after its POST was answered', async () => {
    const dataDir = tempDataDir();
    const real = await openDatabase(testConfig({ DATA_DIR: dataDir }));
    cleanup.push(() => real.close());
    // The real SQLite storage, with a latch on writes once armed: the turn stays in flight until released.
    let armed = false;
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let writing!: () => void;
    const writeStarted = new Promise<void>((r) => (writing = r));
    let written = false;
    const storage: Storage = {
      read: (keys) => real.storage.read(keys),
      delete: (keys) => real.storage.delete(keys),
      write: async (changes: StoreItems) => {
        if (armed) {
          writing();
          await released;
        }
        await real.storage.write(changes);
        if (armed) written = true;
      },
    };
    const app: App = await startApp({ DATA_DIR: dataDir }, { db: { ...real, storage } });
    let closed = false;
    cleanup.push(() => (closed ? undefined : app.close()));

    const start = await fetch(`${app.url}/directline/conversations`, { method: 'POST' });
    expect(start.status).toBe(201);
    const { conversationId, token } = (await start.json()) as { conversationId: string; token: string };
    armed = true;
    const post = await fetch(`${app.url}/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: '25 agents, email, hybrid', from: { id: 'u' } }),
    });
    expect(post.status).toBe(200); // answered before the turn ran
    await writeStarted;

    const closing = app.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 300));
    expect(closed, 'close() returned while the turn was still writing').toBe(false);
    release();
    await closing;
    expect(written).toBe(true);
  }, 60_000);
});

/**
 * Issue #12 items 1–3, against the real server over HTTP: a body the server cannot or will not
 * read is a 4xx for that request, the process stays up, nothing is inflated and nothing is
 * written to disk. Each row failed before the strict body reader (item 1 killed the process).
 */
import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelRecorder, Conversation, startApp } from '../e2e/harness';
import type { App } from '../../src/app';

const recorder = new ChannelRecorder();
let app: App;
beforeAll(async () => {
  await recorder.start();
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
  await recorder.stop();
});

function activity(c: Conversation, text: string) {
  return {
    type: 'message', text, channelId: 'emulator', serviceUrl: recorder.url, locale: 'en-US',
    from: { id: c.userId }, recipient: { id: 'bot' }, conversation: { id: c.id },
  };
}

async function stillServing(): Promise<void> {
  const health = await fetch(`${app.url}/healthz`);
  expect(health.status).toBe(200);
  const c = new Conversation(() => app.url, recorder);
  const replies = await c.say('hello');
  expect(replies.length).toBeGreaterThan(0);
}

/** Every route that reads a body. The activities route reads it only for a valid token's holder. */
const ROUTES = ['/api/messages', '/directline/conversations', '/directline/tokens/generate', '/directline/conversations/:id/activities'];
let chat: { conversationId: string; token: string };
beforeAll(async () => {
  chat = await (await fetch(`${app.url}/directline/conversations`, { method: 'POST' })).json();
});
const url = (route: string) => `${app.url}${route.replace(':id', chat.conversationId)}`;
const auth = (route: string): Record<string, string> => (route.includes(':id') ? { Authorization: `Bearer ${chat.token}` } : {});

describe.each(ROUTES)('request bodies on %s', (route) => {
  it('a gzip Content-Encoding with a body that is not gzip is 415, and the server stays up', async () => {
    const r = await fetch(url(route), {
      method: 'POST',
      headers: { ...auth(route), 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body: 'x',
    });
    expect(r.status).toBe(415);
    await stillServing();
  });

  it('a gzip bomb is refused before inflating (415), whatever it would inflate to', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
    const before = process.memoryUsage().rss;
    const r = await fetch(url(route), {
      method: 'POST',
      headers: { ...auth(route), 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body: bomb,
    });
    expect(r.status).toBe(415);
    // Inflating would add ~20 MB of buffers at once; refusing adds at most the compressed size.
    expect(process.memoryUsage().rss - before).toBeLessThan(15 * 1024 * 1024);
    await stillServing();
  });

  it('deflate and br are refused the same way', async () => {
    for (const enc of ['deflate', 'br']) {
      const r = await fetch(url(route), { method: 'POST', headers: { ...auth(route), 'Content-Type': 'application/json', 'Content-Encoding': enc }, body: '{}' });
      expect(r.status).toBe(415);
    }
  });

  it('multipart/form-data is 415 and leaves no temp file behind', async () => {
    const tmpBefore = new Set(fs.readdirSync(os.tmpdir()));
    const form = new FormData();
    form.append('file', new Blob([Buffer.alloc(2 * 1024 * 1024, 0x41)]), 'big.bin');
    const r = await fetch(url(route), { method: 'POST', headers: auth(route), body: form });
    expect(r.status).toBe(415);
    const created = fs.readdirSync(os.tmpdir()).filter((f) => !tmpBefore.has(f) && !f.startsWith('cca-'));
    // restify's multipart parser wrote "upload_*" files here; nothing of the kind may appear.
    expect(created.filter((f) => /^upload_|^[0-9a-f]{32}$/.test(f))).toEqual([]);
    await stillServing();
  });

  it('text/plain is 415', async () => {
    const r = await fetch(url(route), { method: 'POST', headers: { ...auth(route), 'Content-Type': 'text/plain' }, body: '{"type":"message"}' });
    expect(r.status).toBe(415);
  });
});

describe('byte cap while streaming', () => {
  it('a chunked body over 256 KB with no Content-Length is cut off with 413 and the server stays up', async () => {
    const url = new URL(app.url);
    const status = await new Promise<number>((resolve, reject) => {
      const socket = net.connect(Number(url.port), url.hostname, () => {
        socket.write(
          'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
        );
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          // Keeps sending well past the cap: the server must answer 413 without waiting for the end.
          while (sent < 8 * 1024 * 1024) {
            sent += chunk.length;
            const ok = socket.write(`${chunk.length.toString(16)}\r\n`) && socket.write(chunk) && socket.write('\r\n');
            if (!ok) return socket.once('drain', pump);
          }
          socket.write('0\r\n\r\n');
        };
        pump();
      });
      let data = '';
      socket.on('data', (d) => {
        data += d.toString('latin1');
        const m = /^HTTP\/1\.1 (\d{3})/.exec(data);
        if (m) {
          resolve(Number(m[1]));
          socket.destroy();
        }
      });
      socket.on('error', (e) => (data ? undefined : reject(e)));
      setTimeout(() => reject(new Error('no response')), 15_000).unref();
    });
    expect(status).toBe(413);
    await stillServing();
  });

  it('a declared Content-Length over the cap is 413 before reading', async () => {
    const big = JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) });
    const r = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: big });
    expect(r.status).toBe(413);
  });

  it('malformed JSON is 400 and a real activity still works with charset in the Content-Type', async () => {
    const bad = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"type":' });
    expect(bad.status).toBe(400);
    const c = new Conversation(() => app.url, recorder);
    const ok = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(activity(c, 'hello')),
    });
    expect(ok.status).toBeLessThan(300);
    expect(recorder.take().length).toBeGreaterThan(0);
  });
});

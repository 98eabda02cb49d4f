/**
 * `npm run bench:turns`: scripted estimate conversations over HTTP against the advisor
 * (real app: restify + CloudAdapter + dialogs + SQLite state) and, in the same run, against
 * a bare echo bot on the same restify + CloudAdapter stack. Replies come back in the HTTP
 * response (deliveryMode expectReplies) for both, so the channel side costs the same.
 *
 * Flags: --conversations N (default 200), --concurrency N (default 8).
 */
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import restify from 'restify';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationServiceClientCredentialFactory,
  createBotFrameworkAuthenticationFromConfiguration,
} from 'botbuilder';
import { loadConfig } from '../src/config';
import { createApp } from '../src/app';

const Flags = z.object({
  conversations: z.coerce.number().int().min(1).max(100_000).default(200),
  concurrency: z.coerce.number().int().min(1).max(256).default(8),
});

/** One conversation's messages; each conversation has its own head count (as in bench:load), so scenario caches help only within one. */
const SCRIPT = (i: number): string[] => {
  const agents = 10 + (Math.imul(i, 2654435761) >>> 0) % 4990;
  return ['I need an estimate', `${agents} agents`, 'voice and sms', 'cloud', 'use typical volumes', `make it ${agents + 30} agents`, 'why is on-prem storage more expensive?'];
};
const TURNS = SCRIPT(0).length;
let conversationSeq = 0;

async function startEcho(): Promise<{ url: string; close: () => Promise<void> }> {
  const auth = createBotFrameworkAuthenticationFromConfiguration(null, new ConfigurationServiceClientCredentialFactory({}));
  const adapter = new CloudAdapter(auth);
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text}`);
    await next();
  });
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (ctx) => bot.run(ctx));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function runLoad(baseUrl: string, conversations: number, concurrency: number) {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const one = async () => {
    const conversationId = `bench-${randomUUID()}`;
    let seq = 0;
    for (const text of SCRIPT(conversationSeq++)) {
      const activity = {
        type: 'message',
        id: `${conversationId}-${++seq}`,
        text,
        channelId: 'emulator',
        serviceUrl: 'http://127.0.0.1:9/unused',
        deliveryMode: 'expectReplies',
        locale: 'en-US',
        from: { id: 'bench-user', role: 'user' },
        recipient: { id: 'bot', role: 'bot' },
        conversation: { id: conversationId },
      };
      const t0 = performance.now();
      const res = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(activity),
      });
      const body = (await res.json().catch(() => ({}))) as { activities?: unknown[] };
      latencies.push(performance.now() - t0);
      if (!res.ok || !Array.isArray(body.activities) || body.activities.length === 0) errors++;
    }
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < conversations) {
        next++;
        await one();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { turns: latencies.length, seconds, tps: latencies.length / seconds, p50: pct(50), p99: pct(99), errors };
}

async function main() {
  const { values } = parseArgs({ options: { conversations: { type: 'string' }, concurrency: { type: 'string' } } });
  const parsed = Flags.safeParse(values);
  if (!parsed.success) {
    console.error(`bench:turns: ${parsed.error.issues.map((i) => `--${i.path.join('.')} ${i.message}`).join('; ')}`);
    process.exit(2);
  }
  const { conversations, concurrency } = parsed.data;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-bench-'));
  const app = await createApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
  const echo = await startEcho();

  // Warm both (JIT, SQLite pages, knowledge index) before measuring.
  await runLoad(echo.url, 5, 2);
  await runLoad(app.url, 5, 2);

  const e = await runLoad(echo.url, conversations, concurrency);
  const a = await runLoad(app.url, conversations, concurrency);
  const rss = process.memoryUsage().rss / 1024 / 1024;

  const row = (name: string, r: typeof a) =>
    `${name.padEnd(10)} ${String(r.turns).padStart(6)} turns  ${r.tps.toFixed(0).padStart(6)} turns/s  p50 ${r.p50.toFixed(2).padStart(7)} ms  p99 ${r.p99.toFixed(2).padStart(7)} ms  errors ${r.errors}`;
  console.log(`bench:turns — ${conversations} conversations × ${TURNS} turns, ${concurrency} concurrent, Node ${process.version}, ${os.cpus().length} cores`);
  console.log(row('echo bot', e));
  console.log(row('advisor', a));
  console.log(`ratio advisor/echo: throughput ${(a.tps / e.tps).toFixed(2)} (aim ≥ 0.8), p50 ${(a.p50 / e.p50).toFixed(2)}×, p99 ${(a.p99 / e.p99).toFixed(2)}×`);
  console.log(`process RSS after the run: ${rss.toFixed(0)} MB (both servers in this process)`);

  await echo.close();
  await app.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

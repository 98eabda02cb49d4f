/**
 * `npm run bench:load`: scripted conversations over HTTP (an estimate step by step, a what-if,
 * a knowledge question) at fixed concurrency against the advisor as it ships (the build,
 * `node dist/index.js`, which the npm script refreshes first) on SQLite and on PostgreSQL (a
 * scratch database, dropped afterwards), and, in the same run, against a bare echo bot on the
 * same restify + CloudAdapter stack, compiled the same way (esbuild, plain `node`). Every server
 * is its own child process, so the load generator's CPU and heap are not counted; the server's
 * RSS is sampled from /proc/<pid>/status, and its start-up time is spawn → first 200 from /readyz.
 *
 * Rounds alternate between the servers so that background load on a shared machine hits them alike.
 *
 * Flags: --conversations N (1000), --concurrency N (32), --rounds N (5), --soak N (0: off; else N
 * conversations on a fresh SQLite advisor and then on a fresh echo bot, with their RSS),
 * --no-postgres, --profile DIR (every server runs with --cpu-prof into DIR; the echo bot's is echo.cpuprofile), --server-heap-mb N
 * (advisor servers run with --max-old-space-size=N), --v8-defaults (without npm start's V8 flags,
 * package.json config.nodeFlags, which the advisor otherwise runs with, as it ships). Environment: BENCH_ADVISOR_NODE_FLAGS (more
 * V8 flags for the advisor only, e.g. "--max-semi-space-size=2"), BENCH_HEAP_PROF=1 (with --profile:
 * a sampling heap profile too). PostgreSQL: TEST_DATABASE_URL or
 * postgres://postgres@127.0.0.1:5432/test. Loopback only; each run bounded by --max-seconds (900).
 */
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import http from 'node:http';
import { parseArgs } from 'node:util';
import { randomBytes, randomUUID } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { z } from 'zod';
import pg from 'pg';
import { build as esbuild } from 'esbuild';
import { dialogStrings } from '../src/i18n/dialogs';

const Flags = z.object({
  conversations: z.coerce.number().int().min(1).max(100_000).default(1_000),
  concurrency: z.coerce.number().int().min(1).max(256).default(32),
  soak: z.coerce.number().int().min(0).max(100_000).default(0),
  'max-seconds': z.coerce.number().int().min(10).max(3_600).default(900),
  rounds: z.coerce.number().int().min(1).max(100).default(5),
  'no-postgres': z.boolean().default(false),
  profile: z.string().min(1).optional(),
  'server-heap-mb': z.coerce.number().int().min(16).max(16_384).optional(),
  'v8-defaults': z.boolean().default(false),
});

type Step = { text: string; expect: RegExp };
/**
 * One conversation's turns: the text sent, and a fragment the reply must contain (else it counts as
 * an error). The head count differs from one conversation to the next (10–4,999 agents, spread
 * by a multiplicative hash of a counter that runs across rounds), so that each conversation prices
 * its own scenarios, as real visitors do, and a cache of recent estimates only helps within a
 * conversation.
 */
type Script = (conversation: number) => Step[];
const SCRIPT: Script = (i) => {
  const agents = 10 + (Math.imul(i, 2654435761) >>> 0) % 4990;
  const n = (x: number) => x.toLocaleString('en-US');
  return [
    { text: 'I need an estimate', expect: /agents/i },
    { text: `${agents} agents`, expect: /channel/i },
    { text: 'voice and sms', expect: /deploy|cloud/i },
    { text: 'cloud', expect: /add-ons|volume/i },
    { text: 'use typical volumes', expect: new RegExp(`Estimate: ${n(agents)} agents`) },
    { text: `make it ${agents + 30} agents`, expect: new RegExp(`agents ${n(agents)} → ${n(agents + 30)}`) },
    { text: 'why is on-prem storage more expensive?', expect: /storage|on-prem/i },
  ];
};
const TURNS = SCRIPT(0).length;
let conversationSeq = 0;
const ECHO_SCRIPT: Script = (i) => SCRIPT(i).map((s) => ({ text: s.text, expect: /^echo: / }));
// Both failure replies of the app's onTurnError start with these words.
const FAILURE_MARKERS = [dialogStrings.en.errorApology, dialogStrings.en.unavailable].map((s) => s.split('(')[0]!.trim());

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

type Server = { name: string; url: string; proc: ChildProcess; startupMs: number; stderr(): string; stop(): Promise<void> };

const BUILT_ADVISOR = path.resolve('dist/index.js');
/** The V8 flags npm start passes (package.json config.nodeFlags): the advisor is measured as it ships. */
const SHIPPED_NODE_FLAGS = z
  .object({ config: z.object({ nodeFlags: z.string() }) })
  .parse(JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8')))
  .config.nodeFlags.split(/\s+/)
  .filter(Boolean);

/**
 * The echo bot bundled like the advisor (esbuild, CommonJS, packages left in node_modules) and run
 * with plain node. It is written under node_modules/.cache so that its requires find this project's packages.
 */
async function buildEcho(): Promise<string> {
  const outfile = path.resolve('node_modules/.cache/bench/echo-server.js');
  await esbuild({
    entryPoints: [path.resolve('bench/echo-server.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

/**
 * The serviceUrl of every bench conversation. Replies come back in the HTTP response
 * (expectReplies), but the typing indicator posts straight to the serviceUrl when a turn takes
 * over 800 ms; the sink accepts those as a channel would, and counts them. (A refused typing post
 * used to end the app: test/faults/typing-indicator.test.ts.)
 */
async function startChannelSink(): Promise<{ url: string; posts: () => number; close(): Promise<void> }> {
  let posts = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      posts++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"sink"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    posts: () => posts,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
let serviceUrl = 'http://127.0.0.1:9/unused';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function spawnServer(name: string, script: string, env: Record<string, string>, nodeFlags: string[] = []): Promise<Server> {
  const port = await freePort();
  let stderr = '';
  const spawned = performance.now();
  const proc = spawn(process.execPath, [...nodeFlags, script], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  proc.stderr!.on('data', (c) => (stderr = (stderr + c).slice(-2_000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`${name} exited with ${proc.exitCode}: ${stderr.trim()}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`${name} did not become ready in 30 s: ${stderr.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  const startupMs = performance.now() - spawned;
  return {
    name,
    url,
    proc,
    startupMs,
    stderr: () => stderr.trim(),
    stop: async () => {
      if (proc.exitCode !== null) return;
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** CPU time (user + system) a process has used so far, in ms; NaN once it has exited. */
function cpuMsOf(pid: number): number {
  try {
    // Fields after the command name (which may contain spaces): utime and stime are the 12th and 13th.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
// USER_HZ is 100 on every Linux build Node supports.
const CLOCK_TICKS = 100;

/** VmRSS (now) and VmHWM (peak) of a process, in MB; NaN once it has exited. */
function memoryOf(pid: number): { rss: number; peak: number } {
  let status = '';
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    /* exited */
  }
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

type Result = {
  name: string;
  conversations: number;
  turns: number;
  seconds: number;
  tps: number;
  p50: number;
  p99: number;
  errors: number;
  firstError?: string;
  rssEnd: number;
  rssPeak: number;
  /** Server CPU time spent during the run. */
  cpuMs: number;
};

async function runLoad(...args: Parameters<typeof runLoadDetailed>): Promise<Result> {
  const { latencies: _, ...result } = await runLoadDetailed(...args);
  return result;
}

async function runLoadDetailed(
  server: Server,
  script: Script,
  conversations: number,
  concurrency: number,
  maxSeconds: number,
): Promise<Result & { latencies: number[] }> {
  const latencies: number[] = [];
  const sorted = () => [...latencies].sort((a, b) => a - b);
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const deadline = performance.now() + maxSeconds * 1000;
  const fail = (why: string) => {
    errors++;
    firstError ??= why;
  };
  const one = async () => {
    const conversationId = `load-${randomUUID()}`;
    let seq = 0;
    for (const step of script(conversationSeq++)) {
      const activity = {
        type: 'message',
        id: `${conversationId}-${++seq}`,
        text: step.text,
        channelId: 'emulator',
        serviceUrl,
        deliveryMode: 'expectReplies',
        locale: 'en-US',
        from: { id: `user-${conversationId}`, role: 'user' },
        recipient: { id: 'bot', role: 'bot' },
        conversation: { id: conversationId },
      };
      const t0 = performance.now();
      try {
        const res = await fetch(`${server.url}/api/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(activity),
          signal: AbortSignal.timeout(30_000),
        });
        const body = (await res.json().catch(() => ({}))) as { activities?: { text?: string; attachments?: { content?: { fallbackText?: string } }[] }[] };
        latencies.push(performance.now() - t0);
        if (!res.ok) {
          fail(`HTTP ${res.status} on "${step.text}"`);
          continue;
        }
        const text = (body.activities ?? [])
          .map((a) => [a.text ?? '', ...(a.attachments ?? []).map((x) => x.content?.fallbackText ?? '')].join('\n'))
          .join('\n');
        if (FAILURE_MARKERS.some((m) => text.includes(m))) fail(`failure reply on "${step.text}"`);
        else if (!step.expect.test(text)) fail(`unexpected reply to "${step.text}": ${text.slice(0, 120).replace(/\s+/g, ' ')}`);
      } catch (err) {
        latencies.push(performance.now() - t0);
        fail(`${(err as Error).name} on "${step.text}"`);
      }
    }
  };
  let done = 0;
  let peakSampled = 0;
  const sampler = setInterval(() => {
    try {
      const { rss } = memoryOf(server.proc.pid!);
      if (rss > peakSampled) peakSampled = rss;
    } catch {
      /* process gone */
    }
  }, 250);
  const cpuBefore = cpuMsOf(server.proc.pid!);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < conversations && performance.now() < deadline) {
        next++;
        await one();
        done++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = cpuMsOf(server.proc.pid!) - cpuBefore;
  clearInterval(sampler);
  if (server.proc.exitCode !== null || server.proc.signalCode !== null) {
    fail(`${server.name} exited (${server.proc.exitCode ?? server.proc.signalCode}): ${server.stderr().slice(-600)}`);
  }
  if (done < conversations) fail(`time limit: ${done} of ${conversations} conversations in ${maxSeconds} s`);
  const mem = memoryOf(server.proc.pid!);
  const order = sorted();
  const pct = (p: number) => order[Math.min(order.length - 1, Math.floor((p / 100) * order.length))] ?? NaN;
  return {
    name: server.name,
    conversations: done,
    turns: latencies.length,
    seconds,
    tps: latencies.length / seconds,
    p50: pct(50),
    p99: pct(99),
    errors,
    firstError,
    rssEnd: mem.rss,
    rssPeak: Math.max(mem.peak, peakSampled),
    cpuMs,
    latencies,
  };
}

async function scratchPostgres(): Promise<{ url: string; drop(): Promise<void> } | string> {
  const name = `cca_load_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (err) {
    return `PostgreSQL at ${ADMIN_URL.replace(/\/\/[^@]*@/, '//…@')} unavailable (${(err as Error).message})`;
  } finally {
    await admin.end().catch(() => {});
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Sums rounds of one server into one result (latencies pooled, time summed). */
function combine(name: string, parts: (Result & { latencies: number[] })[], server: Server): Result {
  const latencies = parts.flatMap((p) => p.latencies).sort((a, b) => a - b);
  const seconds = parts.reduce((t, p) => t + p.seconds, 0);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const mem = memoryOf(server.proc.pid!);
  return {
    name,
    conversations: parts.reduce((t, p) => t + p.conversations, 0),
    turns: latencies.length,
    seconds,
    tps: latencies.length / seconds,
    p50: pct(50),
    p99: pct(99),
    errors: parts.reduce((t, p) => t + p.errors, 0),
    firstError: parts.find((p) => p.firstError)?.firstError,
    rssEnd: Number.isNaN(mem.rss) ? Math.max(...parts.map((p) => p.rssEnd)) : mem.rss,
    rssPeak: Math.max(mem.peak || 0, ...parts.map((p) => p.rssPeak)),
    cpuMs: parts.reduce((t, p) => t + p.cpuMs, 0),
  };
}

const row = (r: Result) =>
  `${r.name.padEnd(18)} ${String(r.turns).padStart(6)} turns ${r.seconds.toFixed(1).padStart(6)} s ${r.tps.toFixed(0).padStart(5)} turns/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  errors ${r.errors}  server CPU ${(r.cpuMs / r.turns).toFixed(2)} ms/turn  RSS end ${r.rssEnd.toFixed(0)} MB peak ${r.rssPeak.toFixed(0)} MB` +
  (r.firstError ? `\n${''.padEnd(19)}first error: ${r.firstError}` : '');

/** Aims from issue #13: throughput ≥ 0.7× echo, RSS ≤ 200 MB after 10,000 conversations. */
const AIM_THROUGHPUT = 0.7;
const AIM_SOAK_RSS_MB = 200;

const ratios = (a: Result, e: Result) =>
  `${a.name} / echo: throughput ${(a.tps / e.tps).toFixed(2)} (aim ≥ ${AIM_THROUGHPUT} ${a.tps / e.tps >= AIM_THROUGHPUT ? 'met' : 'NOT met'}), p50 ${(a.p50 / e.p50).toFixed(2)}×, p99 ${(a.p99 / e.p99).toFixed(2)}× (aim ≤ 1.5 ${a.p99 / e.p99 <= 1.5 ? 'met' : 'NOT met'}), errors ${a.errors} (aim 0 ${a.errors === 0 ? 'met' : 'NOT met'}), server CPU per turn ${(a.cpuMs / a.turns / (e.cpuMs / e.turns)).toFixed(1)}×`;

async function main() {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      options: {
        conversations: { type: 'string' },
        concurrency: { type: 'string' },
        soak: { type: 'string' },
        rounds: { type: 'string' },
        'max-seconds': { type: 'string' },
        'no-postgres': { type: 'boolean' },
        profile: { type: 'string' },
        'server-heap-mb': { type: 'string' },
        'v8-defaults': { type: 'boolean' },
      },
    }).values;
  } catch (err) {
    console.error(`bench:load: ${(err as Error).message}`);
    process.exit(2);
  }
  const parsed = Flags.safeParse(values);
  if (!parsed.success) {
    console.error(`bench:load: ${parsed.error.issues.map((i) => `--${i.path.join('.')} ${i.message}`).join('; ')}`);
    process.exit(2);
  }
  const f = parsed.data;
  const dirs: string[] = [];
  const dataDir = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-load-'));
    dirs.push(d);
    return d;
  };
  const advisorEnv = (extra: Record<string, string>) => ({ DATA_DIR: dataDir(), DATABASE_URL: '', SALES_WEBHOOK_URL: '', ...extra });
  // --cpu-prof writes the profile when the process exits (bench stops servers with SIGTERM → process.exit).
  // Node 20 expands no placeholders in --cpu-prof-name: the echo bot's is named, the advisors' keep Node's default (CPU.<date>.<pid>…).
  const profileFlags = (name?: string) =>
    f.profile
      ? [
          '--cpu-prof',
          `--cpu-prof-dir=${path.resolve(f.profile)}`,
          ...(name ? [`--cpu-prof-name=${name}.cpuprofile`] : []),
          ...(process.env.BENCH_HEAP_PROF ? ['--heap-prof', `--heap-prof-dir=${path.resolve(f.profile)}`] : []),
        ]
      : [];
  const advisorFlags = [
    ...profileFlags(),
    // as it ships: npm start's V8 flags (package.json config.nodeFlags), unless --v8-defaults
    ...(f['v8-defaults'] ? [] : SHIPPED_NODE_FLAGS),
    // A heap cap tells a leak (out of memory) from a heap V8 merely lets grow because memory is plentiful.
    ...(f['server-heap-mb'] ? [`--max-old-space-size=${f['server-heap-mb']}`] : []),
    // other V8 settings to try on the advisor only (e.g. "--max-semi-space-size=4"), named in the report
    ...(process.env.BENCH_ADVISOR_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean),
  ];

  console.log(
    `bench:load — ${f.conversations} conversations × ${TURNS} turns, ${f.concurrency} concurrent, ${f.rounds} interleaved rounds, each server in its own process; Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), load average ${os.loadavg()[0]!.toFixed(1)} at start`,
  );
  const servers: Server[] = [];
  const sink = await startChannelSink();
  serviceUrl = sink.url;
  let scratch: Awaited<ReturnType<typeof scratchPostgres>> | undefined;
  try {
    const targets: { name: string; server: Server; script: Script; parts: (Result & { latencies: number[] })[] }[] = [];
    const add = async (name: string, script: string, env: Record<string, string>, turns: Script, flags: string[] = []) => {
      const server = await spawnServer(name, script, env, flags);
      servers.push(server);
      targets.push({ name, server, script: turns, parts: [] });
    };
    const echoScript = await buildEcho();
    if (!fs.existsSync(BUILT_ADVISOR)) throw new Error(`${BUILT_ADVISOR} is missing: run npm run build (npm run bench:load does)`);
    // profiled too, so that a profile of the advisor can be read against the baseline's
    await add('echo bot', echoScript, {}, ECHO_SCRIPT, profileFlags('echo'));
    await add('advisor SQLite', BUILT_ADVISOR, advisorEnv({}), SCRIPT, advisorFlags);
    if (!f['no-postgres']) {
      scratch = await scratchPostgres();
      if (typeof scratch === 'string') console.log(`advisor PostgreSQL skipped: ${scratch}`);
      else await add('advisor PostgreSQL', BUILT_ADVISOR, advisorEnv({ DATABASE_URL: scratch.url }), SCRIPT, advisorFlags);
    }
    for (const t of targets) {
      const ready = memoryOf(t.server.proc.pid!).rss;
      const warm = await runLoad(t.server, t.script, 20, 4, 60);
      t.parts.length = 0;
      console.log(
        `${t.name}: start-up ${t.server.startupMs.toFixed(0)} ms (spawn → /readyz 200), RSS at ready ${ready.toFixed(0)} MB, after warm-up ${warm.rssEnd.toFixed(0)} MB`,
      );
    }
    // Rounds alternate between servers, so a change in background load hits all of them alike.
    for (let round = 0; round < f.rounds; round++) {
      const n = Math.floor(f.conversations / f.rounds) + (round < f.conversations % f.rounds ? 1 : 0);
      for (const t of targets) t.parts.push(await runLoadDetailed(t.server, t.script, n, f.concurrency, f['max-seconds']));
    }
    const results = targets.map((t) => combine(t.name, t.parts, t.server));
    for (const r of results) console.log(row(r));
    for (const t of targets) {
      const p = t.server.proc;
      if (p.exitCode !== null || p.signalCode !== null) {
        console.log(`${t.name} EXITED during the run (${p.exitCode ?? p.signalCode}); its stderr ends:\n${t.server.stderr().slice(-3_000)}`);
      }
    }
    const echo = results[0]!;
    for (const r of results.slice(1)) console.log(ratios(r, echo));

    if (f.soak > 0) {
      // A fresh advisor, then a fresh echo bot, each with RSS every 1,000 conversations: growth
      // between checkpoints is what a leak looks like; the echo bot is the floor of this stack.
      const soak = async (name: string, script: string, env: Record<string, string>, turns: Script, flags: string[]) => {
        const server = await spawnServer(name, script, env, flags);
        servers.push(server);
        console.log(`soak ${name}: ${f.soak} conversations on a fresh server; RSS at ready ${memoryOf(server.proc.pid!).rss.toFixed(0)} MB`);
        const parts: Result[] = [];
        for (let done = 0; done < f.soak; ) {
          const n = Math.min(1_000, f.soak - done);
          const part = await runLoad(server, turns, n, f.concurrency, f['max-seconds']);
          parts.push(part);
          done += n;
          console.log(
            `  after ${String(done).padStart(6)} conversations: RSS ${part.rssEnd.toFixed(0)} MB (peak so far ${memoryOf(server.proc.pid!).peak.toFixed(0)} MB), ${part.tps.toFixed(0)} turns/s, p99 ${part.p99.toFixed(0)} ms, errors ${part.errors}${part.firstError ? ` (${part.firstError})` : ''}`,
          );
          if (server.proc.exitCode !== null || server.proc.signalCode !== null) break;
        }
        await server.stop();
        const last = parts[parts.length - 1]!;
        return {
          conversations: parts.reduce((t, p) => t + p.conversations, 0),
          rss: last.rssEnd,
          growth: last.rssEnd - parts[0]!.rssEnd,
          errors: parts.reduce((t, p) => t + p.errors, 0),
          tps: parts.reduce((t, p) => t + p.turns, 0) / parts.reduce((t, p) => t + p.seconds, 0),
        };
      };
      const flags = advisorFlags.filter((x) => !x.startsWith('--cpu-prof') && !x.startsWith('--heap-prof'));
      const heap = flags.length ? ` (${flags.join(' ')})` : '';
      const a = await soak(`advisor SQLite${heap}`, BUILT_ADVISOR, advisorEnv({}), SCRIPT, advisorFlags);
      const e = await soak('echo bot', echoScript, {}, ECHO_SCRIPT, []);
      console.log(
        `soak: advisor RSS after ${a.conversations} conversations ${a.rss.toFixed(0)} MB (aim ≤ ${AIM_SOAK_RSS_MB} MB ${a.rss <= AIM_SOAK_RSS_MB ? 'met' : 'NOT met'}), ` +
          `growth since the first 1,000 ${a.growth.toFixed(0)} MB, errors ${a.errors}, ${a.tps.toFixed(0)} turns/s; ` +
          `echo bot after ${e.conversations} ${e.rss.toFixed(0)} MB (growth ${e.growth.toFixed(0)} MB), ${e.tps.toFixed(0)} turns/s; ` +
          `advisor/echo: RSS ${(a.rss / e.rss).toFixed(2)}×, throughput ${(a.tps / e.tps).toFixed(2)}`,
      );
    }
    console.log(`typing indicators posted to the channel (turns over 800 ms): ${sink.posts()}`);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await sink.close();
    if (scratch && typeof scratch !== 'string') await scratch.drop();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`bench:load failed: ${(err as Error).message}`);
  process.exit(1);
});

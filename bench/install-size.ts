/**
 * `npm run bench:install`: the size of node_modules after a full install and after a production
 * install, measured, not estimated. Both happen in temporary copies of this checkout (its tracked
 * and new files, not node_modules or dist):
 *
 *   1. `npm ci` (everything; `prepare` builds dist/), then
 *   2. that built copy again, minus node_modules, with `npm ci --omit=dev` (no esbuild, so
 *      `prepare` keeps the dist/ it was given: how a built artifact is deployed),
 *
 * and the production copy is started with `node dist/index.js` to show it serves the chat page
 * and the Web Chat bundle without the devDependencies. Sizes are disk usage (`du -sk`).
 * Takes a few minutes (better-sqlite3 compiles from source in each install).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { execFileSync, spawn } from 'node:child_process';

const ROOT = process.cwd();

function sh(cmd: string, args: string[], cwd: string): { seconds: number; output: string } {
  const started = performance.now();
  const output = execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
  return { seconds: (performance.now() - started) / 1000, output };
}

function diskMb(dir: string): number {
  return Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 1024;
}

function countPackages(dir: string): number {
  const lock = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules/.package-lock.json'), 'utf8')) as { packages: object };
  return Object.keys(lock.packages).length;
}

function copyCheckout(to: string): void {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (!fs.existsSync(path.join(ROOT, file))) continue; // deleted but not yet committed
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(to, file));
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Starts the production copy and fetches what a visitor's browser would; returns start-up ms and what was served. */
async function serveCheck(dir: string): Promise<string> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-install-data-'));
  const started = performance.now();
  const proc = spawn(process.execPath, ['dist/index.js'], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr!.on('data', (c) => (stderr += c));
  try {
    const base = `http://127.0.0.1:${port}`;
    for (const deadline = Date.now() + 60_000; ; ) {
      if (proc.exitCode !== null) throw new Error(`the production copy exited: ${stderr.trim()}`);
      try {
        if ((await fetch(`${base}/readyz`)).ok) break;
      } catch {
        /* not yet */
      }
      if (Date.now() > deadline) throw new Error(`the production copy did not start: ${stderr.trim()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const ready = performance.now() - started;
    const page = await fetch(`${base}/`);
    const bundle = await fetch(`${base}/webchat/webchat.js`);
    const bytes = (await bundle.arrayBuffer()).byteLength;
    if (!page.ok || !bundle.ok) throw new Error(`GET / ${page.status}, GET /webchat/webchat.js ${bundle.status}`);
    return `ready in ${ready.toFixed(0)} ms; GET / ${page.status}, GET /webchat/webchat.js ${bundle.status} (${(bytes / 1e6).toFixed(1)} MB)${stderr.trim() ? `; stderr: ${stderr.trim()}` : ''}`;
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const full = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-install-full-'));
  const prod = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-install-prod-'));
  try {
    console.log(`bench:install — Node ${process.version}, npm ${execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim()}`);
    copyCheckout(full);
    const a = sh('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], full);
    const fullMb = diskMb(path.join(full, 'node_modules'));
    console.log(`full install (npm ci):               node_modules ${fullMb.toFixed(0)} MB, ${countPackages(full)} packages, ${a.seconds.toFixed(0)} s (dist/ built by prepare: ${fs.existsSync(path.join(full, 'dist/index.js'))})`);

    copyCheckout(prod);
    fs.cpSync(path.join(full, 'dist'), path.join(prod, 'dist'), { recursive: true });
    const b = sh('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], prod);
    const prodMb = diskMb(path.join(prod, 'node_modules'));
    const distMb = diskMb(path.join(prod, 'dist'));
    console.log(`production install (npm ci --omit=dev): node_modules ${prodMb.toFixed(0)} MB, ${countPackages(prod)} packages, ${b.seconds.toFixed(0)} s; dist/ ${distMb.toFixed(1)} MB`);
    const present = ['typescript', 'tsx', 'esbuild', 'vitest', 'botframework-webchat', 'playwright-core'].filter((n) => fs.existsSync(path.join(prod, 'node_modules', n)));
    console.log(`dev tools in the production node_modules: ${present.length ? present.join(', ') : 'none'}`);
    console.log(`production copy: ${await serveCheck(prod)}`);
    console.log(`production / full: ${(prodMb / fullMb).toFixed(2)}× (${(fullMb - prodMb).toFixed(0)} MB less)`);
  } finally {
    fs.rmSync(full, { recursive: true, force: true });
    fs.rmSync(prod, { recursive: true, force: true });
  }
}

main().catch((err) => {
  const e = err as Error & { stderr?: string };
  console.error(`bench:install failed: ${e.message}${e.stderr ? `\n${e.stderr.slice(-2_000)}` : ''}`);
  process.exit(1);
});

#!/usr/bin/env node
/**
 * `npm run build`: the service and its CLIs bundled to dist/ with esbuild, plus the files the
 * chat page serves (the Web Chat bundle comes from the botframework-webchat devDependency, so a
 * production install does not need that 162 MB package).
 *
 *   node scripts/build.mjs              build now
 *   node scripts/build.mjs --if-stale   build only if a source file changed since the last build
 *
 * Plain JavaScript on purpose: `prepare` runs it in every install, including `npm ci --omit=dev`,
 * where neither tsx nor esbuild is installed. There, an existing dist/ is kept (it was built
 * before deploying); a missing one is an error that says what to do.
 *
 * Only the entry points below are named; everything else is found by following imports, so
 * moving or adding modules needs no change here. Messages go to stderr: stdout stays clean for
 * `npm run -s estimate -- --json`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const INFO = path.join(DIST, 'build-info.json');

/** dist/<name>.js ← source. All bundles sit directly in dist/ (see sourceLocation below). */
const ENTRIES = {
  index: 'src/index.ts',
  estimate: 'src/cli/estimate.ts',
  chat: 'src/cli/chat.ts',
  'teams-package': 'src/cli/teams-package.ts',
};

/** dist/public/<name> ← file. The page serves exactly these. */
function assetSources() {
  const require = createRequire(path.join(ROOT, 'package.json'));
  let webchat;
  try {
    // The package's `exports` hide dist/, so go from its main file.
    webchat = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
  } catch {
    webchat = undefined;
  }
  return {
    'webchat.js': webchat,
    'app.js': path.join(ROOT, 'src/webchat/public/app.js'),
    'app.css': path.join(ROOT, 'src/webchat/public/app.css'),
  };
}

const log = (message) => process.stderr.write(`build: ${message}\n`);

function readInfo() {
  try {
    return JSON.parse(fs.readFileSync(INFO, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Why dist/ must be rebuilt, or undefined when it is up to date. */
export function staleReason() {
  const info = readInfo();
  if (!info) return 'no previous build';
  const builtAt = fs.statSync(INFO).mtimeMs;
  const outputs = [...Object.keys(ENTRIES).map((n) => `${n}.js`), ...Object.keys(assetSources()).map((n) => `public/${n}`)];
  for (const out of outputs) if (!fs.existsSync(path.join(DIST, out))) return `dist/${out} is missing`;
  const watched = [...info.inputs, 'package.json', 'package-lock.json', 'scripts/build.mjs', ...Object.values(info.assets)];
  for (const file of watched) {
    const abs = path.resolve(ROOT, file);
    let mtime;
    try {
      mtime = fs.statSync(abs).mtimeMs;
    } catch {
      return `${file} is gone`;
    }
    if (mtime > builtAt) return `${path.relative(ROOT, abs)} changed`;
  }
  return undefined;
}

/**
 * In a bundle every module shares the bundle's `__dirname`, so a module that finds its data
 * next to its source (`path.resolve(__dirname, '../../knowledge/catalog.json')`) would look in
 * the wrong place. This gives each module its source location back, computed at run time from
 * the bundle's own directory (dist/ can move with the checkout). Entry modules keep the bundle's
 * identity for `import.meta.url`, so `import.meta.url === pathToFileURL(process.argv[1]).href`
 * still means "run as a program".
 */
function sourceLocation(entryFiles) {
  return {
    name: 'source-location',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?tsx?$/ }, async (args) => {
        if (args.path.split(path.sep).includes('node_modules')) return undefined;
        const text = await fs.promises.readFile(args.path, 'utf8');
        if (!/\b__dirname\b|\b__filename\b|\bimport\.meta\b/.test(text)) return undefined;
        const entry = entryFiles.has(args.path);
        const rel = path.relative(DIST, args.path).split(path.sep).join('/');
        let body = text
          .replace(/\bimport\.meta\.url\b/g, '__src_url')
          .replace(/\bimport\.meta\.dirname\b/g, '__src_dir')
          .replace(/\bimport\.meta\.filename\b/g, '__src_file');
        if (!entry) body = body.replace(/(?<![.\w$])__dirname\b/g, '__src_dir').replace(/(?<![.\w$])__filename\b/g, '__src_file');
        if (/\bimport\.meta\b/.test(body)) {
          return { errors: [{ text: 'only import.meta.url, .dirname and .filename are supported in the bundle' }] };
        }
        const prelude = entry
          ? `import { pathToFileURL as __src_toUrl } from 'node:url';
const __src_file = __filename, __src_dir = __dirname, __src_url = __src_toUrl(__filename).href;\n`
          : `import { join as __src_join, dirname as __src_dirname } from 'node:path';
import { pathToFileURL as __src_toUrl } from 'node:url';
const __src_file = __src_join(__dirname, ${JSON.stringify(rel)});
const __src_dir = __src_dirname(__src_file), __src_url = __src_toUrl(__src_file).href;\n`;
        return { contents: prelude + body, loader: path.extname(args.path).includes('x') ? 'tsx' : 'ts' };
      });
    },
  };
}

export async function build() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    const reason = staleReason();
    if (reason === undefined || readInfo()) {
      log(`esbuild is not installed (a production install): keeping the existing dist/${reason ? ` (note: ${reason})` : ''}`);
      return false;
    }
    throw new Error('dist/ is missing and esbuild is not installed (npm ci --omit=dev). Build with a full `npm ci` first (or copy a built dist/ in), then install for production.');
  }
  const started = performance.now();
  const entryFiles = new Set(Object.values(ENTRIES).map((f) => path.join(ROOT, f)));
  // Only what this script writes: dist/ may hold other things (npm run teams:package writes its zip there).
  for (const name of Object.keys(ENTRIES)) for (const ext of ['.js', '.js.map']) fs.rmSync(path.join(DIST, name + ext), { force: true });
  fs.rmSync(path.join(DIST, 'public'), { recursive: true, force: true });
  fs.rmSync(INFO, { force: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: Object.entries(ENTRIES).map(([out, file]) => ({ in: file, out })),
    outdir: DIST,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // node_modules stay where npm put them: native addons (better-sqlite3, resvg) and packages
    // that read their own files at run time are used as installed.
    packages: 'external',
    // Error names and dialog/class names in logs stay as written.
    keepNames: true,
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'warning',
    plugins: [sourceLocation(entryFiles)],
  });
  const assets = assetSources();
  fs.mkdirSync(path.join(DIST, 'public'), { recursive: true });
  for (const [name, from] of Object.entries(assets)) {
    if (!from || !fs.existsSync(from)) throw new Error(`cannot copy ${name}: ${from ?? 'botframework-webchat'} is not installed (run npm install)`);
    fs.copyFileSync(from, path.join(DIST, 'public', name));
  }
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.split('/').includes('node_modules'));
  const info = {
    builtAt: new Date().toISOString(),
    esbuild: esbuild.version,
    node: process.version,
    inputs,
    assets: Object.fromEntries(Object.entries(assets).map(([n, f]) => [n, path.relative(ROOT, f)])),
  };
  fs.writeFileSync(INFO, JSON.stringify(info, null, 2) + '\n');
  log(`dist/ built from ${inputs.length} source files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--if-stale');
  if (unknown.length) {
    log(`unknown argument ${unknown[0]} (use --if-stale, or nothing)`);
    process.exit(2);
  }
  const reason = args.includes('--if-stale') ? staleReason() : 'asked to';
  if (reason === undefined) process.exit(0);
  if (args.includes('--if-stale')) log(`rebuilding: ${reason}`);
  build().catch((err) => {
    log(`failed: ${err?.message ?? err}`);
    process.exit(1);
  });
}

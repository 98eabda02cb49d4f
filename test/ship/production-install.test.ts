/**
 * What a production install (`npm ci --omit=dev`) carries, read from the lock file npm installs
 * from, and what the build needs at run time. The measured size is `npm run bench:install`'s job.
 */
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  config: { nodeFlags: string };
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { dev?: boolean; devOptional?: boolean; optional?: boolean }>;
};

/** Names of the packages `npm ci --omit=dev` installs (lock entries not marked dev). */
const productionPackages = new Set(
  Object.entries(lock.packages)
    .filter(([where, entry]) => where !== '' && !entry.dev && !entry.devOptional)
    .map(([where]) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length)),
);

/** Build, test and development tools; none belongs in a production install. */
const DEV_TOOLS = ['typescript', 'tsx', 'esbuild', 'vitest', 'vite', 'playwright-core', 'botframework-webchat', 'botbuilder-testing', 'fast-check', 'minisearch'];

describe('production install', () => {
  it('the lock file has production packages to check', () => {
    for (const name of ['botbuilder', 'restify', 'better-sqlite3', 'zod']) expect(productionPackages.has(name), name).toBe(true);
  });

  it.each(DEV_TOOLS)('%s is not installed by npm ci --omit=dev', (name) => {
    expect(pkg.dependencies[name], `${name} is a production dependency`).toBeUndefined();
    expect(productionPackages.has(name), `${name} is pulled in by a production dependency`).toBe(false);
  });

  it('no @types package is a production dependency', () => {
    expect(Object.keys(pkg.dependencies).filter((n) => n.startsWith('@types/'))).toEqual([]);
  });

  it('the build requires only Node built-ins and production dependencies', () => {
    const bundles = fs.readdirSync(path.join(ROOT, 'dist')).filter((f) => f.endsWith('.js'));
    expect(bundles).toEqual(expect.arrayContaining(['index.js', 'estimate.js', 'chat.js', 'teams-package.js']));
    const builtins = new Set(builtinModules);
    const required = new Set<string>();
    for (const file of bundles) {
      const code = fs.readFileSync(path.join(ROOT, 'dist', file), 'utf8');
      for (const m of code.matchAll(/\brequire\("([^"]+)"\)/g)) required.add(m[1]!);
    }
    expect(required.size).toBeGreaterThan(5);
    const outside = [...required].filter((spec) => {
      if (spec.startsWith('node:') || builtins.has(spec)) return false;
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
      return !(name in pkg.dependencies);
    });
    expect(outside).toEqual([]);
  });

  it('the served Web Chat bundle is in the build, not read from node_modules', () => {
    expect(fs.statSync(path.join(ROOT, 'dist/public/webchat.js')).size).toBeGreaterThan(1_000_000);
    const index = fs.readFileSync(path.join(ROOT, 'dist/index.js'), 'utf8');
    expect(index).not.toContain('botframework-webchat');
  });
});

describe('package.json', () => {
  it('npm start replaces its shell with node running the build, so SIGTERM reaches the server', () => {
    expect(pkg.scripts.start).toMatch(/(^|&& )exec node \$\{ADVISOR_NODE_FLAGS-\$npm_package_config_nodeFlags\} dist\/index\.js$/);
  });

  it('npm start bounds the heap by default (package.json config.nodeFlags), and ADVISOR_NODE_FLAGS replaces it', () => {
    expect(pkg.config.nodeFlags).toMatch(/--max-old-space-size=\d+/);
  });

  it('npm install builds (prepare), so install + start are two commands on a fresh clone', () => {
    expect(pkg.scripts.prepare).toBe('node scripts/build.mjs');
  });

  it('supports Node 20 and 22', () => {
    expect(pkg.engines.node).toBe('^20.11.0 || ^22.0.0');
  });
});

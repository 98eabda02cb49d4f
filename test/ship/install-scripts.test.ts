/**
 * package.json's `allowScripts` names every installed dependency that has an install script. npm 11.16+
 * lists unnamed ones as a warning on every install; npm 12 skips their scripts, which would leave
 * better-sqlite3 without its native binding and `npm install && npm start` broken.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
const LIFECYCLE = ['preinstall', 'install', 'postinstall'] as const;

/** Installed packages with an install step npm runs: a lifecycle script, or a binding.gyp (an implicit `node-gyp rebuild`). */
function packagesWithInstallScripts(dir: string, found = new Set<string>()): Set<string> {
  if (!fs.existsSync(dir)) return found;
  for (const entry of fs.readdirSync(dir)) {
    if (entry.startsWith('.')) continue;
    const full = path.join(dir, entry);
    if (entry.startsWith('@')) { packagesWithInstallScripts(full, found); continue; }
    const manifest = path.join(full, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const meta = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string; scripts?: Record<string, string> };
    const scripted = LIFECYCLE.some((s) => meta.scripts?.[s]) || fs.existsSync(path.join(full, 'binding.gyp'));
    if (scripted && meta.name) found.add(meta.name);
    packagesWithInstallScripts(path.join(full, 'node_modules'), found);
  }
  return found;
}

describe('install scripts', () => {
  const installed = packagesWithInstallScripts(path.join(ROOT, 'node_modules'));

  it('finds the packages it checks (better-sqlite3 builds or fetches its binding)', () => {
    expect(installed).toContain('better-sqlite3');
  });

  it('names every installed package with an install script in allowScripts', () => {
    const unnamed = [...installed].filter((name) => pkg.allowScripts?.[name] === undefined);
    expect(unnamed).toEqual([]);
  });

  it.each(['better-sqlite3', 'esbuild'])('lets %s run its install script (the service or the build needs it)', (name) => {
    expect(pkg.allowScripts?.[name]).toBe(true);
  });
});

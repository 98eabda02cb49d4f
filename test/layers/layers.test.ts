/**
 * The layer rules (.dependency-cruiser.cjs) hold for src/, and they do catch a violation: the fixture
 * under test/layers/fixture breaks four of them on purpose.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'node_modules/.bin/depcruise');
const config = path.join(root, '.dependency-cruiser.cjs');

function cruise(cwd: string): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync(bin, ['src', '--config', config, '--output-type', 'err'], { cwd, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('layer rules', () => {
  it('src/ keeps them', () => {
    const r = cruise(root);
    expect(r.output).toContain('no dependency violations');
    expect(r.ok).toBe(true);
  }, 60_000);

  it('a decision step that imports the SDK and renders words, and an interpreter that imports it, are caught', () => {
    const r = cruise(path.join(__dirname, 'fixture'));
    expect(r.ok).toBe(false);
    expect(r.output).toContain('domain-without-sdk');
    expect(r.output).toContain('decision-renders-no-words');
    expect(r.output).toContain('understanding-does-not-decide');
    expect(r.output).toContain('export-without-sdk-or-server');
  }, 60_000);
});

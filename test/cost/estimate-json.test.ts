/**
 * `npm run -s estimate -- … --json`: a JSON document on stdout (nothing else), with the
 * currency, schema version, catalog version and generation time first.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/estimate';
import { ESTIMATE_JSON_META_KEYS } from '../../src/cli/estimate-json';
import { defaultCatalog } from '../../src/cost/catalog';

const ROOT = path.resolve(import.meta.dirname, '../..');
const exec = promisify(execFile);

const Meta = z.object({
  schemaVersion: z.literal(1),
  currency: z.literal('USD'),
  catalogVersion: z.number().int(),
  generatedAt: z.iso.datetime(),
});

function run(argv: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('estimate --json metadata', () => {
  it('leads with schemaVersion, currency, catalogVersion and generatedAt (now, UTC)', () => {
    const before = Date.now();
    const r = run(['--agents', '12', '--channels', 'voice,sms', '--deployment', 'hybrid', '--json']);
    const after = Date.now();
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(doc).slice(0, 4)).toEqual([...ESTIMATE_JSON_META_KEYS]);
    const meta = Meta.parse(doc);
    expect(meta.catalogVersion).toBe(defaultCatalog().version);
    expect(meta.generatedAt.endsWith('Z')).toBe(true);
    const at = Date.parse(meta.generatedAt);
    expect(at).toBeGreaterThanOrEqual(before - 1);
    expect(at).toBeLessThanOrEqual(after + 1);
    expect(doc).toHaveProperty('totals.monthly.typical');
  });

  it('names the version of the catalog it priced with (--catalog)', () => {
    const catalog = JSON.parse(readFileSync(path.join(ROOT, 'knowledge/catalog.json'), 'utf8'));
    catalog.version = 41;
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cost-json-')), 'catalog.json');
    writeFileSync(file, JSON.stringify(catalog));
    const doc = JSON.parse(run(['--agents', '3', '--catalog', file, '--json']).stdout);
    expect(doc.catalogVersion).toBe(41);
  });

  it('keeps the metadata with staffing output too', () => {
    const doc = JSON.parse(run(['--calls-per-hour', '200', '--aht', '180', '--json']).stdout);
    expect(Meta.safeParse(doc).success).toBe(true);
    expect(doc.staffing.agentsOnPhones).toBeGreaterThan(0);
  });
});

describe('npm run -s estimate (the README command, on the build)', () => {
  it('prints only the JSON document on stdout', async () => {
    const { stdout } = await exec('npm', ['run', '-s', 'estimate', '--', '--agents', '50', '--channels', 'voice,sms', '--deployment', 'cloud', '--json'], { cwd: ROOT });
    const doc = JSON.parse(stdout);
    expect(Meta.safeParse(doc).success).toBe(true);
    expect(doc.scenario.agents).toBe(50);
  }, 60_000);

  it('a bad flag exits 2 with one line on stderr and nothing on stdout', async () => {
    const err = await exec('npm', ['run', '-s', 'estimate', '--', '--agents', 'banana', '--json'], { cwd: ROOT }).then(
      () => null,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(err?.code).toBe(2);
    expect(err?.stdout).toBe('');
    expect(err?.stderr).toBe('Error: --agents must be a whole number from 1 to 100000 (got "banana")\n');
  }, 60_000);
});

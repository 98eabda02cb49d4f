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

describe('estimate --currency IDR', () => {
  const argv = ['--agents', '40', '--channels', 'voice,sms', '--deployment', 'cloud', '--currency', 'IDR'];
  const rate = JSON.parse(readFileSync(path.join(ROOT, 'knowledge/currency.json'), 'utf8')).rates.IDR;

  it('--json carries the US dollar amounts, the same amounts in rupiah, and the rate used', () => {
    const r = run([...argv, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Meta.parse(doc).currency).toBe('USD'); // the document's amounts stay in the catalog's currency
    expect(doc.converted.currency).toBe('IDR');
    expect(doc.converted.rate).toMatchObject({ from: 'USD', to: 'IDR', value: rate.rate, asOf: rate.asOf, configured: false });
    expect(doc.converted.rate.source).toContain('JISDOR');
    expect(doc.converted.taxExcluded).toEqual({ name: 'PPN', rate: 0.11 });
    for (const k of ['monthly', 'annual', 'oneTime', 'first12Months', 'perAgentMonthly'] as const) {
      expect(doc.converted.totals[k].typical).toBe(Math.round(doc.totals[k].typical * rate.rate));
    }
    expect(doc.converted.lineItems.map((l: { id: string }) => l.id)).toEqual(doc.lineItems.map((l: { id: string }) => l.id));
    expect(run(['--agents', '40', '--json']).stdout).not.toContain('"converted"');
  });

  it('the text table prints Rp amounts with the rate, its date and the PPN note', () => {
    for (const lang of ['en', 'id'] as const) {
      const r = run([...argv, '--lang', lang]);
      expect(r.stdout).toMatch(lang === 'id' ? /Rp \d{1,3}(\.\d{3})+/ : /Rp \d{1,3}(,\d{3})+/);
      if (lang === 'id') expect(r.stdout).not.toMatch(/(?<!US)\$\d/); // English quotes the source's $ figures
      expect(r.stdout).toContain(lang === 'id' ? 'Kurs Rp 16.500 per dolar AS (1 Desember 2026' : 'Rupiah at Rp 16,500 per US dollar (1 December 2026');
      expect(r.stdout).toContain('PPN 11%');
    }
  });

  it('rejects an unknown currency with exit code 2', () => {
    const r = run(['--agents', '4', '--currency', 'EUR']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Error: --currency must be USD or IDR (got "EUR")\n');
  });

  it('through npm, with the rate from USD_IDR_RATE', async () => {
    const { stdout } = await exec('npm', ['run', '-s', 'estimate', '--', ...argv, '--json'], {
      cwd: ROOT,
      env: { ...process.env, USD_IDR_RATE: '16000', USD_IDR_RATE_DATE: '2026-11-30' },
    });
    const doc = JSON.parse(stdout);
    expect(doc.converted.rate).toMatchObject({ value: 16000, asOf: '2026-11-30', configured: true });
    expect(doc.converted.totals.monthly.typical).toBe(Math.round(doc.totals.monthly.typical * 16000));
  }, 60_000);
});

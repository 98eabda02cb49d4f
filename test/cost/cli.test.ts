import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/estimate';
import { ESTIMATE_JSON_META_KEYS } from '../../src/cli/estimate-json';

function withoutMetadata(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !(ESTIMATE_JSON_META_KEYS as readonly string[]).includes(key)));
}

const GOLDEN = path.join(import.meta.dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const ROOT = path.resolve(import.meta.dirname, '../..');

function run(argv: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** Compares with the stored file; writes it only when UPDATE_GOLDEN=1 is set on purpose. */
function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (UPDATE) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`missing golden file ${name}: run UPDATE_GOLDEN=1 npx vitest run test/cost`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const SCENARIOS: { name: string; argv: string[] }[] = [
  { name: 'small-cloud', argv: ['--agents', '10', '--channels', 'voice,email,webchat', '--deployment', 'cloud'] },
  {
    name: 'large-onprem',
    argv: ['--agents', '2000', '--channels', 'voice,sms', '--deployment', 'onPremises', '--voice-billing', 'metered',
      '--calls', '400000', '--aht', '240', '--sms', '150000', '--years', '5', '--compare'],
  },
  {
    name: 'hybrid-all',
    argv: ['--agents', '120', '--channels', 'voice,sms,mms,social,email,webchat', '--deployment', 'hybrid', '--wfm', '--ai',
      '--ai-conversations', '20000', '--integrations', '2', '--tier', 'premium', '--egress-gb', '500', '--compare'],
  },
];

describe('estimate CLI golden files', () => {
  it.each(SCENARIOS)('$name: table', ({ name, argv }) => {
    const r = run(argv);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    golden(`${name}.txt`, r.stdout);
  });

  it.each(SCENARIOS)('$name: JSON', ({ name, argv }) => {
    const r = run([...argv, '--json']);
    expect(r.code).toBe(0);
    // The document's metadata (generatedAt changes every run) is checked in estimate-json.test.ts.
    const parsed = withoutMetadata(JSON.parse(r.stdout));
    expect(Object.keys(parsed)).toEqual(['scenario', 'lineItems', 'totals', 'comparison', 'breakEven', 'assumptions']);
    golden(`${name}.json`, JSON.stringify(parsed, null, 2) + '\n');
  });

  it('hybrid-all: Indonesian table', () => {
    golden('hybrid-all.id.txt', run([...SCENARIOS[2]!.argv, '--lang', 'id']).stdout);
  });
});

describe('estimate CLI errors', () => {
  it.each([
    { argv: ['--agents', '-5'], message: '--agents must be a whole number from 1 to 100000 (got "-5")' },
    { argv: ['--agents', 'banana'], message: '--agents must be a whole number from 1 to 100000 (got "banana")' },
    { argv: ['--agents', '0'], message: '--agents must be a whole number from 1 to 100000 (got "0")' },
    { argv: ['--agents', '12.5'], message: '--agents must be a whole number from 1 to 100000 (got "12.5")' },
    { argv: ['--agents', '5', '--channels', 'pigeon'], message: '--channels must be a comma-separated list of: voice, sms, mms, social, email, webchat (got "pigeon")' },
    { argv: ['--agents', '5', '--deployment', 'moon'], message: '--deployment must be one of: cloud, onPremises, hybrid (also on-prem, onprem) (got "moon")' },
    { argv: ['--agents', '5', '--sms', '-10'], message: '--sms must be a number of 0 or more (got "-10")' },
    { argv: ['--agents', '5', '--years', '11'], message: '--years must be a whole number from 1 to 10 (got "11")' },
    { argv: ['--agents', '5', '--voice-billing', 'free'], message: '--voice-billing must be included or metered (got "free")' },
    { argv: ['--agents', '5', '--integrations', '99'], message: '--integrations must be a whole number from 0 to 50 (got "99")' },
    { argv: ['--agents', '5', '--lang', 'fr'], message: '--lang must be en or id (got "fr")' },
    { argv: ['--agents'], message: '--agents needs a value: must be a whole number from 1 to 100000' },
    { argv: ['--agents', '5', '--teleport'], message: 'unknown flag --teleport; run with --help to see the flags' },
    { argv: ['--channels', 'voice'], message: '--agents is required (a whole number from 1 to 100000), or give --calls-per-hour and --aht to size the team' },
    { argv: ['--calls-per-hour', '100'], message: '--aht (average handle time in seconds) is required with --calls-per-hour' },
    { argv: ['--calls-per-hour', '100', '--aht', '180', '--service-level', 'fast'], message: '--service-level must look like 80/20 (percent answered within seconds) (got "fast")' },
  ])('$argv -> exit 2', ({ argv, message }) => {
    const r = run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`Error: ${message}\n`);
  });

  it('answers in Indonesian when asked', () => {
    const r = run(['--lang', 'id', '--agents', '5', '--tier', 'gold']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Galat: --tier harus salah satu dari: essential, standard, premium (diberikan "gold")\n');
  });

  it('exits 1 naming the entry of a broken catalog', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cost-cli-'));
    const catalog = JSON.parse(readFileSync(path.join(ROOT, 'knowledge/catalog.json'), 'utf8'));
    catalog.entries.find((e: { id: string }) => e.id === 'sms').low = -1;
    const file = path.join(dir, 'catalog.json');
    writeFileSync(file, JSON.stringify(catalog));
    const r = run(['--agents', '5', '--catalog', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Error: Catalog entry "sms" field "low": must not be negative\n');
  });
});

describe('estimate CLI staffing', () => {
  it('sizes the team with Erlang C when only the call volume is known', () => {
    const r = run(['--calls-per-hour', '200', '--aht', '180', '--service-level', '80/20', '--shrinkage', '30', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.staffing.result).toMatchObject({ agents: 14, agentsWithShrinkage: 20 });
    expect(out.scenario.agents).toBe(20);
  });
});

describe('the real entry point', () => {
  const exec = promisify(execFile);
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');

  it('prints the table for the documented example', async () => {
    const { stdout } = await exec(tsx, ['src/cli/estimate.ts', '--agents', '10', '--channels', 'voice,email,webchat', '--deployment', 'cloud'], { cwd: ROOT });
    expect(stdout).toBe(readFileSync(path.join(GOLDEN, 'small-cloud.txt'), 'utf8'));
  });

  it.each([['--agents', '-5'], ['--channels', 'pigeon', '--agents', '2'], ['--deployment', 'moon', '--agents', '2'], ['--agents', 'banana']])(
    '%s ... exits with code 2 and one line',
    async (...argv) => {
      const err = await exec(tsx, ['src/cli/estimate.ts', ...argv], { cwd: ROOT }).then(
        () => null,
        (e: { code: number; stderr: string }) => e,
      );
      expect(err?.code).toBe(2);
      expect(err?.stderr.trim().split('\n')).toHaveLength(1);
      expect(err?.stderr).toMatch(/^Error: --(agents|channels|deployment) /);
    },
  );
});

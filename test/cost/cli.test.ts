import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/estimate';
import { planStaffing } from '../../src/cost/staffing';
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
  // an on-premises platform already bought: no purchase now, the replacement when its cycle ends
  { name: 'onprem-owned', argv: ['--agents', '60', '--channels', 'voice', '--deployment', 'onPremises', '--years', '10', '--owned'] },
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
    expect(Object.keys(parsed)).toEqual(['scenario', 'lineItems', 'totals', 'comparison', 'breakEven', 'verdict', 'ignoredVolumes', 'assumptions', 'ownAssumptions']);
    golden(`${name}.json`, JSON.stringify(parsed, null, 2) + '\n');
  });

  it('hybrid-all: Indonesian table', () => {
    golden('hybrid-all.id.txt', run([...SCENARIOS[2]!.argv, '--lang', 'id']).stdout);
  });

  it('staffing-day: sizes the team from calls a day, then prices it', () => {
    const r = run(['--calls-per-day', '2000', '--compare']);
    expect(r.code).toBe(0);
    golden('staffing-day.txt', r.stdout);
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
    { argv: ['--channels', 'voice'], message: '--agents is required (a whole number from 1 to 100000), or give a call volume (--calls-per-hour, --calls-per-day, --calls-per-week or --calls-per-month) to size the team' },
    { argv: ['--calls-per-hour', '100', '--calls-per-day', '800'], message: 'give one call volume only: --calls-per-hour and --calls-per-day were both given' },
    { argv: ['--calls-per-hour', '100', '--aht', '180', '--service-level', 'fast'], message: '--service-level must look like 80/20 (percent answered within seconds) (got "fast")' },
    { argv: ['--calls-per-day', '100', '--open-hours', '25'], message: '--open-hours must be a number of hours from 1 to 24 (got "25")' },
    { argv: ['--calls-per-week', '100', '--open-days', '8'], message: '--open-days must be a number of days from 1 to 7 (got "8")' },
    { argv: ['--calls-per-day', '100', '--shrinkage', '95'], message: '--shrinkage must be a percentage from 0 to 90 (got "95")' },
  ])('$argv -> exit 2', ({ argv, message }) => {
    const r = run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`Error: ${message}\n`);
  });

  it('answers in Indonesian when asked', () => {
    const r = run(['--lang', 'id', '--agents', '5', '--tier', 'gold']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Kesalahan: --tier harus salah satu dari: essential, standard, premium (diberikan "gold")\n');
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
    expect(out.staffing).toMatchObject({ agentsOnPhones: 14, agentsPaid: 20 });
    expect(out.scenario.agents).toBe(20);
  });

  it('uses the shared defaults (30% shrinkage, 80/20, 330 s, 8 hours) when no flag sets them, as the chat does', () => {
    const r = run(['--calls-per-day', '2000', '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.staffing).toEqual(JSON.parse(JSON.stringify(planStaffing({ volume: 2000, per: 'day' }))));
    expect(out.staffing).toMatchObject({ callsPerHour: 250, agentsOnPhones: 28, agentsPaid: 40 });
    expect(out.scenario.agents).toBe(40);
    // The same volume prices the voice minutes: 2,000 a day x 5 days x 52 / 12 weeks.
    expect(out.scenario.volumes.callsPerMonth).toBe(43_333);
  });

  it.each([
    { argv: ['--calls-per-hour', '250'], input: { volume: 250, per: 'hour' as const } },
    { argv: ['--calls-per-day', '2000', '--open-hours', '12', '--shrinkage', '25'], input: { volume: 2000, per: 'day' as const, openHoursPerDay: 12, shrinkage: 0.25 } },
    { argv: ['--calls-per-week', '9000', '--open-days', '6', '--aht', '240'], input: { volume: 9000, per: 'week' as const, openDaysPerWeek: 6, ahtSeconds: 240 } },
    { argv: ['--calls-per-month', '44000', '--service-level', '90/15'], input: { volume: 44_000, per: 'month' as const, serviceLevel: { target: 0.9, seconds: 15 } } },
  ])('$argv gives the same answer as planStaffing($input)', ({ argv, input }) => {
    const out = JSON.parse(run([...argv, '--json']).stdout);
    expect(out.staffing).toEqual(JSON.parse(JSON.stringify(planStaffing(input))));
  });

  it('names the assumptions it used in the table', () => {
    const text = run(['--calls-per-day', '2000']).stdout;
    expect(text).toContain('2,000 calls a day -> 250 calls an hour');
    expect(text).toContain('28 agents on the phones');
    expect(text).toContain('40 on the payroll with 30% shrinkage');
    expect(text).toContain('Assumed: handle time 330 s; 80% answered in 20 s; 30% shrinkage; open 8 hours a day');
    expect(run(['--calls-per-day', '2000', '--aht', '330', '--shrinkage', '30', '--service-level', '80/20', '--open-hours', '8']).stdout).not.toContain('Assumed:');
  });

  it('records email and chat volumes, and says when a volume has no channel to price it', () => {
    const out = JSON.parse(run(['--agents', '8', '--channels', 'voice,email', '--emails', '3000', '--chats', '500', '--sms', '10000', '--json']).stdout);
    expect(out.scenario.volumes).toMatchObject({ emailPerMonth: 3000, chatsPerMonth: 500, smsPerMonth: 10000 });
    expect(out.lineItems.find((l: { id: string }) => l.id === 'email').volume).toEqual({ quantity: 3000, unit: 'emails_per_month' });
    expect(out.ignoredVolumes).toEqual([
      { key: 'smsPerMonth', channel: 'sms', value: 10000 },
      { key: 'chatsPerMonth', channel: 'webchat', value: 500 },
    ]);
    const text = run(['--agents', '8', '--channels', 'voice', '--sms', '10000']).stdout;
    expect(text).toContain('Not priced: 10,000 messages a month given for SMS, which is not among the channels; add SMS to price it.');
    expect(run(['--agents', '8', '--channels', 'voice', '--sms', '10000', '--lang', 'id']).stdout).toContain('Tidak dihargai: 10.000 pesan per bulan untuk SMS');
  });

  it('--help names the staffing flags and where the defaults live', () => {
    const help = run(['--help']).stdout;
    for (const flag of ['--calls-per-hour', '--calls-per-day', '--calls-per-week', '--calls-per-month', '--shrinkage 30', '--open-hours 8', '--open-days 5']) {
      expect(help).toContain(flag);
    }
    expect(help).toContain('knowledge/staffing.json');
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

/**
 * Storage by channel (two testers, 2027: a 3-person WhatsApp shop's storage was 40–73% of its bill, priced at the
 * source's average, whose data is mostly call recordings). With voice the source's average is scaled by
 * storage_needs_factor (50/100/150%); without voice by storage_needs_factor_no_voice (10/25/50%), the same share on
 * every deployment; the visitor's own storage figure replaces both.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalog, estimate, type Channel, type Deployment, type Estimate, type ScenarioInput } from '../../src/cost';
import { explainLine } from '../../src/cost/explain';
import { seatSplit } from '../../src/cost/lines';
import { totalSensitivity } from '../../src/cost/sensitivity';

const catalog = defaultCatalog();
const entry = (id: string) => catalog.entries.find((e) => e.id === id)!;
const CLOUD = 1350;
const ON_PREM = 2100;
const storage = (e: Estimate) => e.lineItems.find((l) => l.id === 'storage')!;
const cents = (x: number) => Math.round(x * 100) / 100;

/** The storage line a month at `percent` of the source's average, seats priced where they run (hybrid: half each). */
function expected(agents: number, deployment: Deployment, percent: number): number {
  const seats = seatSplit(agents, deployment, 0.5);
  return cents(((seats.cloud * CLOUD + seats.onPrem * ON_PREM) * percent) / 100 / 12);
}

const DEPLOYMENTS: Deployment[] = ['cloud', 'onPremises', 'hybrid'];
const NO_VOICE: { name: string; channels: Channel[] }[] = [
  { name: 'chat only', channels: ['webchat'] },
  { name: 'email only', channels: ['email'] },
  { name: 'social only (WhatsApp, Instagram)', channels: ['social'] },
  { name: 'all text channels', channels: ['sms', 'mms', 'social', 'email', 'webchat'] },
];
const WITH_VOICE: { name: string; channels: Channel[] }[] = [
  { name: 'voice only', channels: ['voice'] },
  { name: 'voice and chat', channels: ['voice', 'webchat'] },
  { name: 'every channel', channels: ['voice', 'sms', 'mms', 'social', 'email', 'webchat'] },
];
const cross = <T extends { channels: Channel[] }>(rows: T[]) =>
  rows.flatMap((r) => DEPLOYMENTS.flatMap((deployment) => [3, 10, 250].map((agents) => ({ ...r, deployment, agents }))));

describe('the catalog entry', () => {
  it('is our assumption, 10% / 25% / 50% of the source average, with a reason in both languages', () => {
    expect(entry('storage_needs_factor_no_voice')).toMatchObject({ unit: 'percent', low: 10, typical: 25, high: 50, source: 'assumption', assumption: true });
    const reason = entry('storage_needs_factor_no_voice').reason!;
    expect(reason.en).toMatch(/our assumption/);
    expect(reason.en).toContain('"storage is $200 per agent a year"');
    expect(reason.id).toMatch(/asumsi saya/);
    expect(reason.id).toContain('"penyimpanan US$200 per agen per tahun"');
  });
});

describe('with voice: the source average, unchanged', () => {
  it.each(cross(WITH_VOICE))('$name, $deployment, $agents agents: 50 / 100 / 150%', ({ channels, deployment, agents }) => {
    const e = estimate({ agents, channels, deployment });
    expect(storage(e).monthly).toEqual({ low: expected(agents, deployment, 50), typical: expected(agents, deployment, 100), high: expected(agents, deployment, 150) });
    const ids = e.assumptions.map((a) => a.id);
    expect(ids).toContain('storage_needs_factor');
    expect(ids).not.toContain('storage_needs_factor_no_voice');
    expect(explainLine(e, 'storage', catalog)!.entries.at(-1)).toBe('storage_needs_factor');
  });
});

describe('without voice: the no-voice share', () => {
  it.each(cross(NO_VOICE))('$name, $deployment, $agents agents: 10 / 25 / 50%', ({ channels, deployment, agents }) => {
    const e = estimate({ agents, channels, deployment });
    expect(storage(e).monthly).toEqual({ low: expected(agents, deployment, 10), typical: expected(agents, deployment, 25), high: expected(agents, deployment, 50) });
    // the assumption listed is the one used, with its value
    const ids = e.assumptions.map((a) => a.id);
    expect(ids).not.toContain('storage_needs_factor');
    expect(e.assumptions.find((a) => a.id === 'storage_needs_factor_no_voice')).toMatchObject({ value: 25, unit: 'percent' });
    expect(storage(e).assumption).toBe(true);
    expect(explainLine(e, 'storage', catalog)!.entries.at(-1)).toBe('storage_needs_factor_no_voice');
  });

  it.each(NO_VOICE)('$name: every deployment in the comparison gets the same share (a quarter of its voice figure)', ({ channels }) => {
    for (const deployment of DEPLOYMENTS) {
      const text = storage(estimate({ agents: 40, channels, deployment })).monthly;
      const voice = storage(estimate({ agents: 40, channels: ['voice', ...channels], deployment })).monthly;
      expect(text.typical, deployment).toBeCloseTo(voice.typical / 4, 2);
    }
  });

  it('comes from the catalog: another no-voice share there is the one priced', () => {
    const changed = structuredClone(catalog);
    Object.assign(changed.entries.find((x) => x.id === 'storage_needs_factor_no_voice')!, { low: 20, typical: 40, high: 60 });
    expect(storage(estimate({ agents: 3, channels: ['social'], deployment: 'cloud' }, changed)).monthly).toEqual({ low: 67.5, typical: 135, high: 202.5 });
    // voice keeps the average share
    expect(storage(estimate({ agents: 3, channels: ['voice'], deployment: 'cloud' }, changed)).monthly.typical).toBe(337.5);
  });

  it('is what moves the total among the figures it rests on ("what moves the total?")', () => {
    const e = estimate({ agents: 3, channels: ['social'], deployment: 'cloud' });
    const ids = totalSensitivity(e.scenario).swings.map((s) => s.id);
    expect(ids).toContain('storage_needs_factor_no_voice');
    expect(ids).not.toContain('storage_needs_factor');
  });

  it('a 3-agent social-only cloud shop: storage $84.38 a month of $549 (it was $338 of $803)', () => {
    const e = estimate({ agents: 3, channels: ['social'], deployment: 'cloud' });
    expect(storage(e).monthly).toEqual({ low: 33.75, typical: 84.38, high: 168.75 });
    expect(e.totals.monthly.typical).toBe(375 + 90 + 84.38);
  });
});

describe("the visitor's own storage figure replaces either share", () => {
  it.each(cross([...WITH_VOICE, ...NO_VOICE]))('$name, $deployment, $agents agents: $200 per agent a year, no range', ({ channels, deployment, agents }) => {
    const input: ScenarioInput = { agents, channels, deployment, ownPrices: { storagePerAgentYear: 200 } };
    const e = estimate(input);
    const month = cents((agents * 200) / 12);
    expect(storage(e).monthly).toEqual({ low: month, typical: month, high: month });
    const ids = e.assumptions.map((a) => a.id);
    expect(ids).not.toContain('storage_needs_factor');
    expect(ids).not.toContain('storage_needs_factor_no_voice');
    const own = e.assumptions.find((a) => a.id === (deployment === 'cloud' ? 'storage_cloud' : 'storage_onprem'))!;
    expect(own.value).toBe(200);
    expect(own.reason.en).toMatch(/your own figure/i);
  });
});

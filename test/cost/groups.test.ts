/**
 * The estimate's lines gathered by kind and by channel ("how much of that is infrastructure vs licences?", "breakdown
 * per channel"): every line in exactly one group of each grouping, so the groups add up to the estimate's totals, and
 * each line where a visitor would look for it.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalog, estimate, type Channel, type Deployment } from '../../src/cost';
import { groupLines, GROUPINGS } from '../../src/cost/groups';

const catalog = defaultCatalog();
const ALL: Channel[] = ['voice', 'sms', 'mms', 'social', 'email', 'webchat'];
const cases: { agents: number; channels: Channel[]; deployment: Deployment; addOns?: boolean }[] = [
  { agents: 20, channels: ['voice'], deployment: 'cloud' },
  { agents: 2000, channels: ALL, deployment: 'onPremises' },
  { agents: 60, channels: ['voice', 'social', 'email'], deployment: 'hybrid' },
  { agents: 7, channels: ['webchat', 'sms'], deployment: 'cloud', addOns: true },
  { agents: 150, channels: ['voice', 'email', 'webchat'], deployment: 'onPremises', addOns: true },
];
const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(0.01);

describe('groupLines', () => {
  it.each(cases.flatMap((c) => GROUPINGS.map((by) => [by, c] as const)))('%s: %o adds up to the totals, each line once', (by, c) => {
    const e = estimate({ agents: c.agents, channels: c.channels, deployment: c.deployment, ...(c.addOns ? { addOns: { wfm: true, ai: true, customIntegrations: 2 } } : {}) } as never, catalog);
    const groups = groupLines(e, by);
    const ids = groups.flatMap((g) => g.lines.map((l) => l.id));
    expect([...ids].sort()).toEqual(e.lineItems.map((l) => l.id).sort());
    for (const k of ['low', 'typical', 'high'] as const) {
      near(groups.reduce((s, g) => s + g.monthly[k], 0), e.totals.monthly[k]);
      near(groups.reduce((s, g) => s + g.oneTime[k], 0), e.totals.oneTime[k]);
    }
    expect(groups.every((g) => g.lines.length > 0)).toBe(true);
  });

  it('puts the licence under software, the servers under infrastructure and the carrier minutes under voice', () => {
    const e = estimate({ agents: 50, channels: ['voice', 'sms'], deployment: 'onPremises' } as never, catalog);
    const kind = Object.fromEntries(groupLines(e, 'kind').map((g) => [g.id, g.lines.map((l) => l.id)]));
    expect(kind.software).toContain('licence');
    expect(kind.infrastructure).toEqual(expect.arrayContaining(['infrastructure', 'it_staff']));
    const channel = Object.fromEntries(groupLines(e, 'channel').map((g) => [g.id, g.lines.map((l) => l.id)]));
    expect(channel.voice).toEqual(expect.arrayContaining(['carrier_minutes', 'gateway']));
    expect(channel.sms).toEqual(['sms']);
    expect(channel.shared).toContain('licence');
  });
});

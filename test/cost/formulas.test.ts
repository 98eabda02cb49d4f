import { describe, expect, it } from 'vitest';
import { estimate, type Estimate, type LineItem, type ScenarioInput } from '../../src/cost';

const base: ScenarioInput = { agents: 50, channels: [], deployment: 'cloud' };
const line = (e: Estimate, id: string): LineItem => {
  const found = e.lineItems.find((l) => l.id === id);
  if (!found) throw new Error(`no line ${id} in ${e.lineItems.map((l) => l.id).join(',')}`);
  return found;
};
const range = (low: number, typical: number, high: number) => ({ low, typical, high });

describe('line formulas (hand-worked)', () => {
  it.each([
    { agents: 1, low: 50, typical: 125, high: 200 },
    { agents: 50, low: 2500, typical: 6250, high: 10000 },
    { agents: 1234, low: 61700, typical: 154250, high: 246800 },
  ])('platform for $agents agents: agents x $50 low, x $200 high', ({ agents, low, typical, high }) => {
    expect(line(estimate({ ...base, agents }), 'platform').monthly).toEqual(range(low, typical, high));
  });

  it.each([
    { tier: 'essential' as const, typical: 500 },
    { tier: 'standard' as const, typical: 1250 },
    { tier: 'premium' as const, typical: 2000 },
  ])('the $tier tier moves only the typical platform price', ({ tier, typical }) => {
    expect(line(estimate({ ...base, agents: 10, tier }), 'platform').monthly).toEqual(range(500, typical, 2000));
  });

  it.each([
    { deployment: 'cloud' as const, agents: 50, monthly: 5625 }, // 50 x 1350 / 12
    { deployment: 'onPremises' as const, agents: 50, monthly: 8750 }, // 50 x 2100 / 12
    { deployment: 'hybrid' as const, agents: 50, monthly: 7187.5 }, // 50 x (0.5 x 1350 + 0.5 x 2100) / 12
    { deployment: 'cloud' as const, agents: 7, monthly: 787.5 },
    { deployment: 'onPremises' as const, agents: 1, monthly: 175 },
  ])('storage, $deployment, $agents agents = $monthly a month', ({ deployment, agents, monthly }) => {
    const storage = line(estimate({ ...base, agents, deployment }), 'storage');
    expect(storage.monthly).toEqual(range(monthly, monthly, monthly));
    expect(storage.oneTime).toEqual(range(0, 0, 0));
  });

  it.each([
    { sms: 0, cost: 0 },
    { sms: 1, cost: 0.01 },
    { sms: 12345, cost: 123.45 },
    { sms: 1_000_000, cost: 10000 },
  ])('SMS: $sms messages x $0.01 = $cost', ({ sms, cost }) => {
    const e = estimate({ ...base, channels: ['sms'], volumes: { smsPerMonth: sms } });
    expect(line(e, 'sms').monthly).toEqual(range(cost, cost, cost));
    expect(line(e, 'sms').assumption).toBe(false);
  });

  it.each([
    { mms: 1000, cost: 30 },
    { mms: 333, cost: 9.99 },
  ])('MMS: $mms messages x $0.03 = $cost', ({ mms, cost }) => {
    expect(line(estimate({ ...base, channels: ['mms'], volumes: { mmsPerMonth: mms } }), 'mms').monthly.typical).toBe(cost);
  });

  it.each([
    { gb: 0, billable: 0, cost: 0 },
    { gb: 100, billable: 0, cost: 0 },
    { gb: 101, billable: 1, cost: 0.08 },
    { gb: 250, billable: 150, cost: 12 },
    { gb: 10_100, billable: 10_000, cost: 800 },
  ])('egress: max(0, $gb - 100) x $0.08 = $cost', ({ gb, billable, cost }) => {
    const egress = line(estimate({ ...base, volumes: { egressGbPerMonth: gb } }), 'egress');
    expect(egress.quantity).toBe(billable);
    expect(egress.monthly.typical).toBe(cost);
  });

  it('has no egress line on-premises (bandwidth sits in maintenance)', () => {
    expect(estimate({ ...base, deployment: 'onPremises' }).lineItems.map((l) => l.id)).not.toContain('egress');
  });

  it.each([
    { agents: 1, r: range(6, 13, 20) },
    { agents: 50, r: range(300, 650, 1000) },
  ])('WFM for $agents agents: x $6 low, x $20 high', ({ agents, r }) => {
    expect(line(estimate({ ...base, agents, addOns: { wfm: true } }), 'wfm').monthly).toEqual(r);
  });

  it('prices a custom integration once, never monthly', () => {
    const e = estimate({ ...base, addOns: { customIntegrations: 3 } });
    const item = line(e, 'integration');
    expect(item.oneTime).toEqual(range(6000, 15000, 30000));
    expect(item.monthly).toEqual(range(0, 0, 0));
    expect(e.totals.oneTime).toEqual(range(6000, 15000, 30000));
    const without = estimate(base);
    expect(e.totals.monthly).toEqual(without.totals.monthly);
  });

  describe('voice', () => {
    it('is free inside the licence (fair use) by default, with the minutes shown', () => {
      const voice = line(estimate({ ...base, channels: ['voice'], volumes: { voiceMinutesPerMonth: 5000 } }), 'voice');
      expect(voice.quantity).toBe(5000);
      expect(voice.monthly).toEqual(range(0, 0, 0));
      expect(voice.note?.en).toMatch(/fair use/);
    });

    it.each([
      { volumes: { voiceMinutesPerMonth: 1000 }, minutes: 1000, r: range(500, 1100, 1750) },
      { volumes: { callsPerMonth: 300, ahtSeconds: 240 }, minutes: 1200, r: range(600, 1320, 2100) },
      { volumes: { callsPerMonth: 100 }, minutes: 550, r: range(275, 605, 962.5) }, // 330 s assumed per call
    ])('metered: $minutes minutes x $0.50 / $1.10 / $1.75', ({ volumes, minutes, r }) => {
      const e = estimate({ ...base, channels: ['voice'], voiceBilling: 'metered', volumes });
      expect(line(e, 'voice').quantity).toBe(minutes);
      expect(line(e, 'voice').monthly).toEqual(r);
    });

    it('uses the typical preset (2,000 minutes per agent) when no volume is given, as an assumption', () => {
      const e = estimate({ ...base, agents: 10, channels: ['voice'], voiceBilling: 'metered' });
      expect(line(e, 'voice').quantity).toBe(20000);
      expect(line(e, 'voice').assumption).toBe(true);
      expect(e.assumptions.map((a) => a.id)).toContain('preset.voiceMinutes');
    });
  });

  it('prices social as a per-agent offering plus $1 per interaction', () => {
    const e = estimate({ ...base, agents: 10, channels: ['social'], volumes: { socialInteractionsPerMonth: 500 } });
    expect(line(e, 'social').monthly).toEqual(range(100, 300, 500));
    expect(line(e, 'social_interactions').monthly).toEqual(range(500, 500, 500));
  });

  it('shows email and web chat as $0, assumed included in the licence', () => {
    const e = estimate({ ...base, channels: ['email', 'webchat'] });
    for (const id of ['email', 'webchat']) {
      expect(line(e, id)).toMatchObject({ quantity: 50, monthly: range(0, 0, 0), assumption: true });
    }
  });

  it('uses the usage preset x agents for a missing volume and lists it as an assumption', () => {
    const e = estimate({ ...base, agents: 20, channels: ['sms'], usagePreset: 'large' });
    expect(line(e, 'sms').quantity).toBe(40000);
    expect(line(e, 'sms').monthly.typical).toBe(400);
    expect(e.assumptions.find((a) => a.id === 'preset.sms')).toMatchObject({ value: 2000 });
  });

  it('shows AI without a volume as depending on usage, with its unit price and no amount', () => {
    const ai = line(estimate({ ...base, addOns: { ai: true } }), 'ai');
    expect(ai).toMatchObject({ quantity: null, dependsOnUsage: true, assumption: true, monthly: range(0, 0, 0) });
    expect(ai.unitPrice.typical).toBe(0.1);
    const priced = line(estimate({ ...base, addOns: { ai: true, aiConversationsPerMonth: 1000 } }), 'ai');
    expect(priced.monthly).toEqual(range(50, 100, 250));
    expect(priced.dependsOnUsage).toBe(false);
  });

  it('prices on-premises with upfront licence and hardware and lower monthly items', () => {
    const e = estimate({ ...base, agents: 10, deployment: 'onPremises' });
    expect(e.lineItems.map((l) => l.id)).toEqual(['licence', 'support', 'storage', 'infrastructure', 'maintenance']);
    expect(line(e, 'licence').oneTime.typical).toBe(6000);
    expect(line(e, 'infrastructure').oneTime.typical).toBe(4000);
    expect(e.totals.oneTime.typical).toBe(10000);
    expect(e.totals.monthly.typical).toBe(120 + 1750 + 180);
  });

  it('splits hybrid seats by the cloud share and adds the admin overhead', () => {
    const e = estimate({ ...base, agents: 10, deployment: 'hybrid' });
    expect(line(e, 'platform').quantity).toBe(5);
    expect(line(e, 'platform').monthly.typical).toBe(625);
    expect(line(e, 'licence').oneTime.typical).toBe(3000);
    expect(line(e, 'admin_overhead').monthly.typical).toBe(120);
  });
});

describe('totals', () => {
  const e = estimate({
    agents: 37,
    channels: ['voice', 'sms', 'mms', 'social'],
    deployment: 'hybrid',
    voiceBilling: 'metered',
    volumes: { voiceMinutesPerMonth: 12345, smsPerMonth: 777, mmsPerMonth: 33, egressGbPerMonth: 333 },
    addOns: { wfm: true, customIntegrations: 1 },
  });

  it('equal the sum of the line items, to the cent', () => {
    for (const k of ['low', 'typical', 'high'] as const) {
      const monthly = e.lineItems.reduce((sum, l) => sum + Math.round(l.monthly[k] * 100), 0);
      const oneTime = e.lineItems.reduce((sum, l) => sum + Math.round(l.oneTime[k] * 100), 0);
      expect(Math.round(e.totals.monthly[k] * 100)).toBe(monthly);
      expect(Math.round(e.totals.oneTime[k] * 100)).toBe(oneTime);
    }
  });

  it('derive annual, first 12 months and per agent from monthly and one-time', () => {
    const m = e.totals.monthly.typical;
    expect(e.totals.annual.typical).toBeCloseTo(12 * m, 2);
    expect(e.totals.first12Months.typical).toBeCloseTo(e.totals.oneTime.typical + 12 * m, 2);
    expect(e.totals.perAgentMonthly.typical).toBeCloseTo(m / 37, 2);
    expect(e.totals.baselineMonthly.typical + e.totals.usageMonthly.typical).toBeCloseTo(m, 2);
  });

  it('hand-worked: 10 agents, cloud, SMS 1,000, egress 50 GB', () => {
    const small = estimate({ agents: 10, channels: ['sms'], deployment: 'cloud', volumes: { smsPerMonth: 1000, egressGbPerMonth: 50 } });
    // 10 x 125 + 10 x 1350 / 12 + 1000 x 0.01 + 0
    expect(small.totals.monthly).toEqual(range(500 + 1125 + 10, 1250 + 1125 + 10, 2000 + 1125 + 10));
    expect(small.totals.first12Months.typical).toBe(12 * 2385);
    expect(small.totals.perAgentMonthly.typical).toBe(238.5);
    expect(small.totals.usageMonthly.typical).toBe(10);
  });
});

describe('comparison and break-even', () => {
  const e = estimate({ agents: 50, channels: ['voice', 'sms'], deployment: 'cloud' });
  const by = (d: string) => e.comparison.find((c) => c.deployment === d)!;

  it('prices all three deployments', () => {
    expect(e.comparison.map((c) => c.deployment)).toEqual(['onPremises', 'cloud', 'hybrid']);
    // on-premises: 50 x (600 + 400) upfront; 50 x (12 + 18 + 175) + 250 SMS a month
    expect(by('onPremises').oneTime.typical).toBe(50000);
    expect(by('onPremises').monthly.typical).toBe(10500);
    expect(by('cloud').monthly.typical).toBe(e.totals.monthly.typical);
    expect(by('cloud').tco.typical).toBe(36 * 12129);
  });

  it('puts on-premises upfront above hybrid above cloud, and monthly the other way', () => {
    expect(by('onPremises').oneTime.typical).toBeGreaterThan(by('hybrid').oneTime.typical);
    expect(by('hybrid').oneTime.typical).toBeGreaterThan(by('cloud').oneTime.typical);
    expect(by('onPremises').monthly.typical).toBeLessThan(by('hybrid').monthly.typical);
    expect(by('hybrid').monthly.typical).toBeLessThan(by('cloud').monthly.typical);
  });

  it('finds the year on-premises overtakes cloud (hand-worked: year 3)', () => {
    // year 2: cloud 24 x 12,129 = 291,096 < 50,000 + 24 x 10,500 = 302,000
    // year 3: cloud 436,644 > 428,000
    expect(by('cloud').cumulative).toEqual([145548, 291096, 436644]);
    expect(by('onPremises').cumulative).toEqual([176000, 302000, 428000]);
    expect(e.breakEven).toEqual({ cheaperToStart: 'cloud', overtakenBy: 'onPremises', year: 3, years: 3 });
  });

  it('says there is no break-even within a shorter horizon', () => {
    const short = estimate({ agents: 50, channels: ['voice', 'sms'], deployment: 'cloud', years: 2 });
    expect(short.breakEven).toEqual({ cheaperToStart: 'cloud', overtakenBy: null, year: null, years: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planStaffing, staffingDefaults, staffingForCalls, StaffingError } from '../../src/cost/staffing';
import { erlangC } from '../../src/cost/erlang';
import { defaultCatalog } from '../../src/cost/catalog';

const d = staffingDefaults();

describe('planStaffing', () => {
  it('2,000 calls a day over 8 open hours, 330 s, 80% in 20 s: 250 an hour, about 28 on the phones, 40 paid', () => {
    const p = planStaffing({ volume: 2000, per: 'day', ahtSeconds: 330, serviceLevel: { target: 0.8, seconds: 20 }, openHoursPerDay: 8 });
    expect(p.callsPerHour).toBe(250);
    expect(p.trafficErlangs).toBeCloseTo(22.92, 2);
    expect(p.agentsOnPhones).toBe(28);
    expect(p.agentsPaid).toBe(40); // 28 / 0.7, 30% shrinkage from knowledge/staffing.json
    expect(p.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(p.used.shrinkage).toMatchObject({ value: 0.3, assumed: true });
    expect(p.used.ahtSeconds).toEqual({ value: 330, assumed: false });
  });

  it('with every default it gives the same answer and says which values it assumed', () => {
    const p = planStaffing({ volume: 2000, per: 'day' });
    expect(p.agentsOnPhones).toBe(28);
    for (const key of ['ahtSeconds', 'serviceLevel', 'shrinkage', 'openHoursPerDay', 'openDaysPerWeek'] as const) {
      expect(p.used[key].assumed, key).toBe(true);
      expect(p.used[key].reason?.en, key).toBeTruthy();
      expect(p.used[key].reason?.id, key).toBeTruthy();
    }
    expect(p.used.volume).toEqual({ value: 2000, assumed: false });
    expect(p.used.per).toEqual({ value: 'day', assumed: false });
  });

  it.each([
    // One volume, four ways of saying it: all 250 calls an hour with 8 hours, 5 days, 52/12 weeks a month.
    { volume: 250, per: 'hour' as const },
    { volume: 2000, per: 'day' as const },
    { volume: 10_000, per: 'week' as const },
    { volume: (10_000 * 52) / 12, per: 'month' as const },
  ])('$volume calls a $per is 250 calls an hour', ({ volume, per }) => {
    const p = planStaffing({ volume, per });
    expect(p.callsPerHour).toBeCloseTo(250, 9);
    expect(p.agentsOnPhones).toBe(28);
    expect(p.callsPerMonth).toBeCloseTo((10_000 * 52) / 12, 6);
  });

  it('takes the changes people ask for: "with 25% shrinkage", "open 12 hours", "open 6 days", "90% in 15 seconds"', () => {
    expect(planStaffing({ volume: 2000, per: 'day', shrinkage: 0.25 }).agentsPaid).toBe(Math.ceil(28 / 0.75));
    const twelve = planStaffing({ volume: 2000, per: 'day', openHoursPerDay: 12 });
    expect(twelve.callsPerHour).toBeCloseTo(2000 / 12, 9);
    expect(twelve.used.openHoursPerDay).toEqual({ value: 12, assumed: false });
    expect(twelve.agentsOnPhones).toBeLessThan(28);
    expect(planStaffing({ volume: 12_000, per: 'week', openDaysPerWeek: 6 }).callsPerHour).toBeCloseTo(250, 9);
    expect(planStaffing({ volume: 250, per: 'hour', serviceLevel: { target: 0.9, seconds: 15 } }).agentsOnPhones).toBeGreaterThan(28);
  });

  it('agrees with Erlang C on the reference vector (100 calls in 30 minutes = 200 an hour, 180 s, 80/20)', () => {
    const p = planStaffing({ volume: 200, per: 'hour', ahtSeconds: 180, serviceLevel: { target: 0.8, seconds: 20 }, shrinkage: 0 });
    const direct = erlangC({ calls: 100, periodSeconds: 1800, ahtSeconds: 180, targetSeconds: 20, targetServiceLevel: 0.8 });
    expect(p.agentsOnPhones).toBe(14);
    expect(p.agentsOnPhones).toBe(direct.agents);
    expect(p.asaSeconds).toBeCloseTo(7.84, 2);
    expect(p.agentsPaid).toBe(14);
  });

  // Found by an independent tester: 800 calls a day, open 15 hours, 7 days, gave 12 people to hire, one shift's
  // worth; a seat staffed 105 hours a week needs 105 / 40 people to cover it.
  it.each([
    [8, 5, 1],
    [15, 7, 105 / 40],
    [24, 7, 168 / 40],
    [4, 5, 1],
  ])('open %i hours a day, %i days a week: the payroll covers every shift (%f people per seat)', (hours, days, shifts) => {
    const p = planStaffing({ volume: 800, per: 'day', openHoursPerDay: hours, openDaysPerWeek: days });
    expect(p.shifts).toBeCloseTo(shifts, 6);
    expect(p.agentsPaid).toBe(Math.ceil((p.agentsOnPhones * shifts) / (1 - 0.3) - 1e-9));
    if (hours === 15) expect(p.agentsPaid).toBe(30);
  });

  it('needs nobody for no calls', () => {
    expect(planStaffing({ volume: 0, per: 'day' })).toMatchObject({ agentsOnPhones: 0, agentsPaid: 0, callsPerHour: 0 });
  });

  it.each([
    [{ volume: -1, per: 'day' }, /field "volume"/],
    [{ volume: 100, per: 'fortnight' }, /field "per"/],
    [{ volume: 100, per: 'day', shrinkage: 30 }, /field "shrinkage"/],
    [{ volume: 100, per: 'day', openHoursPerDay: 25 }, /field "openHoursPerDay"/],
    [{ volume: 100, per: 'day', serviceLevel: { target: 80, seconds: 20 } }, /field "serviceLevel.target"/],
  ])('rejects %o with one line naming the field', (input, message) => {
    expect(() => planStaffing(input as never)).toThrow(StaffingError);
    expect(() => planStaffing(input as never)).toThrow(message);
  });
});

describe('staffing defaults (knowledge/staffing.json)', () => {
  it('hold one handle time, the same as the catalog uses to turn calls into minutes', () => {
    expect(d.ahtSeconds.value).toBe(defaultCatalog().entries.find((e) => e.id === 'default_aht_seconds')!.typical);
  });

  it('rejects a broken staffing file with the field named', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'staff-')), 'staffing.json');
    const good = JSON.parse(fs.readFileSync(path.resolve('knowledge/staffing.json'), 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...good, shrinkage: { ...good.shrinkage, value: 2 } }));
    expect(() => staffingDefaults(file)).toThrow(/field "shrinkage.value"/);
    fs.writeFileSync(file, '{ nope');
    expect(() => staffingDefaults(file)).toThrow(StaffingError);
  });
});

describe('staffingForCalls (the older monthly entry point the dialogs call)', () => {
  it('is the monthly case of planStaffing, in the old shape', () => {
    const need = staffingForCalls(44_000, 300, defaultCatalog());
    const plan = planStaffing({ volume: 44_000, per: 'month', ahtSeconds: 300 });
    expect(need.callsPerHour).toBeCloseTo(plan.callsPerHour, 9);
    expect(need.agents).toBe(plan.agentsOnPhones);
    expect(need.agentsWithShrinkage).toBe(plan.agentsPaid);
    expect(need.ahtAssumed).toBe(false);
    expect(need.defaults.workingDaysPerMonth.value).toBe(21.7);
    expect(need.defaults.openHoursPerDay.value).toBe(8);
  });

  it('uses the catalog handle time when none is given, and says so', () => {
    const need = staffingForCalls(10_000, undefined, defaultCatalog());
    expect(need.ahtAssumed).toBe(true);
    expect(need.ahtSeconds).toBe(defaultCatalog().entries.find((e) => e.id === 'default_aht_seconds')!.typical);
  });
});

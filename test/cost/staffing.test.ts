import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { staffingDefaults, staffingForCalls } from '../../src/cost/staffing';
import { erlangC } from '../../src/cost/erlang';
import { defaultCatalog } from '../../src/cost/catalog';

describe('staffing from a call volume', () => {
  it('spreads monthly calls over the open hours and sizes the team with Erlang C', () => {
    const d = staffingDefaults();
    const need = staffingForCalls(44_000, 300, defaultCatalog());
    const perHour = 44_000 / (d.openHoursPerDay.value * d.workingDaysPerMonth.value);
    expect(need.callsPerHour).toBeCloseTo(perHour, 6);
    const direct = erlangC({ calls: perHour, periodSeconds: 3600, ahtSeconds: 300, targetSeconds: 20, targetServiceLevel: 0.8, shrinkage: 0.3 });
    expect(need.agents).toBe(direct.agents);
    expect(need.agentsWithShrinkage).toBe(direct.agentsWithShrinkage);
    expect(need.agentsWithShrinkage).toBeGreaterThan(need.agents);
    expect(need.ahtAssumed).toBe(false);
  });

  it('uses the catalog handle time when none is given, and says so', () => {
    const need = staffingForCalls(10_000, undefined, defaultCatalog());
    expect(need.ahtAssumed).toBe(true);
    expect(need.ahtSeconds).toBe(defaultCatalog().entries.find((e) => e.id === 'default_aht_seconds')!.typical);
  });

  it('rejects a broken staffing file with the field named', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'staff-')), 'staffing.json');
    const good = JSON.parse(fs.readFileSync(path.resolve('knowledge/staffing.json'), 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...good, shrinkage: { ...good.shrinkage, value: 2 } }));
    expect(() => staffingDefaults(file)).toThrow(/field "shrinkage.value"/);
  });
});

import { describe, expect, it } from 'vitest';
import { erlangC, erlangCProbability } from '../../src/cost/erlang';

describe('Erlang C staffing', () => {
  it('matches the reference vector: 100 calls in 30 min, AHT 180 s, 80/20', () => {
    const r = erlangC({ calls: 100, periodSeconds: 1800, ahtSeconds: 180, targetSeconds: 20, targetServiceLevel: 0.8 });
    expect(r.trafficErlangs).toBe(10);
    expect(r.agents).toBe(14);
    expect(r.serviceLevel).toBeCloseTo(0.888, 3);
    expect(r.asaSeconds).toBeCloseTo(7.84, 2);
    expect(r.occupancy).toBeCloseTo(0.714, 3);
    expect(r.agentsWithShrinkage).toBe(14);
  });

  it('stops at the smallest team meeting the target (13 agents give 79.6%)', () => {
    const pw = erlangCProbability(13, 10);
    expect(1 - pw * Math.exp((-(13 - 10) * 20) / 180)).toBeCloseTo(0.7956, 4);
  });

  it.each([
    { shrinkage: 0.3, expected: 20 }, // 14 / 0.7
    { shrinkage: 0.35, expected: 22 }, // 14 / 0.65 = 21.5
  ])('adds shrinkage $shrinkage: $expected agents scheduled', ({ shrinkage, expected }) => {
    const r = erlangC({ calls: 100, periodSeconds: 1800, ahtSeconds: 180, targetSeconds: 20, targetServiceLevel: 0.8, shrinkage });
    expect(r.agentsWithShrinkage).toBe(expected);
  });

  it.each([
    { agents: 1, traffic: 0.5, expected: 0.5 }, // M/M/1: P(wait) = utilisation
    { agents: 2, traffic: 1, expected: 1 / 3 },
    { agents: 5, traffic: 5, expected: 1 }, // overloaded queue always waits
  ])('P(wait) for $agents agents at $traffic Erlangs', ({ agents, traffic, expected }) => {
    expect(erlangCProbability(agents, traffic)).toBeCloseTo(expected, 10);
  });

  it('needs no agents without calls, and more agents for a stricter target', () => {
    expect(erlangC({ calls: 0, periodSeconds: 3600, ahtSeconds: 180, targetSeconds: 20, targetServiceLevel: 0.8 }).agents).toBe(0);
    const loose = erlangC({ calls: 600, periodSeconds: 3600, ahtSeconds: 240, targetSeconds: 30, targetServiceLevel: 0.7 });
    const strict = erlangC({ calls: 600, periodSeconds: 3600, ahtSeconds: 240, targetSeconds: 10, targetServiceLevel: 0.95 });
    expect(strict.agents).toBeGreaterThan(loose.agents);
    expect(loose.agents).toBeGreaterThan(loose.trafficErlangs);
  });

  it('rejects input outside its bounds with zod', () => {
    expect(() => erlangC({ calls: -1, periodSeconds: 3600, ahtSeconds: 180, targetSeconds: 20, targetServiceLevel: 0.8 })).toThrow();
    expect(() => erlangC({ calls: 10, periodSeconds: 3600, ahtSeconds: 0, targetSeconds: 20, targetServiceLevel: 0.8 })).toThrow();
  });
});

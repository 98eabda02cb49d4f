/**
 * "where does the $125 come from?": an amount quoted from an estimate found in it, as the line whose price or amount it
 * is, else a total; nearest first, within the rounding allowed.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalog, estimate, type ScenarioInput } from '../../src/cost';
import { locateFigure } from '../../src/cost/explain';

const catalog = defaultCatalog();
const cloud30 = estimate({ agents: 30, channels: ['voice', 'email'], deployment: 'cloud' } as ScenarioInput, catalog);
const exact = (usd: number) => [{ usd, tolerance: Math.max(0.005, usd * 0.006) }];

describe('locateFigure', () => {
  it.each<[string, number, ReturnType<typeof locateFigure>]>([
    ['the licence price per agent', 125, { line: 'platform' }],
    ['the licence line a month', 3750, { line: 'platform' }],
    ['the storage line a month', 3375, { line: 'storage' }],
    ['the storage price per agent per year', 1350, { line: 'storage' }],
    ['the egress price per GB', 0.08, { line: 'egress' }],
    ['the monthly total', 7125, { total: true }],
    ['the annual total', 85_500, { total: true }],
    ['the per-agent figure, rounded on the card', 238, { total: true }],
    ['no such figure', 999, undefined],
  ])('%s ($%s)', (_name, usd, expected) => {
    expect(locateFigure(cloud30, exact(usd))).toEqual(expected);
  });

  it('a rounded figure goes to the nearest amount within its rounding', () => {
    // "55 juta" for Rp 55.7 juta of storage at 16,500 a dollar: one unit of its last digit either way
    const rate = 16_500;
    expect(locateFigure(cloud30, [{ usd: 55_000_000 / rate, tolerance: 1_000_000 / rate }])).toEqual({ line: 'storage' });
    // a tiny amount read at the rupiah rate matches nothing it is not near (it found the egress price per GB)
    expect(locateFigure(cloud30, [{ usd: 7125 / rate, tolerance: (7125 * 0.006) / rate }])).toBeUndefined();
  });
});

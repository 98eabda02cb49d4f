import { describe, expect, it } from 'vitest';
import { dollarFigures } from '../../src/answers/dollar-figures';

describe('dollarFigures', () => {
  it.each([
    ['en', 'a seat costs $50 to $200+ a month', [{ written: '$50', low: 50 }, { written: '$200+', low: 200, orMore: true }]],
    ['en', 'between $1,350 and $2,100, SMS $0.01', [{ written: '$1,350', low: 1350 }, { written: '$2,100', low: 2100 }, { written: '$0.01', low: 0.01 }]],
    ['en', 'tools cost $10–50 per agent', [{ written: '$10–50', low: 10, high: 50 }]],
    ['id', 'antara US$1.350 dan US$2.100; SMS US$0,01.', [{ written: 'US$1.350', low: 1350 }, { written: 'US$2.100', low: 2100 }, { written: 'US$0,01', low: 0.01 }]],
    ['id', 'sekitar US$6–US$20 per agen, lalu US$6–US$20 lagi', [{ written: 'US$6–US$20', low: 6, high: 20 }]],
    ['id', 'tidak ada angka di sini', []],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(dollarFigures(text, lang)).toEqual(expected);
  });
});

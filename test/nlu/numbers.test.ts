import { describe, expect, it } from 'vitest';
import { findNumbers, parseDigitGroup, parseNumberWords } from '../../src/nlu/index';
import { normalizeText, tokenize } from '../../src/nlu/text';

describe('parseDigitGroup', () => {
  it.each([
    ['40', 40],
    ['1,200', 1200],
    ['1.200', 1200], // Indonesian thousands dot
    ['12.000', 12000],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1.5', 1.5],
    ['1,5', 1.5], // Indonesian decimal comma
    ['0.500', 0.5], // a leading zero cannot start a thousands group
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['12,34', 12.34],
  ] as const)('%s -> %s', (text, value) => {
    expect(parseDigitGroup(text)).toBe(value);
  });
  it.each(['1.2.3', '1,23,4', 'abc', ''])('%s is not a number', (text) => {
    expect(parseDigitGroup(text)).toBeUndefined();
  });
});

describe('parseNumberWords', () => {
  it.each([
    ['forty five', 45],
    ['Forty-Five', 45],
    ['twelve hundred', 1200],
    ['two thousand', 2000],
    ['one hundred and twenty', 120],
    ['a hundred', 100],
    ['a thousand', 1000],
    ['three million', 3_000_000],
    ['nineteen', 19],
    ['fourty', 40], // common misspelling
    ['a dozen', 12],
    ['empat puluh lima', 45],
    ['seratus', 100],
    ['seratus dua puluh', 120],
    ['seribu dua ratus', 1200],
    ['sebelas', 11],
    ['dua belas', 12],
    ['tujuh belas', 17],
    ['dua ribu tiga ratus empat puluh lima', 2345],
    ['sejuta', 1_000_000],
    ['5k', 5000],
    ['1.2k', 1200],
    ['2 ribu', 2000],
    ['1,5 juta', 1_500_000],
    ['10rb', 10_000],
    ['2jt', 2_000_000],
    ['3m', 3_000_000],
    ['2 thousand', 2000],
    ['1,200', 1200],
    ['1.200', 1200],
    ['-5', -5],
    ['minus 3', -3],
    ['40-50', 50], // a range gives its upper bound
    ['between 40 and 50', 50],
    ['antara 40 dan 50', 50],
    ['40 to 50', 50],
    ['we have about 40 agents', 40],
  ] as const)('%s -> %s', (text, value) => {
    expect(parseNumberWords(text)).toBe(value);
  });
  it.each(['hello', 'no idea', '', 'a lot'])('"%s" has no number', (text) => {
    expect(parseNumberWords(text)).toBeUndefined();
  });
  it('reports the word "one" in "which one": deciding it is not a count is the slot extractor\'s job', () => {
    expect(parseNumberWords('which one')).toBe(1);
  });
});

describe('findNumbers', () => {
  const read = (text: string) => findNumbers(tokenize(normalizeText(text)));
  it('reads separate numbers separately', () => {
    expect(read('40 agents and 5,000 calls').map((m) => m.value)).toEqual([40, 5000]);
  });
  it('does not glue two number words that cannot form one number', () => {
    expect(read('five six').map((m) => m.value)).toEqual([5, 6]);
    expect(read('dua tiga').map((m) => m.value)).toEqual([2, 3]);
  });
  it('keeps the lower bound of a range', () => {
    expect(read('40-50')[0]).toMatchObject({ value: 50, low: 40, negative: false });
  });
  it('a spaced minus after a number joins a range, not a negative', () => {
    expect(read('40 - 50')[0]).toMatchObject({ value: 50, low: 40, negative: false });
  });
  it('marks decimals after shorthand', () => {
    expect(read('1.5')[0]?.decimal).toBe(true);
    expect(read('1.5k')[0]?.decimal).toBe(false);
  });
  it('ignores phone numbers, clock times, dates and 24/7', () => {
    expect(read('+62 812-3456-7890')).toEqual([]);
    expect(read('0812 3456 7890')).toEqual([]);
    expect(read('at 9am or 10:30')).toEqual([]);
    expect(read('on 12/05/2025')).toEqual([]);
    expect(read('open 24/7')).toEqual([]);
    expect(read('mail sam@example.com or see https://x.io/40')).toEqual([]);
  });
});

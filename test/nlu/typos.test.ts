import { describe, expect, it } from 'vitest';
import { correctWord, damerau } from '../../src/nlu/index';

describe('damerau', () => {
  it.each([
    ['agents', 'agnets', 1],
    ['cloud', 'cloud', 0],
    ['voice', 'voise', 1],
    ['hybrid', 'hybird', 1],
    ['phone', 'phones', 1],
    ['cloud', 'could', 2],
  ] as const)('%s ~ %s = %s', (a, b, d) => {
    expect(damerau(a, b, 2)).toBe(d);
  });
});

describe('correctWord', () => {
  it.each([
    ['agnets', 'agents'],
    ['agenst', 'agents'],
    ['voise', 'voice'],
    ['phnoe', 'phone'],
    ['watsapp', 'whatsapp'],
    ['emial', 'email'],
    ['integrasion', 'integration'],
    ['agennya', 'agen'],
    ['teleponnya', 'telepon'],
  ] as const)('%s -> %s', (word, fixed) => {
    expect(correctWord(word)).toBe(fixed);
  });
  it.each(['posted', 'stuff', 'tests', 'could', 'there', 'three', 'local', 'basis', 'charts', 'hello', 'agency'])(
    'leaves the ordinary word %s alone',
    (word) => {
      expect(correctWord(word)).toBe(word);
    },
  );
});

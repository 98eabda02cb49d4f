/**
 * The off-topic gate's word test (src/nlu/interpret.ts foreignWords): a word the knowledge base cannot read
 * is foreign unless the on-topic vocabulary holds it, one typo away (never a longer word read as a shorter
 * one: "iphone" is not "phone"), or in a chat Indonesian or English inflection ("saranin" → "sarankan").
 */
import { describe, expect, it } from 'vitest';
import { foreignWords } from '../../src/nlu/interpret';

const vocabulary = new Set(['sarankan', 'bantu', 'hitung', 'kerja', 'quote', 'phone', 'rekrut', 'agents', 'cari']);

describe('foreign words', () => {
  it.each<[string, boolean]>([
    ['banana', true],
    ['iphone', true],
    ['car', true],
    ['kuliah', true],
    ['kerj', false],
    ['agnets', false],
    ['saranin', false],
    ['bantuin', false],
    ['ngitung', false],
    ['ngerekrut', false],
    ['quotes', false],
    ["who's", true],
  ])('%s → foreign: %s', (word, foreign) => {
    expect(foreignWords([word], vocabulary).length > 0).toBe(foreign);
  });
});

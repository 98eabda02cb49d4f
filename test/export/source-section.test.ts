/**
 * The PDF, CSV and share page name the source's section in the reader's language: the catalog names it by the
 * source's Indonesian heading, which showed untranslated in English exports ("Penyimpanan data").
 */
import { describe, expect, it } from 'vitest';
import { sourceText } from '../../src/export/model';

describe('the source section of an exported line', () => {
  it.each([
    ['Penyimpanan data', 'en', 'Data storage'],
    ['Penyimpanan data', 'id', 'Penyimpanan data'],
    ['Saluran suara', 'en', 'Voice channel'],
  ] as const)('%s (%s) names "%s"', (heading, lang, title) => {
    expect(sourceText({ source: heading }, lang)).toMatch(new RegExp(`§ ${title}$`));
  });

  it('an assumption says it is one, and a heading the knowledge base does not know is kept as it is', () => {
    expect(sourceText({ source: 'assumption' }, 'en')).not.toContain('§');
    expect(sourceText({ source: 'Bagian lain' }, 'en')).toContain('Bagian lain');
  });
});

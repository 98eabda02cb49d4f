import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/answers/index';

describe('analyze: per-language tokenizing, stemming, stop words, synonyms', () => {
  it.each([
    // Indonesian tokenizer drops capitals unless the text is lower-cased first.
    ['id', 'Penyimpanan LOKAL', ['storage', 'onprem']],
    // Sastrawi stems derived forms; "berbasis" would over-stem to "bas" without the guard.
    ['id', 'pelatihan kepegawaian', ['training', 'staff']],
    ['id', 'pusat kontak berbasis cloud', ['contactcenter', 'cloud']],
    ['id', 'berbasis', ['basis']],
    // "pelanggan" (customer) and "berlangganan" (subscription) share the stem "langgan".
    ['id', 'pelanggan', ['customer']],
    ['id', 'berlangganan', ['seat']],
    // Porter for English.
    ['en', 'integrations scheduling', ['integration', 'wfm']],
    ['en', 'Recordings stored', ['storage', 'storage']],
  ] as const)('%s "%s"', (lang, text, expected) => {
    expect(analyze(text, lang)).toEqual(expected);
  });

  it.each([
    ['en', 'data transfer', 'egress'],
    ['en', 'egress', 'egress'],
    ['id', 'transfer data keluar', 'egress'],
    ['id', 'lalu lintas keluar', 'egress'],
    ['en', 'seat', 'seat'],
    ['en', 'licence', 'seat'],
    ['en', 'license', 'seat'],
    ['id', 'lisensi', 'seat'],
    ['en', 'on-prem', 'onprem'],
    ['en', 'on premises', 'onprem'],
    ['id', 'lokal', 'onprem'],
    ['id', 'di tempat', 'onprem'],
    ['en', 'workforce management', 'wfm'],
    ['id', 'manajemen tenaga kerja', 'wfm'],
    ['id', 'hibrida', 'hybrid'],
    ['en', 'long-term', 'longterm'],
    ['id', 'jangka panjang', 'longterm'],
  ] as const)('synonym: %s "%s" -> %s', (lang, text, term) => {
    expect(analyze(text, lang)).toEqual([term]);
  });

  it.each([
    ['en', 'what is the and of to'],
    ['id', 'apa yang dan di ke dari'],
    ['id', 'yg gmn dong sih'],
  ] as const)('drops stop words and chat shorthand (%s "%s")', (lang, text) => {
    expect(analyze(text, lang)).toEqual([]);
  });

  it('keeps Indonesian words that natural lists as stop words but that carry the topic here', () => {
    expect(analyze('biaya awal', 'id')).toEqual(['upfront']);
    expect(analyze('keluar', 'id')).toEqual(['keluar']);
  });

  it.each([
    ['en', 'why', 'why'],
    ['id', 'kenapa', 'why'],
    ['id', 'knp', 'why'],
    ['en', 'how much', 'howmuch'],
    ['id', 'berapa', 'howmuch'],
    ['id', 'brp', 'howmuch'],
  ] as const)('keeps the kind of question as a term: %s "%s" -> %s', (lang, text, term) => {
    expect(analyze(text, lang)).toEqual([term]);
  });

  it('ignores bare numbers and money amounts', () => {
    expect(analyze('40 agents $1,350', 'en')).toEqual(['agent']);
  });
});

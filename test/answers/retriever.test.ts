import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRetriever, DEFAULT_OPTIONS, loadKnowledgeBase, parseKnowledgeBase, type AskResult } from '../../src/answers/index';

const kb = loadKnowledgeBase();
const retriever = createRetriever(kb);

const topOf = (r: AskResult) =>
  r.kind === 'answer' ? r.entry.id : r.kind === 'didYouMean' ? r.options[0].entry.id : null;

describe('ask: answers in both languages', () => {
  it.each([
    ['en', 'how much is storage for us?', 'storage-cost'],
    ['en', 'Why is on-prem storage dearer?', 'storage-onprem-dearer'],
    ['en', 'what does WFM buy me', 'wfm-value'],
    ['en', 'what else should I budget for', 'hidden-costs'],
    ['en', "what's the catch with cloud?", 'cloud-cons'],
    ['en', 'data transfer fees', 'egress-cost'],
    ['id', 'kenapa penyimpanan lokal lebih mahal', 'storage-onprem-dearer'],
    ['id', 'brp biaya sms', 'sms-mms-cost'],
    ['id', 'biaya transfer data keluar', 'egress-cost'],
    ['id', 'kekurangan pusat kontak berbasis cloud', 'cloud-cons'],
  ] as const)('[%s] "%s" -> %s', (lang, text, id) => {
    const r = retriever.ask(text, lang);
    expect(r.kind).toBe('answer');
    expect(topOf(r)).toBe(id);
  });

  it('corrects a typo in a topic word', () => {
    expect(topOf(retriever.ask('storge cost', 'en'))).toBe('storage-cost');
  });

  it('answers an English question asked in an Indonesian conversation', () => {
    expect(topOf(retriever.ask('how much does workforce management cost', 'id'))).toBe('wfm-cost');
  });

  it('returns the entry\'s follow-ups with an answer', () => {
    const r = retriever.ask('how much does data storage cost', 'en');
    if (r.kind !== 'answer') throw new Error(`expected an answer, got ${r.kind}`);
    expect(r.followUps.map((e) => e.id)).toEqual(r.entry.followUps);
  });
});

describe('ask: follow-up titles typed by hand retrieve their entry', () => {
  const cases = kb.entries.flatMap((e) => (['en', 'id'] as const).map((lang) => [lang, e.title[lang], e.id] as const));
  it.each(cases)('[%s] "%s" -> %s', (lang, title, id) => {
    const r = retriever.ask(title, lang);
    expect(r.kind).toBe('answer');
    expect(topOf(r)).toBe(id);
    // Typed loosely (lower case, no punctuation) it is the same question.
    expect(topOf(retriever.ask(title.toLowerCase().replace(/[?.,:]/g, ''), lang))).toBe(id);
  });
});

describe('ask: out of scope', () => {
  it.each([
    ['en', "what's the weather?"],
    ['en', 'who is the president of france'],
    ['en', 'how much does a plane ticket cost'],
    ['en', 'give me a lasagna recipe'],
    ['en', 'how much does it cost'],
    ['en', 'why'],
    ['en', ''],
    ['en', '???'],
    ['id', 'siapa presiden pertama Indonesia?'],
    ['id', 'berapa harga iPhone'],
    ['id', 'berapa harganya'],
    ['id', 'jadwal pertandingan sepak bola'],
  ] as const)('[%s] "%s" is not answered, and suggestions are offered', (lang, text) => {
    const r = retriever.ask(text, lang);
    expect(r.kind).toBe('unknown');
    if (r.kind !== 'unknown') return;
    expect(r.confidence).toBeLessThan(DEFAULT_OPTIONS.threshold);
    expect(r.suggestions.length).toBeGreaterThan(0);
  });

  it('never throws and keeps confidence within [0, 1] for arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('en' as const, 'id' as const), (text, lang) => {
        const r = retriever.ask(text, lang);
        const confidences =
          r.kind === 'didYouMean' ? r.options.map((o) => o.confidence) : [r.confidence];
        for (const c of confidences) {
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('ask: did you mean', () => {
  const entry = (id: string, en: string[], followUps: string[] = []) => ({
    id,
    section: 's',
    title: { en: id, id },
    questions: { en, id: en },
    answer: { en: 'One. Two.', id: 'Satu. Dua.' },
    followUps,
    tags: [],
  });
  const twin = parseKnowledgeBase({
    version: 1,
    source: { file: 'x', publisher: 'x', published: 'x' },
    sections: [{ id: 's', heading: null, title: { en: 's', id: 's' } }],
    entries: [
      entry('storage-cloud', ['cloud storage price', 'storage in the cloud', 'how much is storage']),
      entry('storage-onprem', ['on-prem storage price', 'storage on our servers', 'how much is storage']),
      entry('sms', ['sms price', 'text message cost', 'sms rate']),
    ],
  });
  const small = createRetriever(twin);

  it('offers both when the two best scores are close', () => {
    const r = small.ask('storage price', 'en');
    expect(r.kind).toBe('didYouMean');
    if (r.kind !== 'didYouMean') return;
    expect(r.options.map((o) => o.entry.id).sort()).toEqual(['storage-cloud', 'storage-onprem']);
    expect(Math.abs(r.options[0].confidence - r.options[1].confidence)).toBeLessThan(DEFAULT_OPTIONS.closeMargin);
  });

  it('answers directly when one is clearly ahead', () => {
    const r = small.ask('cloud storage price please', 'en');
    expect(r.kind).toBe('answer');
    expect(topOf(r)).toBe('storage-cloud');
  });

  describe('two close entries, one of them the price of the thing', () => {
    const kb = createRetriever();
    const cases: [string, 'en' | 'id', string][] = [
      ['What does AI cost in a contact center?', 'en', 'ai-cost'],
      ['AI di contact center biayanya gimana?', 'id', 'ai-cost'],
      ['berapa harga WFM?', 'id', 'wfm-cost'],
      ['how much is a custom integration?', 'en', 'custom-integration-cost'],
      // no price word: the other entry, or the visitor's choice
      ['AI in a contact center?', 'en', 'ai-uses'],
      ['do I need a custom integration?', 'en', 'custom-integration-when'],
    ];
    it.each(cases)('%s → %s', (question, lang, id) => {
      const r = kb.ask(question, lang);
      expect(r.kind).toBe('answer');
      expect(topOf(r)).toBe(id);
    });

    // a price question is not a definition question: a price entry close behind a definition entry answers it
    // (each of the first three got "what is a cloud/on-premises contact center" before, 2026-12-01)
    it.each<[string, 'en' | 'id', string]>([
      ["what's a contact center going to cost me?", 'en', 'typical-total-cost'],
      ['price my contact center', 'en', 'typical-total-cost'],
      ['what does an on-prem contact center cost?', 'en', 'onprem-upfront'],
      // how cloud is paid for is what the definition says: no price entry is that close
      ['how do I pay for a cloud contact center?', 'en', 'cloud-what'],
    ])('%s → %s', (question, lang, id) => {
      expect(topOf(kb.ask(question, lang))).toBe(id);
    });

    it('without a price word two close entries are still offered', () => {
      const r = small.ask('storage please', 'en');
      expect(r.kind).toBe('didYouMean');
    });
  });
});

/**
 * A turn reads a message once: the understanding step's knowledge signal ranks it, the decision
 * step asks the same message, and the second call reuses the first one's analysis (issue #10:
 * "nothing is computed twice per turn"). The reuse must not change any answer.
 */
import { describe, expect, it } from 'vitest';
import { createRetriever } from '../../src/answers';
import { extractSlots } from '../../src/nlu/slots';
import { correctWord } from '../../src/nlu/typos';
import { normalizeText } from '../../src/nlu/text';

describe('a message is analysed once per turn', () => {
  const retriever = createRetriever();

  it('ranking the same message again returns the ranking already made', () => {
    const first = retriever.rank('how much does an SMS cost?', 'en');
    expect(retriever.rank('how much does an SMS cost?', 'en')).toBe(first);
    expect(retriever.rank('what is egress?', 'en')).not.toBe(first);
  });

  it.each([
    ['how much does an SMS cost?', 'en'],
    ['berapa biaya penyimpanan rekaman?', 'id'],
    ['what is egress?', 'en'],
    ['kelebihan cloud apa saja?', 'id'],
  ] as const)('asking after ranking gives what a fresh retriever gives: %s', (q, lang) => {
    const fresh = createRetriever(retriever.kb).ask(q, lang);
    retriever.rank(q, lang);
    const after = retriever.ask(q, lang);
    expect(after.kind).toBe(fresh.kind);
    if (after.kind === 'answer' && fresh.kind === 'answer') expect(after.entry.id).toBe(fresh.entry.id);
  });

  it('the entity rules take the language the interpreter detected instead of detecting it again', () => {
    // an English sentence declared Indonesian keeps the declared language: no second detection ran
    expect(extractSlots('40 agents with voice', { known: 'id' }).lang).toBe('id');
    expect(extractSlots('40 agents with voice').lang).toBe('en');
    expect(extractSlots('40 agents with voice', { known: 'en' }).agents).toBe(40);
  });

  it('a typo correction is the same when asked again (remembered, not recomputed differently)', () => {
    expect(correctWord('agenst')).toBe(correctWord('agenst'));
    expect(correctWord('agenst')).toMatch(/^agents?$/);
  });

  it('a message is normalized once however many readers ask, and the result is the same', () => {
    const text = 'Halo, kami butuh 40 agen — telp & WA, w/o MMS… masing2 brp?';
    const spy = { calls: 0 };
    const original = String.prototype.normalize;
    String.prototype.normalize = function (this: string, form?: string) {
      spy.calls++;
      return original.call(this, form);
    };
    try {
      const first = normalizeText(text);
      for (let i = 0; i < 5; i++) expect(normalizeText(text)).toBe(first);
      expect(spy.calls).toBe(1);
      expect(first).toBe('halo, kami butuh 40 agen , telp & wa, without mms... masing-masing brp?');
    } finally {
      String.prototype.normalize = original;
    }
  });
});

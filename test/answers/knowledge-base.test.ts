import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeBaseError, loadKnowledgeBase, parseKnowledgeBase } from '../../src/answers/index';

const kb = loadKnowledgeBase();
const SOURCE = path.resolve(__dirname, '../../../shared/source/contact-center-costs.id.txt');

/** A deep copy of the real knowledge base with one change applied. */
function broken(change: (raw: any) => void): unknown {
  const raw = JSON.parse(JSON.stringify(kb));
  change(raw);
  return raw;
}

describe('knowledge base file', () => {
  it('loads and validates', () => {
    expect(kb.entries.length).toBeGreaterThanOrEqual(40);
    expect(kb.entries.length).toBeLessThanOrEqual(120);
  });

  it.each([
    ['missing Indonesian answer', (r: any) => delete r.entries[3].answer.id, /entry "per-agent-cost" field answer\.id/],
    ['empty English answer', (r: any) => (r.entries[0].answer.en = '  '), /entry "why-contact-centers-cost" field answer\.en: must not be empty/],
    ['too few phrasings', (r: any) => (r.entries[5].questions.id = ['a', 'b']), /entry "platform-licence-cost" field questions\.id: needs at least 3/],
    ['unknown follow-up', (r: any) => r.entries[2].followUps.push('nope'), /entry "typical-total-cost" field followUps\.3: unknown entry id "nope"/],
    ['unknown section', (r: any) => (r.entries[1].section = 'weather'), /entry "reduce-costs" field section: unknown section "weather"/],
    ['duplicate id', (r: any) => (r.entries[1].id = r.entries[0].id), /field id: duplicate id "why-contact-centers-cost"/],
    ['bad id', (r: any) => (r.entries[4].id = 'Cheapest Channel'), /entry "Cheapest Channel" field id: must be kebab-case/],
    ['self follow-up', (r: any) => (r.entries[6].followUps = ['platform-pricing-model']), /entry "platform-pricing-model" field followUps\.0: an entry cannot follow itself/],
  ])('rejects a broken entry (%s) with a message naming entry and field', (_name, change, message) => {
    expect(() => parseKnowledgeBase(broken(change))).toThrow(KnowledgeBaseError);
    expect(() => parseKnowledgeBase(broken(change))).toThrow(message);
  });

  it('reports a missing file by path, not with a stack of JSON errors', () => {
    expect(() => loadKnowledgeBase('/nonexistent/articles.json')).toThrow(/Cannot read \/nonexistent\/articles\.json/);
  });

  it('every follow-up id names an existing entry', () => {
    const ids = new Set(kb.entries.map((e) => e.id));
    for (const e of kb.entries) for (const f of e.followUps) expect(ids, `${e.id} -> ${f}`).toContain(f);
  });

  it('every entry has phrasings and an answer in both languages, and 2 to 5 sentences per answer', () => {
    for (const e of kb.entries) {
      for (const lang of ['en', 'id'] as const) {
        expect(e.questions[lang].length, e.id).toBeGreaterThanOrEqual(3);
        const sentences = e.answer[lang].split(/(?<=[.!?])\s+(?=[A-Z"])/).length;
        expect(sentences, `${e.id} ${lang}`).toBeGreaterThanOrEqual(2);
        expect(sentences, `${e.id} ${lang}`).toBeLessThanOrEqual(5);
      }
    }
  });

  it('presents the vendor section as the source\'s claims, never as the advisor\'s own', () => {
    const vendorSections = new Set(['vendor', 'vendor-cost', 'vendor-agents', 'vendor-security']);
    for (const e of kb.entries.filter((x) => vendorSections.has(x.section))) {
      expect(e.answer.en, e.id).toMatch(/claim/i);
      expect(e.answer.id, e.id).toMatch(/klaim/i);
    }
  });
});

describe('source coverage', () => {
  it('every section declared in the knowledge base has at least one entry', () => {
    const used = new Set(kb.entries.map((e) => e.section));
    for (const s of kb.sections) expect(used, s.id).toContain(s.id);
  });

  it.skipIf(!existsSync(SOURCE))('every heading of the source is a section of the knowledge base, and vice versa', () => {
    // Headings in the source: short lines without closing punctuation, not list items or table rows.
    const headings = readFileSync(SOURCE, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0 && l.length < 70 && !/[.:?]$/.test(l) && !/^[-|]/.test(l) && !l.includes('|'));
    expect(headings.length).toBeGreaterThanOrEqual(25);
    const declared = kb.sections.map((s) => s.heading).filter((h): h is string => h !== null);
    expect([...declared].sort()).toEqual([...headings].sort());
  });
});

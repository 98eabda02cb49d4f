/**
 * The glossary (docs/glossary.md, knowledge/glossary.json) holds: no Indonesian string the advisor
 * can show uses a variant the glossary rejects — string tables, knowledge articles (titles,
 * answers, personal templates; the visitor phrasings under "questions" are for matching and may
 * use any word), catalog labels and reasons, staffing reasons, the currency file.
 * Before the rewrite of issue #15 this test listed 300+ findings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRejected, I18N_DIR, indonesianTexts, KNOWLEDGE_FILES, loadGlossary, type Finding } from './glossary';

const glossary = loadGlossary();

describe('glossary', () => {
  it('is valid and rejects what the review found (table of known-bad strings)', () => {
    for (const bad of [
      'Untuk 30 agen Anda (lokal (on-premises))', 'kanal: suara', 'tim penjualan', 'Perkiraan (nilai umum)', 'tier standar',
      'paket esensial', 'tergantung penggunaan', '120 kursi', 'obrolan web', 'staf TI', 'Galat: x', 'telepon terukur',
      'waktu aktif', 'katakan "bandingkan"', 'biaya contact center', '$125 per agen', 'Tuas penghematan', 'Milik Anda: 40 agen',
    ]) {
      expect(findRejected(glossary, 'table', bad), bad).not.toEqual([]);
    }
    for (const good of ['Rp 150.000.000', 'US$1.350 per agen per tahun', 'on-premise', 'live chat', 'staf IT', 'Contact Center Cost Advisor', 'paket Standar', 'tim sales']) {
      expect(findRejected(glossary, 'table', good), good).toEqual([]);
    }
  });

  const tableFiles = fs.readdirSync(I18N_DIR).filter((f) => f.endsWith('.ts') && !['index.ts', 'money.ts'].includes(f));
  it.each(tableFiles)('src/i18n/%s: every Indonesian string follows the glossary', async (file) => {
    const mod = (await import(path.join(I18N_DIR, file))) as Record<string, unknown>;
    const findings: Finding[] = [];
    for (const [name, table] of Object.entries(mod)) {
      if (!table || typeof table !== 'object' || !('id' in table)) continue;
      for (const [key, text] of Object.entries((table as { id: Record<string, string> }).id)) {
        findings.push(...findRejected(glossary, `${name}.id.${key}`, text));
      }
    }
    expect(findings.map((f) => `${f.where}: "${f.match}" → ${f.use}`)).toEqual([]);
  });

  it.each(KNOWLEDGE_FILES.map((f) => path.basename(f)))('knowledge/%s: every Indonesian text follows the glossary', (name) => {
    const file = KNOWLEDGE_FILES.find((f) => path.basename(f) === name)!;
    const texts = indonesianTexts(JSON.parse(fs.readFileSync(file, 'utf8')), name);
    expect(texts.length).toBeGreaterThan(0);
    const findings = texts.flatMap((x) => findRejected(glossary, x.where, x.text));
    expect(findings.map((f) => `${f.where}: "${f.match}" → ${f.use} (${f.text})`)).toEqual([]);
  });
});

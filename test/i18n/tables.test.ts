import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

/** Every string table under src/i18n exports `{ en, id }` with the same keys and no empty sentence. */
const dir = path.resolve('src/i18n');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !['index.ts', 'money.ts'].includes(f));

describe('i18n string tables', () => {
  it('has tables to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });
  for (const file of files) {
    it(`${file}: Indonesian has exactly the English keys, none empty, same placeholders`, async () => {
      const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
      const tables = Object.values(mod).filter(
        (v): v is { en: Record<string, string>; id: Record<string, string> } =>
          typeof v === 'object' && v !== null && 'en' in v && 'id' in v,
      );
      expect(tables.length, file).toBeGreaterThan(0);
      for (const table of tables) {
        expect(Object.keys(table.id).sort()).toEqual(Object.keys(table.en).sort());
        for (const [key, en] of Object.entries(table.en)) {
          const id = table.id[key];
          expect(en.trim(), `${file} en.${key}`).not.toBe('');
          expect(id.trim(), `${file} id.${key}`).not.toBe('');
          const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
          expect(holes(id), `${file} ${key} placeholders`).toEqual(holes(en));
        }
      }
    });
  }
});

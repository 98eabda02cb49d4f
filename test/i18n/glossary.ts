/**
 * knowledge/glossary.json, validated with zod, and the scan the glossary test runs: every
 * Indonesian string the advisor can show (src/i18n/*.ts tables, knowledge/*.json texts) against
 * every rejected variant.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const ROOT = path.resolve(import.meta.dirname, '../..');

const Rejected = z
  .object({ pattern: z.string().min(1), flags: z.enum(['i']).optional(), use: z.string().min(1) })
  .strict()
  .refine((r) => {
    try {
      new RegExp(r.pattern, r.flags);
      return true;
    } catch {
      return false;
    }
  }, 'pattern must be a valid regular expression');

export const GlossarySchema = z
  .object({
    version: z.literal(1),
    note: z.string(),
    terms: z.array(z.object({ concept: z.string().min(1), en: z.string().min(1), id: z.string().min(1), rejected: z.array(Rejected).min(1) }).strict()).min(10),
  })
  .strict();
export type Glossary = z.infer<typeof GlossarySchema>;

export function loadGlossary(file = path.join(ROOT, 'knowledge/glossary.json')): Glossary {
  return GlossarySchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export type Finding = { where: string; text: string; match: string; use: string; concept: string };

/** Placeholders, CLI flags and their value lists ("--tier essential|standard|premium") are code, not prose. */
function prose(text: string): string {
  return text.replace(/\{\w+\}/g, ' ').replace(/--[\w-]+/g, ' ').replace(/\b\w+(?:\|\w+)+\b/g, ' ');
}

export function findRejected(glossary: Glossary, where: string, text: string): Finding[] {
  const out: Finding[] = [];
  const body = prose(text);
  for (const term of glossary.terms) {
    for (const r of term.rejected) {
      const m = new RegExp(r.pattern, r.flags).exec(body);
      if (m) out.push({ where, text: text.length > 140 ? `${text.slice(0, 140)}…` : text, match: m[0], use: r.use, concept: term.concept });
    }
  }
  return out;
}

/** Every Indonesian string of a value: the `id` side of every { en, id } pair, and lists of them. */
export function indonesianTexts(value: unknown, where: string, skip: ReadonlySet<string> = new Set(['questions'])): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const walk = (v: unknown, at: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const pair = 'en' in o && 'id' in o;
      for (const [k, x] of Object.entries(o)) {
        if (skip.has(k)) continue;
        if (pair && k === 'id' && typeof x === 'string') out.push({ where: `${at}.id`, text: x });
        else walk(x, `${at}.${k}`);
      }
    }
  };
  walk(value, where);
  return out;
}

export const KNOWLEDGE_FILES = ['articles.json', 'catalog.json', 'staffing.json', 'currency.json'].map((f) => path.join(ROOT, 'knowledge', f));
export const I18N_DIR = path.join(ROOT, 'src/i18n');

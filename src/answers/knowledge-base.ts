import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');
const bilingual = z.object({ en: text, id: text });
const phrasings = z.array(text).min(3, 'needs at least 3 question phrasings');

export const EntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)'),
  section: z.string().min(1),
  title: bilingual,
  questions: z.object({ en: phrasings, id: phrasings }),
  answer: bilingual,
  /**
   * Filled from the user's estimate by renderAnswer; placeholders such as {agents}, {line.storage.monthly}. Several
   * sentences: each one whose figures the estimate has is said ("mms itu mahal gak?" under an SMS-and-MMS estimate was
   * told the SMS line only).
   */
  personal: z.union([bilingual, z.array(bilingual).min(1).max(4)]).optional(),
  followUps: z.array(z.string()).max(4, 'at most 4 follow-ups (they become buttons)').default([]),
  tags: z.array(z.string().min(1)).default([]),
});

export const SectionSchema = z.object({
  id: z.string().min(1),
  /** The heading exactly as it appears in the source text; null for the advisor's own material. */
  heading: z.string().min(1).nullable(),
  title: bilingual,
});

export const KnowledgeBaseSchema = z
  .object({
    version: z.number().int().positive(),
    source: z.object({ file: z.string(), publisher: z.string(), published: z.string() }),
    sections: z.array(SectionSchema).min(1),
    entries: z.array(EntrySchema).min(1),
  })
  .superRefine((kb, ctx) => {
    const sectionIds = new Set(kb.sections.map((s) => s.id));
    const entryIds = new Set<string>();
    kb.entries.forEach((entry, i) => {
      if (entryIds.has(entry.id)) {
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `duplicate id "${entry.id}"` });
      }
      entryIds.add(entry.id);
      if (!sectionIds.has(entry.section)) {
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'section'], message: `unknown section "${entry.section}"` });
      }
    });
    kb.entries.forEach((entry, i) => {
      entry.followUps.forEach((id, j) => {
        if (!entryIds.has(id)) {
          ctx.addIssue({ code: 'custom', path: ['entries', i, 'followUps', j], message: `unknown entry id "${id}"` });
        } else if (id === entry.id) {
          ctx.addIssue({ code: 'custom', path: ['entries', i, 'followUps', j], message: 'an entry cannot follow itself' });
        }
      });
    });
  });

export type Entry = z.infer<typeof EntrySchema>;
export type Section = z.infer<typeof SectionSchema>;
export type KnowledgeBase = z.infer<typeof KnowledgeBaseSchema>;

export class KnowledgeBaseError extends Error {}

export const DEFAULT_KNOWLEDGE_FILE = path.resolve(__dirname, '../../knowledge/articles.json');

/** Names the entry by its id (not just its index) so a broken article is found at once. */
function describeIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  const p = issue.path;
  if (p[0] === 'entries' && typeof p[1] === 'number') {
    const entries = (raw as { entries?: unknown[] })?.entries;
    const id = (entries?.[p[1]] as { id?: unknown } | undefined)?.id;
    const name = typeof id === 'string' ? `"${id}"` : `#${p[1]}`;
    const field = p.slice(2).join('.') || '(entry)';
    return `entry ${name} field ${field}: ${issue.message}`;
  }
  return `${p.join('.') || '(file)'}: ${issue.message}`;
}

export function parseKnowledgeBase(raw: unknown, origin = 'knowledge base'): KnowledgeBase {
  const result = KnowledgeBaseSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.slice(0, 10).map((i) => describeIssue(raw, i));
    const more = result.error.issues.length > 10 ? ` (and ${result.error.issues.length - 10} more)` : '';
    throw new KnowledgeBaseError(`Invalid ${origin}: ${lines.join('; ')}${more}`);
  }
  return result.data;
}

const cache = new Map<string, KnowledgeBase>();

/** Reads and validates knowledge/articles.json (or `file`); the default file is read once. */
export function loadKnowledgeBase(file: string = DEFAULT_KNOWLEDGE_FILE): KnowledgeBase {
  const resolved = path.resolve(file);
  const hit = cache.get(resolved);
  if (hit) return hit;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(resolved, 'utf8'));
  } catch (err) {
    throw new KnowledgeBaseError(`Cannot read ${resolved}: ${(err as Error).message}`);
  }
  const kb = parseKnowledgeBase(raw, resolved);
  cache.set(resolved, kb);
  return kb;
}

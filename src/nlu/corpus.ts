/**
 * The labelled messages the understanding model learns from and is measured on. Files are JSON
 * lines in the corpus schema (knowledge/understanding/README.md), parsed with zod so a bad line
 * names its file and line number instead of training a broken model.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CommandSchema, ContextSchema, type Command, type Context } from './commands';

export const ExampleSchema = z.object({
  text: z.string().min(1).max(2_000),
  lang: z.enum(['en', 'id']),
  context: ContextSchema,
  commands: z.array(CommandSchema).min(1).max(12),
  class: z.string().optional(),
});
export type Example = { text: string; lang: 'en' | 'id'; context: Context; commands: Command[]; class?: string };

export class CorpusError extends Error {
  override name = 'CorpusError';
}

export function parseExamples(text: string, source: string): Example[] {
  const out: Example[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new CorpusError(`${source}:${i + 1}: not valid JSON`);
    }
    const parsed = ExampleSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CorpusError(`${source}:${i + 1}: ${issue?.path.join('.') || 'line'}: ${issue?.message}`);
    }
    out.push(parsed.data as Example);
  });
  return out;
}

export function loadExamples(file: string): Example[] {
  return parseExamples(fs.readFileSync(file, 'utf8'), path.basename(file));
}

export const UNDERSTANDING_DIR = path.resolve(__dirname, '../../knowledge/understanding');

/** FNV-1a over the normalized text: a split that never moves when lines are added or reordered. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text.toLowerCase().replace(/\s+/g, ' ').trim()) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** One in five lines of the training files is held back as the development split. */
export function isDev(example: Pick<Example, 'text' | 'context'>): boolean {
  return hash(`${example.context}|${example.text}`) % 5 === 0;
}

export type Splits = { train: Example[]; dev: Example[] };

/** Every training file under knowledge/understanding/, split into train and dev. */
export function loadSplits(dir = UNDERSTANDING_DIR): Splits {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const all = files.flatMap((f) => loadExamples(path.join(dir, f)));
  return { train: all.filter((e) => !isDev(e)), dev: all.filter((e) => isDev(e)) };
}

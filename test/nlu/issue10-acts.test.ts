/**
 * Issue #10: acts the model used to miss, read by the production interpreter. Each row failed before the
 * labelled lines in knowledge/understanding/train-issue10.jsonl (none of these texts is one of them).
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import type { Context } from '../../src/nlu/commands';

const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);
const types = (text: string, context: Context, lang: 'en' | 'id') => interpret(text, { context, lang }).commands.map((c) => c.type);

describe('asking for sales after an estimate, with no offer open', () => {
  it.each<[string, 'en' | 'id']>([
    ['sure, have sales follow up', 'en'],
    ['yes please get sales to contact me', 'en'],
    ['boleh, minta sales hubungi saya', 'id'],
    ['iya, sales boleh telpon saya', 'id'],
  ])('%s → handoff', (text, lang) => {
    expect(types(text, 'after_estimate', lang)).toEqual(['handoff']);
  });
});

describe('formal Indonesian "show the comparison" is the compare command', () => {
  it.each<[string, Context]>([
    ['Tampilkan perbandingan on-premise, cloud dan hybrid', 'start'],
    ['Tampilkan perbandingan on-premise, cloud dan hybrid', 'after_estimate'],
    ['Tolong tampilkan perbandingan biaya', 'start'],
    ['Tolong tampilkan perbandingan biaya', 'after_estimate'],
  ])('%s (%s) → compare', (text, context) => {
    expect(types(text, context, 'id')).toEqual(['compare']);
  });
});

/**
 * The visitor's own figures, read by rule (third round of testing, 2026-12-01: "we negotiated $100 per seat per
 * month for the licence", "our IT admins cost us about 11k a month each" and "switch voice to metered billing"
 * got "I am not sure what you mean" or "nothing changed"). Questions about a figure set nothing.
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import { exchangeRate } from '../../src/cost/currency';
import type { Command } from '../../src/nlu/commands';

const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);
const read = (text: string, lang: 'en' | 'id' = 'en') => interpret(text, { context: 'after_estimate', lang }).commands;
const rupiah = (n: number) => Math.round((n / exchangeRate('IDR').rate) * 100) / 100;

describe('own figures', () => {
  it.each<[string, 'en' | 'id', Command[]]>([
    ['we negotiated $100 per seat per month for the licence', 'en', [{ type: 'set', slot: 'licence_price', value: 100 }]],
    ['what if the licence was $90?', 'en', [{ type: 'set', slot: 'licence_price', value: 90 }]],
    ['our IT admins cost us about 11k a month each', 'en', [{ type: 'set', slot: 'it_cost', value: 11000 }]],
    ['change the IT administrator cost to 11000 per month', 'en', [{ type: 'set', slot: 'it_cost', value: 11000 }]],
    ['our IT guy costs $96,000 a year', 'en', [{ type: 'set', slot: 'it_cost', value: 8000 }]],
    ['gaji staf IT kami 15 juta sebulan', 'id', [{ type: 'set', slot: 'it_cost', value: rupiah(15_000_000) }]],
    ['lisensinya dapat 1,5 juta per agen per bulan', 'id', [{ type: 'set', slot: 'licence_price', value: rupiah(1_500_000) }]],
    ['our vendor charges per minute for voice, not unlimited. can you price it that way?', 'en', [{ type: 'set', slot: 'voice_billing', value: 'metered' }]],
    ['switch voice to metered billing', 'en', [{ type: 'set', slot: 'voice_billing', value: 'metered' }]],
  ])('%s', (text, lang, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });

  it.each<[string, 'en' | 'id']>([
    ['so how does $150/seat compare to your number', 'en'],
    ['Kami dapat penawaran vendor Rp 3,5 juta per agen per bulan untuk cloud contact center. Itu wajar nggak?', 'id'],
    ['how much is the licence per seat?', 'en'],
    ['what is the per-minute rate?', 'en'],
    ['it costs $100 a month', 'en'],
  ])('sets no figure: %s', (text, lang) => {
    expect(read(text, lang).some((c) => 'slot' in c && ['licence_price', 'it_cost', 'voice_billing'].includes(c.slot))).toBe(false);
  });
});

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
// (since the twenty-eighth session, 2026-12-05, a rupiah figure keeps six decimals in dollars: "Rp 750 ribu" rounded to
// cents came back as Rp 749.900)
const rupiah = (n: number) => Math.round((n / exchangeRate('IDR').rate) * 1e6) / 1e6;

describe('own figures', () => {
  it.each<[string, 'en' | 'id', Command[]]>([
    // "TI" (teknologi informasi) is Indonesian for IT: it was "not sure what you mean"
    ['Gaji administrator TI kami sekitar 12 juta', 'id', [{ type: 'set', slot: 'it_cost', value: rupiah(12_000_000) }]],
    ['we negotiated $100 per seat per month for the licence', 'en', [{ type: 'set', slot: 'licence_price', value: 100, perMonth: true }]],
    ['what if the licence was $90?', 'en', [{ type: 'set', slot: 'licence_price', value: 90 }]],
    ['our IT admins cost us about 11k a month each', 'en', [{ type: 'set', slot: 'it_cost', value: 11000 }]],
    ['change the IT administrator cost to 11000 per month', 'en', [{ type: 'set', slot: 'it_cost', value: 11000 }]],
    ['our IT guy costs $96,000 a year', 'en', [{ type: 'set', slot: 'it_cost', value: 8000 }]],
    ['gaji staf IT kami 15 juta sebulan', 'id', [{ type: 'set', slot: 'it_cost', value: rupiah(15_000_000) }]],
    ['lisensinya dapat 1,5 juta per agen per bulan', 'id', [{ type: 'set', slot: 'licence_price', value: rupiah(1_500_000), perMonth: true }]],
    // a perpetual on-premises licence is paid once (it was applied to the cloud subscription, ±Rp 0)
    ['harga lisensi on prem dari vendor kami 8 juta per agen', 'id', [{ type: 'set', slot: 'onprem_licence_price', value: rupiah(8_000_000) }]],
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

describe('the split of a hybrid center', () => {
  it.each<[string, 'en' | 'id', number]>([
    ['make 70% of the seats cloud', 'en', 0.7],
    ['70% of seats would be in the cloud, rest on prem', 'en', 0.7],
    ['set the hybrid split to 70% cloud', 'en', 0.7],
    ['porsi cloud 70%', 'id', 0.7],
    ['kalau 70% di cloud 30% on prem?', 'id', 0.7],
    ['make it 60 on-prem and 30 in cloud', 'en', 30 / 90],
  ])('%s', (text, lang, share) => {
    const c = read(text, lang);
    expect(c).toContainEqual({ type: 'set', slot: 'hybrid_cloud_share', value: share });
    expect(c).toContainEqual({ type: 'set', slot: 'deployment', value: 'hybrid' });
    expect(c.some((x) => x.type === 'relative' || (x.type === 'set' && x.slot === 'agents' && x.value === 70))).toBe(false);
  });
  it('still: "only 80% of them" scales the head count', () => {
    expect(read('only 80% of them')).toEqual([{ type: 'relative', slot: 'agents', op: 'mul', amount: 0.8 }]);
  });
});

describe('how long hardware lasts, and data that names a channel in passing', () => {
  // "Updated: horizon 3 → 7 years" and "deployment cloud → on-premises" (fourth round of testing)
  it.each<[string, 'en' | 'id', number]>([
    ['set the hardware replacement cycle to 7 years', 'en', 7],
    ['what if our hardware lasts 7 years instead of 5?', 'en', 7],
    ['our servers last 6 years', 'en', 6],
    ['siklus ganti server kami 6 tahun', 'id', 6],
  ])('%s', (text, lang, years) => {
    expect(read(text, lang)).toEqual([{ type: 'set', slot: 'hardware_years', value: years }]);
  });
  it('still: "what about over 7 years?" is the horizon', () => {
    expect(read('what about over 7 years?')).toEqual([{ type: 'set', slot: 'years', value: 7 }]);
  });
  // "Updated: removed email and web chat"
  it('"900 GB of egress a month for call recordings" changes the egress only', () => {
    expect(read('we have about 900 GB of egress a month for call recordings')).toEqual([{ type: 'set', slot: 'egress_gb', value: 900 }]);
  });
});

describe('what is no own figure (the same session\'s second look)', () => {
  // a licence of $50 and the 50 agents lost; a hybrid split of 30%; the currency switch lost
  it('"berapa harga lisensi untuk 50 agen?" asks, and sets no licence price', () => {
    expect(read('berapa harga lisensi untuk 50 agen?', 'id').some((c) => 'slot' in c && c.slot === 'licence_price')).toBe(false);
  });
  it('"katanya bisa hemat 30% di cloud?" is no hybrid split', () => {
    expect(read('katanya bisa hemat 30% di cloud?', 'id').some((c) => 'slot' in c && c.slot === 'hybrid_cloud_share')).toBe(false);
  });
  it('"tampilkan dalam rupiah dengan kurs 16.500" still switches to rupiah', () => {
    expect(read('tampilkan dalam rupiah dengan kurs 16.500', 'id')).toContainEqual({ type: 'set', slot: 'currency', value: 'IDR' });
  });
  it('"kami pakai WA untuk promosi, 20 agen, cloud" is no discount question', () => {
    expect(read('kami pakai WA untuk promosi, 20 agen, cloud', 'id').some((c) => c.type === 'ask')).toBe(false);
  });
});

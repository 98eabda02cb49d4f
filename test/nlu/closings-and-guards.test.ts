/**
 * Readings that must not depend on how a retrained model weighs a borderline message (2026-12-01, sixth session):
 * closings and pauses ("nope that's all" was "not sure what you mean", "nanti dulu deh" started the sales form),
 * thanks that is no yes ("thanks, that's clear" started the sales form after a retrain), a sales request the model
 * half-hears ("I'd like a sales call"), rupiah "M" as miliar, and what the visitor pays today.
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import { readCurrentSpend, rupiahBillions } from '../../src/nlu/interpret';
import type { Context } from '../../src/nlu/commands';

const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);
const read = (text: string, context: Context, lang: 'en' | 'id' = 'en') => interpret(text, { context, lang });

describe('closings and pauses', () => {
  it.each<[string, Context, 'en' | 'id', boolean]>([
    ["nope that's all", 'after_estimate', 'en', true],
    ["that's it, thanks", 'start', 'en', true],
    ['not now, maybe later', 'asked_deployment', 'en', true],
    ['nanti dulu deh', 'offered_sales', 'id', true],
    ['udah itu aja kak makasih', 'after_estimate', 'id', true],
    // still: an answer in a form, a real message
    ["voice and sms, that's all", 'asked_channels', 'en', false],
    ["that's all", 'asked_volumes', 'en', false],
    ['not now, but what does WFM cost?', 'after_estimate', 'en', false],
  ])('%s (%s) → goodbye %s', (text, context, lang, goodbye) => {
    expect(read(text, context, lang).goodbye ?? false).toBe(goodbye);
  });
});

describe('thanks is no yes', () => {
  it.each<[string, boolean]>([
    ["thanks, that's clear", false],
    ['ok thanks', false],
    ['yes please, thanks', true],
    ['ok sure, go ahead', true],
  ])('%s after the sales offer → yes %s', (text, yes) => {
    expect(read(text, 'offered_sales').commands.some((c) => c.type === 'yes')).toBe(yes);
  });
});

describe('a sales request', () => {
  it("I'd like a sales call", () => {
    expect(read("I'd like a sales call", 'start').commands).toEqual([{ type: 'handoff' }]);
  });
});

describe('rupiah M is miliar', () => {
  it.each<[string, 'en' | 'id', string]>([
    ['budget kita 1,5M setahun', 'id', 'budget kita 1,5 miliar setahun'],
    ['anggaran Rp 2 m per tahun', 'id', 'anggaran Rp 2 miliar per tahun'],
    // still: dollars, an English million, minutes written "5m"
    ['budget $1.5M a year', 'id', 'budget $1.5M a year'],
    ['budget 1.5M a year', 'en', 'budget 1.5M a year'],
    ['aht nya 5m', 'id', 'aht nya 5m'],
  ])('%s (%s)', (text, lang, out) => {
    expect(rupiahBillions(text, lang)).toBe(out);
  });
  it('the budget a rupiah M names', () => {
    expect(read('budget kita 1,5M setahun, cukup buat brp agen kalo voice+email di cloud?', 'start', 'id').budget).toEqual({ amount: 1_500_000_000, currency: 'IDR', per: 'year' });
  });
});

describe('what the visitor pays today', () => {
  it.each<[string, 'en' | 'id', ReturnType<typeof readCurrentSpend>]>([
    ['we pay about $90 per user right now for our phone system', 'en', { kind: 'current', amount: 90, currency: 'USD', per: 'month', perAgent: true }],
    ['Skrg kami bayar 350jt sebulan utk 80 agent', 'id', { kind: 'current', amount: 350_000_000, currency: 'IDR', per: 'month' }],
    ['our current bill is about 9k a month', 'en', { kind: 'current', amount: 9_000, currency: 'USD', per: 'month' }],
    ['kami bayar sekitar 1,2 miliar setahun', 'id', { kind: 'current', amount: 1_200_000_000, currency: 'IDR', per: 'year' }],
    // still: no amount, a question
    ['we pay per minute for voice', 'en', undefined],
    ['how much would we pay?', 'en', undefined],
  ])('%s', (text, lang, spend) => {
    expect(readCurrentSpend(text, lang)).toEqual(spend);
  });
  it('a negotiated licence is an own figure, not a yardstick', () => {
    expect(read('we negotiated $100 per seat per month for the licence', 'after_estimate').yardstick).toBeUndefined();
  });
});

/**
 * What the third round of independent testers (2026-12-01) typed and the advisor misread: head counts of two
 * groups or sites ("30 agents in london and 20 in manila" was 30), a count corrected inside the message, "a
 * couple dozen" (12), a volume said per agent after its period ("900 minutes a month each" was 900 in all), a
 * call count with its handle time in a request to price (it answered how many agents were needed), a bare
 * figure as a follow-up ("and 40?"), "pricing?" as an opening (the voice article), an acknowledgement in front
 * of a question ("ok what's the data storage line based on" got "You are welcome!") and "currently evaluating
 * cloud vs hybrid" (priced hybrid alone). Each row failed before; the rows marked "still" guard neighbours.
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import type { Command, Context } from '../../src/nlu/commands';

const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);
const read = (text: string, context: Context, lang: 'en' | 'id' = 'en') => interpret(text, { context, lang }).commands;
const agentsOf = (commands: Command[]) => commands.find((c) => (c.type === 'set' || c.type === 'correct') && c.slot === 'agents') as { value: number } | undefined;

describe('head counts', () => {
  it.each<[string, 'en' | 'id', number]>([
    ['we have two sites: 30 agents in london and 20 in manila. voice + web chat. cloud', 'en', 50],
    ['12 agents on phones and another 6 doing email and chat only. cloud', 'en', 18],
    ['30 agen di jakarta dan 15 di bandung, telepon dan WA, cloud', 'id', 45],
    ['40 agents - no wait, 45 - voice and sms, cloud', 'en', 45],
    ["we've got a couple dozen agents, need all channels, in the cloud", 'en', 24],
    // still: a split of the same agents, a task of some of them, a volume
    ['30 agents, 20 in the cloud, voice', 'en', 30],
    ['40 agents and 10 for social, cloud', 'en', 40],
    ['30 agents and 20 calls a day, voice, cloud', 'en', 30],
  ])('%s (%s) → %i agents', (text, lang, agents) => {
    expect(agentsOf(read(text, 'start', lang))?.value).toBe(agents);
  });
});

describe('volumes', () => {
  it('"900 minutes a month each" is per agent', () => {
    expect(read('our agents only do about 900 minutes a month each', 'after_estimate')).toContainEqual({ type: 'set', slot: 'minutes_month', value: 900, perAgent: true });
  });
  it('"900 minutes each month" is still a monthly total', () => {
    expect(read('we do 900 minutes each month', 'after_estimate')).toContainEqual({ type: 'set', slot: 'minutes_month', value: 900 });
  });
  it('a call count with its handle time in a request to price is the minutes, not a staffing question', () => {
    const c = read('need pricing: 30 seats, on-prem, voice only, 8000 calls/month at about 4 minutes each', 'start');
    expect(c).toContainEqual({ type: 'set', slot: 'minutes_month', value: 32000 });
    expect(c.some((x) => x.type === 'staffing')).toBe(false);
    expect(agentsOf(c)?.value).toBe(30);
  });
  it('still: a call volume and handle time with no head count asks how many agents', () => {
    expect(read('800 calls a day, 5 min AHT', 'start')[0]).toMatchObject({ type: 'staffing', volume: 800, per: 'day', aht_seconds: 300 });
  });
});

describe('follow-ups with an estimate on screen', () => {
  it.each<[string, 'en' | 'id', Command[]]>([
    ['and 40?', 'en', [{ type: 'set', slot: 'agents', value: 40 }]],
    ['what about 60', 'en', [{ type: 'set', slot: 'agents', value: 60 }]],
    ['kalau 50?', 'id', [{ type: 'set', slot: 'agents', value: 50 }]],
    ["ok what's the data storage line based on", 'en', [{ type: 'ack' }, { type: 'ask_estimate', aspect: 'line', line: 'storage' }]],
    ['ok and what about egress, why is it included', 'en', [{ type: 'ack' }, { type: 'ask_estimate', aspect: 'line', line: 'egress' }]],
    // still
    ['and 5 years?', 'en', [{ type: 'set', slot: 'years', value: 5 }]],
    ['kalo 2000 sms?', 'id', [{ type: 'set', slot: 'sms_month', value: 2000 }]],
    ['ok thanks', 'en', [{ type: 'ack' }]],
    ['makasih bgt kak', 'id', [{ type: 'ack' }]],
    ['Terima kasih atas bantuannya, Kak.', 'id', [{ type: 'ack' }]],
  ])('%s', (text, lang, expected) => {
    // (in any order: the model may hear the acknowledgement beside the question, or the rule reads it first; an "ok"
    // in front of a question may also be heard as part of it, and then no acknowledgement is read: the question is what counts)
    const got = read(text, 'after_estimate', lang);
    const asked = expected.filter((c) => c.type !== 'ack');
    if (asked.length === 0) expect(got).toEqual(expected);
    else expect(got.filter((c) => c.type !== 'ack')).toEqual(asked);
  });
});

describe('openings', () => {
  it.each(['pricing?', 'price', 'harga?', 'info harga dong'])('%s starts the estimate', (text) => {
    expect(read(text, 'start', /harga/.test(text) ? 'id' : 'en')).toEqual([{ type: 'estimate' }]);
  });
  it('"currently evaluating cloud vs hybrid" asks for the comparison, not hybrid alone', () => {
    const c = read('I manage a support team of 40. We need voice, web chat and email. Currently evaluating cloud vs hybrid.', 'start');
    expect(c).toContainEqual({ type: 'compare' });
    expect(c.some((x) => x.type === 'set' && x.slot === 'deployment')).toBe(false);
  });
  it('still: "currently on-prem Avaya, thinking hybrid" is hybrid', () => {
    expect(read('currently avaya on-prem, thinking hybrid, 40 agents voice', 'start')).toContainEqual({ type: 'set', slot: 'deployment', value: 'hybrid' });
  });
});

describe('changes and questions after a knowledge answer (Indonesian round, 2026-12-01)', () => {
  const after = (text: string, topic: string, lang: 'en' | 'id' = 'id') =>
    interpret(text, { context: 'after_estimate', lang, followUp: { topic: topic as never } }).commands;
  // the same article came back and the change was lost
  it.each<[string, string, Command[]]>([
    ['kalau pake paket basic aja?', 'cost_saving', [{ type: 'set', slot: 'tier', value: 'basic' }]],
    ['kalau cuma whatsapp aja tanpa telpon?', 'social_price', [{ type: 'set', slot: 'channels', value: ['social'] }, { type: 'remove', slot: 'channels', value: ['voice'] }]],
  ])('%s (after %s)', (text, topic, expected) => {
    expect(after(text, topic)).toEqual(expected);
  });
  it('a horizon after a knowledge answer is the comparison over it', () => {
    expect(after('kalau jangka waktunya 7 tahun, on-premise bisa lebih murah gak?', 'storage')).toContainEqual({ type: 'set', slot: 'years', value: 7 });
  });
  it.each<[string, string, string]>([
    ['and cloud?', 'onprem_pros', 'cloud_pros'],
    ['and the cons?', 'onprem_pros', 'onprem_cons'],
    ['and the downsides of cloud?', 'onprem_pros', 'cloud_cons'],
  ])('still a follow-up: %s after %s is %s', (text, topic, expected) => {
    expect(after(text, topic, 'en')).toEqual([{ type: 'ask', topic: expected }]);
  });
});

describe('relative changes said the Indonesian way', () => {
  it.each<[string, Command]>([
    ['satu setengah kali lipat dari itu?', { type: 'relative', slot: 'agents', op: 'mul', amount: 1.5 }],
    // (since the seventeenth round a change "tahun depan" is growth from year 2, priced year by year)
    ['kalau headcount naik 20% tahun depan?', { type: 'growth', fromYear: 2, op: 'pct', amount: 20 }],
    ['kalau dikurangin 10 orang?', { type: 'relative', slot: 'agents', op: 'add', amount: -10 }],
  ])('%s', (text, expected) => {
    expect(read(text, 'after_estimate', 'id')).toEqual([expected]);
  });
});

describe('commercial questions and the sales form', () => {
  // the contract length became the comparison horizon and discounts were never mentioned
  it.each<[string, 'en' | 'id']>([
    ['ada diskon kalau kontrak 2 tahun?', 'id'],
    ['does a 3-year contract get us a discount?', 'en'],
  ])('%s asks the knowledge base and changes no horizon', (text, lang) => {
    expect(read(text, 'after_estimate', lang)).toEqual([{ type: 'ask', topic: 'other' }]);
  });
  // a sole trader looped on "which company?" and could only cancel
  it.each<[string, 'en' | 'id', string]>([
    ['belum ada perusahaan, masih perorangan', 'id', 'Perorangan (tanpa perusahaan)'],
    ["just me, I'm a freelancer", 'en', 'Individual (no company)'],
  ])('%s at the company question', (text, lang, value) => {
    expect(read(text, 'asked_company', lang)).toEqual([{ type: 'set', slot: 'company', value }]);
  });
  it('still: a company name is the company', () => {
    expect(read('PT Sinar Abadi', 'asked_company', 'id')).toEqual([{ type: 'set', slot: 'company', value: 'PT Sinar Abadi' }]);
  });
});

describe('questions the knowledge base answers word for word', () => {
  // "That is already your scenario, so nothing changed": the model was unsure and the channel inferred from
  // "phone numbers" or "calling" won
  it.each(['can we keep our existing teams phone numbers?', 'does this work with microsoft teams? we use teams for all our calling'])('%s', (text) => {
    const c = read(text, 'offered_sales');
    expect(c.some((x) => x.type === 'ask')).toBe(true);
    expect(c.some((x) => 'slot' in x && x.slot === 'channels')).toBe(false);
  });
  it('still: "what about voice and sms?" changes the channels', () => {
    expect(read('what about voice and sms?', 'offered_sales')).toEqual([{ type: 'set', slot: 'channels', value: ['voice', 'sms'] }]);
  });
});

describe('questions about the lines on screen', () => {
  // the licence was explained: it comes first in the list of line names
  it('the line named first is the subject', () => {
    // (and, since 2026-12-02, what the figure stands on: the arithmetic alone did not say why, an exploratory visitor found)
    expect(read('why is data storage so expensive? thats almost as much as the licences', 'after_estimate')).toEqual([{ type: 'ask_estimate', aspect: 'line', line: 'storage' }, { type: 'ask', topic: 'storage', query: 'What does data storage cost?' }]);
  });
  // the sensitivity of every figure was shown instead of the largest line
  it.each<[string, 'en' | 'id']>([
    ['whats the biggest cost in there', 'en'],
    ["what's the largest line item?", 'en'],
    ['biaya terbesar yang mana?', 'id'],
  ])('%s asks for the largest lines', (text, lang) => {
    expect(read(text, 'after_estimate', lang)).toEqual([{ type: 'ask_estimate', aspect: 'largest' }]);
  });
});

describe('fourth round of testing (2026-12-01)', () => {
  it.each<[string, 'en' | 'id', Command[]]>([
    // an exchange rate became the head count (16,000 agents); since the fourteenth session the rate said prices the
    // totals at it (it was the general note on currencies)
    ['kurs 16000 aja', 'id', [{ type: 'ask_estimate', aspect: 'annual', fx: 16000 }]],
    // "X, bukan Y" is "X, not Y": the horizon became 3
    ['kalau 5 tahun gimana, bukan 3 tahun', 'id', [{ type: 'set', slot: 'years', value: 5 }]],
    ['40 agen, eh bukan, 45', 'id', [{ type: 'correct', slot: 'agents', value: 45 }]],
    // still a correction
    ['40 agents, no 45', 'en', [{ type: 'correct', slot: 'agents', value: 45 }]],
  ])('%s', (text, lang, expected) => {
    expect(read(text, 'after_estimate', lang)).toEqual(expected);
  });
  // the second question of the message was dropped
  it.each<[string, 'en' | 'id']>([
    ['setahun berapa? terus per agennya berapa?', 'id'],
    ["what's the annual total? and per agent?", 'en'],
  ])('%s asks for both figures', (text, lang) => {
    const got = read(text, 'after_estimate', lang);
    expect(got).toHaveLength(2);
    expect(got).toEqual(expect.arrayContaining([{ type: 'ask_estimate', aspect: 'annual' }, { type: 'ask_estimate', aspect: 'per_agent' }]));
  });
});

describe('fourth round of testing, English (2026-12-01)', () => {
  it.each<[string, Context, Command[]]>([
    // the licence in the same message as the scenario was ignored
    ['30 agents, voice, cloud, licence $80', 'start', [{ type: 'set', slot: 'agents', value: 30 }, { type: 'set', slot: 'channels', value: ['voice'] }, { type: 'set', slot: 'deployment', value: 'cloud' }, { type: 'set', slot: 'licence_price', value: 80 }]],
    // "hi, 33 agents" lost the 33
    ['hi, 33 agents', 'start', [{ type: 'set', slot: 'agents', value: 33 }, { type: 'greeting' }]],
    // only the pros came
    ['what are the pros and cons of hybrid?', 'start', [{ type: 'ask', topic: 'hybrid_pros' }, { type: 'ask', topic: 'hybrid_cons' }]],
  ])('%s', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  // "Updated: agents 15 → 125"
  it('a licence price in a question is no head count', () => {
    expect(read('why is per agent $250 when the licence is 125?', 'after_estimate').some((c) => 'slot' in c && c.slot === 'agents')).toBe(false);
  });
});

describe('undo', () => {
  it.each<[string, Context, 'en' | 'id']>([
    ['undo', 'offered_sales', 'en'],
    ['undo that', 'after_estimate', 'en'],
    ['undo that last change', 'after_estimate', 'en'],
    ['go back to the previous one', 'after_estimate', 'en'],
    ['balikin lagi dong', 'after_estimate', 'id'],
    ['kembalikan seperti semula', 'offered_sales', 'id'],
  ])('%s (%s)', (text, context, lang) => {
    expect(read(text, context, lang)).toEqual([{ type: 'undo' }]);
  });
  it('still: "go back to cloud" is a change', () => {
    expect(read('go back to cloud', 'after_estimate').some((c) => c.type === 'undo')).toBe(false);
  });
});

describe('figures of the estimate about to come, and of the one on screen', () => {
  it.each<[string, Context]>([
    ['setahun brp?', 'asked_volumes'],
    ['brp sebulan kak?', 'asked_volumes'],
    ['berapa per bulan skrg?', 'after_estimate'],
  ])('%s (%s) asks for the month and the year', (text, context) => {
    expect(read(text, context, 'id')).toEqual([{ type: 'ask_estimate', aspect: 'annual' }]);
  });
  it('still: a volume at the volumes step is a volume', () => {
    expect(read('sms 20rb sebulan', 'asked_volumes', 'id')).toEqual([{ type: 'set', slot: 'sms_month', value: 20000 }]);
  });
});

describe('savings against the scenario on screen', () => {
  // "That is already your scenario, so nothing changed", or the per-agent figure (fourth round of testing)
  it.each<[string, 'en' | 'id']>([
    ['what would we save over 3 years by going cloud?', 'en'],
    ['kalau dibanding cloud, hemat berapa persen?', 'id'],
    ['selisihnya sama yang cloud brp?', 'id'],
  ])('%s asks for the comparison', (text, lang) => {
    const c = read(text, 'after_estimate', lang);
    expect(c).toContainEqual({ type: 'compare' });
    expect(c.some((x) => x.type === 'set' && x.slot === 'deployment')).toBe(false);
  });
  it('still: "how can we save money?" asks for ways to cut the cost', () => {
    expect(read('how can we save money?', 'after_estimate')).toEqual([{ type: 'ask', topic: 'cost_saving' }]);
  });
});

describe('fifth round of testing (2026-12-01)', () => {
  it.each<[string, Context, Command[]]>([
    // SMS was removed and the handle time assumed anyway
    ['rata-rata durasi panggilan 5 menit', 'after_estimate', [{ type: 'set', slot: 'aht_seconds', value: 300 }]],
    // the per-agent figure, the 3-year total, "not sure"
    ['total per bulan berapa sekarang?', 'after_estimate', [{ type: 'ask_estimate', aspect: 'annual' }]],
    ['totalnya sebulan brp?', 'after_estimate', [{ type: 'ask_estimate', aspect: 'annual' }]],
    ['itu harga per bulan ya?', 'after_estimate', [{ type: 'ask_estimate', aspect: 'annual' }]],
    // "nothing to take back" (read as a cancel), "not understood"
    ['gak jadi, balikin', 'after_estimate', [{ type: 'undo' }]],
    ['balikin ke sebelumnya', 'after_estimate', [{ type: 'undo' }]],
    // still a cancel
    ['gak jadi', 'after_estimate', [{ type: 'cancel' }]],
  ])('%s', (text, context, expected) => {
    expect(read(text, context, 'id')).toEqual(expected);
  });
});

describe('fifth round of testing: edits that changed the wrong thing', () => {
  it.each<[string, Context, Command[]]>([
    // voice was lost
    ['eh sms nya gak jadi, ganti email aja', 'asked_deployment', [{ type: 'add', slot: 'channels', value: ['email'] }, { type: 'remove', slot: 'channels', value: ['sms'] }]],
    // 20 → 60
    ['jadiin 40 agen lagi', 'after_estimate', [{ type: 'set', slot: 'agents', value: 40 }]],
    // not understood
    ['kalau dikurangin 5 dari itu?', 'after_estimate', [{ type: 'relative', slot: 'agents', op: 'add', amount: -5 }]],
    // still
    ['tambah 10 agen lagi', 'after_estimate', [{ type: 'relative', slot: 'agents', op: 'add', amount: 10 }]],
    ['setengahnya aja', 'after_estimate', [{ type: 'relative', slot: 'agents', op: 'mul', amount: 0.5 }]],
  ])('%s', (text, context, expected) => {
    expect(read(text, context, 'id')).toEqual(expected);
  });
  // it halved the agents (25 → 13)
  it('"setengahnya aja storage nya" changes no head count', () => {
    expect(read('setengahnya aja storage nya', 'after_estimate', 'id').some((c) => c.type === 'relative' || ('slot' in c && c.slot === 'agents'))).toBe(false);
  });
});

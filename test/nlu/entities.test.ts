/**
 * The exact things interpret() reads by rule: contact details, relative changes, staffing figures,
 * corrections inside a message, another language. Table-driven; each row is one way visitors write it.
 */
import { describe, expect, it } from 'vitest';
import { findContacts } from '../../src/nlu/contact-entities';
import { readRelative, readScenario, readStaffing, readLanguageName } from '../../src/nlu/scenario-entities';
import { foreignLanguage } from '../../src/nlu/foreign';
import type { Context } from '../../src/nlu/commands';

const contacts = (text: string, context: Context) =>
  Object.fromEntries(findContacts(text, context).map((v) => [`${v.corrected ? 'correct:' : ''}${v.slot}`, v.value]));

describe('contact details', () => {
  it.each<[string, Context, Record<string, string>]>([
    ["I'm Tom, email tom@globex.com, company Globex", 'start', { name: 'Tom', email: 'tom@globex.com', company: 'Globex' }],
    ["Hi, I'm Tom Baker from Globex (tom.baker@globex.com), can someone call me on 555-123-4567?", 'start', { name: 'Tom Baker', company: 'Globex', email: 'tom.baker@globex.com', phone: '555-123-4567' }],
    ['Tom Becker, tom.becker@globex.com, Globex Corp', 'asked_name', { name: 'Tom Becker', email: 'tom.becker@globex.com', company: 'Globex Corp' }],
    ['Contact me: Priya Nair, priya.nair@zenbank.com, ZenBank, +44 20 7946 0958', 'start', { name: 'Priya Nair', email: 'priya.nair@zenbank.com', company: 'ZenBank', phone: '+44 20 7946 0958' }],
    ['+1 555 0100, mornings', 'asked_phone', { phone: '+1 555 0100', time: 'mornings' }],
    ['0821-1111-2222, tlp siang aja', 'asked_phone', { phone: '0821-1111-2222', time: 'siang' }],
    ['Saya Rudi dari CV Berkah, nomor saya 0813 2222 4455.', 'asked_name', { name: 'Rudi', company: 'CV Berkah', phone: '0813 2222 4455' }],
    ['Dengan Ibu Dewi.', 'asked_name', { name: 'Ibu Dewi' }],
    ['Saya bekerja di Bank Nusantara.', 'asked_company', { company: 'Bank Nusantara' }],
    ['fine, Contoso Ltd', 'asked_company', { company: 'Contoso Ltd' }],
    ['tom at globex dot com', 'asked_email', { email: 'tom@globex.com' }],
    ['dewi titik lestari et sentosa titik co titik id', 'asked_email', { email: 'dewi.lestari@sentosa.co.id' }],
    ["typo, it's dana@acme.io not dana@acme.oi", 'asked_email', { 'correct:email': 'dana@acme.io' }],
    ["oops, typo in my email — it's lee@contoso.com", 'asked_consent', { 'correct:email': 'lee@contoso.com' }],
    ['Michael, sorry I meant Michelle', 'asked_name', { name: 'Michael', 'correct:name': 'Michelle' }],
    ['kamis sore ya kak', 'asked_time', { time: 'kamis sore' }],
    ['n/a', 'asked_company', {}],
    ['skip', 'asked_company', {}],
    ['Can someone call me back?', 'start', {}],
    ['we have 40 agents and need a quote', 'start', {}],
  ])('%s (%s)', (text, context, expected) => {
    expect(contacts(text, context)).toEqual(expected);
  });
});

describe('relative changes', () => {
  it.each<[string, { slot: string; op: string; amount: number } | undefined]>([
    ['double the agents', { slot: 'agents', op: 'mul', amount: 2 }],
    ['half as many', { slot: 'agents', op: 'mul', amount: 0.5 }],
    ['10% more', { slot: 'agents', op: 'pct', amount: 10 }],
    ['20% fewer agents', { slot: 'agents', op: 'pct', amount: -20 }],
    ['add 5 seats', { slot: 'agents', op: 'add', amount: 5 }],
    ['and add two more', { slot: 'agents', op: 'add', amount: 2 }],
    ['kurangi 10 agen', { slot: 'agents', op: 'add', amount: -10 }],
    ['gandakan jumlah agennya', { slot: 'agents', op: 'mul', amount: 2 }],
    ['agennya dikali 3', { slot: 'agents', op: 'mul', amount: 3 }],
    ['triple the SMS volume', { slot: 'sms_month', op: 'mul', amount: 3 }],
    ['20% more calls', { slot: 'calls_month', op: 'pct', amount: 20 }],
    ['two more years', { slot: 'years', op: 'add', amount: 2 }],
    ['half cloud half on-prem', undefined],
    ['40 agents', undefined],
    // a count of something not priced is no change to a volume (was social_month +5, 2026-12-01)
    ['Total agen 45 orang ditambah 5 supervisor, voice dan WA, cloud', undefined],
    ['40 agents plus 3 managers on whatsapp', undefined],
  ])('%s', (text, expected) => {
    const found = readRelative(text)[0];
    if (expected === undefined) expect(found).toBeUndefined();
    else expect(found).toMatchObject(expected);
  });
});

describe('staffing figures', () => {
  it.each<[string, Record<string, unknown>]>([
    ['how many agents for 2000 calls per day', { volume: 2000, per: 'day' }],
    ['butuh berapa agen untuk 2000 panggilan sehari?', { volume: 2000, per: 'day' }],
    ['250 calls an hour, how many agents?', { volume: 250, per: 'hour' }],
    ['Per jam kami menerima sekitar 200 panggilan. Perlu berapa agen?', { volume: 200, per: 'hour' }],
    ['Seminggu kami menerima 7.000 panggilan', { volume: 7000, per: 'week' }],
    ['40k calls per month, AHT 4:30, 80/20 service level, 30% shrinkage', { volume: 40000, per: 'month', aht_seconds: 270, service_level: '80/20', shrinkage_pct: 30 }],
    ['800 calls/day, 5 min AHT, 80% in 30 sec', { volume: 800, per: 'day', aht_seconds: 300, service_level: '80/30' }],
  ])('%s', (text, expected) => {
    expect(readStaffing(text)).toMatchObject(expected);
  });
});

describe('scenario values with corrections', () => {
  it.each<[string, Context, unknown[]]>([
    ['voice and sms, no wait, just voice', 'asked_channels', [{ type: 'correct', slot: 'channels', value: ['voice'] }]],
    ['on-prem... no, hybrid', 'asked_deployment', [{ type: 'correct', slot: 'deployment', value: 'hybrid' }]],
    ['sorry, I meant MMS, not SMS', 'after_estimate', [{ type: 'add', slot: 'channels', value: ['mms'] }, { type: 'remove', slot: 'channels', value: ['sms'] }]],
    ['our SMS volume is about 10,000 a month', 'after_estimate', [{ type: 'set', slot: 'sms_month', value: 10000 }]],
    ['we handle 3000 web chats per month', 'after_estimate', [{ type: 'set', slot: 'chat_month', value: 3000 }]],
    ['email sebulan 4rb', 'after_estimate', [{ type: 'set', slot: 'email_month', value: 4000 }]],
    ['AI-nya tidak jadi', 'after_estimate', [{ type: 'set', slot: 'ai', value: false }]],
    ['0', 'asked_agents', [{ type: 'set', slot: 'agents', value: 0 }]],
  ])('%s (%s)', (text, context, expected) => {
    expect(readScenario(text, context, false).commands).toEqual(expected);
  });
});

describe('other languages', () => {
  it.each<[string, string | undefined]>([
    ['Hola, ¿cuánto cuesta un centro de contacto para 30 agentes con voz y SMS en la nube?', 'es'],
    ['Bonjour, combien coûte un centre de contact pour 20 agents?', 'fr'],
    ['Wie viel kostet ein Contact Center für 50 Agenten?', 'de'],
    ['呼叫中心多少钱?', 'zh'],
    ['コンタクトセンターの費用はいくらですか', 'ja'],
    ['40 agents, voice and SMS, in the cloud', undefined],
    ['40 agen, telepon dan SMS, di cloud', undefined],
    ['gracias', undefined],
  ])('%s', (text, code) => {
    expect(foreignLanguage(text)).toBe(code);
  });

  it.each<[string, string]>([
    ['can you speak Spanish?', 'es'],
    ['pakai bahasa Inggris saja', 'en'],
    ['bisa bahasa Jepang?', 'ja'],
  ])('%s names %s', (text, code) => {
    expect(readLanguageName(text)).toBe(code);
  });
});

// "jam operasional 08.00-17.00 senin-sabtu" after a staffing answer was taken as a phone number and a time
// for sales (fifth round of testing, 2026-12-01)
describe('opening hours as a clock range and a day range', () => {
  it.each<[string, Record<string, number> | undefined]>([
    ['jam operasional 08.00-17.00 senin-sabtu', { open_hours: 9, open_days: 6 }],
    ['open 8am to 6pm monday to friday', { open_hours: 10, open_days: 5 }],
    ['buka jam 8 sampai jam 5 sore, senin sampai jumat', { open_hours: 9, open_days: 5 }],
    ['20-30 agents', undefined],
  ])('%s', (text, expected) => {
    const read = readStaffing(`1000 calls a month ${text}`);
    if (expected) expect(read).toMatchObject(expected);
    else expect(read?.open_hours).toBeUndefined();
  });
});

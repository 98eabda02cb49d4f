/**
 * Readings found wrong by the fourteenth round of exploratory visitors (the first of the eighth 2026-12-02 session;
 * helpers who never saw the code or the corpora). Every "fixed" row failed before its fix; the "still" rows are the
 * neighbours the fix must leave alone.
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import type { Command, Context } from '../../src/nlu/commands';

const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);
const read = (text: string, context: Context, lang: 'en' | 'id' = 'en') => interpret(text, { context, lang });
const commandsOf = (text: string, context: Context, lang: 'en' | 'id' = 'en') => read(text, context, lang).commands;

describe('sixteenth round: values', () => {
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: 1 agent (the tier's number)
    ['12 tier-1 agents with voice in the cloud', 'after_estimate', 'en',
      [{ type: 'set', slot: 'agents', value: 12 }, { type: 'add', slot: 'channels', value: ['voice'] }, { type: 'set', slot: 'deployment', value: 'cloud' }, { type: 'estimate' }]],
    // fixed: the agent count rose by 11%
    ['Kalau ditambah PPN 11% jadi berapa per bulan?', 'after_estimate', 'id', [{ type: 'ask_estimate', aspect: 'tax', rate: 0.11 }]],
    // still
    ['what if we cut 10% of agents', 'after_estimate', 'en', [{ type: 'relative', slot: 'agents', op: 'pct', amount: -10 }, { type: 'estimate' }]],
    // fixed: 120 on-premises agents became 60 in the cloud; a 70% share became all-cloud
    ['what if we moved half to cloud', 'after_estimate', 'en', [{ type: 'set', slot: 'deployment', value: 'hybrid' }, { type: 'set', slot: 'hybrid_cloud_share', value: 0.5 }]],
    ['Bagaimana kalau 70% di cloud?', 'after_estimate', 'id', [{ type: 'set', slot: 'deployment', value: 'hybrid' }, { type: 'set', slot: 'hybrid_cloud_share', value: 0.7 }]],
    ['setengahnya pindah ke cloud', 'after_estimate', 'id', [{ type: 'set', slot: 'deployment', value: 'hybrid' }, { type: 'set', slot: 'hybrid_cloud_share', value: 0.5 }]],
    // still
    ['half the agents', 'after_estimate', 'en', [{ type: 'relative', slot: 'agents', op: 'mul', amount: 0.5 }]],
    // fixed: the rate in cents was dropped (the default $0.015 kept); the licence figure per agent was not understood
    ['our vendor charges per minute not unlimited, about 1.2 cents', 'after_estimate', 'en', [{ type: 'set', slot: 'minute_price', value: 0.012 }, { type: 'set', slot: 'voice_billing', value: 'metered' }]],
    ['use 165 per agent for the license', 'after_estimate', 'en', [{ type: 'set', slot: 'licence_price', value: 165 }]],
    // still: a head count on the licence is a head count
    ['we have 50 agents on the licence', 'after_estimate', 'en', [{ type: 'set', slot: 'agents', value: 50 }]],
    // fixed: "admin CS" were not agents (the head count was asked again); the price question drew the rollout article
    ['gan mau nanya, toko online saya ada 5 admin CS, pake chat sm email doang. kira2 brp sebulan kalo cloud?', 'start', 'id',
      [{ type: 'set', slot: 'agents', value: 5 }, { type: 'set', slot: 'channels', value: ['webchat', 'email'] }, { type: 'set', slot: 'deployment', value: 'cloud' }, { type: 'estimate' }]],
    // fixed: the company went to sales as "Sons Plumbing"
    ['Raj Patel, raj.patel@gmail.com, Patel & Sons Plumbing', 'asked_name', 'en',
      [{ type: 'set', slot: 'email', value: 'raj.patel@gmail.com' }, { type: 'set', slot: 'name', value: 'Raj Patel' }, { type: 'set', slot: 'company', value: 'Patel & Sons Plumbing' }]],
    // fixed: the label went to sales as part of the time
    ['Waktu yang cocok hari Selasa atau Rabu pukul 10.00-12.00 WIB', 'asked_time', 'id', [{ type: 'set', slot: 'time', value: 'hari Selasa atau Rabu pukul 10.00-12.00 WIB' }]],
  ])('%s (%s)', (text, context, lang, expected) => {
    expect(commandsOf(text, context, lang)).toEqual(expected);
  });

  it('fixed: "5 min avg" is the handle time (5.5 minutes were assumed)', () => {
    const staffing = commandsOf('we get 800 calls per day, 5 min avg, open 7 days 8am-8pm. how many staff do i need', 'start').find((c) => c.type === 'staffing');
    expect(staffing).toMatchObject({ volume: 800, per: 'day', aht_seconds: 300 });
  });
});

describe('sixteenth round: what is asked', () => {
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: "I am not sure about that" (the linking word threw the model off)
    ['jadi yg paling murah yg mana?', 'offered_sales', 'id', [{ type: 'compare' }]],
    // fixed: "not sure what you mean" ("actually" in front)
    ['actually can you delete everything you have on me', 'after_estimate', 'en', [{ type: 'privacy' }]],
    // still: a linking word before a value keeps the value
    ['actually 40', 'asked_agents', 'en', [{ type: 'set', slot: 'agents', value: 40 }]],
    // fixed: no handoff (the scenario alone was read)
    ['30 agents cloud voice, can sales call me?', 'start', 'en',
      [{ type: 'handoff' }, { type: 'set', slot: 'agents', value: 30 }, { type: 'set', slot: 'channels', value: ['voice'] }, { type: 'set', slot: 'deployment', value: 'cloud' }]],
    // fixed: the tier was not switched
    ['and if we go premium instead?', 'after_estimate', 'en', [{ type: 'set', slot: 'tier', value: 'premium' }]],
    // still
    ['what if we go with the cheapest tier', 'after_estimate', 'en', [{ type: 'set', slot: 'tier', value: 'basic' }]],
    // fixed: the estimate form; "That is already your scenario"
    // (thirty-ninth session: what an agent is paid is the article on pay levels, which says the source has none)
    ['what does a call center agent cost per hour?', 'start', 'en', [{ type: 'ask', topic: 'staffing_costs', query: 'What is a typical agent salary?' }]],
    ['so what would 25 agents cost in wages roughly', 'after_estimate', 'en', [{ type: 'ask', topic: 'staffing_costs', query: 'are agent salaries included in the estimate?' }]],
    // still: the IT line
    ["what's the IT admin salary assumption?", 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'line', line: 'it_staff' }]],
    // fixed: a thank-you that offered sales again
    ['no thanks to sales, just browsing', 'start', 'en', [{ type: 'no' }]],
    // fixed: "skip the phone" (the form went on); "outside what I know"
    ["no, I don't want to be contacted actually", 'asked_phone', 'en', [{ type: 'cancel' }]],
    ['not yet, let me check with my boss first', 'asked_consent', 'en', [{ type: 'no' }]],
    // fixed: the asterisk was never explained
    ['what does the * mean', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'assumptions' }]],
    // fixed: the storage line came with this chat's privacy notice
    ['kok storage nya 18 juta? emang nyimpen apa aja?', 'after_estimate', 'id', [{ type: 'ask_estimate', aspect: 'line', line: 'storage' }]],
    // fixed: this chat's privacy notice; the cloud figures; the vendor's uptime claims
    ['kalo pake cloud datanya di luar negeri gak?', 'after_estimate', 'id', [{ type: 'ask', topic: 'other', query: 'Data nasabah bisa tetap di dalam negeri?' }]],
    ['Apakah rekaman panggilan bisa disimpan di data center di Indonesia?', 'after_estimate', 'id', [{ type: 'ask', topic: 'other', query: 'Data nasabah bisa tetap di dalam negeri?' }]],
    // fixed: the deployment table
    ['Vendor mana yang Anda rekomendasikan, Genesys atau Avaya?', 'start', 'id', [{ type: 'ask', topic: 'other', query: 'sebaiknya pilih provider yang mana?' }]],
    // still: a deployment named is the deployment question
    ['we have an avaya on prem, which is better, stay or move to cloud?', 'after_estimate', 'en', [{ type: 'ask', topic: 'which_deployment' }]],
    // fixed: only the cloud total; a cloud estimate alone
    ['Kalau dari sisi biaya 3 tahun, mana yang lebih murah?', 'after_estimate', 'id', [{ type: 'set', slot: 'years', value: 3 }, { type: 'compare' }]],
    ['Hi, I run ops at a 120 seat insurance call centre. voice + email. currently on prem, thinking of moving to cloud. can you compare over 5 years?', 'start', 'en',
      // (the "greeting" beside it came with the thirteenth session's retrain; beside other commands the decision does nothing with it)
      // (since the fiftieth session, 2026-12-07, the platform run today is owned though a move is weighed: staying is not
      // priced as buying it again)
      [{ type: 'set', slot: 'agents', value: 120 }, { type: 'set', slot: 'channels', value: ['voice', 'email'] }, { type: 'set', slot: 'deployment', value: 'cloud' }, { type: 'set', slot: 'years', value: 5 }, { type: 'greeting' }, { type: 'set', slot: 'owned', value: true }, { type: 'compare' }]],
    // still: the first year keeps its year-by-year reading
    ['which is cheapest in the first year?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'by_year' }]],
    // fixed: "which line?"
    ['Berapa biaya sekali bayarnya (capex) tadi dan apa saja isinya?', 'after_estimate', 'id', [{ type: 'ask_estimate', aspect: 'line', line: 'total' }]],
  ])('%s (%s)', (text, context, lang, expected) => {
    // a greeting beside other commands changes nothing the decision does, and comes and goes with retrains (gone again
    // in the thirty-fourth session's): it is left out of the comparison
    const besides = (cs: Command[]) => (cs.length > 1 ? cs.filter((c) => c.type !== 'greeting') : cs);
    expect(besides(commandsOf(text, context, lang))).toEqual(besides(expected));
  });

  it('fixed: a deletion citing the law is an erasure, not the regulations answer', () => {
    const r = read('Sesuai UU PDP, saya minta data pribadi saya dihapus dari sistem Anda.', 'after_estimate', 'id');
    expect(r.commands).toEqual([{ type: 'privacy' }]);
    expect(r.privacyAbout).toBe('erase');
  });

  it('fixed: the data-protection law is a regulation question (it got the downtime answer)', () => {
    const ask = commandsOf('Bagaimana dengan UU Pelindungan Data Pribadi?', 'start', 'id').find((c) => c.type === 'ask');
    expect(ask).toMatchObject({ query: 'Datanya disimpan di server dalam negeri?' });
  });

  it('fixed: "and if volume goes up 20%?" after a staffing answer changes its volume', () => {
    const r = interpret('and if volume goes up 20%?', { context: 'offered_sales', lang: 'en', followUp: { staffing: true } });
    expect(r.commands).toEqual([{ type: 'staffing_adjust', volume_factor: 1.2 }]);
  });

  it('fixed: "whats the downside" after what hybrid is asks about hybrid (cloud\'s came)', () => {
    const r = interpret('whats the downside', { context: 'start', lang: 'en', followUp: { topic: 'hybrid_pros' } });
    expect(r.commands).toEqual([{ type: 'ask', topic: 'hybrid_cons' }]);
    const q = interpret('and the upsides?', { context: 'start', lang: 'en', followUp: { question: 'what is a hybrid contact center' } });
    expect(q.commands).toEqual([{ type: 'ask', topic: 'hybrid_pros' }]);
  });

  it('fixed: the staffing question that also asks the cost prices the head count in the same turn', () => {
    expect(commandsOf('~30k calls a month, AHT 4.5 min, open 9-5 weekdays. how many agents and what would it cost in the cloud?', 'start'))
      .toContainEqual({ type: 'price_staffing' });
    expect(commandsOf('how many agents for 2000 calls a day?', 'start')).not.toContainEqual({ type: 'price_staffing' });
  });

  it('fixed: a quote judged "wajar gak?" carries no vague question beside it', () => {
    const r = read('a vendor quoted us $150 per agent per month for 40 seats, voice and chat. is that fair?', 'start');
    expect(r.yardstick).toMatchObject({ kind: 'quote', amount: 150 });
    expect(r.commands.some((c) => c.type === 'ask')).toBe(false);
  });

  // fixed: "Berapa biaya IVR?" started the estimate form; the other two were questions already, which the new IVR entry
  // answers (see test/conversations/sixteenth-round.test.ts)
  it.each<[string, 'en' | 'id']>([
    ['Berapa biaya IVR?', 'id'],
    ['how much is an IVR?', 'en'],
  ])('%s is a knowledge question', (text, lang) => {
    expect(commandsOf(text, 'start', lang)).toEqual([{ type: 'ask', topic: 'other' }]);
  });
  // (since the thirty-fourth session a term asked short is looked up as what it is: "And IVR?" after the voice price got
  // the voice price again)
  it('Dan IVR? is what IVR is', () => {
    expect(commandsOf('Dan IVR?', 'start', 'id')).toEqual([{ type: 'ask', topic: 'other', query: 'Apa itu IVR?' }]);
  });
});

describe('sixteenth round: more of what is asked', () => {
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: a cost-over-time answer
    ['which one is better for a bank with strict compliance', 'after_estimate', 'en', [{ type: 'ask', topic: 'security', query: 'which one is better for a bank with strict compliance' }]],
    // fixed: "Did you mean one of these?" beside the estimate
    // (a whole scenario is priced with or without an "estimate" heard beside it: the eleventh session's retrain dropped it)
    ['morning! can you email me this estimate? 30 agents voice sms cloud', 'start', 'en',
      // (the estimate heard beside the request since the twenty-second session's retraining: priced, then offered by email)
      // (and gone again with the twenty-third session's, back with the twenty-ninth's: a whole scenario is priced either way)
      [{ type: 'set', slot: 'agents', value: 30 }, { type: 'set', slot: 'channels', value: ['voice', 'sms'] }, { type: 'set', slot: 'deployment', value: 'cloud' }, { type: 'estimate' }, { type: 'greeting' }, { type: 'send_estimate' }]],
    // fixed: only the estimate came
    ['quick one - why is data storage so expensive in your estimate? 30 agents voice cloud', 'start', 'en',
      [{ type: 'set', slot: 'agents', value: 30 }, { type: 'set', slot: 'channels', value: ['voice'] }, { type: 'set', slot: 'deployment', value: 'cloud' }, { type: 'estimate' }, { type: 'ask_estimate', aspect: 'line', line: 'storage' }]],
    // fixed: on-premises alone, no judgement
    ['my boss wants to know if 15 agents on prem even makes sense. voice only', 'start', 'en',
      [{ type: 'set', slot: 'agents', value: 15 }, { type: 'set', slot: 'channels', value: ['voice'] }, { type: 'set', slot: 'deployment', value: 'onPremises' }, { type: 'compare' }]],
    // still: understood, nothing asked
    ['ok makes sense, thx', 'after_estimate', 'en', [{ type: 'ack' }]],
    // fixed: the estimate form asked for the channels
    // (the sixteenth 2026-12-03 session: WFM priced for the 50 agents on its own, still with no form, by design)
    ['Berapa biaya WFM untuk 50 agen per bulan?', 'start', 'id', [{ type: 'ask', topic: 'wfm', priced: { line: 'wfm', agents: 50, alone: true } }]],
    // still: an estimate with WFM
    ['how much would 50 agents with WFM cost in the cloud, voice?', 'start', 'en',
      [{ type: 'set', slot: 'agents', value: 50 }, { type: 'set', slot: 'channels', value: ['voice'] }, { type: 'set', slot: 'deployment', value: 'cloud' }, { type: 'set', slot: 'wfm', value: true }, { type: 'estimate' }]],
    // fixed: "not understood"
    ['bisa bantu bikinin script buat CS gak kak?', 'start', 'id', [{ type: 'out_of_scope' }]],
    // still
    ['buatkan estimasi 20 agen cloud telepon', 'start', 'id',
      [{ type: 'set', slot: 'agents', value: 20 }, { type: 'set', slot: 'channels', value: ['voice'] }, { type: 'set', slot: 'deployment', value: 'cloud' }, { type: 'estimate' }]],
    // fixed: the security article
    ['ok thanks. who are you guys anyway, which vendor is behind this?', 'after_estimate', 'en', [{ type: 'ack' }, { type: 'ask', topic: 'other', query: 'What is this advisor?' }]],
    // fixed: the storage line (the 2 TB downloaded were lost)
    ['Kalau kami mengunduh 2 TB rekaman per bulan, berapa biayanya?', 'after_estimate', 'id', [{ type: 'set', slot: 'egress_gb', value: 2000 }]],
  ])('%s (%s)', (text, context, lang, expected) => {
    expect(commandsOf(text, context, lang)).toEqual(expected);
  });

  it('fixed: an NPV discount rate is no vendor discount', () => {
    const cmds = commandsOf('give me a 5 year TCO cloud vs on-prem for 250 agents voice, NPV at 8% discount rate please', 'start');
    expect(cmds).toContainEqual({ type: 'compare' });
    expect(cmds.some((c) => c.type === 'ask')).toBe(false);
  });

  it('fixed: "what service level is that based on" after a staffing answer shows it again ("not sure what you mean")', () => {
    expect(interpret('what service level is that based on', { context: 'offered_sales', lang: 'en', followUp: { staffing: true } }).commands).toEqual([{ type: 'staffing_adjust' }]);
  });
});

/** The fifteenth round of exploratory visitors (the second of the eighth 2026-12-02 session). */
describe('sixteenth round, second visitors', () => {
  const staffingOf = (text: string, lang: 'en' | 'id' = 'en') => commandsOf(text, 'start', lang).find((c) => c.type === 'staffing');
  it('fixed: "6 min 30 sec" is 390 seconds (0.5 min: 2 agents for 800 calls a day)', () => {
    expect(staffingOf('we get 800 calls per day, AHT is 6 min 30 sec, open 10 hours, want 90% answered in 30 secs. how many ppl do we need'))
      .toMatchObject({ aht_seconds: 390, service_level: '90/30', open_hours: 10 });
  });
  it('fixed: "layanan 24 jam setiap hari" is open 24 hours, 7 days (8 hours, 5 days were assumed)', () => {
    expect(staffingOf('Rumah sakit kami menerima 3.000 panggilan per hari, layanan 24 jam setiap hari, durasi rata-rata 4 menit. Berapa agen yang dibutuhkan?', 'id'))
      .toMatchObject({ volume: 3000, per: 'day', aht_seconds: 240, open_hours: 24, open_days: 7 });
  });
  it('fixed: "how many counselors do we need" and "do we even need that many agents?" are staffing questions', () => {
    expect(staffingOf('we are a nonprofit crisis line, open 24/7, about 150 calls a day, calls last 15 min on average. how many counselors do we need'))
      .toMatchObject({ volume: 150, per: 'day', aht_seconds: 900, open_hours: 24, open_days: 7 });
    expect(commandsOf('IT lead here. 45 agents voice, we only get about 500 calls a day. do we even need that many agents? avg call 4 min', 'start'))
      .toEqual([{ type: 'staffing', volume: 500, per: 'day', aht_seconds: 240 }]);
  });
  it('fixed: the staffing answer carries no voice-price article the message never asked for', () => {
    expect(commandsOf('we get 800 calls per day, AHT is 6 min 30 sec, open 10 hours, want 90% answered in 30 secs. how many ppl do we need', 'start').some((c) => c.type === 'ask')).toBe(false);
    expect(commandsOf('kak, kami terima sekitar 2.000 telpon per hari, jam operasional 08.00-20.00 senin-sabtu. butuh brp agen ya?', 'start', 'id').some((c) => c.type === 'ask')).toBe(false);
  });
  it.each<[string, Command]>([
    // fixed: the deployment question came
    ['Kalau volume naik 20%, butuh berapa agen?', { type: 'staffing_adjust', volume_factor: 1.2 }],
    // fixed: the same answer word for word
    ['Shrinkage kami sekitar 35%.', { type: 'staffing_adjust', shrinkage_pct: 35 }],
    // fixed: a volume of 80 calls a month ("80% panggilan")
    // (twenty-ninth session: a service open 24 hours is open every day too, unless the days are said)
    ['Jam operasional 24 jam. Target 80% panggilan dijawab dalam 20 detik.', { type: 'staffing_adjust', service_level: '80/20', open_hours: 24, open_days: 7 }],
  ])('after a staffing answer: %s', (text, expected) => {
    expect(interpret(text, { context: 'start', lang: 'id', followUp: { staffing: true } }).commands).toEqual([expected]);
  });
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: "plus $0.012" added 0.012 minutes, and the 90k minutes were lost
    ['our current vendor quote: $140/agent/month licence, 50 agents, voice + sms, plus $0.012/min for calls. we do around 90k minutes a month', 'start', 'en',
      [{ type: 'set', slot: 'agents', value: 50 }, { type: 'set', slot: 'channels', value: ['sms', 'voice'] }, { type: 'set', slot: 'minutes_month', value: 90000 },
        { type: 'set', slot: 'minute_price', value: 0.012 }, { type: 'set', slot: 'voice_billing', value: 'metered' }, { type: 'set', slot: 'licence_price', value: 140, perMonth: true }]],
    // fixed: 30 agents, all in the cloud
    ['we would have 30 agents onsite and 10 remote in the cloud, voice only. what would that cost', 'after_estimate', 'en',
      // (with an estimate on screen the change reprices it, with or without an "estimate" heard beside it)
      [{ type: 'set', slot: 'agents', value: 40 }, { type: 'set', slot: 'deployment', value: 'hybrid' }, { type: 'set', slot: 'hybrid_cloud_share', value: 0.25 }, { type: 'set', slot: 'channels', value: ['voice'] }]],
    // fixed: a cloud total alone
    ['Hi, I manage a BPO, about 200 agents on voice, sms and email, currently on prem. thinking about moving to cloud. what would we save over 5 yrs?', 'start', 'en',
      // (owned since the fiftieth session, 2026-12-07: what they save is held against staying on what they run)
      [{ type: 'set', slot: 'agents', value: 200 }, { type: 'set', slot: 'channels', value: ['voice', 'sms', 'email'] }, { type: 'set', slot: 'deployment', value: 'cloud' }, { type: 'set', slot: 'years', value: 5 }, { type: 'set', slot: 'owned', value: true }, { type: 'compare' }]],
    // fixed: the licence article
    ['what would a 3 year contract cost total', 'after_estimate', 'en', [{ type: 'set', slot: 'years', value: 3 }, { type: 'ask_estimate', aspect: 'horizon_total' }]],
    // fixed: "not understood" ("admin" only counted before "CS")
    ['eh salah, 5 admin', 'after_estimate', 'id', [{ type: 'correct', slot: 'agents', value: 5 }]],
    // still: the IT admins are the IT line
    ['we have 2 IT admins', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'line', line: 'it_staff' }]],
    // fixed: AI prices
    ['apakah percakapan ini dipakai untuk melatih AI?', 'start', 'id', [{ type: 'privacy' }]],
    // still
    ['how much does AI cost?', 'start', 'en', [{ type: 'ask', topic: 'ai' }]],
    // still a knowledge question, which the staffing article now answers (the new phrasings of that entry made the model
    // read it as the salaries topic until a rule kept it)
    ['Apa itu shrinkage?', 'start', 'id', [{ type: 'ask', topic: 'other' }]],
    ['what does AHT stand for?', 'start', 'en', [{ type: 'ask', topic: 'other' }]],
    // still: a removal that saves shows its saving, no article on saving
    ['could we save by dropping social?', 'offered_sales', 'en', [{ type: 'remove', slot: 'channels', value: ['social'] }]],
  ])('%s (%s)', (text, context, lang, expected) => {
    expect(commandsOf(text, context, lang)).toEqual(expected);
  });
  it('fixed: "paying about 4k a month" is what they pay now (the comparison with it never came)', () => {
    expect(read('we have 15 agents on zoom contact center paying about 4k a month total, would switching be cheaper?', 'start').yardstick).toEqual({ kind: 'current', amount: 4000, currency: 'USD', per: 'month' });
  });
});

describe('sixteenth round: the cost per call', () => {
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: the calls were stored, "±$0"
    ['whats the cost per call if we do 30k calls a month', 'after_estimate', 'en', [{ type: 'set', slot: 'calls_month', value: 30000 }, { type: 'ask_estimate', aspect: 'per_call' }]],
    ['biaya per panggilan jadi berapa?', 'offered_sales', 'id', [{ type: 'ask_estimate', aspect: 'per_call' }]],
    // still: the price of a call in general
    ['how much does one call cost?', 'start', 'en', [{ type: 'ask', topic: 'call_cost' }]],
  ])('%s (%s)', (text, context, lang, expected) => {
    expect(commandsOf(text, context, lang)).toEqual(expected);
  });
});

describe('sixteenth round: a quarter, a line per agent, the servers\' life', () => {
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: the figure per agent
    ['kalau dibagi per kuartal jadi brp?', 'after_estimate', 'id', [{ type: 'ask_estimate', aspect: 'annual', quarter: true }]],
    ['WFM nya brp per agen?', 'after_estimate', 'id', [{ type: 'ask_estimate', aspect: 'line', line: 'wfm' }]],
    // fixed: how the estimate works in general
    ['Server diganti setiap berapa tahun dalam perhitungan Anda?', 'after_estimate', 'id', [{ type: 'ask_estimate', aspect: 'line', line: 'hardware' }]],
    // still
    ['what is that per agent?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'per_agent' }]],
  ])('%s (%s)', (text, context, lang, expected) => {
    expect(commandsOf(text, context, lang)).toEqual(expected);
  });
});

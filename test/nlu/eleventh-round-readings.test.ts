/**
 * Readings that exploratory visitors of the seventh round (helpers who never saw the code or the corpora, 2026-12-02,
 * fourth session) found wrong, with the neighbours each fix must leave alone. Every "fixed" row failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import { detectLanguage } from '../../src/nlu/language';
import { foreignLanguage } from '../../src/nlu/foreign';
import { findContacts } from '../../src/nlu/contact-entities';
import { ContactSchema } from '../../src/handoff/lead-schema';
import type { Command, Context } from '../../src/nlu/commands';

const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);
const read = (text: string, context: Context, lang: 'en' | 'id' = 'en') => interpret(text, { context, lang });
const commandsOf = (text: string, context: Context, lang: 'en' | 'id' = 'en') => read(text, context, lang).commands;

describe('seventh round: scenario edits', () => {
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: set the head count to 5
    ['take off 5 seats', 'after_estimate', 'en', [{ type: 'relative', slot: 'agents', op: 'add', amount: -5 }]],
    ['knock off 3 agents', 'after_estimate', 'en', [{ type: 'relative', slot: 'agents', op: 'add', amount: -3 }]],
    // fixed: every channel but SMS was removed
    ['kalo sms nya kita hapus jadi brp', 'after_estimate', 'id', [{ type: 'remove', slot: 'channels', value: ['sms'] }]],
    // fixed: MMS was added instead of removed
    ['Media sosialnya hapus saja, MMS juga.', 'after_estimate', 'id', [{ type: 'remove', slot: 'channels', value: ['social', 'mms'] }]],
    ['drop social, and mms too', 'after_estimate', 'en', [{ type: 'remove', slot: 'channels', value: ['social', 'mms'] }]],
    // still: an added channel with "too" is added; a new sentence is its own
    ['add sms, mms too', 'after_estimate', 'en', [{ type: 'add', slot: 'channels', value: ['sms', 'mms'] }]],
    ['hapus sosmed, tambah email juga', 'after_estimate', 'id', [{ type: 'add', slot: 'channels', value: ['email'] }, { type: 'remove', slot: 'channels', value: ['social'] }]],
    // fixed: voice was removed and the SMS volume kept
    ['and if sms is more like 500/agent?', 'after_estimate', 'en', [{ type: 'set', slot: 'sms_month', value: 500, perAgent: true }]],
    ['and sms volume is maybe 2k/mo total', 'after_estimate', 'en', [{ type: 'set', slot: 'sms_month', value: 2000 }]],
    // fixed: 30 agents were priced
    ['we have 30 agents... wait no, 35 actually. voice only. cloud', 'start', 'en', [{ type: 'correct', slot: 'agents', value: 35 }, { type: 'correct', slot: 'channels', value: ['voice'] }, { type: 'correct', slot: 'deployment', value: 'cloud' }]],
    // fixed: the IT cost became the Rp 148 juta the visitor complained about; the question got the agents' salaries
    // (since the twenty-eighth session, 2026-12-05, a rupiah figure keeps six decimals in dollars)
    ['Biaya staf IT Rp 148 juta per orang per bulan itu terlalu tinggi untuk Indonesia. Gaji admin IT kami sekitar Rp 15 juta per bulan. Bisa disesuaikan?', 'after_estimate', 'id', [{ type: 'set', slot: 'it_cost', value: 909.090909 }]],
    ['bisa pake angka gaji IT 15jt sebulan?', 'after_estimate', 'id', [{ type: 'set', slot: 'it_cost', value: 909.090909 }]],
    ['your IT admin at $12k a month is too high. ours cost 6k a month', 'after_estimate', 'en', [{ type: 'set', slot: 'it_cost', value: 6000 }]],
    // fixed: a voice price answer and the method came instead of the estimate
    ['price it again', 'after_estimate', 'en', [{ type: 'estimate' }]],
    ['redo the numbers', 'after_estimate', 'en', [{ type: 'estimate' }]],
  ])('%s (%s)', (text, context, lang, expected) => {
    expect(commandsOf(text, context, lang)).toEqual(expected);
  });
  it('fixed: "tambah 25 saja, bukan 50" replaces the last step (325 instead of 275)', () => {
    expect(commandsOf('Sebenarnya tambah 25 saja, bukan 50.', 'after_estimate', 'id')).toEqual([{ type: 'relative', slot: 'agents', op: 'add', amount: 25, instead: true }]);
  });
  it('still: "tambah 5 agen lagi" adds to the last step', () => {
    expect(commandsOf('tambah 5 agen lagi', 'after_estimate', 'id')).toEqual([{ type: 'relative', slot: 'agents', op: 'add', amount: 5 }]);
  });
  it('fixed: a deployment named in the reason for the choice is no comparison ("hybrid cause some stuff must stay on site")', () => {
    const cmds = commandsOf('can u price 35 seats voice and chat? we need hybrid cause some stuff must stay on site', 'start');
    expect(cmds).toContainEqual({ type: 'set', slot: 'deployment', value: 'hybrid' });
    expect(cmds.some((c) => c.type === 'compare')).toBe(false);
  });
  it('still: "compare cloud and on prem because we are unsure" compares', () => {
    expect(commandsOf('compare cloud and on prem because we are unsure', 'start')).toEqual([{ type: 'compare' }]);
  });
  it.each<[string, Context, number]>([
    // fixed: the SMS volume said with the scenario was dropped for the preset
    ['healthcare clinics, 42 agents, voice, sms reminders ~8k/mo, cloud', 'start', 8000],
    ['mau estimasi 300 agent, voice + email + chat, cloud. SMS blast 100rb/bulan juga ya', 'start', 100_000],
  ])('%s keeps its SMS volume', (text, context, sms) => {
    expect(commandsOf(text, context, /mau/.test(text) ? 'id' : 'en')).toContainEqual({ type: 'set', slot: 'sms_month', value: sms });
  });
});

describe('seventh round: budgets and quotes', () => {
  it('fixed: "can we get it under 100k/yr" is a budget, not 100,000 agents', () => {
    const r = read('can we get it under 100k/yr', 'after_estimate');
    expect(r.commands.some((c) => 'slot' in c && c.slot === 'agents')).toBe(false);
    expect(r.budget).toEqual({ amount: 100_000, currency: 'USD', per: 'year' });
  });
  it('fixed: "250k/yr" quoted is a year\'s figure (it was held against the month)', () => {
    expect(read('we got a quote from genesys-ish vendor: 250k/yr for 90 agents cloud, voice email chat. sound right?', 'start').yardstick).toMatchObject({ kind: 'quote', amount: 250_000, per: 'year' });
  });
});

describe('seventh round: sales declined in so many words', () => {
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: each started the sales form, or was not understood
    ['nah no sales thx', 'offered_sales', 'en', [{ type: 'no' }]],
    ['i dont need to talk to sales', 'offered_sales', 'en', [{ type: 'no' }]],
    ['oke, ga usah dihubungi sales ya', 'offered_sales', 'id', [{ type: 'no' }]],
    ['nggak usah sales, makasih', 'offered_sales', 'id', [{ type: 'no' }]],
    ['belum mau dihubungi sales ya', 'offered_sales', 'id', [{ type: 'no' }]],
    // (a no since the sixteenth round, so that the reply does not offer sales again)
    ['nah no sales thx', 'after_estimate', 'en', [{ type: 'no' }]],
    ['Saya mau tanya-tanya dulu saja, belum mau dihubungi sales ya.', 'start', 'id', [{ type: 'ack' }]],
    // still
    ['talk to sales', 'offered_sales', 'en', [{ type: 'handoff' }]],
    ['mau dihubungi sales', 'offered_sales', 'id', [{ type: 'handoff' }]],
  ])('%s (%s)', (text, context, lang, expected) => {
    expect(commandsOf(text, context, lang)).toEqual(expected);
  });
  it.each<[string, Context]>([
    // fixed: the name question came again
    ['no actually nevermind, not now', 'asked_name'],
    ['actually no, I changed my mind', 'asked_name'],
    ['actually no, I changed my mind', 'asked_phone'],
    ['nvm', 'asked_time'],
  ])('%s leaves the contact form (%s)', (text, context) => {
    expect(commandsOf(text, context)).toEqual([{ type: 'cancel' }]);
  });
  it('still: "later today" is a preferred time, "nanti sore aja" too', () => {
    expect(commandsOf('later today', 'asked_time')).toEqual([{ type: 'set', slot: 'time', value: 'later today' }]);
    expect(commandsOf('nanti sore aja', 'asked_time', 'id')).toEqual([{ type: 'set', slot: 'time', value: 'nanti sore' }]);
  });
});

describe('seventh round: language', () => {
  it('fixed: "per agent per mo?" is not Italian', () => {
    expect(foreignLanguage('per agent per mo?')).toBeUndefined();
  });
  it('fixed: "across 2 sites" keeps an English message English', () => {
    expect(detectLanguage('retail, 200 agents across 2 sites, voice, hybrid', 'en')).toBe('en');
    expect(detectLanguage('kami punya 3 site', 'id')).toBe('id');
  });
  it('still: an Italian sentence is Italian', () => {
    expect(foreignLanguage('quanto costa per 30 agenti con il cloud?')).toBe('it');
  });
});

describe('seventh round: questions about the estimate on screen', () => {
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: the storage article, business continuity and the list of assumptions came instead of the line
    ['is recording storage extra', 'offered_sales', 'en', [{ type: 'ask_estimate', aspect: 'line', line: 'storage' }]],
    ['listrik sama ruang servernya diitung gak?', 'offered_sales', 'id', [{ type: 'ask_estimate', aspect: 'line', line: 'facility' }]],
    ['Apakah estimasi di atas sudah termasuk biaya recording storage?', 'offered_sales', 'id', [{ type: 'ask_estimate', aspect: 'line', line: 'storage' }]],
    // fixed: the definition of hybrid and the pros of on-premises came instead of the figures
    ['what if we go hybrid?', 'offered_sales', 'en', [{ type: 'ask_estimate', aspect: 'other_deployment', deployment: 'hybrid' }]],
    ['how about on-prem', 'offered_sales', 'en', [{ type: 'ask_estimate', aspect: 'other_deployment', deployment: 'onPremises' }]],
    // fixed: the cons of cloud came instead of the comparison for the scenario
    ['mending cloud gak sih?', 'offered_sales', 'id', [{ type: 'compare' }]],
    // fixed: the three-year total came
    ['total first yr?', 'offered_sales', 'en', [{ type: 'ask_estimate', aspect: 'first_year' }]],
    // fixed: the comparison and the saving levers came instead of the change
    ['could we save by dropping social?', 'offered_sales', 'en', [{ type: 'remove', slot: 'channels', value: ['social'] }]],
    ['lebih hemat kalo sms dihapus?', 'offered_sales', 'id', [{ type: 'remove', slot: 'channels', value: ['sms'] }]],
    // fixed: not understood
    ['use 40', 'offered_sales', 'en', [{ type: 'set', slot: 'agents', value: 40 }]],
    ['go with 40 agents', 'offered_sales', 'en', [{ type: 'set', slot: 'agents', value: 40 }]],
    ['do you share my numbers w anyone', 'after_estimate', 'en', [{ type: 'privacy' }]],
    // fixed: agent staffing and the drawbacks of on-premises came instead of how the line counts them
    ['how many IT staff do we need for on-prem?', 'offered_sales', 'en', [{ type: 'ask_estimate', aspect: 'line', line: 'it_staff', deployment: 'onPremises' }]],
    ['Berapa server yang dibutuhkan dan spesifikasinya?', 'offered_sales', 'id', [{ type: 'ask_estimate', aspect: 'line', line: 'hardware', deployment: 'onPremises' }]],
    // fixed: the list of assumptions came; "seems too good" changed nothing; not understood
    // (since the eighteenth session: what the estimate on screen leaves out is said from it, with the hidden costs named)
    ['whats not included in this estimate?', 'offered_sales', 'en', [{ type: 'ask_estimate', aspect: 'included' }]],
    ['Apa saja yang belum termasuk dalam estimasi ini?', 'offered_sales', 'id', [{ type: 'ask_estimate', aspect: 'included' }]],
    ['is voice really included in the licence? seems too good', 'offered_sales', 'en', [{ type: 'ask', topic: 'voice_price' }]],
    ['Tidak, terima kasih. Saya hanya butuh angka untuk proposal internal.', 'offered_sales', 'id', [{ type: 'no' }]],
    // still: a line named is that line
    ['is storage not included?', 'offered_sales', 'en', [{ type: 'ask_estimate', aspect: 'line', line: 'storage' }]],
    // still: a knowledge topic named with a deployment asks the topic; "sip" is no SIP trunk
    ['oke sip. AI biasanya dihitung per percakapan ya?', 'offered_sales', 'id', [{ type: 'ask', topic: 'ai' }]],
    ['how can we save money?', 'offered_sales', 'en', [{ type: 'ask', topic: 'cost_saving' }]],
  ])('%s (%s)', (text, context, lang, expected) => {
    expect(commandsOf(text, context, lang)).toEqual(expected);
  });
  it('fixed: "and per year?" after an estimate with the cons of cloud is the estimate\'s year (the cons came again)', () => {
    expect(interpret('and per year?', { context: 'offered_sales', lang: 'en', followUp: { topic: 'cloud_cons', question: 'what are the cons of cloud?' } }).commands).toEqual([{ type: 'ask_estimate', aspect: 'annual' }]);
  });
  it('still: "and per month?" after the SMS price is about the SMS price', () => {
    expect(interpret('and per month?', { context: 'start', lang: 'en', followUp: { topic: 'sms_price' } }).commands).toEqual([{ type: 'ask', topic: 'sms_price' }]);
  });
  it('fixed: "what if its 18k/mo" after a quote retells the quote with that amount', () => {
    expect(read('what if its 18k/mo', 'offered_sales').yardstickRetold).toEqual({ amount: 18_000, currency: 'USD', per: 'month' });
  });
  it('fixed: "so are we overpaying or not" holds the last figure against the estimate again', () => {
    expect(read('so are we overpaying or not', 'offered_sales').budgetCheck).toBe(true);
  });
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: the same erase offer came again
    ['yes erase', 'after_estimate', 'en', [{ type: 'erase_conversation' }]],
    ['ya hapus aja', 'after_estimate', 'id', [{ type: 'erase_conversation' }]],
    // still: a question about erasing gets the answer with the button
    ['udah kehapus belum?', 'after_estimate', 'id', [{ type: 'privacy' }]],
    ['can you delete it?', 'after_estimate', 'en', [{ type: 'privacy' }]],
  ])('%s right after the privacy answer', (text, context, lang, expected) => {
    expect(interpret(text, { context, lang, followUp: { privacy: true } }).commands).toEqual(expected);
  });
});

describe('seventh round: openings, staffing, language, people', () => {
  it.each<[string, 'en' | 'id', Command[]]>([
    // fixed: not understood, or the pros and cons table
    ['we want to set up a small call center', 'en', [{ type: 'estimate' }]],
    ['we are planning a new contact center for our clinic', 'en', [{ type: 'estimate' }]],
    ['what does it cost to set up a call center?', 'en', [{ type: 'estimate' }]],
    ['halo kak, sy punya toko online, mau bikin call center kecil', 'id', [{ type: 'greeting' }, { type: 'estimate' }]],
    // still
    ['is a call center cheaper than a contact center?', 'en', [{ type: 'ask', topic: 'call_vs_contact_center' }]],
  ])('%s', (text, lang, expected) => {
    expect(commandsOf(text, 'start', lang)).toEqual(expected);
  });
  it('fixed: "undecided … compare all three" beside a scenario compares (the deployment question came again)', () => {
    expect(commandsOf('Untuk 80 agen, channel telepon dan live chat di website, kami belum memutuskan deployment. Mohon dibandingkan ketiganya.', 'asked_agents', 'id')).toEqual([
      { type: 'set', slot: 'agents', value: 80 }, { type: 'set', slot: 'channels', value: ['voice', 'webchat'] }, { type: 'compare' },
    ]);
  });
  it.each<[string, 'en' | 'id', Record<string, number>]>([
    // fixed: 5 open days were assumed
    ['we get ~1.2k calls/day, aht about 6 min, open 10 hrs, 6 days. how many agents', 'en', { open_hours: 10, open_days: 6 }],
    ['butuh berapa agen untuk 3000 panggilan per hari, rata-rata 4 menit, jam operasional 24 jam 7 hari', 'id', { open_hours: 24, open_days: 7 }],
  ])('%s', (text, lang, expected) => {
    expect(commandsOf(text, 'start', lang)[0]).toMatchObject({ type: 'staffing', ...expected });
  });
  it('fixed: "open 6 days" after a staffing answer adjusts it (it became 6 calls a month)', () => {
    expect(interpret('we are open 6 days', { context: 'after_estimate', lang: 'en', followUp: { staffing: true } }).commands).toEqual([{ type: 'staffing_adjust', open_days: 6 }]);
  });
  it.each<[string, 'en' | 'id', 'en' | 'id']>([
    // fixed: answered in Indonesian / in English "not sure what you mean"
    ['berapa biaya contact center untuk 40 agen, voice dan email, cloud? in english please', 'id', 'en'],
    ['Can you answer in Bahasa Indonesia? Kami perlu estimasi contact center.', 'en', 'id'],
    // still: a country is no language
    ['we have 30 agents in indonesia', 'en', 'en'],
  ])('%s replies in the language asked for', (text, current, expected) => {
    expect(read(text, 'start', current).lang).toBe(expected);
  });
  it.each<[string, Context, 'en' | 'id']>([
    // fixed: the estimate-first choice came again
    ['I said human, not a bot', 'offered_sales', 'en'],
    ['Saya ingin berbicara dengan manusia saja, bukan bot.', 'start', 'id'],
  ])('%s goes straight to the contact details', (text, context, lang) => {
    expect(commandsOf(text, context, lang)).toEqual([{ type: 'handoff' }, { type: 'skip' }]);
  });
});

describe('seventh round: contact details', () => {
  const contacts = (text: string, context: Context) => Object.fromEntries(findContacts(text, context).map((c) => [c.slot, c.value]));
  it.each<[string, Context, Record<string, string>]>([
    // fixed: the company was dropped and asked again
    ['Nama saya Hendra Wijaya, jabatan Head of Customer Care, PT Telekomunikasi Nusantara.', 'asked_name', { name: 'Hendra Wijaya', company: 'PT Telekomunikasi Nusantara' }],
    ['Nama: Sri Wahyuni, Kepala Divisi Layanan Nasabah, Bank Sinar Mas Syariah', 'asked_name', { name: 'Sri Wahyuni', company: 'Bank Sinar Mas Syariah' }],
    // fixed: the time went to sales as the company
    ['Kamis sore setelah jam 2', 'asked_company', { time: 'Kamis sore setelah jam 2' }],
    // fixed: cut to "afternoons" and "sore"; a separator kept in front
    ['afternoons work best, pacific time', 'asked_time', { time: 'afternoons, pacific time' }],
    ['sore aja abis jam 3', 'asked_time', { time: 'sore abis jam 3' }],
    ['/ jam 10 pagi WIB', 'asked_time', { time: 'jam 10 pagi WIB' }],
    // fixed: a lower-case self-introduction named nobody (both were asked again in the sales form)
    ['hi im priya from northgate health, 28 agents voice + web chat, cloud', 'start', { name: 'priya', company: 'northgate health' }],
    ['this is dan from globex', 'start', { name: 'dan', company: 'globex' }],
    // still: "I'm calling from …", "im working from home" introduce nobody
    ["i'm calling from acme, need a quote", 'start', {}],
    ['im working from home', 'start', {}],
    // still
    ['Morning Star', 'asked_company', { company: 'Morning Star' }],
    ['sore aja', 'asked_company', { time: 'sore' }],
  ])('%s (%s)', (text, context, expected) => {
    expect(contacts(text, context)).toEqual(expected);
  });
  it.each(['021-8753487 ext 112', '(021) 7501524 ext. 3302', '+1 (415) 555-0193 x12'])('fixed: an office line with its extension is a phone number: %s', (phone) => {
    expect(ContactSchema.shape.phone.safeParse(phone).success).toBe(true);
  });
  it('still: letters are no phone number', () => {
    expect(ContactSchema.shape.phone.safeParse('call me maybe').success).toBe(false);
  });
});

describe('seventh round: servers already there', () => {
  it.each<[string, 'en' | 'id', true | 'servers' | 'licence']>([
    // fixed: the licences and the voice gateways were written off with the servers
    ['kalo server nya pake yg udah ada di kantor gimana, gak usah beli baru', 'id', 'servers'],
    ['Server kami sudah ada, jadi tidak perlu beli hardware baru. Apakah bisa dikeluarkan dari perhitungan?', 'id', 'servers'],
    ['we already have the servers', 'en', 'servers'],
    // still: a platform owned is all of it
    ['we already own the avaya pbx and servers', 'en', true],
    // (the forty-first session reads the licences alone as owned: servers and gateways are still bought)
    ['our licences are already paid for', 'en', 'licence'],
  ])('%s', (text, lang, owned) => {
    expect(commandsOf(text, 'after_estimate', lang)).toEqual([{ type: 'set', slot: 'owned', value: owned }]);
  });
});

describe('seventh round: regulations and totals said up front', () => {
  it('fixed: "do u have a hipaa compliant option?" asks what the source says about regulations (not understood)', () => {
    expect(commandsOf('do u have a hipaa compliant option? clinics', 'start')).toEqual([{ type: 'ask', topic: 'security', query: 'Where will our customer data be stored?' }]);
  });
  it.each<[string, 'en' | 'id']>([
    // fixed: only the month and the year were shown
    ['total biaya 5 tahun kedepan kalo cloud 10 agen telpon brp?', 'id'],
    ['whats the total cost over 5 years for 30 agents voice cloud', 'en'],
  ])('%s answers the total over those years', (text, lang) => {
    const cmds = commandsOf(text, 'start', lang);
    expect(cmds).toContainEqual({ type: 'set', slot: 'years', value: 5 });
    expect(cmds).toContainEqual({ type: 'ask_estimate', aspect: 'horizon_total' });
  });
});

describe('eighth round (after the fixes above): more readings', () => {
  const contacts = (text: string, context: Context) => Object.fromEntries(findContacts(text, context).map((c) => [c.slot, c.value]));
  it.each<[string, Context, Record<string, string>]>([
    // fixed: the name went to sales as "Tuesday afternoon", the time as "thinking cloud. Can someone call me Tuesday afternoon"
    ['Hi, Tom Becker from Acme Dental Group, tom@acmedental.com, 555-201-8890. We have 9 front desk people taking calls, thinking cloud. Can someone call me Tuesday afternoon?', 'start',
      { name: 'Tom Becker', company: 'Acme Dental Group', email: 'tom@acmedental.com', phone: '555-201-8890', time: 'Tuesday afternoon' }],
    // fixed: "time is weekday mornings Pacific"
    ["I'd like to talk to sales. I'm Priya Raman, priya.raman@northwindlogistics.com, Northwind Logistics, +1 415 555 0132, best time is weekday mornings Pacific", 'start',
      { name: 'Priya Raman', company: 'Northwind Logistics', email: 'priya.raman@northwindlogistics.com', phone: '+1 415 555 0132', time: 'weekday mornings Pacific' }],
    // fixed: neither was taken, and the sales form asked both again
    ['saya dr. Hendra, direktur RS Harapan Sehat, minta dihubungi sales utk diskusi contact center', 'start', { name: 'dr. Hendra', company: 'RS Harapan Sehat' }],
    ['Selamat sore, saya Andreas dari bagian pengadaan PT Sinar Logistik. Kami perlu angka untuk RAB: 22 agen, telepon, SMS dan email, cloud.', 'start', { name: 'Andreas', company: 'PT Sinar Logistik' }],
  ])('%s', (text, context, expected) => {
    expect(contacts(text, context)).toEqual(expected);
  });
  it('fixed: a call asked for with the details to make it is the handoff (only the estimate came)', () => {
    expect(commandsOf('Hi, Tom Becker from Acme Dental Group, tom@acmedental.com, 555-201-8890. We have 9 front desk people taking calls, thinking cloud. Can someone call me Tuesday afternoon?', 'start')).toContainEqual({ type: 'handoff' });
  });
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: web chat was removed
    ['ok thanks, not interested in sales calls btw', 'offered_sales', 'en', [{ type: 'no' }]],
    // fixed: the servers were taken as already owned
    ['what if we keep servers for 7 years instead of replacing them', 'after_estimate', 'en', [{ type: 'set', slot: 'hardware_years', value: 7 }]],
    // fixed: not understood
    // (a no since the sixteenth round: "You are welcome! … or a chat with sales?" offered sales again)
    ['no thanks to sales, just browsing', 'after_estimate', 'en', [{ type: 'no' }]],
    ['gak usah kak, makasih', 'after_estimate', 'id', [{ type: 'ack' }]],
    // fixed: the head count was asked again, and the channels said with it dropped
    ['Selamat siang, kami klinik gigi kecil, cuma 3 admin yg angkat telp', 'start', 'id', [{ type: 'set', slot: 'agents', value: 3 }, { type: 'set', slot: 'channels', value: ['voice'] }, { type: 'greeting' }]],
    // (volunteers are agents since the fifth 2026-12-02 session, and the calls they answer are the voice channel)
    // (and, since the twenty-second session, the cheapest setup asked for is the essentials tier with the deployments compared)
    ["we're a nonprofit hotline, 5 volunteers answering calls. cheapest possible setup?", 'start', 'en', [{ type: 'set', slot: 'agents', value: 5 }, { type: 'set', slot: 'channels', value: ['voice'] }, { type: 'set', slot: 'tier', value: 'basic' }, { type: 'compare' }]],
  ])('%s (%s)', (text, context, lang, expected) => {
    expect(commandsOf(text, context, lang)).toEqual(expected);
  });
  it('still: "cuma 5 orang yg pegang email" beside an estimate is no new head count', () => {
    expect(commandsOf('cuma 5 orang yg pegang email', 'after_estimate', 'id').some((c) => 'slot' in c && c.slot === 'agents' && c.type === 'set')).toBe(false);
  });
});

describe('eighth round: more about the estimate on screen', () => {
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: the largest costs of the estimate's own deployment came
    ["what's the biggest line item on the on-prem side", 'offered_sales', 'en', [{ type: 'ask_estimate', aspect: 'largest', deployment: 'onPremises' }]],
    // fixed: the other deployment's side came
    // (since the twenty-sixth session, 2026-12-05, asked in the side's own words: both sides named pulled the knowledge
    // base to the other side's article)
    ['apa kekurangan on premise dibanding cloud?', 'start', 'id', [{ type: 'ask', topic: 'onprem_cons', query: 'Apa kekurangan on-premise?' }]],
    ['cons of cloud vs on prem', 'start', 'en', [{ type: 'ask', topic: 'cloud_cons', query: 'What are the drawbacks of cloud?' }]],
    // fixed: WFM was added; the estimate came again
    // (since the fifteenth 2026-12-03 session an add-on asked about this way is marked so a missing one is said missing)
    ['what about wfm, is workforce management included?', 'offered_sales', 'en', [{ type: 'ask_estimate', aspect: 'line', line: 'wfm', included: true }]],
    ['is AI included?', 'offered_sales', 'en', [{ type: 'ask_estimate', aspect: 'line', line: 'ai', included: true }]],
    // fixed: "already your scenario"; not understood; "which line?"
    ['how much is the AI part per month', 'offered_sales', 'en', [{ type: 'ask_estimate', aspect: 'line', line: 'ai' }]],
    ['how much are the integrations', 'offered_sales', 'en', [{ type: 'ask_estimate', aspect: 'line', line: 'integrations' }]],
    ['how much is that upfront vs monthly', 'offered_sales', 'en', [{ type: 'ask_estimate', aspect: 'first_year' }]],
    // fixed: not understood at the optional step
    ['whats that per month?', 'asked_volumes', 'en', [{ type: 'ask_estimate', aspect: 'annual' }]],
    // still
    ['add wfm', 'offered_sales', 'en', [{ type: 'set', slot: 'wfm', value: true }]],
  ])('%s (%s)', (text, context, lang, expected) => {
    expect(commandsOf(text, context, lang)).toEqual(expected);
  });
  it('fixed: a quote checked carries no security or uptime article ("vendor" drew them)', () => {
    const r = read('vendor kasih quote Rp 45.000.000 per bulan utk 12 agen cloud telp+email, wajar gak?', 'start', 'id');
    expect(r.yardstick).toMatchObject({ kind: 'quote', amount: 45_000_000 });
    expect(r.commands.some((c) => c.type === 'ask')).toBe(false);
  });
  it('fixed: "kalo vendor B Rp 6jt per agen?" retells the quote per agent', () => {
    expect(read('kalo vendor B Rp 6jt per agen?', 'offered_sales', 'id').yardstickRetold).toEqual({ amount: 6_000_000, currency: 'IDR', per: 'month', perAgent: true });
  });
  it('fixed: "jadi quote vendor lebih mahal atau lebih murah?" holds the quote again (the saving levers came)', () => {
    const r = read('jadi quote vendor lebih mahal atau lebih murah?', 'offered_sales', 'id');
    expect(r.budgetCheck).toBe(true);
    expect(r.commands.some((c) => c.type === 'ask' && c.topic === 'cost_saving')).toBe(false);
  });
});

describe('eighth round: openings and privacy follow-ups', () => {
  it.each<[string, 'en' | 'id', Command[]]>([
    // fixed: a greeting only, then the menu
    // (the greeting is no longer heard beside the request since the twenty-second session's retraining; the estimate is)
    // (the greeting heard beside it since the twenty-third session's retrain: the same reply)
    // (the greeting not heard since the twenty-eighth session's retrain, 2026-12-05: the estimate alone opens with the
    // welcome, which greets)
    // (heard again since the thirty-second session's retrain, 2026-12-05: "Halo, salam kenal!" and the head count asked)
    ['Selamat pagi Bapak/Ibu, kami dari Koperasi Simpan Pinjam ingin mengetahui biaya contact center', 'id', [{ type: 'greeting' }, { type: 'estimate' }]],
    ['I want to know the cost of a contact center', 'en', [{ type: 'estimate' }]],
    // fixed: the storage price, and "outside what I know"
    ['setahun brp ya?', 'id', [{ type: 'estimate' }]],
    ['how much per year?', 'en', [{ type: 'estimate' }]],
    // still
    ['what costs the most in a contact center?', 'en', [{ type: 'ask', topic: 'biggest_cost' }]],
    ['sms per bulan brp?', 'id', [{ type: 'ask', topic: 'sms_price' }]],
  ])('%s', (text, lang, expected) => {
    expect(commandsOf(text, 'start', lang)).toEqual(expected);
  });
  it('fixed: "dipake buat apa aja?" right after a privacy answer is about the visitor\'s data (not understood)', () => {
    expect(interpret('dipake buat apa aja?', { context: 'start', lang: 'id', followUp: { privacy: true } }).commands).toEqual([{ type: 'privacy' }]);
  });
});

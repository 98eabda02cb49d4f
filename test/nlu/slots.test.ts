import { describe, expect, it } from 'vitest';
import { extractSlots, NluInputError, type Channel, type Extraction, type Intent, type Slot } from '../../src/nlu/index';

type Expect = Omit<Partial<Extraction>, 'intents'> & {
  /** intents that must be present */
  intents?: Intent[];
  /** intents that must be absent */
  notIntents?: Intent[];
  /** no slot at all may be filled */
  empty?: boolean;
};
type Row = [utterance: string, expecting: Slot | undefined, expected: Expect];

const SLOT_KEYS = [
  'agents', 'agentsRejected', 'channels', 'deployment', 'compareAll', 'volumes', 'voiceBilling', 'addOns', 'tier', 'years',
] as const;

/** Arrays compared as sets: the order channels are named in does not matter. */
function canon(value: unknown): unknown {
  if (Array.isArray(value)) return [...value].map(canon).sort();
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canon(v)]));
  }
  return value;
}

function check([utterance, expecting, expected]: Row) {
  const got = extractSlots(utterance, { expecting });
  const { intents, notIntents, empty, ...slots } = expected;
  for (const [key, value] of Object.entries(slots)) {
    expect(canon(got[key as keyof Extraction]), `${key} of "${utterance}"`).toEqual(canon(value));
  }
  for (const intent of intents ?? []) expect(got.intents, `intents of "${utterance}"`).toContain(intent);
  for (const intent of notIntents ?? []) expect(got.intents, `intents of "${utterance}"`).not.toContain(intent);
  if (empty) {
    const filled = SLOT_KEYS.filter((k) => got[k] !== undefined);
    expect(filled, `slots filled by "${utterance}"`).toEqual([]);
  }
}

const ch = (add: Channel[], remove: Channel[] = [], extra: { all?: boolean; only?: boolean } = {}) => ({ add, remove, ...extra });

describe('agent counts', () => {
  const rows: Row[] = [
    ['40', 'agents', { agents: 40 }],
    ['40 agents', undefined, { agents: 40 }],
    ['We have 40 agents', undefined, { agents: 40 }],
    ['about 1,200 seats', undefined, { agents: 1200 }],
    ['1.200 agen', undefined, { agents: 1200 }],
    ['kami punya 1.200 agen', undefined, { agents: 1200, lang: 'id' }],
    ['forty five agents', undefined, { agents: 45 }],
    ['forty-five', 'agents', { agents: 45 }],
    ['twelve hundred users', undefined, { agents: 1200 }],
    ['two thousand reps', undefined, { agents: 2000 }],
    ['empat puluh lima', 'agents', { agents: 45 }],
    ['empat puluh lima orang', undefined, { agents: 45 }],
    ['seratus agen', undefined, { agents: 100 }],
    ['seribu dua ratus kursi', undefined, { agents: 1200 }],
    ['sebelas', 'agents', { agents: 11 }],
    ['dua belas staf', undefined, { agents: 12 }],
    ['5k agents', undefined, { agents: 5000 }],
    ['1.2k seats', undefined, { agents: 1200 }],
    ['around 40 seats', undefined, { agents: 40 }],
    ['approximately 40', 'agents', { agents: 40 }],
    ['um, like 40ish agents', undefined, { agents: 40 }],
    ['40-50 agents', undefined, { agents: 50 }],
    ['between 40 and 50 people', undefined, { agents: 50 }],
    ['antara 40 dan 50 orang', undefined, { agents: 50 }],
    ['40 or 50', 'agents', { agents: 50 }],
    ['we\'re a team of 60', undefined, { agents: 60 }],
    ['Roughly 35 full-time support agents', undefined, { agents: 35 }],
    ['40 call center agents', undefined, { agents: 40 }],
    ['we run 25 licences today', undefined, { agents: 25 }],
    ['sekitar 40 orang CS', undefined, { agents: 40 }],
    ['40 CS', undefined, { agents: 40 }],
    ['ada 30 operator', undefined, { agents: 30 }],
    ['kira-kira 50 pengguna', undefined, { agents: 50 }],
    ['agents: 75', undefined, { agents: 75 }],
    ['number of agents is 75', undefined, { agents: 75 }],
    ['jumlah agen 75', undefined, { agents: 75 }],
    ['make it 80 agents', undefined, { agents: 80 }],
    ['80 instead', undefined, { agents: 80 }],
    ['ganti jadi 80 agen', undefined, { agents: 80 }],
    ['make it 60', undefined, { agents: 60 }],
    ['for 60', undefined, { agents: 60 }],
    ['60 please', 'agents', { agents: 60 }],
    ['how much for 40 agents?', undefined, { agents: 40, intents: ['estimate'] }],
    ['What would 120 seats with voice and SMS cost in the cloud?', undefined, { agents: 120, channels: ch(['voice', 'sms']), deployment: 'cloud', intents: ['estimate'] }],
    ['AGENTS 40!!!', undefined, { agents: 40 }],
    ['40 agnets', undefined, { agents: 40 }],
    ['We have 100,000 agents', undefined, { agents: 100000 }],
    ['Oh about fifty', 'agents', { agents: 50 }],
    ['just one', 'agents', { agents: 1 }],
    ['a hundred', 'agents', { agents: 100 }],
    ['not 40, 60 agents', undefined, { agents: 60 }],
    ['60 agents instead of 40', undefined, { agents: 60 }],
    ['tim kami 25 orang', undefined, { agents: 25 }],
    ['agennya 30', undefined, { agents: 30 }],
    ["I think we're at like 40, maybe 45 agents by next year", undefined, { agents: 45 }],
    ['Our 50-person team', undefined, { agents: 50 }],
    ['a 40 seat contact center', undefined, { agents: 40, channels: undefined }],
    ['kami ada 3 cabang dengan total 90 agen', undefined, { agents: 90 }],
    ['berapa biaya untuk 100 agen di cloud?', undefined, { agents: 100, deployment: 'cloud', intents: ['estimate'] }],
    ['kalau 80 agen gimana?', undefined, { agents: 80, notIntents: ['question'] }],
    ['What if we had 200 agents?', undefined, { agents: 200, notIntents: ['question'] }],
    ['Can you do 60 instead?', undefined, { agents: 60, notIntents: ['question'] }],
    ['actually 55', undefined, { agents: 55 }],
    ['tiga puluh', 'agents', { agents: 30 }],
    ['dua ribu lima ratus agen', undefined, { agents: 2500 }],
    ['up to 100 agents', undefined, { agents: 100 }],
    ['at least 40 agents', undefined, { agents: 40 }],
    ['between 10-20 seats', undefined, { agents: 20 }],
    ['10 - 20', 'agents', { agents: 20 }],
    ['from 40 to 60 agents', undefined, { agents: 60 }],
    ['40 users plus 5 supervisors', undefined, { agents: 40 }],
    ['1 agent', undefined, { agents: 1 }],
    ['a dozen', 'agents', { agents: 12 }],
    ['2 dozen agents', undefined, { agents: 24 }],
    ['Hmm, 40 I guess', 'agents', { agents: 40 }],
    ['kami 40 orang', undefined, { agents: 40 }],
    ['good morning, we are 30 agents', undefined, { agents: 30, intents: ['greeting'] }],
  ];
  it.each(rows)('%s (expecting %s)', (...row) => check(row as Row));
});

describe('numbers that are not agent counts', () => {
  const rows: Row[] = [
    ['we get 5,000 calls a month', undefined, { agents: undefined, volumes: { callsPerMonth: 5000 } }],
    ['we get 5,000 calls a month', 'agents', { agents: undefined, agentsRejected: undefined, volumes: { callsPerMonth: 5000 } }],
    ['10,000 SMS a month', undefined, { agents: undefined, volumes: { smsPerMonth: 10000 } }],
    ['10k text messages monthly', undefined, { volumes: { smsPerMonth: 10000 } }],
    ['10 ribu SMS sebulan', undefined, { agents: undefined, volumes: { smsPerMonth: 10000 } }],
    ['200 calls a day', undefined, { volumes: { callsPerMonth: 6000 } }],
    ['5.000 panggilan per bulan', undefined, { volumes: { callsPerMonth: 5000 }, agents: undefined }],
    ['500 MMS per month', undefined, { volumes: { mmsPerMonth: 500 } }],
    ['3,000 social media interactions a month', undefined, { volumes: { socialInteractionsPerMonth: 3000 } }],
    ['2000 whatsapp messages a month', undefined, { volumes: { socialInteractionsPerMonth: 2000 } }],
    ['3 years', 'agents', { agents: undefined, years: 3 }],
    ['3 tahun', undefined, { agents: undefined, years: 3 }],
    ['over 5 years', undefined, { years: 5 }],
    ['selama 5 tahun', undefined, { years: 5 }],
    ['show me a 5-year TCO', undefined, { years: 5, agents: undefined }],
    ['we have been in business 20 years', 'agents', { agents: undefined, years: undefined }],
    ['3 years ago we moved', undefined, { years: undefined, agents: undefined }],
    ['2 integrations', 'agents', { agents: undefined, addOns: { customIntegrations: 2 } }],
    ['AHT 4 minutes', 'agents', { agents: undefined, volumes: { ahtSeconds: 240 } }],
    ['calls last 6 minutes', undefined, { agents: undefined, volumes: { ahtSeconds: 360 } }],
    ['average handle time is 300 seconds', undefined, { volumes: { ahtSeconds: 300 } }],
    ['durasi rata-rata 5 menit', undefined, { volumes: { ahtSeconds: 300 } }],
    ['200 GB of egress', 'agents', { agents: undefined, volumes: { egressGbPerMonth: 200 } }],
    ['about 2 TB egress per month', undefined, { volumes: { egressGbPerMonth: 2000 } }],
    ['500 GB of storage', undefined, { volumes: undefined, agents: undefined }],
    ['5000 minutes', 'agents', { agents: undefined, volumes: { voiceMinutesPerMonth: 5000 } }],
    ['20,000 voice minutes a month', undefined, { volumes: { voiceMinutesPerMonth: 20000 } }],
    ['$50 per seat', 'agents', { agents: undefined, agentsRejected: undefined }],
    ['50 dollars per agent', 'agents', { agents: undefined }],
    ['Rp 50 ribu', 'agents', { agents: undefined, agentsRejected: undefined }],
    ['harganya 50rb per agen?', undefined, { agents: undefined }],
    ['our budget is 50k', 'agents', { agents: undefined }],
    ['99.999%', 'agents', { agents: undefined, agentsRejected: undefined }],
    ['we need 99.999% uptime', undefined, { agents: undefined }],
    ['24/7', 'agents', { agents: undefined, agentsRejected: undefined }],
    ['we run 24/7 with 30 agents', undefined, { agents: 30 }],
    ['since 2019', 'agents', { agents: undefined, agentsRejected: undefined }],
    ['sejak 2019', 'agents', { agents: undefined }],
    ['my number is +62 812-3456-7890', 'agents', { agents: undefined, agentsRejected: undefined }],
    ['call 0812 3456 7890', 'agents', { agents: undefined }],
    ['ISO 9001', 'agents', { agents: undefined, agentsRejected: undefined }],
    ['we have 3 sites', 'agents', { agents: undefined }],
    ['5 supervisors and 40 agents', undefined, { agents: 40 }],
    ['40 agents and 5,000 calls a month', undefined, { agents: 40, volumes: { callsPerMonth: 5000 } }],
    ['40', undefined, { agents: undefined }],
    ['we want to go live in 3 months', 'agents', { agents: undefined }],
    ['at 9am', 'agents', { agents: undefined }],
    ['which one is cheaper?', 'agents', { agents: undefined }],
    ['the 2nd option', 'agents', { agents: undefined }],
    ['budget for 2025', 'agents', { agents: undefined }],
    ['we handle 1,5 juta SMS per tahun', undefined, { volumes: { smsPerMonth: 125000 }, agents: undefined }],
    ["I'm 40 years old", 'agents', { agents: undefined, years: undefined, agentsRejected: undefined }],
    ['100k calls/month', undefined, { volumes: { callsPerMonth: 100000 } }],
    ['10k budget', 'agents', { agents: undefined }],
    ['Our AHT is about 5 min', undefined, { volumes: { ahtSeconds: 300 } }],
    ['Dynamics 365', 'agents', { agents: undefined }],
    ['40 agents (maybe 50 next year)', undefined, { agents: 40 }],
    ['top 3 benefits of cloud?', 'agents', { agents: undefined, intents: ['question'] }],
    ['tahun 2024', 'agents', { agents: undefined }],
    ['We need 3 languages', 'agents', { agents: undefined }],
    ['4.5 stars', 'agents', { agents: undefined, agentsRejected: undefined }],
    ['I have 2 questions', 'agents', { agents: undefined }],
  ];
  it.each(rows)('%s (expecting %s)', (...row) => check(row as Row));
});

describe('visitor phrasing', () => {
  const rows: Row[] = [
    ['Hey! Looking for a rough price on a contact center for our support team \u2014 35 people, mostly phone and email, maybe some chat later.', undefined, {
      agents: 35, agentsRejected: undefined, channels: ch(['voice', 'email', 'webchat']), intents: ['greeting', 'estimate'],
    }],
    ['we currently have 12 reps answering phones and whatsapp', undefined, { agents: 12, channels: ch(['voice', 'social']) }],
    ['how does pricing compare between cloud and hybrid for 200 seats over 5 years', undefined, {
      agents: 200, years: 5, compareAll: true, intents: ['compare'],
    }],
    ["Let's say 150", undefined, { agents: 150 }],
    ['go with 90', undefined, { agents: 90 }],
    ['bump it to 70 agents', undefined, { agents: 70 }],
    ['reduce to 20 seats', undefined, { agents: 20 }],
    ['pls add whatsapp', undefined, { channels: ch(['social']) }],
    ['remove sms and mms pls', undefined, { channels: ch([], ['sms', 'mms']) }],
    ['get rid of social', undefined, { channels: ch([], ['social']) }],
    ['we dont do social media', undefined, { channels: ch([], ['social']) }],
    ['no voice, just chat and email', undefined, { channels: ch(['webchat', 'email'], ['voice'], { only: true }) }],
    ['Actually, drop the voice channel', undefined, { channels: ch([], ['voice']) }],
    ['tambahin email dong', undefined, { channels: ch(['email']), lang: 'id' }],
    ['yang telepon dihapus aja', undefined, { channels: ch([], ['voice']) }],
    ['ga usah pakai sms', undefined, { channels: ch([], ['sms']) }],
    ['nggak perlu medsos', undefined, { channels: ch([], ['social']) }],
    ['semua channel kecuali gambar', undefined, { channels: ch([], ['mms'], { all: true }) }],
    ['Ya, betul', 'confirm', { intents: ['yes'], lang: 'id' }],
    ['gak jadi', undefined, { intents: ['cancel'] }],
    ['yes, but without SMS', 'confirm', { intents: ['yes'], channels: ch([], ['sms']) }],
    ['no, on-prem', 'confirm', { intents: ['no'], deployment: 'onPremises' }],
    ['probably hybrid', 'deployment', { deployment: 'hybrid' }],
    ['whatever is cheapest', 'deployment', { tier: undefined, deployment: undefined }],
    ['we have our own data center', undefined, { deployment: 'onPremises' }],
    ['kami mau pakai cloud', undefined, { deployment: 'cloud', lang: 'id' }],
    ['we need workforce management and an AI chatbot', undefined, { addOns: { wfm: true, ai: true }, channels: undefined }],
    ['no need for AI', undefined, { addOns: { ai: false } }],
    ['we need 2 integrations: Salesforce and Zendesk', undefined, { addOns: { customIntegrations: 2 } }],
    // read, so the advisor can say it compares at most 10 years instead of ignoring it
    ['15 years', undefined, { years: 15 }],
    ['show 7 year TCO', undefined, { years: 7 }],
    ['tco untuk 5 tahun', undefined, { years: 5, agents: undefined }],
    ['we get around 500 calls a day', undefined, { volumes: { callsPerMonth: 15000 } }],
    ['we send 20,000 SMS per month and 1,000 MMS', undefined, { volumes: { smsPerMonth: 20000, mmsPerMonth: 1000 } }],
    ['40+ agents', undefined, { agents: 40 }],
    ['~40', 'agents', { agents: 40 }],
    ['FORTY FIVE', 'agents', { agents: 45 }],
    ['45.', 'agents', { agents: 45 }],
    ['We have 40 agents across 3 shifts, 24/7', undefined, { agents: 40 }],
    ['we are open 7 days a week with 20 staff', undefined, { agents: 20 }],
    ['budget around $10,000/month for 50 agents', undefined, { agents: 50 }],
    ['I run a 30-seat team, calls only, cloud', undefined, { agents: 30, channels: ch(['voice'], [], { only: true }), deployment: 'cloud' }],
    ['tiga puluh agen, telepon saja, cloud', undefined, { agents: 30, channels: ch(['voice'], [], { only: true }), deployment: 'cloud' }],
    ['kami punya lima puluh orang CS', undefined, { agents: 50 }],
    ['pros and cons of hybrid', undefined, { intents: ['question'] }],
    ['saya mau hitung biaya call center untuk 35 orang', undefined, { agents: 35, intents: ['estimate'], lang: 'id', channels: undefined }],
    ['kira2 50 agen', undefined, { agents: 50 }],
    ['ada sekitar 2 ribuan panggilan sebulan', undefined, { volumes: { callsPerMonth: 2000 }, agents: undefined }],
    ['40an agen', undefined, { agents: 40, lang: 'id' }],
    ['agen kami ada 40', undefined, { agents: 40 }],
    ['jumlah agennya 40 orang', undefined, { agents: 40 }],
    ['kami pakai cloud, 40 agen, channel telepon + email + chat', undefined, {
      agents: 40, deployment: 'cloud', channels: ch(['voice', 'email', 'webchat']),
    }],
    ['tolong hitung biaya 40 agen', undefined, { agents: 40, intents: ['estimate'], notIntents: ['help'] }],
    ['selama lima tahun', undefined, { years: 5 }],
    ['3 thn', undefined, { years: 3, lang: 'id' }],
    ["We've got about forty-ish agents", undefined, { agents: 40 }],
    ['a custom integration', undefined, { addOns: { customIntegrations: 1 } }],
    ['twenty-five hundred calls per month', undefined, { volumes: { callsPerMonth: 2500 } }],
    ['Hello, I would like to know the cost for a 50 agent call centre using voice and email on premise', undefined, {
      agents: 50, channels: ch(['voice', 'email']), deployment: 'onPremises', lang: 'en',
    }],
    ['Saya ingin tahu biaya untuk call center 50 agen pakai telepon dan email, on premise', undefined, {
      agents: 50, channels: ch(['voice', 'email']), deployment: 'onPremises', lang: 'id',
    }],
    ['We are migrating from Avaya on-prem to the cloud, 250 agents', undefined, { agents: 250, deployment: 'cloud', compareAll: undefined }],
    ['what if we drop email and add chat?', undefined, { channels: ch(['webchat'], ['email']), notIntents: ['question'] }],
    ['mana yang lebih murah?', undefined, { intents: ['compare'], compareAll: true }],
  ];
  it.each(rows)('%s (expecting %s)', (...row) => check(row as Row));
});

describe('small talk fills nothing', () => {
  const rows: Row[] = [
    ["I'm Sam from Acme", undefined, { empty: true }],
    ['my name is Budi', undefined, { empty: true, notIntents: ['question'] }],
    ['nama saya Budi dari PT Maju', undefined, { empty: true, lang: 'id' }],
    ["we're based in Jakarta", 'agents', { agents: undefined, deployment: undefined }],
    ['how are you?', undefined, { empty: true, intents: ['question'] }],
    ['lol', undefined, { empty: true }],
    ['ok cool', 'confirm', { empty: true, intents: ['yes'] }],
    ['I work at a bank with 3 branches', 'agents', { agents: undefined }],
    ["We're a team of 5 developers", undefined, { agents: undefined }],
    ['team of 60', undefined, { agents: 60 }],
    ['we are a team of 12 doing customer support by phone and email, what would a cloud setup cost?', undefined, { agents: 12, deployment: 'cloud' }],
    ['our team of 20 who answer calls', undefined, { agents: 20 }],
    ['team of 8 handling email', undefined, { agents: 8 }],
    ['make it 60 and add sms', undefined, { agents: 60, channels: ch(['sms']) }],
    ["I'm 25", undefined, { empty: true }],
    ['We had 2 outages last year', 'agents', { agents: undefined }],
    ['40 developers', 'agents', { agents: 40 }],
    ['for 60 on cloud', undefined, { agents: 60, deployment: 'cloud' }],
  ];
  it.each(rows)('%s (expecting %s)', (...row) => check(row as Row));
});

describe('bad agent answers', () => {
  const rows: Row[] = [
    ['0', 'agents', { agentsRejected: { raw: '0', reason: 'zero' }, agents: undefined }],
    ['0 agents', undefined, { agentsRejected: { raw: '0', reason: 'zero' } }],
    ['nol', 'agents', { agentsRejected: { raw: 'nol', reason: 'zero' } }],
    ['-5', 'agents', { agentsRejected: { raw: '-5', reason: 'negative' } }],
    ['minus 3 agents', undefined, { agentsRejected: { raw: '3', reason: 'negative' } }],
    ['1.5', 'agents', { agentsRejected: { raw: '1.5', reason: 'decimal' } }],
    ['2,5 agen', undefined, { agentsRejected: { raw: '2,5', reason: 'decimal' } }],
    ['1.5 agents', undefined, { agentsRejected: { raw: '1.5', reason: 'decimal' } }],
    ['200000', 'agents', { agentsRejected: { raw: '200000', reason: 'tooLarge' } }],
    ['1 million agents', undefined, { agentsRejected: { raw: '1 million', reason: 'tooLarge' } }],
    ['lots', 'agents', { agentsRejected: { raw: 'lots', reason: 'notANumber' } }],
    ['a bunch', 'agents', { agentsRejected: { raw: 'a bunch', reason: 'notANumber' } }],
    ['banyak sekali', 'agents', { agentsRejected: { raw: 'banyak sekali', reason: 'notANumber' } }],
    ['lots', undefined, { empty: true }],
    ['help', 'agents', { agentsRejected: undefined, intents: ['help'] }],
    ['voice and sms', 'agents', { agentsRejected: undefined, channels: ch(['voice', 'sms']) }],
  ];
  it.each(rows)('%s (expecting %s)', (...row) => check(row as Row));
});

describe('channels', () => {
  const rows: Row[] = [
    ['voice and sms', 'channels', { channels: ch(['voice', 'sms']) }],
    ['Phone, email and live chat', 'channels', { channels: ch(['voice', 'email', 'webchat']) }],
    ['calls, texts and facebook', undefined, { channels: ch(['voice', 'sms', 'social']) }],
    ['MMS', 'channels', { channels: ch(['mms']) }],
    ['multimedia messages and e-mail', undefined, { channels: ch(['mms', 'email']) }],
    ['LinkedIn, X (Twitter) and Instagram', undefined, { channels: ch(['social']) }],
    ['whatsapp', 'channels', { channels: ch(['social']) }],
    ['web chat on our site', undefined, { channels: ch(['webchat']) }],
    ['telepon, surel dan obrolan web', undefined, { channels: ch(['voice', 'email', 'webchat']), lang: 'id' }],
    ['suara dan pesan teks', undefined, { channels: ch(['voice', 'sms']) }],
    ['panggilan dan media sosial', undefined, { channels: ch(['voice', 'social']) }],
    ['pesan gambar', undefined, { channels: ch(['mms']) }],
    ['surat elektronik', undefined, { channels: ch(['email']) }],
    ['chat situs', undefined, { channels: ch(['webchat']) }],
    ['medsos sama wa', undefined, { channels: ch(['social']) }],
    ['all channels', undefined, { channels: ch([], [], { all: true }) }],
    ['omnichannel please', undefined, { channels: ch([], [], { all: true }) }],
    ['semua saluran', undefined, { channels: ch([], [], { all: true }) }],
    ['everything', 'channels', { channels: ch([], [], { all: true }) }],
    ['semuanya', 'channels', { channels: ch([], [], { all: true }) }],
    ['all channels except email', undefined, { channels: ch([], ['email'], { all: true }) }],
    ['everything but SMS', undefined, { channels: ch([], ['sms'], { all: true }) }],
    ['semua kecuali MMS', undefined, { channels: ch([], ['mms'], { all: true }) }],
    ['no SMS', undefined, { channels: ch([], ['sms']), notIntents: ['no'] }],
    ['without social', undefined, { channels: ch([], ['social']) }],
    ['drop social', undefined, { channels: ch([], ['social']) }],
    ['remove email', undefined, { channels: ch([], ['email']) }],
    ['tanpa SMS', undefined, { channels: ch([], ['sms']), notIntents: ['no'] }],
    ['hapus media sosial', undefined, { channels: ch([], ['social']), notIntents: ['withdraw'] }],
    ['bukan email', undefined, { channels: ch([], ['email']), notIntents: ['no'] }],
    ['not email', undefined, { channels: ch([], ['email']) }],
    ['no SMS or MMS', undefined, { channels: ch([], ['sms', 'mms']) }],
    ['we don\'t need social media', undefined, { channels: ch([], ['social']) }],
    ['tidak perlu sms', undefined, { channels: ch([], ['sms']), notIntents: ['no'] }],
    ['SMS tidak perlu', undefined, { channels: ch([], ['sms']) }],
    ['email is not needed', undefined, { channels: ch([], ['email']) }],
    ['voice and email, no SMS', undefined, { channels: ch(['voice', 'email'], ['sms']) }],
    ['we need voice but not sms', undefined, { channels: ch(['voice'], ['sms']) }],
    ['no SMS, but add chat', undefined, { channels: ch(['webchat'], ['sms']) }],
    ['add SMS', undefined, { channels: ch(['sms']) }],
    ['tambah SMS', undefined, { channels: ch(['sms']) }],
    ['plus chat', undefined, { channels: ch(['webchat']) }],
    ['also email please', undefined, { channels: ch(['email']) }],
    ['voice only', undefined, { channels: ch(['voice'], [], { only: true }) }],
    ['only voice and sms', undefined, { channels: ch(['voice', 'sms'], [], { only: true }) }],
    ['just phone', 'channels', { channels: ch(['voice'], [], { only: true }) }],
    ['hanya telepon', undefined, { channels: ch(['voice'], [], { only: true }) }],
    ['telepon saja', undefined, { channels: ch(['voice'], [], { only: true }) }],
    ['voice and sms', undefined, { channels: ch(['voice', 'sms']), notIntents: ['no', 'yes'] }],
    ['call me', undefined, { channels: undefined, intents: ['sales'] }],
    ['we are a call center with 40 agents', undefined, { channels: undefined, agents: 40 }],
    ['my phone number is 0812 3456 7890', undefined, { channels: undefined, agents: undefined }],
    ['telpon', 'channels', { channels: ch(['voice']) }],
    ['watsapp and emial', 'channels', { channels: ch(['social', 'email']) }],
    ['voise and phnoe', 'channels', { channels: ch(['voice']) }],
    ['can I have voice only, no chat', undefined, { channels: ch(['voice'], ['webchat'], { only: true }) }],
    ['sms and mms not needed', undefined, { channels: ch([], ['sms', 'mms']) }],
    ['telepon tidak perlu sms', undefined, { channels: ch(['voice'], ['sms']) }],
    ['All channels please', 'channels', { channels: ch([], [], { all: true }) }],
    ['Is SMS included?', undefined, { channels: ch(['sms']), intents: ['question'], voiceBilling: undefined }],
  ];
  it.each(rows)('%s (expecting %s)', (...row) => check(row as Row));
});

describe('deployment', () => {
  const rows: Row[] = [
    ['cloud', 'deployment', { deployment: 'cloud' }],
    ['on-prem', 'deployment', { deployment: 'onPremises' }],
    ['On Premise', undefined, { deployment: 'onPremises' }],
    ['on-premises please', undefined, { deployment: 'onPremises' }],
    ['self-hosted on our own servers', undefined, { deployment: 'onPremises' }],
    ['in-house', 'deployment', { deployment: 'onPremises' }],
    ['lokal', 'deployment', { deployment: 'onPremises' }],
    ['di tempat', 'deployment', { deployment: 'onPremises' }],
    ['di server sendiri', undefined, { deployment: 'onPremises' }],
    ['SaaS', 'deployment', { deployment: 'cloud' }],
    ['hosted is fine', undefined, { deployment: 'cloud' }],
    ['CCaaS', undefined, { deployment: 'cloud' }],
    ['awan', 'deployment', { deployment: 'cloud' }],
    ['berbasis cloud', undefined, { deployment: 'cloud' }],
    ['clod', 'deployment', { deployment: 'cloud' }],
    ['on-perm', undefined, { deployment: 'onPremises' }],
    ['hybird', undefined, { deployment: 'hybrid' }],
    ['hybrid', 'deployment', { deployment: 'hybrid' }],
    ['hybride', undefined, { deployment: 'hybrid' }],
    ['hibrida', undefined, { deployment: 'hybrid' }],
    ['hibrid', 'deployment', { deployment: 'hybrid' }],
    ['campuran', 'deployment', { deployment: 'hybrid' }],
    ['a mix', 'deployment', { deployment: 'hybrid' }],
    ['both', 'deployment', { deployment: 'hybrid' }],
    ['a mix of cloud and on-prem', undefined, { deployment: 'hybrid' }],
    ['both voice and sms', 'channels', { deployment: undefined, channels: ch(['voice', 'sms']) }],
    ['what about on-prem?', undefined, { deployment: 'onPremises', notIntents: ['question'] }],
    ['bagaimana kalau hybrid?', undefined, { deployment: 'hybrid', notIntents: ['question'] }],
    ['how about hybrid then', undefined, { deployment: 'hybrid' }],
    ['not on-prem, cloud', undefined, { deployment: 'cloud' }],
    ['cloud, not on-prem', undefined, { deployment: 'cloud' }],
    ['bukan on-prem, cloud saja', undefined, { deployment: 'cloud' }],
    ['switch from on-prem to cloud', undefined, { deployment: 'cloud' }],
    ['pindah dari on-prem ke cloud', undefined, { deployment: 'cloud' }],
    ['hybrid instead of cloud', undefined, { deployment: 'hybrid' }],
    ['compare all three', undefined, { compareAll: true, intents: ['compare'], deployment: undefined }],
    ['compare deployments', undefined, { compareAll: true, intents: ['compare'] }],
    ['bandingkan semua', undefined, { compareAll: true, intents: ['compare'], channels: undefined }],
    ['which is cheaper, cloud or on-prem?', undefined, { compareAll: true, intents: ['compare'], deployment: undefined, tier: undefined }],
    ['cloud vs on-prem', undefined, { compareAll: true, intents: ['compare'] }],
    ['mana yang lebih murah, cloud atau on-prem?', undefined, { compareAll: true, intents: ['compare'] }],
    ['which is the cheapest over 5 years?', undefined, { intents: ['compare'], years: 5, tier: undefined }],
  ];
  it.each(rows)('%s (expecting %s)', (...row) => check(row as Row));
});

describe('add-ons, tier, billing', () => {
  const rows: Row[] = [
    ['with WFM', undefined, { addOns: { wfm: true } }],
    ['workforce management too', undefined, { addOns: { wfm: true } }],
    ['manajemen tenaga kerja', undefined, { addOns: { wfm: true } }],
    ['no WFM', undefined, { addOns: { wfm: false }, notIntents: ['no'] }],
    ['tanpa WFM', undefined, { addOns: { wfm: false } }],
    ['add AI', undefined, { addOns: { ai: true } }],
    ['we want a chatbot', undefined, { addOns: { ai: true }, channels: undefined }],
    ['kecerdasan buatan', 'addOns', { addOns: { ai: true } }],
    ['no AI please', undefined, { addOns: { ai: false } }],
    ['2 custom integrations', undefined, { addOns: { customIntegrations: 2 } }],
    ['dua integrasi khusus', undefined, { addOns: { customIntegrations: 2 } }],
    ['integrasi khusus ke CRM', undefined, { addOns: { customIntegrations: 1 } }],
    ['no integrations', undefined, { addOns: { customIntegrations: 0 } }],
    ['WFM and AI, plus 3 integrations', undefined, { addOns: { wfm: true, ai: true, customIntegrations: 3 } }],
    ['basic tier', undefined, { tier: 'essential' }],
    ['the cheapest licence', undefined, { tier: 'essential' }],
    ['the cheapest option', undefined, { tier: undefined }],
    ['paket dasar', undefined, { tier: 'essential' }],
    ['premium', undefined, { tier: 'premium' }],
    ['full-featured', undefined, { tier: 'premium' }],
    ['enterprise edition', undefined, { tier: 'premium' }],
    ['fitur lengkap', undefined, { tier: 'premium' }],
    ['standard', undefined, { tier: 'standard' }],
    ['standar saja', undefined, { tier: 'standard' }],
    ['per-minute voice', undefined, { voiceBilling: 'metered' }],
    ['metered', undefined, { voiceBilling: 'metered' }],
    ['bayar per menit', undefined, { voiceBilling: 'metered' }],
    ['unlimited minutes', undefined, { voiceBilling: 'included' }],
    ['voice included', undefined, { voiceBilling: 'included' }],
    ['tanpa batas', undefined, { voiceBilling: 'included' }],
  ];
  it.each(rows)('%s (expecting %s)', (...row) => check(row as Row));
});

describe('the optional volumes and add-ons step', () => {
  const rows: Row[] = [
    ['5,000 calls a month, 10,000 SMS, with WFM and 2 custom integrations', 'volumes', {
      volumes: { callsPerMonth: 5000, smsPerMonth: 10000 }, addOns: { wfm: true, customIntegrations: 2 }, agents: undefined,
    }],
    ['5.000 panggilan sebulan, 10.000 SMS, dengan WFM dan 2 integrasi khusus', 'volumes', {
      volumes: { callsPerMonth: 5000, smsPerMonth: 10000 }, addOns: { wfm: true, customIntegrations: 2 }, lang: 'id',
    }],
    ['8.000 SMS sebulan', 'volumes', { volumes: { smsPerMonth: 8000 } }],
    ['dengan manajemen tenaga kerja', 'volumes', { addOns: { wfm: true } }],
    ['use typical volumes', 'volumes', { intents: ['skip'], empty: true }],
    ['pakai volume umum', 'volumes', { intents: ['skip'], empty: true }],
    ['no add-ons', 'volumes', { intents: ['no'] }],
    ['none', 'volumes', { intents: ['no'], empty: true }],
    ['nothing else', 'volumes', { intents: ['no'] }],
    ['tidak ada', 'volumes', { intents: ['no'] }],
    ['5000', 'volumes', { empty: true }],
    ['and 500 MMS', 'volumes', { volumes: { mmsPerMonth: 500 } }],
    ['1000 social interactions', 'volumes', { volumes: { socialInteractionsPerMonth: 1000 } }],
    ['calls: 5000/month', 'volumes', { volumes: { callsPerMonth: 5000 }, channels: undefined }],
    ['SMS: 10k', 'volumes', { volumes: { smsPerMonth: 10000 } }],
    ['agents 40, calls 5000/month', undefined, { agents: 40, volumes: { callsPerMonth: 5000 } }],
    ['voice and SMS 40', 'agents', { agents: 40, volumes: undefined }],
  ];
  it.each(rows)('%s (expecting %s)', (...row) => check(row as Row));
});

describe('several answers in one message', () => {
  const rows: Row[] = [
    ['We have 45 agents and need voice, SMS and email in the cloud', undefined, {
      agents: 45, channels: ch(['voice', 'sms', 'email']), deployment: 'cloud', lang: 'en',
    }],
    ['kami punya 40 agen, butuh telepon dan whatsapp, di cloud', undefined, {
      agents: 40, channels: ch(['voice', 'social']), deployment: 'cloud', lang: 'id',
    }],
    ['60 seats, phone + chat, hybrid, 3 years', undefined, {
      agents: 60, channels: ch(['voice', 'webchat']), deployment: 'hybrid', years: 3,
    }],
    ['Hi! We are about 120 people on the phones, we get 20k calls a month, on-prem today but thinking cloud', undefined, {
      agents: 120, volumes: { callsPerMonth: 20000 }, intents: ['greeting'],
    }],
    ['halo, 25 agen CS, telepon & email, lokal', undefined, {
      agents: 25, channels: ch(['voice', 'email']), deployment: 'onPremises', intents: ['greeting'], lang: 'id',
    }],
    ['80 agents with WFM and AI over 5 years on premise', undefined, {
      agents: 80, addOns: { wfm: true, ai: true }, years: 5, deployment: 'onPremises',
    }],
    ['two hundred agents, all channels, SaaS', undefined, {
      agents: 200, channels: ch([], [], { all: true }), deployment: 'cloud',
    }],
    ['Need pricing for 300 seats: voice (about 40,000 minutes monthly), email and social', undefined, {
      agents: 300, volumes: { voiceMinutesPerMonth: 40000 }, channels: ch(['voice', 'email', 'social']), intents: ['estimate'],
    }],
    ['saya butuh estimasi untuk 50 agen dengan telepon dan SMS, tanpa email', undefined, {
      agents: 50, channels: ch(['voice', 'sms'], ['email']), intents: ['estimate'], lang: 'id',
    }],
    ['ok, 40 agents', 'agents', { agents: 40, intents: ['yes'] }],
    ['no, 50 agents', 'confirm', { agents: 50, intents: ['no'] }],
  ];
  it.each(rows)('%s (expecting %s)', (...row) => check(row as Row));
});

describe('intents', () => {
  const rows: Row[] = [
    ['hi', undefined, { intents: ['greeting'], empty: true }],
    ['Hello there', undefined, { intents: ['greeting'], empty: true }],
    ['halo', undefined, { intents: ['greeting'], lang: 'id', empty: true }],
    ['selamat pagi', undefined, { intents: ['greeting'], lang: 'id' }],
    ["hi there, I'm Sam", undefined, { intents: ['greeting'], empty: true }],
    ['hi there, I\'m Sam', 'agents', { intents: ['greeting'], empty: true }],
    ['help', undefined, { intents: ['help'] }],
    ['what can you do?', undefined, { intents: ['help'], notIntents: ['question'] }],
    ['bantuan', undefined, { intents: ['help'] }],
    ['tolong', undefined, { intents: ['help'] }],
    ['?', undefined, { intents: ['help'], notIntents: ['question'] }],
    ['cancel', undefined, { intents: ['cancel'] }],
    ['stop', undefined, { intents: ['cancel'] }],
    ['never mind', undefined, { intents: ['cancel'] }],
    ['batal', undefined, { intents: ['cancel'] }],
    ['batalkan', undefined, { intents: ['cancel'] }],
    ['start over', undefined, { intents: ['startOver'] }],
    ['restart', undefined, { intents: ['startOver'] }],
    ['reset', undefined, { intents: ['startOver'] }],
    ['mulai lagi', undefined, { intents: ['startOver'] }],
    ['ulang dari awal', undefined, { intents: ['startOver'] }],
    ['why do you ask?', 'agents', { intents: ['why'], notIntents: ['question'], agentsRejected: undefined }],
    ['why?', undefined, { intents: ['why'] }],
    ['kenapa ditanya?', undefined, { intents: ['why'], lang: 'id' }],
    ['untuk apa?', undefined, { intents: ['why'] }],
    ['why is cloud cheaper at first?', undefined, { intents: ['question'], notIntents: ['why'] }],
    ['talk to sales', undefined, { intents: ['sales'] }],
    ['contact me', undefined, { intents: ['sales'] }],
    ['call me', undefined, { intents: ['sales'], channels: undefined }],
    ['can I speak to a human?', undefined, { intents: ['sales'] }],
    ['saya ingin dihubungi sales', undefined, { intents: ['sales'] }],
    ['hubungi saya', undefined, { intents: ['sales'] }],
    ['we are a sales team of 40 reps', undefined, { agents: 40, notIntents: ['sales'] }],
    ['get an estimate', undefined, { intents: ['estimate'] }],
    ['how much?', undefined, { intents: ['estimate'] }],
    ['berapa biaya?', undefined, { intents: ['estimate'] }],
    ['can I get a quote', undefined, { intents: ['estimate'] }],
    ['change answers', undefined, { intents: ['changeAnswers'] }],
    ['I want to change my answers', undefined, { intents: ['changeAnswers'] }],
    ['ubah jawaban', undefined, { intents: ['changeAnswers'] }],
    ['what is egress?', undefined, { intents: ['question'] }],
    ['does the price include hardware', undefined, { intents: ['question'] }],
    ['apa itu WFM?', undefined, { intents: ['question'], lang: 'id' }],
    ['mengapa cloud lebih murah', undefined, { intents: ['question'] }],
    ['bagaimana cara menghemat biaya', undefined, { intents: ['question'] }],
    ['apakah harga sudah termasuk pajak?', undefined, { intents: ['question'] }],
    ['yes', 'confirm', { intents: ['yes'], empty: true }],
    ['yep', undefined, { intents: ['yes'] }],
    ['sure', undefined, { intents: ['yes'] }],
    ['ok', undefined, { intents: ['yes'] }],
    ['ya', undefined, { intents: ['yes'] }],
    ['iya betul', undefined, { intents: ['yes'] }],
    ['boleh', undefined, { intents: ['yes'] }],
    ['no', 'confirm', { intents: ['no'], empty: true }],
    ['nope', undefined, { intents: ['no'] }],
    ['tidak', undefined, { intents: ['no'] }],
    ['nggak', undefined, { intents: ['no'] }],
    ['gak', undefined, { intents: ['no'] }],
    ['no thanks', undefined, { intents: ['no'] }],
    ['skip', undefined, { intents: ['skip'] }],
    ['use defaults', undefined, { intents: ['skip'] }],
    ['lewati', undefined, { intents: ['skip'] }],
    ['pakai default', undefined, { intents: ['skip'] }],
    ['no idea', 'agents', { intents: ['skip'], agentsRejected: undefined, notIntents: ['no'] }],
    ['hmm', 'agents', { agentsRejected: { raw: 'hmm', reason: 'notANumber' } }],
    ['not sure', 'agents', { intents: ['skip'], agentsRejected: undefined, notIntents: ['no'] }],
    ['skip SMS', undefined, { channels: ch([], ['sms']), notIntents: ['skip'] }],
    ['thanks!', undefined, { intents: ['thanks'] }],
    ['terima kasih', undefined, { intents: ['thanks'], lang: 'id' }],
    ['makasih ya', undefined, { intents: ['thanks'] }],
    ['what did you send?', undefined, { intents: ['whatSent'], notIntents: ['question'] }],
    ['what did you send to sales?', undefined, { intents: ['whatSent'] }],
    ['apa yang dikirim?', undefined, { intents: ['whatSent'] }],
    ['withdraw', undefined, { intents: ['withdraw'] }],
    ['delete my data', undefined, { intents: ['withdraw'], channels: undefined }],
    ['cabut persetujuan', undefined, { intents: ['withdraw'] }],
    ['we want to stop using on-prem', undefined, { intents: [], notIntents: ['cancel'], deployment: undefined }],
    ['ok cancel', undefined, { intents: ['cancel'] }],
    ['cancel SMS', undefined, { channels: ch([], ['sms']) }],
    ['we have 40 help desk agents', undefined, { agents: 40, notIntents: ['help'] }],
    ["let's call it 50", undefined, { agents: 50, channels: undefined }],
    ['hosted on our own servers', undefined, { deployment: 'onPremises' }],
    ["we're an enterprise company with 500 agents", undefined, { agents: 500, tier: undefined }],
    ['industry standard is fine', undefined, { tier: undefined }],
    ['text me', undefined, { intents: ['sales'], channels: undefined }],
    ['hapus data saya', undefined, { intents: ['withdraw'], channels: undefined, notIntents: ['cancel'] }],
    ['I want to withdraw my consent', undefined, { intents: ['withdraw'], notIntents: ['cancel'] }],
  ];
  it.each(rows)('%s (expecting %s)', (...row) => check(row as Row));
});

describe('extractSlots input handling', () => {
  it('rejects an unknown expecting value with a message naming the field', () => {
    expect(() => extractSlots('40', { expecting: 'budget' as Slot })).toThrow(NluInputError);
    expect(() => extractSlots('40', { expecting: 'budget' as Slot })).toThrow(/expecting/);
  });
  it('treats a non-string as an empty message', () => {
    expect(extractSlots(undefined as unknown as string)).toEqual({ lang: 'en', intents: [] });
  });
  it('keeps the conversation language for text with no language in it', () => {
    expect(extractSlots('40', { expecting: 'agents', lang: 'id' }).lang).toBe('id');
    expect(extractSlots('ok', { lang: 'id' }).lang).toBe('id');
  });
  it('cuts very long input instead of working through all of it', () => {
    const long = `${'voice '.repeat(1000)}and 40 agents`;
    expect(extractSlots(long).agents).toBeUndefined();
    expect(extractSlots(long).channels?.add).toEqual(['voice']);
  });
});

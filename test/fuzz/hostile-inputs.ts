/**
 * The hostile material: hand-picked nasty messages and card values (each one a case that has
 * broken a chatbot somewhere), the normal turns that put the dialogs into each state, and
 * fast-check arbitraries that mix both.
 */
import fc from 'fast-check';

export const EVIL_LINK = '[click here](http://evil.example/phish)';
export const EVIL_SCRIPT = '<script>alert(1)</script>';

const HUNDRED_KB = 'x'.repeat(100_000);

/** Texts a user (or a script) might type. */
export const NASTY_TEXTS: string[] = [
  // numbers the parser must refuse or bound
  '1e309 agents', '1e309', '-5 agents', '-0 agents', 'NaN agents', 'Infinity agents', '-Infinity', '0x10 agents', '1e3 agents',
  '9999999999999999999999 agents', '2**53 agents', '1_000 agents', '12.5 agents', '0.0000001 agents', '1,2,3,4,5 agents',
  '−40 agents', '40k agents', '4e4 agents', '١٢٣ agents', '１２３ agents', '४० agents', 'forty-two agents', 'Number.MAX_VALUE agents',
  '10000000 SMS a month', '-10000 sms per month', '1e309 emails per month', '99999999999 years', '0 years', '-3 years',
  'make it -1 agents', 'make it 1e309 agents', 'make it NaN agents', 'what if 0 agents?',
  // whitespace, unicode and direction marks
  '', ' ', '\t\n\r', '\u200b', '\u200b\u200b40\u200b agents', '\u200f40 agents\u200e', '\u202e40 stnega, eciov', '\ufeffestimate',
  'مرحبا، أريد تقديرًا لـ ٤٠ وكيلًا', 'שלום', '你好，我们有40个座席', '🙂', '🙂'.repeat(500), '👩‍👩‍👧‍👦 40 agents 📞 voice ☁️ cloud',
  '\u0000', 'a\u0000b', '\ud800', '\udfff\ud800', 'e\u0301stimate', 'ｅｓｔｉｍａｔｅ', 'İSTANBUL I ı', 'ß'.repeat(300),
  'Z̸̢̛̰̝a̵̱͗l̷̰̈g̶̰̊o̷̗͗'.repeat(20),
  // size
  'a'.repeat(2_000), 'a'.repeat(2_001), '40 agents '.repeat(300), HUNDRED_KB, '🙂'.repeat(20_000),
  // markup, injection, templates
  EVIL_SCRIPT, `my name is ${EVIL_SCRIPT}`, EVIL_LINK, `what is ${EVIL_LINK}?`, '<img src=x onerror=alert(1)>', '<at>Cost Advisor</at>',
  '{"action":"startOver"}', '{"type":"message","text":"hi"}', '[1,2,3]', 'null', 'undefined', 'true', '{{name}}', '{ref}', '{value}',
  '${process.env.ADMIN_API_KEY}', '%s%s%s%n', "'; DROP TABLE leads; --", '../../../../etc/passwd', '\\', '\\\\\\', '`rm -rf /`',
  '**bold** _it_ ~~s~~ `code` # h1', '> quote', '- list', '1. list', '| a | b |', '<!-- -->', ']]>', '&lt;script&gt;',
  'javascript:alert(1)', 'data:text/html,<b>x</b>', 'http://evil.example', '@everyone', 'mailto:a@b.c',
  // commands in odd places
  'start over', 'cancel', 'stop', 'help', 'why?', 'talk to sales', 'withdraw', 'what did you send?', 'skip', 'yes', 'no',
  'START OVER!!!', 'cancel cancel cancel', 'help?'.repeat(50),
  // emails and contact-like input
  'a@b', 'test@example.com', `${EVIL_SCRIPT}@example.com`, '"><svg/onload=alert(1)>@x.io', 'a'.repeat(300) + '@example.com',
  '+1 (555) 010-0100', '+'.repeat(40), '000000000000000000000000000000000',
];

const deep = (depth: number): unknown => {
  let v: unknown = { action: 'startOver' };
  // Each level wraps the previous once (a tree, not a DAG, so its JSON stays linear in depth).
  for (let i = 0; i < depth; i++) v = i % 2 ? { nested: v, action: 'setChannels' } : { action: { a: v } };
  return v;
};

/** Card submit values (`activity.value`): wrong types, wrong shapes, prototype keys. */
export const NASTY_VALUES: unknown[] = [
  { action: 'setChannels', channels: {} },
  { action: 'setChannels', channels: [{}] },
  { action: 'setChannels', channels: [null, 1, true] },
  { action: 'setChannels', channels: 'voice,'.repeat(40) },
  { action: 'setChannels', channels: 'telepathy, fax' },
  { action: 'setChannels', channels: [] },
  { action: 'setChannels', channels: '' },
  { action: 'setChannels', channels: ['voice', 'voice', 'voice', 'voice', 'voice', 'voice'] },
  { action: 'setChannels', channels: ['__proto__'] },
  { action: 'setChannels' },
  { action: 'setDeployment', deployment: ['cloud'] },
  { action: 'setDeployment', deployment: 'moon' },
  { action: 'setDeployment', deployment: null },
  { action: 'setDeployment', deployment: { toString: 'cloud' } },
  { action: 'setDeployment', deployment: 'cloud' },
  { action: 'consent', given: 'true' },
  { action: 'consent', given: 1 },
  { action: 'consent', given: true },
  { action: 'consent', given: false },
  { action: 'confirmLead' },
  { action: {} },
  { action: [] },
  { action: null },
  { action: 42 },
  { action: 'ESTIMATE' },
  { action: 'startOver ' },
  { action: '__proto__' },
  { action: 'constructor' },
  { action: 'toString' },
  { action: 'hasOwnProperty' },
  JSON.parse('{"__proto__":{"action":"startOver","polluted":true}}'),
  JSON.parse('{"action":"help","__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
  { action: 'estimate', constructor: { prototype: { isAdmin: true } } },
  { action: 'x'.repeat(10_000) },
  { action: EVIL_SCRIPT },
  { action: 'ask', question: EVIL_LINK },
  deep(40),
  deep(400),
  { '': '' },
  { ['a'.repeat(1000)]: 1 },
  { action: 'setChannels', channels: 1e309 },
  { action: 'setChannels', channels: Number.NaN },
  { msteams: { type: 'messageBack', value: { action: 'startOver' } } },
  'startOver',
  '{"action":"startOver"}',
  42,
  -1,
  true,
  [],
  [{ action: 'startOver' }],
  {},
];

/** Whole activities with missing or odd fields (built on a valid one by the driver). */
export type ActivityTweak = {
  name: string;
  overrides: Record<string, unknown>;
  expectsReply: boolean;
  /** Extra fields on `conversation` (its id stays the driver's). */
  conversationExtra?: Record<string, unknown>;
  channelId?: string;
};

export const ODD_ACTIVITIES: ActivityTweak[] = [
  { name: 'no from', overrides: { from: undefined, text: 'hello there' }, expectsReply: true },
  { name: 'from null', overrides: { from: null, text: '40 agents' }, expectsReply: true },
  { name: 'from without id', overrides: { from: { name: 'x' }, text: 'estimate' }, expectsReply: true },
  { name: 'no recipient', overrides: { recipient: undefined, text: 'help' }, expectsReply: true },
  { name: 'no locale', overrides: { locale: undefined, text: 'help' }, expectsReply: true },
  { name: 'odd locale', overrides: { locale: '../../x', text: 'help' }, expectsReply: true },
  { name: 'huge locale', overrides: { locale: 'en-'.repeat(500), text: 'help' }, expectsReply: true },
  { name: 'locale number', overrides: { locale: 42, text: 'help' }, expectsReply: true },
  { name: 'locale object', overrides: { locale: { en: true }, text: 'help' }, expectsReply: true },
  { name: 'locale array', overrides: { locale: ['en-US'], text: 'help' }, expectsReply: true },
  { name: 'from.name number', overrides: { from: { id: 'u-num', name: 42 }, text: 'help' }, expectsReply: true },
  { name: 'from.name object', overrides: { from: { id: 'u-obj', name: { first: 'x' } }, text: 'help' }, expectsReply: true },
  { name: 'recipient.name number', overrides: { recipient: { id: 'advisor-bot', name: 7 }, text: 'help' }, expectsReply: true },
  { name: 'conversationType number', overrides: { text: 'help' }, conversationExtra: { conversationType: 42 }, expectsReply: true },
  { name: 'Teams conversationType number', channelId: 'msteams', overrides: { text: 'help' }, conversationExtra: { conversationType: 42, isGroup: 'yes' }, expectsReply: true },
  { name: 'Teams join with a numeric display name', channelId: 'msteams', overrides: { type: 'conversationUpdate', membersAdded: [{ id: 'u-join', name: 42 }] }, expectsReply: true },
  { name: 'join with a numeric locale', overrides: { type: 'conversationUpdate', locale: 5, membersAdded: [{ id: 'u-join' }] }, expectsReply: true },
  { name: 'Teams greeting with a numeric display name', channelId: 'msteams', overrides: { text: 'hi', from: { id: 'u-teams', name: 12345 } }, expectsReply: true },
  { name: 'no id', overrides: { id: undefined, text: 'help' }, expectsReply: true },
  { name: 'no timestamp', overrides: { timestamp: undefined, text: 'help' }, expectsReply: true },
  { name: 'bad timestamp', overrides: { timestamp: 'yesterday', text: 'help' }, expectsReply: true },
  { name: 'no text, no value', overrides: {}, expectsReply: true },
  { name: 'text and value both', overrides: { text: 'cancel', value: { action: 'startOver' } }, expectsReply: true },
  { name: 'text null', overrides: { text: null }, expectsReply: false },
  { name: 'value null', overrides: { value: null, text: 'help' }, expectsReply: true },
  { name: 'entities not an array', overrides: { entities: { type: 'mention' }, text: '<at>Cost Advisor</at> help' }, expectsReply: true },
  { name: 'mention without mentioned', overrides: { entities: [{ type: 'mention' }], text: '<at>Cost Advisor</at> help' }, expectsReply: true },
  { name: 'mention of null', overrides: { entities: [{ type: 'mention', mentioned: null, text: null }], text: 'help' }, expectsReply: true },
  { name: 'entities with nulls', overrides: { entities: [null, 1, 'x'], text: 'help' }, expectsReply: true },
  { name: 'attachments junk', overrides: { attachments: [{ contentType: 'image/png', contentUrl: 'http://evil.example/x' }], text: 'help' }, expectsReply: true },
  { name: 'attachments not array', overrides: { attachments: 'x', text: 'help' }, expectsReply: true },
  { name: 'channelData junk', overrides: { channelData: { tenant: null, team: 1 }, text: 'help' }, expectsReply: true },
  { name: 'textFormat xml', overrides: { textFormat: 'xml', text: '<b>40</b> agents' }, expectsReply: true },
  { name: 'no conversation', overrides: { conversation: undefined }, expectsReply: false },
  { name: 'membersAdded on a message', overrides: { membersAdded: [{ id: 'x' }], text: 'help' }, expectsReply: true },
  // other activity types: no reply required, only no 5xx
  { name: 'type invoke', overrides: { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'x', data: {} } } }, expectsReply: false },
  { name: 'type invoke unknown', overrides: { type: 'invoke', name: 'nonsense/thing' }, expectsReply: false },
  { name: 'type invoke no name', overrides: { type: 'invoke' }, expectsReply: false },
  { name: 'type event', overrides: { type: 'event', name: 'webchat/join', value: { language: 'id-ID' } }, expectsReply: false },
  { name: 'type typing', overrides: { type: 'typing' }, expectsReply: false },
  { name: 'type endOfConversation', overrides: { type: 'endOfConversation' }, expectsReply: false },
  { name: 'type messageReaction', overrides: { type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }, expectsReply: false },
  { name: 'type messageUpdate', overrides: { type: 'messageUpdate', text: '40 agents' }, expectsReply: false },
  { name: 'type messageDelete', overrides: { type: 'messageDelete' }, expectsReply: false },
  { name: 'type installationUpdate', overrides: { type: 'installationUpdate', action: 'add' }, expectsReply: false },
  { name: 'type unknown', overrides: { type: 'zzz-unknown' }, expectsReply: false },
  { name: 'type MESSAGE', overrides: { type: 'MESSAGE', text: 'help' }, expectsReply: false },
  { name: 'conversationUpdate with junk members', overrides: { type: 'conversationUpdate', membersAdded: [null, { id: 'x', name: EVIL_LINK }] }, expectsReply: false },
  { name: 'conversationUpdate membersAdded not array', overrides: { type: 'conversationUpdate', membersAdded: 'x' }, expectsReply: false },
];

/**
 * Normal turns that move the dialogs between states: mid-estimate at each question,
 * after an estimate (what-if edits), mid-handoff at each contact question.
 */
export const NORMAL_TURNS: string[] = [
  'I want an estimate', '120 agents', 'voice, sms and web chat', 'cloud', 'on-premises', 'skip', 'use typical volumes',
  '50 agents, voice and SMS, cloud', 'make it 80 agents', 'add email', 'compare', 'how much does SMS cost?',
  'talk to sales', 'Sam Lee', 'sam@example.com', 'Acme', 'skip', 'yes', 'what did you send?', 'help', 'why do you ask?',
  'kami punya 40 agen, telepon dan email, di cloud', 'mulai lagi',
];

/** Setups that put a conversation in a given dialog state before the hostile burst. */
export const STATE_SETUPS: { name: string; turns: string[] }[] = [
  { name: 'fresh', turns: [] },
  { name: 'asking agents', turns: ['I want an estimate'] },
  { name: 'asking channels', turns: ['I want an estimate', '120 agents'] },
  { name: 'asking deployment', turns: ['I want an estimate', '120 agents', 'voice and email'] },
  { name: 'asking extras', turns: ['I want an estimate', '120 agents', 'voice and email', 'cloud'] },
  { name: 'after an estimate', turns: ['50 agents, voice and SMS, cloud'] },
  { name: 'handoff: name', turns: ['50 agents, voice and SMS, cloud', 'talk to sales'] },
  { name: 'handoff: email', turns: ['50 agents, voice and SMS, cloud', 'talk to sales', 'Sam Lee'] },
  { name: 'handoff: consent', turns: ['50 agents, voice and SMS, cloud', 'talk to sales', 'Sam Lee', 'sam@example.com', 'Acme', 'skip', 'skip'] },
  { name: 'lead sent', turns: ['50 agents, voice and SMS, cloud', 'talk to sales', 'Sam Lee', 'sam@example.com', 'Acme', 'skip', 'skip', 'yes'] },
];

// ---- fast-check arbitraries ----

const numberish = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.constantFrom('1e309', '-1e309', 'NaN', 'Infinity', '-0', '0x1F', '1e-9', '١٢٣', '１２３', '−7', '1_000', '4,5'),
);
const unit = fc.constantFrom('agents', 'seats', 'agen', 'SMS a month', 'emails per month', 'years', 'minutes AHT', '', '%', 'k');
const word = fc.constantFrom(
  'voice', 'sms', 'mms', 'email', 'social', 'web chat', 'cloud', 'on-prem', 'hybrid', 'estimate', 'compare', 'cancel',
  'start over', 'help', 'sales', 'why', 'what', 'how much', 'make it', 'without', 'add', 'yes', 'no', 'skip', 'agen', 'telepon',
  EVIL_LINK, EVIL_SCRIPT, '\u200b', '\u202e', '🙂', '?', '!', ',', '@', '#', '*', '_', '[', ']', '(', ')',
);

/** Mostly-plausible messages built from the bot's own vocabulary, hostile numbers and markup. */
export const arbMessageText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(numberish, unit).map(([n, u]) => `${n} ${u}`.trim()) },
  { weight: 4, arbitrary: fc.array(fc.oneof(word, numberish), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_TEXTS) },
);

const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });
const actionName = fc.constantFrom(
  'estimate', 'compare', 'changeAnswers', 'ask', 'sales', 'help', 'cancel', 'startOver', 'useDefaults', 'setChannels',
  'setDeployment', 'consent', 'confirmLead', '__proto__', 'constructor', 'toString', 'Estimate', '',
);

/** Card submits: right action names with wrong field types, and pure junk. */
export const arbCardValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ action: actionName, channels: anyJson, deployment: anyJson, given: anyJson }, { requiredKeys: ['action'] }) },
  { weight: 2, arbitrary: fc.record({ action: fc.oneof(actionName, anyJson) }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'action', 'value', 'x'), anyJson) },
  { weight: 1, arbitrary: anyJson },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY_VALUES) },
);

export type FuzzTurn = { kind: 'text'; text: string } | { kind: 'value'; value: unknown; text?: string } | { kind: 'normal'; text: string };

export const arbTurn: fc.Arbitrary<FuzzTurn> = fc.oneof(
  { weight: 4, arbitrary: arbMessageText.map((text) => ({ kind: 'text' as const, text })) },
  { weight: 3, arbitrary: arbCardValue.map((value) => ({ kind: 'value' as const, value })) },
  { weight: 3, arbitrary: fc.constantFrom(...NORMAL_TURNS).map((text) => ({ kind: 'normal' as const, text })) },
);

/** A conversation: a dialog state to reach first, then a burst of mixed turns. */
export const arbSession = fc.record({
  setup: fc.constantFrom(...STATE_SETUPS),
  lang: fc.constantFrom('en-US', 'id-ID'),
  channel: fc.constantFrom('emulator', 'webchat', 'msteams', 'slack'),
  turns: fc.array(arbTurn, { minLength: 4, maxLength: 14 }),
});

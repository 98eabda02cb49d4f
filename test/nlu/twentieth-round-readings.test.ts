/**
 * Readings found wrong by the twentieth round of exploratory visitors (the twelfth 2026-12-03 session; helpers who
 * never saw the code or the corpora), and readings that moved when the model retrained on this session's knowledge
 * base. Every "fixed" row failed before its fix; the "still" rows are the neighbours the fix must leave alone.
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import type { Command, Context, Interpretation } from '../../src/nlu/commands';
import { findContacts } from '../../src/nlu/contact-entities';
import { readLine, readRelative } from '../../src/nlu/scenario-entities';
import { analyze } from '../../src/answers/analyzer';

const retriever = createRetriever();
const { interpret } = createServices({ catalog: defaultCatalog(), retriever, log: pino({ level: 'silent' }) } as never);
const commandsOf = (text: string, context: Context, lang: 'en' | 'id' = 'en', followUp?: Parameters<typeof interpret>[1]['followUp']): Command[] =>
  (interpret(text, { context, lang, ...(followUp ? { followUp } : {}) }) as Interpretation).commands;

describe('twentieth round: readings', () => {
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: one agent added ("which one" read as a figure)
    ['Which one is more scalable?', 'after_estimate', 'en', [{ type: 'ask', topic: 'which_deployment' }]],
    // fixed: hybrid's price per agent
    ['what is the implementation timeline for hybrid?', 'after_estimate', 'en', [{ type: 'ask', topic: 'other' }]],
    // still: when something pays off is a figure of the estimate
    ['how long until on-prem pays off?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'break_even' }]],
    // fixed: "Which line do you mean?"
    ['Can you explain the licensing line in the estimate?', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'line', line: 'platform' }]],
    // fixed: the article on cloud's missing set-up fee for an on-premises estimate
    ['whats the one time cost', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'line', line: 'total' }]],
    // still: a switch said beside it is made, and the set-up article answers of the new scenario
    ["hmm, on second thought on-prem. what's the upfront?", 'after_estimate', 'en', [{ type: 'set', slot: 'deployment', value: 'onPremises' }, { type: 'ask', topic: 'setup_costs' }]],
    // fixed: a skip of the deployment question ("matter" heard as "doesn't matter")
    ['Which assumptions matter most?', 'asked_deployment', 'en', [{ type: 'ask', topic: 'other' }]],
    // still: "doesn't matter" is a skip
    ["what? doesn't matter", 'asked_deployment', 'en', [{ type: 'skip' }]],
    // fixed: "not understood"
    ['cuma iseng aja sih', 'start', 'id', [{ type: 'ack' }]],
    ['just browsing', 'start', 'en', [{ type: 'ack' }]],
    // fixed: under the sales offer "just curious" was a yes
    ['just curious', 'offered_sales', 'en', [{ type: 'no' }]],
    // fixed: a staffing article, and the head count asked again
    ['maksudnya belum ada agen, baru mau rekrut 5 orang', 'asked_agents', 'id', [{ type: 'set', slot: 'agents', value: 5 }]],
    ['we plan to hire 5 people', 'asked_agents', 'en', [{ type: 'set', slot: 'agents', value: 5 }]],
    // fixed: the deployment comparison table, no word about vendors
    ['mending pake Genesys, Five9, atau Qontak? yg paling murah mana?', 'start', 'id', [{ type: 'ask', topic: 'other', query: 'sebaiknya pilih provider yang mana?' }]],
    // fixed: "Sales needs your name…" (while "no thanks, maybe later" closed the form)
    ['no thanks', 'asked_name', 'en', [{ type: 'cancel' }]],
    ['nggak deh makasih', 'asked_name', 'id', [{ type: 'cancel' }]],
    // fixed: the name "nah" went into the lead
    ['nah', 'asked_name', 'en', [{ type: 'skip' }]],
    // still: a bare no at the name question is the question again
    ['no', 'asked_name', 'en', [{ type: 'no' }]],
    // fixed: the deployment was asked (a sentence before the request hid the comparison)
    ['Hi — colleague from finance here. Can you show me a 5 year comparison for 20 agents, voice and SMS?', 'start', 'en', [
      { type: 'set', slot: 'agents', value: 20 }, { type: 'set', slot: 'channels', value: ['voice', 'sms'] }, { type: 'set', slot: 'years', value: 5 }, { type: 'greeting' }, { type: 'compare' },
    ]],
    // still: channels compared are no comparison of deployments
    ['compare sms and email for 20 agents', 'start', 'en', [{ type: 'set', slot: 'agents', value: 20 }, { type: 'set', slot: 'channels', value: ['sms', 'email'] }]],
    // fixed: the general comparison article, the 70 agents dropped
    ['Untuk perusahaan asuransi dengan 70 agen, mana yang lebih cocok?', 'start', 'id', [{ type: 'set', slot: 'agents', value: 70 }, { type: 'ask', topic: 'which_deployment' }, { type: 'compare' }]],
    // still: which channel suits is no deployment comparison
    // (and, since the twenty-second session, the head count said with its unit is kept)
    ['which channel is best for 70 agents?', 'start', 'en', [{ type: 'set', slot: 'agents', value: 70 }, { type: 'ask', topic: 'other' }]],
    // fixed (moved with the retrain): the uptime article beside a head count and a deployment
    ['and 40 agents on prem?', 'start', 'en', [{ type: 'set', slot: 'agents', value: 40 }, { type: 'set', slot: 'deployment', value: 'onPremises' }]],
    // fixed (moved with the retrain): "outside what I know"
    ['how much per year?', 'start', 'en', [{ type: 'estimate' }]],
    // fixed (moved with the retrain): the estimate per agent
    ['per menitnya brp sih?', 'after_estimate', 'id', [{ type: 'ask', topic: 'voice_price' }]],
    // fixed (moved with the retrain): the MMS price article
    ['sebulan brp smsnya', 'offered_sales', 'id', [{ type: 'ask_estimate', aspect: 'line', line: 'sms' }]],
    // still: one message's price is the price article
    ['how much is one sms?', 'offered_sales', 'en', [{ type: 'ask', topic: 'sms_price' }]],
    // fixed (moved with the retrain): cloud set for good instead of looked at
    ['show me cloud', 'after_estimate', 'en', [{ type: 'ask_estimate', aspect: 'other_deployment', deployment: 'cloud' }]],
    // still: "just show me cloud" switches
    ['ok just show me cloud', 'after_estimate', 'en', [{ type: 'set', slot: 'deployment', value: 'cloud' }]],
    // fixed (moved with the retrain): the comparison article at the deployment question
    ['cloud vs on-prem?', 'asked_deployment', 'en', [{ type: 'compare' }]],
    // second round, fixed: voice and SMS removed, "email only" kept
    ['Actually drop the email, we handle email in Outlook anyway.', 'offered_sales', 'en', [{ type: 'remove', slot: 'channels', value: ['email'] }]],
    // fixed: the company went to sales as "Acme Insurance is the company", and at the email question it was lost
    ['Acme Insurance is the company, email is lena.fischer@acme-ins.com', 'asked_email', 'en', [{ type: 'set', slot: 'email', value: 'lena.fischer@acme-ins.com' }, { type: 'set', slot: 'company', value: 'Acme Insurance' }]],
    // fixed: "Did you mean …?"
    ['What is your own estimate for the same setup?', 'offered_sales', 'en', [{ type: 'ask_estimate', aspect: 'annual' }]],
    // still: how it was worked out is the method's question
    ['how did you calculate your estimate?', 'offered_sales', 'en', [{ type: 'ask', topic: 'how_estimate_works' }]],
    // fixed: "did you mean how the estimate is worked out?" at the deployment question
    ['Estimasi biayanya berapa untuk cloud?', 'asked_deployment', 'id', [{ type: 'set', slot: 'deployment', value: 'cloud' }, { type: 'estimate' }]],
    // fixed: the article on cloud's missing set-up fee for a hybrid estimate
    ['biaya implementasi itu termasuk apa aja kak?', 'after_estimate', 'id', [{ type: 'ask_estimate', aspect: 'line', line: 'total' }]],
    // fixed: the month's and the year's totals
    ['Berapa per agen per bulan dalam USD?', 'after_estimate', 'id', [{ type: 'set', slot: 'currency', value: 'USD' }, { type: 'ask_estimate', aspect: 'per_agent' }]],
    // fixed: "I am not sure about that"
    // (since the thirteenth 2026-12-03 session the definition asked is looked up in its own words, whatever topic the
    // model hears beside it: it heard "biggest costs" after that session's retrain)
    ['hehe bercanda. btw contact center itu apa sih?', 'start', 'id', [{ type: 'ask', topic: 'other', query: 'Apa itu contact center?' }]],
    // fixed: "I am not sure what you mean"
    ['wich one you recomend for us?', 'offered_sales', 'en', [{ type: 'ask', topic: 'which_deployment' }]],
  ])('%s (%s)', (text, context, lang, expected) => {
    expect(commandsOf(text, context, lang)).toEqual(expected);
  });

  it.each([
    // fixed: a new platform was priced for one already owned ($181,000 up front)
    'Hi, we have a contact center of 90 agents, voice and email, on-premises, bought 3 years ago. Should we stay or move to cloud?',
    "I'm the COO. We have 200 agents on an old on-prem Avaya system, voice only. Would moving to cloud save money?",
  ])('an on-premises platform bought years ago, or an old one in use, is owned: %s', (text) => {
    expect(commandsOf(text, 'start')).toContainEqual({ type: 'set', slot: 'owned', value: true });
  });

  it.each<[string, number]>([
    // fixed: 10 (the last count won)
    ['university IT helpdesk here. we have 30 student workers and 10 full time staff on the helpdesk. we need voice, email and web chat', 40],
    // fixed: no head count ("peoples")
    ['we have agent 25 peoples, want voice and whatsap and email', 25],
    ['kami punya 20 agen tetap dan 5 agen magang', 25],
    // still: a count said again is the count
    ['25 agents, maybe 30 agents', 30],
  ])('%s → %i agents', (text, agents) => {
    // (groups added up also carry their parts, said back to the visitor)
    expect(commandsOf(text, 'start')).toContainEqual(expect.objectContaining({ type: 'set', slot: 'agents', value: agents }));
  });

  it('fixed: a lower-case self-introduction keeps the name and the company (they were asked again in the sales form)', () => {
    const cmds = commandsOf('hi im priya from northgate health, 28 agents voice + web chat, cloud', 'start');
    expect(cmds).toContainEqual({ type: 'set', slot: 'name', value: 'priya' });
    expect(cmds).toContainEqual({ type: 'set', slot: 'company', value: 'northgate health' });
  });

  it('fixed: "how many?" after a question about servers is the hardware line (it was out of scope)', () => {
    expect(commandsOf('how many?', 'after_estimate', 'en', { question: 'Do I need to buy servers?' })).toEqual([{ type: 'ask_estimate', aspect: 'line', line: 'hardware' }]);
    // still: with nothing before it, it is no line
    expect(commandsOf('how many?', 'after_estimate', 'en').some((c) => c.type === 'ask_estimate')).toBe(false);
  });

  it('fixed: "Can we reduce it?" after the storage line is looked up for storage (the general cost-saving tips came)', () => {
    expect(commandsOf('Can we reduce it?', 'after_estimate', 'en', { line: 'storage' })).toEqual([{ type: 'ask', topic: 'other', query: 'Can we reduce it? storage' }]);
    expect(retriever.ask('Can we reduce it? storage', 'en')).toMatchObject({ kind: 'answer', entry: { id: 'storage-lower' } });
  });
});

describe('twentieth round: entities', () => {
  it('fixed: a dash before a name is no part of it (the name failed the check and was asked again)', () => {
    const found = findContacts('0812-9988-7766 — Budi, PT Sinar Abadi, budi@sinarabadi.com', 'asked_name');
    expect(found.find((c) => c.slot === 'name')?.value).toBe('Budi');
  });

  it.each([
    ['Which one is more scalable?', []],
    ['which one is more expensive?', []],
    ['one more agent', [{ type: 'relative', slot: 'agents', op: 'add', amount: 1 }]],
  ])('"one" after "which" is no figure: %s', (text, expected) => {
    expect(readRelative(text)).toEqual(expected);
  });

  it('fixed: "licensing" names the platform line', () => {
    expect(readLine('Can you explain the licensing line?')).toBe('platform');
  });
});

describe('twentieth round: the knowledge base answers', () => {
  it.each<[string, 'en' | 'id', string]>([
    // fixed: the storage price (every other word matched "Cloud storage price per agent per year")
    ['what is the price per agent per year for cloud?', 'en', 'per-agent-cost'],
    // fixed: the cloud definition ("what is a contact center?" was read as "what is CCaaS?")
    ['what is a contact center?', 'en', 'call-vs-contact'],
    ['contact center itu apa sih?', 'id', 'call-vs-contact'],
    // still: CCaaS is a cloud contact center
    ['What is CCaaS?', 'en', 'cloud-what'],
    // fixed: the cloud definition
    ['What is the uptime of a cloud contact center?', 'en', 'uptime-by-deployment'],
    ['how reliable is on-prem?', 'en', 'uptime-by-deployment'],
    // fixed: "outside what I know" for a scalability question
    ['Which one lebih scalable?', 'id', 'scalability-by-deployment'],
    ['how scalable is on prem', 'en', 'scalability-by-deployment'],
    // fixed: the running costs of on-premises
    ['Hardware apa saja yang dibutuhkan kalau on-premise?', 'id', 'onprem-upfront'],
    // fixed: nothing ("servernya" matched no word)
    ['Berapa kira-kira harga servernya?', 'id', 'onprem-upfront'],
    // still: how cloud is paid for is what its definition says
    ['how do I pay for a cloud contact center?', 'en', 'cloud-what'],
    // fixed: the advantages of on-premises
    ['Why would anyone choose hybrid then?', 'en', 'hybrid-pros'],
  ])('%s (%s) → %s', (question, lang, id) => {
    expect(retriever.ask(question, lang)).toMatchObject({ kind: 'answer', entry: { id } });
  });

  it('a loanword with "-nya" is read without it', () => {
    expect(analyze('harga servernya', 'id')).toEqual(analyze('harga server', 'id'));
  });
});

/**
 * The "email me this" and "continue in chat" decisions row by row, on decide alone: typed commands in,
 * replies and effects out. The address lives only in the open question and leaves the state with it.
 */
import { describe, expect, it } from 'vitest';
import { decide, type DecideDeps } from '../../src/conversation/decide';
import { initialState, type ConversationState } from '../../src/conversation/state';
import type { Reply } from '../../src/conversation/replies';
import type { Command } from '../../src/nlu/commands';
import { defaultCatalog } from '../../src/cost/catalog';
import { parseScenario } from '../../src/cost/scenario';
import { createRetriever } from '../../src/answers';
import { topicEntries } from '../../src/bot/services';

const base: DecideDeps = { catalog: defaultCatalog(), retriever: createRetriever(), topicEntries: topicEntries(), leadsEnabled: true, consentText: () => 'I agree.' };
const withEmail: DecideDeps = { ...base, emailEnabled: true };
const channel = { id: 'webchat', conversationId: 'c1' };

function run(state: ConversationState, commands: Command[], deps: DecideDeps) {
  return decide(state, { kind: 'message', interpretation: { lang: state.lang, text: 'x', commands, confidence: 1 }, channel, now: new Date('2026-11-30T12:00:00Z') }, deps);
}

function priced(lang: 'en' | 'id' = 'en'): ConversationState {
  const s = { ...initialState(lang), welcomed: true, salesOffered: true };
  return run(s, [{ type: 'set', slot: 'agents', value: 40 }, { type: 'set', slot: 'channels', value: ['voice'] }, { type: 'set', slot: 'deployment', value: 'cloud' }], base).state;
}

const kinds = (replies: Reply[]) => replies.map((r) => (r.kind === 'text' ? `text:${r.text.key}` : r.kind === 'export_links' ? `export_links:${r.text.key}` : r.kind));
const send: Command[] = [{ type: 'send_estimate' }];

describe('decide: email me this', () => {
  it.each<[string, ConversationState, DecideDeps, string[]]>([
    ['no estimate yet', { ...initialState(), welcomed: true }, withEmail, ['text:sendEstimateNothingYet']],
    ['no SMTP: the buttons', priced(), base, ['export_links:sendEstimateUnavailable']],
    ['SMTP: asks which address', priced(), withEmail, ['text:emailEstimateAsk']],
  ])('%s', (_name, state, deps, expected) => {
    const d = run(state, send, deps);
    expect(kinds(d.replies)).toEqual(expected);
    expect(d.effects).toEqual([]);
  });

  it('an address in the same message is confirmed, then sent on yes, and is gone from the state', () => {
    let d = run(priced('id'), [...send, { type: 'set', slot: 'email', value: 'budi@contoh.co.id' }], withEmail);
    expect(kinds(d.replies)).toEqual(['text:emailEstimateConfirm']);
    expect(d.state.pending).toMatchObject({ kind: 'email_estimate', email: 'budi@contoh.co.id' });
    d = run(d.state, [{ type: 'yes' }], withEmail);
    expect(d.effects).toEqual([{ kind: 'send_estimate_email', to: 'budi@contoh.co.id', scenario: expect.objectContaining({ agents: 40 }), lang: 'id' }]);
    expect(JSON.stringify(d.state)).not.toContain('budi@');
    const after = decide(d.state, { kind: 'outcome', outcome: { kind: 'estimate_email_sent' } }, withEmail);
    expect(kinds(after.replies)).toEqual(['text:emailEstimateSent']);
  });

  it('an invalid address is asked again; "no" sends nothing and shows the buttons', () => {
    let d = run(priced(), send, withEmail);
    d = run(d.state, [{ type: 'set', slot: 'email', value: 'tom@' }], withEmail);
    expect(kinds(d.replies)).toEqual(['text:emailEstimateInvalid']);
    d = run(d.state, [{ type: 'set', slot: 'email', value: 'tom@example.com' }], withEmail);
    d = run(d.state, [{ type: 'no' }], withEmail);
    expect(d.effects).toEqual([]);
    expect(kinds(d.replies)).toEqual(['export_links:emailEstimateNotSent']);
  });

  it('a question while asked for the address is answered and the question dropped', () => {
    let d = run(priced(), send, withEmail);
    d = run(d.state, [{ type: 'ask', topic: 'egress' }], withEmail);
    expect(kinds(d.replies)).toContain('answer');
    expect(d.state.pending).toBeUndefined();
  });

  it.each([
    ['rate_limited', 'emailEstimateRateLimited'],
    ['failed', 'emailEstimateFailed'],
    ['unavailable', 'sendEstimateUnavailable'],
  ] as const)('outcome %s: says so and offers the buttons', (reason, key) => {
    const d = decide(priced(), { kind: 'outcome', outcome: { kind: 'estimate_email_not_sent', reason, ref: 'abc' } }, withEmail);
    expect(kinds(d.replies)).toEqual([`export_links:${key}`]);
  });
});

describe('decide: a shared scenario', () => {
  it.each(['en', 'id'] as const)('%s: replaces the scenario and prices it', (lang) => {
    const state = { ...priced(), pending: { kind: 'sales' as const } };
    const scenario = parseScenario({ agents: 75, channels: ['voice', 'social'], deployment: 'hybrid', years: 5 });
    const d = decide(state, { kind: 'shared_scenario', scenario, lang }, withEmail);
    expect(kinds(d.replies)).toEqual(['estimate', 'text:sharedScenarioNext']);
    expect(d.state.draft).toMatchObject({ agents: 75, channels: ['voice', 'social'], deployment: 'hybrid', years: 5 });
    expect(d.state.priced).toBe(true);
    expect(d.state.pending).toBeUndefined();
    const e = d.replies[0]!.kind === 'estimate' ? d.replies[0]!.estimate : undefined;
    expect(e?.scenario).toEqual(scenario);
  });
});

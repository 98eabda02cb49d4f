/**
 * Answers typed in the sales form, as an independent tester typed them (2026-12-01): the answer to the
 * question asked is that detail, a company's name is no scenario ("Hybrid Labs", "Social Pizza"), a short
 * answer is no sign of another language ("Brightlane Org"), a yes or a filler is no name or time ("Boleh",
 * "iya"), a time answered at the company question is a time ("sore aja", "anytime"), and at the "estimate
 * first, or just your details?" question a name or an email chooses the details. Each row failed before.
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import type { Command, Context } from '../../src/nlu/commands';

const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);

describe('answers in the sales form', () => {
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // a company named after a deployment or a channel
    ['Hybrid Labs', 'asked_company', 'en', [{ type: 'set', slot: 'company', value: 'Hybrid Labs' }]],
    ['Social Pizza', 'asked_company', 'en', [{ type: 'set', slot: 'company', value: 'Social Pizza' }]],
    // a company the model hears as off-topic or as a knowledge question
    ['Telkom Indonesia', 'asked_company', 'id', [{ type: 'set', slot: 'company', value: 'Telkom Indonesia' }]],
    ['Nextiva', 'asked_company', 'en', [{ type: 'set', slot: 'company', value: 'Nextiva' }]],
    // a scenario change at the company question stays a scenario change
    ['40 agents', 'asked_company', 'en', [{ type: 'set', slot: 'agents', value: 40 }]],
    ["Adatum, and we'd need 80 agents actually", 'asked_company', 'en', [{ type: 'set', slot: 'agents', value: 80 }, { type: 'set', slot: 'company', value: 'Adatum' }]],
    // a time at the company question
    ['sore aja', 'asked_company', 'id', [{ type: 'set', slot: 'time', value: 'sore' }]],
    ['anytime', 'asked_company', 'en', [{ type: 'set', slot: 'time', value: 'anytime' }]],
    ['Morning Star', 'asked_company', 'en', [{ type: 'set', slot: 'company', value: 'Morning Star' }]],
    // a name that looks like "lewati" (skip), a yes that is no name
    ['Wati', 'asked_name', 'id', [{ type: 'set', slot: 'name', value: 'Wati' }]],
    ['lewati', 'asked_name', 'id', [{ type: 'skip' }]],
    // (the half-typed address is kept as typed since the thirty-first round, for the form to turn down with a way forward)
    ['Bob Smith, bob@smithco', 'asked_name', 'en', [{ type: 'set', slot: 'email', value: 'bob@smithco' }, { type: 'set', slot: 'name', value: 'Bob Smith' }]],
    // a request typed at the question is no name or company; a name that starts with a word like "will" is a name
    ['just send the pdf', 'asked_name', 'en', [{ type: 'send_estimate' }]],
    ['Will Smith', 'asked_name', 'en', [{ type: 'set', slot: 'name', value: 'Will Smith' }]],
    ['Oh Min-jun', 'asked_name', 'en', [{ type: 'set', slot: 'name', value: 'Oh Min-jun' }]],
    ['oh wait use my work email tom.becker@northwind.example', 'asked_company', 'en', [{ type: 'correct', slot: 'email', value: 'tom.becker@northwind.example' }]],
    ['Can Do Inc', 'asked_company', 'en', [{ type: 'set', slot: 'company', value: 'Can Do Inc' }]],
    ['please have someone contact me, tuesdays after 2pm', 'asked_time', 'en', [{ type: 'set', slot: 'time', value: 'tuesdays after 2pm' }]],
    // times
    ['kapan aja', 'asked_time', 'id', [{ type: 'set', slot: 'time', value: 'kapanpun' }]],
    ['malam', 'asked_time', 'id', [{ type: 'set', slot: 'time', value: 'malam' }]],
    ['my email is actually bob.smith@smithco.com', 'asked_time', 'en', [{ type: 'correct', slot: 'email', value: 'bob.smith@smithco.com' }]],
    // the word "email" in an email correction chooses no channel
    // (a correction is no consent; the decision shows the summary again either way: test/conversation)
    ['eh emailnya salah, yang bener lina.s@abc.co.id', 'asked_consent', 'id', [{ type: 'correct', slot: 'email', value: 'lina.s@abc.co.id' }]],
  ])('%s (%s)', (text, context, lang, expected) => {
    expect(interpret(text, { context, lang }).commands).toEqual(expected);
  });

  it('"Dunno Ltd" at the company question is the company (the form then moves on)', () => {
    expect(interpret('Dunno Ltd', { context: 'asked_company', lang: 'en' }).commands).toContainEqual({ type: 'set', slot: 'company', value: 'Dunno Ltd' });
  });

  it.each<[string, Context, 'en' | 'id']>([
    ['Boleh', 'asked_name', 'id'],
    ['iya', 'asked_time', 'id'],
    ['ya boleh', 'asked_time', 'id'],
    ['typical', 'asked_name', 'en'],
  ])('"%s" (%s) is no value', (text, context, lang) => {
    const commands = interpret(text, { context, lang }).commands;
    expect(commands.filter((c) => c.type === 'set' || c.type === 'correct')).toEqual([]);
  });

  it.each(['Brightlane Org', 'Example Org'])('"%s" at the company question keeps the conversation in English', (text) => {
    expect(interpret(text, { context: 'asked_company', lang: 'en' }).lang).toBe('en');
  });

  it.each<[string, Command[]]>([
    ['Tom Becker', [{ type: 'no' }, { type: 'set', slot: 'name', value: 'Tom Becker' }]],
    ['Dewi Lestari', [{ type: 'no' }, { type: 'set', slot: 'name', value: 'Dewi Lestari' }]],
    ['tom@becker.example', [{ type: 'no' }, { type: 'set', slot: 'email', value: 'tom@becker.example' }]],
    ['just my details', [{ type: 'no' }]],
    ['sure', [{ type: 'yes' }]],
  ])('"%s" at "estimate first, or just your details?"', (text, expected) => {
    expect(interpret(text, { context: 'offered_sales', lang: 'en', question: 'scenario_choice' }).commands).toEqual(expected);
  });
});

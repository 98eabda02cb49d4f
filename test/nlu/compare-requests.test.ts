/**
 * Two deployments named against each other ask for the comparison (tried by an independent tester, 2026-12-01:
 * "60 agents voice sms, cloud vs on-prem?" and "I can't decide on cloud or on prem" got the deployment question
 * again). A knowledge question with nothing of the visitor's own stays a question. Each compare row failed before.
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import type { Context } from '../../src/nlu/commands';

const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);
const types = (text: string, context: Context, lang: 'en' | 'id') => interpret(text, { context, lang }).commands.map((c) => c.type);

describe('deployments named against each other', () => {
  it.each<[string, Context, 'en' | 'id']>([
    ['60 agents voice sms, cloud vs on-prem?', 'start', 'en'],
    ["We're evaluating replacing our Avaya system. 120 agents, voice, email and web chat. Need to compare on-prem vs cloud over 5 years.", 'start', 'en'],
    ["we have 150 agents and I can't decide on cloud or on prem. voice and chat. what do you suggest?", 'start', 'en'],
    ['berapa biaya on premise untuk 20 agen telepon, dan kalau cloud berapa, dan mana yg lebih hemat dalam 5 thn?', 'start', 'id'],
    ['cloud vs on-prem?', 'asked_deployment', 'en'],
    ['cloud vs on-prem?', 'after_estimate', 'en'],
  ])('"%s" (%s) asks for the comparison', (text, context, lang) => {
    expect(types(text, context, lang)).toContain('compare');
  });

  it.each<[string, Context, 'en' | 'id']>([
    ['what is the difference between cloud and on-prem?', 'start', 'en'],
    ['switch from cloud to on-prem', 'after_estimate', 'en'],
  ])('"%s" (%s) does not', (text, context, lang) => {
    expect(types(text, context, lang)).not.toContain('compare');
  });
});

/**
 * Readings found wrong in the nineteenth session (2026-12-04: a round of exploratory visitors, helpers who never saw
 * the code or the corpora). Every "fixed" row failed before its fix; the "still" rows are the neighbours the fix must
 * leave alone.
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import type { Command, Context, Interpretation } from '../../src/nlu/commands';
import type { InterpretContext } from '../../src/nlu/interpret';

const retriever = createRetriever();
const { interpret } = createServices({ catalog: defaultCatalog(), retriever, log: pino({ level: 'silent' }) } as never);
const read = (text: string, context: Context, lang: 'en' | 'id' = 'en', extra: Partial<InterpretContext> = {}): Interpretation =>
  interpret(text, { context, lang, ...extra }) as Interpretation;
const commandsOf = (text: string, context: Context, lang: 'en' | 'id' = 'en'): Command[] => read(text, context, lang).commands;

describe('twenty-seventh round: readings', () => {
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    // fixed: the add-on was added to the scenario
    ['WFM itu apa dan perlu gak buat 15 agen?', 'asked_volumes', 'id', [{ type: 'set', slot: 'agents', value: 15 }, { type: 'ask', topic: 'wfm' }]],
    ['do we need AI?', 'after_estimate', 'en', [{ type: 'ask', topic: 'ai' }]],
    ['would WFM help a team of 18?', 'after_estimate', 'en', [{ type: 'set', slot: 'agents', value: 18 }, { type: 'ask', topic: 'wfm' }]],
    ['is AI worth it for us?', 'after_estimate', 'en', [{ type: 'ask', topic: 'ai' }]],
    // still: an add-on asked for
    ['add WFM', 'after_estimate', 'en', [{ type: 'set', slot: 'wfm', value: true }]],
    ['we need WFM too', 'after_estimate', 'en', [{ type: 'set', slot: 'wfm', value: true }]],
    ['pakai WFM juga', 'after_estimate', 'id', [{ type: 'set', slot: 'wfm', value: true }]],
    // fixed: not understood
    ['gak usah dulu', 'after_estimate', 'id', [{ type: 'ack' }]],
    ['ga perlu', 'after_estimate', 'id', [{ type: 'ack' }]],
    ['gak usah dulu', 'offered_sales', 'id', [{ type: 'no' }]],
    ['wkwk oke', 'after_estimate', 'id', [{ type: 'ack' }]],
    ['haha ok thanks', 'after_estimate', 'en', [{ type: 'ack' }]],
    // fixed: "You are welcome!" and the name asked again
    ["no thanks, that's all", 'asked_name', 'en', [{ type: 'cancel' }]],
    ["nah that's all thanks", 'asked_email', 'en', [{ type: 'cancel' }]],
    // fixed: a time at the consent question was lost
    ['Afternoons', 'asked_consent', 'en', [{ type: 'set', slot: 'time', value: 'Afternoons' }]],
    ['kapan aja', 'asked_consent', 'id', [{ type: 'set', slot: 'time', value: 'kapanpun' }]],
    // still: yes and no at the consent question
    ['yes', 'asked_consent', 'en', [{ type: 'yes' }]],
    ['gak', 'asked_consent', 'id', [{ type: 'no' }]],
  ])('%s (%s, %s)', (text, context, lang, expected) => {
    expect(commandsOf(text, context, lang)).toEqual(expected);
  });
});

/**
 * A figure of the estimate on screen named by its period, its unit or its salary wording (2026-12-01, sixth session):
 * "total cost nya per year berapa?" was the 3-year total, "sebulan jadi brp?" the per-agent figure, "so what is the
 * monthly cost" the whole card again, "how many sms is that in total" the method, "and salaries?" the assumptions.
 * The rows marked "still" must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import type { Command, Context } from '../../src/nlu/commands';

const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);
const read = (text: string, context: Context, lang: 'en' | 'id' = 'en') => interpret(text, { context, lang }).commands;

describe('a figure of the estimate on screen', () => {
  it.each<[string, 'en' | 'id', Context, Command[]]>([
    ['total cost nya per year berapa?', 'id', 'after_estimate', [{ type: 'ask_estimate', aspect: 'annual' }]],
    ['sebulan jadi brp?', 'id', 'offered_sales', [{ type: 'ask_estimate', aspect: 'annual' }]],
    ['so what is the monthly cost', 'en', 'offered_sales', [{ type: 'ask_estimate', aspect: 'annual' }]],
    ['per agen setahun berapa?', 'id', 'after_estimate', [{ type: 'ask_estimate', aspect: 'per_agent' }]],
    ['how many sms is that in total', 'en', 'offered_sales', [{ type: 'ask_estimate', aspect: 'line', line: 'sms' }]],
    ['and salaries?', 'en', 'after_estimate', [{ type: 'ask', topic: 'staffing_costs', query: 'are agent salaries included in the estimate?' }]],
    ['gajinya gimana?', 'id', 'after_estimate', [{ type: 'ask', topic: 'staffing_costs', query: 'apakah gaji agen termasuk dalam estimasi?' }]],
  ])('%s (%s, %s)', (text, lang, context, commands) => {
    expect(read(text, context, lang)).toEqual(commands);
  });

  it.each<[string, Context, (c: Command[]) => boolean]>([
    // still: several years, another deployment, a change, two questions
    ['what would that be over 5 years', 'after_estimate', (c) => c.some((x) => x.type === 'set' && x.slot === 'years' && x.value === 5)],
    ['is hybrid cheaper per year?', 'after_estimate', (c) => !c.some((x) => x.type === 'ask_estimate' && x.aspect === 'annual')],
    ["what's the annual total? and per agent?", 'after_estimate', (c) => c.filter((x) => x.type === 'ask_estimate').length === 2],
    ['make it 40 agents, what is the monthly cost then?', 'after_estimate', (c) => c.some((x) => x.type === 'set' && x.slot === 'agents' && x.value === 40)],
    // still: the IT administrator's salary is a line of the estimate
    ["what's the IT admin salary assumption?", 'after_estimate', (c) => !c.some((x) => x.type === 'ask' && x.topic === 'staffing_costs')],
  ])('still: %s', (text, context, check) => {
    expect(check(read(text, context))).toBe(true);
  });
});

describe('a follow-up of a question no topic names', () => {
  it('"kalau on prem?" after the rollout question is that question about on-premises', () => {
    const c = interpret('kalau on prem?', { context: 'start', lang: 'id', followUp: { question: 'berapa lama sih implementasi contact center cloud?' } }).commands;
    expect(c).toEqual([{ type: 'ask', topic: 'other', query: 'berapa lama sih implementasi contact center on-premise?' }]);
  });
  it('"and hybrid?" adds the deployment when the question named none', () => {
    const c = interpret('and hybrid?', { context: 'start', lang: 'en', followUp: { question: 'how long does it take to go live?' } }).commands;
    expect(c).toEqual([{ type: 'ask', topic: 'other', query: 'how long does it take to go live? hybrid' }]);
  });
  it('still: "and 40 agents on prem?" changes the scenario', () => {
    const c = interpret('and 40 agents on prem?', { context: 'start', lang: 'en', followUp: { question: 'how long does it take to go live?' } }).commands;
    expect(c.some((x) => x.type === 'ask')).toBe(false);
  });
});

describe('the head count said again', () => {
  // "make it 40 again" was "not sure what you mean" (2026-12-01, sixth session)
  it.each(['make it 40 again', 'back to 40', 'jadiin 40 lagi', 'ok, make it 40 agents again'])('%s → 40 agents', (text) => {
    expect(read(text, 'after_estimate', /jadiin/.test(text) ? 'id' : 'en')).toEqual([{ type: 'set', slot: 'agents', value: 40 }]);
  });
  it('still: "make it 40k sms" is the SMS volume', () => {
    expect(read('make it 40k sms', 'after_estimate')).toContainEqual({ type: 'set', slot: 'sms_month', value: 40000 });
  });
});

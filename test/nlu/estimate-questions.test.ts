/**
 * Questions about the estimate on screen, as an independent tester asked them (2026-12-01): each got a different
 * figure than the one asked for ("what's the monthly?" the whole card, "does this include tax?" the assumptions,
 * "break even nya tahun ke berapa?" the annual cost, "TCO 5 tahun brp?" the 3-year total, "what's the total over
 * three years" only "nothing changed"). The rows failed before; the answers are checked through the bot.
 */
import { afterEach, describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import type { Command } from '../../src/nlu/commands';
import { createHarness, type Harness } from '../conversation/harness';

const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);

describe('questions about the estimate on screen', () => {
  it.each<[string, 'en' | 'id', Command[]]>([
    ["what's the monthly?", 'en', [{ type: 'ask_estimate', aspect: 'annual' }]],
    ['does this include tax?', 'en', [{ type: 'ask_estimate', aspect: 'tax' }]],
    ['total + ppn nya berapa?', 'id', [{ type: 'ask_estimate', aspect: 'tax' }]],
    ["what's the break-even year", 'en', [{ type: 'ask_estimate', aspect: 'break_even' }]],
    ['break even nya tahun ke berapa?', 'id', [{ type: 'ask_estimate', aspect: 'break_even' }]],
    ["what's the total over three years", 'en', [{ type: 'set', slot: 'years', value: 3 }, { type: 'ask_estimate', aspect: 'horizon_total' }]],
    ['total cost of ownership 5 tahun brp?', 'id', [{ type: 'set', slot: 'years', value: 5 }, { type: 'ask_estimate', aspect: 'horizon_total' }]],
    // an edit of the horizon stays an edit
    ['make it 5 years', 'en', [{ type: 'set', slot: 'years', value: 5 }]],
  ])('%s', (text, lang, expected) => {
    expect(interpret(text, { context: 'after_estimate', lang }).commands).toEqual(expected);
  });
});

describe('their answers', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('answers the monthly, per agent per year, tax and the same horizon without "nothing changed"', async () => {
    h = await createHarness('test', 'en-US');
    await h.say('50 agents voice email on prem');
    expect((await h.say("what's the monthly?")).join('\n')).toMatch(/about \$14,750 a month, \$177,000 a year/);
    expect((await h.say('per agent per year?')).join('\n')).toContain('$3,540 per agent per year');
    expect((await h.say('does this include tax?')).join('\n')).toContain('exclude tax');
    const same = (await h.say("what's the total over three years")).join('\n');
    expect(same).toContain('Over 3 years, on-premises comes to about');
    expect(same).not.toContain('nothing changed');
  });

  it('adds PPN in rupiah', async () => {
    h = await createHarness('test', 'id-ID');
    await h.say('50 agen telepon email on premise');
    expect((await h.say('total + ppn nya berapa?')).join('\n')).toMatch(/PPN \(11%\)/);
  });
});

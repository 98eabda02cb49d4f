/**
 * Head counts said per channel (2026-12-01, sixth session): "we have 25 on phones and 15 on email" asked how many
 * agents (the 15 became 15 emails a month), "20 agents on voice and 10 on chat" priced 20, "12 agents on phones and
 * another 6 doing email" also added 6 emails a month. Each row failed before; the rows marked "still" guard
 * neighbours that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import type { Command, Context } from '../../src/nlu/commands';

const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);
const read = (text: string, context: Context, lang: 'en' | 'id' = 'en') => interpret(text, { context, lang }).commands;
const agentsOf = (commands: Command[]) => commands.find((c) => (c.type === 'set' || c.type === 'correct') && c.slot === 'agents') as { value: number } | undefined;
const volumes = (commands: Command[]) => commands.filter((c) => 'slot' in c && /_month$/.test(c.slot));

describe('head counts said per channel', () => {
  it.each<[string, 'en' | 'id', number, string[]]>([
    ['we have 25 on phones and 15 on email, cloud', 'en', 40, ['voice', 'email']],
    ['20 agents on voice and 10 on chat, cloud', 'en', 30, ['voice', 'webchat']],
    ['12 agents on phones and another 6 doing email, cloud', 'en', 18, ['voice', 'email']],
    ['15 pegang telpon, 5 pegang email, cloud aja', 'id', 20, ['voice', 'email']],
  ])('%s (%s) → %i agents, no volumes', (text, lang, agents, channels) => {
    const c = read(text, 'start', lang);
    expect(agentsOf(c)?.value).toBe(agents);
    expect(c).toContainEqual({ type: 'set', slot: 'channels', value: channels });
    expect(volumes(c)).toEqual([]);
    expect(c.some((x) => x.type === 'relative')).toBe(false);
  });

  it('still: ten of the thirty on email is thirty agents', () => {
    expect(agentsOf(read('30 agents, 10 on email, cloud', 'start'))?.value).toBe(30);
  });
  it('still: one group alone is no head count ("25 on phones" may be anything)', () => {
    expect(agentsOf(read('25 on phones', 'start'))).toBeUndefined();
  });
  it('still: a volume keeps its unit', () => {
    expect(read('40 agents, 15000 emails a month, cloud', 'start')).toContainEqual({ type: 'set', slot: 'email_month', value: 15000 });
  });
  it('with an estimate on screen, "another 6 doing email" is six more agents', () => {
    expect(read('add another 6 doing email', 'after_estimate')).toContainEqual({ type: 'relative', slot: 'agents', op: 'add', amount: 6 });
  });
});

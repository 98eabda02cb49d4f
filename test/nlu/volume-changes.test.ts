/**
 * Volumes as an independent tester typed them (2026-12-01): a figure said per agent is multiplied by the head
 * count ("1,000 SMS per agent" for 30 agents was priced as 1,000 SMS, $10 instead of $300), and a new figure
 * after a volume's unit and a change verb is that volume ("kalo sms nya naik jadi 100rb?" became 100,000
 * agents with SMS as the only channel). Each row failed before.
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import { applyCommands, emptyDraft } from '../../src/conversation/draft';
import type { Command, Context } from '../../src/nlu/commands';
import { createHarness } from '../conversation/harness';

const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);

describe('volumes said per agent, and volumes changed to a figure', () => {
  it.each<[string, Context, 'en' | 'id', Command[]]>([
    ['30 agents, sms, cloud, 1000 sms per agent per month', 'start', 'en', [
      { type: 'set', slot: 'agents', value: 30 }, { type: 'set', slot: 'channels', value: ['sms'] }, { type: 'set', slot: 'deployment', value: 'cloud' },
      { type: 'set', slot: 'sms_month', value: 1000, perAgent: true },
    ]],
    ['each agent sends about 1000 texts a month', 'after_estimate', 'en', [{ type: 'set', slot: 'sms_month', value: 1000, perAgent: true }]],
    ['what if we had 3000 minutes per agent', 'after_estimate', 'en', [{ type: 'set', slot: 'minutes_month', value: 3000, perAgent: true }]],
    ['tiap agen kira2 500 sms sebulan', 'after_estimate', 'id', [{ type: 'set', slot: 'sms_month', value: 500, perAgent: true }]],
    ['kalo sms nya naik jadi 100rb?', 'after_estimate', 'id', [{ type: 'set', slot: 'sms_month', value: 100_000 }]],
    ['sms jadi 100 ribu', 'after_estimate', 'id', [{ type: 'set', slot: 'sms_month', value: 100_000 }]],
    ['menit telponnya naik jadi 90rb?', 'after_estimate', 'id', [{ type: 'set', slot: 'minutes_month', value: 90_000 }]],
    ['what if calls go up to 5000', 'after_estimate', 'en', [{ type: 'set', slot: 'calls_month', value: 5000 }]],
    // the AI add-on's conversations (the AI line stayed "usage-based" at $0 whatever volume was given)
    ['add AI for 5,000 conversations a month', 'after_estimate', 'en', [{ type: 'set', slot: 'ai', value: true }, { type: 'set', slot: 'ai_month', value: 5000 }]],
    ['8000 AI conversations a month', 'after_estimate', 'en', [{ type: 'set', slot: 'ai_month', value: 8000 }]],
    ['pakai AI, sekitar 5rb percakapan sebulan', 'after_estimate', 'id', [{ type: 'set', slot: 'ai', value: true }, { type: 'set', slot: 'ai_month', value: 5000 }]],
    ['2,500 WhatsApp conversations a month', 'after_estimate', 'en', [{ type: 'set', slot: 'social_month', value: 2500 }]],
    // the change verb alone still points at the head count
    ['agennya jadi 60', 'after_estimate', 'id', [{ type: 'set', slot: 'agents', value: 60 }]],
    ['make it 60', 'after_estimate', 'en', [{ type: 'set', slot: 'agents', value: 60 }]],
  ])('%s (%s)', (text, context, lang, expected) => {
    expect(interpret(text, { context, lang }).commands).toEqual(expected);
  });

  it('a per-agent volume is multiplied by the head count said before it, and needs one', () => {
    const withAgents = applyCommands(emptyDraft(), [{ type: 'set', slot: 'agents', value: 30 }, { type: 'set', slot: 'sms_month', value: 1000, perAgent: true }]);
    expect(withAgents.draft.volumes.smsPerMonth).toBe(30_000);
    expect(withAgents.perAgentVolumes).toEqual([{ key: 'smsPerMonth', perAgent: 1000, agents: 30 }]);
    const without = applyCommands(emptyDraft(), [{ type: 'set', slot: 'sms_month', value: 1000, perAgent: true }]);
    expect(without.draft.volumes.smsPerMonth).toBeUndefined();
    expect(without.rejected).toEqual([{ slot: 'smsPerMonth', reason: 'perAgentNoAgents' }]);
  });

  it('the bot prices the AI add-on with the conversations given', async () => {
    const h = await createHarness('test', 'en-US');
    try {
      await h.say('40 agents voice cloud with AI, about 8000 conversations a month');
      const state = await h.state();
      expect(state.draft.addOns).toMatchObject({ ai: true, aiConversationsPerMonth: 8000 });
      const estimate = h.last.find((a) => (a.channelData as { advisor?: { kind?: string } } | undefined)?.advisor?.kind === 'estimate');
      expect(JSON.stringify(estimate)).toContain('$800');
    } finally {
      await h.close();
    }
  });

  it('the bot prices 1,000 SMS per agent for 30 agents as 30,000 SMS and says so', async () => {
    const h = await createHarness('test', 'en-US');
    try {
      const replies = (await h.say('30 agents, sms, cloud, 1000 sms per agent per month')).join('\n');
      expect(replies).toContain('1,000 × 30 agents = 30,000 SMS a month');
      expect((await h.state()).draft.volumes.smsPerMonth).toBe(30_000);
    } finally {
      await h.close();
    }
  });
});

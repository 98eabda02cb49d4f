/**
 * Staffing for chats and emails (the twenty-third round of visitors: "500 emails a day, how many agents?" was not
 * understood; "500 chat sehari" was sized as 5.5-minute phone calls). Chats are handled several at once; emails wait
 * in a queue, so the agents on duty are the work itself.
 */
import { describe, expect, it } from 'vitest';
import { erlangC } from '../../src/cost/erlang';
import { planStaffing, staffingDefaults } from '../../src/cost/staffing';

const d = staffingDefaults();

describe('planStaffing by channel', () => {
  it.each([
    // volume a day, channel, on duty, paid — worked by hand from knowledge/staffing.json's defaults
    // 500 emails a day, 8 h: 62.5 an hour x 8 min = 8.33 agent-hours an hour -> 9 on duty, 9 / 0.7 -> 13 paid
    [500, 'email' as const, 9, 13],
    // 100 emails a day: 12.5 an hour x 8 min = 1.67 -> 2 on duty -> 3 paid
    [100, 'email' as const, 2, 3],
  ])('%i %s a day: %i on duty, %i paid', (volume, channel, onDuty, paid) => {
    const p = planStaffing({ volume, per: 'day', channel });
    expect(p.channel).toBe(channel);
    expect(p.agentsOnPhones).toBe(onDuty);
    expect(p.agentsPaid).toBe(paid);
    expect(p.used.ahtSeconds).toMatchObject({ value: d.emailAhtSeconds.value, assumed: true });
  });

  it('chats take the chat handle time shared by the chats an agent handles at once (Erlang C on the shared time)', () => {
    const p = planStaffing({ volume: 500, per: 'day', channel: 'chat' });
    const same = erlangC({ calls: 62.5, periodSeconds: 3600, ahtSeconds: d.chatAhtSeconds.value / d.chatConcurrency.value, targetSeconds: 20, targetServiceLevel: 0.8, shrinkage: 0.3 });
    expect(p.channel).toBe('chat');
    expect(p.agentsOnPhones).toBe(same.agents);
    expect(p.concurrency).toMatchObject({ value: d.chatConcurrency.value, assumed: true });
    expect(p.used.ahtSeconds).toMatchObject({ value: d.chatAhtSeconds.value, assumed: true });
    // fewer agents than the same number of 5.5-minute calls would need, more than none
    expect(p.agentsOnPhones).toBeLessThan(planStaffing({ volume: 500, per: 'day' }).agentsOnPhones + 5);
    expect(p.agentsOnPhones).toBeGreaterThan(0);
  });

  it('calls stay calls, and a handle time given replaces the channel default', () => {
    expect(planStaffing({ volume: 2000, per: 'day' }).channel).toBe('voice');
    expect(planStaffing({ volume: 500, per: 'day', channel: 'email', ahtSeconds: 240 }).used.ahtSeconds).toEqual({ value: 240, assumed: false });
  });

  it('every channel default carries a reason in both languages', () => {
    for (const key of ['chatAhtSeconds', 'chatConcurrency', 'emailAhtSeconds'] as const) {
      expect(d[key].reason.en, key).toMatch(/assum/);
      expect(d[key].reason.id, key).toMatch(/asumsi/);
    }
  });
});

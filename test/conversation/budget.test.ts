/**
 * A budget answered with the head count it buys (tried by independent testers, 2026-12-01: "I have a budget of
 * $10,000 a month. How many agents can I afford…?" and "budget kami cuma 50 juta sebulan, bisa dapet berapa agen?"
 * were asked for the number of agents instead). The figure is checked against the engine: the head count's
 * monthly total fits the budget and one more agent does not.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness';
import { estimate } from '../../src/cost/estimate';
import { exchangeRate } from '../../src/cost/currency';
import { readBudget } from '../../src/nlu/interpret';

let h: Harness;
afterEach(async () => h?.close());

const monthly = (agents: number, channels: string[], deployment: string) => estimate({ agents, channels, deployment } as never).totals.monthly.typical;

describe('budget questions', () => {
  it.each<[string, 'en' | 'id', ReturnType<typeof readBudget>]>([
    // a year and counts are no money: "FY2027" was a $2,027 budget, "220 kamar" a budget of Rp 220
    ['I am preparing a budget submission for FY2027', 'en', undefined],
    ['hotel 220 kamar, budget 80jt/bulan', 'id', { amount: 80_000_000, currency: 'IDR', per: 'month' }],
    ['budget for 300 agents is $20,000 a month', 'en', { amount: 20_000, currency: 'USD', per: 'month' }],
    ['I have a budget of $10,000 a month. How many agents can I afford with voice in the cloud?', 'en', { amount: 10_000, currency: 'USD', per: 'month' }],
    ['we can spend 120k a year', 'en', { amount: 120_000, currency: 'USD', per: 'year' }],
    ['budget kami cuma 50 juta sebulan, bisa dapet berapa agen ya?', 'id', { amount: 50_000_000, currency: 'IDR', per: 'month' }],
    ['dana kami sekitar 100jt/bulan. cukup buat brp agen kalo cloud telepon?', 'id', { amount: 100_000_000, currency: 'IDR', per: 'month' }],
    ['what does the budget line include?', 'en', undefined],
    // "Dana" is a name, not "dana" (funds)
    ['Dana Whitfield, dana@x.io, 0812 3456 7890', 'id', undefined],
  ])('%s', (text, lang, expected) => {
    expect(readBudget(text, lang)).toEqual(expected);
  });

  it('answers the head count a dollar budget buys, and "Price N agents" prices the count typed', async () => {
    h = await createHarness('test', 'en-US');
    const replies = (await h.say('I have a budget of $10,000 a month. How many agents can I afford with voice in the cloud?')).join('\n');
    const agents = Number(/about \*\*(\d+) agents\*\*/.exec(replies)?.[1]);
    expect(monthly(agents, ['voice'], 'cloud')).toBeLessThanOrEqual(10_000);
    expect(monthly(agents + 1, ['voice'], 'cloud')).toBeGreaterThan(10_000);
    await h.say('Price 35 agents');
    await h.say('use typical volumes');
    expect((await h.state()).draft.agents).toBe(35);
  });

  it('answers a rupiah budget in rupiah', async () => {
    h = await createHarness('test', 'id-ID');
    const replies = (await h.say('budget kami cuma 50 juta sebulan, bisa dapet berapa agen ya?')).join('\n');
    expect(replies).toContain('Rp 50.000.000');
    const agents = Number(/sekitar \*\*(\d+) agen\*\*/.exec(replies)?.[1]);
    const usd = 50_000_000 / exchangeRate('IDR').rate;
    expect(monthly(agents, ['voice'], 'cloud')).toBeLessThanOrEqual(usd);
    expect(monthly(agents + 1, ['voice'], 'cloud')).toBeGreaterThan(usd);
  });
});

/**
 * Two real bot processes (`node --import tsx src/index.ts`) sharing one PostgreSQL database:
 * state written by one is read by the other, and both DeliveryWorkers share one outbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { BotProcess, eventually, freePort } from './processes';
import { PG_AVAILABLE, createScratchDatabase, type ScratchDatabase } from '../storage/pg-scratch';
import { ChannelRecorder, Conversation } from './channel';
import { startReceiver } from '../handoff/receiver';
import { estimate } from '../../src/cost/estimate';
import { formatMoney } from '../../src/i18n/money';
import { dialogStrings } from '../../src/i18n/dialogs';

const en = dialogStrings.en;

describe.skipIf(!PG_AVAILABLE)('two bot processes on one PostgreSQL database', () => {
  let scratch: ScratchDatabase;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const recorder = new ChannelRecorder();
  let a: BotProcess;
  let b: BotProcess;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    await recorder.start();
    // The first delivery is held for 5 s, so the second lead is created while the first row is leased.
    receiver = await startReceiver(['hang'], 5_000);
    const env = { DATABASE_URL: scratch.url, SALES_WEBHOOK_URL: receiver.url };
    const [pa, pb] = [await freePort(), await freePort()];
    [a, b] = await Promise.all([new BotProcess(pa, env).start(), new BotProcess(pb, env).start()]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.kill(), b?.kill()]);
    await receiver?.close();
    await recorder.stop();
    await scratch?.drop();
  });

  /** Each turn goes to the other process than the one before. */
  function alternating(first: 0 | 1 = 0) {
    let turn = first;
    return new Conversation(() => [a, b][turn++ % 2]!.url, recorder);
  }

  it('an estimate step by step, each answer to the other process, matches the engine', async () => {
    const c = alternating();
    expect(await c.say('I want an estimate')).toContain(en.askAgents);
    expect(await c.say('120 seats')).toContain(en.askChannels);
    expect(await c.say('voice, sms and web chat')).toContain(en.askDeployment);
    expect(await c.say('on-premises')).toMatch(/add-ons/);
    const replies = await c.say('10,000 SMS a month with WFM');
    const e = estimate({
      agents: 120,
      channels: ['voice', 'sms', 'webchat'],
      deployment: 'onPremises',
      volumes: { smsPerMonth: 10_000 },
      addOns: { wfm: true, ai: false, customIntegrations: 0 },
    });
    expect(replies).toContain('Estimate: 120 agents');
    expect(replies).toContain(formatMoney(e.totals.monthly.typical, 'en'));
    // A what-if on the other process sees the scenario the first one saved.
    expect(await c.say('make it 80 agents')).toContain('agents 120 → 80');
  });

  it('leads created through both processes while a delivery is in flight reach the webhook exactly once each', async () => {
    async function upToConsent(c: Conversation) {
      await c.say('40 agents, voice and SMS, cloud');
      expect(await c.say('talk to sales')).toContain(en.askName);
      expect(await c.say('Sam Lee')).toContain(en.askEmail);
      expect(await c.say('sam@acme.example')).toContain(en.askCompany);
      expect(await c.say('Acme Ltd')).toContain(en.askPhone);
      expect(await c.say('skip')).toContain(en.askTime);
      expect(await c.say('skip')).toContain(en.askConsent.split('?')[0]);
    }
    // 7 turns each: conversation 1's consent goes to process b, conversation 2's to process a.
    const c1 = alternating(0);
    const c2 = alternating(1);
    await upToConsent(c1);
    await upToConsent(c2);
    const ref1 = /CCA-[0-9A-Z]{6}/.exec(await c1.say('yes'))?.[0];
    // The first delivery is now held by the receiver; the second lead kicks the other process's worker.
    await eventually(async () => receiver.calls.length >= 1);
    const ref2 = /CCA-[0-9A-Z]{6}/.exec(await c2.say('yes'))?.[0];
    expect(ref1).toBeDefined();
    expect(ref2).toBeDefined();

    await eventually(async () => receiver.accepted.size === 2, 20_000);
    // Both workers keep running; give them time to (wrongly) send again before counting.
    await new Promise((r) => setTimeout(r, 1_500));
    const keys = receiver.calls.map((c) => c.key);
    expect(new Set(keys).size).toBe(2);
    expect(keys).toHaveLength(2);
    // Lead 2 arrived while lead 1 was still held: the other process's worker delivered it, and
    // it skipped lead 1's leased row instead of sending it a second time.
    expect([...receiver.accepted.values()].map((body) => (body as { reference: string }).reference)).toEqual([ref2, ref1]);

    const db = new pg.Client({ connectionString: scratch.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ status: string; attempts: number }>(`SELECT status, attempts FROM outbox ORDER BY id`);
      expect(rows).toEqual([
        { status: 'delivered', attempts: 1 },
        { status: 'delivered', attempts: 1 },
      ]);
    } finally {
      await db.end();
    }
  });
});

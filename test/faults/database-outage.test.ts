/**
 * PostgreSQL goes away under traffic and comes back: a real bot process reaches its scratch
 * database through a TCP proxy that the test cuts and restores (the real server keeps running).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess, eventually, freePort } from '../scale/processes';
import { ChannelRecorder, Conversation } from '../scale/channel';
import { TcpProxy } from './tcp-proxy';
import { PG_AVAILABLE, createScratchDatabase, type ScratchDatabase } from '../storage/pg-scratch';
import { dialogStrings } from '../../src/i18n/dialogs';
import type { Lead } from '../../src/handoff/lead-store';

const en = dialogStrings.en;
const ADMIN_API_KEY = 'outage-test-admin-key-0123456789';
// The words before the reference number, which changes every time.
const UNAVAILABLE = en.unavailable.split('(')[0]!.trim();

describe.skipIf(!PG_AVAILABLE)('PostgreSQL outage under traffic', () => {
  let scratch: ScratchDatabase;
  let proxy: TcpProxy;
  let bot: BotProcess;
  const recorder = new ChannelRecorder();

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    const direct = new URL(scratch.url);
    proxy = await new TcpProxy(direct.hostname, Number(direct.port || 5432)).start();
    const viaProxy = new URL(scratch.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    await recorder.start();
    bot = await new BotProcess(await freePort(), { DATABASE_URL: viaProxy.toString(), ADMIN_API_KEY }).start();
  }, 60_000);

  afterAll(async () => {
    await bot?.kill();
    await proxy?.cut();
    await recorder.stop();
    await scratch?.drop();
  });

  it('says "temporarily unavailable", /readyz 503, stays up; after the database returns the conversations continue and nothing confirmed is lost', async () => {
    // Conversation 1 confirms a lead; conversation 2 is in the middle of the estimate dialog.
    const c1 = new Conversation(() => bot.url, recorder);
    expect(await c1.say('60 agents, voice and SMS, cloud')).toContain('Estimate: 60 agents');
    await c1.say('talk to sales');
    await c1.say('Sam Lee');
    await c1.say('sam@acme.example');
    await c1.say('Acme Ltd');
    await c1.say('skip');
    await c1.say('skip');
    const reference = /CCA-[0-9A-Z]{6}/.exec(await c1.say('yes'))?.[0];
    expect(reference).toBeDefined();
    const c2 = new Conversation(() => bot.url, recorder);
    expect(await c2.say('I want an estimate')).toContain(en.askAgents);
    expect(await c2.say('45 agents')).toContain(en.askChannels);

    // Traffic in flight when the connection drops: every turn still gets an answer, not a 5xx.
    const others = Array.from({ length: 12 }, () => new Conversation(() => bot.url, recorder));
    const inFlight = Promise.all(others.map((c) => c.send('30 agents, voice, on-premises')));
    await new Promise((r) => setTimeout(r, 5));
    await proxy.cut();
    for (const r of await inFlight) {
      expect(r.status).toBeLessThan(500);
      expect(r.text).toMatch(new RegExp(`Estimate: 30 agents|${UNAVAILABLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }

    for (const [c, text] of [
      [c2, 'voice and email'],
      [c1, 'make it 80 agents'],
      [c2, 'voice and email'],
    ] as const) {
      const r = await c.send(text);
      expect(r.status).toBeLessThan(500);
      expect(r.text).toContain(UNAVAILABLE);
    }
    expect(await bot.readyStatus()).toBe(503);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    const admin = await fetch(`${bot.url}/api/leads`, { headers: { authorization: `Bearer ${ADMIN_API_KEY}` } });
    // The admin API fails as a plain error answer, without a stack trace.
    expect(admin.status).toBeGreaterThanOrEqual(500);
    expect(JSON.stringify(await admin.json())).not.toMatch(/\bat .*\.ts:\d+/);
    expect(bot.alive).toBe(true);

    await proxy.restore();
    await eventually(async () => (await bot.readyStatus()) === 200, 20_000, 200);

    // The failed turns changed nothing: conversation 2 is still at the channels question.
    expect(await c2.say('voice and email')).toContain(en.askDeployment);
    expect(await c2.say('cloud')).toMatch(/add-ons/);
    expect(await c2.say('skip')).toContain('Estimate: 45 agents, voice and email, cloud');
    // Conversation 1 still has its scenario, and its lead is stored as confirmed.
    expect(await c1.say('make it 80 agents')).toContain('agents 60 → 80');
    const res = await fetch(`${bot.url}/api/leads/${reference}`, { headers: { authorization: `Bearer ${ADMIN_API_KEY}` } });
    expect(res.status).toBe(200);
    const lead = (await res.json()) as Lead;
    expect(lead.status).toBe('active');
    expect(lead.summary?.contact).toMatchObject({ name: 'Sam Lee', email: 'sam@acme.example', company: 'Acme Ltd' });
    expect(lead.summary?.scenario?.agents).toBe(60);
    expect(bot.alive).toBe(true);
  }, 60_000);
});

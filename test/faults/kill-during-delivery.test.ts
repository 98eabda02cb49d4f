/**
 * kill -9 of a real bot process (SQLite) while a lead is on its way to the sales webhook: after
 * a restart the lead arrives exactly once (by Idempotency-Key) and the stored lead is intact.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BotProcess, eventually, freePort } from '../scale/processes';
import { ChannelRecorder, Conversation } from '../scale/channel';
import { startReceiver, type Behaviour } from '../handoff/receiver';
import { dialogStrings } from '../../src/i18n/dialogs';
import type { Lead } from '../../src/handoff/lead-store';

const en = dialogStrings.en;
const ADMIN_API_KEY = 'fault-test-admin-key-0123456789';

let dataDir: string;
let bot: BotProcess | undefined;
let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
const recorder = new ChannelRecorder();

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-faults-'));
  await recorder.start();
});
afterEach(async () => {
  await bot?.kill();
  bot = undefined;
  await receiver?.close();
  receiver = undefined;
  await recorder.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function startBot(script: Behaviour[] = [], hangMs = 1_000) {
  receiver = await startReceiver(script, hangMs);
  bot = await new BotProcess(await freePort(), { DATA_DIR: dataDir, SALES_WEBHOOK_URL: receiver.url, ADMIN_API_KEY }).start();
  return bot;
}

async function storedLead(reference: string): Promise<Lead> {
  const res = await fetch(`${bot!.url}/api/leads/${reference}`, { headers: { authorization: `Bearer ${ADMIN_API_KEY}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as Lead;
}

/** Prices a scenario and fills the handoff form up to the consent question. */
async function upToConsent(c: Conversation) {
  expect(await c.say('40 agents, voice and SMS, cloud')).toContain('Estimate: 40 agents');
  expect(await c.say('talk to sales')).toContain(en.askName);
  expect(await c.say('Sam Lee')).toContain(en.askEmail);
  expect(await c.say('sam@acme.example')).toContain(en.askCompany);
  expect(await c.say('Acme Ltd')).toContain(en.askPhone);
  expect(await c.say('skip')).toContain(en.askTime);
  expect(await c.say('skip')).toContain(en.askConsent.split('?')[0]);
}

function expectIntact(lead: Lead, reference: string) {
  expect(lead.reference).toBe(reference);
  expect(lead.status).toBe('active');
  expect(lead.summary?.contact).toMatchObject({ name: 'Sam Lee', email: 'sam@acme.example', company: 'Acme Ltd' });
  expect(lead.summary?.scenario?.agents).toBe(40);
}

describe('kill -9 of the bot process during lead delivery', () => {
  it('while the webhook holds the request: after restart the lead is delivered once by Idempotency-Key and intact', async () => {
    // The receiver processes the first request only after 2 s, long after the sender is dead.
    const b = await startBot(['hang'], 2_000);
    const c = new Conversation(() => b.url, recorder);
    await upToConsent(c);
    const reference = /CCA-[0-9A-Z]{6}/.exec(await c.say('yes'))?.[0];
    expect(reference).toBeDefined();
    await eventually(async () => receiver!.calls.length === 1);
    await b.kill();
    // The held request is processed after all; the sender never learnt that it was.
    await eventually(async () => receiver!.accepted.size === 1);

    await b.start();
    expectIntact(await storedLead(reference!), reference!);
    // The dead worker's lease has to run out before another worker retries (timeout × 2 + 5 s = 25 s).
    await eventually(async () => receiver!.calls.length === 2, 40_000, 200);
    const lead = await eventually(async () => {
      const l = await storedLead(reference!);
      return l.deliveries[0]?.status === 'delivered' && l;
    });
    await new Promise((r) => setTimeout(r, 1_000));
    expect(receiver!.calls).toHaveLength(2);
    expect(receiver!.calls[0]!.key).toBe(receiver!.calls[1]!.key);
    expect(receiver!.accepted.size).toBe(1);
    expect((receiver!.accepted.get(receiver!.calls[0]!.key!) as { reference: string }).reference).toBe(reference);
    expectIntact(lead, reference!);
    expect(lead.deliveries).toEqual([expect.objectContaining({ kind: 'lead', version: 1, status: 'delivered', attempts: 2 })]);
  }, 60_000);

  it('between failed attempts: the retry after restart delivers the lead once', async () => {
    const b = await startBot(['500']);
    const c = new Conversation(() => b.url, recorder);
    await upToConsent(c);
    const reference = /CCA-[0-9A-Z]{6}/.exec(await c.say('yes'))?.[0];
    expect(reference).toBeDefined();
    await eventually(async () => (await storedLead(reference!)).deliveries[0]?.lastHttpStatus === 500);
    await b.kill();
    expect(receiver!.accepted.size).toBe(0);

    await b.start();
    await eventually(async () => receiver!.accepted.size === 1, 20_000);
    const lead = await eventually(async () => {
      const l = await storedLead(reference!);
      return l.deliveries[0]?.status === 'delivered' && l;
    });
    expect(receiver!.calls.map((x) => x.key)).toEqual([receiver!.calls[0]!.key, receiver!.calls[0]!.key]);
    expectIntact(lead, reference!);
  }, 60_000);
});

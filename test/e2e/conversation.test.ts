import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { ChannelRecorder, Conversation, startApp, tempDataDir, visibleText, type SentActivity } from './harness';
import { freePort } from '../scale/processes';
import type { App } from '../../src/app';
import { estimate } from '../../src/cost/estimate';
import { formatMoney } from '../../src/i18n/money';
import { dialogStrings } from '../../src/i18n/dialogs';
import { builtServerArgs } from './built-server';

const recorder = new ChannelRecorder();
let app: App | undefined;

beforeAll(async () => {
  await recorder.start();
});
afterAll(async () => {
  await recorder.stop();
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const text = (replies: SentActivity[]) => replies.map(visibleText).join('\n');
const cards = (replies: SentActivity[]) =>
  replies.flatMap((r) => (r.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content));

function conversation(channelId = 'emulator', locale = 'en-US') {
  return new Conversation(() => app!.url, recorder, channelId, locale);
}

describe('whole conversations over HTTP (restify + CloudAdapter + SQLite)', () => {
  it('welcomes on join and prices a step-by-step scenario with figures equal to the engine', async () => {
    app = await startApp();
    const c = conversation();
    expect(text(await c.join())).toContain('Contact Center Cost Advisor');
    expect(text(await c.say('I want an estimate'))).toContain(dialogStrings.en.askAgents);
    expect(text(await c.say('120 seats'))).toContain(dialogStrings.en.askChannels);
    const channelPrompt = await c.say('voice, sms and web chat');
    expect(text(channelPrompt)).toContain(dialogStrings.en.askDeployment);
    expect(text(await c.say('on-premises'))).toMatch(/add-ons/);
    const replies = await c.say('10,000 SMS a month with WFM');
    const e = estimate({
      agents: 120,
      channels: ['voice', 'sms', 'webchat'],
      deployment: 'onPremises',
      volumes: { smsPerMonth: 10_000 },
      addOns: { wfm: true, ai: false, customIntegrations: 0 },
    });
    const estimateCard = cards(replies)[0];
    expect(estimateCard.version).toBe('1.5');
    expect(JSON.stringify(estimateCard)).toContain(formatMoney(e.totals.monthly.typical, 'en'));
    expect(JSON.stringify(estimateCard)).toContain(formatMoney(e.totals.first12Months.typical, 'en'));
    for (const card of cards(replies)) expect(Number(card.version)).toBeLessThanOrEqual(1.5);
  });

  it('one sentence in Indonesian goes straight to an Indonesian estimate', async () => {
    app = await startApp();
    const c = conversation('emulator', 'id-ID');
    const replies = await c.say('kami punya 40 agen, butuh telepon dan email, di cloud');
    const e = estimate({ agents: 40, channels: ['voice', 'email'], deployment: 'cloud' });
    expect(text(replies)).toContain('Estimasi: 40 agen, telepon dan email, cloud');
    expect(text(replies)).toContain(formatMoney(e.totals.monthly.typical, 'id'));
  });

  it('what-if edits show the change against the previous estimate', async () => {
    app = await startApp();
    const c = conversation();
    await c.say('50 agents, voice and SMS, cloud');
    const before = estimate({ agents: 50, channels: ['voice', 'sms'], deployment: 'cloud' });
    const after = estimate({ agents: 80, channels: ['voice', 'sms'], deployment: 'cloud' });
    const replies = await c.say('make it 80 agents');
    expect(text(replies)).toContain('agents 50 → 80');
    expect(text(replies)).toContain(
      `Monthly total: ${formatMoney(before.totals.monthly.typical, 'en')} → ${formatMoney(after.totals.monthly.typical, 'en')}`,
    );
  });

  it('continues at the same question after the server is stopped and started on the same data', async () => {
    const dataDir = tempDataDir();
    app = await startApp({ DATA_DIR: dataDir });
    const c = conversation();
    await c.say('estimate');
    expect(text(await c.say('75 agents'))).toContain(dialogStrings.en.askChannels);
    await app.close();
    app = await startApp({ DATA_DIR: dataDir });
    expect(text(await c.say('email and social'))).toContain(dialogStrings.en.askDeployment);
  });

  it('rejects a serviceUrl outside loopback in local mode, malformed JSON and oversized bodies', async () => {
    app = await startApp();
    const c = conversation();
    const bad = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hi', serviceUrl: 'http://169.254.169.254/latest', conversation: { id: c.id }, channelId: 'emulator', from: { id: 'u' }, recipient: { id: 'b' } }),
    });
    expect(bad.status).toBe(403);
    const malformed = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"type":' });
    expect(malformed.status).toBe(400);
    const notActivity = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[1,2]' });
    expect(notActivity.status).toBe(400);
    const huge = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(400_000) }),
    });
    expect(huge.status).toBe(413);
  });

  it('answers an over-long message with a clear limit instead of processing it', async () => {
    app = await startApp();
    const c = conversation();
    expect(text(await c.say('a'.repeat(5_000)))).toContain('5,000 characters; the limit is 2,000');
  });

  it('understands a Teams channel message with an @mention, with cards at version 1.5 or lower', async () => {
    app = await startApp();
    const c = conversation('msteams');
    const mention = { type: 'mention', mentioned: { id: 'advisor-bot', name: 'Cost Advisor' }, text: '<at>Cost Advisor</at>' };
    const replies = await c.say('<at>Cost Advisor</at> 40 agents, voice and email, hybrid', {
      entities: [mention],
      conversation: { id: c.id, conversationType: 'channel', isGroup: true },
    });
    expect(text(replies)).toContain('Estimate: 40 agents, voice and email, hybrid');
    for (const card of cards(replies)) expect(Number(card.version)).toBeLessThanOrEqual(1.5);
  });
});

describe('crash survival', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    child?.kill('SIGKILL');
    child = undefined;
  });

  async function spawnServer(dataDir: string, port: number): Promise<ChildProcess> {
    const proc = spawn(process.execPath, builtServerArgs(), {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '' },
      stdio: 'ignore',
    });
    const deadline = Date.now() + 60_000; // several servers start at once during the full suite
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return proc;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    proc.kill('SIGKILL');
    throw new Error('server did not start');
  }

  it('kill -9 in the middle of the estimate dialog, restart, and the conversation continues at the same question', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    child = await spawnServer(dataDir, port);
    const c = new Conversation(() => `http://127.0.0.1:${port}`, recorder);
    await c.say('estimate');
    await c.say('33 agents');
    expect(text(await c.say('voice'))).toContain(dialogStrings.en.askDeployment);
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    child = await spawnServer(dataDir, port);
    const replies = await c.say('cloud');
    expect(text(replies)).toMatch(/add-ons/);
    expect(text(await c.say('skip'))).toContain('Estimate: 33 agents, voice, cloud');
  }, 150_000);
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { ChannelRecorder, Conversation, startApp, tempDataDir, visibleText } from './harness';
import { freePort } from '../scale/processes';
import type { App } from '../../src/app';
import { createRetriever } from '../../src/answers';
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

describe('resilience', () => {
  it('a failing turn gets an apology in the user language with a reference, and the conversation stays usable', async () => {
    const real = createRetriever();
    let fail = true;
    const flaky = { ...real, ask: (text: string, lang?: 'en' | 'id') => { if (fail) throw new Error('index exploded'); return real.ask(text, lang); } };
    app = await startApp({}, { retriever: flaky as typeof real });
    const c = new Conversation(() => app!.url, recorder, 'emulator', 'id-ID');
    const replies = (await c.say('kenapa penyimpanan lokal lebih mahal?')).map(visibleText).join('\n');
    expect(replies).toMatch(/Maaf, ada kesalahan di sisi saya \(referensi [0-9a-f]{8}\)/);
    expect(replies).not.toContain('index exploded');
    fail = false;
    expect((await c.say('kenapa penyimpanan lokal lebih mahal?')).map(visibleText).join('\n')).toContain('$2.100');
  });

  it('greets a Teams user by first name when they add the bot', async () => {
    app = await startApp();
    const c = new Conversation(() => app!.url, recorder, 'msteams');
    const r = await c.post({
      type: 'conversationUpdate', id: 'j1', channelId: 'msteams', serviceUrl: recorder.url, locale: 'en-US',
      from: { id: c.userId, name: 'Sam Lee' }, recipient: { id: 'advisor-bot' }, conversation: { id: c.id, conversationType: 'personal' },
      membersAdded: [{ id: c.userId, name: 'Sam Lee' }],
    });
    expect(r.replies.map(visibleText).join('\n')).toContain('Hi Sam!');
  });

  it('SIGTERM finishes the turn in flight, then exits 0', async () => {
    const port = await freePort();
    const proc = spawn(process.execPath, builtServerArgs(), {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: tempDataDir(), LOG_LEVEL: 'silent', DATABASE_URL: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    proc.stderr!.on('data', (d) => (stderr = (stderr + String(d)).slice(-2_000)));
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    // Generous: the full suite starts several servers at once on two cores.
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
      } catch {
        if (Date.now() > deadline) throw new Error(`server did not start: ${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const c = new Conversation(() => `http://127.0.0.1:${port}`, recorder);
    const turn = c.say('200 agents, voice, email and web chat, hybrid');
    await new Promise((r) => setTimeout(r, 5));
    proc.kill('SIGTERM');
    const replies = await turn;
    expect(replies.map(visibleText).join('\n')).toContain('Estimate: 200 agents');
    expect(await exited).toBe(0);
  }, 120_000);
});

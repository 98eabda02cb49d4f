/**
 * kill -9 of a real bot process (SQLite) right after a turn's reply: no shutdown hook runs, and
 * the next turn, answered by a fresh process on the same data, continues where the last ended.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BotProcess, freePort } from '../scale/processes';
import { ChannelRecorder, Conversation } from '../scale/channel';
import { dialogStrings } from '../../src/i18n/dialogs';

const en = dialogStrings.en;
let bot: BotProcess | undefined;
let dataDir: string | undefined;
const recorder = new ChannelRecorder();

afterEach(async () => {
  await bot?.kill();
  await recorder.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('kill -9 right after a reply', () => {
  it('in the estimate dialog and in the handoff form: the next turn continues', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-faults-'));
    await recorder.start();
    const b = (bot = await new BotProcess(await freePort(), { DATA_DIR: dataDir }).start());
    const c = new Conversation(() => b.url, recorder);
    expect(await c.say('I want an estimate')).toContain(en.askAgents);
    expect(await c.say('65 agents')).toContain(en.askChannels);
    await b.restart();
    expect(await c.say('voice and email')).toContain(en.askDeployment);
    expect(await c.say('hybrid')).toMatch(/add-ons/);
    expect(await c.say('skip')).toContain('Estimate: 65 agents, voice and email, hybrid');
    expect(await c.say('talk to sales')).toContain(en.askName);
    await b.restart();
    expect(await c.say('Sam Lee')).toContain(en.askEmail);
  }, 60_000);
});

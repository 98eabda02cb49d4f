/**
 * The conversation corpus (test/conversations/corpus/conversations.json, 210 conversations in English
 * and Indonesian written by an independent helper from the failure classes of issue #10) through the
 * real server over HTTP. Each turn is checked by what the replies are, not by their wording.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelRecorder, startApp } from '../e2e/harness';
import type { App } from '../../src/app';
import { loadConversations, runConversation } from './corpus-runner';

const conversations = loadConversations(path.join(__dirname, 'corpus/conversations.json'));
const recorder = new ChannelRecorder();
let app: App;
beforeAll(async () => {
  await recorder.start();
  app = await startApp({}, { rateLimits: { perConversation: { limit: 1_000, windowMs: 60_000 } } });
});
afterAll(async () => {
  await app?.close();
  await recorder.stop();
});

describe('conversation corpus over HTTP', () => {
  it.each(conversations.map((c) => [`${c.id} (${c.class})`, c] as const))('%s', async (_name, conv) => {
    const result = await runConversation(app, recorder, conv);
    expect(result.failures).toEqual([]);
  });
});

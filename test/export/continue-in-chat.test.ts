/**
 * "Continue in chat": the chat page sends the share link's token as a `loadSharedScenario` event;
 * the adapter checks it and decide gets the scenario as a typed input. Through the real server, in
 * both languages; an altered or expired token is refused with a sentence, never loaded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ChannelRecorder, Conversation, startApp, tempDataDir, visibleText, type SentActivity } from '../e2e/harness';
import type { App } from '../../src/app';
import { parseScenario } from '../../src/cost/scenario';
import { formatMoney } from '../../src/i18n/money';
import { t } from '../../src/i18n/index';
import { dialogStrings } from '../../src/i18n/dialogs';
import { ShareLinkSigner } from '../../src/export';
import { SHARED_SCENARIO_EVENT } from '../../src/bot/advisor-bot';

const tagsOf = (replies: SentActivity[]) => replies.map((r) => (r.channelData as { advisor?: Record<string, unknown> } | undefined)?.advisor ?? {});
const scenario = parseScenario({ agents: 75, channels: ['voice', 'social'], deployment: 'hybrid' });

describe('continue in chat from a share link', () => {
  const recorder = new ChannelRecorder();
  let app: App;
  let dataDir: string;

  beforeAll(async () => {
    await recorder.start();
    dataDir = tempDataDir();
    app = await startApp({ DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await app?.close();
    await recorder.stop();
  });

  const tokenOf = (url: string) => url.split('/share/')[1]!;
  const event = (convo: Conversation, value: unknown) =>
    convo.post({ ...(convo as unknown as { base(type: string): Record<string, unknown> }).base('event'), name: SHARED_SCENARIO_EVENT, value }).then((r) => r.replies);

  it.each([
    ['en', 'en-US', 'make it 90 agents'],
    ['id', 'id-ID', 'jadikan 90 agen'],
  ] as const)('%s: the shared scenario is priced at once, and the conversation goes on from it', async (lang, locale, change) => {
    const convo = new Conversation(() => app.url, recorder, 'emulator', locale);
    await convo.join();
    const token = tokenOf(app.exporter.links(scenario, { lang }).share);
    let replies = await event(convo, { token });
    // (opened in Indonesian, in-house staff are paid at Indonesian rates)
    const local = lang === 'id' ? { labourMarket: 'id' as const } : {};
    const e = app.exporter.price({ ...scenario, ...local });
    expect(tagsOf(replies).map((x) => x.kind)).toContain('estimate');
    expect(replies.map(visibleText).join('\n')).toContain(formatMoney(e.totals.monthly.typical, lang));
    expect(replies.map((r) => r.text ?? '').join('\n')).toContain(t(dialogStrings, lang, 'sharedScenarioLoaded'));
    replies = await convo.say(change);
    const after = app.exporter.price({ ...scenario, ...local, agents: 90 });
    expect(replies.map(visibleText).join('\n')).toContain(formatMoney(after.totals.monthly.typical, lang));
  }, 60_000);

  it.each([
    ['altered', (token: string) => `${token.slice(0, -4)}${token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`, 'sharedScenarioInvalid'],
    ['expired', () => new ShareLinkSigner(fs.readFileSync(path.join(dataDir, 'bridge-signing.key'), 'utf8').trim(), 86_400_000).sign(scenario, { lang: 'en' }, Date.now() - 2 * 86_400_000), 'sharedScenarioExpired'],
    ['not a token', () => 42 as unknown as string, 'sharedScenarioInvalid'],
  ] as const)('an %s token is refused and nothing is priced', async (_name, make, key) => {
    const convo = new Conversation(() => app.url, recorder);
    await convo.join();
    const token = make(tokenOf(app.exporter.links(scenario, { lang: 'en' }).share));
    const replies = await event(convo, { token });
    expect(tagsOf(replies).map((x) => x.kind)).not.toContain('estimate');
    expect(replies.map((r) => r.text ?? '').join('\n')).toContain(t(dialogStrings, 'en', key));
  }, 60_000);

  it('a channel without cards gets the download and share links as text, and they open', async () => {
    const convo = new Conversation(() => app.url, recorder, 'sms');
    await convo.join();
    let replies = await convo.say('40 agents, voice and SMS, cloud');
    if (!tagsOf(replies).some((x) => x.kind === 'estimate')) replies = await convo.say('use typical volumes');
    const text = replies.map((r) => r.text ?? '').join('\n');
    const links = [...text.matchAll(/(http:\/\/127\.0\.0\.1:\d+\/(?:share|export)\/\S+)/g)].map((m) => m[1]!);
    expect(links).toHaveLength(3);
    for (const link of links) expect((await fetch(link)).status).toBe(200);
  }, 60_000);
});

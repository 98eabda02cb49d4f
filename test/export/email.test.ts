/**
 * "Email me this" through the real server and a real SMTP server started here (smtp-server): the
 * visitor asks, gives or confirms the address, says yes, and the message arrives with the PDF
 * attached. In English and Indonesian; the limits per conversation; no address in the log; and
 * without SMTP the download and share buttons instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { ChannelRecorder, Conversation, startApp, visibleText, type SentActivity } from '../e2e/harness';
import type { App } from '../../src/app';
import { t } from '../../src/i18n/index';
import { dialogStrings } from '../../src/i18n/dialogs';
import { exportStrings } from '../../src/i18n/export';

type Received = { from: string; to: string[]; raw: string };

const tagsOf = (replies: SentActivity[]) => replies.map((r) => (r.channelData as { advisor?: Record<string, unknown> } | undefined)?.advisor ?? {});
const textOf = (replies: SentActivity[]) => replies.map(visibleText).join('\n');

describe('email me this estimate', () => {
  const received: Received[] = [];
  let smtp: SMTPServer;
  let smtpPort = 0;
  const recorder = new ChannelRecorder();
  let app: App;
  let plain: App;
  const logLines: string[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    smtpPort = (smtp.server.address() as AddressInfo).port;
    await recorder.start();
    const logger = pino({ level: 'info' }, new Writable({ write(chunk, _enc, cb) { logLines.push(String(chunk)); cb(); } }));
    app = await startApp({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_FROM: 'Cost Advisor <advisor@example.com>' }, { logger, mailLimits: { perConversation: 2 } });
    plain = await startApp();
  });

  afterAll(async () => {
    await app?.close();
    await plain?.close();
    await recorder.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  /** The PDF attachment of a raw message, decoded. */
  function pdfAttachment(raw: string): Buffer | undefined {
    const part = /Content-Type: application\/pdf[^]*?\r\n\r\n([A-Za-z0-9+/=\r\n]+)/.exec(raw);
    return part ? Buffer.from(part[1]!.replace(/\s+/g, ''), 'base64') : undefined;
  }

  const cases = [
    { lang: 'en' as const, locale: 'en-US', scenario: '40 agents, voice and SMS, cloud', ask: 'send this estimate to my email', yes: 'yes', address: 'tom@example.com', subject: 'Your contact center cost estimate' },
    { lang: 'id' as const, locale: 'id-ID', scenario: '40 agen, telepon dan SMS, cloud', ask: 'kirim estimasi ini ke email saya', yes: 'ya', address: 'budi@contoh.co.id', subject: 'Estimasi biaya contact center' },
  ];

  for (const c of cases) {
    it(`${c.lang}: asks for the address, confirms it, and the PDF arrives`, async () => {
      const convo = new Conversation(() => app.url, recorder, 'emulator', c.locale);
      await convo.join();
      let replies = await convo.say(c.scenario);
      if (!tagsOf(replies).some((tag) => tag.kind === 'estimate')) replies = await convo.submit({ action: 'useDefaults' });
      expect(tagsOf(replies).some((tag) => tag.kind === 'estimate')).toBe(true);

      replies = await convo.say(c.ask);
      expect(tagsOf(replies).map((tag) => tag.asks)).toContain('estimate_email');
      expect(textOf(replies)).toContain(t(dialogStrings, c.lang, 'emailEstimateAsk'));

      replies = await convo.say(c.lang === 'en' ? 'tom#example.com' : 'budi#contoh.co.id');
      expect(textOf(replies)).toContain(t(dialogStrings, c.lang, 'emailEstimateAskAgain'));

      replies = await convo.say(c.address);
      expect(tagsOf(replies).map((tag) => tag.asks)).toContain('estimate_email_confirm');
      expect(textOf(replies)).toContain(c.address);

      const before = received.length;
      replies = await convo.say(c.yes);
      expect(textOf(replies)).toContain(t(dialogStrings, c.lang, 'emailEstimateSent'));
      expect(received.length).toBe(before + 1);
      const mail = received[received.length - 1]!;
      expect(mail.to).toEqual([c.address]);
      expect(mail.from).toBe('advisor@example.com');
      expect(mail.raw).toMatch(/Subject: /);
      const pdf = pdfAttachment(mail.raw);
      expect(pdf?.subarray(0, 5).toString()).toBe('%PDF-');
      // the body carries a share link that opens
      const link = /(http:\/\/127\.0\.0\.1:\d+\/share\/[\w.-]+)/.exec(mail.raw.replace(/=\r\n/g, ''))?.[1];
      expect(link).toBeDefined();
      expect((await fetch(link!)).status).toBe(200);
    }, 60_000);
  }

  it('confirms an address given earlier in the conversation, and "no" sends nothing', async () => {
    const convo = new Conversation(() => app.url, recorder);
    await convo.join();
    let replies = await convo.say('40 agents, voice and SMS, cloud');
    if (!tagsOf(replies).some((tag) => tag.kind === 'estimate')) await convo.submit({ action: 'useDefaults' });
    replies = await convo.say('email the estimate to ann@example.com');
    expect(tagsOf(replies).map((tag) => tag.asks)).toContain('estimate_email_confirm');
    const before = received.length;
    replies = await convo.say('no');
    expect(received.length).toBe(before);
    expect(tagsOf(replies).map((tag) => tag.kind)).toContain('export_links');
  }, 60_000);

  it('sends at most the limit per conversation, and never logs the address', async () => {
    const convo = new Conversation(() => app.url, recorder);
    await convo.join();
    let replies = await convo.say('40 agents, voice and SMS, cloud');
    if (!tagsOf(replies).some((tag) => tag.kind === 'estimate')) await convo.submit({ action: 'useDefaults' });
    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) {
      await convo.say('send this estimate to my email');
      await convo.say('limit@example.com');
      replies = await convo.say('yes');
      outcomes.push(textOf(replies));
    }
    expect(outcomes[0]).toContain(t(dialogStrings, 'en', 'emailEstimateSent'));
    expect(outcomes[1]).toContain(t(dialogStrings, 'en', 'emailEstimateSent'));
    expect(outcomes[2]).toContain(t(dialogStrings, 'en', 'emailEstimateRateLimited'));
    const log = logLines.join('');
    expect(log).toContain('estimate email sent');
    for (const address of ['limit@example.com', 'tom@example.com', 'budi@contoh.co.id']) expect(log).not.toContain(address);
  }, 60_000);

  it('without SMTP says so and offers the download and share buttons', async () => {
    const convo = new Conversation(() => plain.url, recorder);
    await convo.join();
    let replies = await convo.say('40 agents, voice and SMS, cloud');
    if (!tagsOf(replies).some((tag) => tag.kind === 'estimate')) await convo.submit({ action: 'useDefaults' });
    replies = await convo.say('send this estimate to my email');
    expect(textOf(replies)).toContain(t(dialogStrings, 'en', 'sendEstimateUnavailable'));
    const card = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    const titles = JSON.stringify(card?.content);
    for (const key of ['actionPdf', 'actionCsv', 'actionShare'] as const) expect(titles).toContain(t(exportStrings, 'en', key));
    expect(titles).toContain('Action.OpenUrl');
  }, 60_000);
});

/**
 * "Email me this estimate": the PDF sent as an attachment over SMTP (nodemailer), with limits per
 * conversation and for the whole service. The address is used for the one message and never
 * logged; the log line says what happened and to which conversation.
 */
import { randomUUID } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { z } from 'zod';
import { t } from '../i18n';
import { exportStrings } from '../i18n/export';
import { formatMoney } from '../i18n/money';
import type { Scenario } from '../cost/scenario';
import { describeScenario } from '../cards/describe';
import { formatDate } from './model';
import type { Exporter, ExportOptions } from './index';

export const EmailAddressSchema = z.email().max(254);

export type MailLimits = {
  /** Emails one conversation may send in `windowMs`. */
  perConversation: number;
  /** Emails the whole service may send in `windowMs`. */
  global: number;
  windowMs: number;
};
export const DEFAULT_MAIL_LIMITS: MailLimits = { perConversation: 3, global: 100, windowMs: 3_600_000 };

export type MailRequest = { to: string; conversationId: string; scenario: Scenario; options: ExportOptions };
export type MailResult =
  | { kind: 'sent' }
  | { kind: 'invalid_address' }
  | { kind: 'rate_limited'; scope: 'conversation' | 'global' }
  | { kind: 'failed'; ref: string };

export type EstimateMailer = { send(request: MailRequest): Promise<MailResult>; close(): void };

/** Sends within a sliding window: the times of the last sends per key. */
class WindowCounter {
  private readonly sent = new Map<string, number[]>();
  constructor(private readonly limit: number, private readonly windowMs: number) {}
  allowed(key: string, now: number): boolean {
    const recent = (this.sent.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length) this.sent.set(key, recent);
    else this.sent.delete(key);
    return recent.length < this.limit;
  }
  record(key: string, now: number): void {
    const list = this.sent.get(key) ?? [];
    list.push(now);
    this.sent.set(key, list);
    if (this.sent.size > 10_000) for (const k of this.sent.keys()) { this.sent.delete(k); if (this.sent.size <= 9_000) break; }
  }
}

export function createEstimateMailer(o: {
  smtpUrl: string;
  from: string;
  exporter: Exporter;
  log: Logger;
  limits?: Partial<MailLimits>;
}): EstimateMailer {
  const limits = { ...DEFAULT_MAIL_LIMITS, ...o.limits };
  // nodemailer loads on the first email, not with the server: most turns never send one (about 3 MB of RSS)
  let transport: Transporter | undefined;
  const transportFor = async (): Promise<Transporter> => {
    if (!transport) {
      const { default: nodemailer } = await import('nodemailer');
      transport = nodemailer.createTransport(o.smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as never) as Transporter;
    }
    return transport;
  };
  const perConversation = new WindowCounter(limits.perConversation, limits.windowMs);
  const global = new WindowCounter(limits.global, limits.windowMs);
  return {
    async send(request) {
      const address = EmailAddressSchema.safeParse(request.to.trim());
      if (!address.success) return { kind: 'invalid_address' };
      const now = Date.now();
      if (!perConversation.allowed(request.conversationId, now)) {
        o.log.warn({ conversation: request.conversationId }, 'estimate email refused: conversation limit');
        return { kind: 'rate_limited', scope: 'conversation' };
      }
      if (!global.allowed('*', now)) {
        o.log.warn({ conversation: request.conversationId }, 'estimate email refused: service limit');
        return { kind: 'rate_limited', scope: 'global' };
      }
      perConversation.record(request.conversationId, now);
      global.record('*', now);
      const { options, scenario } = request;
      const lang = options.lang;
      try {
        const e = o.exporter.price(scenario);
        const pdf = await o.exporter.pdf(e, options);
        const links = o.exporter.links(scenario, options);
        const m = (n: number) => formatMoney(n, lang, options.currency);
        const scenarioText = describeScenario(scenario, lang);
        await (await transportFor()).sendMail({
          from: o.from,
          to: address.data,
          subject: t(exportStrings, lang, 'emailSubject', { scenario: scenarioText }),
          text: t(exportStrings, lang, 'emailBody', {
            scenario: scenarioText,
            monthly: m(e.totals.monthly.typical),
            low: m(e.totals.monthly.low),
            high: m(e.totals.monthly.high),
            share: links.share,
            date: formatDate(new Date(Date.now() + o.exporter.ttlDays * 86_400_000), lang),
          }),
          attachments: [{ filename: `${lang === 'id' ? 'estimasi' : 'estimate'}-${scenario.agents}-${scenario.deployment}.pdf`, content: pdf, contentType: 'application/pdf' }],
        });
        o.log.info({ conversation: request.conversationId, bytes: pdf.length }, 'estimate email sent');
        return { kind: 'sent' };
      } catch (err) {
        const ref = randomUUID().slice(0, 8);
        // The SMTP server's reply can quote the recipient: addresses are cut out of the message.
        const message = String((err as Error)?.message ?? err).replace(/[^\s@<>]+@[^\s@<>]+/g, '<email>');
        o.log.error({ ref, conversation: request.conversationId, err: { name: (err as Error)?.name, message } }, 'estimate email failed');
        return { kind: 'failed', ref };
      }
    },
    close() {
      transport?.close();
    },
  };
}

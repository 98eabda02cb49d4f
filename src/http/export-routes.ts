/**
 * GET /export/:token/estimate.pdf, GET /export/:token/estimate.csv and GET /share/:token: the
 * downloads behind the cards' buttons and the read-only share page. The token is the whole
 * state (see src/export/share-token.ts); a tampered token is 404, an expired one 410, each with
 * a page in the visitor's language.
 */
import crypto from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { langFromLocale, type Lang } from '../i18n';
import type { Exporter, ExportOptions } from '../export';
import { linkErrorHtml, sharePageHtml } from '../export/share-page';
import { renderComparisonChart } from '../cards/chart';
import { clientIp } from '../webchat/http';
import { RateLimiter } from '../webchat/rateLimit';

export type ExportRoutesOptions = {
  exporter: Exporter;
  trustProxy?: number;
  /** Downloads and page views per client address a minute (a PDF costs ~100 ms of CPU). */
  perMinute?: number;
};

const LangQuery = z.enum(['en', 'id']).optional().catch(undefined);

function langFromHeader(header: string | undefined): Lang {
  for (const part of (header ?? '').split(',')) {
    const lang = langFromLocale(part.split(';')[0]!.trim());
    if (lang) return lang;
  }
  return 'en';
}

function pageCsp(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}

const PAGE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // The token is in the URL: it must not leave in a Referer.
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function sendHtml(res: Response, status: number, html: string, nonce: string, lang: Lang, cache: string): void {
  res.writeHead(status, {
    ...PAGE_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Content-Language': lang,
    'Content-Security-Policy': pageCsp(nonce),
    'Cache-Control': cache,
  });
  res.end(html);
}

function fileName(options: ExportOptions, agents: number, deployment: string, ext: string): string {
  return `${options.lang === 'id' ? 'estimasi' : 'estimate'}-${agents}-${deployment}.${ext}`;
}

export function registerExportRoutes(server: Server, o: ExportRoutesOptions): void {
  const limiter = new RateLimiter({ limit: o.perMinute ?? 60, windowMs: 60_000 });

  /** The shared scenario, or an error page already sent. */
  const open = (req: Request, res: Response, token: string) => {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const asked = LangQuery.parse(query.get('lang') ?? undefined);
    const visitorLang = asked ?? langFromHeader(req.headers['accept-language']);
    const wait = limiter.take(clientIp(req, o.trustProxy ?? 0));
    if (wait > 0) {
      res.writeHead(429, { 'Retry-After': String(wait), 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Too many requests; try again shortly.');
      return undefined;
    }
    const result = o.exporter.open(token);
    if (!result.ok) {
      const nonce = crypto.randomBytes(16).toString('base64');
      sendHtml(res, result.reason === 'expired' ? 410 : 404, linkErrorHtml(result.reason, visitorLang, nonce), nonce, visitorLang, 'no-store');
      return undefined;
    }
    const options: ExportOptions = { ...result.shared.options, ...(asked ? { lang: asked } : {}) };
    return { shared: result.shared, options, token };
  };

  // Wildcard routes: a token is longer than the router's longest path parameter (100 characters).
  const pathOf = (req: Request) => new URL(req.url ?? '/', 'http://localhost').pathname;
  const DOWNLOAD = /^\/export\/([A-Za-z0-9_.-]{1,4096})\/estimate\.(pdf|csv)$/;
  const SHARE = /^\/share\/([A-Za-z0-9_.-]{1,4096})$/;
  const notFound = (req: Request, res: Response) => {
    const lang = LangQuery.parse(new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang') ?? undefined) ?? langFromHeader(req.headers['accept-language']);
    const nonce = crypto.randomBytes(16).toString('base64');
    sendHtml(res, 404, linkErrorHtml('invalid', lang, nonce), nonce, lang, 'no-store');
  };

  server.get('/export/*', async (req: Request, res: Response) => {
    const match = DOWNLOAD.exec(pathOf(req));
    if (!match) return notFound(req, res);
    return match[2] === 'pdf' ? pdf(req, res, match[1]!) : csv(req, res, match[1]!);
  });
  server.get('/share/*', async (req: Request, res: Response) => {
    const match = SHARE.exec(pathOf(req));
    if (!match) return notFound(req, res);
    return share(req, res, match[1]!);
  });

  async function pdf(req: Request, res: Response, token: string) {
    const opened = open(req, res, token);
    if (!opened) return;
    const e = o.exporter.price(opened.shared.scenario);
    const body = await o.exporter.pdf(e, opened.options);
    res.writeHead(200, {
      ...PAGE_HEADERS,
      'Content-Type': 'application/pdf',
      'Content-Length': body.length,
      'Content-Disposition': `attachment; filename="${fileName(opened.options, e.scenario.agents, e.scenario.deployment, 'pdf')}"`,
      'Cache-Control': 'private, max-age=300',
    });
    res.end(body);
  }

  async function csv(req: Request, res: Response, token: string) {
    const opened = open(req, res, token);
    if (!opened) return;
    const e = o.exporter.price(opened.shared.scenario);
    const body = Buffer.from(o.exporter.csv(e, opened.options), 'utf8');
    res.writeHead(200, {
      ...PAGE_HEADERS,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Length': body.length,
      'Content-Disposition': `attachment; filename="${fileName(opened.options, e.scenario.agents, e.scenario.deployment, 'csv')}"`,
      'Cache-Control': 'private, max-age=300',
    });
    res.end(body);
  }

  async function share(req: Request, res: Response, token: string) {
    const opened = open(req, res, token);
    if (!opened) return;
    const { options, shared } = opened;
    const e = o.exporter.price(shared.scenario);
    let chart: string | undefined;
    try {
      chart = renderComparisonChart(e, options.lang);
    } catch {
      chart = undefined;
    }
    const links = o.exporter.links(shared.scenario, options);
    const nonce = crypto.randomBytes(16).toString('base64');
    const html = sharePageHtml(
      {
        model: o.exporter.model(e, options),
        options,
        // Same-origin relative links: the page works whatever address it was reached by.
        links: { pdf: `/export/${token}/estimate.pdf?lang=${options.lang}`, csv: `/export/${token}/estimate.csv?lang=${options.lang}`, share: links.share },
        chatUrl: `/?scenario=${encodeURIComponent(token)}`,
        otherLanguageUrl: `/share/${token}?lang=${options.lang === 'en' ? 'id' : 'en'}`,
        expiresAt: shared.expiresAt,
        chart,
      },
      nonce,
    );
    sendHtml(res, 200, html, nonce, options.lang, 'private, max-age=300');
  }
}

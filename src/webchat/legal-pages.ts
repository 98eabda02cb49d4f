/**
 * GET /privacy and GET /terms: short pages in English and Indonesian (Accept-Language, or
 * `?lang=id|en`), the links the Teams app package lists. Static HTML, no script, one nonce'd style.
 */
import crypto from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { t, type Lang } from '../i18n/index';
import { legalStrings } from '../i18n/legal';

export type LegalPage = 'privacy' | 'terms';
export type LegalPagesOptions = {
  /** Days without activity after which conversation state is deleted (default 30). */
  conversationRetentionDays?: number;
};

const SECTIONS: Record<LegalPage, { title: 'privacyTitle' | 'termsTitle'; intro: 'privacyIntro' | 'termsIntro'; parts: [LegalKey, LegalKey][] }> = {
  privacy: {
    title: 'privacyTitle',
    intro: 'privacyIntro',
    parts: [
      ['conversationHeading', 'conversationBody'],
      ['leadsHeading', 'leadsBody'],
      ['logsHeading', 'logsBody'],
      ['channelsHeading', 'channelsBody'],
      ['elsewhereHeading', 'elsewhereBody'],
    ],
  },
  terms: {
    title: 'termsTitle',
    intro: 'termsIntro',
    parts: [
      ['estimatesHeading', 'estimatesBody'],
      ['sourcesHeading', 'sourcesBody'],
      ['useHeading', 'useBody'],
      ['dataHeading', 'dataBody'],
    ],
  },
};
type LegalKey = keyof (typeof legalStrings)['en'];

const CSS = `body{font:16px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1d2433;background:#f4f6fa;margin:0}
main{max-width:42rem;margin:0 auto;padding:2rem 1.25rem 3rem;background:#fff;min-height:100vh;box-sizing:border-box}
h1{color:#0b3b75;font-size:1.6rem}h2{font-size:1.1rem;margin-top:1.6rem}nav{font-size:.95rem}nav a{margin-right:1rem;color:#0b5cad}`;

function escapeHtml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function legalPageHtml(page: LegalPage, lang: Lang, nonce: string, options: LegalPagesOptions = {}): string {
  const s = (key: LegalKey) => escapeHtml(t(legalStrings, lang, key, { conversationDays: options.conversationRetentionDays ?? 30 }));
  const def = SECTIONS[page];
  const other: Lang = lang === 'en' ? 'id' : 'en';
  const body = def.parts.map(([h, p]) => `<h2>${s(h)}</h2>\n<p>${s(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${s(def.title)} — Contact Center Cost Advisor</title>
<style nonce="${nonce}">${CSS}</style>
</head>
<body>
<main>
<nav><a href="/">${s('chatLink')}</a><a href="/privacy?lang=${lang}">${s('privacyLink')}</a><a href="/terms?lang=${lang}">${s('termsLink')}</a><a href="/${page}?lang=${other}" hreflang="${other}" lang="${other}">${s('otherLanguage')}</a></nav>
<h1>${s(def.title)}</h1>
<p>${s(def.intro)}</p>
${body}
</main>
</body>
</html>
`;
}

const LangQuery = z.enum(['en', 'id']).optional().catch(undefined);

export function registerLegalPages(server: Server, pickLang: (req: Request) => Lang, options: LegalPagesOptions = {}): void {
  for (const page of ['privacy', 'terms'] as const) {
    server.get(`/${page}`, async (req: Request, res: Response) => {
      const lang = LangQuery.parse(new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang') ?? undefined) ?? pickLang(req);
      const nonce = crypto.randomBytes(16).toString('base64');
      const html = legalPageHtml(page, lang, nonce, options);
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Length': Buffer.byteLength(html),
        'Content-Language': lang,
        'Content-Security-Policy': `default-src 'none'; style-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'public, max-age=3600',
        Vary: 'Accept-Language',
      });
      res.end(html);
    });
  }
}

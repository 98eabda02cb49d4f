import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { langFromLocale, type Lang } from '../i18n/index';
import { webchatStrings } from '../i18n/webchat';
import { OriginPolicy } from './cors';
import { HttpError, clientIp, sendError, sendJson } from './http';
import { RateLimiter } from './rateLimit';
import { registerLegalPages } from './legal-pages';

export type ChatPageOptions = {
  /** Azure Bot Service Direct Line secret: the page then talks to Azure, with tokens from POST /api/directline/token. */
  directLineSecret?: string;
  /** Overrides the brand title in the header (both languages). */
  title?: string;
  /** Where the local bridge is mounted (default `/directline`). */
  bridgePath?: string;
  /** Origins allowed to embed the page in an iframe (`frame-ancestors`); `*` for any. */
  allowedOrigins?: string[];
  /** Azure Direct Line endpoint (regional endpoints exist); default the global one. */
  directLineEndpoint?: string;
  trustProxy?: boolean;
  /** Days without activity after which conversation state is deleted, as /privacy states it (default 30). */
  conversationRetentionDays?: number;
};

/**
 * The files the page serves come out of the build (scripts/build.mjs copies them to dist/public):
 * the Web Chat bundle is taken from a devDependency there, so a production install does not carry
 * the 162 MB package. This module's location is its source location, in the bundle too.
 */
export const STATIC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/public');

/** Web Chat's self-contained UMD bundle, as the build copied it. */
export function webChatBundlePath(): string {
  return path.join(STATIC_DIR, 'webchat.js');
}

/** A missing build stops start-up with a way forward, not a 500 on the first visitor's request. */
function requireStaticFiles(names: string[]): void {
  const missing = names.filter((n) => !fs.existsSync(path.join(STATIC_DIR, n)));
  if (missing.length) {
    throw new Error(`the chat page's files are missing from ${STATIC_DIR} (${missing.join(', ')}): run \`npm run build\``);
  }
}

type StaticFile = { body: Buffer; gzip: Buffer; type: string; etag: string };

function staticFile(file: string, type: string): () => StaticFile {
  let cached: StaticFile | undefined;
  // Read and compressed on first request: the Web Chat bundle is ~3.9 MB raw, ~1 MB gzipped.
  return () => {
    if (!cached) {
      const body = fs.readFileSync(file);
      cached = {
        body,
        gzip: zlib.gzipSync(body, { level: 6 }),
        type,
        etag: `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`,
      };
    }
    return cached;
  };
}

function sendStatic(req: Request, res: Response, file: StaticFile, maxAge: number, crossOrigin = false): void {
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, { ETag: file.etag });
    res.end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? file.gzip : file.body;
  res.writeHead(200, {
    'Content-Type': file.type,
    'Content-Length': body.length,
    'Cache-Control': `public, max-age=${maxAge}`,
    ETag: file.etag,
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
    // Sites in ALLOWED_ORIGINS may load the bundle with <script src> (the script embed).
    'Cross-Origin-Resource-Policy': crossOrigin ? 'cross-origin' : 'same-origin',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(body);
}

/** The language of the first Accept-Language tag we speak; the page script re-checks navigator.language. */
function langFromHeader(header: string | undefined): Lang {
  for (const part of (header ?? '').split(',')) {
    const lang = langFromLocale(part.split(';')[0].trim());
    if (lang) return lang;
  }
  return 'en';
}

export function contentSecurityPolicy(nonce: string, options: ChatPageOptions): string {
  const azure = options.directLineSecret ? new URL(options.directLineEndpoint ?? 'https://directline.botframework.com') : null;
  const connect = ["'self'", ...(azure ? [azure.origin, `wss://${azure.host}`] : [])];
  const ancestors = options.allowedOrigins?.includes('*')
    ? ['*']
    : ["'self'", ...(options.allowedOrigins ?? []).map((o) => o.replace(/\/+$/, ''))];
  return [
    "default-src 'none'",
    "script-src 'self'",
    // Web Chat writes its CSS-in-JS <style> tags with this nonce (renderWebChat's `nonce`); one
    // component adds an empty <style> without it, allowed by the hash of the empty string.
    `style-src 'self' 'nonce-${nonce}' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='`,
    // Cards carry PNG data URIs; Web Chat turns some images into blob: URLs of its own.
    "img-src 'self' data: blob:",
    `connect-src ${connect.join(' ')}`,
    "font-src 'self' data:",
    "media-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors.join(' ')}`,
  ].join('; ');
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function escapeHtml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const LOGO_SVG =
  '<svg viewBox="0 0 32 32" width="36" height="36" aria-hidden="true"><rect width="32" height="32" rx="8" fill="#ffffff" fill-opacity="0.16"/><path d="M9 20v-5a7 7 0 0 1 14 0v5" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round"/><rect x="7" y="17" width="4.5" height="7" rx="2" fill="#fff"/><rect x="20.5" y="17" width="4.5" height="7" rx="2" fill="#fff"/><path d="M13 26h4" stroke="#fff" stroke-width="2" stroke-linecap="round"/></svg>';

export function chatPageHtml(lang: Lang, nonce: string, options: ChatPageOptions): string {
  const pick = (l: Lang) => {
    const s = webchatStrings[l];
    return {
      pageTitle: options.title ?? s.pageTitle,
      pageTagline: s.pageTagline,
      inputPlaceholder: s.inputPlaceholder,
      connecting: s.connecting,
      connectFailed: s.connectFailed,
    };
  };
  const config = {
    mode: options.directLineSecret ? 'azure' : 'bridge',
    bridgePath: options.bridgePath ?? '/directline',
    tokenUrl: options.directLineSecret ? '/api/directline/token' : `${options.bridgePath ?? '/directline'}/tokens/generate`,
    directLineDomain: options.directLineSecret
      ? `${(options.directLineEndpoint ?? 'https://directline.botframework.com').replace(/\/+$/, '')}/v3/directline`
      : null,
    nonce,
    strings: { en: pick('en'), id: pick('id') },
  };
  const s = config.strings[lang];
  // A JSON data block is not executed, so script-src 'self' still holds; `<` is escaped so it cannot close the tag.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#0b3b75">
<link rel="icon" href="data:,">
<title>${escapeHtml(s.pageTitle)}</title>
<link rel="stylesheet" href="/webchat/app.css">
<script id="advisor-config" type="application/json">${json}</script>
<script src="/webchat/webchat.js" defer></script>
<script src="/webchat/app.js" defer></script>
</head>
<body>
<div class="advisor">
  <header class="advisor-header">
    ${LOGO_SVG}
    <div class="advisor-brand">
      <h1 id="advisor-title">${escapeHtml(s.pageTitle)}</h1>
      <p id="advisor-tagline">${escapeHtml(s.pageTagline)}</p>
    </div>
  </header>
  <main id="webchat" class="advisor-chat" aria-busy="true"><p class="advisor-status" id="advisor-status">${escapeHtml(s.connecting)}</p></main>
  <noscript><p class="advisor-status">${escapeHtml(webchatStrings[lang].noScript)}</p></noscript>
</div>
</body>
</html>
`;
}

const AzureTokenSchema = z.object({ conversationId: z.string(), token: z.string(), expires_in: z.number() });

/**
 * GET / (the chat page), GET /webchat/* (Web Chat, the page script and CSS, from the build), and
 * GET /privacy and /terms (the pages the Teams app package links to).
 * With `directLineSecret`, also POST /api/directline/token, which trades the secret for a
 * conversation token at Azure so the secret never reaches the browser.
 */
export function registerChatPage(server: Server, options: ChatPageOptions = {}): void {
  requireStaticFiles(['webchat.js', 'app.js', 'app.css']);
  const files = {
    webchat: staticFile(webChatBundlePath(), 'application/javascript; charset=utf-8'),
    app: staticFile(path.join(STATIC_DIR, 'app.js'), 'application/javascript; charset=utf-8'),
    css: staticFile(path.join(STATIC_DIR, 'app.css'), 'text/css; charset=utf-8'),
  };

  server.get('/', async (req: Request, res: Response) => {
    const nonce = crypto.randomBytes(16).toString('base64');
    const html = chatPageHtml(langFromHeader(req.headers['accept-language']), nonce, options);
    // The server may default to X-Frame-Options: DENY; the page follows its own frame-ancestors instead.
    res.removeHeader('X-Frame-Options');
    if (!options.allowedOrigins?.length) res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(html),
      'Content-Security-Policy': contentSecurityPolicy(nonce, options),
      'Cache-Control': 'no-store',
      'Content-Language': langFromHeader(req.headers['accept-language']),
    });
    res.end(html);
  });
  const embeddable = (options.allowedOrigins ?? []).length > 0;
  server.get('/webchat/webchat.js', async (req: Request, res: Response) =>
    sendStatic(req, res, files.webchat(), 86_400, embeddable),
  );
  server.get('/webchat/app.js', async (req: Request, res: Response) => sendStatic(req, res, files.app(), 300));
  server.get('/webchat/app.css', async (req: Request, res: Response) => sendStatic(req, res, files.css(), 300));
  registerLegalPages(server, (req) => langFromHeader(req.headers['accept-language']), {
    conversationRetentionDays: options.conversationRetentionDays,
  });

  if (options.directLineSecret) {
    const secret = options.directLineSecret;
    const endpoint = (options.directLineEndpoint ?? 'https://directline.botframework.com').replace(/\/+$/, '');
    const limiter = new RateLimiter({ limit: 30, windowMs: 60_000 });
    const origins = new OriginPolicy(options.allowedOrigins ?? []);
    server.post('/api/directline/token', async (req: Request, res: Response) => {
      try {
        if (origins.check(req) === 'denied') throw new HttpError(403, 'OriginNotAllowed', 'This origin may not use the chat.');
        const wait = limiter.take(clientIp(req, options.trustProxy ?? false));
        if (wait > 0) throw new HttpError(429, 'TooManyRequests', 'Too many requests; try again shortly.', { 'Retry-After': String(wait) });
        // Untested here (no Azure from this network); follows the documented tokens/generate call.
        const upstream = await fetch(`${endpoint}/v3/directline/tokens/generate`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ user: { id: `dl_${crypto.randomBytes(9).toString('base64url')}` } }),
          signal: AbortSignal.timeout(10_000),
        });
        if (!upstream.ok) throw new HttpError(502, 'UpstreamError', `Direct Line answered ${upstream.status}.`);
        const token = AzureTokenSchema.safeParse(await upstream.json());
        if (!token.success) throw new HttpError(502, 'UpstreamError', 'Direct Line sent an unexpected token response.');
        sendJson(res, 200, token.data, origins.headers(req, false));
      } catch (err) {
        sendError(res, err instanceof HttpError ? err : new HttpError(502, 'UpstreamError', 'Direct Line could not be reached.'));
      }
    });
  }
}

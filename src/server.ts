/**
 * The HTTP surface: Bot Framework messages, health and readiness. The chat page, the
 * Direct Line bridge and the admin API register their own routes on the same server.
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import { RateLimiter, type RateLimit } from './webchat/rateLimit';
import { clientIp } from './webchat/http';
import { sanitizeActivity } from './activity-boundary';
import { BodyError, readStrictJsonBody } from './http/strict-body';

export const MESSAGE_BODY_LIMIT_BYTES = 256 * 1024;

export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function createServer(log: Logger): Server {
  const server = restify.createServer({ name: 'contact-center-cost-advisor', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.pre((_req, res, next) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) if (!res.getHeader(k)) res.setHeader(k, v);
    return next();
  });
  server.on('after', (req: Request, res: Response) => {
    // Path only: query strings can carry cursors and tokens.
    log.debug({ reqId: req.id(), method: req.method, path: req.getPath(), status: res.statusCode, ms: Date.now() - req.time() }, 'request');
  });
  server.on('restifyError', (_req: Request, _res: Response, err: Error & { statusCode?: number }, cb: () => void) => {
    // Errors restify raises itself (bad JSON, too large) get a short JSON body and no stack trace.
    (err as unknown as { toJSON: () => unknown }).toJSON = () => ({
      error: (err.statusCode ?? 500) >= 500 ? 'internal error' : err.message,
    });
    if ((err.statusCode ?? 500) >= 500) log.error({ err: { name: err.name, message: err.message } }, 'request failed');
    return cb();
  });
  return server;
}

function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * With no MicrosoftAppId the adapter authenticates nobody and POSTs replies to whatever
 * serviceUrl the activity names; accept only loopback or explicitly allowed URLs so the bot
 * cannot be used to send requests elsewhere.
 */
export function isAllowedServiceUrl(serviceUrl: unknown, allowedPrefixes: readonly string[]): boolean {
  if (typeof serviceUrl !== 'string') return false;
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  if (isLoopbackHost(url.hostname)) return true;
  return allowedPrefixes.some((prefix) => serviceUrl.startsWith(prefix));
}

/** The fields every activity must have before the adapter sees it. */
const ActivityEnvelopeSchema = z.looseObject({
  type: z.string().min(1).max(100),
  serviceUrl: z.string().max(2_000).optional(),
  channelId: z.string().max(200).optional(),
  conversation: z.looseObject({ id: z.string().min(1).max(1_000) }).optional(),
  text: z.string().max(100_000).optional(),
});

export type MessageRateLimits = {
  /** Messages per conversation: a person types a few a minute; a loop or a script types hundreds. */
  perConversation: RateLimit;
  /** Requests per client address. Loopback is exempt unless behind a trusted proxy (then X-Forwarded-For counts). */
  perClient: RateLimit;
};

export const DEFAULT_MESSAGE_RATE_LIMITS: MessageRateLimits = {
  perConversation: { limit: 60, windowMs: 60_000 },
  perClient: { limit: 1_200, windowMs: 60_000 },
};

export type MessagesRouteOptions = {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  localMode: boolean;
  allowedServiceUrls: readonly string[];
  log: Logger;
  rateLimits?: Partial<MessageRateLimits>;
  trustProxy?: boolean;
};

export function registerMessagesRoute(server: Server, o: MessagesRouteOptions): void {
  const limits = { ...DEFAULT_MESSAGE_RATE_LIMITS, ...o.rateLimits };
  const perConversation = new RateLimiter(limits.perConversation);
  const perClient = new RateLimiter(limits.perClient);
  const tooMany = (res: Response, seconds: number, what: string) => {
    res.header('Retry-After', String(seconds));
    res.send(429, { error: `too many messages ${what}; retry after ${seconds} s` });
  };
  server.post('/api/messages', async (req: Request, res: Response) => {
    try {
      await handleMessage(req, res);
    } catch (err) {
      // Whatever goes wrong in one request is that request's error response, never the process's end.
      if (res.headersSent) return;
      if (err instanceof BodyError) {
        // Part of the body may be unread: close the connection rather than parse its rest as a request.
        res.header('Connection', 'close');
        res.send(err.status, { error: err.message });
        return;
      }
      o.log.error({ err: { name: (err as Error)?.name, message: (err as Error)?.message } }, 'message request failed');
      res.send(500, { error: 'internal error' });
    }
  });

  async function handleMessage(req: Request, res: Response): Promise<void> {
    const ip = clientIp(req, o.trustProxy ?? false);
    if (o.trustProxy || !isLoopbackHost(ip.replace(/^::ffff:/, ''))) {
      const wait = perClient.take(ip);
      if (wait > 0) return tooMany(res, wait, 'from this address');
    }
    const body = await readStrictJsonBody(req, { maxBytes: MESSAGE_BODY_LIMIT_BYTES });
    const envelope = ActivityEnvelopeSchema.safeParse(body);
    if (!envelope.success) {
      res.send(400, { error: `not a Bot Framework activity: ${envelope.error.issues[0]?.path.join('.') || 'body'} ${envelope.error.issues[0]?.message}` });
      return;
    }
    if (envelope.data.conversation && envelope.data.type === 'message') {
      const wait = perConversation.take(`${envelope.data.channelId ?? ''}:${envelope.data.conversation.id}`);
      if (wait > 0) return tooMany(res, wait, 'in this conversation');
    }
    if (o.localMode && !isAllowedServiceUrl(envelope.data.serviceUrl, o.allowedServiceUrls)) {
      o.log.warn({ serviceUrl: String(envelope.data.serviceUrl).slice(0, 200) }, 'rejected activity with a non-local serviceUrl');
      res.send(403, { error: 'serviceUrl not allowed in local mode (set ALLOWED_SERVICE_URLS or MicrosoftAppId)' });
      return;
    }
    req.body = sanitizeActivity(body as Record<string, unknown>);
    await o.adapter.process(req, res, o.logic);
  }
}

export function registerHealthRoutes(server: Server, ping: () => Promise<boolean>): void {
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req: Request, res: Response) => {
    const ok = await ping();
    res.send(ok ? 200 : 503, { status: ok ? 'ready' : 'database unavailable' });
  });
}

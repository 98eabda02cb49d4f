/**
 * The HTTP surface: Bot Framework messages, health and readiness. The chat page, the
 * Direct Line bridge and the admin API register their own routes on the same server.
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import { RateLimiter, type RateLimit } from './webchat/rateLimit';
import { clientIp, isLoopbackAddress } from './webchat/http';
import { sanitizeActivity } from './activity-boundary';
import { BodyError, readStrictJsonBody } from './http/strict-body';
import type { AllowedServiceUrl } from './config';

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

export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || isLoopbackAddress(h);
}

function defaultPort(protocol: string): string {
  return protocol === 'https:' ? '443' : '80';
}

/**
 * With no MicrosoftAppId the adapter authenticates nobody and POSTs replies to whatever
 * serviceUrl the activity names; accept only loopback or explicitly allowed URLs so the bot
 * cannot be used to send requests elsewhere. Allowed URLs are compared as parsed parts: the same
 * scheme, host and port, and a path under the allowed path (whole segments).
 */
export function isAllowedServiceUrl(serviceUrl: unknown, allowed: readonly AllowedServiceUrl[]): boolean {
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
  const host = url.hostname.toLowerCase();
  const port = url.port || defaultPort(url.protocol);
  return allowed.some(
    (a) =>
      a.protocol === url.protocol &&
      a.hostname === host &&
      (a.port || defaultPort(a.protocol)) === port &&
      (a.pathPrefix === '' || url.pathname === a.pathPrefix || url.pathname.startsWith(`${a.pathPrefix}/`)),
  );
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
  allowedServiceUrls: readonly AllowedServiceUrl[];
  log: Logger;
  rateLimits?: Partial<MessageRateLimits>;
  /** Reverse proxies in front that append to X-Forwarded-For (0 or false = none). */
  trustProxy?: boolean | number;
};

/** What authentication hands to the turn (botframework-connector's AuthenticateRequestResult, opaque here). */
type AuthenticateRequestResult = Record<string, unknown>;

/** The adapter's own entry points below `process()`, which answers any failure with 500 and the error's text. */
type AdapterInternals = {
  botFrameworkAuthentication: { authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> };
  processActivity(
    auth: AuthenticateRequestResult,
    activity: Partial<Activity>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<{ status: number; body?: unknown } | undefined>;
};

/** Dates arrive as strings; the adapter expects Date objects (what its own validator does). */
function withDates(activity: Record<string, unknown>): Partial<Activity> {
  const out: Record<string, unknown> = { ...activity };
  for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const value = out[field];
    if (typeof value !== 'string') continue;
    const raw = `raw${field[0]!.toUpperCase()}${field.slice(1)}`;
    out[raw] = value;
    out[field] = new Date(value);
  }
  return out as Partial<Activity>;
}

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

  const hops = o.trustProxy === true ? 1 : Number(o.trustProxy ?? 0) || 0;
  const adapter = o.adapter as unknown as AdapterInternals;

  async function handleMessage(req: Request, res: Response): Promise<void> {
    const ip = clientIp(req, hops);
    const loopback = isLoopbackAddress(ip);
    if (o.localMode && !loopback) {
      // Local mode authenticates nobody: only this machine may talk to the bot (the chat page's
      // bridge runs the bot in process and never comes through here).
      res.send(403, { error: 'local mode (no MicrosoftAppId) answers only clients on this machine; set MicrosoftAppId to accept channel traffic' });
      return;
    }
    if (hops > 0 || !loopback) {
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
    const activity = withDates(sanitizeActivity(body as Record<string, unknown>));

    // Authentication apart from the turn, so its failures get their own answer: a bad token is
    // 401, an identity service we cannot reach is 503 — never a 500 carrying the error's text.
    let auth: AuthenticateRequestResult;
    try {
      auth = await adapter.botFrameworkAuthentication.authenticateRequest(activity as Activity, req.headers.authorization ?? '');
    } catch (err) {
      // botframework-connector's AuthenticationError carries the status it means.
      const status = (err as { statusCode?: number })?.statusCode;
      if (status === 401 || status === 403) {
        res.header('WWW-Authenticate', 'Bearer');
        res.send(401, { error: 'unauthorized: a valid Bot Framework token is required' });
        return;
      }
      o.log.warn({ err: { name: (err as Error)?.name, message: String((err as Error)?.message).slice(0, 200) } }, 'could not verify a request token');
      res.header('Retry-After', '30');
      res.send(503, { error: 'the request could not be verified right now; retry later' });
      return;
    }
    const response = await adapter.processActivity(auth, activity, o.logic);
    if (response?.body !== undefined) res.send(response.status ?? 200, response.body);
    else {
      res.status(response?.status ?? 200);
      res.end();
    }
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

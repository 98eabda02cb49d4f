import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Request, Response, Server } from 'restify';
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { OriginPolicy } from './cors';
import { HttpError, bearerToken, clientIp, describeIssues, readJsonBody, sendError, sendJson, sendJsonBytes } from './http';
import { RateLimiter, type RateLimit } from './rateLimit';
import { TokenSigner, type TokenClaims } from './tokens';
import { MemoryBridgeLog, activityId, type BridgeConversation, type BridgeLog, type BridgeLogLimits, type PageLimits } from './bridge-log';
import { KeyedQueue } from '../storage/turn-lock';

/**
 * Runs one incoming activity through the bot and resolves with the bot's replies (the integrator
 * runs the adapter in-process with `deliveryMode: 'expectReplies'`, already set on the activity).
 */
export type BridgeHandler = (activity: Partial<Activity>) => Promise<Partial<Activity>[]>;

export type BridgeRateLimits = {
  /** New conversations / tokens per client IP. */
  createPerIp: RateLimit;
  /** Posted activities per token (one conversation). */
  postPerToken: RateLimit;
  /** Posted activities per client IP, across conversations. */
  postPerIp: RateLimit;
  /** Polls (GET activities) per token; Web Chat polls every `pollingInterval` ms. */
  pollPerToken: RateLimit;
  /** Polls per client IP, across conversations (many tokens from one address share it). */
  pollPerIp: RateLimit;
  /** Token refreshes per conversation. */
  refreshPerToken: RateLimit;
  /** Reconnects (GET conversation) per conversation. */
  reconnectPerToken: RateLimit;
  /** Refreshes and reconnects together, per client IP. */
  sessionPerIp: RateLimit;
};

export type DirectLineBridgeOptions = {
  handle: BridgeHandler;
  /** When set, starting a conversation without a token needs `Authorization: Bearer <secret>`. */
  secret?: string;
  /** Key for token signatures; pass a persisted (or, with several instances, shared) secret so tokens survive a restart. Random per process otherwise. */
  signingKey?: string;
  /** Origins (scheme://host[:port]) allowed to call the bridge from a browser; `*` for any. Same-origin always works. */
  allowedOrigins?: string[];
  rateLimits?: Partial<BridgeRateLimits>;
  /** URL prefix, default `/directline`. */
  basePath?: string;
  /** The serviceUrl put on activities; default the bridge on loopback (never taken from request headers). */
  serviceUrl?: string;
  tokenTtlSeconds?: number;
  maxBodyBytes?: number;
  /** Where activities wait for the client's poll; default in memory, bounded by the limits below. */
  log?: BridgeLog;
  maxConversations?: number;
  maxActivitiesPerConversation?: number;
  maxBytesPerConversation?: number;
  maxTotalBytes?: number;
  idleTimeoutMs?: number;
  /** Most a single poll returns; the client gets the rest on its next poll. */
  pollPage?: Partial<PageLimits>;
  /** Reverse proxies in front that append to X-Forwarded-For (true = 1). */
  trustProxy?: boolean | number;
  botId?: string;
  botName?: string;
  onError?: (err: unknown, activity: Partial<Activity>) => void;
};

export type DirectLineBridge = {
  /** Stops the idle sweep and drops every conversation (of the in-memory log). */
  close(): void;
  /** Forgets one conversation's activities (erasure); its tokens then get 404. */
  erase(conversationId: string): Promise<void>;
  stats(): Promise<{ conversations: number; bytes: number }>;
};

export const DEFAULT_RATE_LIMITS: BridgeRateLimits = {
  createPerIp: { limit: 30, windowMs: 60_000 },
  postPerToken: { limit: 60, windowMs: 60_000 },
  postPerIp: { limit: 300, windowMs: 60_000 },
  pollPerToken: { limit: 600, windowMs: 60_000 },
  // Web Chat polls every 500 ms (120/min a tab): room for about 20 tabs behind one office address.
  pollPerIp: { limit: 2_400, windowMs: 60_000 },
  refreshPerToken: { limit: 10, windowMs: 60_000 },
  reconnectPerToken: { limit: 20, windowMs: 60_000 },
  sessionPerIp: { limit: 120, windowMs: 60_000 },
};

export const DEFAULT_POLL_PAGE: PageLimits = { maxActivities: 50, maxBytes: 128 * 1024 };

const ConversationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'is not a conversation id');
const LocaleSchema = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, 'must be a BCP-47 tag such as en-US');
const WatermarkSchema = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const StartBodySchema = z
  .object({
    user: z.object({ id: z.string().regex(/^[\w:.@-]{1,64}$/).optional(), name: z.string().max(100).optional() }).optional(),
    locale: LocaleSchema.optional(),
  })
  .optional();

const ActivityBodySchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().max(4000).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  // Adaptive Card submits carry their inputs here; the bot validates the shape it expects.
  value: z.unknown().optional(),
  name: z.string().max(100).optional(),
  locale: LocaleSchema.optional(),
  from: z.object({ id: z.string().max(128).optional(), name: z.string().max(100).optional() }).loose().optional(),
  channelData: z
    .object({ clientActivityID: z.string().max(100).optional(), clientTimestamp: z.string().max(64).optional() })
    .loose()
    .optional(),
  attachments: z.array(z.unknown()).max(0, 'attachments are not accepted by this bridge').optional(),
});

const REPLY_TYPES = new Set(['message', 'typing', 'event', 'endOfConversation']);

/** Last-seen times are written at most this often per conversation (a poll a second would be a write a second). */
const TOUCH_EVERY_MS = 15_000;

const OPEN_PAGE = Buffer.from('{"activities":[');
const COMMA = Buffer.from(',');

function newConversationId(): string {
  return crypto.randomBytes(18).toString('base64url');
}

/**
 * A Direct Line 3.0-compatible endpoint (polling only) that runs the bot in-process, so the
 * website chat works with no Azure service. Activities wait in a BridgeLog: in memory by default
 * (one instance), or in PostgreSQL so that several instances behind a load balancer share them.
 */
export function registerDirectLineBridge(server: Server, options: DirectLineBridgeOptions): DirectLineBridge {
  const base = (options.basePath ?? '/directline').replace(/\/+$/, '');
  const ttlSeconds = options.tokenTtlSeconds ?? 1800;
  const maxBody = options.maxBodyBytes ?? 32 * 1024;
  const limitsOf: Partial<BridgeLogLimits> = Object.fromEntries(
    Object.entries({
      maxConversations: options.maxConversations,
      maxActivitiesPerConversation: options.maxActivitiesPerConversation,
      maxBytesPerConversation: options.maxBytesPerConversation,
      maxTotalBytes: options.maxTotalBytes,
      idleTimeoutMs: options.idleTimeoutMs,
    }).filter(([, v]) => v !== undefined),
  );
  const log: BridgeLog = options.log ?? new MemoryBridgeLog(limitsOf);
  const pageLimits: PageLimits = { ...DEFAULT_POLL_PAGE, ...options.pollPage };
  const signer = new TokenSigner(options.signingKey);
  const origins = new OriginPolicy(options.allowedOrigins ?? []);
  const limits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  const limiters = Object.fromEntries(Object.entries(limits).map(([k, v]) => [k, new RateLimiter(v)])) as Record<
    keyof BridgeRateLimits,
    RateLimiter
  >;
  const hops = options.trustProxy ?? 0;
  const ipOf = (req: Request) => clientIp(req, hops);
  const bot = { id: options.botId ?? 'bot', name: options.botName ?? 'Contact Center Cost Advisor', role: 'bot' };
  // Replies keep their order and the welcome runs before the first message: one turn at a time per conversation.
  const turns = new KeyedQueue();

  const serviceUrl = (): string => {
    if (options.serviceUrl) return options.serviceUrl;
    const address = server.address() as unknown as AddressInfo | null;
    return `http://127.0.0.1:${address?.port ?? 0}${base}`;
  };

  const touch = async (conv: BridgeConversation, locale?: string) => {
    if (locale || Date.now() - conv.lastSeen >= TOUCH_EVERY_MS || !options.log) await log.touch(conv.id, Date.now(), locale);
  };

  const createConversation = async (userId: string | undefined, locale: string | undefined): Promise<BridgeConversation> => {
    const conv = { id: newConversationId(), userId: userId ?? `dl_${crypto.randomBytes(9).toString('base64url')}`, locale };
    await log.create(conv);
    return { ...conv, started: false, lastSeen: Date.now() };
  };

  const issue = (conv: BridgeConversation) => {
    const token = signer.sign({ conversationId: conv.id, userId: conv.userId, expiresAt: Date.now() + ttlSeconds * 1000 });
    return { conversationId: conv.id, token, expires_in: ttlSeconds };
  };

  const append = (conversationId: string, activity: Partial<Activity>): Promise<number | undefined> => {
    const { id: _id, ...rest } = activity;
    return log.append(conversationId, JSON.stringify(rest));
  };

  const addressed = (conv: BridgeConversation, activity: Partial<Activity>): Partial<Activity> => ({
    ...activity,
    channelId: 'webchat',
    serviceUrl: serviceUrl(),
    conversation: { id: conv.id, isGroup: false, conversationType: 'personal', name: '' },
    recipient: { id: bot.id, name: bot.name, role: 'bot' },
    locale: activity.locale ?? conv.locale,
    deliveryMode: 'expectReplies',
    timestamp: new Date(),
    localTimestamp: new Date(),
  });

  const reportError = (err: unknown, activity: Partial<Activity>) =>
    (options.onError ?? ((e) => console.error('directline bridge: the bot failed a turn', e)))(err, activity);

  const runTurn = (conv: BridgeConversation, incoming: Partial<Activity>): Promise<void> =>
    turns
      .run(conv.id, 120_000, async () => {
        const replies = await options.handle(incoming);
        for (const reply of replies ?? []) {
          if (!reply || !REPLY_TYPES.has(String(reply.type))) continue;
          await append(conv.id, {
            ...reply,
            from: { id: reply.from?.id ?? bot.id, name: reply.from?.name ?? bot.name, role: 'bot' } as Activity['from'],
            recipient: { id: conv.userId, role: 'user' } as Activity['recipient'],
            conversation: { id: conv.id } as Activity['conversation'],
            channelId: 'webchat',
            timestamp: reply.timestamp ?? new Date(),
          });
        }
      })
      .catch((err) => reportError(err, incoming));

  /** Runs the welcome turn (to its end) if no instance has started this conversation yet; true if it ran. */
  const startIfNew = async (conv: BridgeConversation): Promise<boolean> => {
    if (conv.started || !(await log.markStarted(conv.id))) return false;
    conv.started = true;
    const user = { id: conv.userId, role: 'user' };
    await runTurn(
      conv,
      addressed(conv, {
        type: 'conversationUpdate',
        from: user as Activity['from'],
        membersAdded: [user as Activity['from']],
      }),
    );
    return true;
  };

  const limit = (limiter: RateLimiter, key: string) => {
    const wait = limiter.take(key);
    if (wait > 0) {
      throw new HttpError(429, 'TooManyRequests', 'Too many requests; try again shortly.', { 'Retry-After': String(wait) });
    }
  };

  const gone = () => new HttpError(404, 'BadArgument', 'The conversation has ended or expired; start a new one.');

  /** The token's claims; 401 without a usable token, 403 for another conversation's. */
  const verify = (req: Request, conversationId?: string): TokenClaims => {
    const token = bearerToken(req);
    if (!token) throw new HttpError(401, 'TokenMissing', 'An Authorization: Bearer token is required.');
    const claims = signer.verify(token);
    if (!claims) throw new HttpError(403, 'TokenInvalid', 'The token is invalid or expired.');
    if (conversationId !== undefined && claims.conversationId !== conversationId) {
      throw new HttpError(403, 'Forbidden', 'The token does not grant access to this conversation.');
    }
    return claims;
  };

  const load = async (claims: TokenClaims): Promise<BridgeConversation> => {
    const conv = await log.get(claims.conversationId);
    if (!conv) throw gone();
    return conv;
  };

  const conversationIdParam = (req: Request): string => {
    const parsed = ConversationIdSchema.safeParse(req.params?.conversationId);
    if (!parsed.success) throw new HttpError(400, 'BadArgument', 'conversationId: is not a conversation id');
    return parsed.data;
  };

  /** Wraps a route: origin check, CORS headers, errors as Direct Line JSON. */
  const route =
    (fn: (req: Request, res: Response, cors: Record<string, string>) => Promise<void>) =>
    async (req: Request, res: Response) => {
      const cors = origins.headers(req, false);
      try {
        if (origins.check(req) === 'denied') throw new HttpError(403, 'OriginNotAllowed', 'This origin may not use the chat.');
        await fn(req, res, cors);
      } catch (err) {
        if (!(err instanceof HttpError)) reportError(err, {});
        if (!res.headersSent) sendError(res, err, cors);
      }
    };

  const parseStartBody = async (req: Request) => {
    const parsed = StartBodySchema.safeParse(await readJsonBody(req, maxBody));
    if (!parsed.success) throw new HttpError(400, 'BadArgument', describeIssues(parsed.error.issues));
    return parsed.data;
  };

  const requireSecretIfSet = (req: Request) => {
    if (!options.secret) return;
    const given = bearerToken(req);
    const a = Buffer.from(given ?? '');
    const b = Buffer.from(options.secret);
    if (!given) throw new HttpError(401, 'TokenMissing', 'An Authorization: Bearer token or secret is required.');
    if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) throw new HttpError(403, 'TokenInvalid', 'Invalid secret.');
  };

  const paths = {
    generate: `${base}/tokens/generate`,
    refresh: `${base}/tokens/refresh`,
    conversations: `${base}/conversations`,
    conversation: `${base}/conversations/:conversationId`,
    activities: `${base}/conversations/:conversationId/activities`,
  };

  for (const path of Object.values(paths)) {
    server.opts(path, async (req: Request, res: Response) => {
      const verdict = origins.check(req);
      if (verdict === 'denied') return sendJson(res, 403, { error: { code: 'OriginNotAllowed', message: 'This origin may not use the chat.' } });
      res.writeHead(204, origins.headers(req, true));
      res.end();
    });
  }

  // A token for a conversation that starts (with the welcome) when the client opens it.
  server.post(
    paths.generate,
    route(async (req, res, cors) => {
      limit(limiters.createPerIp, ipOf(req));
      requireSecretIfSet(req);
      const body = await parseStartBody(req);
      const conv = await createConversation(body?.user?.id, body?.locale);
      sendJson(res, 200, issue(conv), cors);
    }),
  );

  server.post(
    paths.refresh,
    route(async (req, res, cors) => {
      const claims = verify(req);
      limit(limiters.refreshPerToken, claims.conversationId);
      limit(limiters.sessionPerIp, ipOf(req));
      const conv = await load(claims);
      await touch(conv);
      sendJson(res, 200, issue(conv), cors);
    }),
  );

  server.post(
    paths.conversations,
    route(async (req, res, cors) => {
      const body = await parseStartBody(req);
      const token = bearerToken(req);
      const claims = token ? signer.verify(token) : null;
      let conv: BridgeConversation;
      if (claims) {
        limit(limiters.reconnectPerToken, claims.conversationId);
        limit(limiters.sessionPerIp, ipOf(req));
        conv = await load(claims);
        await touch(conv);
      } else {
        // No token: the bridge's secret (when set) or nothing (local, public page) starts a new one.
        if (token && (!options.secret || token !== options.secret)) throw new HttpError(403, 'TokenInvalid', 'The token is invalid or expired.');
        if (!token) requireSecretIfSet(req);
        limit(limiters.createPerIp, ipOf(req));
        conv = await createConversation(body?.user?.id, body?.locale);
      }
      const welcomed = await startIfNew(conv);
      sendJson(res, welcomed ? 201 : 200, { ...issue(conv), streamUrl: null }, cors);
    }),
  );

  // Reconnect: Direct Line clients given a conversationId GET it instead of POSTing.
  server.get(
    paths.conversation,
    route(async (req, res, cors) => {
      const claims = verify(req, conversationIdParam(req));
      limit(limiters.reconnectPerToken, claims.conversationId);
      limit(limiters.sessionPerIp, ipOf(req));
      const conv = await load(claims);
      await touch(conv);
      await startIfNew(conv);
      sendJson(res, 200, { ...issue(conv), streamUrl: null }, cors);
    }),
  );

  server.post(
    paths.activities,
    route(async (req, res, cors) => {
      const conversationId = conversationIdParam(req);
      const claims = verify(req, conversationId);
      limit(limiters.postPerToken, claims.conversationId);
      limit(limiters.postPerIp, ipOf(req));
      const parsed = ActivityBodySchema.safeParse(await readJsonBody(req, maxBody));
      if (!parsed.success) throw new HttpError(400, 'BadArgument', describeIssues(parsed.error.issues));
      const body = parsed.data;
      const conv = await load(claims);
      await touch(conv, body.locale);
      if (body.locale) conv.locale = body.locale;
      const incoming = addressed(conv, {
        type: body.type,
        text: body.text,
        textFormat: body.textFormat,
        value: body.value,
        name: body.name,
        locale: body.locale,
        // The sender is whoever the token was issued to, whatever the body claims.
        from: { id: conv.userId, name: body.from?.name, role: 'user' } as Activity['from'],
        channelData: body.channelData
          ? { clientActivityID: body.channelData.clientActivityID, clientTimestamp: body.channelData.clientTimestamp }
          : undefined,
      });
      if (body.type === 'typing') {
        sendJson(res, 200, { id: `${conv.id}|typing` }, cors);
        return;
      }
      const { deliveryMode: _d, serviceUrl: _s, ...echo } = incoming;
      const seq = await append(conv.id, { ...echo, recipient: { id: bot.id, name: bot.name, role: 'bot' } as Activity['recipient'] });
      if (seq === undefined) throw gone();
      const id = activityId(conv.id, seq);
      // A client that never opened the conversation gets the welcome first.
      await startIfNew(conv);
      void runTurn(conv, { ...incoming, id });
      sendJson(res, 200, { id }, cors);
    }),
  );

  server.get(
    paths.activities,
    route(async (req, res, cors) => {
      const conversationId = conversationIdParam(req);
      const claims = verify(req, conversationId);
      limit(limiters.pollPerToken, conversationId);
      limit(limiters.pollPerIp, ipOf(req));
      const query = new URL(req.url ?? '/', 'http://bridge').searchParams;
      const raw = query.get('watermark');
      const parsed = WatermarkSchema.safeParse(raw === null || raw === '' ? 0 : raw);
      if (!parsed.success) throw new HttpError(400, 'BadArgument', 'watermark: must be a whole number from 0');
      const conv = await load(claims);
      await touch(conv);
      const page = await log.page(conversationId, parsed.data, pageLimits);
      if (!page) throw gone();
      // The stored activities are already UTF-8 JSON: copied once into the response, never re-serialized.
      const parts: Buffer[] = [OPEN_PAGE];
      page.activities.forEach((a, i) => parts.push(...(i ? [COMMA, a] : [a])));
      parts.push(Buffer.from(`],"watermark":"${page.watermark}"}`));
      sendJsonBytes(res, 200, Buffer.concat(parts), cors);
    }),
  );

  return {
    close() {
      // A log the caller passed in is the caller's to close (it may be shared with the database).
      if (!options.log) void log.close();
    },
    erase: (conversationId) => log.delete(conversationId),
    stats: () => log.stats(),
  };
}

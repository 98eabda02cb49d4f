import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Request, Response, Server } from 'restify';
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { OriginPolicy } from './cors';
import { HttpError, bearerToken, clientIp, describeIssues, readJsonBody, sendError, sendJson } from './http';
import { RateLimiter, type RateLimit } from './rateLimit';
import { TokenSigner, type TokenClaims } from './tokens';

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
};

export type DirectLineBridgeOptions = {
  handle: BridgeHandler;
  /** When set, starting a conversation without a token needs `Authorization: Bearer <secret>`. */
  secret?: string;
  /** Key for token signatures; pass a persisted secret so tokens survive a restart. Random per process otherwise. */
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
  maxConversations?: number;
  maxActivitiesPerConversation?: number;
  idleTimeoutMs?: number;
  /** Use the first X-Forwarded-For address as the client IP (only behind a proxy that sets it). */
  trustProxy?: boolean;
  botId?: string;
  botName?: string;
  onError?: (err: unknown, activity: Partial<Activity>) => void;
};

export type DirectLineBridge = {
  /** Stops the idle sweep and drops every conversation. */
  close(): void;
  stats(): { conversations: number };
};

export const DEFAULT_RATE_LIMITS: BridgeRateLimits = {
  createPerIp: { limit: 30, windowMs: 60_000 },
  postPerToken: { limit: 60, windowMs: 60_000 },
  postPerIp: { limit: 300, windowMs: 60_000 },
  pollPerToken: { limit: 600, windowMs: 60_000 },
};

type Conversation = {
  id: string;
  userId: string;
  locale?: string;
  started: boolean;
  /** Activities before this index were dropped by the cap; watermarks count from the start. */
  dropped: number;
  activities: Partial<Activity>[];
  seq: number;
  lastSeen: number;
  queue: Promise<void>;
};

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

function newConversationId(): string {
  return crypto.randomBytes(18).toString('base64url');
}

/**
 * A Direct Line 3.0-compatible endpoint (polling only) that runs the bot in-process, so the
 * website chat works with no Azure service. State is in this process's memory: several instances
 * behind a load balancer need sticky sessions on the bridge, or Azure Direct Line instead.
 */
export function registerDirectLineBridge(server: Server, options: DirectLineBridgeOptions): DirectLineBridge {
  const base = (options.basePath ?? '/directline').replace(/\/+$/, '');
  const ttlSeconds = options.tokenTtlSeconds ?? 1800;
  const maxBody = options.maxBodyBytes ?? 32 * 1024;
  const maxConversations = options.maxConversations ?? 10_000;
  const maxActivities = options.maxActivitiesPerConversation ?? 500;
  const idleMs = options.idleTimeoutMs ?? 30 * 60_000;
  const signer = new TokenSigner(options.signingKey);
  const origins = new OriginPolicy(options.allowedOrigins ?? []);
  const limits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  const limiters = {
    createPerIp: new RateLimiter(limits.createPerIp),
    postPerToken: new RateLimiter(limits.postPerToken),
    postPerIp: new RateLimiter(limits.postPerIp),
    pollPerToken: new RateLimiter(limits.pollPerToken),
  };
  const bot = { id: options.botId ?? 'bot', name: options.botName ?? 'Contact Center Cost Advisor', role: 'bot' };
  // Map order is insertion order; touching a conversation re-inserts it, so the first entry is the idlest.
  const conversations = new Map<string, Conversation>();

  const serviceUrl = (): string => {
    if (options.serviceUrl) return options.serviceUrl;
    const address = server.address() as unknown as AddressInfo | null;
    return `http://127.0.0.1:${address?.port ?? 0}${base}`;
  };

  const touch = (conv: Conversation) => {
    conv.lastSeen = Date.now();
    conversations.delete(conv.id);
    conversations.set(conv.id, conv);
  };

  const sweep = () => {
    const cutoff = Date.now() - idleMs;
    for (const conv of conversations.values()) {
      if (conv.lastSeen >= cutoff) break;
      conversations.delete(conv.id);
    }
  };
  const sweeper = setInterval(sweep, Math.min(idleMs, 60_000));
  sweeper.unref();

  const createConversation = (userId: string | undefined, locale: string | undefined): Conversation => {
    sweep();
    while (conversations.size >= maxConversations) {
      const oldest = conversations.keys().next().value as string;
      conversations.delete(oldest);
    }
    const conv: Conversation = {
      id: newConversationId(),
      userId: userId ?? `dl_${crypto.randomBytes(9).toString('base64url')}`,
      locale,
      started: false,
      dropped: 0,
      activities: [],
      seq: 0,
      lastSeen: Date.now(),
      queue: Promise.resolve(),
    };
    conversations.set(conv.id, conv);
    return conv;
  };

  const issue = (conv: Conversation) => {
    const token = signer.sign({ conversationId: conv.id, userId: conv.userId, expiresAt: Date.now() + ttlSeconds * 1000 });
    return { conversationId: conv.id, token, expires_in: ttlSeconds };
  };

  const append = (conv: Conversation, activity: Partial<Activity>): string => {
    const id = `${conv.id}|${String(conv.seq++).padStart(7, '0')}`;
    conv.activities.push({ ...activity, id });
    if (conv.activities.length > maxActivities) {
      const excess = conv.activities.length - maxActivities;
      conv.activities.splice(0, excess);
      conv.dropped += excess;
    }
    return id;
  };

  const addressed = (conv: Conversation, activity: Partial<Activity>): Partial<Activity> => ({
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

  /** Turns run one at a time per conversation, so replies keep their order and dialog state never races. */
  const runTurn = (conv: Conversation, incoming: Partial<Activity>): Promise<void> => {
    conv.queue = conv.queue.then(async () => {
      try {
        const replies = await options.handle(incoming);
        for (const reply of replies ?? []) {
          if (!reply || !REPLY_TYPES.has(String(reply.type))) continue;
          append(conv, {
            ...reply,
            from: { id: reply.from?.id ?? bot.id, name: reply.from?.name ?? bot.name, role: 'bot' },
            recipient: { id: conv.userId, role: 'user' } as Activity['recipient'],
            conversation: { id: conv.id } as Activity['conversation'],
            channelId: 'webchat',
            timestamp: reply.timestamp ?? new Date(),
          });
        }
      } catch (err) {
        (options.onError ?? ((e) => console.error('directline bridge: the bot failed a turn', e)))(err, incoming);
      }
    });
    return conv.queue;
  };

  const start = (conv: Conversation): Promise<void> => {
    conv.started = true;
    const user = { id: conv.userId, role: 'user' };
    return runTurn(
      conv,
      addressed(conv, {
        type: 'conversationUpdate',
        from: user as Activity['from'],
        membersAdded: [user as Activity['from']],
      }),
    );
  };

  const limit = (limiter: RateLimiter, key: string) => {
    const wait = limiter.take(key);
    if (wait > 0) {
      throw new HttpError(429, 'TooManyRequests', 'Too many requests; try again shortly.', { 'Retry-After': String(wait) });
    }
  };

  /** The conversation a token opens; 401 without a usable token, 403 for another conversation's. */
  const authorize = (req: Request, conversationId?: string): { claims: TokenClaims; conv: Conversation } => {
    const token = bearerToken(req);
    if (!token) throw new HttpError(401, 'TokenMissing', 'An Authorization: Bearer token is required.');
    const claims = signer.verify(token);
    if (!claims) throw new HttpError(403, 'TokenInvalid', 'The token is invalid or expired.');
    if (conversationId !== undefined && claims.conversationId !== conversationId) {
      throw new HttpError(403, 'Forbidden', 'The token does not grant access to this conversation.');
    }
    const conv = conversations.get(claims.conversationId);
    if (!conv) throw new HttpError(404, 'BadArgument', 'The conversation has ended or expired; start a new one.');
    return { claims, conv };
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
        sendError(res, err, cors);
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
      limit(limiters.createPerIp, clientIp(req, options.trustProxy ?? false));
      requireSecretIfSet(req);
      const body = await parseStartBody(req);
      const conv = createConversation(body?.user?.id, body?.locale);
      sendJson(res, 200, issue(conv), cors);
    }),
  );

  server.post(
    paths.refresh,
    route(async (req, res, cors) => {
      const { conv } = authorize(req);
      touch(conv);
      sendJson(res, 200, issue(conv), cors);
    }),
  );

  server.post(
    paths.conversations,
    route(async (req, res, cors) => {
      const body = await parseStartBody(req);
      const token = bearerToken(req);
      const claims = token ? signer.verify(token) : null;
      let conv: Conversation | undefined;
      if (claims) {
        conv = conversations.get(claims.conversationId);
        if (!conv) throw new HttpError(404, 'BadArgument', 'The conversation has ended or expired; start a new one.');
      } else {
        // No token: the bridge's secret (when set) or nothing (local, public page) starts a new one.
        if (token && (!options.secret || token !== options.secret)) throw new HttpError(403, 'TokenInvalid', 'The token is invalid or expired.');
        if (!token) requireSecretIfSet(req);
        limit(limiters.createPerIp, clientIp(req, options.trustProxy ?? false));
        conv = createConversation(body?.user?.id, body?.locale);
      }
      touch(conv);
      const status = conv.started ? 200 : 201;
      if (!conv.started) await start(conv);
      sendJson(res, status, { ...issue(conv), streamUrl: null }, cors);
    }),
  );

  // Reconnect: Direct Line clients given a conversationId GET it instead of POSTing.
  server.get(
    paths.conversation,
    route(async (req, res, cors) => {
      const { conv } = authorize(req, conversationIdParam(req));
      touch(conv);
      if (!conv.started) await start(conv);
      sendJson(res, 200, { ...issue(conv), streamUrl: null }, cors);
    }),
  );

  server.post(
    paths.activities,
    route(async (req, res, cors) => {
      const conversationId = conversationIdParam(req);
      const { conv, claims } = authorize(req, conversationId);
      limit(limiters.postPerToken, claims.conversationId);
      limit(limiters.postPerIp, clientIp(req, options.trustProxy ?? false));
      const parsed = ActivityBodySchema.safeParse(await readJsonBody(req, maxBody));
      if (!parsed.success) throw new HttpError(400, 'BadArgument', describeIssues(parsed.error.issues));
      const body = parsed.data;
      touch(conv);
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
      const id = append(conv, { ...echo, recipient: { id: bot.id, name: bot.name, role: 'bot' } as Activity['recipient'] });
      if (!conv.started) void start(conv);
      void runTurn(conv, { ...incoming, id });
      sendJson(res, 200, { id }, cors);
    }),
  );

  server.get(
    paths.activities,
    route(async (req, res, cors) => {
      const conversationId = conversationIdParam(req);
      const { conv } = authorize(req, conversationId);
      limit(limiters.pollPerToken, conversationId);
      const query = new URL(req.url ?? '/', 'http://bridge').searchParams;
      const raw = query.get('watermark');
      const parsed = WatermarkSchema.safeParse(raw === null || raw === '' ? 0 : raw);
      if (!parsed.success) throw new HttpError(400, 'BadArgument', 'watermark: must be a whole number from 0');
      touch(conv);
      const from = Math.max(0, parsed.data - conv.dropped);
      const watermark = conv.dropped + conv.activities.length;
      sendJson(res, 200, { activities: conv.activities.slice(from), watermark: String(watermark) }, cors);
    }),
  );

  return {
    close() {
      clearInterval(sweeper);
      conversations.clear();
    },
    stats: () => ({ conversations: conversations.size }),
  };
}

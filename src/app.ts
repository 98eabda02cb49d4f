/**
 * The composition root (core-bot's index.ts): config → storage → services → bot → server.
 * Nothing else wires things together, so tests start exactly what production starts.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import {
  CloudAdapter,
  ConfigurationServiceClientCredentialFactory,
  createBotFrameworkAuthenticationFromConfiguration,
  type TurnContext,
} from 'botbuilder';
import type { Server } from 'restify';
import pino, { type Logger } from 'pino';
import { rateOverrideOf, type Config } from './config';
import { setExchangeRateOverride } from './cost/currency';
import { openDatabase, type AppDatabase } from './storage/database';
import { defaultCatalog, type Catalog } from './cost/catalog';
import { createRetriever, type Retriever } from './answers';
import { AdvisorBot } from './bot/advisor-bot';
import { createServices } from './bot/services';
import { createServer, registerHealthRoutes, registerMessagesRoute, type MessageRateLimits } from './server';
import { registerChatPage } from './webchat/page';
import { registerDirectLineBridge, type DirectLineBridge, type DirectLineBridgeOptions } from './webchat/bridge';
import { createInProcessHandler } from './webchat/inProcess';
import { registerAdminRoutes } from './handoff/admin-api';
import { createDeliveryWorker, type DeliveryWorker } from './handoff/delivery';
import { langFromLocale, t } from './i18n';
import { dialogStrings } from './i18n/dialogs';
import { ConversationStateSchema } from './conversation/state';
import { TurnLoggingMiddleware } from './turn-logging';
import { TypingIndicatorMiddleware } from './typing-indicator';
import { TurnSerializationMiddleware, TurnSerializer } from './storage/turn-lock';
import { scheduleStatePurge, type StatePurge } from './storage/purge';
import { AdvisorConversationState } from './storage/conversation-state';
import { createLocalConnectorHttpClient } from './http/local-connector-client';
import { cachingConnectorAuthentication } from './http/connector-cache';
import { registerExportRoutes } from './http/export-routes';
import { createExporter, type Exporter } from './export';
import { createEstimateMailer, type EstimateMailer, type MailLimits } from './export/mailer';

type ConnectorOptions = Parameters<typeof createBotFrameworkAuthenticationFromConfiguration>[4];
import { InFlightTurns } from './in-flight-turns';

export type AppOptions = {
  logger?: Logger;
  /** Reuse a database (tests that restart the app on the same data do not need this: the same DATA_DIR is enough). */
  db?: AppDatabase;
  catalog?: Catalog;
  retriever?: Retriever;
  delivery?: { baseDelayMs?: number; maxDelayMs?: number; pollMs?: number; timeoutMs?: number };
  /** Listen (default). Benchmarks that drive the adapter in-process can skip it. */
  listen?: boolean;
  rateLimits?: Partial<MessageRateLimits>;
  /** Chat bridge limits (tests and benchmarks use small ones). */
  bridge?: Partial<Omit<DirectLineBridgeOptions, 'handle'>>;
  /** Estimate email limits (tests use small ones). */
  mailLimits?: Partial<MailLimits>;
};

export type App = {
  server: Server;
  url: string;
  db: AppDatabase;
  adapter: CloudAdapter;
  bot: AdvisorBot;
  bridge: DirectLineBridge;
  delivery: DeliveryWorker | null;
  turns: TurnSerializer;
  purge: StatePurge;
  exporter: Exporter;
  mailer: EstimateMailer | null;
  log: Logger;
  close(): Promise<void>;
};

export function createLogger(config: Pick<Config, 'LOG_LEVEL'>): Logger {
  return pino({
    level: config.LOG_LEVEL,
    base: { service: 'cost-advisor' },
    // Belt and braces: the code never logs contact details, and these paths are censored if it ever does.
    redact: { paths: ['*.email', '*.phone', '*.contact', 'contact', 'email', 'phone', '*.text'], censor: '[redacted]' },
  });
}

/** Token signing key for the chat bridge, kept under DATA_DIR so chat tokens survive a restart. */
function bridgeSigningKey(dataDir: string): string {
  const file = path.join(dataDir, 'bridge-signing.key');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const key = crypto.randomBytes(32).toString('base64url');
    fs.writeFileSync(file, key, { mode: 0o600 });
    return key;
  }
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.logger ?? createLogger(config);
  setExchangeRateOverride(rateOverrideOf(config));
  const db = options.db ?? (await openDatabase(config));
  const catalog = options.catalog ?? defaultCatalog();
  const retriever = options.retriever ?? createRetriever();

  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  // Local mode replies only to this machine: a reply nobody receives fails the turn at once instead of being retried for 11 s.
  // (The client implements the part of @azure/core-http-compat's HttpClient the connector uses.)
  const connectorOptions = config.MicrosoftAppId ? undefined : ({ httpClient: createLocalConnectorHttpClient() } as unknown as ConnectorOptions);
  // Connector clients are reused across turns (per app id, serviceUrl and audience) instead of built for each one.
  const auth = cachingConnectorAuthentication(createBotFrameworkAuthenticationFromConfiguration(null, credentials, undefined, undefined, connectorOptions));
  const adapter = new CloudAdapter(auth);
  // Outermost, so a turn counts until every other middleware and the bot are done with it.
  const inFlight = new InFlightTurns();
  adapter.use(inFlight);
  // Next, so the whole turn (state read by middleware, the bot, the save) runs one at a time per conversation.
  const turns = new TurnSerializer(db.turnLock);
  adapter.use(new TurnSerializationMiddleware<TurnContext>(turns, (context, error) => adapter.onTurnError(context, error)));
  adapter.use(new TurnLoggingMiddleware(log.child({ component: 'turn' })));
  adapter.use(new TypingIndicatorMiddleware(log.child({ component: 'typing' }), 800, 2_000));

  const conversationState = new AdvisorConversationState(db.storage);
  const delivery = createDeliveryWorker(db.leads, config, { ...options.delivery, logger: log.child({ component: 'delivery' }) });

  // One signing secret for chat tokens and share links (each derives its own key): with PostgreSQL it
  // is shared, so a link made on one instance opens on every other.
  const signingKey = db.bridgeSigningKey ? await db.bridgeSigningKey() : bridgeSigningKey(config.DATA_DIR);
  let url = '';
  const exporter = createExporter({
    secret: signingKey,
    ttlDays: config.SHARE_LINK_TTL_DAYS,
    catalog,
    // Without PUBLIC_URL: the local address on loopback; otherwise links relative to the chat page
    // (Web Chat opens them against the page; Teams needs PUBLIC_URL, which its package requires anyway).
    baseUrl: () => config.PUBLIC_URL ?? (config.HOST === '127.0.0.1' || config.HOST === 'localhost' || config.HOST === '::1' ? url : ''),
  });
  const mailer =
    config.SMTP_URL && config.MAIL_FROM
      ? createEstimateMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, exporter, log: log.child({ component: 'email' }), limits: options.mailLimits })
      : null;

  const bot = new AdvisorBot(
    conversationState,
    createServices({
      catalog,
      retriever,
      leads: db.leads,
      onLeadChanged: () => delivery?.kick(),
      // Links need a server to open them: not for the terminal chat (listen: false) unless PUBLIC_URL names one.
      ...(options.listen !== false || config.PUBLIC_URL ? { exporter } : {}),
      ...(mailer ? { mailer } : {}),
      log,
      retentionDays: config.CONVERSATION_RETENTION_DAYS,
    }),
  );

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // Must never throw itself: an exception here would escape the adapter and end the process.
    const ref = crypto.randomUUID().slice(0, 8);
    try {
      const activity = context.activity;
      const conversation = activity.conversation?.id;
      // the language the conversation has used so far; on a first turn that failed, the locale the client sent
      const raw = conversationState.get(context)?.advisor as { lang?: unknown } | undefined;
      const stored = ConversationStateSchema.shape.lang.safeParse(raw?.lang);
      const lang = raw?.lang !== undefined && stored.success ? stored.data : (langFromLocale(activity.locale) ?? 'en');
      const dbUp = await db.ping();
      log.error({ ref, err: { name: error?.name, message: error?.message, stack: error?.stack }, dbUp, conversation }, 'turn failed');
      await context.sendActivity(t(dialogStrings, lang, dbUp ? 'errorApology' : 'unavailable', { ref }));
    } catch (handlerError) {
      log.error({ ref, err: { message: (handlerError as Error)?.message } }, 'turn error handler could not finish');
    }
  };

  const logic = (context: TurnContext) => bot.run(context);
  const server = createServer(log);
  registerMessagesRoute(server, {
    adapter,
    logic,
    localMode: !config.MicrosoftAppId,
    allowedServiceUrls: config.ALLOWED_SERVICE_URLS,
    log,
    trustProxy: config.TRUST_PROXY,
    rateLimits: options.rateLimits,
  });
  registerHealthRoutes(server, () => db.ping());
  registerChatPage(server, {
    directLineSecret: config.DIRECT_LINE_SECRET,
    allowedOrigins: config.ALLOWED_ORIGINS,
    trustProxy: config.TRUST_PROXY > 0,
    // /privacy states the retention the purge actually applies
    conversationRetentionDays: config.CONVERSATION_RETENTION_DAYS,
  });
  const bridge = registerDirectLineBridge(server, {
    handle: createInProcessHandler(adapter, logic, config.MicrosoftAppId ?? ''),
    // With PostgreSQL the log and the signing key are shared, so any instance answers any chat.
    log: db.bridgeLog,
    signingKey,
    allowedOrigins: config.ALLOWED_ORIGINS,
    trustProxy: config.TRUST_PROXY,
    onError: (err) => log.error({ err: { message: (err as Error)?.message } }, 'chat bridge turn failed'),
    ...options.bridge,
  });
  registerAdminRoutes(server, {
    leads: db.leads,
    apiKey: config.ADMIN_API_KEY,
    // An erasure tells sales to forget the lead: send that now rather than at the next poll.
    afterErase: () => delivery?.kick(),
    eraseConversation: async (channel, conversationId) => {
      if (channel === 'webchat') await bridge.erase(conversationId);
    },
  });
  registerExportRoutes(server, { exporter, trustProxy: config.TRUST_PROXY });
  const purge = scheduleStatePurge(db, config.CONVERSATION_RETENTION_DAYS, log.child({ component: 'retention' }));

  if (options.listen !== false) {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, config.HOST, () => resolve());
    });
    const address = server.address() as AddressInfo;
    const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
    url = `http://${host}:${address.port}`;
  }
  delivery?.start();

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      // Stop accepting, let in-flight turns finish, flush deliveries, then close the database.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive sockets with no request in flight would hold close() until they time out.
      (server.server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      await closed;
      purge.stop();
      // Bridge turns run after their POST was answered; wait for them too (the caller's timer bounds this).
      if (!(await inFlight.idle(6_000))) log.warn({ turns: inFlight.count }, 'shutdown: turns still running after 6 s');
      bridge.close();
      mailer?.close();
      if (delivery) {
        // Give due leads one last try, but never hold the shutdown hostage to a slow webhook.
        await Promise.race([delivery.flush().catch(() => {}), new Promise((r) => setTimeout(r, 3_000).unref())]);
        await delivery.stop();
      }
      if (!options.db) await db.close();
    })());

  return { server, url, db, adapter, bot, bridge, delivery, turns, purge, exporter, mailer, log, close };
}

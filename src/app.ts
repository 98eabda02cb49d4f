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
  ConversationState,
  UserState,
  createBotFrameworkAuthenticationFromConfiguration,
  type TurnContext,
} from 'botbuilder';
import type { Server } from 'restify';
import pino, { type Logger } from 'pino';
import type { Config } from './config';
import { openDatabase, type AppDatabase } from './storage/database';
import { defaultCatalog, type Catalog } from './cost/catalog';
import { createRetriever, type Retriever } from './answers';
import { AdvisorBot } from './bot';
import { createServer, registerHealthRoutes, registerMessagesRoute, type MessageRateLimits } from './server';
import { registerChatPage } from './webchat/page';
import { registerDirectLineBridge, type DirectLineBridge } from './webchat/bridge';
import { createInProcessHandler } from './webchat/inProcess';
import { registerAdminRoutes } from './handoff/admin-api';
import { createDeliveryWorker, type DeliveryWorker } from './handoff/delivery';
import { langFromLocale } from './i18n';
import { say } from '../dialogs/replies';
import { AdvisorStateSchema } from '../dialogs/state';
import { TurnPreprocessMiddleware } from '../dialogs/turn-preprocess';
import { TurnLoggingMiddleware } from './turn-logging';
import { TypingIndicatorMiddleware } from './typing-indicator';
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
};

export type App = {
  server: Server;
  url: string;
  db: AppDatabase;
  adapter: CloudAdapter;
  bot: AdvisorBot;
  bridge: DirectLineBridge;
  delivery: DeliveryWorker | null;
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
    fs.mkdirSync(dataDir, { recursive: true });
    const key = crypto.randomBytes(32).toString('base64url');
    fs.writeFileSync(file, key, { mode: 0o600 });
    return key;
  }
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.logger ?? createLogger(config);
  const db = options.db ?? (await openDatabase(config));
  const catalog = options.catalog ?? defaultCatalog();
  const retriever = options.retriever ?? createRetriever();

  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const auth = createBotFrameworkAuthenticationFromConfiguration(null, credentials);
  const adapter = new CloudAdapter(auth);
  // Outermost, so a turn counts until every other middleware and the bot are done with it.
  const inFlight = new InFlightTurns();
  adapter.use(inFlight);
  adapter.use(new TurnLoggingMiddleware(log.child({ component: 'turn' })));
  adapter.use(new TypingIndicatorMiddleware(log.child({ component: 'typing' }), 800, 2_000));

  const conversationState = new ConversationState(db.storage);
  const userState = new UserState(db.storage);
  const delivery = createDeliveryWorker(db.leads, config, { ...options.delivery, logger: log.child({ component: 'delivery' }) });

  const bot = new AdvisorBot(conversationState, userState, {
    catalog,
    retriever,
    leads: db.leads,
    onLeadChanged: () => delivery?.kick(),
    log,
  });

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // Must never throw itself: an exception here would escape the adapter and end the process.
    const ref = crypto.randomUUID().slice(0, 8);
    try {
      const activity = context.activity;
      const conversation = activity.conversation?.id;
      const cached = AdvisorStateSchema.safeParse(conversationState.get(context)?.advisor);
      const lang = cached.success ? cached.data.lang : (langFromLocale(activity.locale) ?? 'en');
      const dbUp = await db.ping();
      log.error({ ref, err: { name: error?.name, message: error?.message, stack: error?.stack }, dbUp, conversation }, 'turn failed');
      await context.sendActivity(say(lang, dbUp ? 'errorApology' : 'unavailable', { ref }));
      if (dbUp) {
        // Leave the conversation usable: drop the dialog stack that failed, keep the scenario.
        await conversationState.createProperty('dialogState').delete(context);
        await conversationState.saveChanges(context, false);
      }
    } catch (handlerError) {
      log.error({ ref, err: { message: (handlerError as Error)?.message } }, 'turn error handler could not finish');
    }
  };

  adapter.use(new TurnPreprocessMiddleware(bot.stateStore));
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
    trustProxy: config.TRUST_PROXY,
  });
  const bridge = registerDirectLineBridge(server, {
    handle: createInProcessHandler(adapter, logic, config.MicrosoftAppId ?? ''),
    signingKey: bridgeSigningKey(config.DATA_DIR),
    allowedOrigins: config.ALLOWED_ORIGINS,
    trustProxy: config.TRUST_PROXY,
    onError: (err) => log.error({ err: { message: (err as Error)?.message } }, 'chat bridge turn failed'),
  });
  registerAdminRoutes(server, {
    leads: db.leads,
    apiKey: config.ADMIN_API_KEY,
    // An erasure tells sales to forget the lead: send that now rather than at the next poll.
    afterErase: () => delivery?.kick(),
  });

  let url = '';
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
      // Bridge turns run after their POST was answered; wait for them too (the caller's timer bounds this).
      if (!(await inFlight.idle(6_000))) log.warn({ turns: inFlight.count }, 'shutdown: turns still running after 6 s');
      bridge.close();
      if (delivery) {
        // Give due leads one last try, but never hold the shutdown hostage to a slow webhook.
        await Promise.race([delivery.flush().catch(() => {}), new Promise((r) => setTimeout(r, 3_000).unref())]);
        await delivery.stop();
      }
      if (!options.db) await db.close();
    })());

  return { server, url, db, adapter, bot, bridge, delivery, log, close };
}

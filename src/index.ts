/**
 * Entry point of the service (`npm start` runs the build of this file as `exec node dist/index.js`,
 * so signals reach this process): parse the environment, start the app, stop cleanly on SIGTERM/SIGINT.
 */
import { restoreWarnings } from './node-warnings';
import 'dotenv/config';
import { ConfigError, loadConfig, redactSecrets } from './config';
import { createApp } from './app';

/** Container platforms and systemd wait about 10 s after SIGTERM before SIGKILL; finish before that. */
const SHUTDOWN_BUDGET_MS = 10_000;

async function main(): Promise<void> {
  restoreWarnings();
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const app = await createApp(config);
  const mode = config.MicrosoftAppId ? 'authenticated (MicrosoftAppId set)' : 'local (no MicrosoftAppId: Emulator and loopback only)';
  app.log.info({ url: app.url, database: app.db.kind, mode }, `Contact Center Cost Advisor listening on ${app.url} — open it in a browser to chat`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl+C means "now".
      app.log.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    const started = performance.now();
    app.log.info({ signal }, 'shutting down: no new requests; finishing turns in flight');
    const force = setTimeout(() => {
      app.log.error({ signal }, `shutdown took over ${SHUTDOWN_BUDGET_MS / 1000} s: exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_BUDGET_MS);
    force.unref();
    app.close().then(
      () => {
        const ms = Math.round(performance.now() - started);
        app.log.info({ signal, ms }, 'stopped: turns finished, delivery worker stopped, database closed');
        process.exit(0);
      },
      (err) => {
        app.log.error({ err: { message: (err as Error).message } }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  // A driver's message can quote a connection string: never print a secret.
  console.error(redactSecrets(`Could not start: ${(err as Error)?.message ?? String(err)}`));
  process.exit(1);
});

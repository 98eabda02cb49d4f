/** Entry point for `npm start`: parse the environment, start the app, stop cleanly on SIGTERM/SIGINT. */
import 'dotenv/config';
import { ConfigError, loadConfig, redactSecrets } from './config';
import { createApp } from './app';

async function main(): Promise<void> {
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
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
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

/**
 * The baseline for bench:load: a bare echo bot on the same restify + CloudAdapter stack as the
 * advisor, started as its own process (PORT from the environment) so its CPU and memory are
 * measured exactly like the advisor's.
 */
import restify from 'restify';
import { z } from 'zod';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationServiceClientCredentialFactory,
  createBotFrameworkAuthenticationFromConfiguration,
} from 'botbuilder';

const env = z.object({ PORT: z.coerce.number().int().min(0).max(65535), HOST: z.string().default('127.0.0.1') }).safeParse(process.env);
if (!env.success) {
  console.error(`echo-server: PORT ${env.error.issues[0]?.message}`);
  process.exit(2);
}

const auth = createBotFrameworkAuthenticationFromConfiguration(null, new ConfigurationServiceClientCredentialFactory({}));
const adapter = new CloudAdapter(auth);
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(`echo: ${context.activity.text}`);
  await next();
});

const server = restify.createServer();
server.use(restify.plugins.bodyParser({ mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (ctx) => bot.run(ctx));
});
server.get('/readyz', (_req, res, next) => {
  res.send(200, { status: 'ready' });
  return next();
});
server.listen(env.data.PORT, env.data.HOST);
process.on('SIGTERM', () => server.close(() => process.exit(0)));

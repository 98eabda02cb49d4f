/**
 * `npm run chat`: talk to the same bot in the terminal (demos, sales ops). Runs the real
 * adapter, dialogs and database in-process on the plain-text "console" channel, so every
 * card shows as its text fallback.
 */
import 'dotenv/config';
import readline from 'node:readline';
import { randomUUID } from 'node:crypto';
import { ConfigError, loadConfig } from '../config';
import { createApp } from '../app';
import { createInProcessHandler } from '../webchat/inProcess';
import { langFromLocale } from '../i18n';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' });
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const app = await createApp(config, { listen: false });
  const handle = createInProcessHandler(app.adapter, (ctx) => app.bot.run(ctx), config.MicrosoftAppId ?? '');
  const locale = langFromLocale(process.env.LANG?.split('.')[0]) === 'id' ? 'id-ID' : 'en-US';
  const conversation = { id: `console-${randomUUID()}` };
  const user = { id: 'console-user', name: 'You', role: 'user' };
  const bot = { id: 'advisor', name: 'Cost Advisor', role: 'bot' };
  const base = () => ({ channelId: 'console', serviceUrl: 'http://127.0.0.1/console', conversation, from: user, recipient: bot, locale, id: randomUUID() });

  const print = (activities: { type?: string; text?: string }[]) => {
    for (const a of activities) if (a.type === 'message' && a.text) console.log(`\nAdvisor: ${a.text}\n`);
  };

  print(await handle({ ...base(), type: 'conversationUpdate', membersAdded: [user] } as never));
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'You: ' });
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
    if (text) {
      try {
        print(await handle({ ...base(), type: 'message', text } as never));
      } catch (err) {
        console.error(`(error: ${(err as Error).message})`);
      }
    }
    rl.prompt();
  }
  rl.close();
  await app.close();
}

main().catch((err: unknown) => {
  console.error(`Could not start the chat: ${(err as Error)?.message ?? String(err)}`);
  process.exit(1);
});

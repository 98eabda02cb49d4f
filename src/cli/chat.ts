/**
 * `npm run chat`: talk to the same bot in the terminal (demos, sales ops). Runs the real
 * adapter, bot and database in-process on the plain-text "console" channel, so every card
 * shows as its text fallback, and Markdown is shown as plain text. /quit or Ctrl+D leaves.
 */
import { restoreWarnings } from '../node-warnings';
import 'dotenv/config';
import readline from 'node:readline';
import { randomUUID } from 'node:crypto';
import { ConfigError, loadConfig } from '../config';
import { createApp } from '../app';
import { createInProcessHandler } from '../webchat/inProcess';
import { langFromLocale, t } from '../i18n';
import { chatStrings } from '../i18n/chat';
import { markdownToPlainText } from './plain-text';

const QUIT = new Set(['/quit', '/exit']);

async function main(): Promise<number> {
  restoreWarnings();
  const lang = langFromLocale(process.env.LANG?.split('.')[0]) ?? 'en';
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(t(chatStrings, lang, 'usage'));
    return 0;
  }
  if (args.length > 0) {
    console.error(t(chatStrings, lang, 'badArgument', { arg: args[0]! }));
    return 2;
  }
  let config;
  try {
    config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' });
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  const app = await createApp(config, { listen: false });
  const handle = createInProcessHandler(app.adapter, (ctx) => app.bot.run(ctx), config.MicrosoftAppId ?? '');
  const locale = lang === 'id' ? 'id-ID' : 'en-US';
  const conversation = { id: `console-${randomUUID()}` };
  const user = { id: 'console-user', name: 'You', role: 'user' };
  const bot = { id: 'advisor', name: 'Cost Advisor', role: 'bot' };
  const base = () => ({ channelId: 'console', serviceUrl: 'http://127.0.0.1/console', conversation, from: user, recipient: bot, locale, id: randomUUID() });

  const print = (activities: { type?: string; text?: string }[]) => {
    for (const a of activities) if (a.type === 'message' && a.text) console.log(`\nAdvisor: ${markdownToPlainText(a.text)}\n`);
  };

  console.log(t(chatStrings, lang, 'intro'));
  print(await handle({ ...base(), type: 'conversationUpdate', membersAdded: [user] } as never));
  // "npm run chat | head": the reader went away, so the chat ends quietly (it threw EPIPE)
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'You: ' });
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (QUIT.has(text.toLowerCase())) break;
    if (text) {
      try {
        print(await handle({ ...base(), type: 'message', text } as never));
      } catch (err) {
        console.error(t(chatStrings, lang, 'turnError', { message: (err as Error).message }));
      }
    }
    rl.prompt();
  }
  rl.close();
  await app.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const lang = langFromLocale(process.env.LANG?.split('.')[0]) ?? 'en';
    console.error(t(chatStrings, lang, 'startFailed', { message: (err as Error)?.message ?? String(err) }));
    process.exit(1);
  },
);

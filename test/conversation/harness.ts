/**
 * The real AdvisorBot (interpret → decide → render) with real services (catalog, retriever,
 * understanding model, an SQLite lead store in a temp dir), driven in process through botbuilder's
 * TestAdapter. MemoryStorage holds conversation state, as unit tests may; the HTTP tests in test/e2e
 * and test/conversations run the same bot through the real server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import pino from 'pino';
import { AdvisorBot } from '../../src/bot/advisor-bot';
import { createServices } from '../../src/bot/services';
import { parseState, type ConversationState as AdvisorState } from '../../src/conversation/state';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever, type Retriever } from '../../src/answers';
import { openDatabase, type AppDatabase } from '../../src/storage/database';
import { AdvisorConversationState } from '../../src/storage/conversation-state';

let retriever: Retriever | undefined;

export type Harness = {
  /** Sends a message (or a card submit) and returns the text of every reply. */
  say(text: string): Promise<string[]>;
  submit(value: Record<string, unknown>): Promise<string[]>;
  /** Sends any activity (an event, a conversationUpdate…) and returns the text of every reply. */
  send(activity: Partial<Activity>): Promise<string[]>;
  /** The raw reply activities of the last turn. */
  last: Partial<Activity>[];
  /** What each reply of the last turn was (channelData.advisor). */
  tags(): Record<string, unknown>[];
  state(): Promise<AdvisorState>;
  db: AppDatabase;
  /** Where conversation state is kept (to damage or replace a record between turns). */
  storage: MemoryStorage;
  leadChanges: string[];
  close(): Promise<void>;
};

export async function createHarness(
  channelId = 'test',
  locale = 'en-US',
  userName = 'Visitor',
  options: { advisorState?: boolean } = {},
): Promise<Harness> {
  retriever ??= createRetriever();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-dialog-'));
  const db = await openDatabase({ DATA_DIR: dir, DATABASE_URL: undefined });
  const storage = new MemoryStorage();
  // The server's state class (options.advisorState) reuses what it saved last turn without re-parsing it.
  const conversationState = options.advisorState ? new AdvisorConversationState(storage) : new ConversationState(storage);
  const leadChanges: string[] = [];
  const services = createServices({
    catalog: defaultCatalog(),
    retriever,
    leads: db.leads,
    onLeadChanged: (id: string) => leadChanges.push(id),
    log: pino({ level: 'silent' }),
  });
  const bot = new AdvisorBot(conversationState, services);
  const adapter = new TestAdapter(async (context) => bot.run(context), {
    channelId,
    conversation: { id: 'Convo1', isGroup: false, name: 'Convo1', conversationType: 'personal' } as never,
    user: { id: 'user1', name: userName },
    bot: { id: 'bot', name: 'Cost Advisor' },
    serviceUrl: 'https://test.com',
    locale,
  } as never);
  const h: Harness = {
    last: [],
    db,
    storage,
    leadChanges,
    async say(text: string) {
      return send({ type: 'message', text, locale });
    },
    async submit(value: Record<string, unknown>) {
      return send({ type: 'message', value, locale });
    },
    send: (activity: Partial<Activity>) => send({ locale, ...activity }),
    tags() {
      return h.last.map((a) => ((a.channelData as { advisor?: Record<string, unknown> } | undefined)?.advisor ?? {}));
    },
    async state() {
      const items = await storage.read([`${channelId}/conversations/Convo1/`]);
      const record = Object.values(items)[0] as { advisor?: unknown } | undefined;
      return parseState(record?.advisor);
    },
    async close() {
      await db.close();
    },
  };
  async function send(activity: Partial<Activity>): Promise<string[]> {
    adapter.activeQueue.splice(0, adapter.activeQueue.length);
    await adapter.receiveActivity(activity);
    const replies: Partial<Activity>[] = [];
    for (;;) {
      const a = adapter.getNextReply();
      if (!a) break;
      if (a.type === 'message') replies.push(a);
    }
    h.last = replies;
    return replies.map(textOf);
  }
  return h;
}

export function textOf(a: Partial<Activity>): string {
  const parts = [a.text ?? ''];
  for (const att of a.attachments ?? []) {
    const content = att.content as { fallbackText?: string } | undefined;
    if (content?.fallbackText) parts.push(content.fallbackText);
  }
  const actions = a.suggestedActions?.actions?.map((x) => `[${x.title}]`).join(' ');
  if (actions) parts.push(actions);
  return parts.filter(Boolean).join('\n');
}

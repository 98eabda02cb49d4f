/**
 * DialogTestClient around the real MainDialog with real services (catalog, retriever, an
 * SQLite lead store in a temp dir). MemoryStorage holds conversation state, as unit tests may.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConversationState, MemoryStorage, type Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import pino from 'pino';
import { MainDialog } from '../../dialogs/main-dialog';
import { AdvisorStateStore, type AdvisorState } from '../../dialogs/state';
import { TurnPreprocessMiddleware } from '../../dialogs/turn-preprocess';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever, type Retriever } from '../../src/answers';
import { openDatabase, type AppDatabase } from '../../src/storage/database';

let retriever: Retriever | undefined;

export type Harness = {
  client: DialogTestClient;
  /** Sends a message (or a card submit) and returns the text of every reply. */
  say(text: string): Promise<string[]>;
  submit(value: Record<string, unknown>): Promise<string[]>;
  /** The raw reply activities of the last turn. */
  last: Partial<Activity>[];
  state(): Promise<AdvisorState>;
  db: AppDatabase;
  leadChanges: string[];
  close(): Promise<void>;
};

export async function createHarness(channelId = 'test', locale = 'en-US'): Promise<Harness> {
  retriever ??= createRetriever();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-dialog-'));
  const db = await openDatabase({ DATA_DIR: dir, DATABASE_URL: undefined });
  const conversationState = new ConversationState(new MemoryStorage());
  const stateStore = new AdvisorStateStore(conversationState.createProperty('advisor'));
  const leadChanges: string[] = [];
  const dialog = new MainDialog(
    { catalog: defaultCatalog(), retriever, leads: db.leads, onLeadChanged: (id) => leadChanges.push(id), log: pino({ level: 'silent' }) },
    stateStore,
  );
  const client = new DialogTestClient(channelId, dialog, undefined, [new TurnPreprocessMiddleware(stateStore)], conversationState);
  const h: Harness = {
    client,
    last: [],
    db,
    leadChanges,
    async say(text: string) {
      return collect(await client.sendActivity({ type: 'message', text, locale } as Partial<Activity>));
    },
    async submit(value: Record<string, unknown>) {
      return collect(await client.sendActivity({ type: 'message', value, locale } as Partial<Activity>));
    },
    async state() {
      const storage = (conversationState as unknown as { storage: MemoryStorage }).storage;
      const items = await storage.read([`${channelId}/conversations/Convo1/`]);
      const record = Object.values(items)[0] as { advisor?: AdvisorState } | undefined;
      return record?.advisor as AdvisorState;
    },
    async close() {
      await db.close();
    },
  };
  function collect(first: Partial<Activity> | undefined): string[] {
    const replies: Partial<Activity>[] = [];
    let a = first;
    while (a) {
      if (a.type === 'message') replies.push(a);
      a = client.getNextReply();
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

/**
 * Builds what the advisor needs to understand and decide, once per process: the understanding model
 * and button titles, the topic → knowledge-entry map, the consent sentence. The composition root
 * (src/app.ts) and the tests call this, so both run exactly the same advisor.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Logger } from 'pino';
import { LANGS, t } from '../i18n';
import { dialogStrings, type DialogKey } from '../i18n/dialogs';
import type { Catalog } from '../cost/catalog';
import type { Retriever } from '../answers';
import type { LeadStore } from '../handoff/lead-store';
import { BUTTON_COMMANDS, COMMAND_WORDS } from '../conversation/buttons';
import { UNDERSTANDING_DIR } from '../nlu/corpus';
import { buttonKey, createInterpreter } from '../nlu/interpret';
import { productionModel } from '../nlu/model';
import type { Command } from '../nlu/commands';
import type { AdvisorServices } from './advisor-bot';

const TopicMapSchema = z.object({ topics: z.record(z.string(), z.array(z.string())) });

export function topicEntries(file = path.join(UNDERSTANDING_DIR, 'topics.json')): Map<string, string[]> {
  const parsed = TopicMapSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return new Map(Object.entries(parsed.topics));
}

export function buttonIndex(): Map<string, Command[]> {
  const index = new Map<string, Command[]>();
  for (const lang of LANGS) {
    for (const [key, commands] of Object.entries(BUTTON_COMMANDS) as [DialogKey, Command[]][]) {
      index.set(buttonKey(t(dialogStrings, lang, key, { agents: 0 })), commands);
    }
  }
  for (const { words, commands } of COMMAND_WORDS) for (const w of words) index.set(buttonKey(w), commands);
  return index;
}

let interpreter: AdvisorServices['interpret'] | undefined;
let topics: Map<string, string[]> | undefined;

export function createServices(deps: {
  catalog: Catalog;
  retriever: Retriever;
  leads?: LeadStore;
  onLeadChanged?: (leadId: string) => void;
  exporter?: AdvisorServices['exporter'];
  mailer?: AdvisorServices['mailer'];
  log: Logger;
  /** CONVERSATION_RETENTION_DAYS, which the privacy answers quote (default 30, as the configuration's). */
  retentionDays?: number;
}): AdvisorServices {
  interpreter ??= createInterpreter(productionModel(deps.retriever), buttonIndex());
  topics ??= topicEntries();
  return {
    ...deps,
    interpret: interpreter,
    topicEntries: topics,
    leadsEnabled: deps.leads !== undefined,
    emailEnabled: deps.mailer !== undefined,
    consentText: (lang) => t(dialogStrings, lang, 'consentConsentText'),
    retentionDays: deps.retentionDays ?? 30,
  };
}

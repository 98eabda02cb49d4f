/**
 * The understanding model: which acts a message performs (multi-label), which knowledge topic a
 * question is about, and which aspect of the estimate a question about it asks. Trained from the
 * labelled corpus in knowledge/understanding/ when first needed (about a second), once per process.
 */
import type { Command } from './commands';
import { ASPECTS, TOPICS } from './commands';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadKnowledgeBase, type KnowledgeBase } from '../answers/knowledge-base';
import { loadSplits, UNDERSTANDING_DIR, type Example } from './corpus';
import { messageFeatures } from './features';
import { MultiClassModel, MultiLabelModel, type TrainOptions } from './linear-model';

/** Command types the act model decides; `scenario` and `contact` stand for "this message gives values". */
export const ACT_LABELS = [
  'scenario', 'contact', 'correct', 'relative', 'staffing', 'ask', 'ask_estimate', 'estimate', 'compare',
  'price_staffing', 'handoff', 'ack', 'yes', 'no', 'skip', 'cancel', 'start_over', 'help', 'why', 'privacy', 'greeting',
  'out_of_scope', 'unclear', 'send_estimate', 'other_language',
] as const;
export type ActLabel = (typeof ACT_LABELS)[number];

const CONTACT = new Set(['name', 'email', 'company', 'phone', 'time']);

/** The act labels of a labelled message. */
export function actsOf(commands: readonly Command[]): ActLabel[] {
  const acts = new Set<ActLabel>();
  for (const c of commands) {
    if (c.type === 'set' || c.type === 'correct' || c.type === 'add' || c.type === 'remove') {
      acts.add(CONTACT.has(c.slot) ? 'contact' : 'scenario');
      if (c.type === 'correct') acts.add('correct');
    } else if ((ACT_LABELS as readonly string[]).includes(c.type)) acts.add(c.type as ActLabel);
  }
  return [...acts];
}

export type UnderstandingModel = {
  acts: MultiLabelModel;
  topics: MultiClassModel;
  aspects: MultiClassModel;
  examples: number;
};

export type TopicPhrasing = { text: string; lang: 'en' | 'id'; topic: string };

export function trainModel(
  examples: readonly Example[],
  kb: readonly TopicPhrasing[] = knowledgePhrasings(),
  opts: TrainOptions = {},
): UnderstandingModel {
  const feats = examples.map((e) => messageFeatures(e.text, e.context, e.lang).features);
  const kbFeats = kb.map((p) => messageFeatures(p.text, 'start', p.lang).features);
  const acts = new MultiLabelModel(ACT_LABELS).train([
    ...examples.map((e, i) => ({ features: feats[i]!, labels: actsOf(e.commands) })),
    // the knowledge base's own phrasings are questions too
    ...kbFeats.map((features) => ({ features, labels: ['ask'] })),
  ], opts);
  const topicData: { features: string[]; label: string }[] = [];
  const aspectData: { features: string[]; label: string }[] = [];
  examples.forEach((e, i) => {
    for (const c of e.commands) {
      if (c.type === 'ask') topicData.push({ features: feats[i]!, label: c.topic });
      if (c.type === 'ask_estimate') aspectData.push({ features: feats[i]!, label: c.aspect });
    }
  });
  kb.forEach((p, i) => topicData.push({ features: kbFeats[i]!, label: p.topic }));
  const topics = new MultiClassModel(TOPICS).train(topicData, opts);
  const aspects = new MultiClassModel(ASPECTS).train(aspectData, opts);
  return { acts, topics, aspects, examples: examples.length };
}

const TopicMapSchema = z.object({ topics: z.record(z.string(), z.array(z.string())) });

/** The knowledge base's question phrasings, each labelled with the topic its entry answers. */
export function knowledgePhrasings(kb: KnowledgeBase = loadKnowledgeBase()): TopicPhrasing[] {
  const map = TopicMapSchema.parse(JSON.parse(fs.readFileSync(path.join(UNDERSTANDING_DIR, 'topics.json'), 'utf8')));
  const topicOf = new Map<string, string>();
  for (const [topic, ids] of Object.entries(map.topics)) {
    if (!(TOPICS as readonly string[]).includes(topic)) throw new Error(`topics.json: unknown topic "${topic}"`);
    for (const id of ids) if (!topicOf.has(id)) topicOf.set(id, topic);
  }
  const out: TopicPhrasing[] = [];
  for (const entry of kb.entries) {
    const topic = topicOf.get(entry.id);
    if (!topic) continue;
    for (const lang of ['en', 'id'] as const) for (const q of entry.questions[lang]) out.push({ text: q, lang, topic });
  }
  return out;
}

let production: UnderstandingModel | undefined;

/** The model the advisor runs with: trained on every labelled line (train and dev splits). */
export function productionModel(): UnderstandingModel {
  if (!production) {
    const { train, dev } = loadSplits();
    production = trainModel([...train, ...dev]);
  }
  return production;
}

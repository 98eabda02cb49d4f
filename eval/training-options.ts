/**
 * `npx tsx eval/training-options.ts '[{"seed":1},{"runs":5}]' [--score-without knowledge/understanding/FILE.jsonl]`
 *
 * Dev-split exact match of the act model under several training options (each object is merged over
 * TRAINING), so a choice such as the number of averaged runs is made on more than one shuffling seed.
 * `--score-without FILE` leaves that file's dev lines out of the score (it still trains), as in
 * eval/understanding.ts, so a new training file is compared on the same messages as the run before it.
 */
import path from 'node:path';
import { loadExamples, loadSplits } from '../src/nlu/corpus';
import type { Command } from '../src/nlu/commands';
import { createInterpreter } from '../src/nlu/interpret';
import { knowledgePhrasings, knowledgeSignal, topicsOfEntries, trainModel, TRAINING } from '../src/nlu/model';
import type { TrainOptions } from '../src/nlu/linear-model';
import { createRetriever } from '../src/answers';
import { score } from './understanding-metrics';

const args = process.argv.slice(2);
const without = args.includes('--score-without') ? args[args.indexOf('--score-without') + 1] : undefined;
const configs = JSON.parse(args.find((a) => a.startsWith('[')) ?? '[{}]') as TrainOptions[];
const excluded = new Set(without ? loadExamples(path.resolve(without)).map((e) => `${e.context}|${e.text}`) : []);
const { train, dev } = loadSplits();
const scoreOn = dev.filter((e) => !excluded.has(`${e.context}|${e.text}`));

// as in eval/understanding.ts: "set old + correct new" and "correct new" mean the same
function canonical(commands: readonly Command[]): Command[] {
  const corrected = new Set(commands.filter((c) => c.type === 'correct').map((c) => (c as { slot: string }).slot));
  return commands.filter((c) => !(c.type === 'set' && corrected.has(c.slot)));
}

const signal = knowledgeSignal(createRetriever(), topicsOfEntries());
console.log(`dev: ${scoreOn.length} messages scored, ${train.length} trained on`);
for (const cfg of configs) {
  const t0 = performance.now();
  const model = trainModel(train, knowledgePhrasings(), { ...TRAINING, ...cfg }, signal);
  const ms = performance.now() - t0;
  const interpret = createInterpreter(model);
  const r = score(scoreOn.map((e) => ({ ...e, commands: canonical(e.commands) })), (e) => canonical(interpret(e.text, { context: e.context, lang: e.lang }).commands));
  const pct = (lang: 'en' | 'id') => `${((100 * r[lang].exact) / r[lang].messages).toFixed(1)}%`;
  console.log(`${JSON.stringify(cfg).padEnd(36)} exact match en ${pct('en')}  id ${pct('id')}  training ${ms.toFixed(0)} ms`);
}

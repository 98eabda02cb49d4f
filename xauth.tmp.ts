import path from 'node:path';
import { loadExamples, UNDERSTANDING_DIR } from './src/nlu/corpus';
import { createInterpreter } from './src/nlu/interpret';
import { trainModel, knowledgePhrasings, knowledgeSignal } from './src/nlu/model';
import { createRetriever } from './src/answers';
import { topicEntries } from './src/bot/services';
import { score } from './eval/understanding-metrics';
const files = ['corpus.jsonl', 'train-extra.jsonl', 'train-extra-2.jsonl'];
const data = Object.fromEntries(files.map((f) => [f, loadExamples(path.join(UNDERSTANDING_DIR, f))]));
const kb = knowledgePhrasings();
const te = topicEntries(); const topicOf = new Map<string,string>(); for (const [t, ids] of te) for (const id of ids) if (!topicOf.has(id)) topicOf.set(id, t);
const signal = process.env.NO_SIGNAL ? undefined : knowledgeSignal(createRetriever(), topicOf);
const [epochs, lr, l2] = (process.env.HP ?? '10,0.5,0.001').split(',').map(Number);
const out: string[] = [];
let tot = 0, cnt = 0;
for (const held of files) {
  const train = files.filter((f) => f !== held).flatMap((f) => data[f]!);
  const m = trainModel(train, kb, { epochs, learningRate: lr, l2 }, signal);
  const interp = createInterpreter(m);
  const r = score(data[held]!, (e) => interp(e.text, { context: e.context, lang: e.lang }).commands);
  const ex = (r.en.exact + r.id.exact) / (r.en.messages + r.id.messages);
  tot += ex; cnt++;
  out.push(`${held}: ${(ex * 100).toFixed(1)}`);
}
console.log(process.env.HP ?? 'default', process.env.NO_SIGNAL ? 'nosignal' : 'signal', out.join('  '), 'mean', (100 * tot / cnt).toFixed(1));

import { loadSplits } from '../src/nlu/corpus';
import { createInterpreter } from '../src/nlu/interpret';
import { trainModel, knowledgePhrasings } from '../src/nlu/model';
import { score } from './understanding-metrics';
const { train, dev } = loadSplits();
const kb = knowledgePhrasings();
for (const [epochs, lr, l2] of [[10,0.5,1e-4],[30,0.5,1e-4],[30,0.2,1e-4],[30,1,1e-4],[60,0.5,1e-4],[30,0.5,1e-3],[30,0.5,1e-5],[30,0.5,0]] as const) {
  const m = trainModel(train, kb, { epochs, learningRate: lr, l2 });
  const interp = createInterpreter(m);
  const r = score(dev, (e) => interp(e.text, { context: e.context, lang: e.lang }).commands);
  console.log(epochs, lr, l2, (r.en.exact / r.en.messages).toFixed(3), (r.id.exact / r.id.messages).toFixed(3));
}

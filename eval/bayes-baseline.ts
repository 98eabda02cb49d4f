/**
 * Approach B for the comparison in eval:understanding: the same features and entity rules as the
 * model, but the acts decided by natural's BayesClassifier (multinomial naive Bayes, a library
 * classifier made for text) trained on each message's set of acts as one label.
 */
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier';
import type { Example } from '../src/nlu/corpus';
import { messageFeatures } from '../src/nlu/features';
import { createInterpreter } from '../src/nlu/interpret';
import { ACT_LABELS, actsOf, trainModel } from '../src/nlu/model';

type Bayes = {
  addDocument(tokens: string[], label: string): void;
  train(): void;
  getClassifications(tokens: string[]): { label: string; value: number }[];
};

export function bayesInterpreter(examples: readonly Example[]) {
  const bayes = new (BayesClassifier as unknown as new () => Bayes)();
  for (const e of examples) {
    bayes.addDocument(messageFeatures(e.text, e.context, e.lang).features, actsOf(e.commands).sort().join('+'));
  }
  bayes.train();
  // topics and aspects from the logistic model: this baseline isolates the act decision
  const lr = trainModel(examples);
  return createInterpreter({
    acts: {
      predict(features: readonly string[]) {
        const ranked = bayes.getClassifications([...features]);
        const total = ranked.reduce((s, r) => s + r.value, 0) || 1;
        const top = ranked[0];
        const probs = new Map<string, number>(ACT_LABELS.map((l) => [l, 0]));
        if (top) for (const act of top.label.split('+')) probs.set(act, top.value / total);
        return probs;
      },
    },
    topics: lr.topics,
    aspects: lr.aspects,
  });
}

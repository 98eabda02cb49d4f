/**
 * The act model's learner: a run's weights depend on the order it saw the examples in; `runs` averages several
 * runs from zero, each with its own shuffling seed, into one linear model.
 */
import { describe, expect, it } from 'vitest';
import { MultiClassModel, MultiLabelModel } from '../../src/nlu/linear-model';

// Two labels that share most words, so the order of the updates matters.
const examples = [
  { features: ['w:how', 'w:much', 'w:sms'], labels: ['ask'] },
  { features: ['w:how', 'w:much', 'w:for', 'n:num'], labels: ['estimate'] },
  { features: ['w:sms', 'w:price'], labels: ['ask'] },
  { features: ['w:price', 'n:num', 'w:agents'], labels: ['estimate', 'scenario'] },
  { features: ['w:agents', 'n:num'], labels: ['scenario'] },
  { features: ['w:much', 'w:agents'], labels: ['ask'] },
];
const LABELS = ['ask', 'estimate', 'scenario'];
const weightsOf = (m: MultiLabelModel | MultiClassModel) => m.toStored('multilabel').weights;

describe('linear model: averaged runs', () => {
  it('one run depends on its seed; the average of runs is the mean of those runs', () => {
    const a = new MultiLabelModel(LABELS).train(examples, { epochs: 3, seed: 1 });
    const b = new MultiLabelModel(LABELS).train(examples, { epochs: 3, seed: 1 + 7919 });
    expect(Array.from(weightsOf(a))).not.toEqual(Array.from(weightsOf(b)));
    const avg = new MultiLabelModel(LABELS).train(examples, { epochs: 3, seed: 1, runs: 2 });
    const mean = Array.from(weightsOf(a)).map((w, i) => (w + weightsOf(b)[i]!) / 2);
    // stored weights are float32 with values under 1e-3 dropped: compare where both runs kept a weight
    Array.from(weightsOf(avg)).forEach((w, i) => {
      if (weightsOf(a)[i] !== 0 && weightsOf(b)[i] !== 0) expect(w).toBeCloseTo(mean[i]!, 5);
    });
    const p = avg.predict(['w:how', 'w:much', 'w:sms']);
    expect(p.get('ask')).toBeGreaterThan(p.get('estimate')!);
  });

  it('averages a softmax model too, and runs: 1 is the single run', () => {
    const data = examples.map((e) => ({ features: e.features, label: e.labels[0]! }));
    const one = new MultiClassModel(LABELS).train(data, { epochs: 3, seed: 5 });
    const single = new MultiClassModel(LABELS).train(data, { epochs: 3, seed: 5, runs: 1 });
    expect(Array.from(weightsOf(single))).toEqual(Array.from(weightsOf(one)));
    const avg = new MultiClassModel(LABELS).train(data, { epochs: 3, seed: 5, runs: 4 });
    expect(avg.predict(['w:agents', 'n:num'])[0]!.label).toBe('scenario');
  });
});

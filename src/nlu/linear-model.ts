/**
 * Logistic regression over sparse binary features, the classic text classifier: one independent
 * yes/no model per label for the acts (a message can greet and ask at once), and a softmax over
 * labels for single-choice questions (which topic, which aspect). Deterministic: the same data
 * gives the same weights, so a trained model can be compared with a fresh training run.
 */

/**
 * runs: train this many times from zero, each with its own shuffling seed, and keep the average of the weights.
 * One run's weights depend on the order it saw the examples in (adding one line to a file reshuffles them all);
 * the average is one linear model again, as fast to use, and much less moved by that order.
 */
export type TrainOptions = { epochs?: number; learningRate?: number; l2?: number; seed?: number; runs?: number };

type Encoded = { ids: Int32Array; labels: number[] };

/** mulberry32: a small seeded generator, so shuffling (and the model) is reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * A trained model as stored in the cache: labels, feature names and biases as JSON, the weights as
 * one labels × features block of float32 kept beside it as raw bytes (no parsing, no number object
 * per weight, so loading stays small and fast). Weights under 1e-3 are stored as 0: they never
 * change a decision.
 */
export type ModelJson = {
  kind: 'multilabel' | 'multiclass';
  labels: string[];
  features: string[];
  bias: number[];
};
export type StoredModel = { json: ModelJson; weights: Float32Array };

const DROP_BELOW = 1e-3;
abstract class LinearModel {
  protected readonly index = new Map<string, number>();
  // float64 while training (small steps add up), float32 once trained or loaded (half the memory)
  protected weights: (Float64Array | Float32Array)[] = [];
  protected bias: Float64Array = new Float64Array(0);

  constructor(readonly labels: readonly string[]) {}

  protected encode(features: readonly string[], grow: boolean): Int32Array {
    const ids: number[] = [];
    for (const f of features) {
      let id = this.index.get(f);
      if (id === undefined && grow) {
        id = this.index.size;
        this.index.set(f, id);
      }
      if (id !== undefined) ids.push(id);
    }
    return Int32Array.from(ids);
  }

  /** Raw scores (before the link function), one per label. */
  protected scores(ids: Int32Array): Float64Array {
    const out = new Float64Array(this.labels.length);
    for (let l = 0; l < this.labels.length; l++) {
      const w = this.weights[l]!;
      let z = this.bias[l]!;
      for (let k = 0; k < ids.length; k++) z += w[ids[k]!]!;
      out[l] = z;
    }
    return out;
  }

  protected allocate(): void {
    const n = this.index.size;
    this.weights = this.labels.map(() => new Float64Array(n));
    this.bias = new Float64Array(this.labels.length);
  }

  /** `fit(seed)` trains from zero into this.weights/bias; this runs it `runs` times and keeps the mean. */
  protected averaged(runs: number, seed: number, fit: (seed: number) => void): void {
    if (runs <= 1) {
      this.allocate();
      fit(seed);
      return;
    }
    const n = this.index.size;
    const sumW = this.labels.map(() => new Float64Array(n));
    const sumB = new Float64Array(this.labels.length);
    for (let r = 0; r < runs; r++) {
      this.allocate();
      fit(seed + 7919 * r);
      this.weights.forEach((w, l) => {
        const acc = sumW[l]!;
        for (let i = 0; i < n; i++) acc[i]! += w[i]!;
      });
      this.bias.forEach((b, l) => (sumB[l]! += b));
    }
    for (const acc of sumW) for (let i = 0; i < n; i++) acc[i]! /= runs;
    for (let l = 0; l < sumB.length; l++) sumB[l]! /= runs;
    this.weights = sumW;
    this.bias = sumB;
  }

  toStored(kind: ModelJson['kind']): StoredModel {
    const n = this.index.size;
    const block = new Float32Array(this.labels.length * n);
    this.weights.forEach((w, l) => {
      for (let i = 0; i < n; i++) if (Math.abs(w[i]!) >= DROP_BELOW) block[l * n + i] = w[i]!;
    });
    return { json: { kind, labels: [...this.labels], features: [...this.index.keys()], bias: Array.from(this.bias) }, weights: block };
  }

  protected load({ json, weights }: StoredModel): void {
    const n = json.features.length;
    if (weights.length !== json.labels.length * n) throw new Error(`model weights: expected ${json.labels.length * n} values, got ${weights.length}`);
    json.features.forEach((f, i) => this.index.set(f, i));
    this.weights = json.labels.map((_, l) => weights.subarray(l * n, (l + 1) * n));
    this.bias = Float64Array.from(json.bias);
  }

  get featureCount(): number {
    return this.index.size;
  }
}

/** One binary logistic regression per label. */
export class MultiLabelModel extends LinearModel {
  train(examples: { features: readonly string[]; labels: readonly string[] }[], opts: TrainOptions = {}): this {
    const { epochs = 30, learningRate = 0.5, l2 = 1e-4, seed = 7, runs = 1 } = opts;
    const labelId = new Map(this.labels.map((l, i) => [l, i]));
    const data: Encoded[] = examples.map((e) => ({
      ids: this.encode(e.features, true),
      labels: e.labels.map((l) => labelId.get(l)).filter((x): x is number => x !== undefined),
    }));
    this.averaged(runs, seed, (runSeed) => {
    // Adagrad: rare features (most of them) keep a large step, frequent ones settle.
    const g2 = this.labels.map(() => new Float64Array(this.index.size).fill(1e-8));
    const g2b = new Float64Array(this.labels.length).fill(1e-8);
    const random = rng(runSeed);
    const order = data.map((_, i) => i);
    for (let epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, random);
      for (const i of order) {
        const { ids, labels } = data[i]!;
        const z = this.scores(ids);
        for (let l = 0; l < this.labels.length; l++) {
          const y = labels.includes(l) ? 1 : 0;
          const grad = sigmoid(z[l]!) - y;
          if (Math.abs(grad) < 1e-4) continue;
          const w = this.weights[l]!;
          const acc = g2[l]!;
          for (let k = 0; k < ids.length; k++) {
            const f = ids[k]!;
            const g = grad + l2 * w[f]!;
            acc[f]! += g * g;
            w[f]! -= (learningRate * g) / Math.sqrt(acc[f]!);
          }
          g2b[l]! += grad * grad;
          this.bias[l]! -= (learningRate * grad) / Math.sqrt(g2b[l]!);
        }
      }
    }
    });
    return this;
  }

  /** Probability of each label. */
  predict(features: readonly string[]): Map<string, number> {
    const z = this.scores(this.encode(features, false));
    return new Map(this.labels.map((l, i) => [l, sigmoid(z[i]!)]));
  }

  static fromStored(stored: StoredModel): MultiLabelModel {
    const m = new MultiLabelModel(stored.json.labels);
    m.load(stored);
    return m;
  }
}

/** Softmax regression: exactly one label per example. */
export class MultiClassModel extends LinearModel {
  train(examples: { features: readonly string[]; label: string }[], opts: TrainOptions = {}): this {
    const { epochs = 30, learningRate = 0.5, l2 = 1e-4, seed = 11, runs = 1 } = opts;
    const labelId = new Map(this.labels.map((l, i) => [l, i]));
    const data = examples
      .filter((e) => labelId.has(e.label))
      .map((e) => ({ ids: this.encode(e.features, true), label: labelId.get(e.label)! }));
    this.averaged(runs, seed, (runSeed) => {
    const g2 = this.labels.map(() => new Float64Array(this.index.size).fill(1e-8));
    const g2b = new Float64Array(this.labels.length).fill(1e-8);
    const random = rng(runSeed);
    const order = data.map((_, i) => i);
    for (let epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, random);
      for (const i of order) {
        const { ids, label } = data[i]!;
        const p = softmax(this.scores(ids));
        for (let l = 0; l < this.labels.length; l++) {
          const grad = p[l]! - (l === label ? 1 : 0);
          if (Math.abs(grad) < 1e-4) continue;
          const w = this.weights[l]!;
          const acc = g2[l]!;
          for (let k = 0; k < ids.length; k++) {
            const f = ids[k]!;
            const g = grad + l2 * w[f]!;
            acc[f]! += g * g;
            w[f]! -= (learningRate * g) / Math.sqrt(acc[f]!);
          }
          g2b[l]! += grad * grad;
          this.bias[l]! -= (learningRate * grad) / Math.sqrt(g2b[l]!);
        }
      }
    }
    });
    return this;
  }

  /** Labels with their probabilities, most likely first. */
  predict(features: readonly string[]): { label: string; p: number }[] {
    const p = softmax(this.scores(this.encode(features, false)));
    return this.labels.map((label, i) => ({ label, p: p[i]! })).sort((a, b) => b.p - a.p);
  }

  static fromStored(stored: StoredModel): MultiClassModel {
    const m = new MultiClassModel(stored.json.labels);
    m.load(stored);
    return m;
  }
}

function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  const out = new Float64Array(z.length);
  let sum = 0;
  for (let i = 0; i < z.length; i++) sum += out[i] = Math.exp(z[i]! - max);
  for (let i = 0; i < z.length; i++) out[i]! /= sum;
  return out;
}

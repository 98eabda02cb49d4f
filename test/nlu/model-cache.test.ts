/**
 * The trained model's cache: written where MODEL_CACHE_DIR points, even when that folder does not exist yet (it was
 * never written there, so every start trained again, about 7 s), and read back whole.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCache, writeCache } from '../../src/nlu/model';

const part = (kind: 'multilabel' | 'multiclass', labels: string[]) => ({
  json: { kind, labels, features: ['a', 'b'], bias: labels.map(() => 0.5) },
  weights: new Float32Array(labels.length * 2).map((_, i) => i / 10),
});

describe('model cache', () => {
  it('is written into a folder that does not exist yet, and read back', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cca-cache-test-')), 'not', 'yet');
    const file = path.join(dir, 'cca-understanding-test');
    const stored = { acts: part('multilabel', ['ask', 'set']), topics: part('multiclass', ['wfm', 'ai', 'sms_price']), aspects: part('multiclass', ['annual', 'total']) };
    writeCache(file, 'key-1', stored as never, 12, new Set(['hello', 'agen']));
    expect(fs.existsSync(`${file}.json`)).toBe(true);
    const back = readCache(file, 'key-1');
    expect(back?.examples).toBe(12);
    expect([...(back?.vocabulary ?? [])].sort()).toEqual(['agen', 'hello']);
    // another key is another model: not read
    expect(readCache(file, 'key-2')).toBeUndefined();
    fs.rmSync(path.dirname(path.dirname(dir)), { recursive: true, force: true });
  });
});

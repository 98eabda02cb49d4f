/**
 * The cached understanding model is named by a hash of everything it comes from. A change to the code
 * that computes its features must train afresh even when nobody bumped MODEL_VERSION: a stale cache from
 * an older checkout once degraded the answers until the version was bumped by hand (2026-12-01).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFingerprint, modelKey } from '../../src/nlu/model';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-fingerprint-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the model cache key covers the feature code', () => {
  it('changes when a source file of the features changes, and only then', () => {
    const nlu = path.join(dir, 'nlu');
    fs.mkdirSync(nlu);
    fs.writeFileSync(path.join(nlu, 'features.ts'), 'export const a = 1;\n');
    fs.writeFileSync(path.join(nlu, 'notes.md'), 'not code');
    const before = codeFingerprint([nlu]);
    expect(codeFingerprint([nlu])).toBe(before);
    fs.writeFileSync(path.join(nlu, 'notes.md'), 'still not code');
    expect(codeFingerprint([nlu])).toBe(before);
    fs.writeFileSync(path.join(nlu, 'features.ts'), 'export const a = 2;\n');
    expect(codeFingerprint([nlu])).not.toBe(before);
  });

  it('a deployment without the source (only dist/) still gets a key', () => {
    expect(codeFingerprint([path.join(dir, 'missing')])).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the key of this checkout includes its feature code', () => {
    expect(modelKey()).toMatch(/^[0-9a-f]{64}$/);
    expect(codeFingerprint()).not.toBe(codeFingerprint([path.join(dir, 'missing')]));
  });
});

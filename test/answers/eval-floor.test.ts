import { describe, expect, it } from 'vitest';
import { evaluate } from '../../eval/evaluate';

// Floors just under what the retriever reaches on eval/questions.json (see `npm run eval:answers`):
// a change to the lexicon, the scoring or the knowledge base that loses answers fails CI.
const FLOOR = { top1: 0.9, rejection: 0.95 };

describe('evaluation set floor', () => {
  const report = evaluate({ baselines: false, rounds: 1 });
  const ours = report.methods[0];

  it.each(['en', 'id'] as const)('top-1 accuracy and out-of-scope rejection stay above the floor (%s)', (lang) => {
    const f = ours.byLang[lang];
    expect(f.inScope).toBeGreaterThanOrEqual(60);
    expect(f.outOfScope).toBeGreaterThanOrEqual(15);
    expect(f.top1).toBeGreaterThanOrEqual(FLOOR.top1);
    expect(f.rejection).toBeGreaterThanOrEqual(FLOOR.rejection);
  });
});

/**
 * `npm run eval:understanding [-- --split dev|test] [--misses] [--score-without knowledge/understanding/FILE.jsonl]`
 *
 * Compares the understanding approaches on labelled messages, per language: whole-message exact
 * match, per-command precision/recall/F1 with values, per command type, and a confusion table.
 * - dev: the model trains on the train split (knowledge/understanding/, 4 lines in 5) and is scored
 *   on the development split (the fifth). Misses may be listed: this is the split to tune on.
 * - test: the model trains on train + dev (as it runs in production) and is scored on
 *   eval/understanding/test.jsonl, written independently before the model existed. Report only:
 *   misses are never printed for it (--misses is refused), so nobody tunes against them.
 */
import path from 'node:path';
import { loadExamples, loadSplits, type Example } from '../src/nlu/corpus';
import type { Command } from '../src/nlu/commands';
import { createInterpreter } from '../src/nlu/interpret';
import { knowledgePhrasings, knowledgeSignal, topicsOfEntries, trainModel, TRAINING } from '../src/nlu/model';
import { createRetriever } from '../src/answers';
import { rulesInterpret } from './rules-baseline';
import { bayesInterpreter } from './bayes-baseline';
import { f1, pct, score, type LangReport } from './understanding-metrics';

const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'dev';
const showMisses = args.includes('--misses');
if (split !== 'dev' && split !== 'test') {
  console.error('--split must be dev or test');
  process.exit(2);
}
if (showMisses && split === 'test') {
  console.error('--misses is only available for the dev split: the test split is report-only (eval/understanding/TEST-SPLIT.md).');
  process.exit(2);
}

const { train, dev } = loadSplits();
const trainOn = split === 'dev' ? train : [...train, ...dev];
// `--score-without FILE`: leave FILE's own dev lines out of the score (it still trains), so that adding a training
// file is compared with the run before it on the same messages
const without = args.includes('--score-without') ? args[args.indexOf('--score-without') + 1] : undefined;
const excluded = new Set(without ? loadExamples(path.resolve(without)).map((e) => `${e.context}|${e.text}`) : []);
const scoreOn: Example[] = (split === 'dev' ? dev : loadExamples(path.resolve(__dirname, 'understanding/test.jsonl'))).filter((e) => !excluded.has(`${e.context}|${e.text}`));

/**
 * Labels may write an in-message correction as "set old + correct new" or as "correct new" alone;
 * both mean the slot ends up with the new value, so the set is dropped before comparing.
 */
function canonical(commands: readonly Command[]): Command[] {
  const corrected = new Set(commands.filter((c) => c.type === 'correct').map((c) => (c as { slot: string }).slot));
  return commands.filter((c) => !(c.type === 'set' && corrected.has(c.slot)));
}

const t0 = performance.now();
const signal = knowledgeSignal(createRetriever(), topicsOfEntries());
const model = trainModel(trainOn, knowledgePhrasings(), TRAINING, signal);
const trainMs = performance.now() - t0;
const interpret = createInterpreter(model);
const bayes = bayesInterpreter(trainOn);

const approaches: [string, (e: Example) => Command[]][] = [
  ['model: act classifier (logistic regression) + entity rules', (e) => interpret(e.text, { context: e.context, lang: e.lang }).commands],
  ['baseline: act classifier (natural BayesClassifier) + the same entity rules', (e) => bayes(e.text, { context: e.context, lang: e.lang }).commands],
  ['baseline: hand-written rules (src/nlu/slots.ts + intents.ts, before this model)', (e) => rulesInterpret(e)],
];

console.log(`Split: ${split} — scored on ${scoreOn.length} messages, trained on ${trainOn.length} (model training ${trainMs.toFixed(0)} ms)\n`);
const summary: string[][] = [];
let first: Record<'en' | 'id', LangReport> | undefined;
for (const [name, predict] of approaches) {
  const started = performance.now();
  const reports = score(scoreOn.map((e) => ({ ...e, commands: canonical(e.commands) })), (e) => canonical(predict(e)));
  const perMessageMs = (performance.now() - started) / scoreOn.length;
  first ??= reports;
  for (const lang of ['en', 'id'] as const) {
    const r = reports[lang];
    const c = f1(r.commands);
    summary.push([name, lang, String(r.messages), pct(r.exact / r.messages), pct(c.p), pct(c.r), pct(c.f), perMessageMs.toFixed(3)]);
  }
}
printTable(['approach', 'lang', 'messages', 'exact match', 'command P', 'command R', 'command F1', 'ms/message'], summary);

for (const lang of ['en', 'id'] as const) {
  const r = first![lang];
  console.log(`\nPer command type (${lang}, the model) — with values / type only:`);
  const rows = [...r.byType.keys()].sort().map((t) => {
    const v = f1(r.byType.get(t)!);
    const o = f1(r.byTypeOnly.get(t) ?? { tp: 0, fp: 0, fn: 0 });
    const n = r.byType.get(t)!.tp + r.byType.get(t)!.fn;
    return [t, String(n), pct(v.p), pct(v.r), pct(o.p), pct(o.r)];
  });
  printTable(['command', 'labelled', 'P', 'R', 'P (type)', 'R (type)'], rows);
  const conf = [...r.confusion].sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log(`Confusion (${lang}): expected → got, most frequent first`);
  for (const [k, v] of conf) console.log(`  ${String(v).padStart(3)}  ${k}`);
}

if (showMisses) {
  console.log('\nMisses of the model (dev split):');
  for (const lang of ['en', 'id'] as const) {
    for (const m of first![lang].misses) console.log(`  [${lang}|${m.context}] ${m.text}\n      want ${m.expected.join('  ')}\n      got  ${m.got.join('  ')}`);
  }
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/**
 * Estimates per second on one core (each prices all three deployments from their cost drivers,
 * with low/typical/high per year and the verdict), beside two baselines measured in the same run:
 * the bare zod parse of a scenario (what every boundary pays anyway) and a hand-inlined
 * sum of three line items (the floor for any engine). Prints the ratios between them.
 */
import { defaultCatalog, estimate, estimateParsed, ScenarioSchema, type ScenarioInput } from '../src/cost';
import { totalSensitivity } from '../src/cost/sensitivity';
import { explainTotal } from '../src/cost/explain';

const catalog = defaultCatalog();
const inputs: ScenarioInput[] = [
  { agents: 50, channels: ['voice', 'sms'], deployment: 'cloud' },
  { agents: 2000, channels: ['voice', 'sms'], deployment: 'onPremises', voiceBilling: 'metered', volumes: { callsPerMonth: 400000, ahtSeconds: 240 } },
  { agents: 120, channels: ['voice', 'sms', 'mms', 'social', 'email', 'webchat'], deployment: 'hybrid', addOns: { wfm: true, ai: true, customIntegrations: 2 }, tier: 'premium' },
  { agents: 10, channels: ['email', 'webchat'], deployment: 'cloud', years: 5 },
];
const parsed = inputs.map((i) => ScenarioSchema.parse(i));

let sink = 0;
type Case = { name: string; fn: (i: number) => number; best: number };

/** Runs fn for about `ms` and returns calls per second. */
function rate(fn: (i: number) => number, ms: number): number {
  let iterations = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(ms) * 1_000_000n;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < 2_000; i++) sink += fn(iterations + i);
    iterations += 2_000;
    elapsed = process.hrtime.bigint() - start;
  }
  return iterations / (Number(elapsed) / 1e9);
}

const handInlined = (i: number) => {
  const s = parsed[i & 3]!;
  return s.agents * 125 + (s.agents * 1350) / 12 + s.agents * 500 * 0.01;
};

const cases: Case[] = [
  { name: 'hand-inlined sum (floor)', fn: handInlined, best: 0 },
  { name: 'zod parse of a scenario (baseline)', fn: (i) => ScenarioSchema.parse(inputs[i & 3]).agents, best: 0 },
  { name: 'estimateParsed (engine, parsed scenario)', fn: (i) => estimateParsed(parsed[i & 3]!, catalog).totals.monthly.typical, best: 0 },
  { name: 'estimate (zod parse + engine)', fn: (i) => estimate(inputs[i & 3]!, catalog).totals.monthly.typical, best: 0 },
];
for (const c of cases) rate(c.fn, 200); // JIT warm-up
// Interleaved rounds, best of each: a busy machine slows a round, never speeds one up.
const ROUNDS = 7;
for (let r = 0; r < ROUNDS; r++) for (const c of cases) c.best = Math.max(c.best, rate(c.fn, 200));
const results = cases.map((c) => ({ name: c.name, perSecond: c.best }));

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const width = Math.max(...results.map((r) => r.name.length));
console.log(`node ${process.version}, one core, 4 scenarios in rotation (each estimate prices all 3 deployments, yearly ranges and the verdict), best of ${ROUNDS} interleaved rounds`);
for (const r of results) console.log(`${r.name.padEnd(width)}  ${fmt(r.perSecond).padStart(12)} /s`);
const [floor, zod, engine, full] = results as [typeof results[0], typeof results[0], typeof results[0], typeof results[0]];
console.log('');
console.log(`engine vs zod parse:        ${(engine.perSecond / zod.perSecond).toFixed(2)}x (one estimate costs ${(zod.perSecond / engine.perSecond).toFixed(2)} zod parses)`);
console.log(`engine vs hand-inlined sum: ${(floor.perSecond / engine.perSecond).toFixed(1)}x slower than the floor`);
console.log(`parse + engine vs engine:   ${(engine.perSecond / full.perSecond).toFixed(2)}x slower when the input is parsed on the way in`);
console.log(`target 100,000 estimates/s on one core: ${engine.perSecond >= 100_000 ? 'met' : 'NOT met'} (${fmt(engine.perSecond)}/s)`);
if (sink === Number.MIN_SAFE_INTEGER) console.log(sink); // keeps the work observable

// "What moves the total?" runs inside a turn: every figure of the scenario at both ends of its range.
const sensitivityRate = Math.max(...[0, 1, 2].map(() => rate((i) => totalSensitivity(parsed[i & 3]!, catalog).total, 300)));
const explainRate = Math.max(...[0, 1, 2].map(() => rate((i) => explainTotal(estimateParsed(parsed[i & 3]!, catalog)).monthly.typical, 300)));
console.log('');
console.log(`totalSensitivity (what moves the total): ${(1000 / sensitivityRate).toFixed(3)} ms per call (${fmt(sensitivityRate)} /s; aim < 20 ms)`);
console.log(`estimate + explainTotal:                 ${(1000 / explainRate).toFixed(4)} ms per call (${fmt(explainRate)} /s)`);

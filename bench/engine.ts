/**
 * Estimates per second on one core, beside two baselines measured in the same run:
 * the bare zod parse of a scenario (what every boundary pays anyway) and a hand-inlined
 * sum of three line items (the floor for any engine). Prints the ratios between them.
 */
import { defaultCatalog, estimate, estimateParsed, ScenarioSchema, type ScenarioInput } from '../src/cost';

const catalog = defaultCatalog();
const inputs: ScenarioInput[] = [
  { agents: 50, channels: ['voice', 'sms'], deployment: 'cloud' },
  { agents: 2000, channels: ['voice', 'sms'], deployment: 'onPremises', voiceBilling: 'metered', volumes: { callsPerMonth: 400000, ahtSeconds: 240 } },
  { agents: 120, channels: ['voice', 'sms', 'mms', 'social', 'email', 'webchat'], deployment: 'hybrid', addOns: { wfm: true, ai: true, customIntegrations: 2 }, tier: 'premium' },
  { agents: 10, channels: ['email', 'webchat'], deployment: 'cloud', years: 5 },
];
const parsed = inputs.map((i) => ScenarioSchema.parse(i));

let sink = 0;
function measure(name: string, fn: (i: number) => number, minMs = 1000): { name: string; perSecond: number } {
  for (let i = 0; i < 20_000; i++) sink += fn(i); // warm-up for the JIT
  let iterations = 0;
  const start = process.hrtime.bigint();
  let elapsedNs = 0n;
  while (elapsedNs < BigInt(minMs) * 1_000_000n) {
    for (let i = 0; i < 10_000; i++) sink += fn(iterations + i);
    iterations += 10_000;
    elapsedNs = process.hrtime.bigint() - start;
  }
  const perSecond = iterations / (Number(elapsedNs) / 1e9);
  return { name, perSecond };
}

const handInlined = (i: number) => {
  const s = parsed[i & 3]!;
  return s.agents * 125 + (s.agents * 1350) / 12 + s.agents * 500 * 0.01;
};

const results = [
  measure('hand-inlined sum (floor)', handInlined),
  measure('zod parse of a scenario (baseline)', (i) => ScenarioSchema.parse(inputs[i & 3]).agents),
  measure('estimateParsed (engine, parsed scenario)', (i) => estimateParsed(parsed[i & 3]!, catalog).totals.monthly.typical),
  measure('estimate (zod parse + engine)', (i) => estimate(inputs[i & 3]!, catalog).totals.monthly.typical),
];

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const width = Math.max(...results.map((r) => r.name.length));
console.log(`node ${process.version}, one core, 4 scenarios in rotation (each estimate prices all 3 deployments)`);
for (const r of results) console.log(`${r.name.padEnd(width)}  ${fmt(r.perSecond).padStart(12)} /s`);
const [floor, zod, engine, full] = results as [typeof results[0], typeof results[0], typeof results[0], typeof results[0]];
console.log('');
console.log(`engine vs zod parse:        ${(engine.perSecond / zod.perSecond).toFixed(2)}x (one estimate costs ${(zod.perSecond / engine.perSecond).toFixed(2)} zod parses)`);
console.log(`engine vs hand-inlined sum: ${(floor.perSecond / engine.perSecond).toFixed(1)}x slower than the floor`);
console.log(`parse + engine vs engine:   ${(engine.perSecond / full.perSecond).toFixed(2)}x slower when the input is parsed on the way in`);
console.log(`target 100,000 estimates/s on one core: ${engine.perSecond >= 100_000 ? 'met' : 'NOT met'} (${fmt(engine.perSecond)}/s)`);
if (sink === Number.MIN_SAFE_INTEGER) console.log(sink); // keeps the work observable

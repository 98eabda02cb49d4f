/**
 * `npm run bench:interpret`: the interpretation step on every hostile text of the fuzz tests
 * (test/fuzz/hostile-inputs.ts) in every context, against an ordinary message in the same run. A
 * regular expression that backtracks catastrophically shows up here as one slow message (BARE_NUMBER
 * took about 2 s on "a"×300 + "@example.com" at the start of a conversation, so a hostile visitor
 * could hold a CPU with a few requests). Aim: every hostile message under 100 ms (a 100,000-character
 * message is read in linear time, about 100× an ordinary one). Exit code 1 when the aim is not met.
 */
import pino from 'pino';
import { createServices } from '../src/bot/services';
import { defaultCatalog } from '../src/cost/catalog';
import { createRetriever } from '../src/answers';
import { CONTEXTS } from '../src/nlu/commands';
import { NASTY_TEXTS } from '../test/fuzz/hostile-inputs';

const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);
const timeOf = (text: string, context: (typeof CONTEXTS)[number]) => {
  const t = performance.now();
  interpret(text, { context, lang: 'en' });
  return performance.now() - t;
};
// warm-up: the first call loads the model
timeOf('40 agents, voice and SMS, in the cloud', 'start');
const ordinary: number[] = [];
for (let i = 0; i < 200; i++) ordinary.push(timeOf(`${10 + i} agents, voice and SMS, in the cloud`, CONTEXTS[i % CONTEXTS.length]!));
ordinary.sort((a, b) => a - b);
const median = ordinary[Math.floor(ordinary.length / 2)]!;
let worst = { ms: 0, text: '', context: '' };
for (const text of NASTY_TEXTS) {
  for (const context of CONTEXTS) {
    const ms = timeOf(text, context);
    if (ms > worst.ms) worst = { ms, text, context };
  }
}
const ratio = worst.ms / median;
const met = worst.ms < 100;
console.log(`bench:interpret — ${NASTY_TEXTS.length} hostile texts × ${CONTEXTS.length} contexts; Node ${process.version}`);
console.log(`ordinary message: median ${median.toFixed(2)} ms over ${ordinary.length}`);
console.log(`slowest hostile message: ${worst.ms.toFixed(1)} ms (${ratio.toFixed(1)}× the ordinary median) at ${worst.context}: ${JSON.stringify(worst.text.slice(0, 40))}${worst.text.length > 40 ? '…' : ''} (${worst.text.length} characters)`);
console.log(`aim: every hostile message < 100 ms — ${met ? 'met' : 'NOT met'}`);
process.exitCode = met ? 0 : 1;

import pino from 'pino';
import { createServices } from '../src/bot/services';
import { defaultCatalog } from '../src/cost/catalog';
import { createRetriever } from '../src/answers';
const s = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as any);
for (const arg of process.argv.slice(2)) {
  const [context, lang, text] = arg.split('|');
  const r = (s as any).interpret(text, { context, lang });
  const { commands, scores, text: _t, lang: _l, confidence, ...rest } = r; console.log(JSON.stringify(text), context, "→", JSON.stringify(commands), (confidence ?? 0).toFixed?.(2), JSON.stringify(rest));
}

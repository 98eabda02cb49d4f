import pino from 'pino';
import { createServices } from '../src/bot/services';
import { defaultCatalog } from '../src/cost/catalog';
import { createRetriever } from '../src/answers';
const s: any = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as any);
const [context, lang, topic, question, text] = process.argv.slice(2);
const r = s.interpret(text, { context, lang, followUp: { topic, question } });
const { scores, ...rest } = r; console.log(JSON.stringify(rest));

import { createRetriever } from '../src/answers';
const r = createRetriever();
for (const arg of process.argv.slice(2)) { const [lang, q] = arg.split('|'); const res: any = (r as any).rank(q, lang); console.log(q, JSON.stringify((res.ranked ?? res).slice(0, 4).map((x: any) => [x.entry?.id ?? x.id, +(x.score ?? 0).toFixed(3)])), res.inDomain); }

/**
 * `npx tsx eval/calibrate.ts`: chooses the retriever's threshold and unknown-word weight WITHOUT looking at
 * eval/questions.json. In-scope signal: leave-one-out over the knowledge base's own phrasings (each phrasing
 * is asked against an index built without it). Out-of-scope signal: the development list below, which is
 * kept separate from the evaluation set's off-topic questions.
 */
import type { Lang } from '../src/i18n/index';
import { createRetriever, loadKnowledgeBase, type KnowledgeBase } from '../src/answers/index';

const DEV_OFF_TOPIC: { lang: Lang; q: string }[] = [
  { lang: 'en', q: 'how tall is mount everest' },
  { lang: 'en', q: 'translate good morning into french' },
  { lang: 'en', q: 'how much does a gym membership cost' },
  { lang: 'en', q: 'who painted the mona lisa' },
  { lang: 'en', q: 'what is the best laptop for students' },
  { lang: 'en', q: 'how do i bake sourdough' },
  { lang: 'en', q: 'how expensive is a flight to london' },
  { lang: 'en', q: 'what is the price of gold per ounce' },
  { lang: 'en', q: 'write me a poem about cats' },
  { lang: 'en', q: 'how much rent should i pay per month' },
  { lang: 'en', q: 'who is the ceo of tesla' },
  { lang: 'en', q: 'how do i center a div in css' },
  { lang: 'id', q: 'berapa tinggi gunung semeru' },
  { lang: 'id', q: 'harga beras per kilo' },
  { lang: 'id', q: 'siapa penemu lampu pijar' },
  { lang: 'id', q: 'cara membuat rendang' },
  { lang: 'id', q: 'berapa biaya sewa apartemen per bulan' },
  { lang: 'id', q: 'jadwal kereta ke bandung' },
  { lang: 'id', q: 'harga mobil listrik termurah' },
  { lang: 'id', q: 'siapa juara piala dunia 2022' },
  { lang: 'id', q: 'terjemahkan selamat pagi ke bahasa inggris' },
  { lang: 'id', q: 'berapa ongkos kirim paket ke surabaya' },
  { lang: 'id', q: 'cara install python di windows' },
  { lang: 'id', q: 'lagu terbaru yang lagi viral' },
  { lang: 'en', q: 'best training plan for a marathon' },
  { lang: 'en', q: 'how do i record my screen on a mac' },
  { lang: 'id', q: 'jadwal sholat hari ini' },
  { lang: 'id', q: 'pelatihan anjing yang bagus' },
];

type Held = { lang: Lang; q: string; expect: string; kb: KnowledgeBase };

function leaveOneOut(kb: KnowledgeBase): Held[] {
  const rounds = Math.max(...kb.entries.flatMap((e) => [e.questions.en.length, e.questions.id.length]));
  const held: Held[] = [];
  for (let i = 0; i < rounds; i++) {
    const reduced: KnowledgeBase = {
      ...kb,
      entries: kb.entries.map((e) => ({
        ...e,
        questions: { en: e.questions.en.filter((_, j) => j !== i), id: e.questions.id.filter((_, j) => j !== i) },
      })),
    };
    for (const e of kb.entries) {
      for (const lang of ['en', 'id'] as const) {
        const q = e.questions[lang][i];
        if (q) held.push({ lang, q, expect: e.id, kb: reduced });
      }
    }
  }
  return held;
}

const kb = loadKnowledgeBase();
const held = leaveOneOut(kb);
const rows: { threshold: number; unknownWeight: number; minCoverage: number; loo: number; rejection: number }[] = [];
for (const unknownWeight of [0.5, 0.75, 1])
for (const minCoverage of [0, 0.3, 0.4, 0.5]) {
  for (const threshold of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]) {
    const retrievers = new Map<KnowledgeBase, ReturnType<typeof createRetriever>>();
    const get = (k: KnowledgeBase) => {
      let r = retrievers.get(k);
      if (!r) retrievers.set(k, (r = createRetriever(k, { threshold, unknownWeight, minCoverage })));
      return r;
    };
    let correct = 0;
    for (const h of held) {
      const r = get(h.kb).ask(h.q, h.lang);
      const top = r.kind === 'answer' ? r.entry.id : r.kind === 'didYouMean' ? r.options[0].entry.id : null;
      if (top === h.expect) correct++;
    }
    const full = get(kb);
    const rejected = DEV_OFF_TOPIC.filter((d) => full.ask(d.q, d.lang).kind === 'unknown').length;
    rows.push({ threshold, unknownWeight, minCoverage, loo: correct / held.length, rejection: rejected / DEV_OFF_TOPIC.length });
  }
}
console.log(`leave-one-out phrasings: ${held.length}, development off-topic questions: ${DEV_OFF_TOPIC.length}\n`);
console.log('unknownWeight  minCoverage  threshold  LOO top-1  dev rejection');
for (const r of rows) {
  console.log(
    `${String(r.unknownWeight).padEnd(13)}  ${String(r.minCoverage).padEnd(11)}  ${r.threshold.toFixed(2).padEnd(9)}  ${(r.loo * 100).toFixed(1).padStart(8)}%  ${(r.rejection * 100).toFixed(1).padStart(12)}%`,
  );
}
const eligible = rows.filter((r) => r.rejection >= 0.95);
const best = (eligible.length ? eligible : rows).reduce((a, b) => (b.loo > a.loo ? b : a));
console.log(
  `\nbest with dev rejection >= 95%: unknownWeight ${best.unknownWeight}, minCoverage ${best.minCoverage}, threshold ${best.threshold}`,
);

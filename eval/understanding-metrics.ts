/**
 * How an interpreter's commands compare with the labels: whole-message exact match, per-command
 * precision/recall (values included), and a confusion table of command types. Commands are
 * compared as multisets (the corpus orders them by the message, the order carries no meaning).
 */
import type { Command } from '../src/nlu/commands';
import type { Example } from '../src/nlu/corpus';

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** One command as a comparable string: type, slot and value with spelling differences folded. */
export function commandKey(c: Command): string {
  const parts: string[] = [c.type];
  for (const [k, v] of Object.entries(c).sort(([a], [b]) => a.localeCompare(b))) {
    if (k === 'type') continue;
    // how a head count was put together (the sites added up, the lower end of a range said) annotates the value the
    // labels give; it is no part of what the command sets
    if (c.type !== 'ask_estimate' && (k === 'parts' || k === 'low')) continue;
    // the words a question is looked up by annotate the topic the labels give (labels have no query field)
    if (c.type === 'ask' && k === 'query') continue;
    // (so do the messages a price question multiplies out: they are the entities of the message, which the labels
    // carry on no ask command)
    if (c.type === 'ask' && k === 'messages') continue;
    // (and the line a price question prices on its own, with what it is priced on)
    if (c.type === 'ask' && k === 'priced') continue;
    if (Array.isArray(v)) parts.push(`${k}=${[...v].sort().join(',')}`);
    else if (typeof v === 'number') parts.push(`${k}=${Math.round(v * 100) / 100}`);
    else if (typeof v === 'string') parts.push(`${k}=${norm(v)}`);
    else parts.push(`${k}=${String(v)}`);
  }
  return parts.join('|');
}

function multiset(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

function intersectCount(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [k, v] of a) n += Math.min(v, b.get(k) ?? 0);
  return n;
}

export type Counts = { tp: number; fp: number; fn: number };
export type LangReport = {
  messages: number;
  exact: number;
  /** Commands right with their values, over all commands labelled / predicted. */
  commands: Counts;
  /** Per command type, values included. */
  byType: Map<string, Counts>;
  /** Per command type, values ignored (did it recognise the kind of thing said?). */
  byTypeOnly: Map<string, Counts>;
  /** expected type → predicted type (or "∅") for the commands that did not match. */
  confusion: Map<string, number>;
  misses: { text: string; context: string; expected: string[]; got: string[] }[];
};

function emptyReport(): LangReport {
  return { messages: 0, exact: 0, commands: { tp: 0, fp: 0, fn: 0 }, byType: new Map(), byTypeOnly: new Map(), confusion: new Map(), misses: [] };
}

function bump(map: Map<string, Counts>, key: string, field: keyof Counts, n = 1) {
  const c = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  c[field] += n;
  map.set(key, c);
}

export function score(examples: Example[], predict: (e: Example) => Command[]): Record<'en' | 'id', LangReport> {
  const reports = { en: emptyReport(), id: emptyReport() };
  for (const e of examples) {
    const r = reports[e.lang];
    const got = predict(e);
    const expKeys = e.commands.map(commandKey);
    const gotKeys = got.map(commandKey);
    const exp = multiset(expKeys);
    const pred = multiset(gotKeys);
    r.messages += 1;
    const tp = intersectCount(exp, pred);
    r.commands.tp += tp;
    r.commands.fp += gotKeys.length - tp;
    r.commands.fn += expKeys.length - tp;
    if (tp === expKeys.length && tp === gotKeys.length) r.exact += 1;
    else r.misses.push({ text: e.text, context: e.context, expected: expKeys, got: gotKeys });

    for (const [k, v] of exp) {
      const t = k.split('|')[0]!;
      const hit = Math.min(v, pred.get(k) ?? 0);
      bump(r.byType, t, 'tp', hit);
      bump(r.byType, t, 'fn', v - hit);
    }
    for (const [k, v] of pred) {
      const hit = Math.min(v, exp.get(k) ?? 0);
      bump(r.byType, k.split('|')[0]!, 'fp', v - hit);
    }
    const expT = multiset(e.commands.map((c) => c.type));
    const predT = multiset(got.map((c) => c.type));
    for (const [t, v] of expT) {
      const hit = Math.min(v, predT.get(t) ?? 0);
      bump(r.byTypeOnly, t, 'tp', hit);
      bump(r.byTypeOnly, t, 'fn', v - hit);
    }
    for (const [t, v] of predT) bump(r.byTypeOnly, t, 'fp', v - Math.min(v, expT.get(t) ?? 0));
    // Confusion: unmatched expected types against unmatched predicted types, in order.
    const missingT: string[] = [];
    const extraT: string[] = [];
    for (const [t, v] of expT) for (let i = Math.min(v, predT.get(t) ?? 0); i < v; i++) missingT.push(t);
    for (const [t, v] of predT) for (let i = Math.min(v, expT.get(t) ?? 0); i < v; i++) extraT.push(t);
    const n = Math.max(missingT.length, extraT.length);
    for (let i = 0; i < n; i++) {
      const key = `${missingT[i] ?? '∅'} → ${extraT[i] ?? '∅'}`;
      r.confusion.set(key, (r.confusion.get(key) ?? 0) + 1);
    }
  }
  return reports;
}

export const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function f1(c: Counts): { p: number; r: number; f: number } {
  const p = ratio(c.tp, c.tp + c.fp);
  const r = ratio(c.tp, c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

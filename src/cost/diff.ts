import type { Bilingual } from './catalog';
import type { Estimate, LineId } from './types';

export type LineDiff = { id: LineId; label: Bilingual; before: number; after: number; delta: number };
export type AmountDiff = { before: number; after: number; delta: number };
export type EstimateDiff = { lines: LineDiff[]; total: AmountDiff; oneTime: AmountDiff };

const delta = (before: number, after: number): AmountDiff => ({ before, after, delta: Math.round((after - before) * 100) / 100 });

/**
 * What changed between two estimates, in typical monthly amounts per line (lines present in
 * only one of them count as 0 in the other), with the monthly and one-time totals.
 */
export function diffEstimates(before: Estimate, after: Estimate): EstimateDiff {
  const lines: LineDiff[] = [];
  const afterById = new Map(after.lineItems.map((l) => [l.id, l]));
  const seen = new Set<LineId>();
  for (const b of before.lineItems) {
    seen.add(b.id);
    const a = afterById.get(b.id);
    lines.push({ id: b.id, label: b.label, ...delta(b.monthly.typical, a?.monthly.typical ?? 0) });
  }
  for (const a of after.lineItems) {
    if (!seen.has(a.id)) lines.push({ id: a.id, label: a.label, ...delta(0, a.monthly.typical) });
  }
  return {
    lines,
    total: delta(before.totals.monthly.typical, after.totals.monthly.typical),
    oneTime: delta(before.totals.oneTime.typical, after.totals.oneTime.typical),
  };
}

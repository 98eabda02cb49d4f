/**
 * Whether a message is a question to answer or an edit to apply. "how much does an SMS
 * cost?" names a channel but asks for a price; "what about on-prem?" is a question mark
 * around an edit; "make it 80 agents" is an edit. Numbers about the scenario make it an edit.
 */
import type { Extraction } from '../src/nlu';

const QUESTION_START =
  /^(how|what|whats|what's|why|which|when|where|who|is|are|does|do|did|can|could|should|would|will|tell me|explain|apa|apakah|berapa|kenapa|mengapa|bagaimana|gimana|bisakah|perlukah|jelaskan)\b/i;
const WHAT_ABOUT = /^(what about|how about|what if|bagaimana (kalau|kalo|dengan|jika)|gimana (kalau|kalo|dengan)|kalau|kalo)\b/i;
/** "and", "so", "terus" in front change nothing: "and what does WFM cost?" is still a question. */
const LEAD_IN = /^((and|so|also|then|ok|okay|dan|terus|lalu|trus|oke)[,\s]+)+/i;
const core = (text: string) => text.trim().replace(LEAD_IN, '');
const EDIT_VERB = /\b(make it|change|switch|set|use|add|drop|remove|without|instead|assume|tambah|hapus|ganti|jadikan|ubah|pakai|tanpa|asumsikan)\b/i;

export function isQuestionLike(text: string, ex: Extraction): boolean {
  const t = core(text);
  return ex.intents.includes('question') || /\?\s*$/.test(t) || QUESTION_START.test(t);
}

export function isEditLike(text: string, ex: Extraction): boolean {
  const t = core(text);
  if (ex.agents !== undefined || ex.agentsRejected !== undefined) return true;
  if (ex.volumes !== undefined && Object.keys(ex.volumes).length > 0) return true;
  if (ex.years !== undefined || ex.compareAll) return true;
  if (WHAT_ABOUT.test(t) || EDIT_VERB.test(t)) return true;
  // "hybrid?", "and on-prem?", "SMS?" after an estimate: a bare option with a question mark is a what-if.
  if (t.replace(/[?!.]+$/, '').split(/\s+/).length <= 2 && (ex.deployment !== undefined || ex.channels !== undefined)) return true;
  return !isQuestionLike(t, ex);
}

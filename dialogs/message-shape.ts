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
const EDIT_VERB = /\b(make it|change|switch|set|use|add|drop|remove|without|instead|assume|tambah|hapus|ganti|jadikan|ubah|pakai|tanpa|asumsikan)\b|(^|\s)w\/o?(\s|$)/i;
/** "and with WFM?", "w/ AI?": an add-on named with "with" is an edit; "problems with cloud?" is not. */
const WITH_ADD_ON = /\b(with|plus|dengan)\b|(^|\s)w\//i;

const STAFFING_QUESTION =
  /\bhow many (agents|people|staff|seats|reps)\b.*\b(need|needed|require|required|handle|should)\b|\bberapa (agen|orang|staf|kursi|cs)\b.*\b(butuh|perlu|dibutuhkan|diperlukan|harus)\b/i;

/** "how many agents do I need for 2,000 calls a day?": a staffing question, answered with Erlang C. */
export function isStaffingQuestion(text: string): boolean {
  return STAFFING_QUESTION.test(text);
}

/** Starts like a question ("is …", "does …", "apakah …"), whatever its length. */
export function startsLikeQuestion(text: string): boolean {
  return QUESTION_START.test(core(text));
}

export function isQuestionLike(text: string, ex: Extraction): boolean {
  const t = core(text);
  return ex.intents.includes('question') || /\?\s*$/.test(t) || QUESTION_START.test(t);
}

export function isEditLike(text: string, ex: Extraction, opts: { priced?: boolean } = { priced: true }): boolean {
  const t = core(text);
  if (ex.agents !== undefined || ex.agentsRejected !== undefined || ex.agentsDelta !== undefined) return true;
  if (ex.addOns?.customIntegrations !== undefined) return true;
  if (ex.addOns && Object.keys(ex.addOns).length > 0 && WITH_ADD_ON.test(t)) return true;
  if (ex.volumes !== undefined && Object.keys(ex.volumes).length > 0) return true;
  if (ex.years !== undefined) return true;
  if (ex.compareAll && !isQuestionLike(t, ex)) return true;
  if (WHAT_ABOUT.test(t) || EDIT_VERB.test(t)) return true;
  // "hybrid?", "and on-prem?", "SMS?" after an estimate: a bare option with a question mark is a what-if.
  // Before any estimate, "and on-prem?" more likely follows up a knowledge answer.
  if (opts.priced !== false && t.replace(/[?!.]+$/, '').split(/\s+/).length <= 2 && (ex.deployment !== undefined || ex.channels !== undefined)) return true;
  return !isQuestionLike(t, ex);
}

/**
 * Runs conversations written as semantic expectations (test/conversations/corpus/, eval/conversations/)
 * through the real server over HTTP and checks each turn's replies by what they are — an estimate of
 * this scenario, a question about the email, a knowledge answer on this topic — read from the
 * `channelData.advisor` note every reply carries, never from the wording.
 */
import fs from 'node:fs';
import { z } from 'zod';
import type { App } from '../../src/app';
import { ChannelRecorder, Conversation, type SentActivity } from '../e2e/harness';
import { topicEntries } from '../../src/bot/services';

const Expect = z
  .object({
    asks: z.string().optional(),
    estimate: z.record(z.string(), z.unknown()).optional(),
    comparison: z.boolean().optional(),
    answer: z.string().optional(),
    estimate_answer: z.string().optional(),
    staffing: z.object({ min: z.number().optional(), max: z.number().optional() }).optional(),
    lead: z.record(z.string(), z.string()).optional(),
    no_lead: z.boolean().optional(),
    reply_lang: z.enum(['en', 'id']).optional(),
    kind: z.string().optional(),
    not: z.array(z.string()).optional(),
  })
  .strict();
const ConversationSchema = z.object({
  id: z.string(),
  lang: z.enum(['en', 'id']),
  class: z.string(),
  channel: z.enum(['webchat', 'msteams']),
  turns: z.array(z.object({ user: z.string(), expect: Expect })).min(1),
});
export type CorpusConversation = z.infer<typeof ConversationSchema>;

export function loadConversations(file: string): CorpusConversation[] {
  return z.array(ConversationSchema).parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

type Tag = Record<string, unknown> & { kind?: string; asks?: string; act?: string; lang?: string };
const tagOf = (a: SentActivity): Tag => ((a.channelData as { advisor?: Tag } | undefined)?.advisor ?? {});

const topics = topicEntries();
const HANDOFF_ASKS = new Set(['name', 'email', 'company', 'phone', 'time', 'consent', 'scenario_choice']);

function sameSet(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return false;
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** What went wrong on one turn, or [] when every expectation held. */
export async function checkTurn(replies: SentActivity[], expect: z.infer<typeof Expect>, app: App): Promise<string[]> {
  const tags = replies.map(tagOf);
  const problems: string[] = [];
  const kinds = tags.map((t) => t.kind);
  const describe = () => tags.map((t) => `${t.kind}${t.asks ? `:asks=${t.asks}` : ''}${t.act ? `:act=${t.act}` : ''}${t.topic ? `:topic=${t.topic}` : ''}${t.aspect ? `:aspect=${t.aspect}` : ''}${t.key ? `:${t.key}` : ''}`).join(', ') || 'no reply';
  const asked = tags.map((t) => t.asks).filter(Boolean) as string[];
  if (expect.asks) {
    if (expect.asks === 'none') {
      if (asked.length) problems.push(`expected no question, got ${describe()}`);
    } else if (!asked.includes(expect.asks)) problems.push(`expected asks=${expect.asks}, got ${describe()}`);
  }
  if (expect.estimate) {
    const est = tags.filter((t) => t.kind === 'estimate');
    const ok = est.some((t) =>
      Object.entries(expect.estimate!).every(([k, v]) => (Array.isArray(v) ? sameSet(t[k], v) : t[k] === v)),
    );
    if (!ok) problems.push(`expected estimate ${JSON.stringify(expect.estimate)}, got ${est.length ? JSON.stringify(est.map(({ kind: _k, ...rest }) => rest)) : describe()}`);
  }
  if (expect.comparison && !kinds.includes('comparison')) problems.push(`expected a comparison, got ${describe()}`);
  if (expect.answer) {
    const ids = topics.get(expect.answer) ?? [];
    const ok = tags.some((t) => t.kind === 'answer' && (t.topic === expect.answer || ids.includes(String(t.entry))));
    if (!ok) problems.push(`expected an answer on ${expect.answer}, got ${describe()}`);
  }
  if (expect.estimate_answer) {
    const a = expect.estimate_answer;
    const ok = tags.some(
      (t) =>
        (t.kind === 'estimate_answer' && t.aspect === a) ||
        (a === 'breakdown' && t.kind === 'estimate') ||
        (a === 'other_deployment' && t.kind === 'comparison') ||
        (a === 'horizon_total' && t.kind === 'comparison'),
    );
    if (!ok) problems.push(`expected an answer about the estimate (${a}), got ${describe()}`);
  }
  if (expect.staffing) {
    const st = tags.find((t) => t.kind === 'staffing');
    if (!st) problems.push(`expected a staffing answer, got ${describe()}`);
    else {
      const n = Number(st.agents);
      if ((expect.staffing.min !== undefined && n < expect.staffing.min) || (expect.staffing.max !== undefined && n > expect.staffing.max)) {
        problems.push(`expected ${expect.staffing.min}–${expect.staffing.max} agents on the phones, got ${n}`);
      }
    }
  }
  const leadTag = tags.find((t) => t.kind === 'lead');
  if (expect.lead) {
    if (!leadTag) problems.push(`expected a stored lead, got ${describe()}`);
    else {
      const lead = await app.db.leads.getByReference(String(leadTag.reference));
      const c = lead?.summary?.contact as Record<string, string | undefined> | undefined;
      for (const [k, v] of Object.entries(expect.lead)) {
        const field = k === 'time' ? 'preferredTime' : k;
        const got = c?.[field];
        if (k === 'time') continue; // the time is free text; its presence is checked by the lead itself
        const norm = (x: string | undefined) => (x ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
        if (norm(got) !== norm(v)) problems.push(`lead ${k}: expected "${v}", got "${got ?? ''}"`);
      }
    }
  }
  if (expect.no_lead && leadTag) problems.push('expected no lead, but one was stored');
  if (expect.reply_lang) {
    const langs = tags.map((t) => t.lang).filter(Boolean);
    if (!langs.length || langs.some((l) => l !== expect.reply_lang)) problems.push(`expected replies in ${expect.reply_lang}, got ${langs.join(',') || 'none'}`);
  }
  if (expect.kind && !tags.some((t) => t.act === expect.kind || (expect.kind === 'languages' && t.act === 'languages'))) {
    problems.push(`expected kind=${expect.kind}, got ${describe()}`);
  }
  for (const n of expect.not ?? []) {
    if (n.startsWith('asks:') && asked.includes(n.slice(5))) problems.push(`must not ask ${n.slice(5)}: ${describe()}`);
    if (n === 'estimate' && kinds.includes('estimate')) problems.push(`must not show an estimate: ${describe()}`);
    if (n === 'comparison' && kinds.includes('comparison')) problems.push(`must not show a comparison: ${describe()}`);
    if (n === 'lead' && leadTag) problems.push('must not store a lead');
    if (n === 'handoff' && (asked.some((a) => HANDOFF_ASKS.has(a)) || tags.some((t) => t.key === 'handoffIntro' || t.key === 'handoffIntroNoScenario'))) problems.push(`must not start the sales form: ${describe()}`);
  }
  return problems;
}

export type ConversationResult = { id: string; lang: string; class: string; failures: string[] };

export async function runConversation(app: App, recorder: ChannelRecorder, conv: CorpusConversation): Promise<ConversationResult> {
  const locale = conv.lang === 'id' ? 'id-ID' : 'en-US';
  const c = new Conversation(() => app.url, recorder, conv.channel === 'msteams' ? 'msteams' : 'webchat', locale);
  const failures: string[] = [];
  for (const [i, turn] of conv.turns.entries()) {
    // Teams gives the advisor the user's name; these conversations were written without one, so none is sent.
    const replies = await c.say(turn.user, conv.channel === 'msteams' ? { from: { id: c.userId, role: 'user' } } : {});
    for (const p of await checkTurn(replies, turn.expect, app)) failures.push(`turn ${i + 1} "${turn.user}": ${p}`);
  }
  return { id: conv.id, lang: conv.lang, class: conv.class, failures };
}

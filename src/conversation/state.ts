/**
 * What the advisor remembers about one conversation: plain data, parsed with zod on every read so a
 * record written by an older version, or damaged, degrades to defaults instead of breaking a turn.
 * The form being filled and the yes/no question left open are part of it — there is no dialog stack.
 */
import { z } from 'zod';
import { DraftSchema, emptyDraft, isComplete } from './draft';
import { GrowthCommandSchema, LineSchema, TopicSchema, type Context } from '../nlu/commands';

export const MAX_QUESTIONS = 50;

export const ESTIMATE_SLOTS = ['agents', 'channels', 'deployment', 'volumes'] as const;
export type EstimateSlot = (typeof ESTIMATE_SLOTS)[number];
export const HANDOFF_SLOTS = ['scenario_choice', 'name', 'email', 'company', 'phone', 'time', 'consent'] as const;
export type HandoffSlot = (typeof HANDOFF_SLOTS)[number];

const ContactFields = z.object({
  name: z.string().max(200).optional(),
  email: z.string().max(254).optional(),
  company: z.string().max(200).optional(),
  phone: z.string().max(40).optional(),
  preferredTime: z.string().max(200).optional(),
});
export const ContactDraftSchema = ContactFields.default({});
export type ContactDraft = z.infer<typeof ContactDraftSchema>;

export const FormSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('estimate'),
    slot: z.enum(ESTIMATE_SLOTS),
    misses: z.number().int().min(0).max(10).default(0),
    /** Ask the optional volumes step before pricing (not when one message gave everything). */
    askVolumes: z.boolean().default(true),
  }),
  z.object({
    kind: z.literal('handoff'),
    slot: z.enum(HANDOFF_SLOTS),
    misses: z.number().int().min(0).max(10).default(0),
    contact: ContactDraftSchema,
    // ('email' since the thirty-fourth session: an email declined, the phone number is asked instead and required)
    skipped: z.array(z.enum(['phone', 'time', 'email'])).default([]),
  }),
]);
export type Form = z.infer<typeof FormSchema>;
export type EstimateForm = Extract<Form, { kind: 'estimate' }>;
export type HandoffForm = Extract<Form, { kind: 'handoff' }>;

/** A yes/no question the last reply left open; a bare "yes" or "no" answers it and nothing else. */
export const PendingSchema = z.discriminatedUnion('kind', [
  // (okAsked: a bare "ok" to the offer was asked back once; the next one is the yes)
  z.object({ kind: z.literal('sales'), okAsked: z.literal(true).optional() }),
  /** The last reply offered to add WFM or AI to the estimate on screen: "add it" adds it. */
  z.object({ kind: z.literal('add_on'), addOn: z.enum(['wfm', 'ai']) }),
  /** The last reply asked how many conversations a month AI would handle: "about 3,000" is that volume. */
  z.object({ kind: z.literal('ai_volume') }),
  /** The last reply gave the scenario on another deployment and said how to switch: "ok do that" switches. */
  z.object({ kind: z.literal('switch_deployment'), deployment: z.enum(['cloud', 'onPremises', 'hybrid']) }),
  /** The last reply asked "anything else?": "no", "nope that's all" close the conversation. */
  z.object({ kind: z.literal('anything_else') }),
  /** Consent was just declined: "actually yes, you can contact me" gives it, with the details just typed (held one turn). */
  z.object({ kind: z.literal('consent_declined') }),
  // (budgetUsd: the head count came from a monthly budget, in US dollars, so another deployment asked next is weighed
  // against the same budget)
  // (budgetPer 'year': the budget was a year's, and its first year pays the one-time costs)
  z.object({ kind: z.literal('price_staffing'), agents: z.number().int().min(1).max(100_000), budgetUsd: z.number().positive().max(1e12).optional(), budgetPer: z.literal('year').optional() }),
  /** "Email me this": the address to confirm (absent: the question is which address). */
  z.object({ kind: z.literal('email_estimate'), email: z.string().max(254).optional(), asked: z.number().int().min(0).max(5).default(0) }),
  z.object({
    kind: z.literal('add_channel'),
    channels: z.array(z.enum(['voice', 'sms', 'mms', 'social', 'email', 'webchat'])).min(1),
  }),
]);
export type Pending = z.infer<typeof PendingSchema>;

/** What one staffing answer was computed from, so "with 25% shrinkage" can recompute it. */
const StaffingQueueSchema = z.object({
  volume: z.number().nonnegative(),
  per: z.enum(['hour', 'day', 'week', 'month']),
  ahtSeconds: z.number().positive().optional(),
  serviceLevel: z.object({ target: z.number(), seconds: z.number() }).optional(),
  shrinkage: z.number().min(0).max(0.9).optional(),
  openHoursPerDay: z.number().min(1).max(24).optional(),
  openDaysPerWeek: z.number().min(1).max(7).optional(),
  channel: z.enum(['voice', 'chat', 'email']).optional(),
  concurrency: z.number().min(1).max(6).optional(),
});

export const StaffingMemorySchema = z.object({
  agentsOnPhones: z.number().int().min(0),
  agentsPaid: z.number().int().min(0),
  input: StaffingQueueSchema.optional(),
  /** The other queues of the same answer ("500 chats and 300 calls a day"), recomputed with it. */
  also: z.array(StaffingQueueSchema).max(2).optional(),
});

/** How many changes back "undo" can go. */
export const UNDO_STEPS = 5;

const YardstickSchema = z.object({
  kind: z.enum(['current', 'budget', 'quote']),
  amount: z.number().positive().max(1e15),
  currency: z.enum(['USD', 'IDR']),
  per: z.enum(['month', 'year']),
  perAgent: z.boolean().optional(),
  years: z.number().int().min(1).max(15).optional(),
  /** A quote's one-time fee beside its running price ("$4,500 one-time setup"). */
  oneTime: z.number().positive().max(1e15).optional(),
});

export const ConversationStateSchema = z.object({
  lang: z.enum(['en', 'id']).default('en'),
  welcomed: z.boolean().default(false),
  /** The scenario being built or last priced. */
  draft: DraftSchema.default(emptyDraft()),
  /** An estimate of the current draft has been shown: value changes re-price at once. */
  priced: z.boolean().default(false),
  form: FormSchema.optional(),
  pending: PendingSchema.optional(),
  /** Contact details given before a detour to price the scenario first; dropped if the handoff is abandoned. */
  heldContact: ContactFields.optional(),
  /** A name or company the visitor introduced themselves with ("Hi, I'm Priya from Northwind"): the sales form starts with them. */
  introduced: ContactFields.optional(),
  /** What to show once the estimate form completes. */
  // compare_handoff: the comparison, then the sales form the visitor asked for first
  then: z.enum(['compare', 'handoff', 'compare_handoff']).optional(),
  salesOffered: z.boolean().default(false),
  /** Sales turned down in so many words: the goodbye does not invite it again. */
  salesDeclined: z.boolean().optional(),
  /** The visitor's data must stay in the country: a comparison that finds cloud cheapest says which of the others is. */
  residency: z.boolean().optional(),
  /** The last staffing answer, so "price that" knows the head count. */
  staffing: StaffingMemorySchema.optional(),
  /** The topic of the last knowledge answer, so "and for 2 TB?" can continue it. */
  lastTopic: TopicSchema.optional(),
  /** The question the last knowledge answer answered, when its topic was none of the model's ("and on-prem?" continues it). */
  lastQuestion: z.string().max(500).optional(),
  /** The knowledge entry the last turn answered with, so a different question is not given the same article again. */
  lastEntryId: z.string().max(100).optional(),
  /** The last reply answered a privacy question, so "and do you share them?" continues it. */
  lastPrivacy: z.boolean().optional(),
  /** The last reply explained this line of the estimate, so "can we reduce it?" is about it. */
  lastLine: LineSchema.optional(),
  /** The last reply multiplied out a month of messages, so "and MMS?" prices the same volume of MMS. */
  lastMessages: z.object({ channel: z.enum(['sms', 'mms', 'voice']), perMonth: z.number().int().min(1).max(1e9) }).optional(),
  /** The peak head count said beside the usual one, whose length was asked: "1 bulan aja", "June to August" prices the season. */
  lastPeak: z.number().int().min(1).max(100_000).optional(),
  /** The visitor mixes English into Indonesian: one English message keeps the conversation Indonesian. */
  mixesLanguages: z.boolean().optional(),
  /** The thing the last reply asked the visitor to count ("How many donors a month?"), for a bare figure next. */
  lastUnit: z.string().max(40).optional(),
  /** The head count of each year the last reply priced a growth over: "and the 5-year total?", "year 2 at 50?" follow it. */
  lastGrowth: z.array(z.number().int().min(1).max(100_000)).min(2).max(10).optional(),
  /** The rule of a growth said for every year ("10% per tahun"): a longer span asked after it goes on growing. */
  /** The opening hours the visitor said ("siaga 24 jam 7 hari"), for a head count sized later without them. */
  openHours: z.object({ hours: z.number().min(1).max(24), days: z.number().int().min(1).max(7).optional() }).optional(),
  lastGrowthEvery: z.object({ op: z.enum(['pct', 'mul', 'add', 'set']), amount: z.number().finite().min(-100_000).max(100_000) }).optional(),
  /** The two scenarios the last reply set side by side: "what's the difference per month?" is between them. */
  lastPair: z.tuple([DraftSchema, DraftSchema]).optional(),
  /** The estimate's own assumptions already shown with their reasons (id=value): a later estimate lists only new ones. */
  assumptionsShown: z.array(z.string().max(300)).max(300).optional(),
  /** The deployment the last reply named the cheapest (a comparison, the recommendation): "why?", "how much would that cost?" are about it. */
  lastVerdict: z.enum(['cloud', 'onPremises', 'hybrid']).optional(),
  /** The leader on typical figures of a comparison too close to call: a bare "why?" after it asks where its lead comes from. */
  lastLeader: z.enum(['cloud', 'onPremises', 'hybrid']).optional(),
  /** The last reply was the comparison of the deployments: a change to the scenario ("what if we only had 60?") shows it again. */
  lastCompared: z.literal(true).optional(),
  /** The other deployment the last reply priced beside the scenario's ("what would it be fully cloud?"): "the two" next are those. */
  lastOther: z.enum(['cloud', 'onPremises', 'hybrid']).optional(),
  /** The visitor said in so many words that sales may contact them ("and yes, you can contact me"): not asked again. */
  consentStated: z.literal(true).optional(),
  /** The visitor asked to be contacted without a phone number: the phone and the time to call are not asked. */
  phoneDeclined: z.literal(true).optional(),
  /** Knowledge questions asked, passed to sales with consent. */
  questions: z.array(z.string().max(500)).default([]),
  // withdrawn: the visitor took the request back (its details are erased); what is kept is said accordingly
  lead: z.object({ id: z.string(), reference: z.string(), withdrawn: z.literal(true).optional() }).optional(),
  /** The scenario before the last change on screen, so "undo" can take the change back (one step). */
  undoDraft: DraftSchema.optional(),
  /** The scenarios before that, oldest first, so "undo" can be said again ("undo" twice said "nothing to take back"). */
  undoStack: z.array(DraftSchema).max(UNDO_STEPS).optional(),
  /** The currency the visitor asked for ("in rupiah", "dalam dolar"); unset = the language's default. */
  currency: z.enum(['USD', 'IDR']).optional(),
  /** A quote or a current bill said before the scenario was priced: held against the estimate once it is shown. */
  heldYardstick: YardstickSchema.optional(),
  /** The last budget, quote or bill the visitor gave, so "does that fit our budget?" can be answered again later. */
  lastYardstick: YardstickSchema.optional(),
  /**
   * A year by season said before the scenario was whole ("9 bulan 30 agen, 3 bulan 80 agen" at the deployment
   * question): priced once the estimate is shown (it was promised, then the peak was priced all year).
   */
  /** The year by season last priced, so "the full year with that peak?" gives it again. */
  lastSeasons: z.array(z.object({ agents: z.number().int().min(1).max(100_000), months: z.number().int().min(1).max(12) })).min(1).max(4).optional(),
  /** Growth said before the scenario was whole ("sekarang 50 agen, target 3 tahun lagi 150"): priced under the first estimate. */
  heldGrowth: GrowthCommandSchema.optional(),
  /** A price rise said beside a scenario not yet priced ("prices are going up 12% next year"): priced under its estimate. */
  heldEscalation: z.object({ percent: z.number().gt(0).max(50), years: z.number().int().min(1).max(10).optional(), once: z.literal(true).optional() }).optional(),
  /** "for 10, 20 or 50 agents?" said before the scenario was whole: each head count priced under the first estimate. */
  /** A total over a few months asked beside a scenario not yet whole: said under its first estimate. */
  heldMonths: z.number().int().min(1).max(11).optional(),
  /** How many sites (branches, stores, offices) the visitor said the business has: a figure per site divides by it. */
  places: z.number().int().min(1).max(100_000).optional(),
  /** "just the totals pls, skip the assumptions": estimates from then on come without their line items and assumptions. */
  prefersBrief: z.literal(true).optional(),
  heldSizes: z.array(z.number().int().min(1).max(100_000)).min(2).max(6).optional(),
  heldSeasons: z.array(z.object({ agents: z.number().int().min(1).max(100_000), months: z.number().int().min(1).max(12) })).min(1).max(4).optional(),
});
export type ConversationState = z.infer<typeof ConversationStateSchema>;

export function initialState(lang: 'en' | 'id' = 'en'): ConversationState {
  return ConversationStateSchema.parse({ lang });
}

export function parseState(raw: unknown): ConversationState {
  const parsed = ConversationStateSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : initialState();
}

/** What the advisor just asked or showed, in the understanding model's terms. */
export function contextOf(state: ConversationState): Context {
  const form = state.form;
  if (form?.kind === 'estimate') return `asked_${form.slot}` as Context;
  if (form?.kind === 'handoff') {
    if (form.slot === 'scenario_choice') return 'offered_sales';
    return `asked_${form.slot}` as Context;
  }
  if (state.pending && state.pending.kind !== 'anything_else') return 'offered_sales';
  if (state.priced && isComplete(state.draft)) return 'after_estimate';
  return 'start';
}

/** What the last reply was about, for short follow-ups ("and for 2 TB?", "what about 45,000 calls?"). */
export function followUpOf(state: ConversationState): { topic?: z.infer<typeof TopicSchema>; question?: string; staffing?: boolean; staffed?: boolean; staffedHeadCount?: boolean; privacy?: boolean; line?: z.infer<typeof LineSchema>; messages?: { channel: 'sms' | 'mms' | 'voice'; perMonth: number }; peak?: number; seasons?: boolean; unit?: string } {
  return {
    ...(state.lastPeak ? { peak: state.lastPeak } : {}),
    ...(state.lastUnit ? { unit: state.lastUnit } : {}),
    ...(state.lastSeasons ? { seasons: true } : {}),
    ...(state.lastMessages ? { messages: state.lastMessages } : {}),
    ...(state.lastTopic ? { topic: state.lastTopic } : {}),
    ...(state.lastQuestion ? { question: state.lastQuestion } : {}),
    ...(state.lastPrivacy ? { privacy: true } : {}),
    ...(state.lastLine ? { line: state.lastLine } : {}),
    ...(state.pending?.kind === 'price_staffing' ? { staffing: true } : {}),
    ...(state.staffing ? { staffed: true } : {}),
    ...(state.staffing && state.priced && state.draft.agents === state.staffing.agentsPaid ? { staffedHeadCount: true } : {}),
  };
}

export function rememberQuestion(state: ConversationState, question: string): void {
  const q = question.trim().slice(0, 500);
  if (!q) return;
  state.questions.push(q);
  if (state.questions.length > MAX_QUESTIONS) state.questions.splice(0, state.questions.length - MAX_QUESTIONS);
}

/**
 * What the advisor remembers about a conversation. Kept in Bot Framework conversation
 * state (SQLite or PostgreSQL), parsed with zod on every read so a record written by an
 * older version, or damaged, degrades to defaults instead of breaking the turn.
 */
import { z } from 'zod';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DraftSchema, emptyDraft, type ScenarioDraft } from '../src/conversation/draft';

const MAX_QUESTIONS = 50;
const TURN_KEY = Symbol('advisorState');

export const AdvisorStateSchema = z.object({
  lang: z.enum(['en', 'id']).default('en'),
  /** The scenario being built or last priced. */
  draft: DraftSchema.default(emptyDraft()),
  /** True once the draft has been priced at least once (what-if edits re-price immediately). */
  priced: z.boolean().default(false),
  /** Show the comparison right after the next estimate (the user asked "compare" before we had a scenario). */
  compareAfterEstimate: z.boolean().default(false),
  questions: z.array(z.string()).default([]),
  salesOffered: z.boolean().default(false),
  /** The last reply asked a yes/no question ("Would you like sales to follow up?"): a bare yes/no answers it. */
  pendingOffer: z.enum(['sales']).optional(),
  /** The user asked for sales before there was a scenario: go to the handoff once it is priced. */
  handoffAfterEstimate: z.boolean().default(false),
  welcomed: z.boolean().default(false),
  lead: z.object({ id: z.string(), reference: z.string() }).optional(),
});
export type AdvisorState = z.infer<typeof AdvisorStateSchema>;

export function defaultState(): AdvisorState {
  return AdvisorStateSchema.parse({});
}

export class AdvisorStateStore {
  constructor(private readonly accessor: StatePropertyAccessor<unknown>) {}

  async get(context: TurnContext): Promise<AdvisorState> {
    const cached = context.turnState.get(TURN_KEY) as AdvisorState | undefined;
    if (cached) return cached;
    const raw = await this.accessor.get(context, {});
    const parsed = AdvisorStateSchema.safeParse(raw);
    const state = parsed.success ? parsed.data : defaultState();
    // One parsed object per turn, registered with the accessor: mutating it is what gets saved.
    await this.accessor.set(context, state);
    context.turnState.set(TURN_KEY, state);
    return state;
  }

  async update(context: TurnContext, edit: (s: AdvisorState) => void): Promise<AdvisorState> {
    const state = await this.get(context);
    edit(state);
    await this.accessor.set(context, state);
    return state;
  }
}

export function rememberQuestion(state: AdvisorState, question: string): void {
  const q = question.trim().slice(0, 500);
  if (!q) return;
  state.questions.push(q);
  if (state.questions.length > MAX_QUESTIONS) state.questions.splice(0, state.questions.length - MAX_QUESTIONS);
}

export function setDraft(state: AdvisorState, draft: ScenarioDraft): void {
  state.draft = draft;
}

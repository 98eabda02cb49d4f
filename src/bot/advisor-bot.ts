/**
 * The Bot Framework adapter, and the only place that knows Bot Framework types: an activity comes
 * in, its text goes through interpret(), the commands through decide(), effects run against the lead
 * store, and the replies are rendered for the channel. Conversation state is one zod-parsed object
 * per conversation; there is no dialog stack.
 */
import {
  TeamsActivityHandler,
  TurnContext,
  type ConversationState,
  type InvokeResponse,
  type StatePropertyAccessor,
} from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { langFromLocale, type Lang } from '../i18n';
import { formatNumber, type Currency } from '../i18n/money';
import { t } from '../i18n';
import { dialogStrings } from '../i18n/dialogs';
import { parseCardAction, hasCardValue, type CardAction } from '../cards/actions';
import { decide, type ChannelInfo, type DecideDeps, type Decision } from '../conversation/decide';
import type { Effect, EffectOutcome, Reply } from '../conversation/replies';
import { contextOf, followUpOf, parseState, type ConversationState as AdvisorState } from '../conversation/state';
import { LINE_OF_ENGINE_LINE, type Command, type Interpretation } from '../nlu/commands';
import type { InterpretContext } from '../nlu/interpret';
import type { LeadStore } from '../handoff/lead-store';
import type { Exporter } from '../export';
import type { EstimateMailer } from '../export/mailer';
import { z } from 'zod';
import { capsOf, render } from './render';

/** The event the chat page sends when opened from a share link's "continue in chat". */
export const SHARED_SCENARIO_EVENT = 'loadSharedScenario';
const SharedScenarioEventSchema = z.object({ token: z.string().min(1).max(4096) }).strict();

/** Longest message we read; longer ones are answered with a clear "please shorten it". */
export const MAX_MESSAGE_LENGTH = 2_000;
const STATE_PROPERTY = 'advisor';
const TURN_STATE = Symbol('advisorState');

export type AdvisorServices = DecideDeps & {
  interpret: (text: string, ctx: InterpretContext) => Interpretation;
  /** Durable lead storage; without it nothing is stored. */
  leads?: LeadStore;
  /** Called after a lead is created or changed, so delivery starts within a second. */
  onLeadChanged?: (leadId: string) => void;
  /** Download and share links (and opening them); without it cards have no such buttons. */
  exporter?: Exporter;
  /** Sends estimates by email; without it "email me this" offers the links instead. */
  mailer?: EstimateMailer;
  log: Logger;
};

/** A card submit as commands (the card's buttons carry typed data, not words). */
function cardCommands(action: CardAction): Command[] {
  switch (action.action) {
    case 'estimate':
      return [{ type: 'estimate' }];
    case 'compare':
      return [{ type: 'compare' }];
    case 'changeAnswers':
    case 'ask':
    case 'help':
      return [{ type: 'help' }];
    case 'sales':
      return [{ type: 'handoff' }];
    case 'cancel':
      return [{ type: 'cancel' }];
    case 'startOver':
      return [{ type: 'start_over' }];
    case 'useDefaults':
      return [{ type: 'skip' }];
    case 'setChannels':
      return action.channels && action.channels.length ? [{ type: 'set', slot: 'channels', value: action.channels }] : [{ type: 'unclear' }];
    case 'setDeployment':
      return [{ type: 'set', slot: 'deployment', value: action.deployment }];
    case 'consent':
      return [{ type: action.given ? 'yes' : 'no' }];
    case 'confirmLead':
      return [{ type: 'yes' }];
    case 'explainLine':
      return [{ type: 'ask_estimate', aspect: 'line', line: action.line === 'total' ? 'total' : LINE_OF_ENGINE_LINE[action.line] }];
    case 'ownFigure':
      return [{ type: 'own_figure', slot: action.slot }];
  }
}

/** Whether the conversation state (when it can tell: src/storage/conversation-state.ts) loaded exactly what it last saved. */
/** Nothing said yet: no estimate, form, question, lead or scenario value (the first message decides its language). */
function openingOf(state: AdvisorState): boolean {
  return !state.priced && !state.form && !state.lead && state.questions.length === 0 && state.draft.agents === undefined && (state.draft.channels?.length ?? 0) === 0 && state.draft.deployment === undefined;
}

function loadedAsSaved(state: ConversationState, context: TurnContext): boolean {
  const check = (state as { loadedAsSaved?: (context: TurnContext) => boolean }).loadedAsSaved;
  return typeof check === 'function' && check.call(state, context);
}

/** Tells the conversation state (when it listens) that what it holds now is a decided, valid state. */
function vouch(state: ConversationState, context: TurnContext): void {
  const mark = (state as { vouch?: (context: TurnContext) => void }).vouch;
  if (typeof mark === 'function') mark.call(state, context);
}

export class AdvisorBot extends TeamsActivityHandler {
  private readonly accessor: StatePropertyAccessor<unknown>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly services: AdvisorServices,
  ) {
    super();
    this.accessor = conversationState.createProperty(STATE_PROPERTY);

    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient?.id);
      if (joined.length > 0) {
        const state = await this.state(context);
        if (!state.welcomed || state.priced) {
          const lang = langFromLocale(context.activity.locale) ?? state.lang;
          await this.apply(context, decide(state, { kind: 'join', channel: this.channel(context, joined[0]?.name), lang }, this.services));
        }
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

    this.onEvent(async (context, next) => {
      if (context.activity.name === SHARED_SCENARIO_EVENT) await this.loadShared(context);
      await next();
    });
  }

  /** The advisor's state for this turn, parsed once and kept on the turn. */
  async state(context: TurnContext): Promise<AdvisorState> {
    const cached = context.turnState.get(TURN_STATE) as AdvisorState | undefined;
    if (cached) return cached;
    const raw = await this.accessor.get(context, {});
    // What this process saved last turn was decide's output, already a ConversationState.
    const state = loadedAsSaved(this.conversationState, context) ? (raw as AdvisorState) : parseState(raw);
    context.turnState.set(TURN_STATE, state);
    return state;
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }

  private channel(context: TurnContext, name?: string): ChannelInfo {
    const a = context.activity;
    // Only Teams gives a real display name; Web Chat and the Emulator send "User" or an id.
    const userName = a.channelId === 'msteams' && typeof (name ?? a.from?.name) === 'string' ? (name ?? a.from?.name) : undefined;
    return { id: a.channelId, conversationId: a.conversation?.id ?? 'unknown', ...(userName ? { userName } : {}) };
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const a = context.activity;
    const state = await this.state(context);
    const lang: Lang = state.welcomed ? state.lang : (langFromLocale(a.locale) ?? state.lang);
    if ((a.entities ?? []).some((e) => e.type === 'mention') && typeof a.text === 'string') {
      a.text = TurnContext.removeRecipientMention(a)?.trim() ?? a.text;
    }
    const text = typeof a.text === 'string' ? a.text.trim() : '';
    if (text.length > MAX_MESSAGE_LENGTH) {
      await context.sendActivity(t(dialogStrings, lang, 'messageTooLong', { length: formatNumber(text.length, lang), limit: formatNumber(MAX_MESSAGE_LENGTH, lang) }));
      return;
    }
    const action = parseCardAction(a.value);
    let interpretation: Interpretation;
    if (action) {
      interpretation = { lang, text: '', commands: cardCommands(action), confidence: 1 };
    } else if (!text) {
      const key = hasCardValue(a.value) ? 'unknownAction' : 'helpTop';
      await this.send(context, [{ kind: 'text', text: { key }, buttons: [{ key: 'actionEstimate' }, { key: 'actionCompare' }, { key: 'actionAsk' }, { key: 'actionSales' }] }], lang);
      return;
    } else {
      interpretation = this.services.interpret(text, {
        context: contextOf(state),
        lang,
        followUp: followUpOf(state),
        ...(state.places ? { places: state.places } : {}),
        ...(state.mixesLanguages ? { mixes: true } : {}),
        ...(state.form?.kind === 'handoff' && state.form.slot === 'scenario_choice' ? { question: 'scenario_choice' as const } : {}),
        ...(state.pending?.kind === 'add_on' ? { question: 'add_on' as const } : {}),
        ...(state.pending?.kind === 'switch_deployment' ? { question: 'switch_deployment' as const } : {}),
        ...(state.pending?.kind === 'ai_volume' ? { question: 'ai_volume' as const } : {}),
        ...(openingOf(state) ? { opening: true } : {}),
      });
    }
    const decision = decide(state, { kind: 'message', interpretation, channel: this.channel(context), now: new Date() }, this.services);
    await this.apply(context, decision);
  }

  /** "Continue in chat": the share link's token, checked here; decide gets the parsed scenario. */
  private async loadShared(context: TurnContext): Promise<void> {
    const state = await this.state(context);
    const lang: Lang = state.welcomed ? state.lang : (langFromLocale(context.activity.locale) ?? state.lang);
    const event = SharedScenarioEventSchema.safeParse(context.activity.value);
    const opened = event.success && this.services.exporter ? this.services.exporter.open(event.data.token) : undefined;
    if (!opened?.ok) {
      const key = opened && !opened.ok && opened.reason === 'expired' ? 'sharedScenarioExpired' : 'sharedScenarioInvalid';
      await this.send(context, [{ kind: 'text', text: { key }, buttons: [{ key: 'actionEstimate' }, { key: 'actionAsk' }] }], lang);
      return;
    }
    await this.apply(context, decide(state, { kind: 'shared_scenario', scenario: opened.shared.scenario, lang: opened.shared.options.lang }, this.services));
  }

  /** Saves the decided state, runs its effects (and decides on their outcomes), sends every reply. */
  private async apply(context: TurnContext, decision: Decision): Promise<void> {
    let state = decision.state;
    const replies: Reply[] = [...decision.replies];
    for (const effect of decision.effects) {
      const outcome = await this.perform(effect, context.activity.conversation?.id ?? 'unknown', state.currency);
      const next = decide(state, { kind: 'outcome', outcome }, this.services);
      state = next.state;
      replies.push(...next.replies);
    }
    context.turnState.set(TURN_STATE, state);
    await this.accessor.set(context, state);
    vouch(this.conversationState, context);
    await this.send(context, replies, state.lang, state.currency);
  }

  private async send(context: TurnContext, replies: Reply[], lang: Lang, currency?: Currency): Promise<void> {
    const exporter = this.services.exporter;
    const activities = render(replies, lang, capsOf(context.activity), this.services.retriever.kb, {
      ...(currency ? { currency } : {}),
      ...(exporter ? { links: (scenario, l) => exporter.links(scenario, { lang: l, ...(currency ? { currency } : {}) }) } : {}),
    });
    if (activities.length) await context.sendActivities(activities);
  }

  private async perform(effect: Effect, conversationId: string, currency?: Currency): Promise<EffectOutcome> {
    if (effect.kind === 'send_estimate_email') {
      const mailer = this.services.mailer;
      if (!mailer) return { kind: 'estimate_email_not_sent', reason: 'unavailable' };
      const result = await mailer.send({ to: effect.to, conversationId, scenario: effect.scenario, options: { lang: effect.lang, ...(currency ? { currency } : {}) } });
      return result.kind === 'sent' ? { kind: 'estimate_email_sent' } : { kind: 'estimate_email_not_sent', reason: result.kind, ...(result.kind === 'failed' ? { ref: result.ref } : {}) };
    }
    const leads = this.services.leads;
    if (!leads) return { kind: 'leads_unavailable' };
    try {
      switch (effect.kind) {
        case 'store_lead': {
          // A second handoff in the same conversation corrects the existing lead rather than duplicating it.
          const existing = effect.replaceLeadId ? await leads.get(effect.replaceLeadId) : undefined;
          const d = effect.draft;
          const lead =
            existing && existing.status === 'active'
              ? await leads.update(existing.id, { contact: d.contact, ...(d.scenario && d.estimate ? { scenario: d.scenario, estimate: d.estimate } : {}), questions: d.questions, language: d.language })
              : await leads.create(d);
          if (!lead?.summary) throw new Error('lead was not stored');
          this.services.onLeadChanged?.(lead.id);
          return { kind: 'lead_stored', id: lead.id, reference: lead.reference, summary: lead.summary };
        }
        case 'lead_what_sent': {
          const lead = await leads.get(effect.leadId);
          if (!lead || lead.status !== 'active' || !lead.summary) return { kind: 'lead_gone', reference: effect.reference };
          return { kind: 'lead_sent_shown', reference: effect.reference, summary: lead.summary };
        }
        case 'lead_withdraw': {
          const lead = await leads.get(effect.leadId);
          if (!lead || lead.status !== 'active') return { kind: 'lead_gone', reference: effect.reference };
          await leads.withdraw(effect.leadId);
          this.services.onLeadChanged?.(effect.leadId);
          return { kind: 'lead_withdrawn', reference: effect.reference };
        }
        case 'lead_update': {
          const lead = await leads.get(effect.leadId);
          if (!lead || lead.status !== 'active') return { kind: 'lead_gone', reference: effect.reference };
          const updated = await leads.update(effect.leadId, { contact: effect.patch });
          this.services.onLeadChanged?.(effect.leadId);
          const [field, value] = Object.entries(effect.patch)[0] ?? ['email', ''];
          return { kind: 'lead_updated', reference: updated?.reference ?? effect.reference, field: field === 'preferredTime' ? 'time' : field, value: String(value) };
        }
      }
    } catch (err) {
      const ref = randomUUID().slice(0, 8);
      this.services.log.error({ ref, err: { name: (err as Error)?.name, message: String((err as Error)?.message ?? err).replace(/[^\s@]+@[^\s@]+/g, '<email>') } }, 'lead effect failed');
      return { kind: 'lead_failed', ref };
    }
  }

  /**
   * Invokes this bot does not implement (it uses Action.Submit, not Action.Execute) are a client
   * error, not a server failure; an Action.Execute gets a message saying so.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const response = await super.onInvokeActivity(context);
    if (response.status !== 501) return response;
    if (context.activity.name === 'adaptiveCard/action') {
      const state = await this.state(context);
      return {
        status: 200,
        body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: t(dialogStrings, state.lang, 'unknownAction') },
      };
    }
    return { status: 400, body: { error: `this bot does not handle invoke "${String(context.activity.name ?? '').slice(0, 80)}"` } };
  }
}

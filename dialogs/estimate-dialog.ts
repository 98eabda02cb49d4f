/**
 * The estimate form (Rasa-style): the required slots are agents, channels and deployment;
 * each message may fill several at once; only what is missing is asked; then, once and
 * skippably, volumes and add-ons. On completion the scenario is priced and shown.
 */
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import {
  Dialog,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { Extraction } from '../src/nlu';
import type { Lang } from '../src/i18n';
import type { DialogKey } from '../src/i18n/dialogs';
import {
  applyExtraction,
  hasScenarioContent,
  isComplete,
  missingSlot,
  toScenarioInput,
  ALL_CHANNELS,
} from '../src/conversation/draft';
import { estimate } from '../src/cost/estimate';
import { channelPickerCard } from '../src/cards/prompt-cards';
import { CancelAndHelpDialog, turnCardAction, turnExtraction } from './cancel-and-help-dialog';
import { AdvisorStateStore, type AdvisorState } from './state';
import type { AdvisorServices } from './services';
import { comparisonReply, estimateReply, say, supportsCards, textWithChoices } from './replies';
import { channelList, deploymentName } from '../src/cards/describe';

export const ESTIMATE_DIALOG = 'estimateDialog';
const FORM = 'estimateForm';
const MAX_MISSES = 3;

type FormSlot = 'agents' | 'channels' | 'deployment' | 'extras';
type FormState = { slot?: FormSlot; misses: number; askExtras: boolean; extrasDone: boolean };

export type EstimateDialogOptions = {
  /** Slots already read from the message that started the dialog. */
  prefill?: Extraction;
  /** Ask the optional volumes/add-ons step even if the first message gave everything. */
  askExtras?: boolean;
};

/** The slot extractor knows the optional step as "volumes" (numbers there are volumes, not agents). */
function nluExpecting(slot: FormSlot | undefined): string | undefined {
  return slot === 'extras' ? 'volumes' : slot;
}

function slotFilled(slot: FormSlot | undefined, ex: Extraction): boolean {
  switch (slot) {
    case 'agents':
      return ex.agents !== undefined || ex.agentsRejected !== undefined;
    case 'channels':
      return ex.channels !== undefined && (ex.channels.add.length > 0 || ex.channels.all === true);
    case 'deployment':
      // "not sure" / "no idea" / "skip" here means: show me all three.
      return ex.deployment !== undefined || ex.compareAll === true || ex.intents.includes('skip');
    case 'extras':
      return (
        (ex.volumes !== undefined && Object.keys(ex.volumes).length > 0) ||
        (ex.addOns !== undefined && Object.keys(ex.addOns).length > 0) ||
        ex.voiceBilling !== undefined ||
        ex.tier !== undefined ||
        ex.years !== undefined ||
        ex.agents !== undefined ||
        ex.intents.includes('skip') ||
        ex.intents.includes('no') ||
        ex.intents.includes('yes')
      );
    default:
      return false;
  }
}

/** The inner form: a plain Dialog whose state is the slot being asked and the miss count. */
class EstimateForm extends Dialog<EstimateDialogOptions> {
  constructor(
    private readonly services: AdvisorServices,
    private readonly stateStore: AdvisorStateStore,
  ) {
    super(FORM);
  }

  override async beginDialog(dc: DialogContext, options?: EstimateDialogOptions): Promise<DialogTurnResult> {
    const state = await this.stateStore.get(dc.context);
    let firstMessageComplete = false;
    if (options?.prefill) {
      this.absorb(state, options.prefill, undefined);
      firstMessageComplete = isComplete(state.draft);
    }
    const form: FormState = {
      misses: 0,
      // One message with all three answers goes straight to the estimate.
      // On the way to sales the optional step would only delay them; the estimate can be refined later.
      askExtras: options?.askExtras ?? (!firstMessageComplete && !state.handoffAfterEstimate),
      extrasDone: false,
    };
    dc.activeDialog!.state = form;
    // "estimate for 0 agents": say why, rather than asking as if nothing had been said.
    const rejected = options?.prefill?.agentsRejected;
    if (rejected && state.draft.agents === undefined) {
      form.slot = 'agents';
      return this.rejectAgents(dc, state, form, rejected.reason);
    }
    return this.askNext(dc, state, form);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const context = dc.context;
    if (context.activity.type !== 'message') return Dialog.EndOfTurn;
    const form = dc.activeDialog!.state as FormState;
    const state = await this.stateStore.get(context);
    const lang = state.lang;

    const action = turnCardAction(context);
    if (action) {
      if (action.action === 'setChannels' && action.channels && action.channels.length > 0) {
        state.draft = { ...state.draft, channels: ALL_CHANNELS.filter((c) => action.channels!.includes(c)) };
        form.misses = 0;
        return this.askNext(dc, state, form);
      }
      if (action.action === 'setDeployment') {
        state.draft = { ...state.draft, deployment: action.deployment };
        form.misses = 0;
        return this.askNext(dc, state, form);
      }
      if (action.action === 'useDefaults') {
        form.extrasDone = true;
        return this.askNext(dc, state, form);
      }
      if (action.action === 'compare') {
        state.compareAfterEstimate = true;
        if (form.slot === 'deployment') state.draft = { ...state.draft, deployment: 'cloud' };
        return this.askNext(dc, state, form);
      }
      return this.miss(dc, state, form);
    }

    const ex = turnExtraction(context, nluExpecting(form.slot), lang);
    if (form.slot === 'agents' && ex.agents === undefined && ex.agentsRejected) {
      return this.rejectAgents(dc, state, form, ex.agentsRejected.reason);
    }
    if (!slotFilled(form.slot, ex) && !hasScenarioContent(ex)) return this.miss(dc, state, form);

    if (form.slot === 'deployment' && ex.deployment === undefined && (ex.compareAll || ex.intents.includes('skip'))) {
      state.compareAfterEstimate = true;
      state.draft = { ...state.draft, deployment: 'cloud' };
    }
    const wasEmpty = missingSlot(state.draft) === 'agents' && !state.draft.channels && !state.draft.deployment;
    this.absorb(state, ex, form.slot);
    // One message that answered everything at once goes straight to the estimate, as at the start.
    if (wasEmpty && isComplete(state.draft)) form.askExtras = false;
    if (form.slot === 'extras') form.extrasDone = true;
    form.misses = 0;
    return this.askNext(dc, state, form);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const form = instance.state as FormState;
    const state = await this.stateStore.get(context);
    if (form.slot) await this.prompt(context, state, form, false);
  }

  private absorb(state: AdvisorState, ex: Extraction, slot: FormSlot | undefined): void {
    const { draft } = applyExtraction(state.draft, ex, { replaceChannels: slot === 'channels' || !state.draft.channels });
    state.draft = draft;
    if (ex.compareAll) {
      state.compareAfterEstimate = true;
      if (!state.draft.deployment) state.draft = { ...state.draft, deployment: 'cloud' };
    }
  }

  private nextSlot(state: AdvisorState, form: FormState): FormSlot | undefined {
    const missing = missingSlot(state.draft);
    if (missing) return missing;
    if (form.askExtras && !form.extrasDone) return 'extras';
    return undefined;
  }

  private async askNext(dc: DialogContext, state: AdvisorState, form: FormState): Promise<DialogTurnResult> {
    const slot = this.nextSlot(state, form);
    if (slot !== form.slot) form.misses = 0;
    form.slot = slot;
    if (!slot) return this.finish(dc, state);
    await this.prompt(dc.context, state, form, false);
    return Dialog.EndOfTurn;
  }

  private async prompt(context: TurnContext, state: AdvisorState, form: FormState, retry: boolean): Promise<void> {
    const lang = state.lang;
    switch (form.slot) {
      case 'agents':
        await context.sendActivity(say(lang, retry ? 'askAgentsRetry' : 'askAgents'));
        return;
      case 'channels': {
        const text = say(lang, retry ? 'askChannelsRetry' : 'askChannels');
        if (supportsCards(context)) {
          const card = channelPickerCard(lang, state.draft.channels ?? []);
          await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), text));
        } else {
          await context.sendActivity(text);
        }
        return;
      }
      case 'deployment':
        await context.sendActivity(
          textWithChoices(context, say(lang, retry ? 'askDeploymentRetry' : 'askDeployment'), [
            deploymentName('cloud', lang),
            deploymentName('onPremises', lang),
            deploymentName('hybrid', lang),
            say(lang, 'actionNotSure'),
          ]),
        );
        return;
      case 'extras': {
        const params = { useDefaults: say(lang, 'actionUseDefaults'), agents: state.draft.agents ?? '?' };
        await context.sendActivity(
          textWithChoices(context, say(lang, retry ? 'askExtrasRetry' : 'askExtras', params), [
            say(lang, 'actionUseDefaults'),
          ]),
        );
        return;
      }
    }
  }

  private async rejectAgents(
    dc: DialogContext,
    state: AdvisorState,
    form: FormState,
    reason: 'zero' | 'negative' | 'decimal' | 'tooLarge' | 'notANumber',
  ): Promise<DialogTurnResult> {
    const key: Record<typeof reason, DialogKey> = {
      zero: 'agentsZero',
      negative: 'agentsNegative',
      decimal: 'agentsDecimal',
      tooLarge: 'agentsTooLarge',
      notANumber: 'agentsNotANumber',
    };
    form.misses += 1;
    if (form.misses >= MAX_MISSES) return this.offerChoices(dc, state, form);
    await dc.context.sendActivity(say(state.lang, key[reason]));
    return Dialog.EndOfTurn;
  }

  private async miss(dc: DialogContext, state: AdvisorState, form: FormState): Promise<DialogTurnResult> {
    form.misses += 1;
    if (form.misses >= MAX_MISSES) return this.offerChoices(dc, state, form);
    await this.prompt(dc.context, state, form, true);
    return Dialog.EndOfTurn;
  }

  /** After three misses, stop looping: offer concrete choices, help and a person. */
  private async offerChoices(dc: DialogContext, state: AdvisorState, form: FormState): Promise<DialogTurnResult> {
    const lang = state.lang;
    form.misses = 0;
    const examples: Record<FormSlot, string[]> = {
      agents: ['10', '50', '200'],
      channels: [
        channelList(['voice'], lang),
        channelList(['voice', 'email'], lang),
        channelList(['voice', 'sms', 'social', 'email', 'webchat'], lang),
      ],
      deployment: [deploymentName('cloud', lang), deploymentName('onPremises', lang), deploymentName('hybrid', lang)],
      extras: [say(lang, 'actionUseDefaults')],
    };
    const choices = [...examples[form.slot ?? 'agents'], say(lang, 'actionHelp'), say(lang, 'actionSales')];
    await dc.context.sendActivity(textWithChoices(dc.context, say(lang, 'tooManyMisses'), choices));
    return Dialog.EndOfTurn;
  }

  private async finish(dc: DialogContext, state: AdvisorState): Promise<DialogTurnResult> {
    const toSales = state.handoffAfterEstimate;
    state.handoffAfterEstimate = false;
    if (toSales) state.salesOffered = true; // they are on their way to sales already
    await presentEstimate(dc.context, state, this.services);
    return dc.endDialog({ next: toSales ? 'handoff' : 'none' });
  }
}

/** Prices the complete draft and shows it (and the comparison if asked for); offers sales once. */
export async function presentEstimate(context: TurnContext, state: AdvisorState, services: AdvisorServices): Promise<void> {
  const lang: Lang = state.lang;
  const e = estimate(toScenarioInput(state.draft), services.catalog);
  state.priced = true;
  await context.sendActivity(estimateReply(context, e, lang));
  if (state.compareAfterEstimate) {
    state.compareAfterEstimate = false;
    await context.sendActivity(comparisonReply(context, e, lang));
  }
  if (!state.salesOffered) {
    state.salesOffered = true;
    state.pendingOffer = 'sales';
    await context.sendActivity(textWithChoices(context, say(lang, 'salesOfferOnce'), [say(lang, 'actionSales')]));
  }
}

export class EstimateDialog extends CancelAndHelpDialog {
  constructor(services: AdvisorServices, stateStore: AdvisorStateStore) {
    super(ESTIMATE_DIALOG, services, stateStore);
    this.addDialog(new EstimateForm(services, stateStore));
    this.initialDialogId = FORM;
  }

  protected currentSlot(innerDc: DialogContext): string | undefined {
    const form = innerDc.activeDialog?.state as FormState | undefined;
    return form?.slot;
  }

  protected whyKey(slot: string | undefined): DialogKey {
    switch (slot) {
      case 'agents':
        return 'whyAgents';
      case 'channels':
        return 'whyChannels';
      case 'deployment':
        return 'whyDeployment';
      case 'extras':
        return 'whyExtras';
      default:
        return 'whyGeneric';
    }
  }

  protected answersSlot(slot: string | undefined, ex: Extraction): boolean {
    return slotFilled(slot as FormSlot | undefined, ex);
  }

  protected override carriesAnswers(ex: Extraction): boolean {
    return hasScenarioContent(ex);
  }

  protected override nluSlot(slot: string | undefined): string | undefined {
    return nluExpecting(slot as FormSlot | undefined);
  }
}


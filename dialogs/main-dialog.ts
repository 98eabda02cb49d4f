/**
 * The router. With no form running, each message is read once and sent where it belongs:
 * commands (help, cancel, start over, sales), what-if edits of a priced scenario, a new
 * estimate, the comparison, or a knowledge answer. Forms run as child dialogs and hand back
 * an outcome ("go to sales", "start the estimate again").
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogState,
  type WaterfallStepContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { Extraction } from '../src/nlu';
import type { Lang } from '../src/i18n';
import { applyExtraction, emptyDraft, hasScenarioContent, isComplete, toScenarioInput } from '../src/conversation/draft';
import { estimate } from '../src/cost/estimate';
import { diffEstimates } from '../src/cost/diff';
import { describeChanges, describeScenario } from '../src/cards/describe';
import { hasCardValue, type CardAction } from '../src/cards/actions';
import { turnCardAction, turnExtraction, type FormOutcome } from './cancel-and-help-dialog';
import { ESTIMATE_DIALOG, EstimateDialog, type EstimateDialogOptions } from './estimate-dialog';
import { HANDOFF_DIALOG, HandoffDialog, type HandoffOptions } from './handoff-dialog';
import { AdvisorStateStore, type AdvisorState } from './state';
import type { AdvisorServices } from './services';
import { comparisonReply, estimateReply, quickActions, say, textWithChoices } from './replies';
import { sendKnowledgeAnswer } from './knowledge-replies';
import { isEditLike, isQuestionLike, isStaffingQuestion } from './message-shape';
import { staffingForCalls } from '../src/cost/staffing';
import { formatNumber } from '../src/i18n/money';

export const MAIN_DIALOG = 'mainDialog';
const LOOP = 'mainLoop';

type LoopOptions = { start?: 'handoff' | 'estimate' };

const LONG_HORIZON = /\b(\d{2,3})\s*(years?|yrs?|tahun|thn)\b/i;
const BARE_NUMBER = /^\s*(about|around|sekitar|kira-kira)?\s*[\d.,]+\s*$|^\s*[a-z\s-]{3,40}$/i;

export class MainDialog extends ComponentDialog {
  constructor(
    private readonly services: AdvisorServices,
    private readonly stateStore: AdvisorStateStore,
  ) {
    super(MAIN_DIALOG);
    this.addDialog(new EstimateDialog(services, stateStore));
    this.addDialog(new HandoffDialog(services, stateStore));
    this.addDialog(new WaterfallDialog(LOOP, [this.route.bind(this), this.afterChild.bind(this)]));
    this.initialDialogId = LOOP;
  }

  /** core-bot's DialogHelper.run: continue the active dialog, or start the router on this message. */
  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(accessor);
    dialogSet.add(this);
    const dc = await dialogSet.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const state = await this.stateStore.get(context);
    const lang = state.lang;

    // A finished form asked for the next one; the loop restarts so its outcome is routed too.
    const start = (step.options as LoopOptions | undefined)?.start;
    if (start === 'handoff') return step.beginDialog(HANDOFF_DIALOG, {} satisfies HandoffOptions);
    if (start === 'estimate') return step.beginDialog(ESTIMATE_DIALOG, {} satisfies EstimateDialogOptions);

    const action = turnCardAction(context);
    if (action) return this.routeAction(step, state, action);
    if (hasCardValue(context.activity.value) && !context.activity.text) {
      await context.sendActivity(textWithChoices(context, say(lang, 'unknownAction'), quickActions(lang)));
      return step.endDialog();
    }

    const text = (context.activity.text ?? '').trim();
    if (!text) {
      await context.sendActivity(textWithChoices(context, say(lang, 'helpTop'), quickActions(lang)));
      return step.endDialog();
    }
    let ex = turnExtraction(context, undefined, lang);
    // "what about 15 years?": the engine compares 1–10 years; say so and show 10 rather than ignore it.
    const longHorizon = text.match(LONG_HORIZON);
    if (longHorizon && Number(longHorizon[1]) > 10 && ex.years === undefined && isComplete(state.draft)) {
      await context.sendActivity(say(lang, 'horizonTooLong'));
      state.draft = applyExtraction(state.draft, { lang, intents: [], years: 10 }).draft;
      state.priced = true;
      await context.sendActivity(comparisonReply(context, estimate(toScenarioInput(state.draft), this.services.catalog), lang));
      return step.endDialog();
    }
    // A bare number on its own ("50", "empat puluh") is the answer to the welcome's first question.
    if (!hasScenarioContent(ex) && ex.intents.length === 0 && BARE_NUMBER.test(text)) {
      const asAgents = turnExtraction(context, 'agents', lang);
      if (asAgents.agents !== undefined) ex = asAgents;
    }
    const only = (intent: Extraction['intents'][number]) => ex.intents.includes(intent) && !hasScenarioContent(ex);
    // A bare yes/no answers the question the previous reply asked, and only that one.
    const offer = state.pendingOffer;
    state.pendingOffer = undefined;
    if (offer === 'sales' && only('yes')) return step.beginDialog(HANDOFF_DIALOG, {} satisfies HandoffOptions);
    if (offer === 'sales' && (only('no') || only('skip'))) {
      await context.sendActivity(textWithChoices(context, say(lang, 'okAnythingElse'), quickActions(lang)));
      return step.endDialog();
    }

    if (ex.intents.includes('startOver')) {
      resetScenario(state);
      await context.sendActivity(say(lang, 'startedOver'));
      return step.beginDialog(ESTIMATE_DIALOG, {} satisfies EstimateDialogOptions);
    }
    if (only('cancel')) {
      await context.sendActivity(textWithChoices(context, say(lang, 'nothingToCancel'), quickActions(lang)));
      return step.endDialog();
    }
    if (ex.intents.includes('sales')) return step.beginDialog(HANDOFF_DIALOG, {} satisfies HandoffOptions);
    if (state.lead && (ex.intents.includes('whatSent') || ex.intents.includes('withdraw') || /@/.test(text))) {
      return step.beginDialog(HANDOFF_DIALOG, { manage: true } satisfies HandoffOptions);
    }
    if (only('help')) {
      await context.sendActivity(textWithChoices(context, say(lang, 'helpTop'), quickActions(lang)));
      return step.endDialog();
    }
    if (only('greeting') && !ex.intents.includes('question')) {
      await sendWelcome(context, state);
      return step.endDialog();
    }
    if (only('thanks')) {
      await context.sendActivity(textWithChoices(context, say(lang, 'thanks'), quickActions(lang)));
      return step.endDialog();
    }
    if (isStaffingQuestion(text) && ex.volumes?.callsPerMonth !== undefined) {
      await this.answerStaffing(step, state, ex.volumes.callsPerMonth, ex.volumes.ahtSeconds);
      return step.endDialog();
    }
    const questionLike = isQuestionLike(text, ex);
    // "what's the difference between cloud and on-prem?" before any estimate is a knowledge question.
    const compareQuestion = questionLike && !state.priced && !hasScenarioContent({ ...ex, deployment: undefined, compareAll: undefined });
    if ((ex.intents.includes('compare') || ex.compareAll) && !compareQuestion) return this.compare(step, state, ex);
    if (only('changeAnswers')) {
      await context.sendActivity(say(lang, 'helpTop'));
      return step.endDialog();
    }

    if (hasScenarioContent(ex) && !isStaffingQuestion(text) && isEditLike(text, ex, { priced: state.priced })) {
      return this.applyScenario(step, state, ex);
    }
    if (ex.agentsRejected && !state.priced) return step.beginDialog(ESTIMATE_DIALOG, { prefill: ex } satisfies EstimateDialogOptions);
    if (only('estimate') && !questionLike) return this.startOrShowEstimate(step, state);

    const result = this.services.retriever.ask(text, lang);
    if (result.kind === 'unknown' && !compareQuestion) {
      // "how much would 40 seats cost?" is not in the knowledge base: it is a request for an estimate.
      if (hasScenarioContent(ex)) return this.applyScenario(step, state, ex);
      if (ex.intents.includes('estimate')) return this.startOrShowEstimate(step, state);
    }
    await sendKnowledgeAnswer(context, result, lang, state, this.services);
    return step.endDialog();
  }

  private async routeAction(step: WaterfallStepContext, state: AdvisorState, action: CardAction): Promise<DialogTurnResult> {
    const context = step.context;
    const lang = state.lang;
    switch (action.action) {
      case 'estimate':
        return this.startOrShowEstimate(step, state);
      case 'compare':
        return this.compare(step, state, undefined);
      case 'sales':
        return step.beginDialog(HANDOFF_DIALOG, {} satisfies HandoffOptions);
      case 'startOver':
        resetScenario(state);
        await context.sendActivity(say(lang, 'startedOver'));
        return step.beginDialog(ESTIMATE_DIALOG, {} satisfies EstimateDialogOptions);
      case 'changeAnswers':
        await context.sendActivity(say(lang, 'helpTop'));
        return step.endDialog();
      case 'ask': {
        const result = this.services.retriever.ask('', lang);
        const suggestions = result.kind === 'unknown' ? result.suggestions : [];
        await sendKnowledgeAnswer(context, { kind: 'unknown', confidence: 0, suggestions }, lang, state, this.services);
        return step.endDialog();
      }
      case 'setChannels':
      case 'setDeployment':
      case 'useDefaults': {
        // A form button clicked after its form ended: apply it as an edit.
        const ex: Extraction = {
          lang,
          intents: [],
          ...(action.action === 'setChannels' && action.channels ? { channels: { add: action.channels, remove: [], only: true } } : {}),
          ...(action.action === 'setDeployment' ? { deployment: action.deployment } : {}),
        };
        if (!hasScenarioContent(ex)) return this.startOrShowEstimate(step, state);
        return this.applyScenario(step, state, ex);
      }
      default:
        await context.sendActivity(textWithChoices(context, say(lang, 'helpTop'), quickActions(lang)));
        return step.endDialog();
    }
  }

  private async startOrShowEstimate(step: WaterfallStepContext, state: AdvisorState): Promise<DialogTurnResult> {
    if (isComplete(state.draft) && state.priced) {
      await step.context.sendActivity(estimateReply(step.context, estimate(toScenarioInput(state.draft), this.services.catalog), state.lang));
      return step.endDialog();
    }
    return step.beginDialog(ESTIMATE_DIALOG, {} satisfies EstimateDialogOptions);
  }

  private async compare(step: WaterfallStepContext, state: AdvisorState, ex: Extraction | undefined): Promise<DialogTurnResult> {
    if (ex && hasScenarioContent(ex)) state.draft = applyExtraction(state.draft, ex).draft;
    if (!isComplete(state.draft)) {
      state.compareAfterEstimate = true;
      if (!state.draft.deployment) state.draft = { ...state.draft, deployment: 'cloud' };
      return step.beginDialog(ESTIMATE_DIALOG, { askExtras: false } satisfies EstimateDialogOptions);
    }
    const e = estimate(toScenarioInput(state.draft), this.services.catalog);
    state.priced = true;
    await step.context.sendActivity(comparisonReply(step.context, e, state.lang));
    return step.endDialog();
  }

  /** New scenario content: start the form with it, or re-price a priced scenario and show what changed. */
  private async applyScenario(step: WaterfallStepContext, state: AdvisorState, ex: Extraction): Promise<DialogTurnResult> {
    const context = step.context;
    const lang = state.lang;
    if (!state.priced || !isComplete(state.draft)) {
      return step.beginDialog(ESTIMATE_DIALOG, { prefill: ex } satisfies EstimateDialogOptions);
    }
    const before = estimate(toScenarioInput(state.draft), this.services.catalog);
    const { draft, changes } = applyExtraction(state.draft, ex);
    if (!draft.channels || draft.channels.length === 0) {
      await context.sendActivity(say(lang, 'channelsNoneLeft', { channels: describeScenario(state.draft, lang) }));
      return step.endDialog();
    }
    if (changes.length === 0) {
      await context.sendActivity(say(lang, 'whatIfNoChange', { scenario: describeScenario(state.draft, lang) }));
      return step.endDialog();
    }
    state.draft = draft;
    const after = estimate(toScenarioInput(draft), this.services.catalog);
    const intro = say(lang, 'whatIfIntro', { change: describeChanges(changes, lang) });
    if (changes.every((c) => c.kind === 'years')) {
      // A new horizon changes no monthly figure, only the multi-year totals: show those.
      await context.sendActivity(intro);
      await context.sendActivity(comparisonReply(context, after, lang));
      return step.endDialog();
    }
    await context.sendActivity(estimateReply(context, after, lang, { diff: diffEstimates(before, after), intro }));
    return step.endDialog();
  }

  /** Erlang C for a visitor who knows the call volume but not the headcount; offers to price the answer. */
  private async answerStaffing(step: WaterfallStepContext, state: AdvisorState, callsPerMonth: number, ahtSeconds: number | undefined) {
    const lang = state.lang;
    const need = staffingForCalls(callsPerMonth, ahtSeconds, this.services.catalog);
    const d = need.defaults;
    const text = say(lang, 'staffingAnswer', {
      calls: formatNumber(Math.round(callsPerMonth), lang),
      perHour: formatNumber(Math.round(need.callsPerHour), lang),
      hours: d.openHoursPerDay.value,
      days: d.workingDaysPerMonth.value,
      aht: say(lang, 'minutesShort', { minutes: formatNumber(Math.round((need.ahtSeconds / 60) * 10) / 10, lang) }),
      agents: formatNumber(need.agents, lang),
      target: Math.round(d.targetServiceLevel.value * 100),
      seconds: d.targetSeconds.value,
      paid: formatNumber(need.agentsWithShrinkage, lang),
      shrinkage: Math.round(d.shrinkage.value * 100),
    });
    const full = need.ahtAssumed ? `${text}\n\n${say(lang, 'staffingAhtAssumed')}` : text;
    const offer = say(lang, 'staffingOffer', { agents: need.agentsWithShrinkage });
    await step.context.sendActivity(textWithChoices(step.context, full, [offer]));
  }

  private async afterChild(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const outcome = step.result as FormOutcome | undefined;
    if (outcome?.next === 'handoff' || outcome?.next === 'estimate') {
      return step.replaceDialog(LOOP, { start: outcome.next } satisfies LoopOptions);
    }
    return step.endDialog();
  }
}

function resetScenario(state: AdvisorState): void {
  state.draft = emptyDraft();
  state.priced = false;
  state.compareAfterEstimate = false;
}

export async function sendWelcome(context: TurnContext, state: AdvisorState, name?: string): Promise<void> {
  const lang: Lang = state.lang;
  const nameText = name ? ` ${name}` : '';
  state.welcomed = true;
  const text =
    state.priced && isComplete(state.draft)
      ? say(lang, 'welcomeBack', { name: nameText, scenario: describeScenario(state.draft, lang) })
      : say(lang, 'welcome', { name: nameText });
  await context.sendActivity(textWithChoices(context, text, quickActions(lang)));
}


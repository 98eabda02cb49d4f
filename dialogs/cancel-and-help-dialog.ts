/**
 * The one place interruptions live (core-bot's CancelAndHelpDialog): every form dialog
 * extends it, so help, cancel, start over, "why do you ask?", "talk to sales" and cost
 * questions work the same at every question, and the form resumes at the same question
 * without re-asking what is filled or taking the question's numbers as answers.
 */
import {
  ComponentDialog,
  DialogTurnStatus,
  type DialogContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { extractSlots, type Extraction } from '../src/nlu';
import type { Lang } from '../src/i18n';
import type { DialogKey } from '../src/i18n/dialogs';
import { parseCardAction, type CardAction } from '../src/cards/actions';
import { buttonAction } from './buttons';
import { isEditLike, isQuestionLike, startsLikeQuestion } from './message-shape';
import { AdvisorStateStore } from './state';
import type { AdvisorServices } from './services';
import { say } from './replies';
import { sendKnowledgeAnswer } from './knowledge-replies';

export type FormOutcome = { next?: 'handoff' | 'estimate' | 'none' };

const EXTRACTION_KEY = Symbol('extraction');

/** The extraction made for this turn's message (interruption check and form share one parse). */
export function turnExtraction(context: TurnContext, expecting: string | undefined, lang: Lang): Extraction {
  const cached = context.turnState.get(EXTRACTION_KEY) as { expecting?: string; ex: Extraction } | undefined;
  if (cached && cached.expecting === expecting) return cached.ex;
  const ex = extractSlots(context.activity.text ?? '', { expecting: expecting as never, lang });
  context.turnState.set(EXTRACTION_KEY, { expecting, ex });
  return ex;
}

/** A card submit, or the exact title of one of our buttons typed or clicked as text (imBack). */
export function turnCardAction(context: TurnContext): CardAction | undefined {
  return parseCardAction(context.activity.value) ?? buttonAction(context.activity.text);
}

export abstract class CancelAndHelpDialog extends ComponentDialog {
  constructor(
    id: string,
    protected readonly services: AdvisorServices,
    protected readonly stateStore: AdvisorStateStore,
  ) {
    super(id);
  }

  /** The slot the inner form is asking for right now (drives "why?" and number parsing). */
  protected abstract currentSlot(innerDc: DialogContext): string | undefined;
  protected abstract whyKey(slot: string | undefined): DialogKey;
  /** Whether this message answers the slot being asked, so it is not treated as a question. */
  protected abstract answersSlot(slot: string | undefined, ex: Extraction): boolean;
  /** Whether the message carries answers to other questions of this form (then it is not a detour). */
  protected carriesAnswers(_ex: Extraction): boolean {
    return false;
  }
  /** Free-text slots (a name, a company) take interruptions only when the whole message is a command. */
  protected isFreeText(_slot: string | undefined): boolean {
    return false;
  }
  /** The slot name handed to the slot extractor, if it knows it. */
  protected nluSlot(slot: string | undefined): string | undefined {
    return slot;
  }
  /** Whether "talk to sales" should leave this dialog (not from inside the handoff itself). */
  protected handsOffToSales(): boolean {
    return true;
  }

  override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const result = await this.interrupt(innerDc);
    return result ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const context = innerDc.context;
    if (context.activity.type !== 'message') return undefined;
    const state = await this.stateStore.get(context);
    const lang = state.lang;
    const slot = this.currentSlot(innerDc);

    const action = turnCardAction(context);
    if (action) {
      switch (action.action) {
        case 'help':
          return this.helpAndResume(innerDc, lang);
        case 'startOver':
          return this.startOver(innerDc, lang);
        case 'cancel':
          return this.cancel(innerDc, lang);
        case 'sales':
          if (this.handsOffToSales()) return this.leave(innerDc, { next: 'handoff' });
          return undefined;
        default:
          return undefined; // the form handles its own buttons
      }
    }

    const text = (context.activity.text ?? '').trim();
    if (!text) return undefined;
    const ex = turnExtraction(context, this.nluSlot(slot), lang);
    const words = text.split(/\s+/).length;
    const commandLike = !this.isFreeText(slot) || words <= 4;
    const has = (i: Extraction['intents'][number]) => commandLike && ex.intents.includes(i);

    if (has('cancel')) return this.cancel(innerDc, lang);
    if (has('startOver')) return this.startOver(innerDc, lang);
    if (has('sales') && this.handsOffToSales()) return this.leave(innerDc, { next: 'handoff' });
    if (has('help') && !this.answersSlot(slot, ex)) return this.helpAndResume(innerDc, lang);
    if (has('why') && !this.answersSlot(slot, ex)) {
      await context.sendActivity(say(lang, this.whyKey(slot)));
      return this.resume(innerDc);
    }

    // A question in the middle of the form: answer it and come back, without taking its numbers.
    // A short answer to the question being asked stays an answer even with a "?" ("voice and sms?").
    const isQuestion = isQuestionLike(text, ex);
    const answers = this.answersSlot(slot, ex);
    // …but "is whatsapp social?" asks, even when short.
    const shortAnswer = answers && words <= 4 && !startsLikeQuestion(text);
    const detour = isQuestion ? !isEditLike(text, ex) && !shortAnswer : !answers && !this.carriesAnswers(ex);
    if (detour) {
      if (this.isFreeText(slot) && !isQuestion) return undefined;
      const result = this.services.retriever.ask(text, lang);
      if (result.kind === 'answer' || result.kind === 'didYouMean' || isQuestion) {
        await sendKnowledgeAnswer(context, result, lang, state, this.services, { inForm: true });
        return this.resume(innerDc);
      }
    }
    return undefined;
  }

  private async helpAndResume(innerDc: DialogContext, lang: Lang): Promise<DialogTurnResult> {
    await innerDc.context.sendActivity(say(lang, 'helpInForm'));
    return this.resume(innerDc);
  }

  protected async resume(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }

  private async cancel(innerDc: DialogContext, lang: Lang): Promise<DialogTurnResult> {
    await innerDc.context.sendActivity(MessageFactory.text(say(lang, 'cancelled')));
    return this.leave(innerDc, { next: 'none' });
  }

  private async startOver(innerDc: DialogContext, lang: Lang): Promise<DialogTurnResult> {
    await this.stateStore.update(innerDc.context, (s) => {
      s.draft = { volumes: {}, addOns: {} };
      s.priced = false;
      s.compareAfterEstimate = false;
    });
    await innerDc.context.sendActivity(say(lang, 'startedOver'));
    return this.leave(innerDc, { next: 'estimate' });
  }

  protected async leave(innerDc: DialogContext, outcome: FormOutcome): Promise<DialogTurnResult> {
    await innerDc.cancelAllDialogs();
    return { status: DialogTurnStatus.complete, result: outcome };
  }
}

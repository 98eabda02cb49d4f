/** Replies built from the knowledge base: an answer with follow-ups, "did you mean", or an honest "I don't know". */
import type { TurnContext } from 'botbuilder';
import { renderAnswer, entryTitle, type AskResult } from '../src/answers';
import type { Lang } from '../src/i18n';
import { estimate } from '../src/cost/estimate';
import type { Estimate } from '../src/cost/types';
import { isComplete, toScenarioInput } from '../src/conversation/draft';
import { rememberQuestion, type AdvisorState } from './state';
import type { AdvisorServices } from './services';
import { say, textWithChoices } from './replies';

/** The estimate the user is looking at, so answers can use their own figures. */
export function currentEstimate(state: AdvisorState, services: AdvisorServices): Estimate | undefined {
  if (!state.priced || !isComplete(state.draft)) return undefined;
  return estimate(toScenarioInput(state.draft), services.catalog);
}

export async function sendKnowledgeAnswer(
  context: TurnContext,
  result: AskResult,
  lang: Lang,
  state: AdvisorState,
  services: AdvisorServices,
  opts: { inForm?: boolean } = {},
): Promise<void> {
  const question = context.activity.text ?? '';
  if (result.kind === 'answer') {
    rememberQuestion(state, question);
    const text = renderAnswer(result.entry, lang, currentEstimate(state, services));
    const followUps = opts.inForm ? [] : result.followUps.slice(0, 3).map((e) => entryTitle(e, lang));
    await context.sendActivity(textWithChoices(context, text, followUps));
    return;
  }
  if (result.kind === 'didYouMean') {
    rememberQuestion(state, question);
    const titles = result.options.map((o) => entryTitle(o.entry, lang));
    await context.sendActivity(textWithChoices(context, say(lang, 'didYouMean'), titles));
    return;
  }
  const suggestions = result.suggestions.slice(0, 3).map((e) => entryTitle(e, lang));
  const choices = opts.inForm ? [] : [...suggestions, say(lang, 'actionSales')];
  await context.sendActivity(textWithChoices(context, say(lang, 'dontKnow'), choices));
}

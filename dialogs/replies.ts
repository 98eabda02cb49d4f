/**
 * How the advisor says things on each kind of channel: Adaptive Cards where the channel
 * renders them, the same figures as plain text elsewhere, suggested actions as buttons.
 */
import { ActionTypes, CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { t, type Lang } from '../src/i18n';
import { dialogStrings, type DialogKey } from '../src/i18n/dialogs';
import { estimateCard, estimateText, type AdaptiveCard } from '../src/cards/estimate-card';
import { comparisonCard, comparisonText } from '../src/cards/comparison-card';
import type { Estimate } from '../src/cost/types';
import type { EstimateDiff } from '../src/cost/diff';

/** Channels whose clients render Adaptive Cards (Teams up to 1.5, Web Chat, the Emulator). */
const CARD_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator', 'directlinespeech']);

export function supportsCards(context: TurnContext): boolean {
  return CARD_CHANNELS.has(context.activity.channelId);
}

/** Suggested actions show in Teams only in personal chats; elsewhere they would vanish, so we list them in text. */
export function supportsSuggestedActions(context: TurnContext): boolean {
  const { channelId, conversation } = context.activity;
  if (channelId === 'msteams') return conversation?.conversationType === 'personal' || !conversation?.conversationType;
  return channelId !== 'console';
}

export function say(lang: Lang, key: DialogKey, params?: Record<string, string | number>): string {
  return t(dialogStrings, lang, key, params);
}

/** A text reply with buttons; on channels without suggested actions the choices are appended as text. */
export function textWithChoices(context: TurnContext, text: string, choices: string[]): Partial<Activity> {
  if (choices.length === 0) return MessageFactory.text(text);
  if (supportsSuggestedActions(context)) {
    return MessageFactory.suggestedActions(
      choices.map((c) => ({ type: ActionTypes.ImBack, title: c, value: c })),
      text,
    );
  }
  return MessageFactory.text(`${text}\n${choices.map((c) => `• ${c}`).join('\n')}`);
}

export function cardActivity(context: TurnContext, cardJson: AdaptiveCard, fallback: string, intro?: string): Partial<Activity> {
  if (!supportsCards(context)) return MessageFactory.text(intro ? `${intro}\n\n${fallback}` : fallback);
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(cardJson), intro);
  // Shown in notifications and by clients that cannot render the card.
  activity.summary = fallback.split('\n')[0];
  return activity;
}

export function estimateReply(context: TurnContext, e: Estimate, lang: Lang, opts: { diff?: EstimateDiff; intro?: string } = {}) {
  return cardActivity(context, estimateCard(e, lang, opts.diff), estimateText(e, lang, opts.diff), opts.intro);
}

export function comparisonReply(context: TurnContext, e: Estimate, lang: Lang) {
  return cardActivity(context, comparisonCard(e, lang), comparisonText(e, lang));
}

export function quickActions(lang: Lang): string[] {
  return [say(lang, 'actionEstimate'), say(lang, 'actionCompare'), say(lang, 'actionAsk'), say(lang, 'actionSales')];
}

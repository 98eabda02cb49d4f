/**
 * Runs before the dialogs on every message: strips the Teams @mention from the text and
 * settles the reply language (the language of the text when it is clear, else the locale on
 * the first turn, else the language we spoke last), so every dialog reads clean text and
 * answers in the user's language — also when they switch mid-conversation.
 */
import { TurnContext, type Middleware } from 'botbuilder';
import { detectLanguage } from '../src/nlu';
import { langFromLocale } from '../src/i18n';
import type { AdvisorStateStore } from './state';

export class TurnPreprocessMiddleware implements Middleware {
  constructor(private readonly stateStore: AdvisorStateStore) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type === 'message') {
      const hasMention = (context.activity.entities ?? []).some((e) => e.type === 'mention');
      if (hasMention && typeof context.activity.text === 'string') {
        context.activity.text = TurnContext.removeRecipientMention(context.activity)?.trim() ?? context.activity.text;
      }
      const state = await this.stateStore.get(context);
      const fallback = state.welcomed ? state.lang : (langFromLocale(context.activity.locale) ?? state.lang);
      state.lang = typeof context.activity.text === 'string' && context.activity.text.trim() ? detectLanguage(context.activity.text, fallback) : fallback;
    }
    await next();
  }
}

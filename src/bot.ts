/**
 * The activity handler: welcome on join, Teams mention stripping, the user's language,
 * then the dialogs. State is saved at the end of every turn.
 */
import {
  TeamsActivityHandler,
  type InvokeResponse,
  type TurnContext,
  type ConversationState,
  type UserState,
  type StatePropertyAccessor,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { langFromLocale } from './i18n';
import { MainDialog, sendWelcome } from '../dialogs/main-dialog';
import { AdvisorStateStore } from '../dialogs/state';
import type { AdvisorServices } from '../dialogs/services';
import { say } from '../dialogs/replies';
import { escapeMarkdown } from './cards/escape';

/** Longest message we read; longer ones are answered with a clear "please shorten it". */
export const MAX_MESSAGE_LENGTH = 2_000;

export class AdvisorBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  readonly stateStore: AdvisorStateStore;
  private readonly mainDialog: MainDialog;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    services: AdvisorServices,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.stateStore = new AdvisorStateStore(conversationState.createProperty('advisor'));
    this.mainDialog = new MainDialog(services, this.stateStore);

    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient?.id);
      if (joined.length > 0) {
        const state = await this.stateStore.get(context);
        state.lang = langFromLocale(context.activity.locale) ?? state.lang;
        if (!state.welcomed || state.priced) await sendWelcome(context, state, this.firstName(context, joined[0]?.name));
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      // Mentions are stripped and the language settled by TurnPreprocessMiddleware (registered in app.ts).
      const state = await this.stateStore.get(context);
      const text = context.activity.text ?? '';
      if (text.length > MAX_MESSAGE_LENGTH) {
        await context.sendActivity(say(state.lang, 'messageTooLong', { length: text.length, limit: MAX_MESSAGE_LENGTH }));
        return next();
      }
      // Channels that send no join event (Teams channels, some Direct Line clients) get the welcome with the first reply.
      if (!state.welcomed && isGreetingOnly(text)) {
        await sendWelcome(context, state, this.firstName(context, context.activity.from?.name));
        return next();
      }
      state.welcomed = true;
      await this.mainDialog.run(context, this.dialogState);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  private firstName(context: TurnContext, name: unknown): string | undefined {
    // Only Teams gives a real display name; Web Chat and the Emulator send "User" or an id.
    if (context.activity.channelId !== 'msteams' || typeof name !== 'string') return undefined;
    const first = name.trim().split(/\s+/)[0]?.slice(0, 40);
    return first ? escapeMarkdown(first) : undefined;
  }

  /**
   * Invokes this bot does not implement (it uses Action.Submit, not Action.Execute) are a client
   * error, not a server failure; an Action.Execute gets a message saying so.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const response = await super.onInvokeActivity(context);
    if (response.status !== 501) return response;
    if (context.activity.name === 'adaptiveCard/action') {
      const state = await this.stateStore.get(context);
      return {
        status: 200,
        body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: say(state.lang, 'unknownAction') },
      };
    }
    return { status: 400, body: { error: `this bot does not handle invoke "${String(context.activity.name ?? '').slice(0, 80)}"` } };
  }
}

function isGreetingOnly(text: string): boolean {
  return /^\s*(hi|hello|hey|halo|hai|hallo|selamat (pagi|siang|sore|malam)|good (morning|afternoon|evening)|start|mulai)[\s!.]*$/i.test(text);
}

/**
 * The sales handoff: contact details with explicit consent, then a durable lead with a
 * reference number. Nothing is stored without consent. Later in the conversation the
 * user can see what was sent, correct a detail, or withdraw (manage mode).
 */
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import type { Extraction } from '../src/nlu';
import type { DialogKey } from '../src/i18n/dialogs';
import { applyExtraction, hasScenarioContent, isComplete, toScenarioInput } from '../src/conversation/draft';
import { LANGS } from '../src/i18n';
import { dialogStrings } from '../src/i18n/dialogs';
import { estimate } from '../src/cost/estimate';
import { ContactSchema, type Contact } from '../src/handoff/lead-schema';
import { buildLeadDraft } from '../src/handoff/summary';
import { consentCard } from '../src/cards/prompt-cards';
import { escapeMarkdown } from '../src/cards/escape';
import { summaryCard, summaryText } from '../src/cards/summary-card';
import { CancelAndHelpDialog, turnCardAction, turnExtraction, type FormOutcome } from './cancel-and-help-dialog';
import { AdvisorStateStore, type AdvisorState } from './state';
import type { AdvisorServices } from './services';
import { cardActivity, say, supportsCards, textWithChoices } from './replies';

export const HANDOFF_DIALOG = 'handoffDialog';
const FORM = 'handoffForm';

export type HandoffOptions = { manage?: boolean; withoutScenario?: boolean };

type ContactSlot = 'scenarioChoice' | 'name' | 'email' | 'company' | 'phone' | 'preferredTime' | 'consent';
const SLOTS: ContactSlot[] = ['name', 'email', 'company', 'phone', 'preferredTime', 'consent'];
const OPTIONAL = new Set<ContactSlot>(['phone', 'preferredTime']);

type FormState = { slot?: ContactSlot; contact: Partial<Contact>; skipped: ContactSlot[] };

const EMAIL_IN_TEXT = /[^\s<>"'@]+@[^\s<>"'@]+\.[^\s<>"'@]+/;
const emailSchema = ContactSchema.shape.email;
const phoneSchema = ContactSchema.shape.phone.unwrap();
const nameSchema = ContactSchema.shape.name;

const ASK: Record<ContactSlot, [DialogKey, DialogKey]> = {
  scenarioChoice: ['handoffNeedsScenario', 'handoffNeedsScenario'],
  name: ['askName', 'askNameRetry'],
  email: ['askEmail', 'askEmailRetry'],
  company: ['askCompany', 'askCompanyRetry'],
  phone: ['askPhone', 'askPhoneRetry'],
  preferredTime: ['askTime', 'askTime'],
  consent: ['askConsent', 'askConsentRetry'],
};

const WHY: Record<ContactSlot, DialogKey> = {
  scenarioChoice: 'whyScenarioForSales',
  name: 'whyName',
  email: 'whyEmail',
  company: 'whyCompany',
  phone: 'whyPhone',
  preferredTime: 'whyTime',
  consent: 'whyConsent',
};

/** "Sam Lee", "I'm Sam Lee", "nama saya Sam" → "Sam Lee" / "Sam". */
function cleanName(text: string): string {
  return text
    .trim()
    .replace(/^(hi|hello|halo)[,!\s]+/i, '')
    .replace(/^(my name is|my name's|i am|i'm|it's|this is|call me|nama saya|saya|aku)\s+/i, '')
    .replace(/[.!]+$/, '')
    .trim();
}

function cleanCompany(text: string): string {
  return text
    .trim()
    .replace(/^(i work (at|for)|we are|we're|at|from|company is|perusahaan saya|dari|di)\s+/i, '')
    .replace(/[.!]+$/, '')
    .trim();
}

/** Which of these button titles (in either language) the text is, if any. */
function matchButton<K extends DialogKey>(text: string, keys: K[]): K | undefined {
  const norm = (x: string) => x.toLowerCase().replace(/[\s.!?—-]+/g, ' ').trim();
  const t = norm(text);
  return keys.find((k) => LANGS.some((l) => norm(dialogStrings[l][k]) === t));
}

class HandoffForm extends Dialog<HandoffOptions> {
  constructor(
    private readonly services: AdvisorServices,
    private readonly stateStore: AdvisorStateStore,
  ) {
    super(FORM);
  }

  override async beginDialog(dc: DialogContext, options?: HandoffOptions): Promise<DialogTurnResult> {
    const state = await this.stateStore.get(dc.context);
    if (options?.manage) return this.manage(dc, state);
    const form: FormState = { contact: {}, skipped: [] };
    if (!isComplete(state.draft) && !options?.withoutScenario) {
      // Sales can do more with a scenario, but a visitor who only wants a call back may skip it.
      form.slot = 'scenarioChoice';
      dc.activeDialog!.state = form;
      await this.prompt(dc.context, state, form, false, '');
      return Dialog.EndOfTurn;
    }
    dc.activeDialog!.state = form;
    return this.beginContact(dc, state, form);
  }

  private async beginContact(dc: DialogContext, state: AdvisorState, form: FormState): Promise<DialogTurnResult> {
    // In Teams the channel account carries the user's name: do not ask for it again.
    const channelName = dc.context.activity.channelId === 'msteams' ? dc.context.activity.from?.name : undefined;
    if (channelName && nameSchema.safeParse(channelName).success) form.contact.name = channelName.trim();
    if (state.lead) await dc.context.sendActivity(say(state.lang, 'alreadySent', { ref: state.lead.reference }));
    else await dc.context.sendActivity(say(state.lang, 'handoffIntro'));
    return this.askNext(dc, state, form);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const context = dc.context;
    if (context.activity.type !== 'message') return Dialog.EndOfTurn;
    const form = dc.activeDialog!.state as FormState;
    const state = await this.stateStore.get(context);
    const text = (context.activity.text ?? '').trim();
    const slot = form.slot;
    if (!slot) return dc.endDialog();

    if (slot === 'scenarioChoice') {
      const ex = turnExtraction(context, undefined, state.lang);
      const choice = matchButton(text, ['actionJustContact', 'actionEstimateFirst']);
      if (choice === 'actionJustContact' || ex.intents.includes('skip') || ex.intents.includes('no')) {
        return this.beginContact(dc, state, form);
      }
      if (choice === 'actionEstimateFirst' || ex.intents.includes('yes') || ex.intents.includes('estimate') || hasScenarioContent(ex)) {
        if (hasScenarioContent(ex)) state.draft = applyExtraction(state.draft, ex).draft;
        state.handoffAfterEstimate = true;
        return dc.endDialog({ next: 'estimate' } satisfies FormOutcome);
      }
      return this.retry(dc, state, form, text);
    }

    if (slot === 'consent') {
      const action = turnCardAction(context);
      const ex = turnExtraction(context, 'confirm', state.lang);
      const given = action?.action === 'consent' ? action.given : ex.intents.includes('yes') ? true : ex.intents.includes('no') ? false : undefined;
      if (given === undefined) return this.retry(dc, state, form, text);
      if (!given) {
        await context.sendActivity(say(state.lang, 'noConsent'));
        return dc.endDialog({ next: 'none' } satisfies FormOutcome);
      }
      return this.store(dc, state, form);
    }

    if (OPTIONAL.has(slot)) {
      const ex = turnExtraction(context, 'confirm', state.lang);
      // A bare "yes"/"ya" to "a good time to reach you?" names no time: treat it like "skip".
      const bare = text.split(/\s+/).length <= 2;
      if (ex.intents.includes('skip') || ex.intents.includes('no') || (bare && ex.intents.includes('yes')) || turnCardAction(context)?.action === 'useDefaults') {
        form.skipped.push(slot);
        return this.askNext(dc, state, form);
      }
    }

    const value = this.read(slot, text);
    if (value === undefined) return this.retry(dc, state, form, text);
    form.contact = { ...form.contact, [slot]: value };
    return this.askNext(dc, state, form);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const form = instance.state as FormState;
    const state = await this.stateStore.get(context);
    if (form.slot) await this.prompt(context, state, form, false, '');
  }

  /** Parses a slot's answer with the lead schema's own rules; undefined when it does not pass. */
  private read(slot: ContactSlot, text: string): string | undefined {
    const parse = (schema: z.ZodType<string>, value: string) => {
      const r = schema.safeParse(value);
      return r.success ? r.data : undefined;
    };
    switch (slot) {
      case 'name':
        return parse(nameSchema, cleanName(text));
      case 'email': {
        const found = text.match(EMAIL_IN_TEXT)?.[0] ?? text;
        return parse(emailSchema, found.replace(/[.,;]+$/, '').toLowerCase());
      }
      case 'company':
        return parse(ContactSchema.shape.company, cleanCompany(text));
      case 'phone': {
        // "my number is +62 812 3456 7890", "no hp saya 0812-3456-7890 ya": take the number out of the sentence.
        const found = text.match(/\+?\d[\d\s().-]{5,28}\d/)?.[0] ?? text;
        return parse(phoneSchema, found.trim());
      }
      case 'preferredTime':
        return parse(z.string().trim().min(1).max(200), text);
      default:
        return undefined;
    }
  }

  private nextSlot(form: FormState): ContactSlot | undefined {
    return SLOTS.find((s) => s !== 'scenarioChoice' && (s === 'consent' || (form.contact[s as keyof Contact] === undefined && !form.skipped.includes(s))));
  }

  private async askNext(dc: DialogContext, state: AdvisorState, form: FormState): Promise<DialogTurnResult> {
    form.slot = this.nextSlot(form);
    if (!form.slot) return dc.endDialog();
    await this.prompt(dc.context, state, form, false, '');
    return Dialog.EndOfTurn;
  }

  private async retry(dc: DialogContext, state: AdvisorState, form: FormState, text: string): Promise<DialogTurnResult> {
    await this.prompt(dc.context, state, form, true, text);
    return Dialog.EndOfTurn;
  }

  /** The lead as it would be sent: the contact details, the current estimate, the questions asked. */
  private leadDraft(context: TurnContext, state: AdvisorState, form: FormState) {
    return buildLeadDraft({
      contact: ContactSchema.parse(form.contact),
      consent: { given: true, at: new Date().toISOString(), text: say(state.lang, 'consentConsentText') },
      estimate: isComplete(state.draft) ? estimate(toScenarioInput(state.draft), this.services.catalog) : undefined,
      questions: state.questions,
      language: state.lang,
      channel: context.activity.channelId,
      conversationId: context.activity.conversation.id,
    });
  }

  private async prompt(context: TurnContext, state: AdvisorState, form: FormState, retry: boolean, value: string): Promise<void> {
    const slot = form.slot!;
    const lang = state.lang;
    const text = say(lang, ASK[slot][retry ? 1 : 0], { value: escapeMarkdown(value.slice(0, 80)) });
    if (slot === 'consent') {
      // Show exactly what sales would receive, then ask.
      const preview = this.leadDraft(context, state, form);
      if (supportsCards(context)) {
        await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(consentCard(lang, preview)), retry ? text : undefined));
      } else {
        await context.sendActivity(textWithChoices(context, `${summaryText(preview, lang)}\n\n${text}`, [say(lang, 'actionYes'), say(lang, 'actionNo')]));
      }
      return;
    }
    if (OPTIONAL.has(slot)) {
      await context.sendActivity(textWithChoices(context, text, [say(lang, 'actionSkip')]));
      return;
    }
    if (slot === 'scenarioChoice') {
      await context.sendActivity(textWithChoices(context, text, [say(lang, 'actionEstimateFirst'), say(lang, 'actionJustContact')]));
      return;
    }
    await context.sendActivity(text);
  }

  private async store(dc: DialogContext, state: AdvisorState, form: FormState): Promise<DialogTurnResult> {
    const context = dc.context;
    const lang = state.lang;
    const leads = this.services.leads;
    if (!leads) {
      await context.sendActivity(say(lang, 'leadNotStoredNoDb'));
      return dc.endDialog({ next: 'none' } satisfies FormOutcome);
    }
    const draft = this.leadDraft(context, state, form);
    try {
      // A second handoff in the same conversation corrects the existing lead rather than creating a duplicate.
      const existing = state.lead ? await leads.get(state.lead.id) : undefined;
      const lead =
        existing && existing.status === 'active'
          ? await leads.update(existing.id, {
              contact: draft.contact,
              ...(draft.scenario && draft.estimate ? { scenario: draft.scenario, estimate: draft.estimate } : {}),
              questions: draft.questions,
              language: draft.language,
            })
          : await leads.create(draft);
      if (!lead?.summary) throw new Error('lead was not stored');
      state.lead = { id: lead.id, reference: lead.reference };
      state.salesOffered = true;
      this.services.onLeadChanged?.(lead.id);
      await context.sendActivity(cardActivity(context, summaryCard(lead.summary, lang), summaryText(lead.summary, lang)));
      await context.sendActivity(say(lang, 'leadStored', { ref: lead.reference, email: escapeMarkdown(lead.summary.contact.email) }));
    } catch (err) {
      const ref = randomUUID().slice(0, 8);
      this.services.log.error({ err: errorInfo(err), ref }, 'storing a lead failed');
      await context.sendActivity(say(lang, 'leadUnavailable', { ref }));
    }
    return dc.endDialog({ next: 'none' } satisfies FormOutcome);
  }

  /** "what did you send?", "my email is actually …", "withdraw". */
  private async manage(dc: DialogContext, state: AdvisorState): Promise<DialogTurnResult> {
    const context = dc.context;
    const lang = state.lang;
    const leads = this.services.leads;
    if (!state.lead || !leads) {
      await context.sendActivity(say(lang, 'leadNone'));
      return dc.endDialog({ next: 'none' } satisfies FormOutcome);
    }
    const { id, reference } = state.lead;
    const lead = await leads.get(id);
    if (!lead || lead.status !== 'active' || !lead.summary) {
      await context.sendActivity(say(lang, 'leadGone', { ref: reference }));
      return dc.endDialog({ next: 'none' } satisfies FormOutcome);
    }
    const text = context.activity.text ?? '';
    const ex: Extraction = turnExtraction(context, undefined, lang);
    if (ex.intents.includes('withdraw')) {
      await leads.withdraw(id);
      this.services.onLeadChanged?.(id);
      await context.sendActivity(say(lang, 'leadWithdrawn', { ref: reference }));
      return dc.endDialog({ next: 'none' } satisfies FormOutcome);
    }
    const email = text.match(EMAIL_IN_TEXT)?.[0]?.replace(/[.,;]+$/, '').toLowerCase();
    if (email && !ex.intents.includes('whatSent')) {
      const parsed = emailSchema.safeParse(email);
      if (!parsed.success) {
        await context.sendActivity(say(lang, 'askEmailRetry', { value: escapeMarkdown(email.slice(0, 80)) }));
        return dc.endDialog({ next: 'none' } satisfies FormOutcome);
      }
      const updated = await leads.update(id, { contact: { email: parsed.data } });
      this.services.onLeadChanged?.(id);
      await context.sendActivity(say(lang, 'leadUpdated', { field: say(lang, 'fieldEmail'), value: escapeMarkdown(parsed.data), ref: updated?.reference ?? reference }));
      return dc.endDialog({ next: 'none' } satisfies FormOutcome);
    }
    if (ex.intents.includes('whatSent')) {
      await context.sendActivity(say(lang, 'leadWhatSent', { ref: reference }));
      await context.sendActivity(cardActivity(context, summaryCard(lead.summary, lang), summaryText(lead.summary, lang)));
      return dc.endDialog({ next: 'none' } satisfies FormOutcome);
    }
    await context.sendActivity(say(lang, 'leadManageHelp', { ref: reference }));
    return dc.endDialog({ next: 'none' } satisfies FormOutcome);
  }
}

function errorInfo(err: unknown): { name?: string; message: string } {
  return err instanceof Error ? { name: err.name, message: err.message.replace(EMAIL_IN_TEXT, '<email>') } : { message: String(err) };
}

export class HandoffDialog extends CancelAndHelpDialog {
  constructor(services: AdvisorServices, stateStore: AdvisorStateStore) {
    super(HANDOFF_DIALOG, services, stateStore);
    this.addDialog(new HandoffForm(services, stateStore));
    this.initialDialogId = FORM;
  }

  protected currentSlot(innerDc: DialogContext): string | undefined {
    return (innerDc.activeDialog?.state as FormState | undefined)?.slot;
  }

  protected whyKey(slot: string | undefined): DialogKey {
    return WHY[slot as ContactSlot] ?? 'whyGeneric';
  }

  protected answersSlot(slot: string | undefined, ex: Extraction): boolean {
    if (slot === 'scenarioChoice') return true; // a two-button step: the form reads the answer or asks again
    if (slot === 'consent') return ex.intents.includes('yes') || ex.intents.includes('no');
    return false;
  }

  protected override isFreeText(slot: string | undefined): boolean {
    return slot === 'name' || slot === 'company' || slot === 'preferredTime';
  }

  protected override nluSlot(slot: string | undefined): string | undefined {
    return slot === 'consent' ? 'confirm' : undefined;
  }

  protected override handsOffToSales(): boolean {
    return false;
  }
}

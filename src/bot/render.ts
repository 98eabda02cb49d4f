/**
 * Replies (data from the decision step) → Bot Framework activities, in one language, for one kind
 * of channel: Adaptive Cards where the channel renders them and the same figures as text elsewhere,
 * buttons as suggested actions (or a list in the text where they would vanish). Every activity
 * carries `channelData.advisor`, a small machine-readable note of what it is (an estimate, a
 * question about the agents…), for tests and analytics; it holds no personal data.
 */
import { ActionTypes, CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { t, type Lang, type Params } from '../i18n';
import { dialogStrings, type DialogKey } from '../i18n/dialogs';
import { activeCurrency, currencyNote, formatMoney, formatNumber, withCurrency, type Currency } from '../i18n/money';
import { formatAssumptionValue } from '../cost/format';
import { estimateCard, estimateText, rangeText, type AdaptiveCard } from '../cards/estimate-card';
import { comparisonCard, comparisonText } from '../cards/comparison-card';
import { channelPickerCard, consentCard } from '../cards/prompt-cards';
import { summaryCard, summaryText } from '../cards/summary-card';
import { channelList, deploymentName, describeChanges, describeScenario } from '../cards/describe';
import { escapeMarkdown } from '../cards/escape';
import { renderAnswer, entryTitle, type KnowledgeBase } from '../answers';
import type { Estimate, LineItem } from '../cost/types';
import type { StaffingPlan } from '../cost/staffing';
import type { Button, Reply, Value } from '../conversation/replies';
import type { LineId } from '../nlu/commands';

export type ChannelCaps = { cards: boolean; suggestedActions: boolean };

/** Channels whose clients render Adaptive Cards (Teams up to 1.5, Web Chat, the Emulator). */
const CARD_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator', 'directlinespeech']);

export function capsOf(activity: Pick<Activity, 'channelId' | 'conversation'>): ChannelCaps {
  const { channelId, conversation } = activity;
  // Suggested actions show in Teams only in personal chats; elsewhere they would vanish, so they go in the text.
  const suggestedActions = channelId === 'msteams' ? conversation?.conversationType === 'personal' || !conversation?.conversationType : channelId !== 'console';
  return { cards: CARD_CHANNELS.has(channelId), suggestedActions };
}

export type Tag = Record<string, string | number | boolean | string[] | Record<string, unknown>>;

const say = (lang: Lang, key: DialogKey, params?: Params) => t(dialogStrings, lang, key, params);

function formatValue(v: Value, lang: Lang): string {
  if ('money' in v) return formatMoney(v.money, lang);
  if ('range' in v) return rangeText(v.range, lang);
  if ('number' in v) return formatNumber(v.number, lang);
  if ('channels' in v) return channelList(v.channels, lang);
  if ('deployment' in v) return deploymentName(v.deployment, lang);
  if ('scenario' in v) return describeScenario(v.scenario, lang);
  if ('changes' in v) return describeChanges(v.changes, lang);
  return say(lang, v.text.key, v.text.params);
}

const FIELD_KEY: Record<string, DialogKey> = { name: 'fieldName', email: 'fieldEmail', company: 'fieldCompany', phone: 'fieldPhone', time: 'fieldTime' };

function fill(lang: Lang, key: DialogKey, params: Params = {}, values: Record<string, Value> = {}): string {
  const all: Params = {};
  // Strings in params may come from the visitor (a name, an email): never let them become markup.
  for (const [k, v] of Object.entries(params)) {
    if (k === 'field' && typeof v === 'string' && FIELD_KEY[v]) all[k] = say(lang, FIELD_KEY[v]!);
    else all[k] = typeof v === 'string' ? escapeMarkdown(v) : v;
  }
  for (const [k, v] of Object.entries(values)) all[k] = formatValue(v, lang);
  return say(lang, key, all);
}

function buttonTitle(b: Button, lang: Lang, kb: KnowledgeBase): string | undefined {
  if ('entryId' in b) {
    const entry = kb.entries.find((e) => e.id === b.entryId);
    return entry ? entryTitle(entry, lang) : undefined;
  }
  // a chip starts with a capital ("Cloud", "On-premise"), though the same word is lower case mid-sentence
  const title = say(lang, b.key, b.params);
  return title.charAt(0).toLocaleUpperCase(lang) + title.slice(1);
}

function withButtons(caps: ChannelCaps, text: string, titles: string[], tag: Tag): Partial<Activity> {
  let activity: Partial<Activity>;
  if (titles.length === 0) activity = MessageFactory.text(text);
  else if (caps.suggestedActions) activity = MessageFactory.suggestedActions(titles.map((title) => ({ type: ActionTypes.ImBack, title, value: title })), text);
  else activity = MessageFactory.text(`${text}\n${titles.map((c) => `• ${c}`).join('\n')}`);
  activity.channelData = { advisor: tag };
  return activity;
}

function cardActivity(caps: ChannelCaps, json: AdaptiveCard, fallback: string, tag: Tag, intro?: string): Partial<Activity> {
  let activity: Partial<Activity>;
  if (!caps.cards) {
    activity = MessageFactory.text(intro ? `${intro}\n\n${fallback}` : fallback);
  } else {
    activity = MessageFactory.attachment(CardFactory.adaptiveCard(json), intro);
    // Shown in notifications and by clients that cannot render the card.
    activity.summary = fallback.split('\n')[0];
  }
  activity.channelData = { advisor: tag };
  return activity;
}

const VOLUME_TAG: Record<string, string> = {
  callsPerMonth: 'calls_month', voiceMinutesPerMonth: 'minutes_month', smsPerMonth: 'sms_month', mmsPerMonth: 'mms_month',
  socialInteractionsPerMonth: 'social_month', emailPerMonth: 'email_month', chatsPerMonth: 'chat_month', egressGbPerMonth: 'egress_gb',
};

function scenarioTag(e: Estimate, volumes: Record<string, number | undefined> = e.scenario.volumes): Tag {
  const s = e.scenario;
  const v: Tag = {};
  for (const [k, name] of Object.entries(VOLUME_TAG)) if (volumes[k] !== undefined) v[name] = volumes[k]!;
  return {
    agents: s.agents,
    channels: [...s.channels],
    deployment: s.deployment,
    years: s.years,
    wfm: s.addOns.wfm,
    ai: s.addOns.ai,
    integrations: s.addOns.customIntegrations,
    tier: s.tier,
    ...v,
  };
}

/** The engine's line for a line the visitor named ("the platform", "hardware"). */
const ENGINE_LINES: Record<LineId, string[]> = {
  platform: ['platform', 'licence'],
  voice: ['voice'],
  sms: ['sms'],
  mms: ['mms'],
  social: ['social'],
  email: ['email'],
  webchat: ['webchat'],
  storage: ['storage'],
  egress: ['egress'],
  wfm: ['wfm'],
  ai: ['ai'],
  integrations: ['integration'],
  hardware: ['infrastructure', 'gateway'],
  maintenance: ['support', 'it_staff', 'facility'],
};

function findLine(e: Estimate, line: LineId): LineItem | undefined {
  for (const id of ENGINE_LINES[line]) {
    const item = e.lineItems.find((l) => l.id === id);
    if (item) return item;
  }
  return undefined;
}

function factText(r: Extract<Reply, { kind: 'estimate_fact' }>, lang: Lang): string {
  const e = r.estimate;
  const m = (n: number) => formatMoney(n, lang);
  const scenario = describeScenario(e.scenario, lang);
  const tot = e.totals;
  switch (r.aspect) {
    case 'annual':
      return say(lang, 'factAnnual', { scenario, value: m(tot.annual.typical), range: rangeText(tot.annual, lang), oneTime: m(tot.oneTime.typical) });
    case 'first_year':
      return say(lang, 'factFirstYear', { scenario, value: m(tot.first12Months.typical), range: rangeText(tot.first12Months, lang), oneTime: m(tot.oneTime.typical), monthly: m(tot.monthly.typical) });
    case 'per_agent':
      return say(lang, 'factPerAgent', { agents: formatNumber(e.scenario.agents, lang), value: m(tot.perAgentMonthly.typical), range: rangeText(tot.perAgentMonthly, lang) });
    case 'horizon_total': {
      const row = e.comparison.find((c) => c.deployment === e.scenario.deployment);
      if (!row) return say(lang, 'factAnnual', { scenario, value: m(tot.annual.typical), range: rangeText(tot.annual, lang), oneTime: m(tot.oneTime.typical) });
      return say(lang, 'factHorizon', { years: formatNumber(row.years, lang), deployment: deploymentName(e.scenario.deployment, lang), value: m(row.tco.typical), range: rangeText(row.tco, lang) });
    }
    case 'assumptions': {
      const list = e.assumptions.slice(0, 8).map((a) => `• ${a.label[lang]}: ${formatAssumptionValue(a.value, a.unit, lang)}`);
      return `${say(lang, 'factAssumptions')}\n${list.join('\n')}`;
    }
    case 'drivers': {
      const total = tot.monthly.typical || 1;
      const top = [...e.lineItems].filter((l) => l.monthly.typical > 0).sort((a, b) => b.monthly.typical - a.monthly.typical).slice(0, 3);
      const list = top.map((l) => say(lang, 'factDriverItem', { label: l.label[lang], value: m(l.monthly.typical), share: Math.round((l.monthly.typical / total) * 100) }));
      return `${say(lang, 'factDrivers', { scenario })}\n${list.map((x) => `• ${x}`).join('\n')}`;
    }
    case 'line': {
      const item = r.line ? findLine(e, r.line) : undefined;
      if (!item) return say(lang, 'factLineMissing', { scenario });
      // the price and the quantity each come from somewhere: the source's section, or an assumption to replace
      const priceFrom = item.source === 'assumption' ? say(lang, 'factLineAssumption') : say(lang, 'factLineSourced', { section: item.source });
      const source = item.assumption && item.source !== 'assumption' ? `${priceFrom} ${say(lang, 'factLineVolumeAssumed')}` : priceFrom;
      if (item.dependsOnUsage) return say(lang, 'factLineUsage', { label: item.label[lang], unitPrice: m(item.unitPrice.typical), source });
      const qty = item.quantity === null ? '' : formatNumber(item.quantity, lang);
      return say(lang, 'factLine', {
        label: item.label[lang],
        scenario,
        quantity: qty,
        unitPrice: m(item.unitPrice.typical),
        monthly: m(item.monthly.typical),
        range: rangeText(item.monthly, lang),
        oneTime: item.oneTime.typical > 0 ? say(lang, 'factLineOneTime', { value: m(item.oneTime.typical) }) : '',
        source,
      });
    }
    case 'other_deployment': {
      const other = r.other!;
      const row = (x: Estimate) => x.comparison.find((c) => c.deployment === x.scenario.deployment);
      return say(lang, 'factOtherDeployment', {
        deployment: deploymentName(other.scenario.deployment, lang),
        monthly: m(other.totals.monthly.typical),
        oneTime: m(other.totals.oneTime.typical),
        years: formatNumber(other.scenario.years, lang),
        tco: m(row(other)?.tco.typical ?? 0),
        current: deploymentName(e.scenario.deployment, lang),
        currentMonthly: m(tot.monthly.typical),
        currentTco: m(row(e)?.tco.typical ?? 0),
      });
    }
    default:
      return estimateText(e, lang);
  }
}

/** Erlang C's answer with every figure it rests on, the assumed ones named so they can be changed. */
function staffingText(plan: StaffingPlan, lang: Lang): string {
  const u = plan.used;
  const n = (x: number, digits = 0) => formatNumber(Math.round(x * 10 ** digits) / 10 ** digits, lang);
  const body = say(lang, 'staffingPlan', {
    volume: n(u.volume.value),
    per: say(lang, `per_${u.per.value}` as DialogKey),
    perHour: n(plan.callsPerHour),
    hours: n(u.openHoursPerDay.value),
    days: n(u.openDaysPerWeek.value),
    aht: say(lang, 'minutesShort', { minutes: n(u.ahtSeconds.value / 60, 1) }),
    agents: n(plan.agentsOnPhones),
    target: n(u.serviceLevel.value.target * 100),
    seconds: n(u.serviceLevel.value.seconds),
    paid: n(plan.agentsPaid),
    shrinkage: n(u.shrinkage.value * 100),
  });
  const assumed: string[] = [];
  if (u.openHoursPerDay.assumed) assumed.push(say(lang, 'staffAssumedHours', { value: n(u.openHoursPerDay.value) }));
  if (u.openDaysPerWeek.assumed) assumed.push(say(lang, 'staffAssumedDays', { value: n(u.openDaysPerWeek.value) }));
  if (u.ahtSeconds.assumed) assumed.push(say(lang, 'staffAssumedAht', { value: say(lang, 'minutesShort', { minutes: n(u.ahtSeconds.value / 60, 1) }) }));
  if (u.serviceLevel.assumed) assumed.push(say(lang, 'staffAssumedTarget', { target: n(u.serviceLevel.value.target * 100), seconds: n(u.serviceLevel.value.seconds) }));
  if (u.shrinkage.assumed) assumed.push(say(lang, 'staffAssumedShrinkage', { value: n(u.shrinkage.value * 100) }));
  return assumed.length ? `${body}\n\n${say(lang, 'staffingAssumptions', { list: assumed.join(', ') })}` : body;
}

/** The social channel stands for WhatsApp: its line says so, and the assumptions list names the assumption first. */
function withWhatsapp(e: Estimate, lang: Lang): Estimate {
  const whatsapp = {
    id: 'whatsapp_as_social',
    label: { en: 'WhatsApp', id: 'WhatsApp' },
    value: say(lang, 'whatsappAssumptionValue'),
    unit: '',
    reason: { en: say('en', 'whatsappAssumptionReason'), id: say('id', 'whatsappAssumptionReason') },
  };
  return {
    ...e,
    lineItems: e.lineItems.map((l) => (l.id === 'social' ? { ...l, label: { en: `${l.label.en} (WhatsApp)`, id: `${l.label.id} (WhatsApp)` } } : l)),
    assumptions: [whatsapp, ...e.assumptions],
  };
}

/** A text reply that shows converted amounts says at which rate (cards carry the note themselves). */
function withRateNote(text: string, lang: Lang): string {
  return activeCurrency(lang) === 'IDR' && /Rp \d/.test(text) ? `${text}\n\n${currencyNote(lang)}` : text;
}

/**
 * Renders one decision's replies, in order, with amounts in `currency` (the conversation's choice;
 * undefined = the language's default: rupiah for Indonesian, US dollars for English).
 */
export function render(replies: readonly Reply[], lang: Lang, caps: ChannelCaps, kb: KnowledgeBase, currency?: Currency): Partial<Activity>[] {
  return withCurrency(currency, () => renderIn(replies, lang, caps, kb));
}

function renderIn(replies: readonly Reply[], lang: Lang, caps: ChannelCaps, kb: KnowledgeBase): Partial<Activity>[] {
  const out: Partial<Activity>[] = [];
  for (const r of replies) {
    switch (r.kind) {
      case 'text': {
        const body = r.values && Object.values(r.values).some((v) => 'money' in v || 'range' in v) ? withRateNote(fill(lang, r.text.key, r.text.params, r.values), lang) : fill(lang, r.text.key, r.text.params, r.values);
        const titles = (r.buttons ?? []).map((b) => buttonTitle(b, lang, kb)).filter((x): x is string => !!x);
        out.push(withButtons(caps, body, titles, { kind: 'text', key: r.text.key, ...(r.asks ? { asks: r.asks } : {}), ...(r.act ? { act: r.act } : {}) }));
        break;
      }
      case 'estimate': {
        const intro = r.intro ? fill(lang, r.intro.key, r.intro.params, r.introValues) : undefined;
        const e = r.whatsapp ? withWhatsapp(r.estimate, lang) : r.estimate;
        out.push(cardActivity(caps, estimateCard(e, lang, r.diff), estimateText(e, lang, r.diff), { kind: 'estimate', ...scenarioTag(r.estimate, r.volumes), ...(r.whatsapp ? { whatsapp: true } : {}) }, intro));
        break;
      }
      case 'comparison': {
        const intro = r.intro ? fill(lang, r.intro.key, r.intro.params, r.introValues) : undefined;
        const e = r.whatsapp ? withWhatsapp(r.estimate, lang) : r.estimate;
        out.push(cardActivity(caps, comparisonCard(e, lang), comparisonText(e, lang), { kind: 'comparison', ...scenarioTag(r.estimate), ...(r.whatsapp ? { whatsapp: true } : {}) }, intro));
        break;
      }
      case 'answer': {
        const entry = kb.entries.find((e) => e.id === r.entryId);
        if (!entry) break;
        const body = r.estimate ? withRateNote(renderAnswer(entry, lang, r.estimate), lang) : renderAnswer(entry, lang, r.estimate);
        const titles = r.followUps.map((id) => buttonTitle({ entryId: id }, lang, kb)).filter((x): x is string => !!x);
        out.push(withButtons(caps, body, titles, { kind: 'answer', entry: r.entryId, ...(r.topic ? { topic: r.topic } : {}) }));
        break;
      }
      case 'did_you_mean': {
        const titles = r.entryIds.map((id) => buttonTitle({ entryId: id }, lang, kb)).filter((x): x is string => !!x);
        out.push(withButtons(caps, say(lang, 'didYouMean'), titles, { kind: 'did_you_mean', entries: r.entryIds }));
        break;
      }
      case 'dont_know': {
        const titles = r.suggestions.map((id) => buttonTitle({ entryId: id }, lang, kb)).filter((x): x is string => !!x);
        out.push(withButtons(caps, say(lang, 'dontKnow'), r.inForm ? [] : [...titles, say(lang, 'actionSales')], { kind: 'dont_know' }));
        break;
      }
      case 'channel_picker': {
        const text = say(lang, r.retry ? 'askChannelsRetry' : 'askChannels');
        if (caps.cards) {
          const a = MessageFactory.attachment(CardFactory.adaptiveCard(channelPickerCard(lang, r.selected)), text);
          a.channelData = { advisor: { kind: 'text', asks: 'channels' } };
          out.push(a);
        } else out.push(withButtons(caps, text, [], { kind: 'text', asks: 'channels' }));
        break;
      }
      case 'consent': {
        const question = say(lang, r.retry ? 'askConsentRetry' : 'askConsent');
        const tag: Tag = { kind: 'consent', asks: 'consent' };
        if (caps.cards) out.push(cardActivity(caps, consentCard(lang, r.preview), `${summaryText(r.preview, lang)}\n\n${question}`, tag, r.retry ? question : undefined));
        else out.push(withButtons(caps, `${summaryText(r.preview, lang)}\n\n${question}`, [say(lang, 'actionYes'), say(lang, 'actionNo')], tag));
        break;
      }
      case 'lead_summary': {
        const intro = r.intro ? fill(lang, r.intro.key, r.intro.params, r.introValues) : undefined;
        out.push(cardActivity(caps, summaryCard(r.summary, lang), summaryText(r.summary, lang), { kind: 'lead', reference: r.summary.reference }, intro));
        break;
      }
      case 'staffing': {
        out.push(withButtons(caps, staffingText(r.plan, lang), [say(lang, 'staffingOffer', { agents: r.offerAgents })], { kind: 'staffing', agents: r.plan.agentsOnPhones, paid: r.plan.agentsPaid, asks: 'price_staffing' }));
        break;
      }
      case 'estimate_fact':
        out.push(withButtons(caps, withRateNote(factText(r, lang), lang), [], { kind: 'estimate_answer', aspect: r.aspect, ...(r.line ? { line: r.line } : {}) }));
        break;
    }
  }
  for (const a of out) {
    const data = a.channelData as { advisor?: Tag } | undefined;
    if (data?.advisor) data.advisor.lang = lang;
  }
  return out;
}

/** Markdown in user-typed values (a name, a company) must not render as links or formatting. */
export const escape = escapeMarkdown;

import type { Lang } from '../i18n/index';
import { t } from '../i18n/index';
import { currencyNote, formatDateTime, formatMoney, formatNumber } from '../i18n/money';
import { handoffStrings as S } from '../i18n/handoff';
import type { LeadErasedNotice, LeadSummary, WebhookDocument } from './lead-schema';
import { addOnsText, breakEvenText, capitalize, channelsText, deploymentName, describedText, formatRange, languageName, botChannelName, verdictText } from './summary';
import { escapeMarkdown } from '../cards/escape';

/** Teams incoming webhooks render Adaptive Cards up to 1.5; 1.4 is what every Teams client shows. */
export const SALES_CARD_VERSION = '1.4';

type Fact = { title: string; value: string };
type Element = Record<string, unknown>;

const heading = (text: string): Element => ({ type: 'TextBlock', text, weight: 'Bolder', spacing: 'Medium', wrap: true });
const factSet = (facts: Fact[]): Element => ({ type: 'FactSet', facts: facts.filter((f) => f.value !== '') });

/**
 * Teams renders Markdown in TextBlocks and FactSet values: a "name" such as
 * `[Reset your password](https://evil.example)` would reach sales as a working link. Everything
 * the visitor typed (and the channel id a client names) is escaped.
 */
const typed = (text: string | undefined | null): string => (text ? escapeMarkdown(text) : '');

function leadCardBody(s: LeadSummary, lang: Lang): Element[] {
  const c = s.contact;
  const e = s.estimate;
  const body: Element[] = [
    { type: 'TextBlock', text: t(S, lang, 'title', { reference: s.reference }), size: 'Medium', weight: 'Bolder', wrap: true },
    heading(t(S, lang, 'card_contact')),
    factSet([
      { title: t(S, lang, 'card_name'), value: typed(c.name) },
      { title: t(S, lang, 'card_company'), value: typed(c.company) },
      { title: t(S, lang, 'card_email'), value: typed(c.email) },
      { title: t(S, lang, 'card_phone'), value: typed(c.phone) },
      { title: t(S, lang, 'card_preferredTime'), value: typed(c.preferredTime) },
    ]),
  ];
  if (!s.scenario || !e) {
    body.push({ type: 'TextBlock', wrap: true, text: t(S, lang, 'noScenario') });
    const said = describedText(s.described, lang);
    if (said) body.push({ type: 'TextBlock', wrap: true, text: escapeMarkdown(t(S, lang, 'described', { said })) });
  } else {
    const scenario = s.scenario;
    body.push(
      heading(t(S, lang, 'card_scenario')),
      factSet([
        { title: t(S, lang, 'card_agents'), value: formatNumber(scenario.agents, lang) },
        { title: t(S, lang, 'card_channels'), value: channelsText(scenario, lang) },
        { title: t(S, lang, 'card_deployment'), value: deploymentName(scenario.deployment, lang) },
        { title: t(S, lang, 'card_addOns'), value: addOnsText(scenario, lang) },
      ]),
      heading(t(S, lang, 'card_estimate')),
      factSet([
        { title: t(S, lang, 'card_monthly'), value: formatRange(e.monthly, lang) },
        { title: t(S, lang, 'card_oneTime'), value: e.oneTime.high > 0 ? formatRange(e.oneTime, lang) : '' },
        { title: t(S, lang, 'card_first12Months'), value: formatRange(e.first12Months, lang) },
        { title: t(S, lang, 'card_perAgent'), value: formatRange(e.perAgentMonthly, lang) },
      ]),
    );
    if (e.comparison.length) {
      body.push(heading(t(S, lang, 'card_comparison', { years: e.breakEven.years })));
      body.push(factSet(e.comparison.map((row) => ({ title: capitalize(deploymentName(row.deployment, lang)), value: formatMoney(row.tco.typical, lang) }))));
      body.push({ type: 'TextBlock', wrap: true, text: breakEvenText(e.breakEven, lang) });
      const verdict = verdictText(e, lang);
      if (verdict) body.push({ type: 'TextBlock', wrap: true, weight: 'Bolder', text: verdict });
    }
    body.push({ type: 'TextBlock', wrap: true, isSubtle: true, size: 'Small', text: currencyNote(lang) });
  }
  if (s.questions.length) {
    body.push(heading(t(S, lang, 'card_questions')));
    for (const q of s.questions) body.push({ type: 'TextBlock', text: `• ${typed(q)}`, wrap: true, spacing: 'None' });
  }
  body.push({
    type: 'TextBlock',
    isSubtle: true,
    size: 'Small',
    wrap: true,
    spacing: 'Medium',
    text: t(S, lang, 'card_footer', {
      reference: s.reference,
      version: s.version,
      channel: typed(botChannelName(s.channel, lang)),
      language: languageName(s.language, lang),
      at: formatDateTime(s.consent.at, lang),
    }),
  });
  return body;
}

function erasedCardBody(n: LeadErasedNotice, lang: Lang): Element[] {
  return [
    { type: 'TextBlock', text: t(S, lang, 'erasedTitle', { reference: n.reference }), size: 'Medium', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: t(S, lang, n.reason === 'withdrawn' ? 'erasedWithdrawn' : 'erasedByAdmin', { at: formatDateTime(n.at, lang) }), wrap: true },
  ];
}

/** A message for a Teams (or Power Automate "post card") incoming webhook: one Adaptive Card attachment. */
export function teamsWebhookMessage(doc: WebhookDocument, lang: Lang = 'en') {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: SALES_CARD_VERSION,
          msteams: { width: 'Full' },
          body: doc.type === 'lead' ? leadCardBody(doc, lang) : erasedCardBody(doc, lang),
        },
      },
    ],
  };
}

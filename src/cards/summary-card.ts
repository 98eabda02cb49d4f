/** The lead summary the user sees before and after it goes to sales: a card, and the same as text. */
import { t, type Lang } from '../i18n';
import { cardStrings } from '../i18n/cards';
import { currencyNote, formatMoney } from '../i18n/money';
import { describedText, renderSummaryText, verdictText } from '../handoff/summary';
import { handoffStrings } from '../i18n/handoff';
import type { LeadSummary } from '../handoff/lead-schema';
import { CARD_VERSION, type AdaptiveCard } from './estimate-card';
import { describeScenario } from './describe';
import { escapeMarkdown as esc } from './escape';

const range = (r: { low: number; typical: number; high: number }, lang: Lang) =>
  `${formatMoney(r.typical, lang)} (${t(cardStrings, lang, 'rangeShort', { low: formatMoney(r.low, lang), high: formatMoney(r.high, lang) })})`;

/** What the card shows; a preview (before consent) has no reference yet. */
export type SummaryView = Pick<LeadSummary, 'contact' | 'scenario' | 'estimate' | 'questions' | 'described'> & { reference?: string };

export function summaryText(summary: SummaryView, lang: Lang): string {
  const preview = summary.reference === undefined;
  return renderSummaryText({ ...summary, reference: summary.reference ?? '' } as LeadSummary, lang, { preview }).replace(/ \n/, '\n');
}

export function summaryCard(summary: SummaryView, lang: Lang, extra: { body?: unknown[]; actions?: unknown[] } = {}): AdaptiveCard {
  const s = (key: Parameters<typeof t<keyof (typeof cardStrings)['en']>>[2], params?: Record<string, string | number>) =>
    t(cardStrings, lang, key, params);
  const c = summary.contact;
  const e = summary.estimate;
  const body: unknown[] = [
    { type: 'TextBlock', text: s('summaryTitle'), weight: 'Bolder', size: 'Medium', wrap: true },
    ...(summary.reference
      ? [{ type: 'TextBlock', text: s('summaryRef', { ref: summary.reference }), isSubtle: true, spacing: 'None', wrap: true }]
      : []),
    { type: 'TextBlock', text: s('contactHeader'), weight: 'Bolder', spacing: 'Medium', wrap: true },
    {
      type: 'FactSet',
      facts: [
        { title: s('fieldName'), value: esc(c.name) },
        { title: s('fieldEmail'), value: c.email ? esc(c.email) : s('notGiven') },
        { title: s('fieldCompany'), value: esc(c.company) },
        { title: s('fieldPhone'), value: c.phone ? esc(c.phone) : s('notGiven') },
        { title: s('fieldTime'), value: c.preferredTime ? esc(c.preferredTime) : s('notGiven') },
      ],
    },
    ...(summary.scenario && e
      ? [
          { type: 'TextBlock', text: s('scenarioHeader'), weight: 'Bolder', spacing: 'Medium', wrap: true },
          { type: 'TextBlock', text: describeScenario(summary.scenario, lang), wrap: true },
          { type: 'TextBlock', text: s('estimateHeader'), weight: 'Bolder', spacing: 'Medium', wrap: true },
          {
            type: 'FactSet',
            facts: [
              { title: s('monthly'), value: range(e.monthly, lang) },
              { title: s('first12'), value: range(e.first12Months, lang) },
              { title: s('perAgent'), value: range(e.perAgentMonthly, lang) },
            ],
          },
          // the comparison's verdict (absent from a version 1 lead, stored before it was part of the summary)
          ...(verdictText(e, lang) ? [{ type: 'TextBlock', text: verdictText(e, lang), wrap: true, spacing: 'Small' }] : []),
          { type: 'TextBlock', text: currencyNote(lang), isSubtle: true, size: 'Small', wrap: true },
        ]
      : [
          { type: 'TextBlock', text: s('noScenario'), wrap: true, spacing: 'Medium', isSubtle: true },
          ...(describedText(summary.described, lang)
            ? [{ type: 'TextBlock', text: esc(t(handoffStrings, lang, 'described', { said: describedText(summary.described, lang)! })), wrap: true, spacing: 'Small' }]
            : []),
        ]),
  ];
  if (summary.questions.length > 0) {
    body.push(
      { type: 'TextBlock', text: s('questionsHeader'), weight: 'Bolder', spacing: 'Medium', wrap: true },
      ...summary.questions.slice(-10).map((q) => ({ type: 'TextBlock', text: `• ${esc(q)}`, wrap: true, size: 'Small', spacing: 'None' })),
    );
  }
  body.push(...(extra.body ?? []));
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    ...(extra.actions ? { actions: extra.actions } : {}),
    // (a client that shows the fallback renders Markdown too: what the visitor typed is escaped there as in the card)
    fallbackText: summaryText({ ...summary, contact: escapedContact(summary.contact) }, lang),
  };
}

function escapedContact(c: LeadSummary['contact']): LeadSummary['contact'] {
  return {
    ...c,
    name: esc(c.name),
    company: esc(c.company),
    ...(c.phone ? { phone: esc(c.phone) } : {}),
    ...(c.preferredTime ? { preferredTime: esc(c.preferredTime) } : {}),
  };
}

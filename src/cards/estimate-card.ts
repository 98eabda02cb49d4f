/**
 * The estimate and the what-if delta as Adaptive Cards 1.5 (the highest version Teams
 * renders) and as plain text with the same figures, for channels that show no cards.
 * The deployment comparison is in comparison-card.ts.
 */
import { t, type Lang } from '../i18n';
import { cardStrings } from '../i18n/cards';
import { currencyNote, formatMoney } from '../i18n/money';
import { assumptionKey, type Assumption, type Estimate, type LineItem, type Range } from '../cost/types';
import type { EstimateDiff } from '../cost/diff';
import { unitLabel } from '../cost/labels';
import { formatAssumptionValue } from '../cost/format';
import { describeScenario } from './describe';
import { exportStrings } from '../i18n/export';

/** Where the estimate can be downloaded and shared (signed links, made by src/export). */
export type CardLinks = { pdf: string; csv: string; share: string };

/** "Download PDF", "Download CSV", "Share link": buttons that open a URL, in the card's body. */
export function exportActionSet(links: CardLinks | undefined, lang: Lang): unknown[] {
  if (!links) return [];
  return [
    {
      type: 'ActionSet',
      spacing: 'Medium',
      actions: [
        { type: 'Action.OpenUrl', title: t(exportStrings, lang, 'actionPdf'), url: links.pdf },
        { type: 'Action.OpenUrl', title: t(exportStrings, lang, 'actionCsv'), url: links.csv },
        { type: 'Action.OpenUrl', title: t(exportStrings, lang, 'actionShare'), url: links.share },
      ],
    },
  ];
}

export type AdaptiveCard = {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: unknown[];
  actions?: unknown[];
  fallbackText?: string;
  speak?: string;
};

export const CARD_VERSION = '1.5' as const;

export function card(body: unknown[], actions: unknown[] | undefined, fallbackText: string): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    ...(actions && actions.length > 0 ? { actions } : {}),
    fallbackText,
  };
}

export const money = (n: number, lang: Lang) => formatMoney(n, lang);

/** "$2,500–$10,000"; a fixed amount (low = high, e.g. storage at a sourced rate) shows once. */
export function rangeText(r: Range, lang: Lang): string {
  const low = money(r.low, lang);
  const high = money(r.high, lang);
  if (low === high) return low;
  return t(cardStrings, lang, 'rangeShort', { low, high });
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function isZero(r: Range): boolean {
  return r.low === 0 && r.typical === 0 && r.high === 0;
}

function lineLabel(item: LineItem, lang: Lang): string {
  return `${item.label[lang]}${item.assumption ? t(cardStrings, lang, 'assumptionMark') : ''}`;
}

/** What to show in the typical column: an amount, "depends on usage: $0.01 per SMS", or "included". */
function monthlyValue(item: LineItem, lang: Lang): string {
  if (item.dependsOnUsage) {
    return t(cardStrings, lang, 'dependsOnUsage', {
      price: `${money(item.unitPrice.typical, lang)} ${unitLabel(item.unit, lang)}`,
    });
  }
  if (item.owned) return t(cardStrings, lang, 'alreadyOwned');
  if (isZero(item.monthly)) return t(cardStrings, lang, 'includedInLicence');
  return money(item.monthly.typical, lang);
}

function recurringItems(e: Estimate): LineItem[] {
  return e.lineItems.filter((i) => !isZero(i.monthly) || i.dependsOnUsage || isZero(i.oneTime));
}

function oneTimeItems(e: Estimate): LineItem[] {
  return e.lineItems.filter((i) => !isZero(i.oneTime));
}

export function row(cells: { text: string; weight?: 'Bolder'; align?: 'Right'; width: string; subtle?: boolean }[]) {
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    columns: cells.map((c) => ({
      type: 'Column',
      width: c.width,
      items: [
        {
          type: 'TextBlock',
          text: c.text,
          wrap: true,
          size: 'Small',
          ...(c.weight ? { weight: c.weight } : {}),
          ...(c.align ? { horizontalAlignment: c.align } : {}),
          ...(c.subtle ? { isSubtle: true } : {}),
        },
      ],
    })),
  };
}

/** "SMS: $0 → $150 (+$150)" for each line a change moved. */
export function changedLines(diff: EstimateDiff, lang: Lang): string[] {
  return diff.lines
    .filter((x) => Math.abs(x.delta) >= 0.005)
    .map((l) => t(cardStrings, lang, 'changeLine', { label: l.label[lang], before: money(l.before, lang), after: money(l.after, lang), delta: signed(l.delta, lang) }));
}

export function signed(n: number, lang: Lang): string {
  const rounded = Math.round(n * 100) / 100;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${money(Math.abs(rounded), lang)}`;
}

function totalsFacts(e: Estimate, lang: Lang) {
  const tot = e.totals;
  const fact = (key: 'monthly' | 'annual' | 'oneTime' | 'first12' | 'perAgent', r: Range) => ({
    title: t(cardStrings, lang, key),
    value: `**${money(r.typical, lang)}** (${rangeText(r, lang)})`,
  });
  return [
    fact('monthly', tot.monthly),
    fact('annual', tot.annual),
    fact('oneTime', tot.oneTime),
    fact('first12', tot.first12Months),
    fact('perAgent', tot.perAgentMonthly),
  ];
}

export function submitAction(title: string, data: Record<string, unknown>) {
  return { type: 'Action.Submit', title, data };
}

export function estimateActions(lang: Lang) {
  return [
    submitAction(t(cardStrings, lang, 'actionCompare'), { action: 'compare' }),
    submitAction(t(cardStrings, lang, 'actionChange'), { action: 'changeAnswers' }),
    submitAction(t(cardStrings, lang, 'actionAsk'), { action: 'ask' }),
    submitAction(t(cardStrings, lang, 'actionSales'), { action: 'sales' }),
  ];
}

function diffBlock(diff: EstimateDiff, lang: Lang): unknown[] {
  const lines = diff.lines
    .filter((l) => Math.abs(l.delta) >= 0.005)
    .map((l) =>
      t(cardStrings, lang, 'changeLine', {
        label: l.label[lang],
        before: money(l.before, lang),
        after: money(l.after, lang),
        delta: signed(l.delta, lang),
      }),
    );
  const total = t(cardStrings, lang, 'totalChange', {
    before: money(diff.total.before, lang),
    after: money(diff.total.after, lang),
    delta: signed(diff.total.delta, lang),
  });
  const oneTime = Math.abs(diff.oneTime.delta) >= 0.005
    ? [{ type: 'TextBlock', text: t(cardStrings, lang, 'oneTimeChange', { before: money(diff.oneTime.before, lang), after: money(diff.oneTime.after, lang), delta: signed(diff.oneTime.delta, lang) }), wrap: true, weight: 'Bolder', size: 'Small', spacing: 'None' }]
    : [];
  return [
    {
      type: 'Container',
      style: 'emphasis',
      spacing: 'Medium',
      items: [
        { type: 'TextBlock', text: t(cardStrings, lang, 'changesHeader'), weight: 'Bolder', wrap: true },
        ...lines.map((text) => ({ type: 'TextBlock', text: `• ${text}`, wrap: true, size: 'Small', spacing: 'None' })),
        { type: 'TextBlock', text: total, wrap: true, weight: 'Bolder', size: 'Small' },
        ...oneTime,
      ],
    },
  ];
}

/** `text`: the estimate as text (its fallback), when the caller has made it already. */
export function estimateCard(e: Estimate, lang: Lang, diff?: EstimateDiff, links?: CardLinks, text?: string): AdaptiveCard {
  const recurring = recurringItems(e);
  const upfront = oneTimeItems(e);
  const body: unknown[] = [
    {
      type: 'TextBlock',
      text: t(cardStrings, lang, 'estimateTitle', { scenario: describeScenario(e.scenario, lang) }),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    ...(diff ? diffBlock(diff, lang) : []),
    {
      type: 'ColumnSet',
      spacing: 'Medium',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [
            { type: 'TextBlock', text: t(cardStrings, lang, 'typicalPerMonth'), isSubtle: true, size: 'Small', wrap: true },
            {
              type: 'TextBlock',
              text: money(e.totals.monthly.typical, lang),
              size: 'ExtraLarge',
              weight: 'Bolder',
              color: 'Accent',
              spacing: 'None',
            },
            {
              type: 'TextBlock',
              text: t(cardStrings, lang, 'range', {
                low: money(e.totals.monthly.low, lang),
                high: money(e.totals.monthly.high, lang),
              }),
              isSubtle: true,
              size: 'Small',
              spacing: 'None',
              wrap: true,
            },
          ],
        },
      ],
    },
    row([
      { text: t(cardStrings, lang, 'colItem'), weight: 'Bolder', width: '5' },
      { text: t(cardStrings, lang, 'colTypical'), weight: 'Bolder', width: '4', align: 'Right' },
      { text: t(cardStrings, lang, 'colRange'), weight: 'Bolder', width: '4', align: 'Right' },
    ]),
    ...recurring.map((item) =>
      row([
        { text: lineLabel(item, lang), width: '5' },
        { text: monthlyValue(item, lang), width: '4', align: 'Right' },
        {
          text: item.dependsOnUsage || isZero(item.monthly) ? '' : rangeText(item.monthly, lang),
          width: '4',
          align: 'Right',
          subtle: true,
        },
      ]),
    ),
  ];
  if (upfront.length > 0) {
    body.push({ type: 'TextBlock', text: t(cardStrings, lang, 'oneTimeHeader'), weight: 'Bolder', spacing: 'Medium', wrap: true });
    for (const item of upfront) {
      body.push(
        row([
          { text: lineLabel(item, lang), width: '5' },
          { text: money(item.oneTime.typical, lang), width: '4', align: 'Right' },
          { text: rangeText(item.oneTime, lang), width: '4', align: 'Right', subtle: true },
        ]),
      );
    }
  }
  body.push(
    { type: 'TextBlock', text: t(cardStrings, lang, 'totals'), weight: 'Bolder', spacing: 'Medium', wrap: true },
    { type: 'FactSet', facts: totalsFacts(e, lang) },
    { type: 'TextBlock', text: currencyNote(lang), isSubtle: true, size: 'Small', wrap: true },
    ...exportActionSet(links, lang),
  );
  body.push(explainPicker(e, lang));
  const own = e.assumptions.slice(0, e.ownAssumptions);
  if (own.length > 0) {
    body.push(
      { type: 'TextBlock', text: t(cardStrings, lang, 'assumptionsNote'), isSubtle: true, size: 'Small', wrap: true },
      ...assumptionToggle('assumptions', t(cardStrings, lang, 'showAssumptions', { count: own.length }), own, lang),
    );
  }
  const more = e.assumptions.length - own.length;
  if (more > 0) body.push({ type: 'TextBlock', text: t(cardStrings, lang, 'comparisonAssumptionsNote', { count: more }), isSubtle: true, size: 'Small', wrap: true });
  return card(body, estimateActions(lang), text ?? estimateText(e, lang, diff));
}

/** A button that shows or hides a list of assumptions, each with its value and reason. */
export function assumptionToggle(id: string, title: string, list: readonly Assumption[], lang: Lang): unknown[] {
  return [
    { type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title, targetElements: [id] }] },
    {
      type: 'Container',
      id,
      isVisible: false,
      items: list.map((a) => ({
        type: 'TextBlock',
        text: `• **${a.label[lang]}**: ${formatAssumptionValue(a.value, a.unit, lang)} — ${a.reason[lang]}`,
        wrap: true,
        size: 'Small',
      })),
    },
  ];
}

/** Assumptions as text rows (the CLI and channels without cards). */
export function assumptionRows(list: readonly Assumption[], lang: Lang, reasons = true): string[] {
  return list.map((a) =>
    t(cardStrings, lang, reasons ? 'textAssumptionRow' : 'textAssumptionRowBrief', { label: a.label[lang], value: formatAssumptionValue(a.value, a.unit, lang), reason: a.reason[lang] }),
  );
}

/**
 * Up to this many assumptions are listed with their reasons under an estimate; more are listed by name and value, the
 * reasons one "why" away (an on-premises estimate's 18 reasons made a reply of 1,300 words, which visitors gave up on).
 */
export const ASSUMPTIONS_WITH_REASONS = 6;

/**
 * "Where does this figure come from?" for any line: a compact choice of the lines and the totals and
 * one button; the submit ({action: 'explainLine', line}) becomes the same command as the typed question.
 */
function explainPicker(e: Estimate, lang: Lang) {
  const choices = [
    ...e.lineItems.map((item) => ({ title: item.label[lang], value: item.id })),
    { title: t(cardStrings, lang, 'explainTotalChoice'), value: 'total' },
  ];
  return {
    type: 'Container',
    spacing: 'Medium',
    items: [
      { type: 'Input.ChoiceSet', id: 'line', style: 'compact', label: t(cardStrings, lang, 'explainPick'), value: choices[0]!.value, choices },
      { type: 'ActionSet', actions: [submitAction(t(cardStrings, lang, 'actionExplain'), { action: 'explainLine' })] },
    ],
  };
}

export function estimateText(e: Estimate, lang: Lang, diff?: EstimateDiff, shown: { seen?: readonly string[]; brief?: boolean; totalsOnly?: boolean } = {}): string {
  const lines: string[] = [t(cardStrings, lang, 'estimateTitle', { scenario: describeScenario(e.scenario, lang) })];
  if (diff) {
    lines.push('', t(cardStrings, lang, 'textChanges'));
    // ("just the totals pls": the lines that moved are details too)
    if (!shown.totalsOnly) for (const l of changedLines(diff, lang)) lines.push(`• ${l}`);
    lines.push(
      `• ${t(cardStrings, lang, 'totalChange', { before: money(diff.total.before, lang), after: money(diff.total.after, lang), delta: signed(diff.total.delta, lang) })}`,
    );
    // (a change of one-time costs only read "Monthly total: $16,840 → $16,840 (±$0)")
    if (Math.abs(diff.oneTime.delta) >= 0.005) {
      lines.push(`• ${t(cardStrings, lang, 'oneTimeChange', { before: money(diff.oneTime.before, lang), after: money(diff.oneTime.after, lang), delta: signed(diff.oneTime.delta, lang) })}`);
    }
  }
  if (!shown.totalsOnly) lines.push('', t(cardStrings, lang, 'textLineItems'));
  for (const item of shown.totalsOnly ? [] : recurringItems(e)) {
    if (item.dependsOnUsage || isZero(item.monthly) || item.monthly.low === item.monthly.high) {
      lines.push(t(cardStrings, lang, 'textUsageRow', { label: lineLabel(item, lang), value: monthlyValue(item, lang) }));
    } else {
      lines.push(
        t(cardStrings, lang, 'textRow', {
          label: lineLabel(item, lang),
          typical: money(item.monthly.typical, lang),
          range: rangeText(item.monthly, lang),
        }),
      );
    }
  }
  const upfront = shown.totalsOnly ? [] : oneTimeItems(e);
  if (upfront.length > 0) {
    lines.push('', t(cardStrings, lang, 'textOneTime'));
    for (const item of upfront) {
      lines.push(
        t(cardStrings, lang, 'textRow', {
          label: lineLabel(item, lang),
          typical: money(item.oneTime.typical, lang),
          range: rangeText(item.oneTime, lang),
        }),
      );
    }
  }
  lines.push('', t(cardStrings, lang, 'textTotals'));
  for (const f of totalsFacts(e, lang)) lines.push(`• ${f.title}: ${f.value.replace(/\*\*/g, '').replace(/^(.+) \(\1\)$/, '$1')}`);
  lines.push(currencyNote(lang));
  const own = e.assumptions.slice(0, e.ownAssumptions);
  const seen = new Set(shown.seen ?? []);
  const fresh = shown.brief ? [] : own.filter((a) => !seen.has(assumptionKey(a)));
  const withReasons = fresh.length <= ASSUMPTIONS_WITH_REASONS;
  if (fresh.length > 0) lines.push('', t(cardStrings, lang, 'textAssumptions'), ...assumptionRows(fresh, lang, withReasons));
  if (!withReasons) lines.push(t(cardStrings, lang, 'textAssumptionsWhy'));
  if (shown.brief && own.length > 0) lines.push('', t(cardStrings, lang, 'textAssumptionsBrief', { count: own.length }));
  else if (own.length > fresh.length) lines.push('', t(cardStrings, lang, 'textAssumptionsAsBefore', { count: own.length - fresh.length }));
  const more = e.assumptions.length - own.length;
  if (more > 0) lines.push('', t(cardStrings, lang, 'comparisonAssumptionsNote', { count: more }));
  return lines.join('\n');
}

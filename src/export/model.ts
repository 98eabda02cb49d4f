/**
 * What every export shows, computed once from an estimate: the rows of the line-item table, the
 * totals, the comparison and the assumptions, with amounts still as numbers. The PDF, the CSV, the
 * share page and the email each lay these out; none of them prices anything.
 */
import { t, type Lang } from '../i18n';
import { cardStrings } from '../i18n/cards';
import { exportStrings, type ExportKey } from '../i18n/export';
import { activeCurrency, currencyNote, formatMoney, formatNumber, withCurrency } from '../i18n/money';
import { lineLabel, unitLabel } from '../cost/labels';
import type { Estimate, LineItem, Range } from '../cost/types';
import { capitalize } from '../cards/estimate-card';
import { deploymentName, describeScenario, tierName, channelList } from '../cards/describe';
import type { ExportOptions } from './share-token';
import { loadKnowledgeBase } from '../answers/knowledge-base';

export type ExportRow = {
  kind: 'monthly' | 'oneTime';
  id: string;
  label: string;
  assumption: boolean;
  quantity: number | null;
  unit: string;
  unitPrice: number;
  amount: Range;
  /** Volume unknown: no amount, the unit price is the figure. */
  usageOnly: boolean;
  source: string;
};

export type ExportModel = {
  title: string;
  scenarioText: string;
  scenarioFacts: { label: string; value: string }[];
  rows: ExportRow[];
  totals: { label: string; range: Range }[];
  comparison: { deployment: string; selected: boolean; oneTime: number; monthly: number; tco: Range }[];
  years: number;
  assumptions: { label: string; value: string; reason: string }[];
  meta: string;
  /** The rate, its date and the tax note when amounts are converted; the excluding-tax note for US dollars. */
  currencyNote: string;
  disclaimer: string;
  /** The currency amounts are shown in (the model's numbers stay in US dollars, as the catalog prices). */
  currency: string;
};

const isZero = (r: Range) => r.low === 0 && r.typical === 0 && r.high === 0;

export const money = (n: number, o: ExportOptions) => formatMoney(n, o.lang, activeCurrency(o.lang, o.currency));

export function sourceText(item: Pick<ExportRow, 'source'>, lang: Lang): string {
  if (item.source === 'assumption') return t(exportStrings, lang, 'sourceAssumption');
  // the section's title in the reader's language (the catalog names it by the source's Indonesian heading)
  const section = loadKnowledgeBase().sections.find((x) => x.heading === item.source);
  return t(exportStrings, lang, 'sourceSection', { section: section ? section.title[lang] : item.source });
}

function rowsOf(e: Estimate, lang: Lang): ExportRow[] {
  const base = (i: LineItem) => ({
    id: i.id,
    label: i.label[lang],
    assumption: i.assumption,
    quantity: i.quantity,
    unit: unitLabel(i.unit, lang),
    unitPrice: i.unitPrice.typical,
    source: i.source,
  });
  const monthly = e.lineItems
    .filter((i) => !isZero(i.monthly) || i.dependsOnUsage || isZero(i.oneTime))
    .map((i): ExportRow => ({ ...base(i), kind: 'monthly', amount: i.monthly, usageOnly: i.dependsOnUsage }));
  const oneTime = e.lineItems
    .filter((i) => !isZero(i.oneTime))
    .map((i): ExportRow => ({ ...base(i), kind: 'oneTime', amount: i.oneTime, usageOnly: false }));
  return [...monthly, ...oneTime];
}

function assumptionValue(value: number | string, unit: string, lang: Lang): string {
  if (typeof value === 'string') return value;
  return /usd|price|per_/.test(unit) && !/^count|^minutes|^messages|^gb|^interactions/.test(unit)
    ? `${formatMoney(value, lang)} ${unitLabel(unit, lang)}`
    : `${formatNumber(value, lang)} ${unitLabel(unit, lang)}`;
}

export function formatDate(d: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

export function exportModel(e: Estimate, catalog: { version: number; currency: string }, options: ExportOptions, now = new Date()): ExportModel {
  // rupiah for an Indonesian conversation unless it chose dollars, as in the chat
  const currency = activeCurrency(options.lang, options.currency);
  return withCurrency(currency, () => buildModel(e, catalog, { ...options, currency }, now));
}

function buildModel(e: Estimate, catalog: { version: number; currency: string }, options: ExportOptions & { currency: string }, now: Date): ExportModel {
  const lang = options.lang;
  const s = e.scenario;
  const x = (key: ExportKey, params?: Record<string, string | number>) => t(exportStrings, lang, key, params);
  const volumes = Object.entries(s.volumes).filter(([, v]) => v !== undefined);
  const addOns = [
    ...(s.addOns.wfm ? [lineLabel('wfm', lang)] : []),
    ...(s.addOns.ai ? [lineLabel('ai', lang)] : []),
    ...(s.addOns.customIntegrations ? [x('addOnIntegrations', { count: formatNumber(s.addOns.customIntegrations, lang) })] : []),
  ];
  const currency = options.currency;
  const totals = e.totals;
  return {
    title: x('docTitle'),
    scenarioText: describeScenario(s, lang),
    scenarioFacts: [
      { label: x('scenarioAgents'), value: formatNumber(s.agents, lang) },
      { label: x('scenarioChannels'), value: channelList(s.channels, lang) },
      { label: x('scenarioDeployment'), value: capitalize(deploymentName(s.deployment, lang)) },
      { label: x('scenarioYears'), value: x('scenarioYearsValue', { years: s.years }) },
      { label: x('scenarioTier'), value: tierName(s.tier, lang) },
      ...(volumes.length ? [{ label: x('scenarioVolumes'), value: volumes.map(([k, v]) => x(`volume_${k}` as ExportKey, { value: formatNumber(v as number, lang) })).join(', ') }] : []),
      { label: x('scenarioAddOns'), value: addOns.length ? addOns.join(', ') : x('none') },
    ],
    rows: rowsOf(e, lang),
    totals: [
      { label: t(cardStrings, lang, 'monthly'), range: totals.monthly },
      { label: t(cardStrings, lang, 'annual'), range: totals.annual },
      { label: t(cardStrings, lang, 'oneTime'), range: totals.oneTime },
      { label: t(cardStrings, lang, 'first12'), range: totals.first12Months },
      { label: t(cardStrings, lang, 'perAgent'), range: totals.perAgentMonthly },
    ],
    comparison: e.comparison.map((c) => ({
      deployment: capitalize(deploymentName(c.deployment, lang)),
      selected: c.deployment === s.deployment,
      oneTime: c.oneTime.typical,
      monthly: c.monthly.typical,
      tco: c.tco,
    })),
    years: s.years,
    assumptions: e.assumptions.map((a) => ({ label: a.label[lang], value: assumptionValue(a.value, a.unit, lang), reason: a.reason[lang] })),
    meta: x('meta', { date: formatDate(now, lang), version: catalog.version, currency }),
    currencyNote: currencyNote(lang, options.currency as 'USD' | 'IDR'),
    disclaimer: x('disclaimer'),
    currency,
  };
}

/** The deployment comparison (on-premises, cloud, hybrid) as a card with a chart, and as text. */
import { t, type Lang } from '../i18n';
import { cardStrings } from '../i18n/cards';
import { formatNumber } from '../i18n/money';
import type { Estimate } from '../cost/types';
import { deploymentName } from './describe';
import { renderComparisonChart } from './chart';
import { capitalize, card, estimateActions, money, row, type AdaptiveCard } from './estimate-card';

function breakEvenSentence(e: Estimate, lang: Lang): string {
  const b = e.breakEven;
  if (b.overtakenBy && b.year !== null) {
    return capitalize(t(cardStrings, lang, 'breakEvenYear', {
      later: deploymentName(b.overtakenBy, lang),
      earlier: deploymentName(b.cheaperToStart, lang),
      year: b.year,
    }));
  }
  return capitalize(t(cardStrings, lang, 'breakEvenNone', { cheaper: deploymentName(b.cheaperToStart, lang), years: b.years }));
}

function cheapest(e: Estimate) {
  return [...e.comparison].sort((a, b) => a.tco.typical - b.tco.typical)[0];
}

/** Rendering a chart costs tens of milliseconds; people compare the same scenario more than once. */
const chartCache = new Map<string, string>();
const CHART_CACHE_SIZE = 100;

function cachedChart(e: Estimate, lang: Lang): string | undefined {
  const key = `${lang}|${JSON.stringify(e.comparison)}|${JSON.stringify(e.breakEven)}`;
  const hit = chartCache.get(key);
  if (hit) {
    chartCache.delete(key);
    chartCache.set(key, hit);
    return hit;
  }
  try {
    const chart = renderComparisonChart(e, lang);
    chartCache.set(key, chart);
    if (chartCache.size > CHART_CACHE_SIZE) chartCache.delete(chartCache.keys().next().value as string);
    return chart;
  } catch {
    return undefined; // the table carries the same numbers; a chart failure must not lose the reply
  }
}

export function comparisonCard(e: Estimate, lang: Lang): AdaptiveCard {
  const years = e.scenario.years;
  const best = cheapest(e);
  const chart = cachedChart(e, lang);
  const body: unknown[] = [
    {
      type: 'TextBlock',
      text: t(cardStrings, lang, 'compareTitle', { agents: formatNumber(e.scenario.agents, lang), years }),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    ...(chart
      ? [{ type: 'Image', url: chart, altText: t(cardStrings, lang, 'chartAlt', { years }), size: 'Stretch' }]
      : []),
    row([
      { text: t(cardStrings, lang, 'colDeployment'), weight: 'Bolder', width: '3' },
      { text: t(cardStrings, lang, 'colUpfront'), weight: 'Bolder', width: '3', align: 'Right' },
      { text: t(cardStrings, lang, 'colMonthly'), weight: 'Bolder', width: '3', align: 'Right' },
      { text: t(cardStrings, lang, 'colTco', { years }), weight: 'Bolder', width: '4', align: 'Right' },
    ]),
    ...e.comparison.map((c) =>
      row([
        { text: deploymentName(c.deployment, lang) + (c.deployment === e.scenario.deployment ? ' ◀' : ''), width: '3' },
        { text: money(c.oneTime.typical, lang), width: '3', align: 'Right' },
        { text: money(c.monthly.typical, lang), width: '3', align: 'Right' },
        { text: money(c.tco.typical, lang), width: '4', align: 'Right', weight: c === best ? 'Bolder' : undefined },
      ]),
    ),
    { type: 'TextBlock', text: breakEvenSentence(e, lang), wrap: true, spacing: 'Medium' },
    {
      type: 'TextBlock',
      text: t(cardStrings, lang, 'cheapestOverall', {
        years,
        deployment: deploymentName(best.deployment, lang),
        amount: money(best.tco.typical, lang),
      }),
      wrap: true,
      isSubtle: true,
    },
  ];
  const actions = estimateActions(lang).filter((a) => (a.data as { action: string }).action !== 'compare');
  return card(body, actions, comparisonText(e, lang));
}

export function comparisonText(e: Estimate, lang: Lang): string {
  const years = e.scenario.years;
  const lines = [
    t(cardStrings, lang, 'compareTitle', { agents: formatNumber(e.scenario.agents, lang), years }),
    t(cardStrings, lang, 'textComparison', { years }),
    ...e.comparison.map((c) =>
      t(cardStrings, lang, 'textCompareRow', {
        deployment: deploymentName(c.deployment, lang),
        upfront: money(c.oneTime.typical, lang),
        monthly: money(c.monthly.typical, lang),
        tco: money(c.tco.typical, lang),
      }),
    ),
    breakEvenSentence(e, lang),
  ];
  return lines.join('\n');
}

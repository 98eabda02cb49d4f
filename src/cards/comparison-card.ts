/** The deployment comparison (on-premises, cloud, hybrid) as a card with a chart, and as text. */
import { t, type Lang } from '../i18n';
import { cardStrings } from '../i18n/cards';
import { activeCurrency, currencyNote, exchangeRate, formatNumber } from '../i18n/money';
import { driverLabel, joinWords } from '../cost/labels';
import { assumptionKey, type Estimate } from '../cost/types';
import { deploymentName } from './describe';
import { renderComparisonChart } from './chart';
import { assumptionRows, assumptionToggle, capitalize, card, estimateActions, exportActionSet, money, row, type AdaptiveCard, type CardLinks } from './estimate-card';

export function breakEvenSentence(e: Estimate, lang: Lang): string {
  const b = e.breakEven;
  if (b.overtakenBy && b.year !== null) {
    return t(cardStrings, lang, 'breakEvenYear', {
      later: deploymentName(b.overtakenBy, lang),
      earlier: deploymentName(b.cheaperToStart, lang),
      year: b.year,
    });
  }
  return t(cardStrings, lang, 'breakEvenNone', { cheaper: deploymentName(b.cheaperToStart, lang), years: b.years });
}

/** The verdict in words: a clear winner with its band, or too close to call with who could win. */
export function verdictSentence(e: Estimate, lang: Lang): string {
  const v = e.verdict;
  const years = e.scenario.years;
  if (v.kind === 'cheapest') {
    const row = e.comparison.find((c) => c.deployment === v.deployment)!;
    return t(cardStrings, lang, 'verdictCheapest', {
      years,
      deployment: deploymentName(v.deployment, lang),
      amount: money(row.tco.typical, lang),
      low: money(row.tco.low, lang),
      high: money(row.tco.high, lang),
    });
  }
  return t(cardStrings, lang, 'verdictClose', {
    years,
    contenders: joinWords(v.contenders.map((d) => deploymentName(d, lang)), lang, 'or'),
  });
}

/** What drives the verdict (or could flip it), or undefined when nothing stands out. */
export function driversSentence(e: Estimate, lang: Lang): string | undefined {
  const v = e.verdict;
  if (v.drivers.length === 0) return undefined;
  const drivers = joinWords(v.drivers.map((d) => driverLabel(d, lang, v.refreshYear)), lang);
  return t(cardStrings, lang, v.kind === 'cheapest' ? 'verdictDrivers' : 'verdictFlip', { drivers });
}

function refreshSentences(e: Estimate, lang: Lang): string[] {
  return e.comparison
    .filter((c) => c.refreshYears.length > 0)
    .map((c) =>
      capitalize(t(cardStrings, lang, 'refreshNote', { deployment: deploymentName(c.deployment, lang), years: joinWords(c.refreshYears.map(String), lang) })),
    );
}

/** Rendering a chart costs tens of milliseconds; people compare the same scenario more than once. */
const chartCache = new Map<string, string>();
const CHART_CACHE_SIZE = 100;

function cachedChart(e: Estimate, lang: Lang): string | undefined {
  const currency = activeCurrency(lang);
  const key = `${lang}|${currency}|${exchangeRate(currency).rate}|${JSON.stringify(e.comparison)}|${JSON.stringify(e.breakEven)}`;
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

/** `text`: the comparison as text (its fallback), when the caller has made it already. */
/** What the comparison rests on beyond the estimate's own assumptions (the estimate card lists those). */
function comparisonAssumptions(e: Estimate) {
  return e.assumptions.slice(e.ownAssumptions);
}

export function comparisonCard(e: Estimate, lang: Lang, links?: CardLinks, text?: string): AdaptiveCard {
  const years = e.scenario.years;
  const chart = cachedChart(e, lang);
  const drivers = driversSentence(e, lang);
  const body: unknown[] = [
    {
      type: 'TextBlock',
      text: t(cardStrings, lang, e.scenario.agents === 1 ? 'compareTitleOne' : 'compareTitle', { agents: formatNumber(e.scenario.agents, lang), years }),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    ...(chart
      ? [{ type: 'Image', url: chart, altText: t(cardStrings, lang, 'chartAlt', { years }), size: 'Stretch' }]
      : []),
    { type: 'TextBlock', text: verdictSentence(e, lang), wrap: true, weight: 'Bolder', spacing: 'Medium' },
    ...(drivers ? [{ type: 'TextBlock', text: drivers, wrap: true, spacing: 'Small' }] : []),
    row([
      { text: t(cardStrings, lang, 'colDeployment'), weight: 'Bolder', width: '3' },
      { text: t(cardStrings, lang, 'colUpfront'), weight: 'Bolder', width: '3', align: 'Right' },
      { text: t(cardStrings, lang, 'colMonthly'), weight: 'Bolder', width: '3', align: 'Right' },
      { text: t(cardStrings, lang, 'colTco', { years }), weight: 'Bolder', width: '4', align: 'Right' },
    ]),
    ...e.comparison.flatMap((c) => [
      row([
        { text: deploymentName(c.deployment, lang) + (c.deployment === e.scenario.deployment ? ' ◀' : ''), width: '3' },
        { text: money(c.oneTime.typical, lang), width: '3', align: 'Right' },
        { text: money(c.monthly.typical, lang), width: '3', align: 'Right' },
        { text: money(c.tco.typical, lang), width: '4', align: 'Right', weight: c.deployment === e.verdict.deployment ? 'Bolder' : undefined },
      ]),
      {
        type: 'TextBlock',
        text: t(cardStrings, lang, 'textCompareRange', {
          low: money(c.tco.low, lang),
          high: money(c.tco.high, lang),
          allIn: money(c.allInPerAgentMonthly.typical, lang),
        }).trim(),
        isSubtle: true,
        size: 'Small',
        horizontalAlignment: 'Right',
        spacing: 'None',
        wrap: true,
      },
    ]),
    { type: 'TextBlock', text: differenceSentence(e, lang), wrap: true, spacing: 'Medium' },
    { type: 'TextBlock', text: breakEvenSentence(e, lang), wrap: true, spacing: 'Small' },
    ...refreshSentences(e, lang).map((text) => ({ type: 'TextBlock', text, wrap: true, isSubtle: true, spacing: 'Small' })),
    { type: 'TextBlock', text: currencyNote(lang), wrap: true, isSubtle: true, size: 'Small', spacing: 'Small' },
    ...exportActionSet(links, lang),
  ];
  const behind = comparisonAssumptions(e);
  if (behind.length > 0) body.push(...assumptionToggle('comparisonAssumptions', t(cardStrings, lang, 'showComparisonAssumptions', { count: behind.length }), behind, lang));
  const actions = estimateActions(lang).filter((a) => (a.data as { action: string }).action !== 'compare');
  return card(body, actions, text ?? comparisonText(e, lang));
}

/**
 * "what would we save by going cloud?", "selisihnya brp?": each other deployment against the visitor's own, over the
 * horizon, in money and in percent (the rows gave the totals and left the subtraction to the visitor).
 */
export function differenceSentence(e: Estimate, lang: Lang): string {
  const own = e.comparison.find((c) => c.deployment === e.scenario.deployment);
  if (!own || own.tco.typical <= 0) return '';
  const parts = e.comparison.filter((c) => c !== own).map((c) => {
    const diff = c.tco.typical - own.tco.typical;
    const share = (Math.abs(diff) / own.tco.typical) * 100;
    // (a gap under half a percent read "0% less")
    const pct = share > 0 && share < 0.5 ? '<1' : String(Math.round(share));
    return t(cardStrings, lang, diff <= 0 ? 'differenceLess' : 'differenceMore', { deployment: deploymentName(c.deployment, lang), amount: money(Math.abs(diff), lang), percent: pct });
  });
  return t(cardStrings, lang, 'differenceAgainst', { deployment: deploymentName(e.scenario.deployment, lang), years: e.scenario.years, parts: parts.join('; ') });
}

/** `seen`: assumptions this conversation has shown with their reasons already, listed only by count. */
export function comparisonText(e: Estimate, lang: Lang, shown: { seen?: readonly string[] } = {}): string {
  const years = e.scenario.years;
  const drivers = driversSentence(e, lang);
  const lines = [
    t(cardStrings, lang, e.scenario.agents === 1 ? 'compareTitleOne' : 'compareTitle', { agents: formatNumber(e.scenario.agents, lang), years }),
    verdictSentence(e, lang),
    ...(drivers ? [drivers] : []),
    t(cardStrings, lang, 'textComparison', { years }),
    ...e.comparison.flatMap((c) => [
      t(cardStrings, lang, 'textCompareRow', {
        deployment: capitalize(deploymentName(c.deployment, lang)),
        upfront: money(c.oneTime.typical, lang),
        monthly: money(c.monthly.typical, lang),
        tco: money(c.tco.typical, lang),
      }),
      t(cardStrings, lang, 'textCompareRange', {
        low: money(c.tco.low, lang),
        high: money(c.tco.high, lang),
        allIn: money(c.allInPerAgentMonthly.typical, lang),
      }),
    ]),
    differenceSentence(e, lang),
    breakEvenSentence(e, lang),
    ...refreshSentences(e, lang),
    currencyNote(lang),
  ];
  // ("yg paling murah 5 tahun yg mana?" right after the comparison: its 20 assumptions again, 8,500 characters)
  const seen = new Set(shown.seen ?? []);
  const all = comparisonAssumptions(e);
  const behind = all.filter((a) => !seen.has(assumptionKey(a)));
  // (by name and value: with their reasons the first comparison ran to 1,200 words)
  if (behind.length > 0) lines.push('', t(cardStrings, lang, 'textComparisonAssumptions'), ...assumptionRows(behind, lang, false), t(cardStrings, lang, 'textComparisonAssumptionsWhy'));
  if (all.length > behind.length) lines.push('', t(cardStrings, lang, 'textAssumptionsAsBefore', { count: all.length - behind.length }));
  return lines.join('\n');
}

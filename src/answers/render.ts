import type { Estimate } from '../cost/estimate';
import type { Lang } from '../i18n/index';
import { t } from '../i18n/index';
import { answerStrings } from '../i18n/answers';
import { formatMoney, formatNumber, formatPercent } from '../i18n/money';
import type { Entry } from './knowledge-base';

type Deployment = Estimate['scenario']['deployment'];

function deploymentLabel(d: Deployment, lang: Lang, short: boolean): string {
  return t(answerStrings, lang, `${short ? 'deploymentName' : 'deployment'}.${d}` as const);
}

/**
 * Resolves one placeholder against the estimate; undefined when the estimate cannot fill it (no such line,
 * a usage line whose volume is unknown, no break-even), so the caller falls back to the general answer.
 */
function resolve(key: string, e: Estimate, lang: Lang): string | undefined {
  const money = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? undefined : formatMoney(n, lang));
  const agents = e.scenario.agents;
  switch (key) {
    case 'agents':
      return formatNumber(agents, lang);
    case 'deployment':
      return deploymentLabel(e.scenario.deployment, lang, false);
    case 'years':
      return formatNumber(e.breakEven.years, lang);
    case 'total.monthly':
      return money(e.totals.monthly.typical);
    case 'total.annual':
      return money(e.totals.annual.typical);
    case 'total.oneTime':
      return money(e.totals.oneTime.typical);
    case 'total.first12':
      return money(e.totals.first12Months.typical);
    case 'perAgent':
      return money(e.totals.perAgentMonthly.typical);
    case 'cheaperToStart':
      return deploymentLabel(e.breakEven.cheaperToStart, lang, true);
    case 'overtakenBy':
      return e.breakEven.overtakenBy ? deploymentLabel(e.breakEven.overtakenBy, lang, true) : undefined;
    case 'assumptionCount':
      return e.assumptions.length > 0 ? formatNumber(e.assumptions.length, lang) : undefined;
    case 'assumptionList':
      // The first few are enough to show what kind of figure is assumed; the estimate card lists them all.
      return e.assumptions.length > 0 ? e.assumptions.slice(0, 3).map((a) => a.label[lang]).join('; ') : undefined;
    case 'verdict': {
      // ("which one do you recommend?" after a comparison got the general table and "depends on your scenario")
      const v = e.verdict;
      if (v.kind === 'cheapest') return t(answerStrings, lang, 'verdictCheapest', { deployment: deploymentLabel(v.deployment, lang, true), lead: formatPercent(v.lead, lang) });
      const names = v.contenders.map((d) => deploymentLabel(d, lang, true));
      return t(answerStrings, lang, 'verdictClose', { contenders: names.join(lang === 'id' ? ' dan ' : ' and ') });
    }
    case 'breakEvenYear':
      return e.breakEven.year === null ? undefined : formatNumber(e.breakEven.year, lang);
  }
  // ("why is the upfront cost so high?": the weight put on hardware, where the licence was 72% of it) what the up-front
  // sum is made of, largest first; nothing when there is none
  if (key === 'oneTime.parts') {
    const bought = e.lineItems.filter((l) => l.oneTime.typical > 0).sort((a, b) => b.oneTime.typical - a.oneTime.typical);
    const total = e.totals.oneTime.typical;
    if (bought.length === 0 || total <= 0) return '';
    const parts = bought.map((l) => t(answerStrings, lang, 'oneTimePart', { line: l.label[lang], amount: money(l.oneTime.typical) ?? '', share: formatPercent(Math.round((l.oneTime.typical / total) * 100) / 100, lang) }));
    return t(answerStrings, lang, 'oneTimeParts', { parts: parts.join('; ') });
  }
  // the two deployments other than the visitor's ("on-premises would need … and cloud …" was said to an on-premises scenario)
  if (key === 'oneTime.others') {
    const [first, second] = e.comparison.filter((c) => c.deployment !== e.scenario.deployment);
    if (!first || !second) return undefined;
    return t(answerStrings, lang, 'othersOneTime', {
      first: deploymentLabel(first.deployment, lang, true), firstAmount: money(first.oneTime.typical) ?? '',
      second: deploymentLabel(second.deployment, lang, true), secondAmount: money(second.oneTime.typical) ?? '',
    });
  }
  const perDeployment = /^(tco|oneTime)\.(\w+)$/.exec(key);
  if (perDeployment) {
    const row = e.comparison.find((c) => c.deployment === perDeployment[2]);
    return money(perDeployment[1] === 'tco' ? row?.tco.typical : row?.oneTime.typical);
  }
  const line = /^line\.(\w+)\.(monthly|annual|oneTime|unitPrice|perAgentYear)$/.exec(key);
  if (line) {
    const item = e.lineItems.find((l) => l.id === line[1]);
    if (!item) return undefined;
    const field = line[2];
    if (field === 'unitPrice') return money(item.unitPrice.typical);
    if (field === 'oneTime') return item.oneTime.typical > 0 ? money(item.oneTime.typical) : undefined;
    // A usage line with no volume has no amount to quote; 0 would be a false "it costs nothing".
    if (item.dependsOnUsage || item.monthly.typical <= 0) return undefined;
    if (field === 'monthly') return money(item.monthly.typical);
    if (field === 'annual') return money(item.monthly.typical * 12);
    return money((item.monthly.typical * 12) / agents);
  }
  return undefined;
}

/** Fills every `{placeholder}`; undefined if any one cannot be filled. */
export function fillTemplate(template: string, estimate: Estimate, lang: Lang): string | undefined {
  let complete = true;
  const text = template.replace(/\{([\w.]+)\}/g, (_, key: string) => {
    const value = resolve(key, estimate, lang);
    if (value === undefined) complete = false;
    return value ?? '';
  });
  return complete ? text : undefined;
}

/** The entry's answer in `lang`; with an estimate, led by the user's own figures where the entry has them. */
export function renderAnswer(entry: Entry, lang: Lang, estimate?: Estimate): string {
  const general = entry.answer[lang];
  if (!estimate || !entry.personal) return general;
  const templates = Array.isArray(entry.personal) ? entry.personal : [entry.personal];
  const personal = templates.map((p) => fillTemplate(p[lang], estimate, lang)).filter((p): p is string => p !== undefined).join(' ');
  return personal ? `${personal} ${general}` : general;
}

/** Short label for a suggestion button; typed back by hand, it retrieves the same entry. */
export function entryTitle(entry: Entry, lang: Lang): string {
  return entry.title[lang];
}

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
import { dollarFigures, type DollarFigure } from '../answers/dollar-figures';
import { activeCurrency, currencyNote, exchangeRate, formatMoney, formatNumber, formatPercent, salesTax, withCurrency, type Currency } from '../i18n/money';
import { assumptionRows, card, changedLines, estimateCard, estimateText, signed, exportActionSet, rangeText, submitAction, type AdaptiveCard, type CardLinks } from '../cards/estimate-card';
import { exportStrings } from '../i18n/export';
import { tornadoChart } from '../cards/tornado';
import { cardStrings } from '../i18n/cards';
import { costStrings } from '../i18n/cost';
import { joinWords, lineLabel, unitLabel } from '../cost/labels';
import type { CatalogEntry } from '../cost/catalog';
import type { LineExplanation, TotalExplanation } from '../cost/explain';
import type { TotalSwing } from '../cost/sensitivity';
import { breakEvenSentence, comparisonCard, comparisonText, verdictSentence } from '../cards/comparison-card';
import { channelPickerCard, consentCard } from '../cards/prompt-cards';
import { summaryCard, summaryText } from '../cards/summary-card';
import { channelList, deploymentName, describeChanges, describeScenario } from '../cards/describe';
import { escapeMarkdown } from '../cards/escape';
import { renderAnswer, entryTitle, type KnowledgeBase } from '../answers';
import type { Estimate, Range } from '../cost/types';
import { groupLines, MESSAGING_GROUPS, type Grouping } from '../cost/groups';
import { staffingDefaults, type StaffingPlan } from '../cost/staffing';
import type { Button, Reply, SensitivityAnswer, Value } from '../conversation/replies';
import { LINE_GROUPS, type LineId, type OwnFigureSlot } from '../nlu/commands';

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
  if ('texts' in v) return joinWords(v.texts.map((x) => say(lang, x.key, x.params)), lang);
  if ('lines' in v) return joinWords(v.lines.map((id) => lineLabel(id, lang)), lang);
  if ('volume' in v) return t(exportStrings, lang, `volume_${v.volume.key}`, { value: formatNumber(v.volume.value, lang) });
  return say(lang, v.text.key, v.text.params);
}

const FIELD_KEY: Record<string, DialogKey> = { name: 'fieldName', email: 'fieldEmail', company: 'fieldCompany', phone: 'fieldPhone', time: 'fieldTime' };

/**
 * ("I'd like to talk to sales. I'm Maria Lopez, maria@acme.io, Acme Corp, +1 415 555 0199": four "Noted your …" bubbles)
 * details noted in one turn are said in one line
 */
function mergeNotedContacts(replies: readonly Reply[], lang: Lang): readonly Reply[] {
  const noted = replies.filter((r): r is Extract<Reply, { kind: 'text' }> => r.kind === 'text' && r.text.key === 'contactNoted' && typeof r.text.params?.field === 'string');
  if (noted.length < 2) return replies;
  // (the whole list is a param, so the visitor's own values in it are escaped like any other)
  const list = noted.map((r) => `${say(lang, FIELD_KEY[String(r.text.params!.field)] ?? 'fieldName')} ${String(r.text.params!.value ?? '')}`).join(', ');
  const merged: Reply = { kind: 'text', text: { key: 'contactNotedMany', params: { list } } };
  const first = replies.indexOf(noted[0]!);
  return replies.flatMap((r, i) => (i === first ? [merged] : noted.includes(r as Extract<Reply, { kind: 'text' }>) ? [] : [r]));
}

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

/** `json` may be a function: a channel without cards never needs the card built. */
function cardActivity(caps: ChannelCaps, json: AdaptiveCard | (() => AdaptiveCard), fallback: string, tag: Tag, intro?: string): Partial<Activity> {
  let activity: Partial<Activity>;
  if (!caps.cards) {
    activity = MessageFactory.text(intro ? `${intro}\n\n${fallback}` : fallback);
  } else {
    activity = MessageFactory.attachment(CardFactory.adaptiveCard(typeof json === 'function' ? json() : json), intro);
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

function factText(r: Extract<Reply, { kind: 'estimate_fact' }>, lang: Lang, kb?: KnowledgeBase): string {
  const e = r.estimate;
  const m = (n: number) => formatMoney(n, lang);
  const scenario = describeScenario(e.scenario, lang);
  const tot = e.totals;
  switch (r.aspect) {
    case 'annual': {
      // ("what's the worst case?", "pakai angka yang paling atas aja, totalnya berapa?": the assumptions, or the method)
      if (r.bound) {
        const b = r.bound;
        const row = e.comparison.find((x) => x.deployment === e.scenario.deployment);
        // ("Please give me low, typical and high.": the method, no figure) every total at its three values
        if (b === 'all') {
          const three = (x: { low: number; typical: number; high: number }) => `${m(x.low)} / ${m(x.typical)} / ${m(x.high)}`;
          return say(lang, 'factBoundsAll', {
            scenario, monthly: three(tot.monthly), oneTime: three(tot.oneTime), first: three(tot.first12Months),
            years: formatNumber(row?.years ?? e.scenario.years, lang), horizon: row ? three(row.tco) : three({ low: tot.annual.low * e.scenario.years, typical: tot.annual.typical * e.scenario.years, high: tot.annual.high * e.scenario.years }),
          });
        }
        return say(lang, b === 'high' ? 'factBoundHigh' : 'factBoundLow', {
          scenario, monthly: m(tot.monthly[b]), annual: m(tot.annual[b]), oneTime: m(tot.oneTime[b]), typical: m(tot.annual.typical),
          years: formatNumber(row?.years ?? e.scenario.years, lang), horizon: m(row?.tco[b] ?? tot.annual[b] * e.scenario.years),
        });
      }
      // ("Kurs 1 dolar 16 ribu, jadi berapa rupiah?": a general note on currencies) the totals at the visitor's rate
      if (r.fx) {
        const at = (usd: number) => formatMoney((usd * r.fx!) / exchangeRate('IDR').rate, lang, 'IDR');
        return say(lang, 'factAnnualAtRate', {
          rate: formatMoney(r.fx / exchangeRate('IDR').rate, lang, 'IDR'), scenario, monthly: at(tot.monthly.typical), annual: at(tot.annual.typical),
          low: at(tot.annual.low), high: at(tot.annual.high), oneTime: at(tot.oneTime.typical), usdMonthly: formatMoney(tot.monthly.typical, lang, 'USD'), usdAnnual: formatMoney(tot.annual.typical, lang, 'USD'),
        });
      }
      // ("kalau dibagi per kuartal jadi brp?": three months of it; the figure per agent came)
      if (r.quarter) return say(lang, 'factQuarter', { scenario, value: m(tot.monthly.typical * 3), range: rangeText({ low: tot.monthly.low * 3, typical: tot.monthly.typical * 3, high: tot.monthly.high * 3 }, lang), monthly: m(tot.monthly.typical), oneTime: m(tot.oneTime.typical) });
      // "tahun kedua brp?": a later year is its own spending, the one-time costs already paid in year 1 (and the
      // hardware bought again in a replacement year)
      const row = r.year ? e.comparison.find((x) => x.deployment === e.scenario.deployment) : undefined;
      if (r.year && row && r.year <= row.cumulative.length) {
        const spent = row.cumulative[r.year - 1]! - row.cumulative[r.year - 2]!;
        const refresh = row.refreshYears.includes(r.year) ? ` ${say(lang, 'factYearRefresh')}` : '';
        return say(lang, 'factAnnualYear', { scenario, year: formatNumber(r.year, lang), value: m(spent), oneTime: m(tot.oneTime.typical) }) + refresh;
      }
      if (r.year && tot.oneTime.typical > 0) {
        return say(lang, 'factAnnualYear', { scenario, year: formatNumber(r.year, lang), value: m(tot.annual.typical), oneTime: m(tot.oneTime.typical) });
      }
      return say(lang, 'factAnnual', { scenario, monthly: m(tot.monthly.typical), value: m(tot.annual.typical), range: rangeText(tot.annual, lang), oneTime: m(tot.oneTime.typical) });
    }
    case 'tax': {
      // the visitor's own rate when said ("with tax included at 8.25%"), else the currency's own tax, if it has one
      const own = salesTax(activeCurrency(lang));
      const tax = r.rate !== undefined ? { name: own && Math.abs(own.rate - r.rate) < 1e-9 ? own.name : say(lang, 'taxYourRate'), rate: r.rate } : own;
      if (!tax) return say(lang, 'factTaxNone', { monthly: m(tot.monthly.typical), annual: m(tot.annual.typical) });
      // ("Kalau PPN 11% dimasukkan total 3 tahun cloud jadi berapa?": the total before tax again) the horizon's total too
      const row = e.comparison.find((x) => x.deployment === e.scenario.deployment);
      const horizon = row ? ` ${say(lang, 'factTaxHorizon', { years: formatNumber(e.scenario.years, lang), horizon: m(row.tco.typical * (1 + tax.rate)), tax: tax.name })}` : '';
      // ("total biaya tahun pertama termasuk PPN?" on-premises: the running year alone, the one-time costs left out)
      const firstYear = tot.oneTime.typical > 0 ? ` ${say(lang, 'factTaxFirstYear', { oneTime: m(tot.oneTime.typical * (1 + tax.rate)), firstYear: m(tot.first12Months.typical * (1 + tax.rate)), tax: tax.name })}` : '';
      return say(lang, 'factTax', { tax: tax.name, percent: formatPercent(tax.rate, lang), scenario, monthly: m(tot.monthly.typical * (1 + tax.rate)), annual: m(tot.annual.typical * (1 + tax.rate)), perAgent: m(tot.perAgentMonthly.typical * (1 + tax.rate)) }) + firstYear + horizon;
    }
    case 'break_even': {
      const said = `${verdictSentence(e, lang)} ${breakEvenSentence(e, lang)}`;
      const long = r.longRun;
      if (!long) return said;
      const b = long.breakEven;
      if (b.overtakenBy && b.year !== null) {
        return `${said} ${say(lang, 'breakEvenLater', { later: deploymentName(b.overtakenBy, lang), earlier: deploymentName(b.cheaperToStart, lang), year: b.year, years: long.scenario.years })}`;
      }
      // none ever: the one cheapest to start also costs least to run, or the others' savings never repay what they cost up front
      const start = long.comparison.find((d) => d.deployment === b.cheaperToStart)!;
      const others = long.comparison.filter((d) => d !== start);
      const runs = others.map((d) => say(lang, 'breakEvenRunning', { deployment: deploymentName(d.deployment, lang), monthly: m(d.monthly.typical) })).join(lang === 'id' ? ' dan ' : ' and ');
      const key = others.every((d) => d.monthly.typical >= start.monthly.typical) ? 'breakEvenNeverRunning' : 'breakEvenNeverWithin';
      return `${said} ${say(lang, key, { cheaper: deploymentName(b.cheaperToStart, lang), monthly: m(start.monthly.typical), others: runs, years: long.scenario.years })}`;
    }
    case 'included': {
      const covered = e.lineItems.map((l) => l.label[lang]);
      // ("biaya training agen masuk gak?", "does your estimate include those?" after the hidden costs: a passage on
      // training, or how the estimate is made) what was asked about is answered first, in a word
      if (r.excluded) {
        const items = r.excluded.map((x) => say(lang, `excludedItem.${x}`));
        const list = items.length > 1 ? `${items.slice(0, -1).join('; ')}${lang === 'id' ? '; dan ' : '; and '}${items.at(-1)}` : items[0]!;
        const egress = r.excluded.includes('internet') && e.lineItems.some((l) => l.id === 'egress') ? ` ${say(lang, 'excludedInternetEgress')}` : '';
        return `${say(lang, 'excludedAnswer', { items: list })}${egress}\n${say(lang, 'excludedCovers', { scenario, lines: covered.join(', ') })}`;
      }
      const left: string[] = [say(lang, 'excludedStaff'), say(lang, 'excludedTax'), say(lang, 'excludedEquipment')];
      if (!e.scenario.addOns.wfm) left.push(say(lang, 'excludedWfm'));
      if (!e.scenario.addOns.ai) left.push(say(lang, 'excludedAi'));
      if (!e.scenario.addOns.customIntegrations) left.push(say(lang, 'excludedIntegrations'));
      const addOn = !e.scenario.addOns.wfm ? 'WFM' : !e.scenario.addOns.ai ? 'AI' : undefined;
      const body = say(lang, 'factIncluded', { scenario, lines: covered.map((l) => `• ${l}`).join('\n'), excluded: left.map((l) => `• ${l}`).join('\n') });
      return addOn ? `${body} ${say(lang, 'includedAddOnHint', { addOn })}` : body;
    }
    case 'by_year': {
      // cumulative typical cost of each deployment at the end of each year, the cheapest of the year named
      const rows = e.comparison;
      const years = rows[0]?.cumulative.length ?? 0;
      const lines = Array.from({ length: years }, (_, i) => {
        const cheapest = [...rows].sort((a, b) => a.cumulative[i]! - b.cumulative[i]!)[0]!;
        const spent = rows.map((r) => `${deploymentName(r.deployment, lang)} ${m(r.cumulative[i]!)}${r.refreshYears.includes(i + 1) ? '†' : ''}`).join(' · ');
        return `• ${say(lang, 'byYearLine', { year: formatNumber(i + 1, lang), spent, cheapest: deploymentName(cheapest.deployment, lang) })}`;
      });
      const refresh = rows.some((r) => r.refreshYears.length) ? `\n${say(lang, 'byYearRefresh')}` : '';
      // with the visitor's rate: one-time costs now, each year's spending discounted from the end of that year
      const npv = r.rate === undefined ? '' : `\n\n${say(lang, 'byYearNpv', {
        rate: formatPercent(r.rate, lang),
        list: rows.map((row) => {
          let value = row.oneTime.typical;
          for (let i = 0; i < years; i++) value += (row.cumulative[i]! - (i === 0 ? row.oneTime.typical : row.cumulative[i - 1]!)) / (1 + r.rate!) ** (i + 1);
          return `${deploymentName(row.deployment, lang)} ${m(value)}`;
        }).join(' · '),
      })}`;
      return `${say(lang, 'byYearIntro', { scenario, years: formatNumber(years, lang) })}\n${lines.join('\n')}${refresh}\n\n${say(lang, r.rate === undefined ? 'byYearUndiscounted' : 'byYearDiscountedToo')}${npv}`;
    }
    case 'first_year': {
      // ("Mohon rincian biaya sekali bayar dan biaya tahunannya": the year only as "12 × Rp …") the running year said too
      const first = say(lang, 'factFirstYear', { scenario, value: m(tot.first12Months.typical), range: rangeText(tot.first12Months, lang), oneTime: m(tot.oneTime.typical), monthly: m(tot.monthly.typical), annual: m(tot.annual.typical), annualRange: rangeText(tot.annual, lang) });
      // ("whats included in the one-time?" got the sum and not what it is made of)
      // ("year 1 vs subsequent years?": the horizon set to one year) each later year beside the first
      if (r.later) {
        const row = e.comparison.find((c) => c.deployment === e.scenario.deployment);
        const later = say(lang, 'factLaterYears', { value: m(tot.annual.typical), range: rangeText(tot.annual, lang), monthly: m(tot.monthly.typical), oneTime: m(tot.oneTime.typical) });
        const horizon = row ? ` ${say(lang, 'factHorizon', { years: formatNumber(row.years, lang), deployment: deploymentName(e.scenario.deployment, lang), value: m(row.tco.typical), range: rangeText(row.tco, lang) })}` : '';
        const refresh = row && row.refreshYears.length ? ` ${say(lang, 'factLaterRefresh', { years: row.refreshYears.map((y) => formatNumber(y, lang)).join(', ') })}` : '';
        return `${first}\n${later}${refresh}${horizon}`;
      }
      const oneTime = e.lineItems.filter((l) => l.oneTime.typical > 0);
      // ("biaya yg sekali bayar apa aja, yg bulanan apa aja?": the one-time lines only, or none at all in the cloud)
      if (r.lists) {
        const monthly = e.lineItems.filter((l) => l.monthly.typical > 0);
        const once = oneTime.length ? `${say(lang, 'factOneTimeLines')}\n${oneTime.map((l) => `• ${l.label[lang]}: ${m(l.oneTime.typical)} (${rangeText(l.oneTime, lang)})`).join('\n')}` : say(lang, 'factNoOneTimeLines');
        return `${first}\n\n${once}\n\n${say(lang, 'factMonthlyLines')}\n${monthly.map((l) => `• ${l.label[lang]}: ${m(l.monthly.typical)} (${rangeText(l.monthly, lang)})`).join('\n')}`;
      }
      if (!oneTime.length) return first;
      return `${first}\n\n${say(lang, 'factOneTimeLines')}\n${oneTime.map((l) => `• ${l.label[lang]}: ${m(l.oneTime.typical)} (${rangeText(l.oneTime, lang)})`).join('\n')}`;
    }
    case 'per_call': {
      // (technology only: the source's $6 a call includes the agent's time, which no line of the estimate prices)
      const calls = e.scenario.volumes.callsPerMonth ?? (e.scenario.volumes.voiceMinutesPerMonth !== undefined && e.scenario.volumes.ahtSeconds
        ? e.scenario.volumes.voiceMinutesPerMonth / (e.scenario.volumes.ahtSeconds / 60) : undefined);
      if (!calls || calls <= 0) return say(lang, 'factPerCallNeedsCalls', { scenario });
      return say(lang, 'factPerCall', { scenario, value: m(tot.monthly.typical / calls), range: rangeText({ low: tot.monthly.low / calls, typical: tot.monthly.typical / calls, high: tot.monthly.high / calls }, lang), monthly: m(tot.monthly.typical), calls: formatNumber(Math.round(calls), lang) });
    }
    case 'breakdown': {
      // ("shorter please, 3 bullets", "bisa dalam bentuk poin2 singkat aja?": the sales form opened, or not understood)
      if (r.grouping) return groupedCosts(e, r.grouping, lang, scenario, r.messaging === true);
      // ("Can I get each line on a yearly basis?": the monthly lines again) each line twelve times, the one-time apart
      if (r.yearly) {
        const out = [say(lang, 'factLinesYearly', { scenario })];
        for (const l of e.lineItems) {
          if (l.monthly.typical > 0) out.push(`• ${l.label[lang]}: ${m(l.monthly.typical * 12)} (${rangeText({ low: l.monthly.low * 12, typical: l.monthly.typical * 12, high: l.monthly.high * 12 }, lang)})`);
        }
        const once = e.lineItems.filter((l) => l.oneTime.typical > 0);
        if (once.length) out.push(say(lang, 'factLinesYearlyOnce', { lines: once.map((l) => `${l.label[lang]} ${m(l.oneTime.typical)}`).join(', ') }));
        out.push(say(lang, 'factLinesYearlyTotal', { value: m(tot.annual.typical), range: rangeText(tot.annual, lang) }));
        return out.join('\n');
      }
      if (!r.brief) return estimateText(e, lang);
      return [
        `• ${say(lang, 'briefScenario', { scenario })}`,
        // ("bisa ringkas aja totalnya? sebulan, setahun, per agen": the figure per agent left out) per agent too
        `• ${say(lang, 'briefCost', { monthly: m(tot.monthly.typical), range: rangeText(tot.monthly, lang), annual: m(tot.annual.typical), oneTime: m(tot.oneTime.typical), perAgent: m(tot.perAgentMonthly.typical) })}`,
        `• ${verdictSentence(e, lang)}`,
      ].join('\n');
    }
    case 'per_agent': {
      // ("itu termasuk murah atau mahal sih dibanding pasaran?": outside what I know) the figures are the market's
      // averages: where the range's ends sit, and the licence's own range from the source
      if (r.market) {
        const platform = e.lineItems.find((l) => l.id === 'platform');
        const licence = platform ? ` ${say(lang, 'factMarketLicence', { low: m(platform.unitPrice.low), high: m(platform.unitPrice.high), typical: m(platform.unitPrice.typical) })}` : '';
        return `${say(lang, 'factMarket', { scenario, value: m(tot.perAgentMonthly.typical), range: rangeText(tot.perAgentMonthly, lang) })}${licence}`;
      }
      // ("how did you get the per agent number": the division said with it)
      const said = say(lang, 'factPerAgent', { scenario, value: m(tot.perAgentMonthly.typical), yearly: m(tot.perAgentMonthly.typical * 12), range: rangeText(tot.perAgentMonthly, lang), monthly: m(tot.monthly.typical), agents: formatNumber(e.scenario.agents, lang) });
      if (!r.parts) return said;
      // ("whats included in the monthly per-agent price?": the division again) each line's share of it
      const agents = e.scenario.agents;
      const parts = e.lineItems.filter((l) => l.oneTime.typical === 0).map((l) => `• ${l.label[lang]}: ${l.monthly.typical > 0 ? m(l.monthly.typical / agents) : say(lang, 'perAgentIncluded')}`);
      const oneTime = tot.oneTime.typical > 0 ? `\n${say(lang, 'perAgentOneTime', { value: m(tot.oneTime.typical / agents) })}` : '';
      return `${said}\n${say(lang, 'perAgentParts')}\n${parts.join('\n')}${oneTime}`;
    }
    case 'horizon_total': {
      const row = e.comparison.find((c) => c.deployment === e.scenario.deployment);
      if (!row) return say(lang, 'factAnnual', { scenario, monthly: m(tot.monthly.typical), value: m(tot.annual.typical), range: rangeText(tot.annual, lang), oneTime: m(tot.oneTime.typical) });
      const horizon = say(lang, 'factHorizon', { years: formatNumber(row.years, lang), deployment: deploymentName(e.scenario.deployment, lang), value: m(row.tco.typical), range: rangeText(row.tco, lang) });
      if (!r.perAgent) return horizon;
      // ("the per-agent all in number over those 3 years": the horizon's total alone) the same total per head, and the
      // month it averages to
      const agents = e.scenario.agents;
      const each = { low: row.tco.low / agents, typical: row.tco.typical / agents, high: row.tco.high / agents };
      return `${horizon} ${say(lang, 'factHorizonPerAgent', { agents: formatNumber(agents, lang), value: m(each.typical), range: rangeText(each, lang), monthly: m(each.typical / (12 * row.years)), years: formatNumber(row.years, lang) })}`;
    }
    case 'assumptions': {
      // (8 of an on-premises estimate's 18: the starred server, gateway, rack and IT lines had no assumption to point to)
      // (asked for, they come with their reasons: the estimate lists more than a few by name and value only)
      return `${say(lang, 'factAssumptions')}\n${assumptionRows(e.assumptions.slice(0, e.ownAssumptions), lang).join('\n')}`;
    }
    case 'largest':
      return `${say(lang, 'factLargest', { scenario })}\n${largestCosts(e, lang)}`;
    case 'smallest':
      return `${say(lang, 'factSmallest', { scenario })}\n${smallestCosts(e, lang)}`;
    case 'sizes': {
      const sizes = r.sizes;
      if (!sizes) return estimateText(e, lang);
      const out = [say(lang, 'factSizes', { channels: channelList(e.scenario.channels, lang), deployment: deploymentName(e.scenario.deployment, lang) })];
      for (const x of sizes) out.push(`• ${say(lang, 'factSizesLine', { agents: formatNumber(x.agents, lang), monthly: m(x.monthly.typical), range: rangeText(x.monthly, lang), perAgent: m(x.perAgent), firstYear: m(x.firstYear) })}`);
      out.push(say(lang, r.kept ? 'factSizesKept' : 'factSizesAfter', { agents: formatNumber(e.scenario.agents, lang) }));
      return out.join('\n');
    }
    case 'seasonal': {
      const x = r.seasonal;
      if (!x) return estimateText(e, lang);
      const out = [say(lang, 'factSeasonal', { value: m(x.cloudYear), channels: channelList(e.scenario.channels, lang) })];
      for (const p of x.periods) out.push(`• ${say(lang, p.months === 1 ? 'factSeasonalPeriodOne' : 'factSeasonalPeriod', { months: formatNumber(p.months, lang), agents: formatNumber(p.agents, lang), monthly: m(p.monthly), amount: m(p.months * p.monthly) })}`);
      if (x.uncounted > 0) out.push(say(lang, 'factSeasonalRest', { months: formatNumber(x.uncounted, lang) }));
      // ("so roughly what's that per month on average?": the same year again) the year spread over its months
      else out.push(say(lang, 'factSeasonalAverage', { value: m(x.cloudYear / 12) }));
      // ("brp tambahannya?": what the busy months add over the usual head count all year)
      const usual = x.periods.length === 2 && x.uncounted === 0 ? [...x.periods].sort((a, b) => a.agents - b.agents)[0]! : undefined;
      if (usual && x.cloudYear > 12 * usual.monthly) out.push(say(lang, 'factSeasonalExtra', { agents: formatNumber(usual.agents, lang), base: m(12 * usual.monthly), extra: m(x.cloudYear - 12 * usual.monthly) }));
      out.push(say(lang, 'factSeasonalCloud'));
      if (x.peak) {
        const name = deploymentName(x.peak.deployment, lang);
        out.push(say(lang, x.peak.asked ? 'factSeasonalPeakAsked' : 'factSeasonalPeak', { deployment: x.peak.asked ? name.charAt(0).toUpperCase() + name.slice(1) : name, agents: formatNumber(x.peak.agents, lang), annual: m(x.peak.annual), oneTime: m(x.peak.oneTime), cloudYear: m(x.cloudYear) }));
      }
      return out.join('\n');
    }
    case 'deployment_gap': {
      const g = r.gap;
      if (!g) return estimateText(e, lang);
      const out: string[] = [];
      const c = g.certainty;
      if (c) {
        const values = {
          years: formatNumber(g.years, lang), deployment: deploymentName(g.deployment, lang), versus: deploymentName(g.versus, lang),
          lowOwn: m(c.own.low), typOwn: m(c.own.typical), highOwn: m(c.own.high), lowVersus: m(c.versus.low), typVersus: m(c.versus.typical), highVersus: m(c.versus.high),
          margin: formatPercent(c.margin, lang),
        };
        const flips = c.lowWinner !== c.highWinner || c.lowWinner !== g.deployment;
        out.push(c.kind === 'cheapest'
          ? say(lang, 'factCertaintyCheapest', values)
          : say(lang, 'factCertaintyClose', { ...values, reason: flips ? say(lang, 'factCertaintyFlips', { lowWinner: deploymentName(c.lowWinner, lang), highWinner: deploymentName(c.highWinner, lang) }) : say(lang, 'factCertaintyMargin', values) }));
        out.push(say(lang, c.own.high > c.versus.low ? 'factCertaintyOverlap' : 'factCertaintyApart', values), '');
      }
      // ("what's the difference per year?": the totals over the horizon and the lines, and no figure a month or a year)
      const monthly = g.diff.total;
      if (Math.abs(monthly.delta) >= 0.005) {
        out.push(say(lang, 'factDeploymentGapMonth', { deployment: deploymentName(g.deployment, lang), versus: deploymentName(g.versus, lang), after: m(monthly.after), before: m(monthly.before), delta: m(Math.abs(monthly.delta)), year: m(Math.abs(monthly.delta) * 12), direction: say(lang, monthly.delta >= 0 ? 'moreWord' : 'lessWord') }));
      }
      out.push(say(lang, 'factDeploymentGap', { years: formatNumber(g.years, lang), deployment: deploymentName(g.deployment, lang), tco: m(g.tco), versus: deploymentName(g.versus, lang), versusTco: m(g.versusTco) }));
      // the lines in the order of their weight in the difference
      const sorted = { ...g.diff, lines: [...g.diff.lines].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta)).slice(0, 6) };
      out.push(...changedLines(sorted, lang).map((x) => `• ${x}`));
      if (Math.abs(g.diff.oneTime.delta) >= 0.005) out.push(say(lang, 'factChangeOneTime', { before: m(g.diff.oneTime.before), after: m(g.diff.oneTime.after), delta: signed(g.diff.oneTime.delta, lang) }));
      out.push(say(lang, 'factDeploymentGapNote'));
      return out.join('\n');
    }
    case 'change': {
      const c = r.change;
      if (!c) return `${say(lang, 'factChangeNone', { scenario })}\n${largestCosts(e, lang)}`;
      const change = describeChanges(c.changes, lang);
      const d = c.diff;
      if (Math.abs(d.total.delta) < 0.005 && Math.abs(d.oneTime.delta) < 0.005) return say(lang, 'factChangeSame', { change, after: m(d.total.after) });
      // ("yg tadi totalnya naik berapa persen?": the amount alone) the share of the total before, beside the amount
      const share = d.total.before > 0 ? Math.round((d.total.delta / d.total.before) * 100) : undefined;
      const delta = share === undefined || share === 0 ? signed(d.total.delta, lang) : `${signed(d.total.delta, lang)}, ${share > 0 ? '+' : '−'}${formatNumber(Math.abs(share), lang)}%`;
      const out = [say(lang, 'factChange', { change, before: m(d.total.before), after: m(d.total.after), delta })];
      out.push(...changedLines(d, lang).map((x) => `• ${x}`));
      if (Math.abs(d.oneTime.delta) >= 0.005) out.push(say(lang, 'factChangeOneTime', { before: m(d.oneTime.before), after: m(d.oneTime.after), delta: signed(d.oneTime.delta, lang) }));
      const moved = c.moved;
      if (moved?.lines[0]) out.push('', lineExplanationText(moved.lines[0], e, moved.entries, lang, kb));
      return out.join('\n');
    }
    case 'drivers': {
      // the largest lines first: a line with a fixed price (storage, often the largest) moves nothing across a range and
      // was missing from the answer to "what's driving it?"
      if (r.channels) return channelRanking(e, lang, scenario);
      if (r.sensitivity && r.sure) return `${estimateSureText(e, lang)}\n\n${sensitivityText(r.sensitivity, e, lang)}`;
      if (r.sensitivity && r.spreadOnly) return sensitivityText(r.sensitivity, e, lang);
      if (r.sensitivity) return `${say(lang, 'factLargest', { scenario })}\n${largestCosts(e, lang)}\n\n${sensitivityText(r.sensitivity, e, lang)}`;
      const total = tot.monthly.typical || 1;
      const top = [...e.lineItems].filter((l) => l.monthly.typical > 0).sort((a, b) => b.monthly.typical - a.monthly.typical).slice(0, 3);
      const list = top.map((l) => say(lang, 'factDriverItem', { label: l.label[lang], value: m(l.monthly.typical), share: Math.round((l.monthly.typical / total) * 100) }));
      return `${say(lang, 'factDrivers', { scenario })}\n${list.map((x) => `• ${x}`).join('\n')}`;
    }
    case 'line': {
      const x = r.explanation;
      if (x?.total) return r.each ? eachLineText(e, lang) : totalExplanationText(x.total, e, lang);
      // no line named ("why is that line so high?"): ask which, naming them, rather than say it is missing
      if (!r.line) return say(lang, 'factLineWhich', { scenario, lines: e.lineItems.map((l) => l.label[lang]).join(', ') });
      if (!x || x.lines.length === 0) return say(lang, 'factLineMissing', { scenario });
      if (r.quote) return lineQuoteText(r.quote, r.line as Exclude<LineId, 'total'>, x, e, lang, kb);
      const explained = x.lines.map((l) => lineExplanationText(l, e, x.entries, lang, kb)).join('\n\n');
      // ("Berapa biaya perawatan per tahun?": the whole year's running cost came) the line's own year, first
      const recurring = x.lines.filter((l) => l.period !== 'once');
      if (!r.yearly || recurring.length === 0) return explained;
      const year = recurring.reduce((a, l) => ({ low: a.low + l.amount.low * 12, typical: a.typical + l.amount.typical * 12, high: a.high + l.amount.high * 12 }), { low: 0, typical: 0, high: 0 });
      const label = recurring.map((l) => e.lineItems.find((i) => i.id === l.line)?.label[lang]).filter(Boolean).join(', ');
      return `${say(lang, 'factLineYear', { label, amount: formatMoney(year.typical, lang), range: rangeText(year, lang) })}\n\n${explained}`;
    }
    case 'other_deployment': {
      const other = r.other!;
      const row = (x: Estimate) => x.comparison.find((c) => c.deployment === x.scenario.deployment);
      return say(lang, 'factOtherDeployment', {
        deployment: deploymentName(other.scenario.deployment, lang),
        monthly: m(other.totals.monthly.typical),
        perAgent: m(other.totals.perAgentMonthly.typical),
        annual: m(other.totals.annual.typical),
        firstYear: m(other.totals.first12Months.typical),
        oneTime: m(other.totals.oneTime.typical),
        years: formatNumber(other.scenario.years, lang),
        tco: m(row(other)?.tco.typical ?? 0),
        current: deploymentName(e.scenario.deployment, lang),
        currentMonthly: m(tot.monthly.typical),
        currentTco: m(row(e)?.tco.typical ?? 0),
      }) + otherGap(e, other, lang, m);
    }
    default:
      return estimateText(e, lang);
  }
}

/**
 * ("Jika kami menggunakan hybrid, berapa perbedaannya per tahun?": both figures, and the difference left to the visitor)
 * the gap between the other deployment and the scenario's, a month, a year and up front.
 */
function otherGap(e: Estimate, other: Estimate, lang: Lang, m: (n: number) => string): string {
  const monthly = other.totals.monthly.typical - e.totals.monthly.typical;
  const oneTime = other.totals.oneTime.typical - e.totals.oneTime.typical;
  const parts: string[] = [];
  if (Math.round(monthly) !== 0) parts.push(say(lang, monthly > 0 ? 'factOtherGapMore' : 'factOtherGapLess', { amount: m(Math.abs(monthly)), year: m(Math.abs(monthly) * 12), current: deploymentName(e.scenario.deployment, lang) }));
  if (Math.round(oneTime) !== 0) parts.push(say(lang, oneTime > 0 ? 'factOtherGapUpfrontMore' : 'factOtherGapUpfrontLess', { amount: m(Math.abs(oneTime)) }));
  return parts.length ? `\n${parts.join(' ')}` : '';
}

/**
 * The source's section in the visitor's language: the catalog names it by its Indonesian heading, which showed
 * untranslated in English answers ("section "Penyimpanan data"").
 */
function sectionTitle(heading: string, lang: Lang, kb?: KnowledgeBase): string {
  const section = kb?.sections.find((x) => x.heading === heading);
  return section ? section.title[lang] : heading;
}

/** The estimate's lines gathered by kind or by channel: each group's sum a month and once, the lines it holds, the totals. */
function groupedCosts(e: Estimate, by: Grouping, lang: Lang, scenario: string, messaging = false): string {
  const m = (n: number) => formatMoney(n, lang);
  const out = [say(lang, by === 'kind' ? 'factGroupsKind' : 'factGroupsChannel', { scenario })];
  for (const g of groupLines(e, by)) {
    const label = say(lang, `group.${g.id}`);
    // (a range with one end, "SMS: $10,000 a month ($10,000)", says nothing)
    const range = (x: Range) => (Math.round(x.low) === Math.round(x.high) ? '' : ` (${rangeText(x, lang)})`);
    const oneTime = g.oneTime.typical > 0 ? say(lang, 'factGroupOneTime', { value: m(g.oneTime.typical), range: range(g.oneTime) }) : '';
    const head = g.monthly.typical > 0 || g.oneTime.typical > 0 ? say(lang, 'factGroupLine', { label, monthly: m(g.monthly.typical), range: range(g.monthly), oneTime }) : say(lang, 'factGroupIncluded', { label });
    out.push(g.lines.length > 1 ? `• ${head}\n  ${g.lines.map((l) => l.label[lang]).join(', ')}` : `• ${head}`);
  }
  out.push(say(lang, 'factGroupsTotal', { monthly: m(e.totals.monthly.typical), oneTime: m(e.totals.oneTime.typical) }));
  if (by === 'channel' && messaging) out.push(messagingShare(e, lang));
  if (by === 'channel') out.push(say(lang, 'factGroupsShared'));
  return out.join('\n');
}

/** The messaging channels' own lines summed ("what share is messaging?"), or that the scenario has none. */
function messagingShare(e: Estimate, lang: Lang): string {
  const messaging = groupLines(e, 'channel').filter((g) => (MESSAGING_GROUPS as readonly string[]).includes(g.id));
  if (messaging.length === 0) return say(lang, 'factMessagingNone');
  const monthly = messaging.reduce((s, g) => s + g.monthly.typical, 0);
  const total = e.totals.monthly.typical || 1;
  const share = monthly > 0 && monthly / total < 0.005 ? '<1' : String(Math.round((monthly / total) * 100));
  const inText = (label: string) => (label === label.toUpperCase() ? label : label.charAt(0).toLowerCase() + label.slice(1));
  return say(lang, 'factMessagingShare', { channels: messaging.map((g) => inText(say(lang, `group.${g.id}`))).join(', '), monthly: formatMoney(monthly, lang), share });
}

/** The three largest monthly lines with their share, and the largest one-time line. */
function largestCosts(e: Estimate, lang: Lang): string {
  const m = (n: number) => formatMoney(n, lang);
  const total = e.totals.monthly.typical || 1;
  const top = [...e.lineItems].filter((l) => l.monthly.typical > 0).sort((a, b) => b.monthly.typical - a.monthly.typical).slice(0, 3);
  const list = top.map((l) => say(lang, 'factDriverItem', { label: l.label[lang], value: m(l.monthly.typical), share: Math.round((l.monthly.typical / total) * 100) }));
  const oneTime = [...e.lineItems].filter((l) => l.oneTime.typical > 0).sort((a, b) => b.oneTime.typical - a.oneTime.typical)[0];
  const upfront = oneTime ? `\n${say(lang, 'factLargestOneTime', { label: oneTime.label[lang], value: m(oneTime.oneTime.typical) })}` : '';
  return `${list.map((x) => `• ${x}`).join('\n')}${upfront}`;
}

/** The cheapest lines that cost something, and the ones included at no extra price. */
function smallestCosts(e: Estimate, lang: Lang): string {
  const m = (n: number) => formatMoney(n, lang);
  const total = e.totals.monthly.typical || 1;
  const paid = [...e.lineItems].filter((l) => l.monthly.typical > 0).sort((a, b) => a.monthly.typical - b.monthly.typical).slice(0, 2);
  const share = (n: number) => (n / total < 0.005 ? '<1' : Math.round((n / total) * 100));
  const list = paid.map((l) => `• ${say(lang, 'factDriverItem', { label: l.label[lang], value: m(l.monthly.typical), share: share(l.monthly.typical) })}`);
  const free = e.lineItems.filter((l) => l.monthly.typical === 0 && l.oneTime.typical === 0).map((l) => l.label[lang]);
  return [...list, ...(free.length ? [say(lang, 'factSmallestIncluded', { lines: free.join(', ') })] : [])].join('\n');
}

/** A catalog figure in its unit: "$125 per agent per month", "20%", "300 seats". */
function figure(value: number, unit: string, lang: Lang, withUnit = true): string {
  if (unit === 'ratio' || unit === 'ratio_per_year') return `${formatNumber(Math.round(value * 1000) / 10, lang)}%`;
  const money = unit.startsWith('per_') || unit === 'one_time';
  const amount = money ? formatMoney(value, lang) : formatNumber(value, lang);
  return withUnit ? `${amount} ${unitLabel(unit, lang)}` : amount;
}

function entryById(entries: readonly CatalogEntry[], id: string): CatalogEntry | undefined {
  return entries.find((x) => x.id === id);
}

/**
 * One line priced before any estimate: its arithmetic under a header that names only what the figure rests on (the
 * head count when the visitor gave it, and the deployment), and the same line on premises when no deployment was said.
 */
function lineQuoteText(q: NonNullable<Extract<Reply, { kind: 'estimate_fact' }>['quote']>, line: Exclude<LineId, 'total'>, x: { lines: LineExplanation[]; entries: CatalogEntry[] }, e: Estimate, lang: Lang, kb?: KnowledgeBase): string {
  const deployment = deploymentName(e.scenario.deployment, lang);
  const basis = q.agents ? say(lang, 'lineQuoteBasisAgents', { agents: formatNumber(e.scenario.agents, lang), deployment }) : deployment;
  const out = x.lines.map((l) => lineExplanationText(l, e, x.entries, lang, kb, basis));
  const there = q.onPremises;
  if (there) {
    const ids = new Set<string>(LINE_GROUPS[line]);
    const items = there.lineItems.filter((i) => ids.has(i.id));
    const monthly = items.reduce((a, i) => a + i.monthly.typical, 0);
    const oneTime = items.reduce((a, i) => a + i.oneTime.typical, 0);
    const here = e.lineItems.filter((i) => ids.has(i.id));
    const same = here.reduce((a, i) => a + i.monthly.typical, 0) === monthly && here.reduce((a, i) => a + i.oneTime.typical, 0) === oneTime;
    if (items.length && !same) out.push(say(lang, oneTime > 0 ? 'lineQuoteOnPremisesOnce' : 'lineQuoteOnPremises', { monthly: formatMoney(monthly, lang), oneTime: formatMoney(oneTime, lang) }));
  }
  return out.join('\n\n');
}

/** quantity × unit price = amount, the range and why, where the quantity and the price come from. */
function lineExplanationText(x: LineExplanation, e: Estimate, entries: readonly CatalogEntry[], lang: Lang, kb?: KnowledgeBase, quoteBasis?: string): string {
  const m = (n: number) => formatMoney(n, lang);
  const n = (v: number) => formatNumber(v, lang);
  const item = e.lineItems.find((l) => l.id === x.line)!;
  // ("What is the data storage line for?" got the arithmetic and nothing on what storage is) what the line buys, first
  const out: string[] = [quoteBasis === undefined ? say(lang, 'explainLineHeader', { label: item.label[lang], scenario: describeScenario(e.scenario, lang) }) : say(lang, 'lineQuoteHeader', { label: item.label[lang], basis: quoteBasis }), say(lang, `lineCovers.${x.line}` as DialogKey)];
  const unitPrice = `${m(x.unitPrice.typical)} ${unitLabel(x.unit, lang)}`;
  const quantity = x.quantity === null ? '' : n(x.quantity);
  if (x.dependsOnUsage) out.push(say(lang, 'explainCalcUsage', { unitPrice }));
  else if (x.unitPrice.high === 0) out.push(say(lang, 'explainCalcIncluded', { quantity, unitPrice, amount: m(0) }));
  else if (x.free && x.line === 'egress') {
    out.push(say(lang, 'explainCalcEgress', { volume: n(x.free.volume), free: n(x.free.allowance), quantity, unitPrice, amount: m(x.amount.typical) }));
  } else if (x.period === 'year' && x.perYear) out.push(say(lang, 'explainCalcYear', { quantity, unitPrice, perYear: m(x.perYear.typical), amount: m(x.amount.typical) }));
  else out.push(say(lang, x.period === 'once' ? 'explainCalcOnce' : 'explainCalcMonth', { quantity, unitPrice, amount: m(x.amount.typical) }));
  // ("2 × $9,000 per server, one-time = $0 one-time" with the servers already owned: the $0 was not explained)
  const owned = e.scenario.owned;
  if (x.period === 'once' && x.amount.typical === 0 && x.unitPrice.high > 0 && owned && (x.line === 'infrastructure' || x.line === 'gateway' || ((owned === true || owned === 'licence') && x.line === 'licence'))) {
    out.push(say(lang, owned === 'servers' ? 'ownedServersNote' : owned === 'licence' ? 'ownedLicenceNote' : 'ownedNote'));
  }

  const priced = entryById(entries, x.entries[0]!);
  if (!x.dependsOnUsage && x.unitPrice.high > 0) {
    const fixed = x.amount.low === x.amount.high;
    let why: string;
    if (fixed) why = say(lang, 'explainRangeNone');
    else {
      const reasons: string[] = [];
      // (the tier's own reason: the basic tier's licence said "the standard-tier figure of $125 is the midpoint we assume")
      const tier = e.scenario.tier;
      const reason = priced?.tierReason && tier && tier !== 'standard' ? priced.tierReason[tier] : priced?.reason;
      if (priced && priced.low !== priced.high) reasons.push(reason?.[lang] ?? say(lang, 'explainRangeSourced', { low: figure(priced.low, priced.unit, lang, false), high: figure(priced.high, priced.unit, lang) }));
      if (x.quantityRange && x.quantityRange.low !== x.quantityRange.high) reasons.push(say(lang, 'explainRangeCount', { low: n(x.quantityRange.low), high: n(x.quantityRange.high) }));
      // ("Range $2,531–$7,594: No range: the source gives one figure.") a one-figure price scaled by a ranged factor (the
      // data stored against the source's average) has that factor's reason
      if (reasons.length === 0) {
        const scaled = x.entries.slice(1).map((id) => entryById(entries, id)).find((c) => c !== undefined && c.low !== c.high && c.reason);
        if (scaled?.reason) reasons.push(scaled.reason[lang]);
      }
      why = reasons.join(' ') || say(lang, 'explainRangeNone');
    }
    out.push(fixed ? why : say(lang, 'explainRange', { range: rangeText(x.amount, lang), why }));
  }
  // where the price comes from
  if (priced) {
    if (priced.source === 'assumption') {
      // the reason was given above as the range's why; say only that it is ours
      const reason = priced.reason?.[lang] ?? '';
      out.push(say(lang, 'explainAssumption', { reason: x.amount.low !== x.amount.high && reason ? say(lang, 'factLineAssumption') : reason }));
    } else out.push(say(lang, 'explainSource', { section: sectionTitle(priced.source, lang, kb) }));
  }
  // where the quantity comes from
  const b = x.basis;
  switch (b.kind) {
    case 'seats': out.push(say(lang, 'explainQtySeats', { seats: n(b.seats) })); break;
    case 'given': out.push(say(lang, 'explainQtyGiven', { quantity: b.slot === 'egressGbPerMonth' && x.free ? n(x.free.volume) : quantity })); break;
    case 'calls': out.push(say(lang, 'explainQtyCalls', { calls: n(b.calls), aht: n(b.ahtSeconds), quantity, note: b.ahtAssumed ? say(lang, 'explainQtyCallsAssumed') : '' })); break;
    case 'preset': {
      const presetUnit = { voiceMinutes: 'minutes_per_agent_month', sms: 'messages_per_agent_month', mms: 'messages_per_agent_month', socialInteractions: 'interactions_per_agent_month', egressGb: 'gb_per_agent_month' }[b.key];
      const reason = e.assumptions.find((a) => a.id === `preset.${b.key}`)?.reason[lang] ?? '';
      out.push(say(lang, 'explainQtyPreset', { perAgent: n(b.perAgent), unit: unitLabel(presetUnit, lang), preset: costStrings[lang][`presetName.${b.preset}`], agents: n(b.agents), quantity: n(b.perAgent * b.agents), reason }));
      break;
    }
    case 'derived': out.push(say(lang, 'explainQtyDerived', { quantity })); break;
    case 'fixed': out.push(say(lang, 'explainQtyFixed')); break;
    case 'unknown': break;
  }
  const also = x.entries.slice(1).map((id) => entryById(entries, id)).filter((c): c is CatalogEntry => !!c);
  if (also.length) out.push(say(lang, 'explainAlso', { list: also.map((c) => `${c.label[lang]} ${figure(c.typical, c.unit, lang)}`).join('; ') }));
  // (a line priced on its own has no estimate to be a share of)
  if (x.share > 0 && x.share < 1 && quoteBasis === undefined) out.push(say(lang, x.period === 'once' ? 'explainShareOnce' : 'explainShareMonthly', { share: Math.round(x.share * 100) }));
  return out.map((line, i) => (i === 0 ? line : `• ${line}`)).join('\n');
}

/** Every line of the estimate, with its figure and what it pays for ("explain each line"). */
function eachLineText(e: Estimate, lang: Lang): string {
  const m = (v: number) => formatMoney(v, lang);
  const out = [say(lang, 'eachLineHeader', { scenario: describeScenario(e.scenario, lang) })];
  for (const l of e.lineItems) {
    const amount = l.oneTime.typical > 0 ? say(lang, 'eachLineOnce', { amount: m(l.oneTime.typical) }) : l.monthly.typical > 0 ? say(lang, 'eachLineMonthly', { amount: m(l.monthly.typical) }) : say(lang, 'perAgentIncluded');
    const covers = say(lang, `lineCovers.${l.id}` as DialogKey).replace(/^[^:]{1,20}:\s*/, '');
    out.push(`**${l.label[lang]}** (${amount}): ${covers}`);
  }
  out.push(say(lang, 'eachLineNext'));
  return out.map((line, i) => (i === 0 ? line : `• ${line}`)).join('\n');
}

/** A total as the sum of its lines (the largest and the rest) and the horizon built from them. */
function totalExplanationText(x: TotalExplanation, e: Estimate, lang: Lang): string {
  const m = (v: number) => formatMoney(v, lang);
  const label = (id: string) => e.lineItems.find((l) => l.id === id)?.label[lang] ?? id;
  const parts = (shown: { line: string; amount: number }[], rest: { count: number; amount: number }) => [
    ...shown.map((p) => `${label(p.line)} ${m(p.amount)}`),
    ...(rest.count > 0 ? [say(lang, 'explainTotalRest', { count: rest.count, amount: m(rest.amount) })] : []),
  ].join(' + ');
  const out = [say(lang, 'explainTotalHeader', { scenario: describeScenario(e.scenario, lang) })];
  out.push(say(lang, 'explainTotalMonthly', { parts: parts(x.recurring, x.recurringRest) || m(0), total: m(x.monthly.typical), range: rangeText(x.monthly, lang) }));
  out.push(x.oneTime.typical > 0 ? say(lang, 'explainTotalOneTime', { parts: parts(x.upfront, x.upfrontRest), total: m(x.oneTime.typical), range: rangeText(x.oneTime, lang) }) : say(lang, 'explainTotalNoOneTime'));
  const h = x.horizon;
  out.push(say(lang, 'explainTotalHorizon', { years: h.years, oneTime: m(h.oneTime), monthly: m(h.monthly), refresh: h.refresh > 0 ? say(lang, 'explainTotalRefresh', { refresh: m(h.refresh) }) : '', total: m(h.total) }));
  out.push(say(lang, 'explainTotalNext'));
  return out.map((line, i) => (i === 0 ? line : `• ${line}`)).join('\n');
}

type SensitivityRow = { label: string; low: string; high: string; swing: TotalSwing };

function sensitivityRows(a: SensitivityAnswer, lang: Lang, top = 5): SensitivityRow[] {
  return a.result.swings.slice(0, top).map((w) => {
    if (w.kind === 'preset') {
      const key = w.id as 'voiceMinutes';
      const names = `${costStrings[lang]['presetName.small']}–${costStrings[lang]['presetName.large']}`;
      const label = costStrings[lang][`preset.${key}`].replace('{preset}', names);
      return { label, low: formatNumber(w.value.low, lang), high: formatNumber(w.value.high, lang), swing: w };
    }
    const entry = entryById(a.entries, w.id);
    const unit = entry?.unit ?? '';
    return { label: entry?.label[lang] ?? w.id, low: figure(w.value.low, unit, lang, false), high: figure(w.value.high, unit, lang), swing: w };
  });
}

/** "How confident are you in that number?": what kind of figure it is, and the estimate's own low and high. */
function estimateSureText(e: Estimate, lang: Lang): string {
  const tot = e.totals;
  const m = (v: number) => formatMoney(v, lang);
  return say(lang, 'estimateSure', { scenario: describeScenario(e.scenario, lang), monthly: m(tot.monthly.typical), low: m(tot.monthly.low), high: m(tot.monthly.high), annualLow: m(tot.annual.low), annualHigh: m(tot.annual.high) });
}

function sensitivityText(a: SensitivityAnswer, e: Estimate, lang: Lang): string {
  const m = (v: number) => formatMoney(v, lang);
  const r = a.result;
  const head = say(lang, 'sensitivityHeader', { scenario: describeScenario(e.scenario, lang), monthly: m(r.monthly), total: m(r.total), years: r.years });
  if (r.swings.length === 0) return `${head}\n${say(lang, 'sensitivityNone')}`;
  const rows = sensitivityRows(a, lang).map((row, i) =>
    say(lang, 'sensitivityItem', {
      n: i + 1,
      label: row.label,
      low: row.low,
      high: row.high,
      totalLow: m(row.swing.totalAtLow),
      totalHigh: m(row.swing.totalAtHigh),
      years: r.years,
      monthlyLow: m(row.swing.monthlyAtLow),
      monthlyHigh: m(row.swing.monthlyAtHigh),
      mark: row.swing.assumption ? say(lang, 'sensitivityAssumed') : '',
    }),
  );
  return `${head}\n${rows.join('\n')}`;
}

const OFFER_KEY: Record<OwnFigureSlot, DialogKey> = {
  minutes_month: 'actionOwnMinutes', sms_month: 'actionOwnSms', mms_month: 'actionOwnMms', egress_gb: 'actionOwnEgress', tier: 'actionOwnTier',
};

/** The sensitivity answer as a card: the tornado chart, the same list as text, the offer as a button. */
function sensitivityActivity(caps: ChannelCaps, r: Extract<Reply, { kind: 'estimate_fact' }>, a: SensitivityAnswer, lang: Lang, tag: Tag): Partial<Activity> {
  const swings = sensitivityText(a, r.estimate, lang);
  // the largest lines first: a line with a fixed price (storage, often the largest) moves nothing across a range and
  // was missing from the answer to "what's driving it?"
  const largestHead = say(lang, 'factLargest', { scenario: describeScenario(r.estimate.scenario, lang) });
  const largest = largestCosts(r.estimate, lang);
  const text = r.sure ? `${estimateSureText(r.estimate, lang)}\n\n${swings}` : r.spreadOnly ? swings : `${largestHead}\n${largest}\n\n${swings}`;
  const offer = a.offer ? say(lang, OFFER_KEY[a.offer]) : undefined;
  const buttons = [...(offer ? [offer] : []), say(lang, 'actionExplainTotal')];
  if (!caps.cards || a.result.swings.length === 0) return withButtons(caps, text, buttons, tag);
  const rows = sensitivityRows(a, lang);
  const image = tornadoChart(rows.map((row) => ({ label: row.label, atLow: row.swing.totalAtLow, atHigh: row.swing.totalAtHigh })), a.result.total, a.result.years, lang);
  const [head, ...items] = swings.split('\n');
  // card buttons carry typed data (src/cards/actions.ts), the same commands the titles map to when typed
  const actions = [
    ...(offer && a.offer ? [submitAction(offer, { action: 'ownFigure', slot: a.offer })] : []),
    submitAction(say(lang, 'actionExplainTotal'), { action: 'explainLine', line: 'total' }),
  ];
  const json = card(
    [
      { type: 'TextBlock', text: t(cardStrings, lang, 'sensitivityTitle', { scenario: describeScenario(r.estimate.scenario, lang) }), weight: 'Bolder', size: 'Medium', wrap: true },
      ...(r.sure ? [{ type: 'TextBlock', text: estimateSureText(r.estimate, lang), wrap: true, size: 'Small' }] : []),
      ...(r.spreadOnly ? [] : [{ type: 'TextBlock', text: largestHead, wrap: true, size: 'Small' }, ...largest.split('\n').map((line) => ({ type: 'TextBlock', text: line, wrap: true, size: 'Small', spacing: 'Small' }))]),
      { type: 'TextBlock', text: head, wrap: true, size: 'Small', isSubtle: true },
      { type: 'Image', url: image, altText: items.join(' '), size: 'Stretch' },
      ...items.map((line) => ({ type: 'TextBlock', text: line, wrap: true, size: 'Small', spacing: 'Small' })),
    ],
    actions,
    text,
  );
  return cardActivity(caps, json, `${text}\n${buttons.map((b) => `• ${b}`).join('\n')}`, tag);
}

/** Erlang C's answer with every figure it rests on, the assumed ones named so they can be changed. */
function staffingText(plan: StaffingPlan, lang: Lang): string {
  const u = plan.used;
  const n = (x: number, digits = 0) => formatNumber(Math.round(x * 10 ** digits) / 10 ** digits, lang);
  const body = say(lang, plan.channel === 'chat' ? 'staffingPlanChat' : plan.channel === 'email' ? 'staffingPlanEmail' : 'staffingPlan', {
    concurrency: n(plan.concurrency?.value ?? 1),
    workload: n(plan.trafficErlangs, 1),
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
  // open longer than a full-time week: the shifts are in the payroll figure, and the answer says how
  const roster = plan.shifts > 1 ? ` ${say(lang, 'staffingShifts', { open: n(u.openHoursPerDay.value * u.openDaysPerWeek.value), week: n(staffingDefaults().hoursPerFte.value), shifts: n(plan.shifts, 1) })}` : '';
  const assumed: string[] = [];
  if (u.openHoursPerDay.assumed) assumed.push(say(lang, 'staffAssumedHours', { value: n(u.openHoursPerDay.value) }));
  if (u.openDaysPerWeek.assumed) assumed.push(say(lang, 'staffAssumedDays', { value: n(u.openDaysPerWeek.value) }));
  const ahtKey = plan.channel === 'chat' ? 'staffAssumedChatAht' : plan.channel === 'email' ? 'staffAssumedEmailAht' : 'staffAssumedAht';
  if (u.ahtSeconds.assumed) assumed.push(say(lang, ahtKey, { value: say(lang, 'minutesShort', { minutes: n(u.ahtSeconds.value / 60, 1) }) }));
  if (plan.concurrency?.assumed) assumed.push(say(lang, 'staffAssumedConcurrency', { value: n(plan.concurrency.value) }));
  if (u.serviceLevel.assumed && plan.channel !== 'email') assumed.push(say(lang, 'staffAssumedTarget', { target: n(u.serviceLevel.value.target * 100), seconds: n(u.serviceLevel.value.seconds) }));
  if (u.shrinkage.assumed) assumed.push(say(lang, 'staffAssumedShrinkage', { value: n(u.shrinkage.value * 100) }));
  return assumed.length ? `${body}${roster}\n\n${say(lang, 'staffingAssumptions', { list: assumed.join(', ') })}` : `${body}${roster}`;
}

/** Several queues of one question, each sized on its own, and what they add up to. */
function queuesText(plans: readonly StaffingPlan[], total: number, lang: Lang): string {
  const n = (x: number) => formatNumber(x, lang);
  const parts = plans.map((p) => say(lang, 'staffingQueuePart', { agents: n(p.agentsPaid), queue: say(lang, p.channel === 'chat' ? 'staffingQueueChat' : p.channel === 'email' ? 'staffingQueueEmail' : 'staffingQueueVoice') }));
  const sum = say(lang, 'staffingQueuesTotal', { total: n(total), parts: parts.join(' + ') });
  return [sum, ...plans.map((p) => staffingText(p, lang))].join('\n\n');
}

/** The social channel stands for WhatsApp: its line says so, and the assumptions list names the assumption first. */
function withWhatsapp(e: Estimate, lang: Lang, networks: readonly string[] = []): Estimate {
  // ("WA dan IG": the line said WhatsApp only) the other networks named beside it
  const named = ['WhatsApp', ...networks].join(', ');
  const whatsapp = {
    id: 'whatsapp_as_social',
    label: { en: 'WhatsApp', id: 'WhatsApp' },
    value: say(lang, 'whatsappAssumptionValue'),
    unit: '',
    reason: { en: say('en', 'whatsappAssumptionReason'), id: say('id', 'whatsappAssumptionReason') },
  };
  return {
    ...e,
    lineItems: e.lineItems.map((l) => (l.id === 'social' ? { ...l, label: { en: `${l.label.en} (${named})`, id: `${l.label.id} (${named})` } } : l)),
    assumptions: [whatsapp, ...e.assumptions],
    ownAssumptions: e.ownAssumptions + 1,
  };
}

/** The answer with its dollar figures in rupiah under it, at the planning rate (none: the answer as it was). */
function withRupiahAside(body: string, lang: Lang): string {
  const figures = dollarFigures(body, lang).slice(0, 8);
  if (figures.length === 0) return body;
  const ends = (f: DollarFigure) => `${formatMoney(f.low, lang, 'IDR')}${f.high !== undefined ? `–${formatMoney(f.high, lang, 'IDR')}` : ''}${f.orMore ? ` ${say(lang, 'orMore')}` : ''}`;
  return `${body}\n\n${say(lang, 'rupiahAside', { rate: formatMoney(1, lang, 'IDR') })} ${figures.map((f) => `${f.written} ≈ ${ends(f)}`).join('; ')}.`;
}

/** A text reply that shows converted amounts says at which rate (cards carry the note themselves). */
function withRateNote(text: string, lang: Lang): string {
  return activeCurrency(lang) === 'IDR' && /Rp \d/.test(text) ? `${text}\n\n${currencyNote(lang)}` : text;
}

export type RenderExtras = {
  /** Download and share links of an estimate's scenario; without it the cards have no such buttons. */
  links?: (scenario: Estimate['scenario'], lang: Lang) => CardLinks;
  /** The conversation's currency; undefined = the language's default (rupiah for Indonesian, US dollars for English). */
  currency?: Currency;
};

/** Renders one decision's replies, in order, with amounts in the conversation's currency. */
export function render(replies: readonly Reply[], lang: Lang, caps: ChannelCaps, kb: KnowledgeBase, extras: RenderExtras = {}): Partial<Activity>[] {
  return withCurrency(extras.currency, () => renderIn(replies, lang, caps, kb, extras));
}

function renderIn(replies: readonly Reply[], lang: Lang, caps: ChannelCaps, kb: KnowledgeBase, extras: RenderExtras): Partial<Activity>[] {
  const links = (e: Estimate) => extras.links?.(e.scenario, lang);
  // Channels without cards get the download and share links as lines under the figures.
  const withLinks = (text: string, e: Estimate) => {
    const l = caps.cards ? undefined : links(e);
    if (!l) return text;
    const x = (key: 'actionPdf' | 'actionCsv' | 'actionShare') => t(exportStrings, lang, key);
    return `${text}\n\n• ${x('actionPdf')}: ${l.pdf}\n• ${x('actionCsv')}: ${l.csv}\n• ${x('actionShare')}: ${l.share}`;
  };
  const out: Partial<Activity>[] = [];
  for (const r of mergeNotedContacts(replies, lang)) {
    switch (r.kind) {
      case 'text': {
        let body = r.values && Object.values(r.values).some((v) => 'money' in v || 'range' in v) ? withRateNote(fill(lang, r.text.key, r.text.params, r.values), lang) : fill(lang, r.text.key, r.text.params, r.values);
        // "dalam rupiah berapa tuh?" after a knowledge answer quoted in dollars: the rate to convert it with
        if (r.text.key === 'currencyAlreadyIdr' || r.text.key === 'currencySwitchedIdr') body = `${body}\n\n${currencyNote(lang, 'IDR')}`;
        const titles = (r.buttons ?? []).map((b) => buttonTitle(b, lang, kb)).filter((x): x is string => !!x);
        // (a text that answers a knowledge subject is tagged as that answer, as an article would be)
        out.push(withButtons(caps, body, titles, { kind: r.topic ? 'answer' : 'text', key: r.text.key, ...(r.topic ? { topic: r.topic } : {}), ...(r.asks ? { asks: r.asks } : {}), ...(r.act ? { act: r.act } : {}) }));
        break;
      }
      case 'estimate': {
        const intro = r.intro ? fill(lang, r.intro.key, r.intro.params, r.introValues) : undefined;
        const e = r.whatsapp ? withWhatsapp(r.estimate, lang, r.networks) : r.estimate;
        // the same text is the card's fallback and, without cards, the reply: made once
        const text = estimateText(e, lang, r.diff, { ...(r.seen ? { seen: r.seen } : {}), ...(r.brief ? { brief: true } : {}), ...(r.totalsOnly ? { totalsOnly: true } : {}) });
        out.push(cardActivity(caps, () => estimateCard(e, lang, r.diff, links(r.estimate), text), withLinks(text, r.estimate), { kind: 'estimate', ...scenarioTag(r.estimate, r.volumes), ...(r.whatsapp ? { whatsapp: true } : {}) }, intro));
        break;
      }
      case 'comparison': {
        const intro = r.intro ? fill(lang, r.intro.key, r.intro.params, r.introValues) : undefined;
        const e = r.whatsapp ? withWhatsapp(r.estimate, lang, r.networks) : r.estimate;
        const text = comparisonText(e, lang, r.seen ? { seen: r.seen } : {});
        out.push(cardActivity(caps, () => comparisonCard(e, lang, links(r.estimate), text), withLinks(text, r.estimate), { kind: 'comparison', ...scenarioTag(r.estimate), ...(r.whatsapp ? { whatsapp: true } : {}) }, intro));
        break;
      }
      case 'answer': {
        const entry = kb.entries.find((e) => e.id === r.entryId);
        if (!entry) break;
        let body = r.estimate ? withRateNote(renderAnswer(entry, lang, r.estimate), lang) : renderAnswer(entry, lang, r.estimate);
        // "kurs yang dipakai berapa?": the currency answer names the rate itself, not only that there is one
        if (r.entryId === 'currency' && !body.includes(currencyNote(lang, 'IDR'))) body = `${body}\n\n${currencyNote(lang, 'IDR')}`;
        // ("mau tau biaya call center dong": every price in US dollars to an Indonesian visitor, five conversations of one
        // round) the source's dollar figures are given in rupiah too, where the figures are shown in rupiah
        else if (lang === 'id' && activeCurrency(lang) === 'IDR') body = withRupiahAside(body, lang);
        const titles = r.followUps.map((id) => buttonTitle({ entryId: id }, lang, kb)).filter((x): x is string => !!x);
        out.push(withButtons(caps, body, titles, { kind: 'answer', entry: r.entryId, ...(r.topic ? { topic: r.topic } : {}) }));
        break;
      }
      case 'converted_answer': {
        const ends = (f: DollarFigure) => `${formatMoney(f.low, lang, 'IDR')}${f.high !== undefined ? `–${formatMoney(f.high, lang, 'IDR')}` : ''}${f.orMore ? ` ${say(lang, 'orMore')}` : ''}`;
        const lines = r.figures.map((f) => `• ${f.written} ≈ ${ends(f)}`);
        out.push(withButtons(caps, `${say(lang, 'currencyAnswerIdr')}\n${lines.join('\n')}\n\n${currencyNote(lang, 'IDR')}`, [], { kind: 'text', act: 'currency' }));
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
        const text = r.compareFor ? say(lang, 'askChannelsForCompare', { agents: formatNumber(Number(r.compareFor), lang) }) : say(lang, r.retry ? 'askChannelsRetry' : 'askChannels');
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
        // The receipt after consent repeats the preview shown with the consent question a turn
        // before; on a text-only channel that was 50 lines twice, so there only what the preview could not
        // hold follows: when consent was given, in which language and channel (the reference comes next).
        if (!caps.cards && !r.intro) {
          const receipt = summaryText(r.summary, lang).trim().split(/\n\s*\n/).pop() ?? '';
          out.push(withButtons(caps, receipt, [], { kind: 'lead', reference: r.summary.reference }));
          break;
        }
        const intro = r.intro ? fill(lang, r.intro.key, r.intro.params, r.introValues) : undefined;
        out.push(cardActivity(caps, summaryCard(r.summary, lang), summaryText(r.summary, lang), { kind: 'lead', reference: r.summary.reference }, intro));
        break;
      }
      case 'staffing': {
        if (r.others?.length) {
          out.push(withButtons(caps, queuesText([r.plan, ...r.others], r.offerAgents, lang), [say(lang, 'staffingOffer', { agents: r.offerAgents })], { kind: 'staffing', agents: [r.plan, ...r.others].reduce((sum, p) => sum + p.agentsOnPhones, 0), paid: r.offerAgents, asks: 'price_staffing' }));
          break;
        }
        out.push(withButtons(caps, staffingText(r.plan, lang), [say(lang, 'staffingOffer', { agents: r.offerAgents })], { kind: 'staffing', agents: r.plan.agentsOnPhones, paid: r.plan.agentsPaid, asks: 'price_staffing' }));
        break;
      }
      case 'export_links': {
        const body = say(lang, r.text.key, r.text.params);
        const l = links(r.estimate);
        const tag: Tag = { kind: 'export_links', key: r.text.key, act: 'send_estimate' };
        // (a channel with no links, the terminal chat, ended the sentence on a colon with nothing after it)
        if (!l) {
          const text = r.text.key === 'sendEstimateUnavailable' ? say(lang, 'sendEstimateNoLinks') : `${body.replace(/:\s*$/, '.')} ${say(lang, 'exportNoLinksHere')}`;
          out.push(withButtons(caps, text, [say(lang, 'actionSales')], tag));
        }
        else if (caps.cards) {
          const json = card([{ type: 'TextBlock', text: body, wrap: true }, ...exportActionSet(l, lang)], undefined, body);
          out.push(cardActivity(caps, json, body, tag));
        } else {
          const x = (key: 'actionPdf' | 'actionCsv' | 'actionShare') => t(exportStrings, lang, key);
          out.push(withButtons(caps, `${body}\n• ${x('actionPdf')}: ${l.pdf}\n• ${x('actionCsv')}: ${l.csv}\n• ${x('actionShare')}: ${l.share}`, [], tag));
        }
        break;
      }
      case 'estimate_fact': {
        // (a line priced on its own before any estimate answers its subject's question)
        const tag: Tag = r.quote?.topic ? { kind: 'answer', topic: r.quote.topic, aspect: r.aspect, ...(r.line ? { line: r.line } : {}) } : { kind: 'estimate_answer', aspect: r.aspect, ...(r.line ? { line: r.line } : {}) };
        if (r.sensitivity) {
          out.push(sensitivityActivity(caps, r, r.sensitivity, lang, { ...tag, ...(r.sensitivity.result.swings[0] ? { top: r.sensitivity.result.swings[0].id } : {}) }));
          break;
        }
        // an explained line offers the total and what moves it; the total offers what moves it
        const buttons = r.explanation && !r.quote ? [...(r.explanation.total ? [] : [say(lang, 'actionExplainTotal')]), say(lang, 'actionWhatMoves')] : [];
        out.push(withButtons(caps, withRateNote(factText(r, lang, kb), lang), buttons, tag));
        break;
      }
    }
  }
  for (const a of out) {
    const data = a.channelData as { advisor?: Tag } | undefined;
    if (data?.advisor) data.advisor.lang = lang;
  }
  // the rate is said once per turn (a growth answer in rupiah said it under each of its four replies)
  const note = `\n\n${currencyNote(lang)}`;
  let noted = false;
  for (const a of out) {
    if (typeof a.text !== 'string' || !a.text.includes(note)) continue;
    if (noted) a.text = a.text.split(note).join('');
    noted = true;
  }
  return out;
}

/** Markdown in user-typed values (a name, a company) must not render as links or formatting. */
export const escape = escapeMarkdown;

/** The scenario's channels, the one that adds the most first; a channel the licence covers adds nothing of its own. */
function channelRanking(e: Estimate, lang: Lang, scenario: string): string {
  const total = e.totals.monthly.typical || 1;
  const channels: readonly string[] = CHANNEL_LINES;
  const lines = e.lineItems.filter((l) => channels.includes(l.id)).sort((a, b) => b.monthly.typical - a.monthly.typical);
  const rows = lines.map((l) => `• ${l.monthly.typical > 0
    ? say(lang, 'factDriverItem', { label: l.label[lang], value: formatMoney(l.monthly.typical, lang), share: Math.round((l.monthly.typical / total) * 100) })
    : say(lang, 'factChannelIncluded', { label: l.label[lang] })}`);
  return [say(lang, 'factChannels', { scenario }), ...rows, say(lang, 'factChannelsShared')].join('\n');
}
const CHANNEL_LINES = ['voice', 'carrier', 'sms', 'mms', 'social', 'email', 'webchat'] as const;

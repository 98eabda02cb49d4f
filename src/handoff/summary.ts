import { randomInt } from 'node:crypto';
import type { Lang } from '../i18n/index';
import { t } from '../i18n/index';
import { currencyNote, formatDateTime, formatMoney, formatNumber, formatPercent } from '../i18n/money';
import { formatAssumptionValue } from '../cost/format';
import { handoffStrings as S } from '../i18n/handoff';
import { joinWords, unitLabel } from '../cost/labels';
import type { EstimateLike } from './estimate-shape';
import { OWN_PRICE_ENTRY, type OwnPriceKey } from '../cost/own-prices';
import {
  LeadDraftSchema,
  type Consent,
  type Contact,
  type EstimateSummary,
  type LeadDraft,
  type LeadSummary,
  type RangeValue,
  type ScenarioSummary,
} from './lead-schema';

export * from './lead-schema';

/** Crockford-style alphabet without 0/O, 1/I/L and U: easy to read out over the phone. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short human reference such as "CCA-7F3K2Q" (30^6 ≈ 7×10^8 values; the store retries on a clash). */
export function newReference(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `CCA-${code}`;
}

const range = (r: RangeValue): RangeValue => ({ low: r.low, typical: r.typical, high: r.high });

export function summarizeScenario(estimate: EstimateLike): ScenarioSummary {
  const s = estimate.scenario;
  const own = new Set(Object.entries(s.ownPrices ?? {}).filter(([, v]) => v !== undefined).flatMap(([k]) => [OWN_PRICE_ENTRY[k as OwnPriceKey]].flat()));
  return {
    agents: s.agents,
    channels: [...s.channels],
    deployment: s.deployment,
    tier: s.tier,
    years: s.years,
    voiceBilling: s.voiceBilling,
    volumes: { ...(s.volumes ?? {}) },
    addOns: {
      wfm: s.addOns.wfm,
      ai: s.addOns.ai,
      ...(s.addOns.aiConversationsPerMonth !== undefined
        ? { aiConversationsPerMonth: s.addOns.aiConversationsPerMonth }
        : {}),
      customIntegrations: s.addOns.customIntegrations,
    },
    // (a figure the visitor gave is no assumption "not stated in the conversation": it goes under its own heading)
    assumptions: estimate.assumptions.filter((a) => !own.has(a.id)).map(record),
    ...(own.size ? { ownFigures: estimate.assumptions.filter((a) => own.has(a.id)).map(record) } : {}),
    ...(estimate.scenario.owned ? { owned: estimate.scenario.owned } : {}),
  };
}

const record = (a: EstimateLike['assumptions'][number]) => ({ id: a.id, label: { en: a.label.en, id: a.label.id }, value: a.value, unit: a.unit });

export function summarizeEstimate(estimate: EstimateLike): EstimateSummary {
  return {
    currency: 'USD',
    monthly: range(estimate.totals.monthly),
    oneTime: range(estimate.totals.oneTime),
    first12Months: range(estimate.totals.first12Months),
    perAgentMonthly: range(estimate.totals.perAgentMonthly),
    dependsOnUsage: estimate.lineItems
      .filter((li) => li.dependsOnUsage)
      .map((li) => ({ id: li.id, label: { en: li.label.en, id: li.label.id }, unit: li.unit, unitPrice: range(li.unitPrice) })),
    comparison: estimate.comparison.map((c) => ({
      deployment: c.deployment,
      oneTime: range(c.oneTime),
      monthly: range(c.monthly),
      tco: range(c.tco),
      years: c.years,
    })),
    breakEven: { ...estimate.breakEven },
    verdict: {
      kind: estimate.verdict.kind,
      deployment: estimate.verdict.deployment,
      contenders: [...estimate.verdict.contenders],
      lead: estimate.verdict.lead,
      drivers: [...estimate.verdict.drivers],
      ...(estimate.verdict.breakEvenYear !== undefined ? { breakEvenYear: estimate.verdict.breakEvenYear } : {}),
    },
  };
}

export type LeadDraftInput = {
  contact: Contact;
  consent: Consent;
  /** undefined: the visitor asked for contact before any estimate. */
  estimate: EstimateLike | undefined;
  /** With no estimate, what the visitor said of the scenario so far. */
  described?: LeadDraft['described'];
  questions: string[];
  language: Lang;
  channel: string;
  conversationId: string;
};

/**
 * Builds the draft a LeadStore stores, from what the handoff dialog collected and the current
 * estimate. Throws a ZodError (with a message per field) when a contact field is invalid.
 */
export function buildLeadDraft(input: LeadDraftInput): LeadDraft {
  return LeadDraftSchema.parse({
    contact: input.contact,
    consent: input.consent,
    scenario: input.estimate ? summarizeScenario(input.estimate) : null,
    estimate: input.estimate ? summarizeEstimate(input.estimate) : null,
    ...(!input.estimate && input.described && Object.keys(input.described).length ? { described: input.described } : {}),
    questions: input.questions,
    language: input.language,
    channel: input.channel,
    conversationId: input.conversationId,
  });
}

/** "120 agents; voice, email and web chat; deployment not chosen": what a visitor said before anything was priced. */
export function describedText(d: LeadDraft['described'], lang: Lang): string | undefined {
  if (!d) return undefined;
  const parts: string[] = [];
  if (d.agents !== undefined) parts.push(t(S, lang, 'describedAgents', { agents: formatNumber(d.agents, lang) }));
  if (d.channels?.length) parts.push(d.channels.map((c) => channelName(c, lang)).join(', '));
  parts.push(d.deployment ? deploymentName(d.deployment, lang) : t(S, lang, 'describedNoDeployment'));
  if (d.years !== undefined) parts.push(t(S, lang, 'describedYears', { years: formatNumber(d.years, lang) }));
  return d.agents === undefined && !d.channels?.length && !d.deployment ? undefined : parts.join('; ');
}

/** "$6,250 (range $2,500 – $10,000)" */
export function formatRange(r: RangeValue, lang: Lang): string {
  return t(S, lang, 'rangeValue', {
    typical: formatMoney(r.typical, lang),
    low: formatMoney(r.low, lang),
    high: formatMoney(r.high, lang),
  });
}

export function channelName(channel: string, lang: Lang): string {
  const key = `channel_${channel}` as keyof (typeof S)['en'];
  return key in S.en ? t(S, lang, key) : channel;
}

export function deploymentName(deployment: string, lang: Lang): string {
  const key = `deployment_${deployment}` as keyof (typeof S)['en'];
  return key in S.en ? t(S, lang, key) : deployment;
}

export function channelsText(scenario: ScenarioSummary, lang: Lang): string {
  return scenario.channels.length
    ? scenario.channels.map((c) => channelName(c, lang)).join(', ')
    : t(S, lang, 'noChannels');
}

export function addOnsText(scenario: ScenarioSummary, lang: Lang): string {
  const addOns: string[] = [];
  if (scenario.addOns.wfm) addOns.push(t(S, lang, 'addOn_wfm'));
  if (scenario.addOns.ai) addOns.push(t(S, lang, 'addOn_ai'));
  if (scenario.addOns.customIntegrations > 0)
    addOns.push(t(S, lang, 'addOn_integrations', { count: scenario.addOns.customIntegrations }));
  return addOns.length ? addOns.join(', ') : t(S, lang, 'none');
}

/** An assumption's value, the same way the card and the CLI show it ("50%", "US$125 per agen per bulan"). */
export function assumptionValue(a: ScenarioSummary['assumptions'][number], lang: Lang): string {
  return formatAssumptionValue(a.value, a.unit, lang);
}

/** "chat situs web", "Microsoft Teams": the Bot Framework channel's name where it has one. */
export function botChannelName(channel: string, lang: Lang): string {
  const key = `botChannel_${channel}` as keyof (typeof S)['en'];
  return key in S.en ? t(S, lang, key) : channel;
}

/** "Indonesia" / "English": the language's name, never its code. */
export function languageName(language: string, lang: Lang): string {
  const key = `language_${language}` as keyof (typeof S)['en'];
  return key in S.en ? t(S, lang, key) : language;
}

export const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "Cloud is cheaper to start; on-premises becomes cheaper in year 3." */
export function breakEvenText(b: EstimateSummary['breakEven'], lang: Lang): string {
  return capitalize(
    b.overtakenBy && b.year !== null
      ? t(S, lang, 'breakEven', { cheaper: deploymentName(b.cheaperToStart, lang), other: deploymentName(b.overtakenBy, lang), year: b.year })
      : t(S, lang, 'noBreakEven', { cheaper: deploymentName(b.cheaperToStart, lang), years: b.years }),
  );
}

/**
 * "Cheapest over 3 years for this scenario: cloud, 34% below the next …" or "Too close to call …";
 * undefined for a version 1 document, which has no verdict.
 */
export function verdictText(e: Pick<EstimateSummary, 'verdict' | 'breakEven'>, lang: Lang): string | undefined {
  const v = e.verdict;
  if (!v) return undefined;
  const years = e.breakEven.years;
  return v.kind === 'cheapest'
    ? t(S, lang, 'verdictCheapest', { years, deployment: deploymentName(v.deployment, lang), lead: formatPercent(Math.round(v.lead * 100) / 100, lang) })
    : t(S, lang, 'verdictClose', { years, contenders: joinWords(v.contenders.map((d) => deploymentName(d, lang)), lang, 'or') });
}

const VOLUME_KEYS = {
  voiceMinutesPerMonth: 'volume_voiceMinutesPerMonth',
  callsPerMonth: 'volume_callsPerMonth',
  ahtSeconds: 'volume_ahtSeconds',
  smsPerMonth: 'volume_smsPerMonth',
  mmsPerMonth: 'volume_mmsPerMonth',
  socialInteractionsPerMonth: 'volume_socialInteractionsPerMonth',
  // ("3,000 emails a month" said back, then missing from what sales got) every volume the visitor gave goes to sales
  emailPerMonth: 'volume_emailPerMonth',
  chatsPerMonth: 'volume_chatsPerMonth',
  egressGbPerMonth: 'volume_egressGbPerMonth',
} as const;

/** Plain-text summary for a text-only channel, an email body or the sales chat; no markup. */
/** `preview`: the summary shown with the consent question, before anything is stored (no consent, version or time yet). */
export function renderSummaryText(summary: LeadSummary, lang: Lang, options: { preview?: boolean } = {}): string {
  const { contact, scenario, estimate } = summary;
  const lines: string[] = [];
  const line = (key: keyof (typeof S)['en'], params?: Record<string, string | number>) => lines.push(t(S, lang, key, params));

  line('title', { reference: summary.reference });
  lines.push('');
  line('contact', { name: contact.name, company: contact.company });
  if (contact.email) line('email', { email: contact.email });
  if (contact.phone) line('phone', { phone: contact.phone });
  if (contact.preferredTime) line('preferredTime', { time: contact.preferredTime });
  lines.push('');

  if (!scenario || !estimate) {
    line('noScenario');
    const said = describedText(summary.described, lang);
    if (said) line('described', { said });
  } else {
    const channels = channelsText(scenario, lang);
    line('scenario', {
      agents: formatNumber(scenario.agents, lang),
      channels,
      deployment: deploymentName(scenario.deployment, lang),
      tier: t(S, lang, `tier_${scenario.tier}`),
    });
    if (scenario.owned) line(scenario.owned === 'servers' ? 'ownedServers' : scenario.owned === 'licence' ? 'ownedLicence' : 'owned');
    const volumes = (Object.keys(VOLUME_KEYS) as (keyof typeof VOLUME_KEYS)[])
      .filter((k) => scenario.volumes[k] !== undefined)
      .map((k) => t(S, lang, VOLUME_KEYS[k], { value: formatNumber(scenario.volumes[k] as number, lang) }));
    if (volumes.length) line('volumes', { list: volumes.join('; ') });
    line('addOns', { list: addOnsText(scenario, lang) });
    lines.push('');

    line('estimateHeading');
    line('monthly', { value: formatRange(estimate.monthly, lang) });
    if (estimate.oneTime.high > 0) line('oneTime', { value: formatRange(estimate.oneTime, lang) });
    line('first12Months', { value: formatRange(estimate.first12Months, lang) });
    line('perAgent', { value: formatRange(estimate.perAgentMonthly, lang) });
    for (const item of estimate.dependsOnUsage) {
      line('dependsOnUsage', {
        item: item.label[lang],
        price: formatMoney(item.unitPrice.typical, lang),
        unit: unitLabel(item.unit, lang),
      });
    }
    if (estimate.comparison.length) {
      lines.push('');
      line('comparisonHeading', { years: estimate.breakEven.years });
      for (const c of estimate.comparison) {
        line('comparisonRow', {
          deployment: capitalize(deploymentName(c.deployment, lang)),
          tco: formatMoney(c.tco.typical, lang),
          oneTime: formatMoney(c.oneTime.typical, lang),
          monthly: formatMoney(c.monthly.typical, lang),
        });
      }
      lines.push(breakEvenText(estimate.breakEven, lang));
      const verdict = verdictText(estimate, lang);
      if (verdict) lines.push(verdict);
    }
    lines.push(currencyNote(lang));
    if (scenario.ownFigures?.length) {
      lines.push('');
      line('ownFiguresHeading');
      for (const a of scenario.ownFigures) lines.push(`- ${a.label[lang]}: ${assumptionValue(a, lang)}`);
    }
    if (scenario.assumptions.length) {
      lines.push('');
      line('assumptionsHeading');
      for (const a of scenario.assumptions) {
        lines.push(`- ${a.label[lang]}: ${assumptionValue(a, lang)}`);
      }
  }
  }
  lines.push('');
  if (summary.questions.length) {
    line('questionsHeading');
    for (const q of summary.questions) lines.push(`- ${q}`);
  } else {
    line('noQuestions');
  }
  if (options.preview) return lines.join('\n').trimEnd();
  lines.push('');
  // dates in the reader's time zone (WIB for Indonesian); the JSON document keeps ISO timestamps
  line('consent', { at: formatDateTime(summary.consent.at, lang) });
  line('meta', {
    language: languageName(summary.language, lang),
    channel: botChannelName(summary.channel, lang),
    version: summary.version,
    createdAt: formatDateTime(summary.createdAt, lang),
  });
  return lines.join('\n');
}

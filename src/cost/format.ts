import { t, type Lang } from '../i18n/index';
import { activeCurrency, currencyNote, formatMoney, formatNumber, formatPercent } from '../i18n/money';
import { costStrings } from '../i18n/cost';
import { deploymentLabel, driverLabel, joinWords, tierLabel, unitLabel } from './labels';
import type { Assumption, Estimate, LineItem, Range } from './types';

export { unitLabel };

const MONEY_UNITS = new Set([
  'per_agent_month', 'per_agent_year', 'per_agent_one_time', 'per_minute', 'per_call', 'per_message',
  'per_interaction', 'per_conversation', 'per_gb_month', 'one_time', 'per_month', 'per_server_one_time',
  'per_pair_one_time', 'per_device_month', 'per_fte_month',
]);

function money(x: number, lang: Lang): string {
  return formatMoney(x, lang);
}

function span(r: Range, lang: Lang): string {
  return r.low === r.high ? '' : `${money(r.low, lang)}–${money(r.high, lang)}`;
}

function unitPrice(item: LineItem, lang: Lang): string {
  return `${money(item.unitPrice.typical, lang)} ${unitLabel(item.unit, lang)}`;
}

/**
 * One formatter for an assumption's value, shared by the card, the text reply, the CLI and the
 * sales summary: prices in the active currency with their unit ("US$125 per agen per bulan"),
 * shares as percentages ("50%", "20% per tahun"), counts grouped ("2.000 menit per agen per bulan").
 */
export function formatAssumptionValue(value: number | string, unit: string, lang: Lang): string {
  if (typeof value === 'string') return `${value} ${unitLabel(unit, lang)}`.trimEnd();
  if (unit === 'ratio') return formatPercent(value, lang);
  // ("100 %": a share written as a percentage keeps its sign against the number)
  if (unit === 'percent') return formatPercent(value / 100, lang);
  if (unit === 'ratio_per_year') return `${formatPercent(value, lang)} ${costStrings[lang]['unit.perYear']}`;
  if (MONEY_UNITS.has(unit)) return `${money(value, lang)} ${unitLabel(unit, lang)}`;
  return `${formatNumber(value, lang)} ${unitLabel(unit, lang)}`.trimEnd();
}

function assumptionValue(a: Assumption, lang: Lang): string {
  return formatAssumptionValue(a.value, a.unit, lang);
}

/** Left-aligns the first column and right-aligns the others. */
function grid(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

export type RenderOptions = { comparison?: boolean };

/** The breakdown table the CLI prints (and a plain-text fallback for chat channels). */
export function renderTable(estimate: Estimate, lang: Lang = 'en', options: RenderOptions = {}): string {
  const s = (key: keyof typeof costStrings.en, params?: Record<string, string | number>) => t(costStrings, lang, key, params);
  const sc = estimate.scenario;
  const out: string[] = [];
  out.push(
    s('table.title', {
      agents: formatNumber(sc.agents, lang),
      deployment: deploymentLabel(sc.deployment, lang).toLocaleLowerCase(lang),
      tier: tierLabel(sc.tier, lang),
      channels: sc.channels.length ? joinWords(sc.channels.map((c) => costStrings[lang][`channel.${c}`]), lang) : s('table.noChannels'),
    }),
    '',
  );

  const rows: string[][] = [[s('table.item'), s('table.quantity'), s('table.unitPrice'), s('table.monthly'), s('table.range'), s('table.oneTime')]];
  const notes = new Map<number, string>();
  for (const item of estimate.lineItems) {
    const label = item.label[lang] + (item.assumption ? ` ${s('table.assumedMark')}` : '');
    const once = item.oneTime.typical !== 0 || item.oneTime.high !== 0;
    rows.push([
      label,
      item.quantity === null ? '-' : formatNumber(item.quantity, lang),
      unitPrice(item, lang),
      item.dependsOnUsage ? s('table.dependsOnUsage') : once ? '' : money(item.monthly.typical, lang),
      once ? '' : span(item.monthly, lang),
      once ? `${money(item.oneTime.typical, lang)}${span(item.oneTime, lang) ? ` (${span(item.oneTime, lang)})` : ''}` : '',
    ]);
    const volume = item.volume
      ? s('table.volume', { quantity: formatNumber(item.volume.quantity, lang), unit: unitLabel(item.volume.unit, lang) })
      : '';
    const note = [item.note?.[lang], volume].filter(Boolean).join('; ');
    if (note) notes.set(rows.length - 1, note);
  }
  const lines = grid(rows);
  lines.splice(1, 0, '-'.repeat(Math.max(...lines.map((l) => l.length))));
  // Notes go on their own line under the item so the columns stay narrow.
  const withNotes: string[] = [];
  lines.forEach((line, i) => {
    withNotes.push(line);
    const rowIndex = i === 0 ? 0 : i - 1;
    if (i > 1 && notes.has(rowIndex)) withNotes.push(`    - ${notes.get(rowIndex)}`);
  });
  out.push(...withNotes, '');

  const tot = estimate.totals;
  const totalRow = (key: keyof typeof costStrings.en, r: Range) => [s(key), money(r.typical, lang), span(r, lang)];
  out.push(s('table.totals'));
  out.push(
    ...grid([
      totalRow('table.totalMonthly', tot.monthly),
      totalRow('table.totalBaseline', tot.baselineMonthly),
      totalRow('table.totalUsage', tot.usageMonthly),
      totalRow('table.totalAnnual', tot.annual),
      totalRow('table.totalOneTime', tot.oneTime),
      totalRow('table.totalFirst12', tot.first12Months),
      totalRow('table.totalPerAgent', tot.perAgentMonthly),
      [s('table.totalAllIn', { years: sc.years }), money(tot.allInPerAgentMonthly.typical, lang), span(tot.allInPerAgentMonthly, lang)],
    ]).map((l) => `  ${l}`),
    '',
  );
  for (const v of estimate.ignoredVolumes) {
    out.push(
      s('table.ignoredVolume', {
        quantity: formatNumber(v.value, lang),
        unit: unitLabel(VOLUME_UNITS[v.key], lang),
        channel: costStrings[lang][`channel.${v.channel}`],
      }),
    );
  }
  if (estimate.ignoredVolumes.length) out.push('');

  if (options.comparison) {
    out.push(...comparisonLines(estimate, lang), '');
  }

  if (estimate.assumptions.length) {
    out.push(s('table.assumptions'));
    for (const a of estimate.assumptions) {
      out.push(`  - ${a.label[lang]}: ${assumptionValue(a, lang)}. ${a.reason[lang]}`);
    }
  }
  // converted amounts carry their rate, its date and source, and the tax note
  if (activeCurrency(lang) !== 'USD') out.push('', currencyNote(lang));
  return out.join('\n').trimEnd() + '\n';
}

const VOLUME_UNITS: Record<Estimate['ignoredVolumes'][number]['key'], string> = {
  voiceMinutesPerMonth: 'minutes_per_month',
  callsPerMonth: 'calls_per_month',
  ahtSeconds: 'seconds',
  smsPerMonth: 'messages_per_month',
  mmsPerMonth: 'messages_per_month',
  socialInteractionsPerMonth: 'interactions_per_month',
  emailPerMonth: 'emails_per_month',
  chatsPerMonth: 'chats_per_month',
  egressGbPerMonth: 'gb_month',
};

/** The comparison with its ranges, the typical break-even and the verdict with what drives it. */
export function comparisonLines(estimate: Estimate, lang: Lang): string[] {
  const s = (key: keyof typeof costStrings.en, params?: Record<string, string | number>) => t(costStrings, lang, key, params);
  const years = estimate.scenario.years;
  const out: string[] = [s('table.comparison', { years })];
  const cmp = [[s('table.deployment'), s('table.oneTime'), s('table.monthly'), s('table.tco', { years }), s('table.tcoRange'), s('table.allIn')]];
  for (const d of estimate.comparison) {
    cmp.push([
      deploymentLabel(d.deployment, lang),
      money(d.oneTime.typical, lang),
      money(d.monthly.typical, lang),
      money(d.tco.typical, lang),
      span(d.tco, lang),
      money(d.allInPerAgentMonthly.typical, lang),
    ]);
  }
  out.push(...grid(cmp).map((l) => `  ${l}`));
  for (const d of estimate.comparison) {
    if (d.refreshYears.length) {
      out.push(`  ${s('table.refreshYears', { deployment: deploymentLabel(d.deployment, lang), years: joinWords(d.refreshYears.map(String), lang) })}`);
    }
  }
  const be = estimate.breakEven;
  out.push(
    be.overtakenBy && be.year
      ? s('table.breakEven', { start: deploymentLabel(be.cheaperToStart, lang), other: deploymentLabel(be.overtakenBy, lang), year: be.year })
      : s('table.noBreakEven', { start: deploymentLabel(be.cheaperToStart, lang), years }),
  );
  const v = estimate.verdict;
  if (v.kind === 'cheapest') {
    const runnerUp = [...estimate.comparison].sort((a, b) => a.tco.typical - b.tco.typical)[1];
    out.push(
      s('table.verdictCheapest', {
        deployment: deploymentLabel(v.deployment, lang),
        years,
        lead: formatNumber(Math.round(v.lead * 100), lang),
        runnerUp: runnerUp ? deploymentLabel(runnerUp.deployment, lang) : '',
      }),
    );
  } else {
    out.push(s('table.verdictClose', { years, contenders: joinWords(v.contenders.map((d) => deploymentLabel(d, lang)), lang, 'or') }));
  }
  if (v.drivers.length) {
    const drivers = joinWords(v.drivers.map((d) => driverLabel(d, lang, v.refreshYear)), lang);
    out.push(s(v.kind === 'cheapest' ? 'table.drivers' : 'table.flipDrivers', { drivers }));
  }
  return out;
}

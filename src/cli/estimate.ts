import { parseArgs, type ParseArgsConfig } from 'node:util';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { t, type Lang } from '../i18n/index';
import { costStrings, type CostStringKey } from '../i18n/cost';
import { formatNumber, withCurrency, type Currency } from '../i18n/money';
import { convertedJson } from './estimate-json';
import { ConfigError, loadRateConfig } from '../config';
import { setExchangeRateOverride } from '../cost/currency';
import { CatalogError, loadCatalog, defaultCatalog, type Catalog } from '../cost/catalog';
import { estimateParsed } from '../cost/estimate';
import { renderTable } from '../cost/format';
import { planStaffing, staffingDefaults, StaffingError, type StaffingPeriod, type StaffingPlan } from '../cost/staffing';
import { CHANNELS, ScenarioSchema, type Channel, type ScenarioInput } from '../cost/scenario';
import { estimateJson } from './estimate-json';

export type CliIO = { stdout: (text: string) => void; stderr: (text: string) => void };

const STRING_FLAGS = [
  'agents', 'channels', 'deployment', 'sms', 'mms', 'voice-minutes', 'calls', 'aht', 'social', 'emails', 'chats', 'egress-gb',
  'voice-billing', 'ai-conversations', 'integrations', 'tier', 'preset', 'years', 'lang',
  'calls-per-hour', 'calls-per-day', 'calls-per-week', 'calls-per-month', 'service-level', 'shrinkage', 'open-hours', 'open-days',
  'catalog', 'currency',
] as const;
const BOOLEAN_FLAGS = ['wfm', 'ai', 'owned', 'compare', 'json', 'help'] as const;
type StringFlag = (typeof STRING_FLAGS)[number];

const options: ParseArgsConfig['options'] = {
  ...Object.fromEntries(STRING_FLAGS.map((f) => [f, { type: 'string' as const }])),
  ...Object.fromEntries(BOOLEAN_FLAGS.map((f) => [f, { type: 'boolean' as const }])),
};

/** A flag value that failed its check; becomes the one-line error and exit code 2. */
class FlagError extends Error {}

const wholeNumber = (min: number, max: number) =>
  z.string().trim().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max));
const amount = z.string().trim().regex(/^\d+(\.\d+)?$/).transform(Number);
const positive = amount.pipe(z.number().positive());

const DEPLOYMENT_ALIASES: Record<string, 'onPremises' | 'cloud' | 'hybrid'> = {
  cloud: 'cloud', hybrid: 'hybrid', onpremises: 'onPremises', 'on-premises': 'onPremises', 'on-prem': 'onPremises',
  onprem: 'onPremises', premises: 'onPremises',
};

const channelList = z
  .string()
  .transform((v) => v.split(',').map((c) => c.trim().toLowerCase()).filter(Boolean))
  .transform((list) => (list.length === 1 && list[0] === 'all' ? [...CHANNELS] : list))
  .pipe(z.array(z.enum(CHANNELS)).refine((l) => new Set(l).size === l.length));

const FLAG_CHECKS: Partial<Record<StringFlag, { schema: z.ZodType; allowed: CostStringKey }>> = {
  agents: { schema: wholeNumber(1, 100_000), allowed: 'allowed.agents' },
  channels: { schema: channelList, allowed: 'allowed.channels' },
  deployment: {
    schema: z.string().transform((v) => DEPLOYMENT_ALIASES[v.trim().toLowerCase()]).pipe(z.enum(['onPremises', 'cloud', 'hybrid'])),
    allowed: 'allowed.deployment',
  },
  sms: { schema: amount, allowed: 'allowed.volume' },
  mms: { schema: amount, allowed: 'allowed.volume' },
  'voice-minutes': { schema: amount, allowed: 'allowed.volume' },
  calls: { schema: amount, allowed: 'allowed.volume' },
  aht: { schema: positive, allowed: 'allowed.positive' },
  social: { schema: amount, allowed: 'allowed.volume' },
  emails: { schema: amount, allowed: 'allowed.volume' },
  chats: { schema: amount, allowed: 'allowed.volume' },
  'egress-gb': { schema: amount, allowed: 'allowed.volume' },
  'voice-billing': { schema: z.enum(['included', 'metered']), allowed: 'allowed.voiceBilling' },
  'ai-conversations': { schema: amount, allowed: 'allowed.volume' },
  integrations: { schema: wholeNumber(0, 50), allowed: 'allowed.integrations' },
  tier: { schema: z.enum(['essential', 'standard', 'premium']), allowed: 'allowed.tier' },
  preset: { schema: z.enum(['small', 'typical', 'large']), allowed: 'allowed.preset' },
  years: { schema: wholeNumber(1, 10), allowed: 'allowed.years' },
  lang: { schema: z.enum(['en', 'id']), allowed: 'allowed.lang' },
  currency: { schema: z.string().trim().toUpperCase().pipe(z.enum(['USD', 'IDR'])), allowed: 'allowed.currency' },
  'calls-per-hour': { schema: positive, allowed: 'allowed.positive' },
  'calls-per-day': { schema: positive, allowed: 'allowed.positive' },
  'calls-per-week': { schema: positive, allowed: 'allowed.positive' },
  'calls-per-month': { schema: positive, allowed: 'allowed.positive' },
  'open-hours': { schema: amount.pipe(z.number().min(1).max(24)), allowed: 'allowed.openHours' },
  'open-days': { schema: amount.pipe(z.number().min(1).max(7)), allowed: 'allowed.openDays' },
  'service-level': {
    schema: z
      .string()
      .regex(/^\d{1,2}(\.\d+)?\/\d+$/)
      .transform((v) => v.split('/').map(Number) as [number, number])
      .refine(([pct]) => pct > 0 && pct < 100),
    allowed: 'allowed.serviceLevel',
  },
  shrinkage: { schema: amount.pipe(z.number().max(90)), allowed: 'allowed.shrinkage' },
};

/** `--agents -5` would otherwise read as a new flag; glue such values to their string flag. */
function glueDashValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : '';
    if ((STRING_FLAGS as readonly string[]).includes(name) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function checked<T>(flag: StringFlag, raw: string | undefined, lang: Lang): T | undefined {
  if (raw === undefined) return undefined;
  const check = FLAG_CHECKS[flag];
  if (!check) return raw as T;
  const result = check.schema.safeParse(raw);
  if (!result.success) {
    throw new FlagError(t(costStrings, lang, 'cli.badValue', { flag, allowed: t(costStrings, lang, check.allowed), value: raw }));
  }
  return result.data as T;
}

function parseFlags(argv: string[]): { values: Record<string, string | boolean | undefined>; lang: Lang } {
  let parsed;
  try {
    parsed = parseArgs({ args: glueDashValues(argv), options, strict: true, allowPositionals: false });
  } catch (err) {
    const e = err as { code?: string; message: string };
    const flag = /'(-[^' ]+)/.exec(e.message)?.[1] ?? '';
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = flag.replace(/^--?/, '') as StringFlag;
      const allowed = t(costStrings, 'en', FLAG_CHECKS[name]?.allowed ?? 'allowed.catalog');
      throw new FlagError(t(costStrings, 'en', 'cli.missingValue', { flag: name, allowed }));
    }
    if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const arg = /argument '([^']+)'/.exec(e.message)?.[1] ?? '';
      throw new FlagError(t(costStrings, 'en', 'cli.unexpectedArgument', { arg }));
    }
    throw new FlagError(t(costStrings, 'en', 'cli.unknownFlag', { flag: flag || e.message }));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const lang = checked<Lang>('lang', values.lang as string | undefined, 'en') ?? 'en';
  return { values, lang };
}

const VOLUME_FLAGS: { flag: StringFlag; per: StaffingPeriod }[] = [
  { flag: 'calls-per-hour', per: 'hour' },
  { flag: 'calls-per-day', per: 'day' },
  { flag: 'calls-per-week', per: 'week' },
  { flag: 'calls-per-month', per: 'month' },
];

export function buildScenario(values: Record<string, string | boolean | undefined>, lang: Lang): { input: ScenarioInput; staffing?: StaffingPlan } {
  const str = (f: StringFlag) => values[f] as string | undefined;
  const num = (f: StringFlag) => checked<number>(f, str(f), lang);

  const aht = num('aht');
  let staffing: StaffingPlan | undefined;
  const volumeFlags = VOLUME_FLAGS.filter((v) => str(v.flag) !== undefined);
  if (volumeFlags.length > 1) {
    throw new FlagError(t(costStrings, lang, 'cli.oneVolume', { first: volumeFlags[0]!.flag, second: volumeFlags[1]!.flag }));
  }
  if (volumeFlags.length === 1) {
    const { flag, per } = volumeFlags[0]!;
    const serviceLevel = checked<[number, number]>('service-level', str('service-level'), lang);
    const shrinkagePercent = num('shrinkage');
    // The chat sizes teams with the same function and the same defaults (knowledge/staffing.json).
    staffing = planStaffing(
      {
        volume: num(flag)!,
        per,
        ...(aht !== undefined ? { ahtSeconds: aht } : {}),
        ...(serviceLevel ? { serviceLevel: { target: serviceLevel[0] / 100, seconds: serviceLevel[1] } } : {}),
        ...(shrinkagePercent !== undefined ? { shrinkage: shrinkagePercent / 100 } : {}),
        ...(num('open-hours') !== undefined ? { openHoursPerDay: num('open-hours') } : {}),
        ...(num('open-days') !== undefined ? { openDaysPerWeek: num('open-days') } : {}),
      },
      staffingDefaults(),
    );
  }

  let agents = num('agents');
  if (agents === undefined && staffing) agents = Math.min(100_000, Math.max(1, staffing.agentsPaid));
  if (agents === undefined) throw new FlagError(t(costStrings, lang, 'cli.needAgents'));

  const volumes: NonNullable<ScenarioInput['volumes']> = {};
  const set = <K extends keyof typeof volumes>(key: K, value: number | undefined) => {
    if (value !== undefined) volumes[key] = value;
  };
  set('voiceMinutesPerMonth', num('voice-minutes'));
  set('callsPerMonth', num('calls'));
  if (num('calls') !== undefined) set('ahtSeconds', aht);
  // The volume that sized the team also prices its voice minutes, unless minutes or calls were given.
  if (staffing && num('calls') === undefined && num('voice-minutes') === undefined) {
    set('callsPerMonth', Math.round(staffing.callsPerMonth));
    if (!staffing.used.ahtSeconds.assumed) set('ahtSeconds', staffing.used.ahtSeconds.value);
  }
  set('smsPerMonth', num('sms'));
  set('mmsPerMonth', num('mms'));
  set('socialInteractionsPerMonth', num('social'));
  set('emailPerMonth', num('emails'));
  set('chatsPerMonth', num('chats'));
  set('egressGbPerMonth', num('egress-gb'));

  const aiConversations = num('ai-conversations');
  const input: ScenarioInput = {
    agents,
    channels: checked<Channel[]>('channels', str('channels'), lang) ?? ['voice'],
    deployment: checked<'onPremises' | 'cloud' | 'hybrid'>('deployment', str('deployment'), lang) ?? 'cloud',
    volumes,
    voiceBilling: checked<'included' | 'metered'>('voice-billing', str('voice-billing'), lang) ?? 'included',
    addOns: {
      wfm: values.wfm === true,
      ai: values.ai === true || aiConversations !== undefined,
      ...(aiConversations !== undefined ? { aiConversationsPerMonth: aiConversations } : {}),
      customIntegrations: num('integrations') ?? 0,
    },
    tier: checked<'essential' | 'standard' | 'premium'>('tier', str('tier'), lang) ?? 'standard',
    usagePreset: checked<'small' | 'typical' | 'large'>('preset', str('preset'), lang) ?? 'typical',
    years: num('years') ?? 3,
    ...(values.owned === true ? { owned: true as const } : {}),
  };
  return { input, ...(staffing ? { staffing } : {}) };
}

function staffingLines(p: StaffingPlan, lang: Lang): string {
  const pct = (x: number) => formatNumber(Math.round(x * 1000) / 10, lang);
  const u = p.used;
  const s = (key: CostStringKey, params?: Record<string, string | number>) => t(costStrings, lang, key, params);
  const line = s('table.staffing', {
    volume: formatNumber(u.volume.value, lang),
    per: s(`staffing.per.${u.per.value}`),
    calls: formatNumber(Math.round(p.callsPerHour * 10) / 10, lang),
    aht: formatNumber(u.ahtSeconds.value, lang),
    target: pct(u.serviceLevel.value.target),
    seconds: formatNumber(u.serviceLevel.value.seconds, lang),
    agents: p.agentsOnPhones,
    sl: pct(p.serviceLevel),
    asa: formatNumber(Math.round(p.asaSeconds * 100) / 100, lang),
    occ: pct(p.occupancy),
    withShrinkage: p.agentsPaid,
    shrinkage: pct(u.shrinkage.value),
  });
  const assumed: string[] = [];
  if (u.ahtSeconds.assumed) assumed.push(s('staffing.used.ahtSeconds', { value: formatNumber(u.ahtSeconds.value, lang) }));
  if (u.serviceLevel.assumed) {
    assumed.push(s('staffing.used.serviceLevel', { target: pct(u.serviceLevel.value.target), seconds: formatNumber(u.serviceLevel.value.seconds, lang) }));
  }
  if (u.shrinkage.assumed) assumed.push(s('staffing.used.shrinkage', { value: pct(u.shrinkage.value) }));
  if (u.openHoursPerDay.assumed && u.per.value !== 'hour') assumed.push(s('staffing.used.openHoursPerDay', { value: formatNumber(u.openHoursPerDay.value, lang) }));
  if (u.openDaysPerWeek.assumed && (u.per.value === 'week' || u.per.value === 'month')) {
    assumed.push(s('staffing.used.openDaysPerWeek', { value: formatNumber(u.openDaysPerWeek.value, lang) }));
  }
  return assumed.length ? `${line}\n${s('table.staffingAssumed', { list: assumed.join('; ') })}` : line;
}

/** Runs the CLI; returns the exit code (0 ok, 1 broken catalog, 2 bad flags). */
export function main(argv: string[], io: CliIO): number {
  let lang: Lang = 'en';
  try {
    const flags = parseFlags(argv);
    lang = flags.lang;
    if (flags.values.help) {
      io.stdout(t(costStrings, lang, 'cli.usage') + '\n');
      return 0;
    }
    const catalogFile = flags.values.catalog as string | undefined;
    const catalog: Catalog = catalogFile ? loadCatalog(catalogFile) : defaultCatalog();
    const { input, staffing } = buildScenario(flags.values, lang);
    // Amounts stay in US dollars (the catalog's currency) unless --currency IDR: then the table shows
    // rupiah with the rate, and the JSON carries both, with the rate used.
    const currency = checked<Currency>('currency', flags.values.currency as string | undefined, lang) ?? 'USD';
    // in Indonesian or in rupiah, in-house staff are paid at Indonesian rates, as in the chat
    // The flags were checked one by one; this is the same boundary parse every caller gets.
    const scenario = ScenarioSchema.parse(lang === 'id' || currency === 'IDR' ? { ...input, labourMarket: 'id' } : input);
    const result = estimateParsed(scenario, catalog);
    setExchangeRateOverride(loadRateConfig(process.env));
    if (flags.values.json) {
      const body = staffing ? { ...result, staffing } : result;
      const converted = currency === 'USD' ? {} : { converted: convertedJson(result, currency) };
      io.stdout(JSON.stringify(estimateJson({ ...body, ...converted }, catalog), null, 2) + '\n');
    } else {
      const head = staffing ? staffingLines(staffing, lang) + '\n\n' : '';
      io.stdout(head + withCurrency(currency, () => renderTable(result, lang, { comparison: flags.values.compare === true })));
    }
    return 0;
  } catch (err) {
    if (err instanceof FlagError) {
      io.stderr(t(costStrings, lang, 'cli.error', { message: err.message }) + '\n');
      return 2;
    }
    if (err instanceof CatalogError || err instanceof StaffingError || err instanceof ConfigError) {
      io.stderr(t(costStrings, lang, 'cli.error', { message: err.message }) + '\n');
      return 1;
    }
    if (err instanceof RangeError) {
      io.stderr(t(costStrings, lang, 'cli.error', { message: err.message }) + '\n');
      return 2;
    }
    throw err;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  });
}

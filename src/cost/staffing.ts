/**
 * How many agents a call volume needs (Erlang C), for visitors who know their volume but not their
 * head count. The chat and the CLI both call `planStaffing`; the planning assumptions live once, in
 * knowledge/staffing.json, and every answer says which of them it used.
 *
 * API
 *   planStaffing(input: StaffingInput, defaults = staffingDefaults()): StaffingPlan
 *     input    { volume, per: 'hour' | 'day' | 'week' | 'month', ahtSeconds?, serviceLevel?: { target: 0.8, seconds: 20 },
 *                shrinkage?: 0.3, openHoursPerDay?, openDaysPerWeek? }  (fractions, not percentages)
 *     returns  { callsPerHour, callsPerMonth, trafficErlangs, agentsOnPhones, agentsPaid, serviceLevel, asaSeconds,
 *                occupancy, used: { volume, per, ahtSeconds, serviceLevel, shrinkage, openHoursPerDay, openDaysPerWeek } }
 *              where each `used` entry is { value, assumed, reason? } (reason: en/id, for assumed values).
 *     A daily volume is spread over that day's open hours; a weekly one over the open days of the week; a
 *     monthly one over the open days of an average month (openDaysPerWeek x 52 / 12). Calls are assumed
 *     to arrive evenly within the open hours. `callsPerMonth` is the same volume per month, for pricing voice.
 *     Throws StaffingError (one line naming the field) on bad input, RangeError past 100,000 agents.
 *   staffingDefaults(file?) -> StaffingDefaults   the zod-validated knowledge/staffing.json (cached)
 *   staffingForCalls(callsPerMonth, ahtSeconds, catalog, defaults?)   older entry point, kept for the
 *     dialogs: the monthly case of planStaffing in the previous result shape.
 *
 * 2,000 calls a day, open 8 hours, 330 s handle time, 80% in 20 s: 250 calls an hour, 22.9 Erlangs,
 * 28 agents on the phones and 40 on the payroll with 30% shrinkage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { t } from '../i18n/index';
import { costStrings } from '../i18n/cost';
import { erlangC, type ErlangResult } from './erlang';
import type { Bilingual, Catalog } from './catalog';

const BilingualSchema = z.object({ en: z.string().min(1), id: z.string().min(1) }).strict();
const Assumption = <T extends z.ZodType>(value: T) => z.object({ value, reason: BilingualSchema }).strict();

const aht = z.number().finite().positive().max(7_200);
const openHours = z.number().finite().min(1).max(24);
const openDays = z.number().finite().min(1).max(7);
const target = z.number().finite().min(0.1).max(0.99);
const targetSeconds = z.number().finite().min(1).max(600);
const shrinkage = z.number().finite().min(0).max(0.9);

export const StaffingDefaultsSchema = z
  .object({
    ahtSeconds: Assumption(aht),
    openHoursPerDay: Assumption(openHours),
    openDaysPerWeek: Assumption(openDays),
    targetServiceLevel: Assumption(target),
    targetSeconds: Assumption(targetSeconds),
    shrinkage: Assumption(shrinkage),
    hoursPerFte: Assumption(z.number().finite().min(10).max(60)),
    chatAhtSeconds: Assumption(aht),
    chatConcurrency: Assumption(z.number().finite().min(1).max(6)),
    emailAhtSeconds: Assumption(aht),
  })
  .strict();
export type StaffingDefaults = z.infer<typeof StaffingDefaultsSchema>;

export const STAFFING_PERIODS = ['hour', 'day', 'week', 'month'] as const;
export const STAFFING_CHANNELS = ['voice', 'chat', 'email'] as const;
export type StaffingChannel = (typeof STAFFING_CHANNELS)[number];
export type StaffingPeriod = (typeof STAFFING_PERIODS)[number];

export const StaffingInputSchema = z
  .object({
    volume: z.number().finite().nonnegative(),
    per: z.enum(STAFFING_PERIODS),
    ahtSeconds: aht.optional(),
    /** `target` is a fraction: 0.8 for "80% answered within `seconds`". */
    serviceLevel: z.object({ target, seconds: targetSeconds }).strict().optional(),
    /** A fraction of paid time: 0.3 for 30%. */
    shrinkage: shrinkage.optional(),
    openHoursPerDay: openHours.optional(),
    openDaysPerWeek: openDays.optional(),
    /** What arrives: calls (the default), chats (handled several at once) or emails (answered from a queue). */
    channel: z.enum(STAFFING_CHANNELS).optional(),
    /** Chats one agent handles at once, the visitor's own ("3 chat sekaligus"). */
    concurrency: z.number().finite().min(1).max(6).optional(),
  })
  .strict();
export type StaffingInput = z.input<typeof StaffingInputSchema>;

export type Used<T> = { value: T; assumed: boolean; reason?: Bilingual };

export type StaffingPlan = {
  /** What the volume counts: calls, chats or emails. */
  channel: StaffingChannel;
  /** Chats one agent handles at once (chat only). */
  concurrency?: Used<number>;
  callsPerHour: number;
  /** The same volume per average month (open days x 52 / 12 weeks), for pricing voice. */
  callsPerMonth: number;
  trafficErlangs: number;
  agentsOnPhones: number;
  /**
   * On the payroll: agents on the phones x the shifts that cover the open hours (open hours a week / a full-time
   * week, at least 1) / (1 - shrinkage), rounded up.
   */
  agentsPaid: number;
  /** Open hours a week over a full-time week (at least 1): how many people share each seat across the shifts. */
  shifts: number;
  /** Achieved share answered within the target seconds (0..1). */
  serviceLevel: number;
  asaSeconds: number;
  occupancy: number;
  used: {
    volume: Used<number>;
    per: Used<StaffingPeriod>;
    ahtSeconds: Used<number>;
    serviceLevel: Used<{ target: number; seconds: number }>;
    shrinkage: Used<number>;
    openHoursPerDay: Used<number>;
    openDaysPerWeek: Used<number>;
  };
};

export class StaffingError extends Error {
  override name = 'StaffingError';
}

const WEEKS_PER_MONTH = 52 / 12;
const DEFAULT_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../knowledge/staffing.json');
let cached: StaffingDefaults | undefined;

/** knowledge/staffing.json, validated; a broken file names the field. */
export function staffingDefaults(file = DEFAULT_FILE): StaffingDefaults {
  if (file === DEFAULT_FILE && cached) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new StaffingError(t(costStrings, 'en', 'staffing.badFile', { file: path.basename(file), field: '', message: (err as Error).message }));
  }
  const result = StaffingDefaultsSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new StaffingError(t(costStrings, 'en', 'staffing.badFile', { file: path.basename(file), field: issue.path.join('.'), message: issue.message }));
  }
  if (file === DEFAULT_FILE) cached = result.data;
  return result.data;
}

function given<T>(value: T): Used<T> {
  return { value, assumed: false };
}

function pick<T>(value: T | undefined, fallback: { value: T; reason: Bilingual }): Used<T> {
  return value === undefined ? { value: fallback.value, assumed: true, reason: fallback.reason } : given(value);
}

/** Agents for a call volume per hour, day, week or month; see the API at the top of the file. */
export function planStaffing(input: StaffingInput, defaults: StaffingDefaults = staffingDefaults()): StaffingPlan {
  const parsed = StaffingInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new StaffingError(t(costStrings, 'en', 'staffing.badInput', { field: issue.path.join('.') || 'input', message: issue.message }));
  }
  const p = parsed.data;
  const channel = p.channel ?? 'voice';
  const ahtSeconds = pick(p.ahtSeconds, channel === 'chat' ? defaults.chatAhtSeconds : channel === 'email' ? defaults.emailAhtSeconds : defaults.ahtSeconds);
  const concurrency = channel !== 'chat' ? undefined : p.concurrency !== undefined ? { value: p.concurrency, assumed: false } : { value: defaults.chatConcurrency.value, assumed: true, reason: defaults.chatConcurrency.reason };
  const serviceLevel: Used<{ target: number; seconds: number }> = p.serviceLevel
    ? given({ ...p.serviceLevel })
    : {
        value: { target: defaults.targetServiceLevel.value, seconds: defaults.targetSeconds.value },
        assumed: true,
        reason: defaults.targetServiceLevel.reason,
      };
  const shrink = pick(p.shrinkage, defaults.shrinkage);
  const hours = pick(p.openHoursPerDay, defaults.openHoursPerDay);
  const days = pick(p.openDaysPerWeek, defaults.openDaysPerWeek);

  const openHoursPerMonth = hours.value * days.value * WEEKS_PER_MONTH;
  const callsPerHour =
    p.per === 'hour' ? p.volume
    : p.per === 'day' ? p.volume / hours.value
    : p.per === 'week' ? p.volume / (days.value * hours.value)
    : p.volume / openHoursPerMonth;

  // Chats: an agent handles several at once, so each takes that share of an agent's time (the usual Erlang C
  // approximation for concurrent chats). Emails wait in a queue answered within hours, not seconds: the agents on duty
  // are the work itself, in agent-hours per hour, rounded up.
  const effectiveAht = concurrency ? ahtSeconds.value / concurrency.value : ahtSeconds.value;
  const r: ErlangResult = channel === 'email'
    ? emailWorkload(callsPerHour, effectiveAht)
    : erlangC({
      calls: callsPerHour,
      periodSeconds: 3_600,
      ahtSeconds: effectiveAht,
      targetSeconds: serviceLevel.value.seconds,
      targetServiceLevel: serviceLevel.value.target,
      shrinkage: shrink.value,
    });
  // A seat staffed every open hour needs open hours / a full-time week people to cover it (15 h x 7 d = 105 h a week
  // is 2.6 people per seat at 40 h); shrinkage then adds the paid time not spent on calls.
  const fteHours = defaults.hoursPerFte.value;
  const shifts = Math.max(1, (hours.value * days.value) / fteHours);
  const agentsPaid = r.agents === 0 ? 0 : Math.ceil((r.agents * shifts) / (1 - shrink.value) - 1e-9);
  return {
    channel,
    ...(concurrency ? { concurrency } : {}),
    callsPerHour,
    callsPerMonth: p.per === 'month' ? p.volume : callsPerHour * openHoursPerMonth,
    trafficErlangs: r.trafficErlangs,
    agentsOnPhones: r.agents,
    agentsPaid,
    shifts,
    serviceLevel: r.serviceLevel,
    asaSeconds: r.asaSeconds,
    occupancy: r.occupancy,
    used: {
      volume: given(p.volume),
      per: given(p.per),
      ahtSeconds,
      serviceLevel,
      shrinkage: shrink,
      openHoursPerDay: hours,
      openDaysPerWeek: days,
    },
  };
}

/** Agents on duty for a queue of emails: the hour's work in agent-hours, rounded up (no answer-time target in seconds). */
function emailWorkload(perHour: number, ahtSeconds: number): ErlangResult {
  const traffic = (perHour * ahtSeconds) / 3_600;
  const agents = traffic <= 0 ? 0 : Math.ceil(traffic - 1e-9);
  return { trafficErlangs: traffic, agents, serviceLevel: 1, asaSeconds: 0, occupancy: agents === 0 ? 0 : traffic / agents, agentsWithShrinkage: agents };
}

/** The defaults as the older staffing answer reads them (working days per average month included). */
export type LegacyStaffingDefaults = StaffingDefaults & { workingDaysPerMonth: { value: number; reason: Bilingual } };

export type StaffingNeed = ErlangResult & {
  callsPerMonth: number;
  callsPerHour: number;
  ahtSeconds: number;
  ahtAssumed: boolean;
  defaults: LegacyStaffingDefaults;
};

/**
 * Older entry point (dialogs/main-dialog.ts): agents for a monthly call volume, through
 * planStaffing. With no handle time it takes the catalog's default_aht_seconds, as before.
 */
export function staffingForCalls(callsPerMonth: number, ahtSeconds: number | undefined, catalog: Catalog, defaults = staffingDefaults()): StaffingNeed {
  const catalogAht = catalog.entries.find((e) => e.id === 'default_aht_seconds')?.typical;
  const plan = planStaffing({ volume: callsPerMonth, per: 'month', ahtSeconds: ahtSeconds ?? catalogAht }, defaults);
  const workingDays = Math.round(defaults.openDaysPerWeek.value * WEEKS_PER_MONTH * 10) / 10;
  return {
    trafficErlangs: plan.trafficErlangs,
    agents: plan.agentsOnPhones,
    serviceLevel: plan.serviceLevel,
    asaSeconds: plan.asaSeconds,
    occupancy: plan.occupancy,
    agentsWithShrinkage: plan.agentsPaid,
    callsPerMonth,
    callsPerHour: plan.callsPerHour,
    ahtSeconds: plan.used.ahtSeconds.value,
    ahtAssumed: ahtSeconds === undefined,
    defaults: { ...defaults, workingDaysPerMonth: { value: workingDays, reason: defaults.openDaysPerWeek.reason } },
  };
}

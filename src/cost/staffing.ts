/**
 * How many agents a call volume needs (Erlang C), for visitors who know their volume but not
 * their headcount. The planning assumptions (open hours, target, shrinkage) are data in
 * knowledge/staffing.json, validated here and reported with every answer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { erlangC, type ErlangResult } from './erlang';
import type { Catalog } from './catalog';

const Assumption = <T extends z.ZodType>(value: T) =>
  z.object({ value, reason: z.object({ en: z.string().min(1), id: z.string().min(1) }) }).strict();

export const StaffingDefaultsSchema = z
  .object({
    openHoursPerDay: Assumption(z.number().min(1).max(24)),
    workingDaysPerMonth: Assumption(z.number().min(1).max(31)),
    targetServiceLevel: Assumption(z.number().min(0.1).max(0.99)),
    targetSeconds: Assumption(z.number().min(1).max(600)),
    shrinkage: Assumption(z.number().min(0).max(0.9)),
  })
  .strict();
export type StaffingDefaults = z.infer<typeof StaffingDefaultsSchema>;

const DEFAULT_FILE = path.resolve(__dirname, '../../knowledge/staffing.json');
let cached: StaffingDefaults | undefined;

export function staffingDefaults(file = DEFAULT_FILE): StaffingDefaults {
  if (file === DEFAULT_FILE && cached) return cached;
  const result = StaffingDefaultsSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Staffing defaults ${path.basename(file)} field "${issue?.path.join('.')}": ${issue?.message}`);
  }
  if (file === DEFAULT_FILE) cached = result.data;
  return result.data;
}

export type StaffingNeed = ErlangResult & {
  callsPerMonth: number;
  callsPerHour: number;
  ahtSeconds: number;
  ahtAssumed: boolean;
  defaults: StaffingDefaults;
};

/** Agents needed on the phones (and on the payroll, with shrinkage) for a monthly call volume. */
export function staffingForCalls(callsPerMonth: number, ahtSeconds: number | undefined, catalog: Catalog, defaults = staffingDefaults()): StaffingNeed {
  const assumedAht = catalog.entries.find((e) => e.id === 'default_aht_seconds')?.typical ?? 330;
  const aht = ahtSeconds ?? assumedAht;
  const hoursPerMonth = defaults.openHoursPerDay.value * defaults.workingDaysPerMonth.value;
  const callsPerHour = callsPerMonth / hoursPerMonth;
  const result = erlangC({
    calls: callsPerHour,
    periodSeconds: 3_600,
    ahtSeconds: aht,
    targetSeconds: defaults.targetSeconds.value,
    targetServiceLevel: defaults.targetServiceLevel.value,
    shrinkage: defaults.shrinkage.value,
  });
  return { ...result, callsPerMonth, callsPerHour, ahtSeconds: aht, ahtAssumed: ahtSeconds === undefined, defaults };
}

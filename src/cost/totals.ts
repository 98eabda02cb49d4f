import type { Sums } from './lines';
import type { Range, Totals } from './types';

export type { Sums };

/** Whole cents, so sums of line amounts are exact. */
const c = (x: number) => Math.round(x * 100);
const range = (low: number, typical: number, high: number): Range => ({ low: low / 100, typical: typical / 100, high: high / 100 });

/** Total cost after `months`: one-time plus that many months, in whole cents. */
export function afterMonths(oneTime: Range, monthly: Range, months: number): Range {
  return range(
    c(oneTime.low) + months * c(monthly.low),
    c(oneTime.typical) + months * c(monthly.typical),
    c(oneTime.high) + months * c(monthly.high),
  );
}

/** `allInPerAgentMonthly` comes from the deployment's multi-year total (see tco.ts). */
export function totalsOf(sums: Sums, agents: number, allInPerAgentMonthly: Range): Totals {
  const { monthly, oneTime } = sums;
  return {
    monthly,
    annual: afterMonths({ low: 0, typical: 0, high: 0 }, monthly, 12),
    oneTime,
    // As the AWS calculator shows it: upfront plus twelve months.
    first12Months: afterMonths(oneTime, monthly, 12),
    perAgentMonthly: range(
      Math.round(c(monthly.low) / agents),
      Math.round(c(monthly.typical) / agents),
      Math.round(c(monthly.high) / agents),
    ),
    allInPerAgentMonthly,
    baselineMonthly: sums.baselineMonthly,
    usageMonthly: sums.usageMonthly,
  };
}

import { DRIVER_COUNT as DRIVER_COUNT_EXPORT, DRIVER_INDEX, type Sums } from './lines';
import type { PriceBook } from './pricebook';
import { DEPLOYMENTS, type Deployment, type Tier } from './scenario';
import { DRIVER_IDS, type BreakEven, type DeploymentCost, type DriverId, type Range, type Verdict } from './types';

export const COMPARED: readonly Deployment[] = DEPLOYMENTS;

const c = (x: number) => Math.round(x * 100);
// Read once: an imported binding is a getter call on every use under tsx, and the loops below use it often.
const DRIVER_COUNT = DRIVER_COUNT_EXPORT;
const REFRESH_DRIVER = DRIVER_INDEX.hardware_refresh;

/** How many replacements a cycle of `cycle` years buys by the end of year `year` (bought at the start of year cycle + 1, 2 * cycle + 1, ...). */
export function refreshesBy(year: number, cycle: number): number {
  return year < 1 ? 0 : Math.floor((year - 1) / cycle + 1e-9);
}

/** Cumulative cents at the end of `year`, for one bound. */
function centsAt(once: number, month: number, again: number, cycle: number, year: number): number {
  return once + 12 * year * month + again * refreshesBy(year, cycle);
}

/**
 * A deployment over the horizon, per bound: one-time costs before year 1, twelve months a year,
 * and the hardware bought again each time its cycle ends (the low bound with the longest cycle).
 * Each driver's share of the total goes to `totals` from `offset` (cents, driver * 3 + bound),
 * for explaining the verdict.
 */
export function deploymentCost(
  deployment: Deployment,
  sums: Sums,
  years: number,
  agents: number,
  book: PriceBook,
  tier: Tier,
): Compared {
  const cycle = book.tiers[tier].onprem_refresh_years.price;
  const oL = c(sums.oneTime.low), oT = c(sums.oneTime.typical), oH = c(sums.oneTime.high);
  const mL = c(sums.monthly.low), mT = c(sums.monthly.typical), mH = c(sums.monthly.high);
  const rL = c(sums.refresh.low), rT = c(sums.refresh.typical), rH = c(sums.refresh.high);
  const cumulative: number[] = new Array(years);
  const cumulativeRange: Range[] = new Array(years);
  for (let y = 1; y <= years; y++) {
    const typical = centsAt(oT, mT, rT, cycle.typical, y) / 100;
    cumulative[y - 1] = typical;
    cumulativeRange[y - 1] = { low: centsAt(oL, mL, rL, cycle.low, y) / 100, typical, high: centsAt(oH, mH, rH, cycle.high, y) / 100 };
  }
  const tco = cumulativeRange[years - 1]!;
  const refreshYears: number[] = [];
  if (rT > 0) for (let y = cycle.typical + 1; y <= years; y += cycle.typical) refreshYears.push(Math.ceil(y - 1e-9));
  const months = 12 * years * agents;

  return {
    cost: {
      deployment,
      oneTime: sums.oneTime,
      monthly: sums.monthly,
      tco,
      years,
      cumulative,
      cumulativeRange,
      refresh: sums.refresh,
      refreshYears,
      allInPerAgentMonthly: {
        low: Math.round((tco.low * 100) / months) / 100,
        typical: Math.round((tco.typical * 100) / months) / 100,
        high: Math.round((tco.high * 100) / months) / 100,
      },
    },
    sums,
    refreshes: [rL * refreshesBy(years, cycle.low), rT * refreshesBy(years, cycle.typical), rH * refreshesBy(years, cycle.high)],
  };
}

/** A deployment's public figures and, kept off the estimate, what its drivers total is computed from. */
export type Compared = { cost: DeploymentCost; sums: Sums; refreshes: [number, number, number] };

/** One driver's total over the horizon at one bound (0 low, 1 typical, 2 high), in cents. */
function driverTotal(x: Compared, driver: number, bound: number): number {
  if (driver === REFRESH_DRIVER) return x.refreshes[bound]!;
  const buf = x.sums.drivers;
  const i = x.sums.driverOffset + driver * 3 + bound;
  return buf[i + DRIVER_COUNT * 3]! + 12 * x.cost.years * buf[i]!;
}

/**
 * The model with the lowest typical upfront cost (ties: the lower monthly cost) is the one that
 * is cheaper to start; the break-even year is the first year-end at which another model's
 * cumulative typical cost is lower than it. Only the typical lines are compared: the ranges are
 * the verdict's business.
 */
export function breakEvenOf(comparison: DeploymentCost[], years: number): BreakEven {
  let start = comparison[0]!;
  for (const d of comparison) {
    if (
      d.oneTime.typical < start.oneTime.typical ||
      (d.oneTime.typical === start.oneTime.typical && d.monthly.typical < start.monthly.typical)
    ) {
      start = d;
    }
  }
  for (let y = 0; y < years; y++) {
    let best: DeploymentCost | null = null;
    for (const d of comparison) {
      if (d === start) continue;
      if (d.cumulative[y]! < start.cumulative[y]! && (!best || d.cumulative[y]! < best.cumulative[y]!)) best = d;
    }
    if (best) return { cheaperToStart: start.deployment, overtakenBy: best.deployment, year: y + 1, years };
  }
  return { cheaperToStart: start.deployment, overtakenBy: null, year: null, years };
}

const MAX_DRIVERS = 3;
/** Scratch for one verdict's driver weights (a verdict is computed start to finish in one call). */
const WEIGHTS = new Float64Array(DRIVER_COUNT);
/** A driver is named when it carries at least this share of what decides (or could flip) the verdict. */
const DRIVER_SHARE = 0.1;

function cheapestAt(compared: Compared[], bound: 'low' | 'high'): Deployment {
  let best = compared[0]!.cost;
  for (const x of compared) if (x.cost.tco[bound] < best.tco[bound]) best = x.cost;
  return best.deployment;
}

function topDrivers(weights: Float64Array): DriverId[] {
  let total = 0;
  for (let i = 0; i < weights.length; i++) if (weights[i]! > 0) total += weights[i]!;
  if (total <= 0) return [];
  // Pick the largest three in turn (no sort: this runs on every estimate).
  const out: DriverId[] = [];
  let taken = 0;
  while (out.length < MAX_DRIVERS) {
    let best = -1;
    for (let i = 0; i < weights.length; i++) {
      if ((taken & (1 << i)) === 0 && weights[i]! >= DRIVER_SHARE * total && (best < 0 || weights[i]! > weights[best]!)) best = i;
    }
    if (best < 0) break;
    taken |= 1 << best;
    out.push(DRIVER_IDS[best]!);
  }
  return out;
}

/**
 * The comparison's conclusion. The same model must be cheapest with the low, the typical and the
 * high figures (each model priced at that bound) and lead the runner-up by at least the catalog's
 * close margin; otherwise the comparison is too close to call. Drivers: for a clear verdict, the
 * drivers whose typical totals make the winner cheaper than the runner-up; for a close one, the
 * drivers whose ranges are widest between the two, that is, what could flip it.
 */
export function verdictOf(compared: Compared[], breakEven: BreakEven, margin: number): Verdict {
  let leader = compared[0]!;
  for (const x of compared) if (x.cost.tco.typical < leader.cost.tco.typical) leader = x;
  let runnerUp: Compared | undefined;
  for (const x of compared) {
    if (x !== leader && (!runnerUp || x.cost.tco.typical < runnerUp.cost.tco.typical)) runnerUp = x;
  }
  runnerUp ??= leader;
  const lead = runnerUp.cost.tco.typical > 0 ? (runnerUp.cost.tco.typical - leader.cost.tco.typical) / runnerUp.cost.tco.typical : 0;

  const contenders: Deployment[] = [leader.cost.deployment];
  addContender(contenders, cheapestAt(compared, 'low'));
  addContender(contenders, cheapestAt(compared, 'high'));
  for (const x of compared) {
    const t = x.cost.tco.typical;
    if (x !== leader && t > 0 && (t - leader.cost.tco.typical) / t < margin) addContender(contenders, x.cost.deployment);
  }
  const kind = contenders.length === 1 ? 'cheapest' : 'too_close_to_call';
  let rival = runnerUp;
  if (kind === 'too_close_to_call') for (const x of compared) if (x.cost.deployment === contenders[1]) rival = x;

  const weights = WEIGHTS;
  for (let d = 0; d < DRIVER_COUNT; d++) {
    weights[d] =
      kind === 'cheapest'
        ? driverTotal(rival, d, 1) - driverTotal(leader, d, 1)
        : driverTotal(rival, d, 2) - driverTotal(rival, d, 0) + driverTotal(leader, d, 2) - driverTotal(leader, d, 0);
  }
  const drivers = rival === leader ? [] : topDrivers(weights);

  const verdict: Verdict = { kind, deployment: leader.cost.deployment, drivers, contenders, lead: Math.round(lead * 1000) / 1000 };
  if (leader.cost.deployment !== breakEven.cheaperToStart) {
    for (const x of compared) {
      if (x.cost.deployment !== breakEven.cheaperToStart) continue;
      const start = x.cost.cumulative;
      const own = leader.cost.cumulative;
      for (let y = 0; y < own.length; y++) {
        if (own[y]! < start[y]!) {
          verdict.breakEvenYear = y + 1;
          break;
        }
      }
    }
  }
  if (drivers.includes('hardware_refresh')) {
    const years = [...leader.cost.refreshYears, ...rival.cost.refreshYears];
    if (years.length) verdict.refreshYear = Math.min(...years);
  }
  return verdict;
}

function addContender(list: Deployment[], d: Deployment): void {
  if (!list.includes(d)) list.push(d);
}

import { DRIVER_COUNT, DRIVER_INDEX, type Sums } from './lines';
import type { PriceBook } from './pricebook';
import { DEPLOYMENTS, type Deployment, type Tier } from './scenario';
import { DRIVER_IDS, type BreakEven, type DeploymentCost, type DriverId, type Range, type Verdict } from './types';

export const COMPARED: readonly Deployment[] = DEPLOYMENTS;

const c = (x: number) => Math.round(x * 100);
const BOUNDS = ['low', 'typical', 'high'] as const;

/** How many replacements a cycle of `cycle` years buys by the end of year `year` (bought at the start of year cycle + 1, 2 * cycle + 1, ...). */
export function refreshesBy(year: number, cycle: number): number {
  return year < 1 ? 0 : Math.floor((year - 1) / cycle + 1e-9);
}

/**
 * A deployment over the horizon, per bound: one-time costs before year 1, twelve months a year,
 * and the hardware bought again each time its cycle ends (the low bound with the longest cycle).
 * Also keeps each driver's share of the total for explaining the verdict.
 */
export function deploymentCost(
  deployment: Deployment,
  sums: Sums,
  years: number,
  agents: number,
  book: PriceBook,
  tier: Tier,
): Compared {
  const cycle = book.e.onprem_refresh_years.price[tier];
  const cycles = [cycle.low, cycle.typical, cycle.high];
  const once = [c(sums.oneTime.low), c(sums.oneTime.typical), c(sums.oneTime.high)];
  const month = [c(sums.monthly.low), c(sums.monthly.typical), c(sums.monthly.high)];
  const again = [c(sums.refresh.low), c(sums.refresh.typical), c(sums.refresh.high)];
  const cumulative: number[] = new Array(years);
  const cumulativeRange: Range[] = new Array(years);
  for (let y = 1; y <= years; y++) {
    const at = (b: number) => once[b]! + 12 * y * month[b]! + again[b]! * refreshesBy(y, cycles[b]!);
    const low = at(0);
    const typical = at(1);
    const high = at(2);
    cumulative[y - 1] = typical / 100;
    cumulativeRange[y - 1] = { low: low / 100, typical: typical / 100, high: high / 100 };
  }
  const tco = cumulativeRange[years - 1]!;
  const refreshYears: number[] = [];
  if (again[1]! > 0) for (let y = cycle.typical + 1; y <= years; y += cycle.typical) refreshYears.push(Math.ceil(y - 1e-9));
  const months = 12 * years * agents;
  const perAgent = (x: number) => Math.round((x * 100) / months) / 100;

  // Each driver's total over the horizon, in cents, per bound; the refresh is its own driver.
  const driverTotals = new Float64Array(DRIVER_COUNT * 3);
  for (let d = 0; d < DRIVER_COUNT; d++) {
    for (let b = 0; b < 3; b++) driverTotals[d * 3 + b] = sums.driverOnce[d * 3 + b]! + 12 * years * sums.driverMonthly[d * 3 + b]!;
  }
  const r = DRIVER_INDEX.hardware_refresh * 3;
  for (let b = 0; b < 3; b++) driverTotals[r + b] = again[b]! * refreshesBy(years, cycles[b]!);

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
      allInPerAgentMonthly: { low: perAgent(tco.low), typical: perAgent(tco.typical), high: perAgent(tco.high) },
    },
    driverTotals,
  };
}

/** A deployment's public figures and, kept off the estimate, each driver's total per bound (cents). */
export type Compared = { cost: DeploymentCost; driverTotals: Float64Array };

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
/** A driver is named when it carries at least this share of what decides (or could flip) the verdict. */
const DRIVER_SHARE = 0.1;

function cheapestAt(comparison: DeploymentCost[], bound: (typeof BOUNDS)[number]): DeploymentCost {
  let best = comparison[0]!;
  for (const d of comparison) if (d.tco[bound] < best.tco[bound]) best = d;
  return best;
}

function topDrivers(weights: Float64Array): DriverId[] {
  let total = 0;
  for (const w of weights) if (w > 0) total += w;
  if (total <= 0) return [];
  const order = [...weights.keys()].filter((i) => weights[i]! >= DRIVER_SHARE * total).sort((a, b) => weights[b]! - weights[a]!);
  return order.slice(0, MAX_DRIVERS).map((i) => DRIVER_IDS[i]!);
}

/**
 * The comparison's conclusion. The same model must be cheapest with the low, the typical and the
 * high figures (each model priced at that bound) and lead the runner-up by at least the catalog's
 * close margin; otherwise the comparison is too close to call. Drivers: for a clear verdict, the
 * drivers whose typical totals make the winner cheaper than the runner-up; for a close one, the
 * drivers whose ranges are widest between the two, that is, what could flip it.
 */
export function verdictOf(compared: Compared[], breakEven: BreakEven, margin: number): Verdict {
  const comparison = compared.map((x) => x.cost);
  const totals = (d: DeploymentCost) => compared[comparison.indexOf(d)]!.driverTotals;
  const ranked = [...comparison].sort((a, b) => a.tco.typical - b.tco.typical);
  const leader = ranked[0]!;
  const runnerUp = ranked[1] ?? leader;
  const lead = runnerUp.tco.typical > 0 ? (runnerUp.tco.typical - leader.tco.typical) / runnerUp.tco.typical : 0;

  const contenders: Deployment[] = [leader.deployment];
  const add = (d: Deployment) => {
    if (!contenders.includes(d)) contenders.push(d);
  };
  add(cheapestAt(comparison, 'low').deployment);
  add(cheapestAt(comparison, 'high').deployment);
  for (const d of ranked.slice(1)) {
    if (d.tco.typical > 0 && (d.tco.typical - leader.tco.typical) / d.tco.typical < margin) add(d.deployment);
  }
  const kind = contenders.length === 1 ? 'cheapest' : 'too_close_to_call';
  const rival = kind === 'cheapest' ? runnerUp : comparison.find((d) => d.deployment === contenders[1])!;

  const weights = new Float64Array(DRIVER_COUNT);
  const lt = totals(leader);
  const rt = totals(rival);
  for (let d = 0; d < DRIVER_COUNT; d++) {
    const i = d * 3;
    weights[d] = kind === 'cheapest' ? rt[i + 1]! - lt[i + 1]! : rt[i + 2]! - rt[i]! + (lt[i + 2]! - lt[i]!);
  }
  const drivers = rival === leader ? [] : topDrivers(weights);

  const verdict: Verdict = { kind, deployment: leader.deployment, drivers, contenders, lead: Math.round(lead * 1000) / 1000 };
  if (leader.deployment !== breakEven.cheaperToStart) {
    const start = comparison.find((d) => d.deployment === breakEven.cheaperToStart)!;
    const y = leader.cumulative.findIndex((v, i) => v < start.cumulative[i]!);
    if (y >= 0) verdict.breakEvenYear = y + 1;
  }
  if (drivers.includes('hardware_refresh')) {
    const years = [leader, rival].flatMap((d) => d.refreshYears);
    if (years.length) verdict.refreshYear = Math.min(...years);
  }
  return verdict;
}

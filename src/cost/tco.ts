import { afterMonths, type Sums } from './totals';
import { DEPLOYMENTS, type Deployment } from './scenario';
import type { BreakEven, DeploymentCost } from './types';

export function deploymentCost(deployment: Deployment, sums: Sums, years: number): DeploymentCost {
  const cumulative: number[] = new Array(years);
  const oneTime = Math.round(sums.oneTime.typical * 100);
  const monthly = Math.round(sums.monthly.typical * 100);
  for (let y = 1; y <= years; y++) cumulative[y - 1] = (oneTime + 12 * y * monthly) / 100;
  return {
    deployment,
    oneTime: sums.oneTime,
    monthly: sums.monthly,
    tco: afterMonths(sums.oneTime, sums.monthly, 12 * years),
    years,
    cumulative,
  };
}

/**
 * The model with the lowest typical upfront cost (ties: the lower monthly cost) is the one that
 * is cheaper to start; the break-even year is the first year-end at which another model's
 * cumulative typical cost is lower than it.
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

export const COMPARED: readonly Deployment[] = DEPLOYMENTS;

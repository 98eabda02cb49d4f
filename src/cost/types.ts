import type { Bilingual } from './catalog';
import type { Channel, Deployment, Scenario, VolumeKey } from './scenario';

export type Range = { low: number; typical: number; high: number };

export const LINE_IDS = [
  'platform',
  'licence',
  'support',
  'voice',
  'carrier_minutes',
  'trunks',
  'numbers',
  'social',
  'sms',
  'mms',
  'email',
  'webchat',
  'storage',
  'egress',
  'infrastructure',
  'gateway',
  'facility',
  'it_staff',
  'hybrid_integration',
  'admin_overhead',
  'wfm',
  'ai',
  'integration',
] as const;
export type LineId = (typeof LINE_IDS)[number];

/**
 * What a deployment's cost is made of, for explaining a verdict. Several lines feed one driver
 * (carrier minutes, trunks and numbers are all `carrier`); `hardware_refresh` is the hardware
 * bought again within the horizon.
 */
export const DRIVER_IDS = [
  'subscription',
  'licence',
  'maintenance',
  'hardware',
  'hardware_refresh',
  'it_staff',
  'facility',
  'storage',
  'cloud_voice',
  'carrier',
  'hybrid_integration',
  'channels',
  'egress',
  'add_ons',
] as const;
export type DriverId = (typeof DRIVER_IDS)[number];

export type LineItem = {
  id: LineId;
  label: Bilingual;
  unit: string;
  /** null when the volume is unknown (see dependsOnUsage). */
  quantity: number | null;
  unitPrice: Range;
  monthly: Range;
  oneTime: Range;
  assumption: boolean;
  /** Scales with volume rather than seats: kept apart in totals.usageMonthly. */
  usageBased: boolean;
  /** Volume unknown: amounts are 0 and the unit price is what to show. */
  dependsOnUsage: boolean;
  /** Section of the source the price comes from, or "assumption". */
  source: string;
  note?: Bilingual;
  /** A volume that is recorded on this line but not priced by it (emails, chats, social interactions). */
  volume?: { quantity: number; unit: string };
  /** Already bought (the visitor's own on-premises platform): nothing to pay for it now. */
  owned?: true | 'servers' | 'licence';
};

export type Totals = {
  monthly: Range;
  annual: Range;
  oneTime: Range;
  first12Months: Range;
  perAgentMonthly: Range;
  /**
   * Everything over the horizon (one-time costs, hardware bought again, every month) divided by
   * the months of the horizon and the agents: the per-agent figure that hides no upfront cost.
   */
  allInPerAgentMonthly: Range;
  baselineMonthly: Range;
  usageMonthly: Range;
};

export type DeploymentCost = {
  deployment: Deployment;
  /** Bought before year 1. */
  oneTime: Range;
  monthly: Range;
  /** Everything over the horizon, hardware bought again included. */
  tco: Range;
  years: number;
  /** Typical cumulative cost at the end of year 1..years. */
  cumulative: number[];
  /** Low / typical / high cumulative cost at the end of year 1..years (the chart's band). */
  cumulativeRange: Range[];
  /** Hardware bought again (servers, gateways) each time its cycle ends, per bound. */
  refresh: Range;
  /** Years (1-based) in which the typical replacement is bought, within the horizon. */
  refreshYears: number[];
  allInPerAgentMonthly: Range;
};

export type BreakEven = {
  cheaperToStart: Deployment;
  overtakenBy: Deployment | null;
  year: number | null;
  years: number;
};

/**
 * The comparison's conclusion in ids and numbers; the cards and the table put it in words.
 * `cheapest`: the same model is cheapest with the low, the typical and the high figures, and leads
 * the runner-up by at least the catalog's close margin. Otherwise `too_close_to_call`, with the
 * models that could be cheapest as `contenders`.
 */
export type Verdict = {
  kind: 'cheapest' | 'too_close_to_call';
  /** The cheapest model over the horizon with typical figures (for too_close_to_call: the typical leader). */
  deployment: Deployment;
  /** Year the typical line of `deployment` drops below the model that is cheaper to start; absent when it never does. */
  breakEvenYear?: number;
  /** What makes the verdict (cheapest) or what could flip it (too close), largest first. */
  drivers: DriverId[];
  /** Models within reach of being cheapest, the typical leader first. */
  contenders: Deployment[];
  /** Typical lead of `deployment` over the runner-up, as a share of the runner-up's typical total. */
  lead: number;
  /** First typical hardware replacement within the horizon, when `hardware_refresh` is a driver. */
  refreshYear?: number;
};

export type IgnoredVolume = { key: VolumeKey; channel: Channel; value: number };

export type Assumption = {
  id: string;
  label: Bilingual;
  value: number | string;
  unit: string;
  reason: Bilingual;
};

/** An assumption with its value: the same key in a later estimate is the same assumption, already explained. */
export function assumptionKey(a: Assumption): string {
  return `${a.id}=${a.value}`;
}

export type Estimate = {
  scenario: Scenario;
  lineItems: LineItem[];
  totals: Totals;
  comparison: DeploymentCost[];
  breakEven: BreakEven;
  verdict: Verdict;
  /** Volumes given for channels the scenario does not have: not priced; ask whether to add the channel. */
  ignoredVolumes: IgnoredVolume[];
  assumptions: Assumption[];
  /**
   * How many of `assumptions`, from the start, the chosen deployment's lines and totals rest on; the
   * rest only feed the comparison with the other deployments (on-premises hardware and IT staff
   * behind a cloud estimate, say), so a view without the comparison lists only these.
   */
  ownAssumptions: number;
};

import type { Bilingual } from './catalog';
import type { Deployment, Scenario } from './scenario';

export type Range = { low: number; typical: number; high: number };

export const LINE_IDS = [
  'platform',
  'licence',
  'support',
  'voice',
  'social',
  'social_interactions',
  'sms',
  'mms',
  'email',
  'webchat',
  'storage',
  'egress',
  'infrastructure',
  'maintenance',
  'admin_overhead',
  'wfm',
  'ai',
  'integration',
] as const;
export type LineId = (typeof LINE_IDS)[number];

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
};

export type Totals = {
  monthly: Range;
  annual: Range;
  oneTime: Range;
  first12Months: Range;
  perAgentMonthly: Range;
  baselineMonthly: Range;
  usageMonthly: Range;
};

export type DeploymentCost = {
  deployment: Deployment;
  oneTime: Range;
  monthly: Range;
  tco: Range;
  years: number;
  /** Typical cumulative cost at the end of year 1..years. */
  cumulative: number[];
};

export type BreakEven = {
  cheaperToStart: Deployment;
  overtakenBy: Deployment | null;
  year: number | null;
  years: number;
};

export type Assumption = {
  id: string;
  label: Bilingual;
  value: number | string;
  unit: string;
  reason: Bilingual;
};

export type Estimate = {
  scenario: Scenario;
  lineItems: LineItem[];
  totals: Totals;
  comparison: DeploymentCost[];
  breakEven: BreakEven;
  assumptions: Assumption[];
};

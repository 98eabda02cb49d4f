import type { Estimate } from '../cost/estimate';
import type { Channel, Deployment, Tier, Volumes } from '../cost/scenario';
import type { DriverId } from '../cost/types';

/**
 * The parts of the cost engine's `Estimate` (src/cost/estimate.ts) that a lead summary uses,
 * written structurally so this module does not depend on the engine's internals; the engine's
 * real `Estimate` is assignable to it.
 */
type Range = { low: number; typical: number; high: number };
type Localized = { en: string; id: string };

export type EstimateLike = {
  scenario: {
    agents: number;
    channels: Channel[];
    deployment: Deployment;
    volumes?: Volumes;
    voiceBilling: 'included' | 'metered';
    addOns: { wfm: boolean; ai: boolean; aiConversationsPerMonth?: number; customIntegrations: number };
    tier: Tier;
    years: number;
    /** The visitor's own figures in place of assumptions (src/cost/own-prices.ts). */
    ownPrices?: Partial<Record<string, number>>;
    /** The visitor already owns an on-premises platform. */
    owned?: true | 'servers' | 'licence';
  };
  lineItems: { id: string; label: Localized; unit: string; unitPrice: Range; dependsOnUsage: boolean }[];
  totals: { monthly: Range; oneTime: Range; first12Months: Range; perAgentMonthly: Range };
  comparison: { deployment: Deployment; oneTime: Range; monthly: Range; tco: Range; years: number }[];
  breakEven: { cheaperToStart: Deployment; overtakenBy: Deployment | null; year: number | null; years: number };
  verdict: {
    kind: 'cheapest' | 'too_close_to_call';
    deployment: Deployment;
    contenders: Deployment[];
    lead: number;
    drivers: DriverId[];
    breakEvenYear?: number;
  };
  assumptions: { id: string; label: Localized; value: number | string; unit: string }[];
};

/** Compile-time check that the engine's Estimate still fits; tsc fails here if the two drift apart. */
export const estimateFits = (e: Estimate): EstimateLike => e;

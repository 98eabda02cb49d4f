import { defaultCatalog, type Catalog } from './catalog';
import { DRIVER_SLOT, priceLines } from './lines';
import { catalogFor } from './own-prices';
import { AssumptionSink, priceBook } from './pricebook';
import { parseScenario, VOLUME_CHANNEL, type Scenario, type ScenarioInput } from './scenario';
import { breakEvenOf, COMPARED, deploymentCost, verdictOf, type Compared } from './tco';
import { totalsOf } from './totals';
import type { Assumption, DeploymentCost, Estimate, IgnoredVolume, LineItem } from './types';

export type {
  Assumption, BreakEven, DeploymentCost, DriverId, Estimate, IgnoredVolume, LineId, LineItem, Range, Totals, Verdict,
} from './types';

const VOLUME_KEYS = Object.keys(VOLUME_CHANNEL) as (keyof typeof VOLUME_CHANNEL)[];

/** Volumes given for channels the scenario does not have: they are not priced, and the reply should say so. */
export function ignoredVolumesOf(scenario: Scenario): IgnoredVolume[] {
  const out: IgnoredVolume[] = [];
  for (const key of VOLUME_KEYS) {
    const value = scenario.volumes[key];
    const channel = VOLUME_CHANNEL[key];
    if (value !== undefined && !scenario.channels.includes(channel)) out.push({ key, channel, value });
  }
  return out;
}

// Scratch for the drivers of the three deployments: an estimate runs to completion before the next
// starts, and the verdict has read them by then. Allocating them per estimate cost a third of the time.
const DRIVER_SUMS = new Float64Array(COMPARED.length * DRIVER_SLOT);

/** Prices an already-parsed scenario: the hot path, no zod. */
export function estimateParsed(scenario: Scenario, catalog: Catalog = defaultCatalog()): Estimate {
  const book = priceBook(catalogFor(scenario, catalog));
  // The chosen deployment's assumptions come first, then those only the comparison rests on.
  const used = new AssumptionSink(book.assumptionSlots.length);
  let lineItems: LineItem[] = [];
  const compared: Compared[] = [];
  let totals!: Estimate['totals'];
  const ownIndex = COMPARED.indexOf(scenario.deployment);
  const own = priceLines(scenario, scenario.deployment, book, used, true, DRIVER_SUMS, ownIndex * DRIVER_SLOT);
  const ownAssumptions = used.order.length;
  for (let i = 0; i < COMPARED.length; i++) {
    const deployment = COMPARED[i]!;
    // The other deployments only feed the comparison: sums, no line items.
    const priced = i === ownIndex ? own : priceLines(scenario, deployment, book, used, false, DRIVER_SUMS, i * DRIVER_SLOT);
    const row = deploymentCost(deployment, priced.sums, scenario.years, scenario.agents, book, scenario.tier);
    if (deployment === scenario.deployment) {
      lineItems = priced.items;
      totals = totalsOf(priced.sums, scenario.agents, row.cost.allInPerAgentMonthly);
    }
    compared.push(row);
  }
  const comparison: DeploymentCost[] = compared.map((x) => x.cost);
  const breakEven = breakEvenOf(comparison, scenario.years);
  const margin = book.tiers[scenario.tier].verdict_close_margin;
  used.add(margin.slot);
  const verdict = verdictOf(compared, breakEven, margin.entry.typical);
  const assumptions: Assumption[] = new Array(used.order.length);
  const records = book.assumptionsByTier[scenario.tier];
  for (let i = 0; i < used.order.length; i++) assumptions[i] = records[used.order[i]!]!;
  return { scenario, lineItems, totals, comparison, breakEven, verdict, ignoredVolumes: ignoredVolumesOf(scenario), assumptions, ownAssumptions };
}

/** Parses untrusted input (throws ScenarioError naming the field) and prices it. */
export function estimate(input: ScenarioInput, catalog: Catalog = defaultCatalog()): Estimate {
  return estimateParsed(parseScenario(input), catalog);
}

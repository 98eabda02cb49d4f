import { defaultCatalog, type Catalog } from './catalog';
import { priceLines } from './lines';
import { AssumptionSink, priceBook } from './pricebook';
import { parseScenario, type Scenario, type ScenarioInput } from './scenario';
import { breakEvenOf, COMPARED, deploymentCost } from './tco';
import { totalsOf } from './totals';
import type { Assumption, DeploymentCost, Estimate, LineItem } from './types';

export type { Assumption, BreakEven, DeploymentCost, Estimate, LineId, LineItem, Range, Totals } from './types';

/** Prices an already-parsed scenario: the hot path, no zod. */
export function estimateParsed(scenario: Scenario, catalog: Catalog = defaultCatalog()): Estimate {
  const book = priceBook(catalog);
  // The chosen deployment's assumptions come first, then those only the comparison rests on.
  const used = new AssumptionSink(book.assumptionSlots.length);
  let lineItems: LineItem[] = [];
  const comparison: DeploymentCost[] = [];
  let totals!: Estimate['totals'];
  const own = priceLines(scenario, scenario.deployment, book, used);
  for (const deployment of COMPARED) {
    // The other deployments only feed the comparison: sums, no line items.
    const priced = deployment === scenario.deployment ? own : priceLines(scenario, deployment, book, used, false);
    if (deployment === scenario.deployment) {
      lineItems = priced.items;
      totals = totalsOf(priced.sums, scenario.agents);
    }
    comparison.push(deploymentCost(deployment, priced.sums, scenario.years));
  }
  const assumptions: Assumption[] = new Array(used.order.length);
  for (let i = 0; i < used.order.length; i++) assumptions[i] = book.assumptionSlots[used.order[i]!]![scenario.tier];
  return { scenario, lineItems, totals, comparison, breakEven: breakEvenOf(comparison, scenario.years), assumptions };
}

/** Parses untrusted input (throws ScenarioError naming the field) and prices it. */
export function estimate(input: ScenarioInput, catalog: Catalog = defaultCatalog()): Estimate {
  return estimateParsed(parseScenario(input), catalog);
}

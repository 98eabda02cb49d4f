/**
 * Estimates of recently priced scenarios, so a conversation's later turns (a what-if's "before",
 * a question about the estimate on screen) do not price the same scenario again: pricing parses
 * the scenario and computes three deployments, ~4% of a turn's CPU (issue #13).
 *
 * An estimate is a pure function of the scenario input and the catalog, so the memo cannot change
 * an answer; cached estimates are deep-frozen, so code that tried to edit one would throw rather
 * than change what the next turn sees.
 */
import { estimate as priceScenario } from '../cost/estimate';
import type { Catalog } from '../cost/catalog';
import type { ScenarioInput } from '../cost/scenario';
import type { Estimate } from '../cost/types';

/** Scenarios remembered per catalog: a few hundred open conversations' worth (an estimate is ~10 KB). */
const REMEMBERED = 256;
const byCatalog = new WeakMap<Catalog, Map<string, Estimate>>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The estimate of `input` under `catalog`; throws what the engine throws for an invalid scenario. */
export function memoEstimate(input: ScenarioInput, catalog: Catalog): Estimate {
  let memo = byCatalog.get(catalog);
  if (!memo) byCatalog.set(catalog, (memo = new Map()));
  // toScenarioInput builds its keys in a fixed order, so equal scenarios give equal text
  const key = JSON.stringify(input);
  const hit = memo.get(key);
  if (hit) {
    memo.delete(key);
    memo.set(key, hit);
    return hit;
  }
  const e = deepFreeze(priceScenario(input, catalog));
  memo.set(key, e);
  if (memo.size > REMEMBERED) memo.delete(memo.keys().next().value!);
  return e;
}

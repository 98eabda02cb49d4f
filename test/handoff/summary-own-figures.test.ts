/**
 * A figure the visitor gave (their IT cost, a negotiated licence) went to sales under "Assumptions used (not
 * stated in the conversation)" (2026-12-01): it is listed as the visitor's, in the JSON document and the text.
 */
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/cost/estimate';
import { summarizeScenario } from '../../src/handoff/summary';
import { ScenarioSummarySchema } from '../../src/handoff/lead-schema';

describe('the visitor\'s own figures in the lead summary', () => {
  it('are under ownFigures, not under assumptions, and the summary still validates', () => {
    const e = estimate({ agents: 50, channels: ['voice'], deployment: 'onPremises', ownPrices: { itFtePerMonth: 11000 } });
    const s = ScenarioSummarySchema.parse(summarizeScenario(e));
    expect(s.ownFigures).toEqual([expect.objectContaining({ id: 'onprem_it_fte_cost', value: 11000 })]);
    expect(s.assumptions.some((a) => a.id === 'onprem_it_fte_cost')).toBe(false);
  });
  it('are absent when the visitor gave none', () => {
    const s = summarizeScenario(estimate({ agents: 50, channels: ['voice'], deployment: 'onPremises' }));
    expect(s.ownFigures).toBeUndefined();
    expect(s.assumptions.some((a) => a.id === 'onprem_it_fte_cost')).toBe(true);
  });
});

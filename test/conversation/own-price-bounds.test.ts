/**
 * A figure of the visitor's own that the cost engine's schema refuses is rejected where the draft is built, with
 * the key it was meant for; before, the draft took it and pricing failed the whole turn ("something went wrong").
 */
import { describe, expect, it } from 'vitest';
import { applyCommands, emptyDraft } from '../../src/conversation/draft';
import type { Command } from '../../src/nlu/commands';
import { toScenarioInput } from '../../src/conversation/draft';
import { estimate } from '../../src/cost/estimate';

const base = applyCommands(emptyDraft(), [
  { type: 'set', slot: 'agents', value: 35 },
  { type: 'set', slot: 'channels', value: ['voice'] },
  { type: 'set', slot: 'deployment', value: 'hybrid' },
] as Command[]).draft;

describe('own figures outside the engine\'s bounds', () => {
  it.each([
    ['licence_price', 120_000, 'licencePerAgentMonth'],
    ['onprem_licence_price', 5_000_000, 'onpremLicencePerAgent'],
    ['it_cost', 2_000_000, 'itFtePerMonth'],
    ['storage_price', 3_000_000, 'storagePerAgentYear'],
    ['hybrid_cloud_share', 1.5, 'hybridCloudShare'],
    ['hardware_years', 40, 'hardwareRefreshYears'],
  ] as const)('%s = %d is rejected, the draft unchanged and still priceable', (slot, value, key) => {
    const applied = applyCommands(base, [{ type: 'set', slot, value } as Command]);
    expect(applied.rejected).toEqual([{ slot: 'ownPrice', key, reason: 'outOfRange', value }]);
    expect(applied.draft.ownPrices?.[key]).toBeUndefined();
    expect(() => estimate(toScenarioInput(applied.draft))).not.toThrow();
  });

  it.each([
    ['licence_price', 90, 'licencePerAgentMonth'],
    ['it_cost', 9_000, 'itFtePerMonth'],
    ['hybrid_cloud_share', 0.7, 'hybridCloudShare'],
  ] as const)('%s = %d is taken', (slot, value, key) => {
    const applied = applyCommands(base, [{ type: 'set', slot, value } as Command]);
    expect(applied.rejected).toEqual([]);
    expect(applied.draft.ownPrices?.[key]).toBe(value);
  });
});

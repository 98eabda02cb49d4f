import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VolumesSchema } from '../../src/cost/scenario';
import { CHANNEL_LIST, extractSlots, INTENTS, MAX_AGENTS, SLOTS } from '../../src/nlu/index';

/** Words the extractor reacts to, mixed with noise, so generated messages reach the interesting paths. */
const VOCAB = [
  '40', '1,200', '1.200', '1.5', '-5', '0', '5k', 'forty', 'five', 'empat', 'puluh', 'ribu', 'agents', 'agen', 'seats',
  'calls', 'sms', 'a', 'month', 'per', 'no', 'not', 'without', 'tanpa', 'voice', 'email', 'chat', 'cloud', 'on-prem',
  'hybrid', 'both', 'all', 'channels', 'except', 'only', 'years', 'tahun', 'wfm', 'ai', 'integrations', '$', '%',
  'minutes', 'seconds', 'aht', 'GB', 'TB', 'MB', 'compare', '?', ',', '.', 'hi', 'yes', 'tidak', 'and', 'dan', 'make', 'it', 'for', 'instead',
  '24/7', '2019', 'since', 'premium', 'basic', 'per-minute', 'unlimited', 'zzz', 'é', '🙂',
];
const message = fc.array(fc.constantFrom(...VOCAB), { maxLength: 14 }).map((words) => words.join(' '));

describe('extractSlots invariants', () => {
  it('never throws and always returns values the cost engine accepts', () => {
    fc.assert(
      fc.property(fc.oneof(message, fc.string({ maxLength: 80 })), fc.constantFrom(undefined, ...SLOTS), (text, expecting) => {
        const got = extractSlots(text, { expecting });
        expect(['en', 'id']).toContain(got.lang);
        for (const intent of got.intents) expect(INTENTS).toContain(intent);
        if (got.agents !== undefined) {
          expect(Number.isInteger(got.agents)).toBe(true);
          expect(got.agents).toBeGreaterThanOrEqual(1);
          expect(got.agents).toBeLessThanOrEqual(MAX_AGENTS);
          expect(got.agentsRejected).toBeUndefined();
        }
        if (got.years !== undefined) expect(got.years >= 1 && got.years <= 100 && Number.isInteger(got.years)).toBe(true);
        const integrations = got.addOns?.customIntegrations;
        if (integrations !== undefined) expect(Number.isInteger(integrations) && integrations >= 0 && integrations <= 50).toBe(true);
        if (got.channels) {
          for (const c of [...got.channels.add, ...got.channels.remove]) expect(CHANNEL_LIST).toContain(c);
          expect(got.channels.add.filter((c) => got.channels?.remove.includes(c))).toEqual([]);
        }
        if (got.volumes) expect(VolumesSchema.safeParse(got.volumes).success).toBe(true);
        if (got.agentsRejected?.reason === 'notANumber') expect(expecting).toBe('agents');
      }),
      { numRuns: 1500 },
    );
  });
});

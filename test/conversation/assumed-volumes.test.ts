/**
 * A change of a volume the visitor never gave scales the volume the estimate assumes (the typical preset per agent
 * times the head count): "what if call volume doubles" was refused ("I do not have that volume yet"), and "what if
 * volume doubles" doubled the head count.
 */
import { describe, expect, it } from 'vitest';
import { applyCommands, emptyDraft } from '../../src/conversation/draft';
import { defaultCatalog } from '../../src/cost/catalog';
import type { Command } from '../../src/nlu/commands';
import { readRelative } from '../../src/nlu/scenario-entities';

const typical = defaultCatalog().presets.typical;
const draft = (channels: string[]) => applyCommands(emptyDraft(), [
  { type: 'set', slot: 'agents', value: 35 },
  { type: 'set', slot: 'channels', value: channels },
  { type: 'set', slot: 'deployment', value: 'cloud' },
] as Command[]).draft;

describe('relative changes of assumed volumes', () => {
  it('doubling the call minutes nobody gave doubles the preset', () => {
    const a = applyCommands(draft(['voice']), [{ type: 'relative', slot: 'minutes_month', op: 'mul', amount: 2 }], typical);
    expect(a.rejected).toEqual([]);
    expect(a.draft.volumes.voiceMinutesPerMonth).toBe(typical.voiceMinutes * 35 * 2);
  });

  it('"call volume" with no calls given scales the minutes', () => {
    const a = applyCommands(draft(['voice']), [{ type: 'relative', slot: 'calls_month', op: 'pct', amount: 50 }], typical);
    expect(a.draft.volumes.voiceMinutesPerMonth).toBe(typical.voiceMinutes * 35 * 1.5);
    expect(a.draft.volumes.callsPerMonth).toBeUndefined();
  });

  it('"the volume" scales every volume of the scenario\'s channels, and the data with them, nothing else', () => {
    const a = applyCommands(draft(['voice', 'sms']), [{ type: 'relative', slot: 'volumes', op: 'mul', amount: 2 }], typical);
    expect(a.draft.volumes).toEqual({
      voiceMinutesPerMonth: typical.voiceMinutes * 70,
      smsPerMonth: typical.sms * 70,
      egressGbPerMonth: typical.egressGb * 70,
    });
    expect(a.volumesWithoutChannel).toEqual([]);
  });

  it('a volume the visitor gave is the base, not the preset', () => {
    const given = applyCommands(draft(['sms']), [{ type: 'set', slot: 'sms_month', value: 1000 }]).draft;
    const a = applyCommands(given, [{ type: 'relative', slot: 'sms_month', op: 'pct', amount: 20 }], typical);
    expect(a.draft.volumes.smsPerMonth).toBe(1200);
  });

  it('a share of a channel the scenario lacks is still refused', () => {
    const a = applyCommands(draft(['voice']), [{ type: 'relative', slot: 'sms_month', op: 'pct', amount: 20 }], typical);
    expect(a.rejected).toEqual([{ slot: 'smsPerMonth', reason: 'noBase' }]);
  });

  it.each([
    ['what if volume doubles', 'volumes', 2],
    ['what if call volume doubles', 'calls_month', 2],
    ['double the agents', 'agents', 2],
    ['traffic naik 2 kali lipat', 'volumes', 2],
  ])('%s → %s × %d', (text, slot, amount) => {
    expect(readRelative(text)).toEqual([{ type: 'relative', slot, op: 'mul', amount }]);
  });
});

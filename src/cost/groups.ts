import type { Estimate, LineId, LineItem, Range } from './types';

/**
 * The estimate's lines gathered into a few groups, for a visitor who asks "how much of that is infrastructure vs
 * licences?" or "breakdown per channel": by kind (software, running your own infrastructure, channel usage, add-ons)
 * or by channel (each channel's own lines, then what every channel shares). Every line belongs to exactly one group of
 * each grouping, so the groups add up to the estimate's totals.
 */
export const GROUPINGS = ['kind', 'channel'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export const KIND_GROUPS = ['software', 'infrastructure', 'usage', 'add_ons'] as const;
export const CHANNEL_GROUPS = ['voice', 'sms', 'mms', 'social', 'email', 'webchat', 'shared', 'add_ons'] as const;
/** The channels a visitor calls "messaging": written, not spoken, and not email. */
export const MESSAGING_GROUPS = ['sms', 'mms', 'social', 'webchat'] as const;
export type GroupId = (typeof KIND_GROUPS)[number] | (typeof CHANNEL_GROUPS)[number];

const KIND_OF: Record<LineId, (typeof KIND_GROUPS)[number]> = {
  platform: 'software', licence: 'software', support: 'software',
  infrastructure: 'infrastructure', gateway: 'infrastructure', facility: 'infrastructure', it_staff: 'infrastructure',
  storage: 'infrastructure', egress: 'infrastructure', hybrid_integration: 'infrastructure', admin_overhead: 'infrastructure',
  voice: 'usage', carrier_minutes: 'usage', trunks: 'usage', numbers: 'usage', social: 'usage', sms: 'usage', mms: 'usage', email: 'usage', webchat: 'usage',
  wfm: 'add_ons', ai: 'add_ons', integration: 'add_ons',
};

const CHANNEL_OF: Record<LineId, (typeof CHANNEL_GROUPS)[number]> = {
  voice: 'voice', carrier_minutes: 'voice', trunks: 'voice', numbers: 'voice', gateway: 'voice',
  sms: 'sms', mms: 'mms', social: 'social', email: 'email', webchat: 'webchat',
  platform: 'shared', licence: 'shared', support: 'shared', infrastructure: 'shared', facility: 'shared', it_staff: 'shared',
  storage: 'shared', egress: 'shared', hybrid_integration: 'shared', admin_overhead: 'shared',
  wfm: 'add_ons', ai: 'add_ons', integration: 'add_ons',
};

export type LineGroup = { id: GroupId; lines: LineItem[]; monthly: Range; oneTime: Range };

const add = (a: Range, b: Range): Range => ({ low: a.low + b.low, typical: a.typical + b.typical, high: a.high + b.high });
const ZERO: Range = { low: 0, typical: 0, high: 0 };

/** The estimate's lines in the grouping's order; a group with no line in this estimate is left out. */
export function groupLines(e: Estimate, by: Grouping): LineGroup[] {
  const order: readonly GroupId[] = by === 'kind' ? KIND_GROUPS : CHANNEL_GROUPS;
  const of = by === 'kind' ? KIND_OF : CHANNEL_OF;
  return order
    .map((id) => {
      const lines = e.lineItems.filter((l) => of[l.id] === id);
      return { id, lines, monthly: lines.reduce((s, l) => add(s, l.monthly), ZERO), oneTime: lines.reduce((s, l) => add(s, l.oneTime), ZERO) };
    })
    .filter((g) => g.lines.length > 0);
}

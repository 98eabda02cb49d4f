/**
 * The scenario a conversation is building, and how each message changes it.
 * Pure functions over plain data (no Bot Framework types), so the form logic,
 * the what-if edits and their tests share one implementation.
 */
import { z } from 'zod';
import { ChannelSchema, DeploymentSchema, type Channel, type Deployment, type ScenarioInput } from '../cost/scenario';
import type { Extraction } from '../nlu';

export const ALL_CHANNELS: readonly Channel[] = ChannelSchema.options;

const VolumesSchema = z
  .object({
    voiceMinutesPerMonth: z.number().nonnegative().optional(),
    callsPerMonth: z.number().nonnegative().optional(),
    ahtSeconds: z.number().positive().optional(),
    smsPerMonth: z.number().nonnegative().optional(),
    mmsPerMonth: z.number().nonnegative().optional(),
    socialInteractionsPerMonth: z.number().nonnegative().optional(),
    egressGbPerMonth: z.number().nonnegative().optional(),
  })
  .default({});

/** Stored in conversation state; parsed on read so an old or damaged record cannot crash a turn. */
export const DraftSchema = z.object({
  agents: z.number().int().min(1).max(100_000).optional(),
  channels: z.array(ChannelSchema).optional(),
  deployment: DeploymentSchema.optional(),
  volumes: VolumesSchema,
  voiceBilling: z.enum(['included', 'metered']).optional(),
  addOns: z
    .object({
      wfm: z.boolean().optional(),
      ai: z.boolean().optional(),
      customIntegrations: z.number().int().min(0).max(50).optional(),
    })
    .default({}),
  tier: z.enum(['essential', 'standard', 'premium']).optional(),
  years: z.number().int().min(1).max(10).optional(),
});
export type ScenarioDraft = z.infer<typeof DraftSchema>;

export type RequiredSlot = 'agents' | 'channels' | 'deployment';

export type Change =
  | { kind: 'agents'; before?: number; after: number }
  | { kind: 'deployment'; before?: Deployment; after: Deployment }
  | { kind: 'channelsAdded'; channels: Channel[] }
  | { kind: 'channelsRemoved'; channels: Channel[] }
  | { kind: 'volumes' }
  | { kind: 'addOns' }
  | { kind: 'voiceBilling' }
  | { kind: 'tier'; before?: string; after: string }
  | { kind: 'years'; before?: number; after: number };

export function emptyDraft(): ScenarioDraft {
  return { volumes: {}, addOns: {} };
}

export function parseDraft(value: unknown): ScenarioDraft {
  const parsed = DraftSchema.safeParse(value);
  return parsed.success ? parsed.data : emptyDraft();
}

export function missingSlot(draft: ScenarioDraft): RequiredSlot | undefined {
  if (draft.agents === undefined) return 'agents';
  if (draft.channels === undefined || draft.channels.length === 0) return 'channels';
  if (draft.deployment === undefined) return 'deployment';
  return undefined;
}

export function isComplete(draft: ScenarioDraft): boolean {
  return missingSlot(draft) === undefined;
}

/** True when the extraction carries anything that changes a scenario. */
export function hasScenarioContent(ex: Extraction): boolean {
  return (
    ex.agents !== undefined ||
    ex.agentsDelta !== undefined ||
    (ex.channels !== undefined && (ex.channels.add.length > 0 || ex.channels.remove.length > 0 || ex.channels.all === true)) ||
    ex.deployment !== undefined ||
    (ex.volumes !== undefined && Object.keys(ex.volumes).length > 0) ||
    ex.voiceBilling !== undefined ||
    (ex.addOns !== undefined && Object.keys(ex.addOns).length > 0) ||
    ex.tier !== undefined ||
    ex.years !== undefined
  );
}

function orderChannels(channels: Iterable<Channel>): Channel[] {
  const set = new Set(channels);
  return ALL_CHANNELS.filter((c) => set.has(c));
}

/**
 * Applies what a message said to the draft. Channel edits are relative ("add SMS",
 * "drop social") unless the message lists channels while the question is being asked
 * or says "only", in which case the list replaces the previous one.
 */
export function applyExtraction(
  draft: ScenarioDraft,
  ex: Extraction,
  opts: { replaceChannels?: boolean } = {},
): { draft: ScenarioDraft; changes: Change[] } {
  const next: ScenarioDraft = {
    ...draft,
    channels: draft.channels ? [...draft.channels] : undefined,
    volumes: { ...draft.volumes },
    addOns: { ...draft.addOns },
  };
  const changes: Change[] = [];

  // "add 10 more agents" / "5 fewer": relative to the current count (ignored while there is none).
  const agents =
    ex.agents ??
    (ex.agentsDelta !== undefined && draft.agents !== undefined
      ? Math.min(100_000, Math.max(1, draft.agents + ex.agentsDelta))
      : undefined);
  if (agents !== undefined && agents !== draft.agents) {
    next.agents = agents;
    changes.push({ kind: 'agents', before: draft.agents, after: agents });
  }

  if (ex.channels) {
    const before = new Set(draft.channels ?? []);
    let after: Set<Channel>;
    if (ex.channels.all) after = new Set(ALL_CHANNELS);
    else if ((ex.channels.only || opts.replaceChannels) && ex.channels.add.length > 0) after = new Set(ex.channels.add);
    else after = new Set([...before, ...ex.channels.add]);
    for (const c of ex.channels.remove) after.delete(c);
    const added = orderChannels([...after].filter((c) => !before.has(c)));
    const removed = orderChannels([...before].filter((c) => !after.has(c)));
    if (added.length > 0 || removed.length > 0 || draft.channels === undefined) {
      next.channels = orderChannels(after);
      if (added.length > 0) changes.push({ kind: 'channelsAdded', channels: added });
      if (removed.length > 0) changes.push({ kind: 'channelsRemoved', channels: removed });
    }
  }

  if (ex.deployment !== undefined && ex.deployment !== draft.deployment) {
    next.deployment = ex.deployment;
    changes.push({ kind: 'deployment', before: draft.deployment, after: ex.deployment });
  }

  if (ex.volumes && Object.keys(ex.volumes).length > 0) {
    const merged = { ...next.volumes, ...ex.volumes };
    // Minutes given directly win over calls × handle time, and the other way round, whichever came last.
    if (ex.volumes.voiceMinutesPerMonth !== undefined && ex.volumes.callsPerMonth === undefined) delete merged.callsPerMonth;
    if (ex.volumes.callsPerMonth !== undefined && ex.volumes.voiceMinutesPerMonth === undefined) delete merged.voiceMinutesPerMonth;
    if (JSON.stringify(merged) !== JSON.stringify(next.volumes)) {
      next.volumes = merged;
      changes.push({ kind: 'volumes' });
    }
  }

  if (ex.voiceBilling !== undefined && ex.voiceBilling !== draft.voiceBilling) {
    next.voiceBilling = ex.voiceBilling;
    changes.push({ kind: 'voiceBilling' });
  }

  if (ex.addOns && Object.keys(ex.addOns).length > 0) {
    const merged = { ...next.addOns, ...ex.addOns };
    if (JSON.stringify(merged) !== JSON.stringify(next.addOns)) {
      next.addOns = merged;
      changes.push({ kind: 'addOns' });
    }
  }

  // Compared with the effective values, so "3 years" when 3 is already the horizon changes nothing.
  if (ex.tier !== undefined && ex.tier !== (draft.tier ?? 'standard')) {
    next.tier = ex.tier;
    changes.push({ kind: 'tier', before: draft.tier, after: ex.tier });
  }

  if (ex.years !== undefined && ex.years !== (draft.years ?? 3)) {
    next.years = ex.years;
    changes.push({ kind: 'years', before: draft.years ?? 3, after: ex.years });
  }

  return { draft: next, changes };
}

/** The engine's input for a complete draft (call isComplete first). */
export function toScenarioInput(draft: ScenarioDraft): ScenarioInput {
  if (!isComplete(draft)) throw new Error(`draft is missing ${missingSlot(draft)}`);
  const addOns = {
    wfm: draft.addOns.wfm ?? false,
    ai: draft.addOns.ai ?? false,
    customIntegrations: draft.addOns.customIntegrations ?? 0,
  };
  return {
    agents: draft.agents!,
    channels: draft.channels!,
    deployment: draft.deployment!,
    volumes: { ...draft.volumes },
    ...(draft.voiceBilling ? { voiceBilling: draft.voiceBilling } : {}),
    addOns,
    ...(draft.tier ? { tier: draft.tier } : {}),
    ...(draft.years ? { years: draft.years } : {}),
  } as ScenarioInput;
}

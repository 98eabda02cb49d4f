/**
 * The scenario a conversation is building, and how commands change it. Pure functions over plain
 * data: the estimate form, the what-if edits and their tests share one implementation. The draft is
 * parsed into the engine's scenario once, in toScenarioInput.
 */
import { z } from 'zod';
import {
  CHANNELS,
  ChannelSchema,
  DeploymentSchema,
  MAX_AGENTS,
  type Channel,
  type Deployment,
  type Scenario,
  type ScenarioInput,
} from '../cost/scenario';
import type { Command } from '../nlu/commands';
import { OwnPricesSchema, type OwnPriceKey } from '../cost/own-prices';
import type { UsagePreset } from '../cost/catalog';

export const ALL_CHANNELS: readonly Channel[] = CHANNELS;
export const DEFAULT_YEARS = 3;
export const MAX_YEARS = 10;
export const MAX_INTEGRATIONS = 50;

const volume = z.number().nonnegative().max(1e9).optional();
const VolumesSchema = z
  .object({
    voiceMinutesPerMonth: volume,
    callsPerMonth: volume,
    ahtSeconds: z.number().positive().max(36_000).optional(),
    smsPerMonth: volume,
    mmsPerMonth: volume,
    socialInteractionsPerMonth: volume,
    emailPerMonth: volume,
    chatsPerMonth: volume,
    egressGbPerMonth: volume,
  })
  .default({});
export type DraftVolumes = z.infer<typeof VolumesSchema>;
export type VolumeKey = keyof DraftVolumes;

/** Stored in conversation state; parsed on read so an old or damaged record cannot crash a turn. */
export const DraftSchema = z.object({
  agents: z.number().int().min(1).max(MAX_AGENTS).optional(),
  channels: z.array(ChannelSchema).optional(),
  deployment: DeploymentSchema.optional(),
  volumes: VolumesSchema,
  voiceBilling: z.enum(['included', 'metered']).optional(),
  addOns: z
    .object({
      wfm: z.boolean().optional(),
      ai: z.boolean().optional(),
      aiConversationsPerMonth: z.number().int().min(0).max(1_000_000_000).optional(),
      customIntegrations: z.number().int().min(0).max(MAX_INTEGRATIONS).optional(),
    })
    .default({}),
  tier: z.enum(['essential', 'standard', 'premium']).optional(),
  years: z.number().int().min(1).max(MAX_YEARS).optional(),
  /** The visitor's social channel is WhatsApp: named as such, priced on the social-media figures (an assumption). */
  whatsapp: z.boolean().optional(),
  /** Other social networks named beside WhatsApp ("WA dan IG"), shown with it on the social line. */
  socialNetworks: z.array(z.string().min(1).max(20)).max(6).optional(),
  /** Figures of the visitor's own in place of the catalog's assumptions (US dollars a month). */
  ownPrices: OwnPricesSchema.optional(),
  /** The visitor already owns an on-premises platform ("our servers are paid off"): its purchase is sunk. */
  owned: z.union([z.boolean(), z.literal('servers'), z.literal('licence')]).optional(),
  /** In-house staff are paid at Indonesian rates: set once the conversation is in Indonesian or in rupiah. */
  labourMarket: z.literal('id').optional(),
});
export type ScenarioDraft = z.infer<typeof DraftSchema>;

export type RequiredSlot = 'agents' | 'channels' | 'deployment';

export type Change =
  | { kind: 'agents'; before?: number; after: number }
  | { kind: 'deployment'; before?: Deployment; after: Deployment }
  | { kind: 'channelsAdded'; channels: Channel[] }
  | { kind: 'channelsRemoved'; channels: Channel[] }
  | { kind: 'volume'; key: VolumeKey; after: number }
  | { kind: 'addOn'; addOn: 'wfm' | 'ai'; after: boolean }
  | { kind: 'integrations'; after: number }
  | { kind: 'aiConversations'; after: number }
  | { kind: 'tier'; before?: string; after: string }
  | { kind: 'years'; before?: number; after: number }
  | { kind: 'ownPrice'; key: OwnPriceKey; after: number }
  | { kind: 'owned'; after: boolean | 'servers' | 'licence' }
  | { kind: 'voiceBilling'; after: 'included' | 'metered' };

/** Why a value was not taken. */
export type Rejection =
  | { slot: 'agents'; reason: 'zero' | 'negative' | 'decimal' | 'tooLarge'; value: number }
  | { slot: 'years'; reason: 'tooLong' | 'tooShort'; value: number }
  | { slot: 'channels'; reason: 'noneLeft' }
  | { slot: VolumeKey; reason: 'noBase' | 'perAgentNoAgents' }
  | { slot: 'integrations'; reason: 'tooLarge'; value: number }
  /** A figure of the visitor's own that the estimate cannot take ("120k" read as a licence a month). */
  | { slot: 'ownPrice'; key: OwnPriceKey; reason: 'outOfRange'; value: number };

/** A volume said per agent and the head count it was multiplied by. */
export type PerAgentVolume = { key: VolumeKey; perAgent: number; agents: number };

export type Applied = {
  draft: ScenarioDraft;
  changes: Change[];
  rejected: Rejection[];
  /** Volumes given for channels the scenario does not have ("10,000 SMS" without SMS). */
  volumesWithoutChannel: Channel[];
  /** Volumes said per agent, multiplied by the head count (the advisor says so). */
  perAgentVolumes?: PerAgentVolume[];
};

export function emptyDraft(): ScenarioDraft {
  return { volumes: {}, addOns: {} };
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

export function orderChannels(channels: Iterable<Channel>): Channel[] {
  const set = new Set(channels);
  return ALL_CHANNELS.filter((c) => set.has(c));
}

const VOLUME_OF_SLOT: Record<string, VolumeKey> = {
  calls_month: 'callsPerMonth',
  minutes_month: 'voiceMinutesPerMonth',
  sms_month: 'smsPerMonth',
  mms_month: 'mmsPerMonth',
  social_month: 'socialInteractionsPerMonth',
  email_month: 'emailPerMonth',
  chat_month: 'chatsPerMonth',
  egress_gb: 'egressGbPerMonth',
};

/** The channel a volume belongs to; egress belongs to none. */
export const CHANNEL_OF_VOLUME: Partial<Record<VolumeKey, Channel>> = {
  callsPerMonth: 'voice',
  voiceMinutesPerMonth: 'voice',
  smsPerMonth: 'sms',
  mmsPerMonth: 'mms',
  socialInteractionsPerMonth: 'social',
  emailPerMonth: 'email',
  chatsPerMonth: 'webchat',
};

/** Whether a command changes the scenario (as opposed to contact details or acts). */
export function isScenarioCommand(c: Command): boolean {
  if (c.type === 'add' || c.type === 'remove') return true;
  if (c.type === 'relative') return true;
  if (c.type === 'set' || c.type === 'correct') return !['name', 'email', 'company', 'phone', 'time', 'currency'].includes(c.slot);
  return false;
}

function checkAgents(value: number, rejected: Rejection[]): number | undefined {
  if (value < 0) rejected.push({ slot: 'agents', reason: 'negative', value });
  else if (value === 0) rejected.push({ slot: 'agents', reason: 'zero', value });
  else if (!Number.isInteger(value)) rejected.push({ slot: 'agents', reason: 'decimal', value });
  else if (value > MAX_AGENTS) rejected.push({ slot: 'agents', reason: 'tooLarge', value });
  else return value;
  return undefined;
}

function relativeValue(base: number, op: 'mul' | 'add' | 'pct', amount: number): number {
  if (op === 'mul') return base * amount;
  if (op === 'add') return base + amount;
  return base * (1 + amount / 100);
}

/**
 * Applies the scenario commands of one message to the draft. A channel list replaces the current one
 * when it is the answer to the channels question or says "only" (`set`); `add` and `remove` edit it.
 */
/** The usage preset's key for each volume that has one (per agent per month). */
const PRESET_OF: Partial<Record<VolumeKey, keyof UsagePreset>> = {
  voiceMinutesPerMonth: 'voiceMinutes', smsPerMonth: 'sms', mmsPerMonth: 'mms', socialInteractionsPerMonth: 'socialInteractions', egressGbPerMonth: 'egressGb',
};
/** The volumes of each channel a change of "the volume" scales. */
const VOLUMES_OF_CHANNEL: Record<Channel, VolumeKey[]> = {
  voice: ['voiceMinutesPerMonth', 'callsPerMonth'], sms: ['smsPerMonth'], mms: ['mmsPerMonth'], social: ['socialInteractionsPerMonth'],
  email: ['emailPerMonth'], webchat: ['chatsPerMonth'],
};

/**
 * `typical`: the usage preset the estimate assumes where the visitor gave no volume, so "what if call volume doubles"
 * doubles what the estimate shows (it was refused as a change of a volume it did not have).
 */
export function applyCommands(draft: ScenarioDraft, commands: readonly Command[], typical?: UsagePreset): Applied {
  const next: ScenarioDraft = {
    ...draft,
    channels: draft.channels ? [...draft.channels] : undefined,
    volumes: { ...draft.volumes },
    addOns: { ...draft.addOns },
  };
  const rejected: Rejection[] = [];
  const volumesTouched: VolumeKey[] = [];
  const perAgentVolumes: PerAgentVolume[] = [];
  // a volume the estimate assumes: the preset per agent times the head count (of a channel the scenario has; a share
  // of SMS in a scenario without SMS is still refused)
  const assumed = (key: VolumeKey): number | undefined => {
    const preset = PRESET_OF[key];
    const channel = (Object.keys(VOLUMES_OF_CHANNEL) as Channel[]).find((ch) => VOLUMES_OF_CHANNEL[ch].includes(key));
    if (channel && !next.channels?.includes(channel)) return undefined;
    return typical && preset && next.agents !== undefined ? typical[preset] * next.agents : undefined;
  };
  // (a figure the estimate's own schema refuses is said so here; priced, it failed the whole turn)
  const setOwn = (key: OwnPriceKey, value: number) => {
    if (OwnPricesSchema.shape[key].safeParse(value).success) next.ownPrices = { ...next.ownPrices, [key]: value };
    else rejected.push({ slot: 'ownPrice', key, reason: 'outOfRange', value });
  };

  for (const c of commands) {
    if (c.type === 'add' || c.type === 'remove') {
      const set = new Set(next.channels ?? []);
      for (const ch of c.value) (c.type === 'add' ? set.add(ch) : set.delete(ch));
      if (set.size === 0 && c.type === 'remove' && (next.channels?.length ?? 0) > 0) {
        rejected.push({ slot: 'channels', reason: 'noneLeft' });
        continue;
      }
      next.channels = orderChannels(set);
      continue;
    }
    if (c.type === 'relative') {
      if (c.slot === 'agents') {
        if (next.agents === undefined) continue;
        const value = Math.round(relativeValue(next.agents, c.op, c.amount));
        const ok = checkAgents(Math.max(value, 0), rejected);
        if (ok !== undefined) next.agents = ok;
      } else if (c.slot === 'years') {
        const value = Math.round(relativeValue(next.years ?? DEFAULT_YEARS, c.op, c.amount));
        if (value > MAX_YEARS) rejected.push({ slot: 'years', reason: 'tooLong', value });
        else if (value < 1) rejected.push({ slot: 'years', reason: 'tooShort', value });
        else next.years = value;
      } else if (c.slot === 'integrations') {
        const value = Math.max(0, Math.round(relativeValue(next.addOns.customIntegrations ?? 0, c.op, c.amount)));
        if (value > MAX_INTEGRATIONS) rejected.push({ slot: 'integrations', reason: 'tooLarge', value });
        else next.addOns.customIntegrations = value;
      } else if (c.slot === 'volumes') {
        // every volume the scenario's channels have, said or assumed, and the data that goes with them
        const keys = (next.channels ?? []).flatMap((ch) => VOLUMES_OF_CHANNEL[ch]).concat('egressGbPerMonth');
        let changed = false;
        for (const key of keys) {
          // ("what if we double the volume" with 4,000 calls given: the minutes follow the calls; the minutes' preset was
          // doubled and set as the visitor's own figure, 72,000 against the 44,000 the calls make)
          if (key === 'voiceMinutesPerMonth' && next.volumes.voiceMinutesPerMonth === undefined && next.volumes.callsPerMonth !== undefined) continue;
          const base = next.volumes[key] ?? assumed(key);
          if (base === undefined) continue;
          next.volumes[key] = Math.max(0, Math.round(relativeValue(base, c.op, c.amount)));
          volumesTouched.push(key);
          changed = true;
        }
        if (!changed) rejected.push({ slot: 'voiceMinutesPerMonth', reason: 'noBase' });
      } else {
        // ("call volume doubles" with no calls given: the minutes the estimate prices)
        const key = c.slot === 'calls_month' && next.volumes.callsPerMonth === undefined && (next.volumes.voiceMinutesPerMonth !== undefined || assumed('voiceMinutesPerMonth') !== undefined) && c.op !== 'add'
          ? 'voiceMinutesPerMonth' : VOLUME_OF_SLOT[c.slot]!;
        const base = next.volumes[key] ?? (c.op === 'add' ? undefined : assumed(key));
        // "tambah MMS 5000 per bulan" with no MMS volume yet: the first volume, not a change of one (it was refused
        // as a share of nothing); a share or a multiple of nothing still is
        if (base === undefined && c.op === 'add' && c.amount > 0) {
          next.volumes[key] = Math.round(c.amount);
          volumesTouched.push(key);
          continue;
        }
        if (base === undefined) {
          rejected.push({ slot: key, reason: 'noBase' });
          continue;
        }
        next.volumes[key] = Math.max(0, Math.round(relativeValue(base, c.op, c.amount)));
        volumesTouched.push(key);
      }
      continue;
    }
    if (c.type !== 'set' && c.type !== 'correct') continue;
    switch (c.slot) {
      case 'agents': {
        const ok = checkAgents(c.value, rejected);
        if (ok !== undefined) next.agents = ok;
        break;
      }
      case 'channels':
        next.channels = orderChannels(c.value);
        break;
      case 'deployment':
        next.deployment = c.value;
        break;
      case 'wfm':
        next.addOns.wfm = c.value;
        break;
      case 'ai':
        next.addOns.ai = c.value;
        break;
      case 'ai_month':
        // a volume for the AI add-on is a request for it
        next.addOns.aiConversationsPerMonth = Math.max(0, c.value);
        next.addOns.ai = true;
        break;
      case 'integrations':
        if (c.value > MAX_INTEGRATIONS) rejected.push({ slot: 'integrations', reason: 'tooLarge', value: c.value });
        else next.addOns.customIntegrations = Math.max(0, c.value);
        break;
      case 'tier':
        next.tier = c.value === 'basic' ? 'essential' : c.value;
        break;
      case 'licence_price':
        // "kalau lisensinya 10 juta per agen?" about an on-premises scenario is its perpetual licence
        setOwn(next.deployment === 'onPremises' && !c.perMonth ? 'onpremLicencePerAgent' : 'licencePerAgentMonth', c.value);
        break;
      case 'onprem_licence_price':
        setOwn('onpremLicencePerAgent', c.value);
        break;
      case 'server_price':
        setOwn('serverPrice', c.value);
        break;
      case 'it_cost':
        setOwn('itFtePerMonth', c.value);
        break;
      case 'storage_price':
        setOwn('storagePerAgentYear', c.value);
        break;
      case 'calls_recorded':
        setOwn('callsRecorded', c.value);
        break;
      case 'storage_share':
        setOwn('storageShare', c.value);
        break;
      case 'sms_price':
        setOwn('smsPerMessage', c.value);
        break;
      case 'mms_price':
        setOwn('mmsPerMessage', c.value);
        break;
      case 'minute_price':
        setOwn('voicePerMinute', c.value);
        break;
      case 'voice_billing':
        next.voiceBilling = c.value;
        break;
      case 'hybrid_cloud_share':
        setOwn('hybridCloudShare', c.value);
        break;
      case 'hybrid_side_seats': {
        // ("keep only 10 of the seats on-premises and the rest in the cloud") the split of the head count known, a hybrid
        // (with no head count, or a side as large as the whole, only the hybrid is known: its assumed split stays)
        const agents = next.agents;
        next.deployment = 'hybrid';
        if (agents === undefined || c.value.seats >= agents) break;
        setOwn('hybridCloudShare', (c.value.side === 'cloud' ? c.value.seats : agents - c.value.seats) / agents);
        break;
      }
      case 'aht_seconds':
        next.volumes.ahtSeconds = c.value;
        break;
      case 'hardware_years':
        setOwn('hardwareRefreshYears', c.value);
        break;
      case 'maintenance_rate':
        setOwn('maintenanceRate', c.value);
        break;
      case 'owned':
        // ("what if we already paid for the servers?" with the whole platform already counted as owned: licences and
        // gateways bought again, on-premises $100,000 dearer) servers owned are part of a platform owned
        next.owned = (c.value === 'servers' || c.value === 'licence') && next.owned === true ? true : c.value;
        break;
      case 'years':
        if (c.value > MAX_YEARS) rejected.push({ slot: 'years', reason: 'tooLong', value: c.value });
        else if (c.value < 1) rejected.push({ slot: 'years', reason: 'tooShort', value: c.value });
        else next.years = c.value;
        break;
      default: {
        const key = VOLUME_OF_SLOT[c.slot];
        if (!key) break; // contact details are not scenario values
        // "1,000 SMS per agent": a month's volume is that times the head count (said before it, or known)
        const perAgent = 'perAgent' in c && c.perAgent === true;
        if (perAgent && next.agents === undefined) {
          rejected.push({ slot: key, reason: 'perAgentNoAgents' });
          break;
        }
        next.volumes[key] = Math.max(0, (c.value as number) * (perAgent ? next.agents! : 1));
        if (perAgent) perAgentVolumes.push({ key, perAgent: c.value as number, agents: next.agents! });
        volumesTouched.push(key);
        // minutes given directly replace calls × handle time, and the other way round
        if (key === 'voiceMinutesPerMonth') delete next.volumes.callsPerMonth;
        if (key === 'callsPerMonth') delete next.volumes.voiceMinutesPerMonth;
      }
    }
  }

  // ("Kalau SMS-nya diganti MMS dengan foto nota", "and if those were MMS instead?": the MMS priced at the preset and
  // the cost went down) the messages sent one way are sent the other way when one replaces the other
  const had = new Set(draft.channels ?? []);
  const now = new Set(next.channels ?? []);
  for (const [from, to, fromKey, toKey] of [['sms', 'mms', 'smsPerMonth', 'mmsPerMonth'], ['mms', 'sms', 'mmsPerMonth', 'smsPerMonth']] as const) {
    if (had.has(from) && !now.has(from) && now.has(to) && !had.has(to) && next.volumes[fromKey] !== undefined && !volumesTouched.includes(toKey)) {
      next.volumes[toKey] = next.volumes[fromKey];
      delete next.volumes[fromKey];
    }
  }
  const channels = new Set(next.channels ?? []);
  const volumesWithoutChannel = orderChannels(
    volumesTouched.map((k) => CHANNEL_OF_VOLUME[k]).filter((ch): ch is Channel => ch !== undefined && !channels.has(ch)),
  );
  return { draft: next, changes: diffDrafts(draft, next), rejected, volumesWithoutChannel, ...(perAgentVolumes.length ? { perAgentVolumes } : {}) };
}

/** What differs between two drafts, compared with effective values (3 years is the default horizon). */
export function diffDrafts(before: ScenarioDraft, after: ScenarioDraft): Change[] {
  const changes: Change[] = [];
  if (after.agents !== undefined && after.agents !== before.agents) changes.push({ kind: 'agents', before: before.agents, after: after.agents });
  const b = new Set(before.channels ?? []);
  const a = new Set(after.channels ?? []);
  const added = orderChannels([...a].filter((c) => !b.has(c)));
  const removed = orderChannels([...b].filter((c) => !a.has(c)));
  if (added.length) changes.push({ kind: 'channelsAdded', channels: added });
  if (removed.length) changes.push({ kind: 'channelsRemoved', channels: removed });
  if (after.deployment !== undefined && after.deployment !== before.deployment) {
    changes.push({ kind: 'deployment', before: before.deployment, after: after.deployment });
  }
  for (const key of Object.keys(after.volumes) as VolumeKey[]) {
    const v = after.volumes[key];
    if (v !== undefined && v !== before.volumes[key]) changes.push({ kind: 'volume', key, after: v });
  }
  for (const addOn of ['wfm', 'ai'] as const) {
    const v = after.addOns[addOn];
    if (v !== undefined && v !== (before.addOns[addOn] ?? false)) changes.push({ kind: 'addOn', addOn, after: v });
  }
  const aiConversations = after.addOns.aiConversationsPerMonth;
  if (aiConversations !== undefined && aiConversations !== before.addOns.aiConversationsPerMonth) changes.push({ kind: 'aiConversations', after: aiConversations });
  const integrations = after.addOns.customIntegrations;
  if (integrations !== undefined && integrations !== (before.addOns.customIntegrations ?? 0)) changes.push({ kind: 'integrations', after: integrations });
  if (after.tier !== undefined && after.tier !== (before.tier ?? 'standard')) changes.push({ kind: 'tier', before: before.tier, after: after.tier });
  if (after.years !== undefined && after.years !== (before.years ?? DEFAULT_YEARS)) {
    changes.push({ kind: 'years', before: before.years ?? DEFAULT_YEARS, after: after.years });
  }
  for (const key of ['licencePerAgentMonth', 'itFtePerMonth', 'hybridCloudShare', 'hardwareRefreshYears', 'onpremLicencePerAgent', 'serverPrice', 'storagePerAgentYear', 'smsPerMessage', 'mmsPerMessage', 'voicePerMinute', 'maintenanceRate', 'callsRecorded', 'storageShare'] as const) {
    const v = after.ownPrices?.[key];
    if (v !== undefined && v !== before.ownPrices?.[key]) changes.push({ kind: 'ownPrice', key, after: v });
  }
  if (after.voiceBilling !== undefined && after.voiceBilling !== (before.voiceBilling ?? 'included')) changes.push({ kind: 'voiceBilling', after: after.voiceBilling });
  if (after.owned !== undefined && after.owned !== (before.owned ?? false)) changes.push({ kind: 'owned', after: after.owned });
  return changes;
}

/** The engine's input for a complete draft (call isComplete first). */
/** The draft a priced scenario comes from (a shared link's scenario, loaded into a new conversation). */
export function fromScenario(s: Scenario): ScenarioDraft {
  const volumes = Object.fromEntries(Object.entries(s.volumes).filter(([, v]) => v !== undefined));
  return {
    agents: s.agents,
    channels: [...s.channels],
    deployment: s.deployment,
    volumes,
    voiceBilling: s.voiceBilling,
    addOns: {
      wfm: s.addOns.wfm,
      ai: s.addOns.ai,
      ...(s.addOns.aiConversationsPerMonth !== undefined ? { aiConversationsPerMonth: s.addOns.aiConversationsPerMonth } : {}),
      customIntegrations: s.addOns.customIntegrations,
    },
    tier: s.tier,
    years: s.years,
    ...(s.ownPrices ? { ownPrices: { ...s.ownPrices } } : {}),
    ...(s.owned ? { owned: s.owned } : {}),
    ...(s.labourMarket ? { labourMarket: s.labourMarket } : {}),
  };
}

export function toScenarioInput(draft: ScenarioDraft): ScenarioInput {
  if (!isComplete(draft)) throw new Error(`draft is missing ${missingSlot(draft)}`);
  const engineVolumes = { ...draft.volumes };
  return {
    agents: draft.agents!,
    channels: draft.channels!,
    deployment: draft.deployment!,
    volumes: engineVolumes,
    ...(draft.voiceBilling ? { voiceBilling: draft.voiceBilling } : {}),
    ...(draft.ownPrices && Object.keys(draft.ownPrices).length ? { ownPrices: { ...draft.ownPrices } } : {}),
    addOns: {
      wfm: draft.addOns.wfm ?? false,
      ai: draft.addOns.ai ?? false,
      ...(draft.addOns.ai && draft.addOns.aiConversationsPerMonth !== undefined ? { aiConversationsPerMonth: draft.addOns.aiConversationsPerMonth } : {}),
      customIntegrations: draft.addOns.customIntegrations ?? 0,
    },
    ...(draft.tier ? { tier: draft.tier } : {}),
    ...(draft.years ? { years: draft.years } : {}),
    ...(draft.owned ? { owned: draft.owned } : {}),
    ...(draft.labourMarket ? { labourMarket: draft.labourMarket } : {}),
  };
}

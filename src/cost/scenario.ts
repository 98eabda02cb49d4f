import { z } from 'zod';
import { t } from '../i18n/index';
import { costStrings } from '../i18n/cost';
import { PRESET_NAMES } from './catalog';
import { OwnPricesSchema } from './own-prices';

export const CHANNELS = ['voice', 'sms', 'mms', 'social', 'email', 'webchat'] as const;
export const DEPLOYMENTS = ['onPremises', 'cloud', 'hybrid'] as const;
export const TIERS = ['essential', 'standard', 'premium'] as const;
export const VOICE_BILLING = ['included', 'metered'] as const;

export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;
export const DeploymentSchema = z.enum(DEPLOYMENTS);
export type Deployment = z.infer<typeof DeploymentSchema>;
export const TierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof TierSchema>;

export const MAX_AGENTS = 100_000;
const volume = z.number().finite().nonnegative();

export const VolumesSchema = z
  .object({
    voiceMinutesPerMonth: volume.optional(),
    callsPerMonth: volume.optional(),
    ahtSeconds: z.number().finite().positive().optional(),
    smsPerMonth: volume.optional(),
    mmsPerMonth: volume.optional(),
    socialInteractionsPerMonth: volume.optional(),
    /** Recorded, not priced: the licence is assumed to cover email (see email_channel). */
    emailPerMonth: volume.optional(),
    /** Web chats a month; recorded, not priced (see webchat_channel). */
    chatsPerMonth: volume.optional(),
    egressGbPerMonth: volume.optional(),
  })
  .strict();
export type Volumes = z.infer<typeof VolumesSchema>;
export type VolumeKey = keyof Volumes;

/**
 * The channel each volume belongs to; a volume given for a channel the scenario does not have is
 * not priced and is reported in `Estimate.ignoredVolumes`. Egress and handle time belong to no channel.
 */
export const VOLUME_CHANNEL = {
  voiceMinutesPerMonth: 'voice',
  callsPerMonth: 'voice',
  smsPerMonth: 'sms',
  mmsPerMonth: 'mms',
  socialInteractionsPerMonth: 'social',
  emailPerMonth: 'email',
  chatsPerMonth: 'webchat',
} as const satisfies Partial<Record<VolumeKey, Channel>>;

export const AddOnsSchema = z
  .object({
    wfm: z.boolean().default(false),
    ai: z.boolean().default(false),
    aiConversationsPerMonth: volume.optional(),
    customIntegrations: z.number().int().min(0).max(50).default(0),
  })
  .strict();

export const ScenarioSchema = z
  .object({
    agents: z.number().int().min(1).max(MAX_AGENTS),
    channels: z
      .array(ChannelSchema)
      .refine((list) => new Set(list).size === list.length, { message: t(costStrings, 'en', 'scenario.channelsRepeat') }),
    deployment: DeploymentSchema,
    volumes: VolumesSchema.default({}),
    voiceBilling: z.enum(VOICE_BILLING).default('included'),
    addOns: AddOnsSchema.default({ wfm: false, ai: false, customIntegrations: 0 }),
    tier: TierSchema.default('standard'),
    usagePreset: z.enum(PRESET_NAMES).default('typical'),
    years: z.number().int().min(1).max(10).default(3),
    /** The visitor's own figures in place of the catalog's assumptions (absent: none given). */
    ownPrices: OwnPricesSchema.optional(),
    /**
     * Where in-house staff are paid: 'id' prices IT staff at Indonesian pay (an estimate in rupiah showed a US salary
     * converted, about ten times the local figure). Absent: the catalog's US figure, the source's market.
     */
    labourMarket: z.literal('id').optional(),
    /**
     * The on-premises platform is already bought (perpetual licences, servers, gateways): for on-premises and the
     * on-premises seats of hybrid its purchase is sunk, while maintenance, IT, rack space and the hardware bought
     * again at the end of its cycle still count. Absent: a new purchase.
     */
    // 'servers': only the servers are already there ("our servers are already in place"); the licences and the voice
    // gateways are still bought
    // 'licence': only the on-premises licences are already bought; servers and gateways still are
    owned: z.union([z.literal(true), z.literal('servers'), z.literal('licence')]).optional(),
  })
  .strict();

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;

export class ScenarioError extends Error {
  override name = 'ScenarioError';
}

/** Parses untrusted input; the message names each bad field. */
export function parseScenario(input: unknown): Scenario {
  const result = ScenarioSchema.safeParse(input);
  if (!result.success) {
    throw new ScenarioError(
      result.error.issues.map((i) => `${i.path.join('.') || 'scenario'}: ${i.message}`).join('; '),
    );
  }
  return result.data;
}

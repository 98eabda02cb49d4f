import type { Channel, Deployment, Tier, Volumes } from '../cost/scenario';

export type { Volumes };
import type { Lang } from '../i18n/index';

export type { Channel, Deployment, Tier, Lang };

/** Same order as the cost engine's CHANNELS; kept here as a value so nlu needs no runtime import of cost. */
export const CHANNEL_LIST: readonly Channel[] = ['voice', 'sms', 'mms', 'social', 'email', 'webchat'];
export const MAX_AGENTS = 100_000;

export const SLOTS = ['agents', 'channels', 'deployment', 'volumes', 'addOns', 'confirm'] as const;
export type Slot = (typeof SLOTS)[number];

export const INTENTS = [
  'greeting', 'help', 'cancel', 'startOver', 'why', 'sales', 'estimate', 'compare',
  'changeAnswers', 'question', 'yes', 'no', 'skip', 'thanks', 'whatSent', 'withdraw',
] as const;
export type Intent = (typeof INTENTS)[number];

export type AgentsRejectReason = 'zero' | 'negative' | 'decimal' | 'tooLarge' | 'notANumber';

export type ChannelEdit = {
  add: Channel[];
  remove: Channel[];
  /** "all channels", "omnichannel", "semua saluran" (a removal next to it still applies: "all but SMS"). */
  all?: boolean;
  /** "voice only", "hanya telepon": the added channels replace the current list. */
  only?: boolean;
};

export type AddOnsEdit = { wfm?: boolean; ai?: boolean; customIntegrations?: number };

export type Extraction = {
  lang: Lang;
  agents?: number;
  agentsRejected?: { raw: string; reason: AgentsRejectReason };
  /** Head counts of several sites, added up in `agents` ("2 lokasi: jkt 40 agen, sby 25 agen"). */
  agentsParts?: number[];
  /** The lower end of a head count said as a range ("40-50 agents"); `agents` holds the upper end. */
  agentsLow?: number;
  /**
   * "add 10 agents" (+10), "kurangi 5 agen" (-5), "5 fewer seats" (-5): a change to the current agent
   * count, set only when the message gives no count of its own (then `agents` already holds the sum).
   */
  agentsDelta?: number;
  channels?: ChannelEdit;
  deployment?: Deployment;
  compareAll?: boolean;
  /** Two or more deployments named, none of them negated ("cloud vs on-prem", "cloud or on prem?"). */
  deploymentsNamed?: boolean;
  volumes?: Partial<Volumes>;
  /** Conversations a month the AI add-on handles. */
  aiConversationsPerMonth?: number;
  /** Volumes said per agent ("1,000 SMS per agent", "tiap agen 500 sms"): the advisor multiplies them by the head count. */
  perAgentVolumes?: (keyof Volumes)[];
  voiceBilling?: 'included' | 'metered';
  addOns?: AddOnsEdit;
  tier?: Tier;
  years?: number;
  intents: Intent[];
};

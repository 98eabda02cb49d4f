export { detectLanguage, languageScores } from './language';
export { parseNumberWords, findNumbers, parseDigitGroup, type NumberMention } from './numbers';
export { extractSlots, ExtractOptionsSchema, NluInputError, type ExtractOptions } from './slots';
export { correctWord, damerau } from './typos';
export {
  CHANNEL_LIST, INTENTS, MAX_AGENTS, SLOTS,
  type AddOnsEdit, type AgentsRejectReason, type Channel, type ChannelEdit, type Deployment, type Extraction,
  type Intent, type Slot, type Tier, type Volumes,
} from './types';

/**
 * Slot extraction and language detection (English and Indonesian), free of Bot Framework.
 *
 * Decisions the dialogs rely on:
 * - A number is an agent count when an agent word follows it ("40 seats", "40 orang CS"), points at
 *   it ("agents: 40", "tim 40"), an edit phrase introduces it ("make it 60", "for 60", "ganti jadi 80",
 *   "60 please", "80 instead"), or `expecting === 'agents'` and nothing else claimed it. Numbers with
 *   another unit (calls, SMS, minutes, years, integrations, GB, money, %, sites...) never become agents.
 * - Ranges give their upper bound ("40-50 agents" -> 50): a budget estimate should not come in low.
 * - The last agent count in a message wins ("not 40, 60 agents" -> 60).
 * - Volumes are monthly: "a day" x30, "a week" x52/12, "a year" /12; "per hour" is not converted.
 *   "N minutes" up to 60 with no period is the handle time (ahtSeconds), above that monthly minutes.
 * - WhatsApp, Messenger, Telegram, DMs are the `social` channel (messaging apps are priced like
 *   social interactions in the source); "chatbot" is the AI add-on, not web chat.
 * - `channels.only` ("voice only", "hanya telepon"): the added channels replace the current list.
 *   `channels.all` ("all channels", "semua saluran", or "all"/"everything" when channels are asked);
 *   a removal next to it still applies ("all channels except email").
 * - Two deployments named without a mix word ("cloud or on-prem?", "cloud vs hybrid") give
 *   `compareAll` and the `compare` intent instead of a deployment; "a mix of cloud and on-prem" is hybrid;
 *   a negated one is dropped ("not on-prem, cloud", "from on-prem to cloud").
 * - `question` marks question-shaped text (a "?" or a question word first, or "pros and cons of...")
 *   that no more specific intent covers (help, why, whatSent, sales, withdraw, estimate, compare,
 *   changeAnswers) and that is not an edit cue ("what about on-prem?", "can you do 60 instead?").
 *   Slots found in a `question` message describe what is asked about ("is SMS included?"); treat them
 *   as context for the answer, not as a change to the scenario.
 * - `agentsRejected.reason === 'notANumber'` only when agents were asked, the text holds no digits,
 *   and nothing else (slot or intent) was found.
 * - `lang` is detected from the text; text with no language signal ("ok", "40", "cloud") keeps `opts.lang`.
 */
export { detectLanguage, languageScores } from './language';
export { parseNumberWords, findNumbers, parseDigitGroup, type NumberMention } from './numbers';
export { extractSlots, ExtractOptionsSchema, NluInputError, type ExtractOptions } from './slots';
export { correctWord, damerau } from './typos';
export {
  CHANNEL_LIST, INTENTS, MAX_AGENTS, SLOTS,
  type AddOnsEdit, type AgentsRejectReason, type Channel, type ChannelEdit, type Deployment, type Extraction,
  type Intent, type Slot, type Tier, type Volumes,
} from './types';

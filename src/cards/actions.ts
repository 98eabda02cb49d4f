/**
 * Card button submits arrive as `activity.value`: untrusted input from the client, parsed
 * here with zod. Anything that does not match is ignored (the caller answers "that button
 * has expired") rather than trusted.
 */
import { z } from 'zod';
import { ChannelSchema, DeploymentSchema } from '../cost/scenario';
import { LINE_IDS } from '../cost/types';
import { OWN_FIGURE_SLOTS } from '../nlu/commands';

const channelsField = z
  .union([z.string().max(200), z.array(z.string().max(20)).max(10)])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(ChannelSchema).max(6));

export const CardActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('estimate') }),
  z.object({ action: z.literal('compare') }),
  z.object({ action: z.literal('changeAnswers') }),
  z.object({ action: z.literal('ask') }),
  z.object({ action: z.literal('sales') }),
  z.object({ action: z.literal('help') }),
  z.object({ action: z.literal('cancel') }),
  z.object({ action: z.literal('startOver') }),
  z.object({ action: z.literal('useDefaults') }),
  z.object({ action: z.literal('setChannels'), channels: channelsField.optional() }),
  z.object({ action: z.literal('setDeployment'), deployment: DeploymentSchema }),
  z.object({ action: z.literal('consent'), given: z.boolean() }),
  z.object({ action: z.literal('confirmLead') }),
  // "where does this figure come from?" for a line picked in the estimate card, or the totals
  z.object({ action: z.literal('explainLine'), line: z.enum([...LINE_IDS, 'total']) }),
  // the offer under "what moves the total?": give my own figure for this slot
  z.object({ action: z.literal('ownFigure'), slot: z.enum(OWN_FIGURE_SLOTS) }),
]);
export type CardAction = z.infer<typeof CardActionSchema>;

/** Teams wraps some submits in `msteams`; Web Chat sends the data object as is. */
export function parseCardAction(value: unknown): CardAction | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const result = CardActionSchema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** True when the message carries a card submit at all (valid or not). */
export function hasCardValue(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length > 0;
}

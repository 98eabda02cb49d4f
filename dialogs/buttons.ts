/**
 * Suggested-action buttons send their title as text (imBack works on every channel,
 * Teams included). These titles map back to actions here, in both languages, so a
 * click and the same words typed by hand do the same thing.
 */
import { LANGS } from '../src/i18n';
import { dialogStrings, type DialogKey } from '../src/i18n/dialogs';
import type { CardAction } from '../src/cards/actions';

const BUTTONS: [DialogKey, CardAction][] = [
  ['actionEstimate', { action: 'estimate' }],
  ['actionCompare', { action: 'compare' }],
  ['actionNotSure', { action: 'compare' }],
  ['actionAsk', { action: 'ask' }],
  ['actionSales', { action: 'sales' }],
  ['actionHelp', { action: 'help' }],
  ['actionStartOver', { action: 'startOver' }],
  ['actionCancel', { action: 'cancel' }],
  ['actionUseDefaults', { action: 'useDefaults' }],
];

const normalize = (s: string) => s.toLowerCase().replace(/[\s.!?]+/g, ' ').trim();

const byTitle = new Map<string, CardAction>();
for (const lang of LANGS) {
  for (const [key, action] of BUTTONS) byTitle.set(normalize(dialogStrings[lang][key]), action);
}

export function buttonAction(text: string | undefined): CardAction | undefined {
  if (!text || text.length > 60) return undefined;
  return byTitle.get(normalize(text));
}

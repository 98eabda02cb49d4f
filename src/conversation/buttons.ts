/**
 * What each button means. A button sends its title as text (imBack works on every channel, Teams
 * included), so a click and the same words typed by hand arrive the same way; interpret() looks the
 * title up here first, in either language.
 */
import type { DialogKey } from '../i18n/dialogs';
import type { Command } from '../nlu/commands';

export const BUTTON_COMMANDS: Partial<Record<DialogKey, Command[]>> = {
  actionEstimate: [{ type: 'estimate' }],
  actionCompare: [{ type: 'compare' }],
  actionNotSure: [{ type: 'skip' }],
  actionAsk: [{ type: 'help' }],
  actionSales: [{ type: 'handoff' }],
  actionHelp: [{ type: 'help' }],
  actionStartOver: [{ type: 'start_over' }],
  actionCancel: [{ type: 'cancel' }],
  actionSkip: [{ type: 'skip' }],
  actionUseDefaults: [{ type: 'skip' }],
  actionYes: [{ type: 'yes' }],
  actionNo: [{ type: 'no' }],
  actionNoThanks: [{ type: 'no' }],
  actionEstimateFirst: [{ type: 'yes' }],
  actionJustContact: [{ type: 'no' }],
  actionShowSent: [{ type: 'lead_show' }],
  actionWithdraw: [{ type: 'lead_withdraw' }],
  actionEraseConversation: [{ type: 'erase_conversation' }],
  deploymentCloud: [{ type: 'set', slot: 'deployment', value: 'cloud' }],
  deploymentOnPremises: [{ type: 'set', slot: 'deployment', value: 'onPremises' }],
  deploymentHybrid: [{ type: 'set', slot: 'deployment', value: 'hybrid' }],
  staffingOffer: [{ type: 'price_staffing' }],
};

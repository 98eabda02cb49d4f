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
  actionOwnMinutes: [{ type: 'own_figure', slot: 'minutes_month' }],
  actionOwnSms: [{ type: 'own_figure', slot: 'sms_month' }],
  actionOwnMms: [{ type: 'own_figure', slot: 'mms_month' }],
  actionOwnEgress: [{ type: 'own_figure', slot: 'egress_gb' }],
  actionOwnTier: [{ type: 'own_figure', slot: 'tier' }],
  actionExplainTotal: [{ type: 'ask_estimate', aspect: 'line', line: 'total' }],
  actionWhatMoves: [{ type: 'ask_estimate', aspect: 'drivers' }],
};

/**
 * Words the advisor's own replies tell the visitor to type ("say "withdraw" to take it back"): they
 * mean exactly what the reply said they would, like a button.
 */
export const COMMAND_WORDS: { words: string[]; commands: Command[] }[] = [
  { words: ['withdraw', 'withdraw it', 'withdraw my request', 'withdraw consent', 'cabut', 'cabut permintaan', 'cabut persetujuan', 'tarik permintaan'], commands: [{ type: 'lead_withdraw' }] },
  { words: ['what did you send', 'what did you send?', 'apa yang dikirim', 'apa yang dikirim?'], commands: [{ type: 'lead_show' }] },
];

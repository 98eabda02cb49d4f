/**
 * Approach A for the comparison in eval:understanding: the advisor's understanding as it was before
 * the command model — the hand-written slot extractor and intent patterns (src/nlu/slots.ts,
 * intents.ts) — mapped onto the command vocabulary as faithfully as the old dialogs used them.
 */
import { extractSlots, type Extraction } from '../src/nlu';
import type { Command } from '../src/nlu/commands';
import type { Example } from '../src/nlu/corpus';

const EXPECTING: Partial<Record<Example['context'], 'agents' | 'channels' | 'deployment' | 'volumes' | 'confirm'>> = {
  asked_agents: 'agents',
  asked_channels: 'channels',
  asked_deployment: 'deployment',
  asked_volumes: 'volumes',
  asked_consent: 'confirm',
  offered_sales: 'confirm',
};

const VOLUME_SLOT = {
  callsPerMonth: 'calls_month',
  voiceMinutesPerMonth: 'minutes_month',
  smsPerMonth: 'sms_month',
  mmsPerMonth: 'mms_month',
  socialInteractionsPerMonth: 'social_month',
  egressGbPerMonth: 'egress_gb',
} as const;

export function rulesInterpret(e: Pick<Example, 'text' | 'context'>): Command[] {
  const ex: Extraction = extractSlots(e.text, { expecting: EXPECTING[e.context] });
  const out: Command[] = [];
  const contact = e.context.startsWith('asked_') && ['asked_name', 'asked_email', 'asked_company', 'asked_phone', 'asked_time'].includes(e.context);
  if (ex.agents !== undefined) out.push({ type: 'set', slot: 'agents', value: ex.agents });
  if (ex.agentsDelta !== undefined) out.push({ type: 'relative', slot: 'agents', op: 'add', amount: ex.agentsDelta });
  if (ex.channels) {
    const all = ex.channels.all ? (['voice', 'sms', 'mms', 'social', 'email', 'webchat'] as const) : undefined;
    const add = all ? [...all].filter((c) => !ex.channels!.remove.includes(c)) : ex.channels.add;
    const replace = ex.channels.only || e.context === 'asked_channels' || e.context === 'start' || all;
    if (add.length) out.push({ type: replace ? 'set' : 'add', slot: 'channels', value: [...add] });
    if (ex.channels.remove.length && !all) out.push({ type: 'remove', slot: 'channels', value: ex.channels.remove });
  }
  if (ex.deployment) out.push({ type: 'set', slot: 'deployment', value: ex.deployment });
  for (const [k, slot] of Object.entries(VOLUME_SLOT)) {
    const v = ex.volumes?.[k as keyof typeof VOLUME_SLOT];
    if (v !== undefined) out.push({ type: 'set', slot, value: v } as Command);
  }
  if (ex.addOns?.wfm !== undefined) out.push({ type: 'set', slot: 'wfm', value: ex.addOns.wfm });
  if (ex.addOns?.ai !== undefined) out.push({ type: 'set', slot: 'ai', value: ex.addOns.ai });
  if (ex.addOns?.customIntegrations !== undefined) out.push({ type: 'set', slot: 'integrations', value: ex.addOns.customIntegrations });
  if (ex.tier) out.push({ type: 'set', slot: 'tier', value: ex.tier === 'essential' ? 'basic' : ex.tier });
  if (ex.years !== undefined) out.push({ type: 'set', slot: 'years', value: ex.years });
  const map: Record<string, Command['type'] | undefined> = {
    greeting: 'greeting', help: 'help', cancel: 'cancel', startOver: 'start_over', why: 'why', sales: 'handoff',
    estimate: 'estimate', compare: 'compare', thanks: 'ack', whatSent: 'privacy', withdraw: 'privacy', skip: 'skip',
    yes: 'yes', no: 'no', question: 'ask',
  };
  for (const intent of ex.intents) {
    const type = map[intent];
    if (!type) continue;
    if (type === 'ask') out.push({ type: 'ask', topic: 'other' });
    else if ((type === 'yes' || type === 'no') && !['offered_sales', 'asked_consent'].includes(e.context)) continue;
    else out.push({ type } as Command);
  }
  if (contact && out.length === 0) {
    const slot = e.context.replace('asked_', '') as 'name' | 'email' | 'company' | 'phone' | 'time';
    out.push({ type: 'set', slot, value: e.text.trim() });
  }
  if (out.length === 0) out.push({ type: 'unclear' });
  return out;
}

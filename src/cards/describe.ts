/** Short human descriptions of scenarios and changes, shared by cards, text replies and the summary. */
import { t, type Lang } from '../i18n';
import { dialogStrings } from '../i18n/dialogs';
import { formatMoney, formatNumber } from '../i18n/money';
import type { Channel, Deployment } from '../cost/scenario';
import type { Change, ScenarioDraft } from '../conversation/draft';

const channelKey = {
  voice: 'channelVoice',
  sms: 'channelSms',
  mms: 'channelMms',
  social: 'channelSocial',
  email: 'channelEmail',
  webchat: 'channelWebchat',
} as const;

const deploymentKey = {
  cloud: 'deploymentCloud',
  onPremises: 'deploymentOnPremises',
  hybrid: 'deploymentHybrid',
} as const;

export function channelName(channel: Channel, lang: Lang): string {
  return t(dialogStrings, lang, channelKey[channel]);
}

export function deploymentName(deployment: Deployment, lang: Lang): string {
  return t(dialogStrings, lang, deploymentKey[deployment]);
}

/** "voice, SMS and email" / "telepon, SMS, dan email" (PUEBI: a comma before "dan" in a list of three or more). */
export function joinList(items: string[], lang: Lang): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0];
  const serial = lang === 'id' && items.length > 2 ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${serial} ${t(dialogStrings, lang, 'and')} ${items[items.length - 1]}`;
}

export function channelList(channels: readonly Channel[], lang: Lang): string {
  return channels.length === 0 ? t(dialogStrings, lang, 'noChannels') : joinList(channels.map((c) => channelName(c, lang)), lang);
}

export function describeScenario(
  s: { agents?: number; channels?: readonly Channel[]; deployment?: Deployment } | ScenarioDraft,
  lang: Lang,
): string {
  return t(dialogStrings, lang, s.agents === 1 ? 'scenarioSummaryOne' : 'scenarioSummary', {
    agents: s.agents === undefined ? '?' : formatNumber(s.agents, lang),
    channels: channelList(s.channels ?? [], lang),
    deployment: s.deployment ? deploymentName(s.deployment, lang) : '?',
  });
}

const VOLUME_NAME = {
  callsPerMonth: 'volumeCalls',
  voiceMinutesPerMonth: 'volumeMinutes',
  ahtSeconds: 'volumeAht',
  smsPerMonth: 'volumeSms',
  mmsPerMonth: 'volumeMms',
  socialInteractionsPerMonth: 'volumeSocial',
  emailPerMonth: 'volumeEmails',
  chatsPerMonth: 'volumeChats',
  egressGbPerMonth: 'volumeEgress',
} as const;

export function tierName(tier: string, lang: Lang): string {
  const key = ({ essential: 'tierEssential', standard: 'tierStandard', premium: 'tierPremium' } as const)[tier as 'essential'];
  return key ? t(dialogStrings, lang, key) : tier;
}

export function describeChanges(changes: Change[], lang: Lang): string {
  const parts = changes.map((c) => {
    switch (c.kind) {
      case 'agents':
        // (nothing before: "Noted: agents ? → 12" showed a bare question mark)
        if (c.before === undefined) return t(dialogStrings, lang, 'setAgents', { after: formatNumber(c.after, lang) });
        return t(dialogStrings, lang, 'changedAgents', { before: formatNumber(c.before, lang), after: formatNumber(c.after, lang) });
      case 'deployment':
        if (!c.before) return t(dialogStrings, lang, 'setDeployment', { after: deploymentName(c.after, lang) });
        return t(dialogStrings, lang, 'changedDeployment', { before: deploymentName(c.before, lang), after: deploymentName(c.after, lang) });
      case 'channelsAdded':
        return t(dialogStrings, lang, 'changedAdded', { what: channelList(c.channels, lang) });
      case 'channelsRemoved':
        return t(dialogStrings, lang, 'changedRemoved', { what: channelList(c.channels, lang) });
      case 'volume':
        // (a handle time is no monthly volume: "handle time 5 minutes a call")
        if (c.key === 'ahtSeconds') return t(dialogStrings, lang, 'changedAht', { minutes: formatNumber(Math.round((c.after / 60) * 10) / 10, lang) });
        return t(dialogStrings, lang, c.key === 'egressGbPerMonth' ? 'changedEgress' : 'changedVolume', {
          what: t(dialogStrings, lang, VOLUME_NAME[c.key]),
          value: formatNumber(c.after, lang),
        });
      case 'addOn':
        return t(dialogStrings, lang, c.after ? 'changedAddOnOn' : 'changedAddOnOff', { what: t(dialogStrings, lang, c.addOn === 'wfm' ? 'addOnWfm' : 'addOnAi') });
      case 'integrations':
        return t(dialogStrings, lang, 'changedIntegrations', { value: formatNumber(c.after, lang) });
      case 'aiConversations':
        return t(dialogStrings, lang, 'changedVolume', { what: t(dialogStrings, lang, 'volumeAi'), value: formatNumber(c.after, lang) });
      case 'tier':
        return t(dialogStrings, lang, 'changedTier', { before: tierName(c.before ?? 'standard', lang), after: tierName(c.after, lang) });
      case 'years':
        return t(dialogStrings, lang, 'changedYears', { before: c.before ?? 3, after: c.after });
      case 'ownPrice':
        if (c.key === 'hardwareRefreshYears') return t(dialogStrings, lang, 'changedHardwareYears', { years: c.after });
        if (c.key === 'maintenanceRate') return t(dialogStrings, lang, 'changedMaintenanceRate', { pct: formatNumber(Math.round(c.after * 1000) / 10, lang) });
        if (c.key === 'callsRecorded') return c.after === 0 ? t(dialogStrings, lang, 'changedNoCallsRecorded') : t(dialogStrings, lang, 'changedCallsRecorded', { pct: formatNumber(Math.round(c.after * 100), lang) });
        if (c.key === 'storageShare') return t(dialogStrings, lang, 'changedStorageShare', { pct: formatNumber(Math.round(c.after * 1000) / 10, lang) });
        if (c.key === 'storagePerAgentYear') return t(dialogStrings, lang, 'changedStoragePrice', { value: formatMoney(c.after / 12, lang) });
        if (c.key === 'smsPerMessage' || c.key === 'mmsPerMessage') return t(dialogStrings, lang, c.key === 'smsPerMessage' ? 'changedSmsPrice' : 'changedMmsPrice', { value: formatMoney(c.after, lang) });
        if (c.key === 'voicePerMinute') return t(dialogStrings, lang, 'changedMinutePrice', { value: formatMoney(c.after, lang) });
        if (c.key === 'onpremLicencePerAgent') return t(dialogStrings, lang, 'changedOnpremLicence', { value: formatMoney(c.after, lang) });
        if (c.key === 'serverPrice') return t(dialogStrings, lang, 'changedServerPrice', { value: formatMoney(c.after, lang) });
        if (c.key === 'hybridCloudShare') {
          const cloud = Math.round(c.after * 100);
          return t(dialogStrings, lang, 'changedHybridShare', { cloud, onPremises: 100 - cloud });
        }
        return t(dialogStrings, lang, c.key === 'licencePerAgentMonth' ? 'changedLicencePrice' : 'changedItCost', { value: formatMoney(c.after, lang) });
      case 'voiceBilling':
        return t(dialogStrings, lang, c.after === 'metered' ? 'changedVoiceMetered' : 'changedVoiceIncluded');
      case 'owned':
        return t(dialogStrings, lang, c.after === 'servers' ? 'changedOwnedServers' : c.after === 'licence' ? 'changedOwnedLicence' : c.after ? 'changedOwned' : 'changedNotOwned');
    }
  });
  return parts.join('; ');
}

/** Cards that ask something: the channel picker (several at once) and the consent question. */
import { t, type Lang } from '../i18n';
import { cardStrings } from '../i18n/cards';
import { ALL_CHANNELS } from '../conversation/draft';
import type { Channel } from '../cost/scenario';
import { channelName } from './describe';
import { CARD_VERSION, submitAction, type AdaptiveCard } from './estimate-card';
import { summaryCard, type SummaryView } from './summary-card';

export function channelPickerCard(lang: Lang, selected: readonly Channel[]): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body: [
      { type: 'TextBlock', text: t(cardStrings, lang, 'chooseChannels'), weight: 'Bolder', wrap: true },
      {
        type: 'Input.ChoiceSet',
        id: 'channels',
        isMultiSelect: true,
        style: 'expanded',
        value: selected.join(','),
        choices: ALL_CHANNELS.map((c) => ({ title: channelName(c, lang), value: c })),
      },
    ],
    actions: [submitAction(t(cardStrings, lang, 'actionUseChannels'), { action: 'setChannels' })],
    fallbackText: t(cardStrings, lang, 'chooseChannels'),
  };
}

/** The consent question under the summary it would send: what exactly sales receives, then yes or no. */
export function consentCard(lang: Lang, preview: SummaryView): AdaptiveCard {
  const card = summaryCard(preview, lang, {
    body: [
      { type: 'TextBlock', text: t(cardStrings, lang, 'consentTitle'), weight: 'Bolder', wrap: true, spacing: 'Large', separator: true },
      { type: 'TextBlock', text: t(cardStrings, lang, 'consentBody'), wrap: true, size: 'Small' },
    ],
    actions: [
      submitAction(t(cardStrings, lang, 'consentYes'), { action: 'consent', given: true }),
      submitAction(t(cardStrings, lang, 'consentNo'), { action: 'consent', given: false }),
    ],
  });
  // A client that cannot render the card still sees the question, not only the summary.
  return { ...card, fallbackText: `${card.fallbackText}\n\n${t(cardStrings, lang, 'consentTitle')} ${t(cardStrings, lang, 'consentBody')}` };
}

import { defineStrings } from './index';

/**
 * Strings the knowledge answers put inside a personal answer: deployment names ("for your 40 agents
 * (in the cloud)", "cloud is cheaper to start"). The answers themselves live in knowledge/articles.json;
 * "did you mean" and "I don't know" belong to the dialogs' table.
 */
export const answerStrings = defineStrings(
  {
    'deployment.onPremises': 'on-premises',
    'deployment.cloud': 'in the cloud',
    'deployment.hybrid': 'hybrid',
    'deploymentName.onPremises': 'on-premises',
    'deploymentName.cloud': 'cloud',
    'deploymentName.hybrid': 'hybrid',
    verdictCheapest: 'On cost alone {deployment} is the one for you: it stays cheapest with the low, typical and high figures, {lead} below the next.',
    verdictClose: 'On cost alone it is too close to call between {contenders}: the points below decide it.',
    othersOneTime: '{first} would need {firstAmount} and {second} {secondAmount}',
    oneTimeParts: ' ({parts})',
    oneTimePart: '{line} {amount}, {share}',
  },
  {
    'deployment.onPremises': 'on-premise',
    'deployment.cloud': 'cloud',
    'deployment.hybrid': 'hibrida',
    'deploymentName.onPremises': 'on-premise',
    'deploymentName.cloud': 'cloud',
    'deploymentName.hybrid': 'hibrida',
    verdictCheapest: 'Dari sisi biaya saja, {deployment} yang paling cocok untuk Anda: tetap paling murah dengan angka rendah, tipikal, dan tinggi, {lead} di bawah pilihan berikutnya.',
    verdictClose: 'Dari sisi biaya saja, selisih antara {contenders} terlalu tipis untuk diputuskan: poin-poin di bawah yang menentukan.',
    othersOneTime: '{first} akan butuh {firstAmount} dan {second} {secondAmount}',
    oneTimeParts: ' ({parts})',
    oneTimePart: '{line} {amount}, {share}',
  },
);

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
  },
  {
    'deployment.onPremises': 'on-premise',
    'deployment.cloud': 'cloud',
    'deployment.hybrid': 'hibrida',
    'deploymentName.onPremises': 'on-premise',
    'deploymentName.cloud': 'cloud',
    'deploymentName.hybrid': 'hibrida',
  },
);

/**
 * What the sixth round of independent testers (2026-12-01) typed and the advisor got wrong, as whole conversations
 * through the real dialogs, NLU, cost engine and knowledge base. The comment on each says what it used to do.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../conversation/harness';
import { dialogStrings } from '../../src/i18n/dialogs';
import { estimate } from '../../src/cost/estimate';
import { formatMoney } from '../../src/i18n/money';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const en = dialogStrings.en;
const id = dialogStrings.id;
const est = (agents: number, channels: string[], deployment: string) => estimate({ agents, channels: channels as never, deployment: deployment as never });

type Step = [input: string, expected: (string | RegExp)[], absent?: (string | RegExp)[]];
type Conversation = { name: string; locale?: string; steps: Step[] };

const conversations: Conversation[] = [
  // the 3-year total
  {
    name: '"total cost nya per year berapa?" is the annual figure',
    locale: 'id-ID',
    steps: [
      ['15 agen, voice & email, cloud', ['Estimasi: 15 agen']],
      ['total cost nya per year berapa?', [formatMoney(est(15, ['voice', 'email'], 'cloud').totals.annual.typical, 'id')], [/Selama 3 tahun/]],
    ],
  },
  // the per-agent figure
  {
    name: '"sebulan jadi brp?" is the monthly total',
    locale: 'id-ID',
    steps: [
      ['40 agen, sms doang, cloud', ['Estimasi: 40 agen']],
      ['sebulan jadi brp?', [formatMoney(est(40, ['sms'], 'cloud').totals.monthly.typical, 'id')], [/per agen per bulan/]],
    ],
  },
  // how estimates are built
  {
    name: '"how many sms is that in total" is the SMS line with its quantity',
    steps: [
      ['60 agents voice and sms cloud, each agent sends about 800 texts a month', ['Estimate: 60 agents']],
      ['how many sms is that in total', ['48,000']],
    ],
  },
  // the list of assumptions
  {
    name: '"and salaries?" after the tax answer says salaries are not in the estimate',
    steps: [
      ['Can you price 15 agents on SMS and email, cloud. We send roughly 3000 texts a month.', ['Estimate: 15 agents']],
      ['does this include tax?', ['exclude tax']],
      ['and salaries?', [/salaries are not in it/], [en.factAssumptions]],
    ],
  },
  // the on-premises definition
  {
    name: '"kalau on prem?" after the rollout-time answer asks the rollout question for on-premises',
    locale: 'id-ID',
    steps: [
      ['berapa lama sih implementasi contact center cloud?', [/tidak menyebut berapa lama/]],
      ['kalau on prem?', [/tidak menyebut berapa lama/], [/^On-premise berarti/m]],
    ],
  },
  // "I am not sure what you mean"
  {
    name: 'a question the act model cannot place but one entry answers well gets that entry',
    steps: [['how long does a cloud rollout take?', [/no time frame/], [en.clarify]]],
  },
  // the on-premises upfront figure for a hybrid center
  {
    name: '"Berapa biaya awal?" on a hybrid estimate states the hybrid one-time cost first',
    locale: 'id-ID',
    steps: [
      ['Mohon estimasi biaya untuk 150 agen, saluran telepon dan media sosial, model hibrida.', ['Estimasi: 150 agen']],
      ['Berapa biaya awal yang harus disiapkan?', [`Skenario Anda (hibrida) butuh sekitar ${formatMoney(est(150, ['voice', 'social'], 'hybrid').totals.oneTime.typical, 'id')} di muka`]],
    ],
  },
  // a bare "How many agents?" after the typical figure
  {
    name: 'a typical price answered at the start says why the head count is asked',
    steps: [['what is typical cost per agent?', [/Per agent, the fixed part/, en.askAgentsAfterAnswer]]],
  },
  {
    name: 'the same in Indonesian',
    locale: 'id-ID',
    steps: [['berapa biaya per agen biasanya?', [/Per agen, biaya tetapnya/, id.askAgentsAfterAnswer]]],
  },
];

describe('sixth round of testing (2026-12-01)', () => {
  for (const c of conversations) {
    it(c.name, async () => {
      h = await createHarness('test', c.locale ?? 'en-US');
      for (const [input, expected, absent = []] of c.steps) {
        const replies = (await h.say(input)).join('\n');
        for (const fragment of expected) {
          if (typeof fragment === 'string') expect(replies, `after "${input}"`).toContain(fragment);
          else expect(replies, `after "${input}"`).toMatch(fragment);
        }
        for (const fragment of absent) {
          if (typeof fragment === 'string') expect(replies, `after "${input}"`).not.toContain(fragment);
          else expect(replies, `after "${input}"`).not.toMatch(fragment);
        }
      }
    });
  }
});

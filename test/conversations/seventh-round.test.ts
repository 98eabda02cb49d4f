/**
 * What the seventh round of work (2026-12-01, the session after the sixth) found the advisor getting wrong, as whole
 * conversations through the real dialogs, NLU, cost engine and knowledge base. The comment on each says what it
 * used to do.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../conversation/harness';
import { estimate } from '../../src/cost/estimate';
import { formatMoney } from '../../src/i18n/money';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const est = (agents: number, channels: string[], deployment: string) => estimate({ agents, channels: channels as never, deployment: deployment as never });
const monthly = (agents: number, channels: string[], deployment: string, lang: 'en' | 'id' = 'en') => formatMoney(est(agents, channels, deployment).totals.monthly.typical, lang);

type Step = [input: string, expected: (string | RegExp)[], absent?: (string | RegExp)[]];
type Conversation = { name: string; locale?: string; steps: Step[] };

const conversations: Conversation[] = [
  // "why did it go up?" showed the whole estimate again (or the article on how estimates work)
  {
    name: '"why did the total go up?" after adding SMS: the change, the line it moved and that line\'s arithmetic',
    steps: [
      ['30 agents voice email cloud', ['Estimate: 30 agents']],
      ['add sms', ['Updated: added SMS.']],
      ['why did the total go up?', [
        `Your last change (added SMS) took the monthly total from ${monthly(30, ['voice', 'email'], 'cloud')} to ${monthly(30, ['voice', 'sms', 'email'], 'cloud')}`,
        '• SMS: $0 → $150 (+$150)',
        '15,000 × $0.01 per message',
      ], ['Line items (typical per month']],
    ],
  },
  {
    name: '"how come its higher now" after a switch to on-premises names the one-time costs too',
    steps: [
      ['30 agents voice email cloud', ['Estimate: 30 agents']],
      ['switch to on prem', ['Updated: deployment cloud → on-premises.']],
      ['how come its higher now', [/^Your last change \(deployment cloud → on-premises\)/m, /^One-time costs: \$0 → /m], ['Line items (typical per month']],
    ],
  },
  {
    name: '"kok jadi lebih mahal?" after more agents, in Indonesian',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon, cloud', ['Estimasi: 20 agen']],
      ['jadiin 35 agen', ['Perubahan:']],
      ['kok jadi lebih mahal?', [`Perubahan terakhir Anda (jumlah agen 20 → 35) mengubah total bulanan dari ${monthly(20, ['voice'], 'cloud', 'id')} menjadi ${monthly(35, ['voice'], 'cloud', 'id')}`]],
    ],
  },
  {
    name: '"apa yg berubah?" with nothing changed yet says so and names the largest costs',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon, cloud', ['Estimasi: 20 agen']],
      ['apa yg berubah?', ['Belum ada yang berubah sejak saya menghitung', /^• Lisensi platform/m]],
    ],
  },
  {
    name: '"why does the cost go up with more agents?" is not about the last change',
    steps: [
      ['30 agents voice email cloud', ['Estimate: 30 agents']],
      ['add sms', ['Updated: added SMS.']],
      ['why does the cost go up with more agents?', [], ['Your last change']],
    ],
  },
  // "Sorry — something went wrong on my side", every time: "120k" became a licence of $120,000 a month, which the
  // cost engine's schema refuses
  {
    name: '"is 120k minutes included in the licence?" is a question about voice minutes, not a licence price',
    steps: [
      ['We got 35 agents on voice, about 120k minutes a month total. cloud', ['Estimate: 35 agents']],
      ['hm wait is 120k minutes included in the licence?', [/fair-use/], [/went wrong/, /^Updated/m]],
      ['is 120k minutes included in the licence?', [/fair-use/], [/went wrong/]],
    ],
  },
  {
    name: 'a licence price beyond what the estimate can take is refused with a way forward, the estimate kept',
    steps: [
      ['35 agents voice cloud', ['Estimate: 35 agents']],
      ['our licence is $150,000 per agent per month', ['That figure is far outside anything I can use as the licence price per agent'], [/went wrong/, /^Updated/m]],
      ['what is the monthly total?', [monthly(35, ['voice'], 'cloud')]],
    ],
  },
  // the amount was read as a phone number: it started the sales form
  {
    name: 'an amount with no grouping ("costs 5000000 a month") is not a phone number',
    steps: [
      ['35 agents voice on prem', ['Estimate: 35 agents']],
      ['our IT guy costs 5000000 a month', ['That figure is far outside anything I can use as the monthly cost of an IT administrator'], ['What is your name?']],
      ['our IT guy costs 9000 a month', [/^Updated: /m], ['What is your name?']],
    ],
  },
];

describe('seventh round (2026-12-01)', () => {
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

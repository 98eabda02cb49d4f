import { describe, expect, it } from 'vitest';
import type { Estimate } from '../../src/cost/estimate';
import { estimate } from '../../src/cost/estimate';
import { entryTitle, fillTemplate, loadKnowledgeBase, renderAnswer } from '../../src/answers/index';

const kb = loadKnowledgeBase();
const entry = (id: string) => {
  const e = kb.entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

const range = (typical: number) => ({ low: typical * 0.8, typical, high: typical * 1.2 });
const line = (id: string, monthly: number, extra: Partial<Estimate['lineItems'][number]> = {}) =>
  ({
    id,
    label: { en: id, id },
    unit: 'agent',
    quantity: 40,
    unitPrice: range(112.5),
    monthly: range(monthly),
    oneTime: range(0),
    assumption: false,
    usageBased: false,
    dependsOnUsage: false,
    source: 'storage',
    ...extra,
  }) as Estimate['lineItems'][number];

/** A hand-made estimate: 40 agents in the cloud, storage $4,500 a month ($1,350 per agent per year). */
const fixture = {
  scenario: { agents: 40, channels: ['voice', 'sms'], deployment: 'cloud' },
  lineItems: [
    line('storage', 4500),
    line('sms', 0, { dependsOnUsage: true, usageBased: true, unitPrice: range(0.01) }),
  ],
  totals: {
    monthly: range(12000),
    annual: range(144000),
    oneTime: range(5000),
    first12Months: range(149000),
    perAgentMonthly: range(300),
  },
  comparison: [],
  breakEven: { cheaperToStart: 'cloud', overtakenBy: null, year: null, years: 3 },
  assumptions: [],
} as unknown as Estimate;

describe('renderAnswer', () => {
  it.each(['en', 'id'] as const)('without an estimate gives the general answer (%s)', (lang) => {
    const e = entry('storage-cost');
    expect(renderAnswer(e, lang)).toBe(e.answer[lang]);
  });

  it.each([
    ['en', 'For your 40 agents (in the cloud), storage comes to about $4,500 a month, that is $1,350 per agent per year.'],
    // Indonesian shows rupiah (at the catalog rate, Rp 16.500 per US$) and names the model without nested brackets
    ['id', 'Untuk 40 agen Anda dengan model cloud, biaya penyimpanan sekitar Rp 74.250.000 per bulan, atau Rp 22.275.000 per agen per tahun.'],
  ] as const)('with an estimate leads with the user\'s own figures (%s)', (lang, personal) => {
    const e = entry('storage-cost');
    expect(renderAnswer(e, lang, fixture)).toBe(`${personal} ${e.answer[lang]}`);
  });

  it.each(['en', 'id'] as const)('falls back to the general answer when a figure is unknown (%s)', (lang) => {
    // SMS volume unknown: a monthly amount would be a false "$0".
    expect(renderAnswer(entry('sms-mms-cost'), lang, fixture)).toBe(entry('sms-mms-cost').answer[lang]);
    // No line for WFM in this estimate; no break-even either.
    expect(renderAnswer(entry('wfm-cost'), lang, fixture)).toBe(entry('wfm-cost').answer[lang]);
    expect(renderAnswer(entry('cloud-vs-onprem-longterm'), lang, fixture)).toBe(
      entry('cloud-vs-onprem-longterm').answer[lang],
    );
  });

  it('uses per-agent and total figures', () => {
    expect(renderAnswer(entry('per-agent-cost'), 'en', fixture)).toMatch(/^In your estimate \(40 agents, in the cloud\) that works out to about \$300 per agent per month\./);
    expect(renderAnswer(entry('typical-total-cost'), 'id', fixture)).toMatch(/^Untuk 40 agen Anda dengan model cloud, estimasinya sekitar Rp 198\.000\.000 per bulan, atau Rp 2\.458\.500\.000 untuk 12 bulan pertama, termasuk Rp 82\.500\.000/);
  });

  it('fills every placeholder of every personal template from a real estimate of each deployment', () => {
    for (const deployment of ['onPremises', 'cloud', 'hybrid'] as const) {
      const real = estimate({
        agents: 40,
        channels: ['voice', 'sms', 'social'],
        deployment,
        volumes: { smsPerMonth: 20000, egressGbPerMonth: 300 },
        addOns: { wfm: true, ai: false, customIntegrations: 1 },
      });
      for (const e of kb.entries.filter((x) => x.personal)) {
        for (const lang of ['en', 'id'] as const) {
          const text = renderAnswer(e, lang, real);
          expect(text, `${e.id} ${lang}`).not.toMatch(/\{[\w.]+\}/);
          expect(text.endsWith(e.answer[lang]), `${e.id} ${lang}`).toBe(true);
        }
      }
      const storage = renderAnswer(entry('storage-cost'), 'en', real);
      expect(storage).toMatch(/^For your 40 agents/);
    }
  });

  it('leaves the template unfilled (undefined) for an unknown placeholder', () => {
    expect(fillTemplate('{agents} and {nope}', fixture, 'en')).toBeUndefined();
    expect(fillTemplate('{agents} agents, {deployment}', fixture, 'id')).toBe('40 agents, cloud');
  });
});

describe('entryTitle', () => {
  it('gives the title in the asked language', () => {
    expect(entryTitle(entry('egress-cost'), 'en')).toBe('Data transfer (egress) cost');
    expect(entryTitle(entry('egress-cost'), 'id')).toBe('Biaya transfer data keluar');
  });
});

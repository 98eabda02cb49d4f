import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/cost/estimate';
import { diffEstimates } from '../../src/cost/diff';
import { estimateCard, estimateText, rangeText } from '../../src/cards/estimate-card';
import { comparisonCard, comparisonText, driversSentence, verdictSentence } from '../../src/cards/comparison-card';
import { channelPickerCard, consentCard } from '../../src/cards/prompt-cards';
import { summaryCard } from '../../src/cards/summary-card';
import { escapeMarkdown } from '../../src/cards/escape';
import { parseCardAction } from '../../src/cards/actions';
import { buildLeadDraft } from '../../src/handoff/summary';
import { formatMoney } from '../../src/i18n/money';
import { LEAD_SCHEMA_VERSION, LeadSummarySchema } from '../../src/handoff/lead-schema';

const scenarios = [
  { agents: 12, channels: ['voice', 'sms'], deployment: 'cloud' },
  { agents: 800, channels: ['voice', 'email', 'webchat', 'social'], deployment: 'onPremises', addOns: { wfm: true, ai: true, customIntegrations: 2 } },
  { agents: 150, channels: ['sms', 'mms'], deployment: 'hybrid', volumes: { smsPerMonth: 50_000 } },
] as const;

function walk(node: unknown, visit: (n: Record<string, unknown>) => void) {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    Object.values(node).forEach((v) => walk(v, visit));
  }
}

describe('cards', () => {
  for (const s of scenarios) {
    for (const lang of ['en', 'id'] as const) {
      it(`${s.agents} agents ${s.deployment} (${lang}): card and text carry the same totals; version 1.5; no unknown element types`, () => {
        const e = estimate(s as never);
        const card = estimateCard(e, lang);
        const text = estimateText(e, lang);
        expect(card.version).toBe('1.5');
        for (const amount of [e.totals.monthly.typical, e.totals.annual.typical, e.totals.first12Months.typical, e.totals.perAgentMonthly.typical]) {
          expect(JSON.stringify(card)).toContain(formatMoney(amount, lang));
          expect(text).toContain(formatMoney(amount, lang));
        }
        // Input.ChoiceSet (Adaptive Cards 1.0, label 1.3): the "where does this figure come from?" line picker
        const allowed = new Set(['AdaptiveCard', 'TextBlock', 'ColumnSet', 'Column', 'FactSet', 'Container', 'ActionSet', 'Action.Submit', 'Action.ToggleVisibility', 'Image', 'Input.ChoiceSet']);
        walk(card, (n) => {
          if (typeof n.type === 'string') expect(allowed.has(n.type), n.type).toBe(true);
        });
        const cmp = comparisonCard(e, lang);
        expect(cmp.version).toBe('1.5');
        const cmpText = comparisonText(e, lang);
        for (const row of e.comparison) {
          for (const amount of [row.tco.typical, row.tco.low, row.tco.high, row.allInPerAgentMonthly.typical]) {
            expect(cmpText).toContain(formatMoney(amount, lang));
            expect(JSON.stringify(cmp)).toContain(formatMoney(amount, lang));
          }
        }
        expect(cmpText).toContain(verdictSentence(e, lang));
        expect(JSON.stringify(cmp)).toContain(verdictSentence(e, lang));
      });
    }
  }

  it.each([
    {
      name: 'a small cloud center: cheapest, with its band and what drives it',
      input: { agents: 12, channels: ['voice'], deployment: 'cloud' as const },
      en: [/^Cheapest over 3 years: cloud, about \$[\d,]+ \(range \$[\d,]+–\$[\d,]+\)\. It stays cheapest with the low and the high figures\.$/m, /^What drives it: .*in-house IT staff/m],
      id: [/^Paling murah selama 3 tahun: cloud/m, /^Faktor penentunya: .*staf IT internal/m],
    },
    {
      name: 'a large premium center on metered voice over 10 years: too close to call, and what could flip it',
      input: { agents: 200, channels: ['voice'], deployment: 'cloud' as const, tier: 'premium' as const, voiceBilling: 'metered' as const, usagePreset: 'large' as const, years: 10 },
      en: [/^Too close to call over 10 years: within the ranges, the cheapest could be on-premises or cloud/m, /^What could flip it: .*the cloud subscription/m, /^With typical figures, on-premises becomes cheaper than cloud in year 3\.$/m, /^On-premises buys its servers and gateways again in year 6/m],
      id: [/^Selisihnya terlalu tipis untuk diputuskan selama 10 tahun/m, /^Yang bisa mengubah hasilnya: .*langganan cloud/m, /^Dengan angka tipikal, on-premise menjadi lebih murah daripada cloud pada tahun ke-3\.$/m],
    },
  ])('comparison: $name', ({ input, en, id }) => {
    const e = estimate(input as never);
    for (const [lang, patterns] of [['en', en], ['id', id]] as const) {
      const text = comparisonText(e, lang);
      for (const p of patterns) expect(text).toMatch(p);
      expect(driversSentence(e, lang)).toBeDefined();
      expect(JSON.stringify(comparisonCard(e, lang))).toContain(JSON.stringify(driversSentence(e, lang)).slice(1, -1));
    }
  });

  it.each(['en', 'id'] as const)('a cloud estimate lists its own assumptions; the on-premises and hybrid ones go with the comparison (%s)', (lang) => {
    const e = estimate(scenarios[0] as never);
    const own = e.assumptions.slice(0, e.ownAssumptions);
    const behind = e.assumptions.slice(e.ownAssumptions);
    expect(own.map((a) => a.id)).toContain(e.assumptions.find((a) => a.label.en.startsWith('Contact center platform licence'))!.id);
    expect(behind.length).toBeGreaterThan(5);
    const onPremOnly = behind.find((a) => a.label.en.startsWith('On-premises server'))!;
    expect(onPremOnly).toBeDefined();
    const text = estimateText(e, lang);
    const cardJson = JSON.stringify(estimateCard(e, lang).body);
    for (const a of own) expect(text).toContain(a.label[lang]);
    expect(text).not.toContain(onPremOnly.label[lang]);
    expect(cardJson).not.toContain(onPremOnly.label[lang]);
    expect(text).toContain(String(behind.length));
    expect(comparisonText(e, lang)).toContain(onPremOnly.label[lang]);
    expect(JSON.stringify(comparisonCard(e, lang).body)).toContain(onPremOnly.label[lang]);
    // an on-premises estimate's own lines rest on the server assumption
    const onPrem = estimate({ ...scenarios[0], deployment: 'onPremises' } as never);
    expect(onPrem.assumptions.slice(0, onPrem.ownAssumptions).map((a) => a.id)).toContain(onPremOnly.id);
  });

  it('a what-if card shows the change per line and in total', () => {
    const before = estimate({ agents: 50, channels: ['voice', 'sms'], deployment: 'cloud' });
    const after = estimate({ agents: 80, channels: ['voice', 'sms'], deployment: 'cloud' });
    const text = estimateText(after, 'en', diffEstimates(before, after));
    expect(text).toContain(`Monthly total: ${formatMoney(before.totals.monthly.typical)} → ${formatMoney(after.totals.monthly.typical)} (+${formatMoney(after.totals.monthly.typical - before.totals.monthly.typical)})`);
    expect(JSON.stringify(estimateCard(after, 'en', diffEstimates(before, after)))).toContain('What changed');
  });

  it('shows a fixed amount once instead of a range from a number to itself', () => {
    expect(rangeText({ low: 5625, typical: 5625, high: 5625 }, 'en')).toBe('$5,625');
    expect(rangeText({ low: 2500, typical: 6250, high: 10000 }, 'en')).toBe('$2,500–$10,000');
  });

  it('prompt cards are 1.5 with submit data the action parser accepts; consent shows what would be sent', () => {
    const preview = buildLeadDraft({
      contact: { name: 'Sam', email: 'sam@acme.example', company: 'Acme' },
      consent: { given: true, at: new Date().toISOString(), text: 'ok' },
      estimate: estimate({ agents: 5, channels: ['voice'], deployment: 'cloud' }),
      questions: [],
      language: 'id',
      channel: 'webchat',
      conversationId: 'c1',
    });
    const consent = consentCard('id', preview);
    expect(JSON.stringify(consent)).toContain('sam@acme.example');
    expect(JSON.stringify(consent)).toContain('Bolehkah tim sales');
    for (const card of [channelPickerCard('en', ['voice']), consent]) {
      expect(card.version).toBe('1.5');
      for (const a of card.actions as { data: Record<string, unknown> }[]) expect(parseCardAction({ ...a.data, channels: 'voice,sms' })).toBeDefined();
    }
  });

  it('user text inside the summary card cannot become a link, emphasis or HTML', () => {
    const draft = buildLeadDraft({
      contact: { name: '[click](http://evil.example)', email: 'a@b.example', company: '**Big** <script>x</script>' },
      consent: { given: true, at: new Date().toISOString(), text: 'ok' },
      estimate: estimate({ agents: 5, channels: ['voice'], deployment: 'cloud' }),
      questions: ['<img src=x onerror=alert(1)>'],
      language: 'en',
      channel: 'webchat',
      conversationId: 'c1',
    });
    const summary = LeadSummarySchema.parse({ ...draft, schemaVersion: LEAD_SCHEMA_VERSION, type: 'lead', id: crypto.randomUUID(), reference: 'CCA-ABCDEF', version: 1, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() });
    const json = JSON.stringify(summaryCard(summary, 'en').body);
    expect(json).not.toContain('[click](');
    expect(json).not.toContain('<script>');
    expect(json).not.toContain('**Big**');
    expect(json).not.toMatch(/[^\\]<img/); // escaped as \<img: shown literally, never as markup
    expect(escapeMarkdown('[x](y)')).toBe('\\[x\\](y)');
  });

  it('the line picker submits a line (or the totals) that parses back', () => {
    const card = estimateCard(estimate({ agents: 20, channels: ['voice'], deployment: 'onPremises' }), 'en');
    let picker: { choices: { value: string }[] } | undefined;
    walk(card, (n) => {
      if (n.type === 'Input.ChoiceSet' && n.id === 'line') picker = n as never;
    });
    for (const c of picker!.choices) expect(parseCardAction({ action: 'explainLine', line: c.value })).toEqual({ action: 'explainLine', line: c.value });
    expect(picker!.choices.map((c) => c.value)).toContain('total');
  });

  it('rejects forged card values', () => {
    for (const value of [
      { action: 'setDeployment', deployment: 'moon' }, { action: {} }, { action: 'setChannels', channels: { a: 1 } }, [], null, 'x', { action: 'consent', given: 'yes' },
      { action: 'explainLine' }, { action: 'explainLine', line: 'salaries' }, { action: 'ownFigure', slot: 'agents' },
    ]) {
      expect(parseCardAction(value)).toBeUndefined();
    }
  });
});

// "what would we save by going cloud?", "selisihnya brp?": the comparison says each deployment against the
// visitor's own, in money and percent (the visitor had to subtract the rows, fourth round of testing)
describe('the difference from the visitor\'s own deployment', () => {
  it('names each other deployment with the amount and the share of the own total, in both languages', async () => {
    const { estimate } = await import('../../src/cost/estimate');
    const { differenceSentence } = await import('../../src/cards/comparison-card');
    const e = estimate({ agents: 50, channels: ['voice', 'email'], deployment: 'onPremises' });
    const own = e.comparison.find((c) => c.deployment === 'onPremises')!.tco.typical;
    const cloud = e.comparison.find((c) => c.deployment === 'cloud')!.tco.typical;
    const pct = Math.round((Math.abs(cloud - own) / own) * 100);
    const en = differenceSentence(e, 'en');
    expect(en).toContain(`Against your on-premises over 3 years: cloud $${Math.abs(cloud - own).toLocaleString('en-US')} ${cloud < own ? 'less' : 'more'} (${pct}% ${cloud < own ? 'less' : 'more'})`);
    expect(differenceSentence(e, 'id')).toMatch(/^Dibanding on-premise Anda selama 3 tahun: cloud lebih (murah|mahal) Rp /);
  });

  // (a tester saw "0% less" for two totals a few hundred dollars apart)
  it('a gap under half a percent is "<1%", not "0%"', async () => {
    const { differenceSentence } = await import('../../src/cards/comparison-card');
    const row = (deployment: string, typical: number) => ({ deployment, tco: { low: typical, typical, high: typical } });
    const e = { scenario: { deployment: 'cloud', years: 3 }, comparison: [row('cloud', 100_000), row('onPremises', 100_300), row('hybrid', 130_000)] };
    const en = differenceSentence(e as never, 'en');
    expect(en).toContain('on-premises $300 more (<1% more)');
    expect(en).toContain('hybrid $30,000 more (30% more)');
    expect(en).not.toContain('(0%');
  });
});

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { estimate } from '../../src/cost/estimate';
import { handoffStrings } from '../../src/i18n/handoff';
import { formatMoney } from '../../src/i18n/money';
import { newSummary } from '../../src/handoff/lead-store';
import {
  LeadSummarySchema,
  REFERENCE_PATTERN,
  buildLeadDraft,
  newReference,
  renderSummaryText,
  type LeadDraftInput,
} from '../../src/handoff/summary';
import { sampleDraft, SAMPLE_EMAIL, SAMPLE_PHONE } from './fixtures';

const ID = '0b9a3c2e-1111-4222-8333-444455556666';
const AT = Date.UTC(2026, 10, 27, 10);

function input(overrides: Partial<LeadDraftInput> = {}): LeadDraftInput {
  return {
    contact: { name: 'Ana', email: 'ana@example.com', company: 'Ana Co' },
    consent: { given: true, at: '2026-11-27T10:00:00Z', text: 'You may contact me.' },
    estimate: estimate({ agents: 12, channels: ['email'], deployment: 'hybrid', addOns: { wfm: true, customIntegrations: 2 } }),
    questions: [],
    language: 'id',
    channel: 'msteams',
    conversationId: 'a:1',
    ...overrides,
  };
}

describe('buildLeadDraft', () => {
  it('copies the scenario and the estimate figures from the engine', () => {
    const e = estimate({ agents: 80, channels: ['voice', 'sms'], deployment: 'onPremises', years: 5 });
    const draft = buildLeadDraft(input({ estimate: e }));
    expect(draft.scenario!).toMatchObject({ agents: 80, channels: ['voice', 'sms'], deployment: 'onPremises', years: 5 });
    expect(draft.estimate!.monthly).toEqual(e.totals.monthly);
    expect(draft.estimate!.first12Months).toEqual(e.totals.first12Months);
    expect(draft.estimate!.perAgentMonthly).toEqual(e.totals.perAgentMonthly);
    expect(draft.estimate!.comparison.map((c) => [c.deployment, c.tco])).toEqual(e.comparison.map((c) => [c.deployment, c.tco]));
    expect(draft.estimate!.breakEven).toEqual(e.breakEven);
    expect(draft.scenario!.assumptions.map((a) => a.id)).toEqual(e.assumptions.map((a) => a.id));
  });

  it.each([
    ['a bad email', { contact: { name: 'A', email: 'a@', company: 'C' } }, 'email'],
    ['an empty name', { contact: { name: '  ', email: 'a@b.co', company: 'C' } }, 'name'],
    ['a phone with letters', { contact: { name: 'A', email: 'a@b.co', company: 'C', phone: 'call me' } }, 'phone'],
    ['no consent', { consent: { given: false, at: '2026-11-27T10:00:00Z', text: 'x' } }, 'given'],
    ['an unknown field', { contact: { name: 'A', email: 'a@b.co', company: 'C', fax: '1' } }, 'contact'],
  ] as const)('rejects %s, naming the field', (_label, overrides, field) => {
    let err: unknown;
    try {
      buildLeadDraft(input(overrides as unknown as Partial<LeadDraftInput>));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ZodError);
    expect((err as ZodError).issues.map((i) => i.path.join('.')).join(' ')).toContain(field);
  });
});

describe('newReference', () => {
  it('makes short, readable, mostly unique references', () => {
    const refs = Array.from({ length: 2000 }, newReference);
    for (const r of refs) expect(r).toMatch(REFERENCE_PATTERN);
    expect(refs.map((r) => r.slice(4)).join('')).not.toMatch(/[01OILU]/);
    expect(new Set(refs).size).toBeGreaterThan(1990);
  });
});

describe('renderSummaryText', () => {
  const full = newSummary(sampleDraft(), ID, 'CCA-7F3K2Q', AT);

  it.each(['en', 'id'] as const)('shows contact, scenario, figures, comparison and questions (%s)', (lang) => {
    const text = renderSummaryText(full, lang);
    for (const expected of [
      'CCA-7F3K2Q',
      SAMPLE_EMAIL,
      SAMPLE_PHONE,
      'PT Contoh Sejahtera',
      'weekday mornings (WIB)',
      formatMoney(full.estimate!.monthly.typical, lang),
      formatMoney(full.estimate!.monthly.low, lang),
      formatMoney(full.estimate!.first12Months.typical, lang),
      formatMoney(full.estimate!.perAgentMonthly.typical, lang),
      ...full.estimate!.comparison.map((c) => formatMoney(c.tco.typical, lang)),
      'Why is on-premises cheaper later?',
      'Apa itu WFM?',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/\{\w+\}/);
    expect(text).not.toMatch(/<[a-z]|\*\*/i); // plain text, no markup
  });

  it('writes Indonesian in Indonesian and English in English', () => {
    expect(renderSummaryText(full, 'en')).toContain('Questions asked:');
    expect(renderSummaryText(full, 'id')).toContain('Pertanyaan yang diajukan:');
  });

  // 10:00Z is 17.00 WIB; 19:59Z would already be the next day in Jakarta
  it.each([
    ['id', '2026-11-27T10:00:00Z', 'Persetujuan untuk dihubungi diberikan pada 27 November 2026 pukul 17.00 WIB.'],
    ['id', '2026-11-30T19:59:21.793Z', 'Persetujuan untuk dihubungi diberikan pada 1 Desember 2026 pukul 02.59 WIB.'],
    ['en', '2026-11-30T19:59:21.793Z', 'Consent to be contacted given at 30 November 2026, 19:59 UTC.'],
  ] as const)('shows the consent time in the reader\'s time zone, never as ISO (%s, %s)', (lang, at, line) => {
    const text = renderSummaryText({ ...full, language: 'id', consent: { ...full.consent, at }, createdAt: at }, lang);
    expect(text).toContain(line);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(text).not.toMatch(/Bahasa: id|Language: id/);
    expect(text).toContain(lang === 'id' ? 'Bahasa: Indonesia' : 'Language: Indonesian');
  });

  it('leaves out what the visitor did not give', () => {
    const bare = newSummary(buildLeadDraft(input()), ID, 'CCA-AAAAAA', AT);
    const text = renderSummaryText(bare, 'en');
    expect(text).not.toContain('Phone:');
    expect(text).not.toContain('Preferred time');
    expect(text).toContain('No follow-up questions.');
    expect(text).toContain('workforce management, 2 custom integration(s)');
  });
});

describe('handoff strings', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(Object.keys(handoffStrings.en) as (keyof typeof handoffStrings.en)[])('%s has the same placeholders in en and id', (key) => {
    expect(handoffStrings.id[key].trim()).not.toBe('');
    expect(placeholders(handoffStrings.id[key])).toEqual(placeholders(handoffStrings.en[key]));
  });
});

describe('docs/lead-summary-schema.md', () => {
  const doc = fs.readFileSync(new URL('../../docs/lead-summary-schema.md', import.meta.url), 'utf8');
  const keys = (shape: Record<string, unknown>) => Object.keys(shape);
  const s = LeadSummarySchema.shape;
  it.each([
    ...keys(s),
    ...keys(s.contact.shape).map((k) => `contact.${k}`),
    ...keys(s.consent.shape).map((k) => `consent.${k}`),
    ...keys(s.scenario.unwrap().shape).map((k) => `scenario.${k}`),
    ...keys(s.estimate.unwrap().shape).map((k) => `estimate.${k}`),
  ])('documents %s', (field) => {
    expect(doc).toContain(`\`${field}\``);
  });
});

describe('a lead without a scenario ("Just contact me")', () => {
  it('is valid, and every rendering says there is no estimate yet', async () => {
    const { teamsWebhookMessage } = await import('../../src/handoff/teams-message');
    const { renderSummaryText } = await import('../../src/handoff/summary');
    const draft = { ...sampleDraft(), scenario: null, estimate: null };
    const summary = newSummary(draft, '00000000-0000-4000-8000-000000000001', 'CCA-ABCDEF', Date.now());
    expect(summary.scenario).toBeNull();
    expect(renderSummaryText(summary, 'en')).toContain(handoffStrings.en.noScenario);
    expect(renderSummaryText(summary, 'id')).toContain(handoffStrings.id.noScenario);
    expect(JSON.stringify(teamsWebhookMessage(summary, 'en'))).toContain(handoffStrings.en.noScenario);
  });
});

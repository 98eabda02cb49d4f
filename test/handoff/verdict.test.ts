/**
 * The comparison verdict in the lead summary (schema version 2): in the JSON document, in the
 * visitor's summary (text and card) and in the sales Teams card, in both languages; and a version 1
 * document, stored before the verdict existed, still parses and renders without it.
 */
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/cost/estimate';
import type { ScenarioInput } from '../../src/cost/scenario';
import { summaryCard } from '../../src/cards/summary-card';
import { newSummary, patchedSummary } from '../../src/handoff/lead-store';
import {
  LEAD_SCHEMA_VERSION,
  LeadErasedNoticeSchema,
  LeadSummarySchema,
  WebhookDocumentSchema,
  buildLeadDraft,
  renderSummaryText,
  summarizeEstimate,
  type LeadSummary,
} from '../../src/handoff/summary';
import { teamsWebhookMessage } from '../../src/handoff/teams-message';
import { handoffStrings } from '../../src/i18n/handoff';

const ID = '0b9a3c2e-1111-4222-8333-444455556666';
const AT = Date.UTC(2026, 10, 27, 10);

function lead(scenario: ScenarioInput): LeadSummary {
  const draft = buildLeadDraft({
    contact: { name: 'Dewi Lestari', email: 'dewi@example.co.id', company: 'PT Contoh' },
    consent: { given: true, at: '2026-11-27T10:00:00.000Z', text: 'You may contact me.' },
    estimate: estimate(scenario),
    questions: [],
    language: 'id',
    channel: 'webchat',
    conversationId: 'conv-1',
  });
  return newSummary(draft, ID, 'CCA-7F3K2Q', AT);
}

/** Everything a person reads of a lead, in one language. */
function renderings(s: LeadSummary, lang: 'en' | 'id'): Record<string, string> {
  return {
    text: renderSummaryText(s, lang),
    teams: JSON.stringify(teamsWebhookMessage(s, lang)),
    card: JSON.stringify(summaryCard(s, lang).body),
  };
}

/** A version 1 document as stored before the verdict was added. */
function versionOne(s: LeadSummary): Record<string, unknown> {
  const { verdict: _dropped, ...estimateV1 } = s.estimate!;
  return { ...structuredClone(s), schemaVersion: 1, estimate: estimateV1 };
}

const CLEAR: ScenarioInput = { agents: 15, channels: ['voice'], deployment: 'cloud', years: 3 };
// (the standard tier since a tier's range runs from the neighbouring tier's point: on the premium tier this is no longer close)
const CLOSE: ScenarioInput = { agents: 2000, channels: ['voice'], deployment: 'cloud', voiceBilling: 'metered', usagePreset: 'large', years: 10 };

describe('estimate.verdict in the lead summary', () => {
  it.each([
    ['a clear verdict', CLEAR, 'cheapest', ['cloud']],
    ['a close comparison', CLOSE, 'too_close_to_call', ['onPremises', 'cloud', 'hybrid']],
  ] as const)('%s: copies the engine verdict into the document', (_label, scenario, kind, contenders) => {
    const e = estimate(scenario);
    const s = lead(scenario);
    expect(s.schemaVersion).toBe(LEAD_SCHEMA_VERSION);
    // (version 3 since the thirty-fourth session: the email optional beside a phone number)
    expect(LEAD_SCHEMA_VERSION).toBe(3);
    expect(s.estimate!.verdict).toMatchObject({ kind, deployment: e.verdict.deployment, contenders: [...contenders], lead: e.verdict.lead, drivers: e.verdict.drivers });
    expect(e.verdict.kind).toBe(kind);
    // what is stored is what a receiver validates
    expect(WebhookDocumentSchema.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it.each([
    [CLEAR, 'en', 'Verdict for this scenario: cloud is cheapest over 3 years, 49% below the next with typical figures, and stays cheapest with the low and the high figures.'],
    [CLEAR, 'id', 'Kesimpulan untuk skenario ini: cloud paling murah selama 3 tahun, 49% di bawah model berikutnya dengan angka tipikal, dan tetap paling murah dengan angka rendah maupun tinggi.'],
    [CLOSE, 'en', 'Verdict for this scenario: too close to call over 10 years; within the ranges the cheapest could be on-premises, cloud or hybrid.'],
    [CLOSE, 'id', 'Kesimpulan untuk skenario ini: selisihnya terlalu tipis untuk diputuskan selama 10 tahun; dalam rentangnya, yang termurah bisa on-premise, cloud, atau hibrida.'],
  ] as const)('%#: the summary text, the visitor card and the Teams card say it', (scenario, lang, sentence) => {
    const shown = renderings(lead(scenario), lang);
    for (const [where, text] of Object.entries(shown)) expect(text, where).toContain(sentence);
  });

  it('is optional in the schema, and strict when present', () => {
    const s = lead(CLEAR);
    const bad = structuredClone(s) as unknown as { estimate: { verdict: Record<string, unknown> } };
    bad.estimate.verdict.kind = 'probably';
    expect(LeadSummarySchema.safeParse(bad).success).toBe(false);
    const extra = structuredClone(s) as unknown as { estimate: { verdict: Record<string, unknown> } };
    extra.estimate.verdict.winner = 'cloud';
    expect(LeadSummarySchema.safeParse(extra).success).toBe(false);
    // summarizeEstimate always fills it from an engine estimate
    expect(summarizeEstimate(estimate(CLOSE)).verdict?.kind).toBe('too_close_to_call');
  });
});

describe('a version 1 document (no verdict)', () => {
  const old = versionOne(lead(CLEAR));

  it.each([
    ['LeadSummarySchema', () => LeadSummarySchema.parse(old)],
    ['WebhookDocumentSchema', () => WebhookDocumentSchema.parse(old)],
  ])('still parses with %s', (_name, parse) => {
    const parsed = parse() as LeadSummary;
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.estimate!.verdict).toBeUndefined();
  });

  it.each(['en', 'id'] as const)('renders without a verdict line (%s)', (lang) => {
    const parsed = LeadSummarySchema.parse(old);
    const strings = handoffStrings[lang];
    const prefix = (key: 'verdictCheapest' | 'verdictClose') => strings[key].split('{')[0]!;
    for (const [where, text] of Object.entries(renderings(parsed, lang))) {
      expect(text, where).not.toContain(prefix('verdictCheapest'));
      expect(text, where).not.toContain(prefix('verdictClose'));
    }
    // and the rest is still there
    expect(renderSummaryText(parsed, lang)).toContain(parsed.reference);
  });

  it.each([
    ['a contact correction', { contact: { phone: '+62 812 0000 0000' } }, undefined],
    ['a new estimate', { estimate: summarizeEstimate(estimate(CLOSE)) }, 'too_close_to_call'],
  ] as const)('a correction (%s) is written as the current version', (_label, patch, kind) => {
    const next = patchedSummary(LeadSummarySchema.parse(old), patch, AT + 60_000);
    expect(next.schemaVersion).toBe(LEAD_SCHEMA_VERSION);
    expect(next.version).toBe(2);
    expect(next.estimate!.verdict?.kind).toBe(kind);
  });

  it.each([
    [1, true],
    [2, true],
    [3, true],
    [4, false],
    [0, false],
  ])('schemaVersion %s is accepted: %s (lead and erasure notice)', (version, ok) => {
    expect(LeadSummarySchema.safeParse({ ...old, schemaVersion: version }).success).toBe(ok);
    const notice = { schemaVersion: version, type: 'lead.erased', id: ID, reference: 'CCA-7F3K2Q', reason: 'erased', at: '2026-11-27T10:00:00.000Z' };
    expect(LeadErasedNoticeSchema.safeParse(notice).success).toBe(ok);
  });
});

import { estimate } from '../../src/cost/estimate';
import { buildLeadDraft, type LeadDraft } from '../../src/handoff/summary';

export const SAMPLE_EMAIL = 'dewi.lestari@example.co.id';
export const SAMPLE_PHONE = '+62 812 3456 7890';

/** A lead as the handoff dialog would build it, from a real engine estimate. */
export function sampleDraft(overrides: { company?: string; name?: string; agents?: number; email?: string; phone?: string } = {}): LeadDraft {
  return buildLeadDraft({
    contact: {
      name: overrides.name ?? 'Dewi Lestari',
      email: overrides.email ?? SAMPLE_EMAIL,
      company: overrides.company ?? 'PT Contoh Sejahtera',
      phone: overrides.phone ?? SAMPLE_PHONE,
      preferredTime: 'weekday mornings (WIB)',
    },
    consent: { given: true, at: '2026-11-27T10:00:00.000Z', text: 'You may contact me about this estimate.' },
    estimate: estimate({ agents: overrides.agents ?? 50, channels: ['voice', 'sms', 'social'], deployment: 'cloud' }),
    questions: ['Why is on-premises cheaper later?', 'Apa itu WFM?'],
    language: 'en',
    channel: 'webchat',
    conversationId: 'conv-123',
  });
}

import { z } from 'zod';
import { ChannelSchema, DeploymentSchema, TierSchema, VolumesSchema } from '../cost/scenario';
import { DRIVER_IDS } from '../cost/types';

/**
 * The lead summary document (schemaVersion 3): what the bot stores for a lead, what the
 * admin API returns and what the sales webhook receives. Documented in docs/lead-summary-schema.md;
 * change it only together with that page and a new schemaVersion.
 *
 * Version 3 made `contact.email` optional (a phone number instead; one of the two is required).
 * Version 2 added `estimate.verdict`. Documents of version 1 (stored before, without the verdict)
 * still parse: every version 1 document is a valid version 2 document apart from the number.
 * New documents are written with LEAD_SCHEMA_VERSION.
 */
export const LEAD_SCHEMA_VERSION = 3 as const;
/** The versions a stored or received document may carry. */
export const LEAD_SCHEMA_VERSIONS = [1, 2, 3] as const;
const SchemaVersionSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** The contact's fields, each checked alone (a correction names one of them). */
export const ContactFieldsSchema = z
  .object({
    name: z.string().trim().min(1, 'name is required').max(200),
    // (optional since version 3: a visitor may leave a phone number instead; one of the two is required)
    email: z.email('email must be a valid email address').max(254).optional(),
    company: z.string().trim().min(1, 'company is required').max(200),
    phone: z
      .string()
      .trim()
      // an office line may carry its extension: "021-5551234 ext. 2210", "(021) 2995-8800 x415"
      .regex(/^\+?(?:\(\d{1,5}\)\s?)?[0-9][0-9 ().-]{2,28}[0-9](?:\s*,?\s*(?:ext\.?|extension|x|#|pes\.?|psw\.?)\s*[0-9]{1,6})?$/i, 'phone must be digits, spaces and + ( ) . - only, with an extension if any')
      .optional(),
    preferredTime: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export const ContactSchema = ContactFieldsSchema.refine((c) => c.email !== undefined || c.phone !== undefined, { message: 'an email or a phone number is required', path: ['email'] });
export type Contact = z.infer<typeof ContactSchema>;

export const ConsentSchema = z
  .object({
    given: z.literal(true, 'consent must be given before a lead is stored'),
    at: z.iso.datetime({ offset: true }),
    text: z.string().trim().min(1).max(2000),
  })
  .strict();
export type Consent = z.infer<typeof ConsentSchema>;

export const LanguageSchema = z.enum(['en', 'id']);
/** 'webchat' | 'msteams' | 'emulator' or whatever channel id Bot Framework reports. */
export const ChannelIdSchema = z.string().trim().min(1).max(100);

export const RangeSchema = z.object({ low: z.number(), typical: z.number(), high: z.number() }).strict();
export type RangeValue = z.infer<typeof RangeSchema>;

const LocalizedSchema = z.object({ en: z.string(), id: z.string() }).strict();

export const ScenarioSummarySchema = z
  .object({
    agents: z.number().int().min(1),
    channels: z.array(ChannelSchema),
    deployment: DeploymentSchema,
    tier: TierSchema,
    years: z.number().int().min(1),
    voiceBilling: z.enum(['included', 'metered']),
    volumes: VolumesSchema,
    addOns: z
      .object({
        wfm: z.boolean(),
        ai: z.boolean(),
        aiConversationsPerMonth: z.number().nonnegative().optional(),
        customIntegrations: z.number().int().min(0),
      })
      .strict(),
    /** The assumptions the estimate used (figures the user did not give and the source does not fix). */
    assumptions: z.array(
      z
        .object({ id: z.string(), label: LocalizedSchema, value: z.union([z.number(), z.string()]), unit: z.string() })
        .strict(),
    ),
    /** Figures the visitor gave in place of assumptions (a negotiated licence, their IT cost); absent when none. */
    ownFigures: z
      .array(z.object({ id: z.string(), label: LocalizedSchema, value: z.union([z.number(), z.string()]), unit: z.string() }).strict())
      .optional(),
    /** The visitor already owns an on-premises platform; absent when not said. */
    owned: z.union([z.literal(true), z.literal('servers'), z.literal('licence')]).optional(),
  })
  .strict();
export type ScenarioSummary = z.infer<typeof ScenarioSummarySchema>;

/**
 * The engine's verdict (src/cost/types.ts `Verdict`): `cheapest` when the same deployment is
 * cheapest over the horizon with the low, typical and high figures and leads by the catalog's
 * margin; otherwise `too_close_to_call`, with the deployments that could be cheapest.
 */
export const VerdictSummarySchema = z
  .object({
    kind: z.enum(['cheapest', 'too_close_to_call']),
    /** Cheapest with typical figures (for too_close_to_call: the typical leader). */
    deployment: DeploymentSchema,
    /** Deployments that could be cheapest within the ranges, the typical leader first. */
    contenders: z.array(DeploymentSchema).min(1).max(3),
    /** Typical lead over the runner-up, as a share of the runner-up's typical total (0.34 = 34%). */
    lead: z.number().min(0).max(1),
    /** What makes the verdict (cheapest) or what could flip it (too close), largest first. */
    drivers: z.array(z.enum(DRIVER_IDS)).max(DRIVER_IDS.length),
    breakEvenYear: z.number().int().min(1).optional(),
  })
  .strict();
export type VerdictSummary = z.infer<typeof VerdictSummarySchema>;

export const EstimateSummarySchema = z
  .object({
    currency: z.literal('USD'),
    monthly: RangeSchema,
    oneTime: RangeSchema,
    first12Months: RangeSchema,
    perAgentMonthly: RangeSchema,
    /** Items priced per use whose volume was unknown: shown with their unit price, not in the totals. */
    dependsOnUsage: z.array(
      z.object({ id: z.string(), label: LocalizedSchema, unit: z.string(), unitPrice: RangeSchema }).strict(),
    ),
    comparison: z.array(
      z
        .object({
          deployment: DeploymentSchema,
          oneTime: RangeSchema,
          monthly: RangeSchema,
          tco: RangeSchema,
          years: z.number().int().min(1),
        })
        .strict(),
    ),
    breakEven: z
      .object({
        cheaperToStart: DeploymentSchema,
        overtakenBy: DeploymentSchema.nullable(),
        year: z.number().int().nullable(),
        years: z.number().int().min(1),
      })
      .strict(),
    /** Since version 2: the comparison's conclusion over `breakEven.years` (absent in version 1 documents). */
    verdict: VerdictSummarySchema.optional(),
  })
  .strict();
export type EstimateSummary = z.infer<typeof EstimateSummarySchema>;

/** What the conversation collects; the store adds id, reference, version and times. */
export const LeadDraftSchema = z
  .object({
    contact: ContactSchema,
    consent: ConsentSchema,
    /** null when the visitor asked to be contacted before pricing anything. */
    scenario: ScenarioSummarySchema.nullable(),
    estimate: EstimateSummarySchema.nullable(),
    /**
     * What the visitor said of their scenario when nothing was priced (scenario null): "120 agents, voice, email
     * and web chat" typed before "just contact me". Absent when a scenario was priced or nothing was said.
     */
    described: z
      .object({
        agents: z.number().int().min(1).optional(),
        channels: z.array(ChannelSchema).optional(),
        deployment: DeploymentSchema.optional(),
        years: z.number().int().min(1).optional(),
      })
      .strict()
      .optional(),
    questions: z.array(z.string().trim().min(1).max(1000)).max(100),
    language: LanguageSchema,
    channel: ChannelIdSchema,
    conversationId: z.string().min(1).max(1000),
  })
  .strict();
export type LeadDraft = z.infer<typeof LeadDraftSchema>;

/** A correction: any top-level part may be replaced; contact fields are merged. */
export const LeadPatchSchema = z
  .object({
    contact: ContactFieldsSchema.partial().strict().optional(),
    consent: ConsentSchema.optional(),
    scenario: ScenarioSummarySchema.optional(),
    estimate: EstimateSummarySchema.optional(),
    questions: LeadDraftSchema.shape.questions.optional(),
    language: LanguageSchema.optional(),
  })
  .strict();
export type LeadPatch = z.infer<typeof LeadPatchSchema>;

export const REFERENCE_PATTERN = /^CCA-[0-9A-HJKMNP-TV-Z]{6}$/;

export const LeadSummarySchema = LeadDraftSchema.extend({
  schemaVersion: SchemaVersionSchema,
  type: z.literal('lead'),
  id: z.uuid(),
  reference: z.string().regex(REFERENCE_PATTERN),
  /** 1 for the first capture, +1 for every correction; each version is delivered with its own idempotency key. */
  version: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
}).strict();
export type LeadSummary = z.infer<typeof LeadSummarySchema>;

/** Sent to the webhook after an erasure or a withdrawal of consent: no personal data, only which lead to forget. */
export const LeadErasedNoticeSchema = z
  .object({
    schemaVersion: SchemaVersionSchema,
    type: z.literal('lead.erased'),
    id: z.uuid(),
    reference: z.string().regex(REFERENCE_PATTERN),
    reason: z.enum(['withdrawn', 'erased']),
    at: z.iso.datetime(),
  })
  .strict();
export type LeadErasedNotice = z.infer<typeof LeadErasedNoticeSchema>;

export const WebhookDocumentSchema = z.discriminatedUnion('type', [LeadSummarySchema, LeadErasedNoticeSchema]);
export type WebhookDocument = z.infer<typeof WebhookDocumentSchema>;

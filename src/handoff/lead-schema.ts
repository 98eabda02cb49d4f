import { z } from 'zod';
import { ChannelSchema, DeploymentSchema, TierSchema, VolumesSchema } from '../cost/scenario';

/**
 * The lead summary document (schemaVersion 1): what the bot stores for a lead, what the
 * admin API returns and what the sales webhook receives. Documented in docs/lead-summary-schema.md;
 * change it only together with that page and a new schemaVersion.
 */
export const LEAD_SCHEMA_VERSION = 1 as const;

export const ContactSchema = z
  .object({
    name: z.string().trim().min(1, 'name is required').max(200),
    email: z.email('email must be a valid email address').max(254),
    company: z.string().trim().min(1, 'company is required').max(200),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 ().-]{4,28}[0-9]$/, 'phone must be digits, spaces and + ( ) . - only')
      .optional(),
    preferredTime: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
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
  })
  .strict();
export type ScenarioSummary = z.infer<typeof ScenarioSummarySchema>;

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
    contact: ContactSchema.partial().strict().optional(),
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
  schemaVersion: z.literal(LEAD_SCHEMA_VERSION),
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
    schemaVersion: z.literal(LEAD_SCHEMA_VERSION),
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

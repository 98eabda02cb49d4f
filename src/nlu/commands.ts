/**
 * What a message means, as a list of typed commands (Rasa CALM's shape): the only output of the
 * understanding step and the only input of the decision step. The names follow the labelled
 * corpus (knowledge/understanding/, ../shared/corpus/README.md) so a model's output and a label
 * compare field by field.
 */
import { z } from 'zod';
import { ChannelSchema, DeploymentSchema } from '../cost/scenario';
import type { LineId as EngineLineId } from '../cost/types';
import { GROUPINGS } from '../cost/groups';

export const CONTEXTS = [
  'start', 'asked_agents', 'asked_channels', 'asked_deployment', 'asked_volumes', 'after_estimate', 'offered_sales',
  'asked_name', 'asked_email', 'asked_company', 'asked_phone', 'asked_time', 'asked_consent',
] as const;
export const ContextSchema = z.enum(CONTEXTS);
export type Context = z.infer<typeof ContextSchema>;

export const INT_SLOTS = [
  'agents', 'calls_month', 'minutes_month', 'sms_month', 'mms_month', 'social_month', 'email_month', 'chat_month',
  'egress_gb', 'integrations', 'years', 'ai_month',
] as const;
export type IntSlot = (typeof INT_SLOTS)[number];
export const BOOL_SLOTS = ['wfm', 'ai'] as const;
export const CONTACT_SLOTS = ['name', 'email', 'company', 'phone', 'time'] as const;
export type ContactSlot = (typeof CONTACT_SLOTS)[number];

export const TOPICS = [
  'sms_price', 'mms_price', 'voice_price', 'call_cost', 'social_price', 'whatsapp', 'platform_price', 'storage', 'egress',
  'ai', 'wfm', 'integrations', 'setup_costs', 'hidden_costs', 'staffing_costs', 'turnover', 'training', 'continuity',
  'security', 'uptime', 'call_vs_contact_center', 'onprem_pros', 'onprem_cons', 'cloud_pros', 'cloud_cons',
  'hybrid_pros', 'hybrid_cons', 'which_deployment', 'cost_saving', 'biggest_cost', 'how_estimate_works', 'source',
  'currency', 'other',
] as const;
export const TopicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof TopicSchema>;

/**
 * What a visitor may ask the estimate to include that no line of it prices ("is agent training included?", "sudah
 * termasuk internet?"); `hidden` is the business costs of the hidden-costs answer ("does your estimate include those?").
 */
export const EXCLUDED_ITEMS = ['training', 'pay', 'equipment', 'internet', 'hiring', 'office', 'hidden'] as const;
export type ExcludedItem = (typeof EXCLUDED_ITEMS)[number];

export const ASPECTS = [
  'annual', 'first_year', 'per_agent', 'line', 'other_deployment', 'breakdown', 'assumptions', 'drivers', 'horizon_total',
  'other',
  // read by rules, not by the aspect model: "does this include tax?", "when does on-prem break even?"
  'tax', 'break_even',
  // "what's the biggest cost in there?": the largest lines of the estimate (the drivers answer moved every figure
  // across its range instead)
  'largest',
  // "why did the total go up?", "apa yang berubah?": what the last change moved (it showed the whole estimate again)
  'change',
  // "why is on prem so much more for us?", "why does cloud still win?": where the gap between two deployments comes from
  'deployment_gap',
  // a year whose head count changes with the season (answered for the seasonal command)
  'seasonal',
  // "whats the cost per call if we do 30k calls a month": the monthly total over the calls it serves
  'per_call',
  // "year by year?", "which wins in year 1 vs year 5?", "is this NPV?": what each deployment has cost by the end of each year
  'by_year',
  // "what does that include?", "itu udah termasuk apa aja?": what the estimate covers and what it leaves out (the
  // assumptions list came instead)
  'included',
  // "what would it cost for 10, 20 or 50 agents?": the same scenario at each head count (only the last was priced)
  'sizes',
  // "what's the cheapest line on there?": the smallest lines of the estimate (the comparison of deployments came)
  'smallest',
] as const;
export const AspectSchema = z.enum(ASPECTS);
export type Aspect = z.infer<typeof AspectSchema>;

export const LINES = [
  'platform', 'voice', 'sms', 'mms', 'social', 'email', 'webchat', 'storage', 'egress', 'wfm', 'ai', 'integrations',
  'hardware', 'maintenance', 'carrier', 'it_staff', 'facility', 'hybrid', 'total',
] as const;
export const LineSchema = z.enum(LINES);
export type LineId = z.infer<typeof LineSchema>;

/**
 * The estimate's lines a named line stands for ("the platform" is the subscription in the cloud and
 * the perpetual licence on premises); `total` stands for the totals, not a line.
 */
export const LINE_GROUPS: Record<Exclude<LineId, 'total'>, readonly EngineLineId[]> = {
  platform: ['platform', 'licence'],
  voice: ['voice', 'carrier_minutes'],
  sms: ['sms'],
  mms: ['mms'],
  social: ['social'],
  email: ['email'],
  webchat: ['webchat'],
  storage: ['storage'],
  egress: ['egress'],
  wfm: ['wfm'],
  ai: ['ai'],
  integrations: ['integration'],
  hardware: ['infrastructure', 'gateway'],
  maintenance: ['support', 'it_staff', 'facility'],
  carrier: ['carrier_minutes', 'trunks', 'numbers'],
  it_staff: ['it_staff', 'admin_overhead'],
  facility: ['facility'],
  hybrid: ['hybrid_integration', 'admin_overhead'],
};

/** The named line an estimate line is explained under when it is clicked in the card. */
export const LINE_OF_ENGINE_LINE: Record<EngineLineId, Exclude<LineId, 'total'>> = {
  platform: 'platform', licence: 'platform', support: 'maintenance', voice: 'voice', carrier_minutes: 'carrier', trunks: 'carrier',
  numbers: 'carrier', social: 'social', sms: 'sms', mms: 'mms', email: 'email', webchat: 'webchat', storage: 'storage',
  egress: 'egress', infrastructure: 'hardware', gateway: 'hardware', facility: 'facility', it_staff: 'it_staff',
  hybrid_integration: 'hybrid', admin_overhead: 'hybrid', wfm: 'wfm', ai: 'ai', integration: 'integrations',
};

/** Commands with no fields. */
export const BARE_TYPES = [
  'estimate', 'compare', 'price_staffing', 'handoff', 'ack', 'yes', 'no', 'skip', 'cancel', 'start_over', 'help', 'why',
  'privacy', 'greeting', 'out_of_scope', 'unclear', 'send_estimate',
  // read by rule: "undo", "undo that last change", "balikin lagi" (the last change of the scenario taken back)
  'undo',
  // only from buttons: the visitor's own lead and conversation data
  'lead_show', 'lead_withdraw', 'erase_conversation',
] as const;
export type BareType = (typeof BARE_TYPES)[number];

const IntValue = z.number().int().min(-1_000_000_000).max(1_000_000_000);
const ContactValue = z.string().trim().min(1).max(200);

const setOf = <S extends string, V extends z.ZodType>(slot: S, value: V) =>
  z.object({ type: z.enum(['set', 'correct']), slot: z.literal(slot), value });

/** A monthly volume; `perAgent`: said per agent ("1,000 SMS per agent"), to be multiplied by the head count. */
const volumeOf = <S extends string>(slot: S) => setOf(slot, IntValue).extend({ perAgent: z.literal(true).optional() });

const SetSchemas = [
  // a rejected count (0, -5, 2.5, 200,000) still arrives, so the advisor can say why it is not taken
  // parts: head counts of several sites added up ("jkt 40 agen, sby 25 agen"); low: the lower end of a range said ("40-50")
  setOf('agents', z.number().finite().min(-1_000_000_000).max(1_000_000_000)).extend({ parts: z.array(z.number().int().positive()).max(20).optional(), low: z.number().int().positive().optional(), vague: z.string().max(40).optional(), peak: z.number().int().positive().optional() }), volumeOf('calls_month'), volumeOf('minutes_month'), volumeOf('sms_month'),
  volumeOf('mms_month'), volumeOf('social_month'), volumeOf('email_month'), volumeOf('chat_month'),
  volumeOf('egress_gb'), setOf('integrations', IntValue), setOf('years', IntValue),
  // conversations the AI add-on handles a month ("with AI, about 8,000 conversations a month")
  setOf('ai_month', IntValue),
  setOf('wfm', z.boolean()), setOf('ai', z.boolean()),
  setOf('name', ContactValue), setOf('email', ContactValue), setOf('company', ContactValue), setOf('phone', ContactValue),
  setOf('time', ContactValue),
  setOf('tier', z.enum(['basic', 'standard', 'premium'])),
  setOf('deployment', DeploymentSchema),
  setOf('channels', z.array(ChannelSchema).min(1).max(6)),
  // how amounts are shown ("in rupiah", "dalam dolar"); the estimate itself stays in US dollars
  setOf('currency', z.enum(['USD', 'IDR'])),
  // the visitor's own figures in place of assumptions, in US dollars a month ("we negotiated $100 a seat",
  // "IT admin kami 15 juta sebulan"), and how cloud voice is billed ("our vendor charges per minute")
  // (perMonth: the figure was said per month; without it, on an on-premises scenario it is the perpetual licence)
  setOf('licence_price', z.number().finite().positive().max(100_000)).extend({ perMonth: z.literal(true).optional() }),
  setOf('onprem_licence_price', z.number().finite().positive().max(1_000_000)),
  // one on-premises server, US dollars, paid once
  setOf('server_price', z.number().finite().positive().max(1_000_000)),
  setOf('it_cost', z.number().finite().nonnegative().max(1_000_000)),
  // data storage, US dollars per agent per year
  setOf('storage_price', z.number().finite().positive().max(1_000_000)),
  // the share of calls recorded ("we don't record calls at all": 0), which moves the data stored
  setOf('calls_recorded', z.number().finite().min(0).max(1)),
  // how much the center stores against the source's average ("assume storage at half the average": 0.5)
  setOf('storage_share', z.number().finite().min(0.05).max(5)),
  setOf('sms_price', z.number().finite().positive().max(1)),
  setOf('mms_price', z.number().finite().positive().max(1)),
  setOf('minute_price', z.number().finite().positive().max(5)),
  setOf('voice_billing', z.enum(['included', 'metered'])),
  // the share of a hybrid center's seats in the cloud ("70% of the seats in the cloud", "porsi cloud 70%")
  setOf('hybrid_cloud_share', z.number().finite().min(0.01).max(0.99)),
  // the seats of one side of a hybrid center, the rest on the other ("keep 10 of the seats on-prem and the rest in the cloud")
  setOf('hybrid_side_seats', z.object({ side: z.enum(['cloud', 'onPremises']), seats: z.number().int().min(1).max(100_000) })),
  // how long the visitor's hardware lasts ("our servers last 7 years", "siklus ganti server 6 tahun")
  setOf('hardware_years', z.number().int().min(2).max(15)),
  setOf('maintenance_rate', z.number().finite().min(0.01).max(0.5)),
  // the visitor's handle time, said on its own ("rata-rata durasi panggilan 5 menit"): their calls take that long
  setOf('aht_seconds', z.number().int().min(1).max(36_000)),
  // the visitor already owns an on-premises platform ("the servers are already paid off", "server kami sudah ada")
  setOf('owned', z.union([z.boolean(), z.literal('servers'), z.literal('licence')])),
] as const;

/** Slots the "what moves the total?" answer can offer to replace with the visitor's own figure. */
export const OWN_FIGURE_SLOTS = ['minutes_month', 'sms_month', 'mms_month', 'egress_gb', 'tier'] as const;
export type OwnFigureSlot = (typeof OWN_FIGURE_SLOTS)[number];

// 'volumes': every usage volume of the scenario at once ("what if volume doubles")
export const RELATIVE_SLOTS = ['agents', 'calls_month', 'minutes_month', 'sms_month', 'mms_month', 'social_month', 'email_month', 'chat_month', 'egress_gb', 'integrations', 'years', 'volumes'] as const;

/** The head count changing part-way through the horizon (see the union below); kept apart so state can hold one. */
export const GrowthCommandSchema = z.object({
  type: z.literal('growth'), fromYear: z.number().int().min(2).max(10), op: z.enum(['pct', 'mul', 'add', 'set']), amount: z.number().finite().min(-100_000).max(100_000),
  everyYear: z.literal(true).optional(),
  then: z.array(z.object({ fromYear: z.number().int().min(2).max(10), op: z.enum(['pct', 'mul', 'add', 'set']), amount: z.number().finite().min(-100_000).max(100_000) })).max(8).optional(),
});
export const CommandSchema = z.union([
  ...SetSchemas,
  z.object({ type: z.enum(['add', 'remove']), slot: z.literal('channels'), value: z.array(ChannelSchema).min(1).max(6) }),
  z.object({
    type: z.literal('relative'),
    slot: z.enum(RELATIVE_SLOTS),
    op: z.enum(['mul', 'add', 'pct']),
    amount: z.number().finite(),
    /** "actually no, make that 5 more": in place of the last change, not on top of it. */
    instead: z.literal(true).optional(),
  }),
  z.object({
    type: z.literal('staffing'),
    volume: z.number().positive().max(100_000_000),
    per: z.enum(['hour', 'day', 'week', 'month']),
    aht_seconds: z.number().positive().max(36_000).optional(),
    service_level: z.string().regex(/^\d{1,3}\/\d{1,4}$/).optional(),
    shrinkage_pct: z.number().min(0).max(90).optional(),
    open_hours: z.number().min(1).max(24).optional(),
    open_days: z.number().min(1).max(7).optional(),
    /** "500 chats a day", "500 emails a day": what the volume counts (calls when absent). */
    channel: z.enum(['chat', 'email']).optional(),
    /** "are 4 agents enough?": the head count the visitor has, held against what the volume needs. */
    have: z.number().int().positive().max(100_000).optional(),
    /** "what if we only staff for the off-season, around 250 calls a day?": the head count it sized, sized again and priced. */
    restaff: z.literal(true).optional(),
    /**
     * "500 WhatsApp chats and 300 calls a day": the other queues named in the same question, each sized on its own (a
     * chat agent and a phone agent are not pooled) and added up.
     */
    also: z
      .array(z.object({ volume: z.number().positive().max(100_000_000), per: z.enum(['hour', 'day', 'week', 'month']), channel: z.enum(['voice', 'chat', 'email']) }))
      .min(1)
      .max(2)
      .optional(),
  }),
  // a change to the last staffing answer's assumptions ("with 25% shrinkage", "open 12 hours")
  z.object({
    type: z.literal('staffing_adjust'),
    /** "and if volume goes up 20%?": the last answer's volume times this. */
    volume_factor: z.number().positive().max(100).optional(),
    aht_seconds: z.number().positive().max(36_000).optional(),
    service_level: z.string().regex(/^\d{1,3}\/\d{1,4}$/).optional(),
    shrinkage_pct: z.number().min(0).max(90).optional(),
    open_hours: z.number().min(1).max(24).optional(),
    open_days: z.number().min(1).max(7).optional(),
    /** "kalau tiap agen bisa handle 3 chat sekaligus?": chats one agent handles at once. */
    concurrency: z.number().int().min(1).max(6).optional(),
    /** "Kalau shrinkage-nya 20% saja gimana?" under the estimate of the head count it sized: sized again and priced. */
    restaff: z.literal(true).optional(),
  }),
  // query: what to look up when it is not the message itself ("kalau on prem?" after "how long does a cloud rollout
  // take?" looks up the rollout question for on-premises)
  z.object({
    type: z.literal('ask'),
    topic: TopicSchema,
    query: z.string().max(600).optional(),
    /** sms_price / mms_price: a month's messages named in the question ("klo kirim 10rb mms sebulan brp?"), to multiply out. */
    messages: z.object({ channel: z.enum(['sms', 'mms', 'voice']), perMonth: z.number().int().min(1).max(1e9) }).optional(),
    /**
     * A line of the estimate to price on its own for what the question names ("What would 500 GB of egress cost?", "WFM
     * for 30 agents?", "biayanya brp per agen?" after WFM was priced): the head count, deployment or volume said, and
     * `alone` when only the price was asked (no article beside it).
     */
    priced: z.object({
      line: LineSchema.exclude(['total']),
      agents: z.number().int().min(1).max(100_000).optional(),
      deployment: z.enum(['cloud', 'onPremises', 'hybrid']).optional(),
      volume: z.number().nonnegative().max(1e9).optional(),
      alone: z.literal(true).optional(),
    }).optional(),
  }),
  z.object({
    type: z.literal('ask_estimate'),
    aspect: AspectSchema,
    line: LineSchema.optional(),
    deployment: DeploymentSchema.optional(),
    /** deployment_gap: the deployment it is set against, when the visitor names it. */
    versus: DeploymentSchema.optional(),
    /** line: asked to take the line out ("hapus biaya penyimpanan data"), which the estimate cannot do. */
    removal: z.literal(true).optional(),
    /** by_year: a discount rate the visitor names ("NPV at 8%"), as a fraction. */
    rate: z.number().min(0).max(0.5).optional(),
    /** annual: a later year named ("tahun kedua brp?", "what about year 3?"), whose cost has no one-time part. */
    year: z.number().int().min(2).max(30).optional(),
    /**
     * annual: a quarter asked for instead ("kalau dibagi per kuartal jadi brp?"). A field, not an aspect of its own: a
     * label the aspect model never sees still moves its other labels.
     */
    quarter: z.literal(true).optional(),
    /**
     * deployment_gap: how sure the comparison's verdict is ("how sure are you that cloud wins?", "is it too close to
     * call?"): the cheapest against the runner-up at the low, the typical and the high figures. A field, like quarter.
     */
    certainty: z.literal(true).optional(),
    /** horizon_total: two horizons set side by side ("3 thn vs 5 thn beda brp?"), shortest first. */
    horizons: z.tuple([z.number().int().min(1).max(10), z.number().int().min(1).max(10)]).rest(z.number().int().min(1).max(10)).optional(),
    /** line: asked for a year ("Berapa biaya perawatan per tahun?", "annual storage cost?"). A field, like quarter. */
    yearly: z.literal(true).optional(),
    /** line: asked whether the estimate includes it ("does it include AI?"), so a missing line is said to be missing. */
    included: z.literal(true).optional(),
    /** line platform: the tiers set side by side ("what's the difference between premium and standard?"). A field, like quarter. */
    tiers: z.literal(true).optional(),
    /** line hybrid: how the hybrid seats are split between cloud and on-premises ("what split are you assuming?"). A field, like quarter. */
    split: z.literal(true).optional(),
    /** annual: one end of the range asked for ("what's the worst case?", "pakai angka paling atas"). A field, like quarter. */
    /** all: the three side by side ("give me low, typical and high"). */
    bound: z.enum(['low', 'high', 'all']).optional(),
    /** breakdown: a short summary asked for ("3 bullets", "poin-poin singkat aja", "a summary I can paste to my boss"). A field, like quarter. */
    brief: z.literal(true).optional(),
    /**
     * breakdown: the lines gathered by kind ("how much of that is infrastructure vs licences?", "one-off vs recurring") or
     * by channel ("breakdown nya per channel bisa?"). A field, like quarter.
     */
    grouping: z.enum(GROUPINGS).optional(),
    /** breakdown by channel: the messaging channels summed, with their share of the monthly total ("what share is messaging?"). A field, like quarter. */
    messaging: z.literal(true).optional(),
    /** first_year: the years after it asked for as well ("year 1 vs subsequent years?", "year 2 and 3?"). A field, like quarter. */
    later: z.literal(true).optional(),
    /** first_year: which costs are paid once and which every month ("biaya yg sekali bayar apa aja, yg bulanan apa aja?"). A field, like quarter. */
    lists: z.literal(true).optional(),
    /** per_agent: set against the market ("is that cheap or expensive compared to the market?"). A field, like quarter. */
    market: z.literal(true).optional(),
    /** horizon_total: divided by the head count ("the per-agent all in number over those 3 years"). A field, like quarter. */
    perAgent: z.literal(true).optional(),
    /** included: things asked about that no line prices ("is agent training included?"), said to be left out. A field, like quarter. */
    excluded: z.array(z.enum(EXCLUDED_ITEMS)).min(1).max(EXCLUDED_ITEMS.length).optional(),
    /** annual: the visitor's own rupiah rate for a dollar ("kurs 1 dolar 16 ribu, jadi berapa rupiah?"). A field, like quarter. */
    fx: z.number().min(1_000).max(100_000).optional(),
    /** drivers: the channels ranked by what each adds ("which channel adds the most cost?"). A field, like quarter. */
    channels: z.literal(true).optional(),
    /** line: an amount quoted from the estimate ("where does the $125 come from?"), to find the line or total it is. */
    figure: z.number().positive().max(1e15).optional(),
    /** The currency the figure was quoted in, when the message says ("$", "Rp"); unset, either. */
    figureCurrency: z.enum(['USD', 'IDR']).optional(),
  }),
  z.object({ type: z.literal('other_language'), lang: z.string().regex(/^[a-z]{2,3}$/) }),
  // "only 5 of them do social", "we'd only have 5 agents on social": part of the team on one channel (read by rule,
  // with an estimate on screen; it replaced the head count and every other channel)
  // (share: "half of them do phone", "sepertiga tim pegang email": a share of the head count on screen, which the decision
  // turns into agents; one of the two is given)
  z.object({ type: z.literal('sub_team'), channel: ChannelSchema, agents: z.number().int().min(1).max(100_000).optional(), share: z.number().gt(0).lt(1).optional() })
    .refine((c) => (c.agents === undefined) !== (c.share === undefined), { message: 'a sub-team has agents or a share, not both' }),
  // "20 for 10 months and 60 for 2 months", "10 bulan 20 agen, 2 bulan 50 agen": a year whose head count changes with
  // the season (read by rule; it priced the peak all year, or the quiet months)
  z.object({
    type: z.literal('seasonal'),
    // (one period: "35 agen 2 bulan brp tambahannya?" under an estimate, the rest of the year at its head count)
    periods: z.array(z.object({ agents: z.number().int().min(1).max(100_000), months: z.number().int().min(1).max(12) })).min(1).max(4),
  }),
  // only from a button under "what moves the total?": asks the visitor for their own figure for one slot
  z.object({ type: z.literal('own_figure'), slot: z.enum(OWN_FIGURE_SLOTS) }),
  z.object({ type: z.enum(BARE_TYPES) }),
  // read by rule, never by the model: being contacted by sales turned down in so many words ("i do NOT want a sales
  // call", "saat ini kami belum ingin dihubungi sales"); the offer is not made again and an open sales form closes
  z.object({ type: z.literal('decline_sales') }),
  // read by rule: the head count changing part-way through the horizon ("we expect +30% in year 2", "tahun depan agen
  // nambah 2x"): from `fromYear` on, the head count is the current one changed by `op` and `amount` ('set': to amount)
  // (everyYear: the same change again each year from fromYear on, "10% more every year"; then: later changes, "trus taun
  // ketiga nambah 10 lagi")
  GrowthCommandSchema,
]);
export type Command = z.infer<typeof CommandSchema>;

export type CommandType = Command['type'];
export type SetCommand = Extract<Command, { type: 'set' | 'correct' }>;
export type SlotName = SetCommand['slot'];

/** The understanding of one message: its language, its commands, and how sure the model was. */
export type Interpretation = {
  /** The language the message is written in (en or id); `foreign` is set for other languages. */
  lang: 'en' | 'id';
  foreign?: string;
  commands: Command[];
  /** The message as typed (for the knowledge retriever and the question log), trimmed. */
  text: string;
  /** Probability of the most likely act; below the threshold the decision step asks instead of guessing. */
  confidence: number;
  /** The next most likely acts when the model was unsure, for a clarifying question. */
  alternatives?: CommandType[];
  /** Names the vocabulary folds into a channel ("WhatsApp" is the social channel), so replies can use them. */
  /** Social networks named beside WhatsApp ("WA dan IG"), as their names are written, so the social line can say them. */
  named?: { whatsapp?: boolean; networks?: string[] };
  /** The message is worded as a question ("what does voice cost then", "does that even make sense on prem?"). */
  question?: boolean;
  /** A budget the message names ("a budget of $10,000 a month", "dana kami 100jt/bulan"): what it buys is answered. */
  budget?: { amount: number; currency: 'USD' | 'IDR'; per: 'month' | 'year'; perAgent?: true };
  /**
   * A figure the visitor holds the estimate against: what they pay today ("we pay about $90 per user right now",
   * "skrg kami bayar 350jt sebulan") or a budget said beside a whole scenario ("budget is tight, maybe $1000/month").
   */
  // years: a total over that many years ("2.1 million over 5 years"), held against the estimate's total over them
  yardstick?: { kind: 'current' | 'budget' | 'quote'; amount: number; currency: 'USD' | 'IDR'; per: 'month' | 'year'; perAgent?: boolean; years?: number; oneTime?: number };
  /** "does that fit our budget?", "kalo 10 agen cukup gak?": the figure said before (a budget, a bill) held against the estimate again. */
  budgetCheck?: true;
  /** "what if its 18k/mo" after a quote or a budget: the same figure said again with another amount, held against the estimate. */
  yardstickRetold?: { amount: number; currency: 'USD' | 'IDR'; per: 'month' | 'year'; perAgent?: true };
  /** What a privacy question asks about, read from its words: erasing, sharing with others, or where data is kept. */
  privacyAbout?: 'erase' | 'sharing' | 'location' | 'contact_use' | 'withdraw' | 'training';
  /** "apakah bisa dihapus nanti?": whether the data can be erased, asked, not the request to erase it. */
  eraseAsked?: true;
  /** "please delete my data", "delete this chat", "hapus data saya": erasing asked for now, not asked about. */
  eraseNow?: true;
  /** "perlu sales gak?", "do I even need to talk to sales?": whether sales is needed, asked (not a request for it). */
  salesNeededAsked?: true;
  /** "is a contact center even worth it for 2 people?": whether a team of one to three needs a platform at all. */
  smallTeamAsked?: true;
  /** "whatever deployment is cheapest", "the estimate for whichever is cheaper": the deployment the comparison names cheapest. */
  cheapestWanted?: true;
  /** "bedanya SMS sama MMS apa ya?", "biayanya beda jauh gak?" after the SMS article: what sets the two apart. */
  smsMmsDifference?: true;
  /** "kalau agennya cuma sedikit, apa tipsnya?": how a small team keeps the costs down. */
  smallTeamSaving?: true;
  /** "What would 15% off look like in dollars per year?": that share of the estimate on screen, a month and a year. */
  shareOff?: number;
  /**
   * "can you use $110 in your estimate?", "coba pakai angka vendor itu buat lisensinya": the vendor's per-agent quote
   * (the amount said, or the last quote given) put in place of the licence line's typical price.
   */
  useQuote?: { amount?: number; currency?: 'USD' | 'IDR'; per?: 'month' | 'year' };
  /** "which of the two is cheaper per agent?": the scenario before the last change against this one. */
  twoCompared?: true;
  /** "kalau rupiah melemah jadi 17rb per dolar, naik brp?": the estimate at that many rupiah to the dollar. */
  fxRate?: number;
  /** "Halo, saya cuma mau tanya-tanya aja, bukan mau beli": only questions wanted, no estimate. */
  justAsking?: true;
  /** An Indonesian message with English words in it: the visitor mixes the languages. */
  codeMixed?: true;
  /** "what's that per ticket? we do 9,000 tickets a month": the month's total over what the visitor counts (their count, when said). */
  perUnit?: { noun: string; count?: number };
  /** "in summer the volume doubles, june to august": a season's traffic multiplied, priced as agents growing with it. */
  trafficPeak?: true;
  /** "4 agents at each airport" at 5 airports: the head count read is the sites' total (20). */
  agentsPerPlace?: true;
  /** "kalau malam cuma 2 orang", "3 people on the night shift" under an estimate: a shift's head count, part of the center. */
  shiftHeadcount?: number;
  /** "does running 24/7 change the cost?", "kalau 24 jam, lisensinya untuk semua shift?": what round-the-clock opening does to the cost. */
  roundTheClockAsked?: true;
  /** "why does on-prem jump in year 6?", "kenapa tahun ke-6 naik?": what makes that year of the multi-year view cost more. */
  yearJumpAsked?: number;
  /** "itu termasuk ganti server gak?", "does the 5-year total include replacing the servers?": whether the horizon buys hardware again. */
  refreshIncludedAsked?: true;
  /** "cuma perlu angka total 5 tahun aja, gak usah rincian", "just the number, no breakdown": the figure asked without the itemized card. */
  brief?: true;
  /** "lebaran biasanya 2 bulanan, jadi total setahunnya brp?" after a peak was priced a month: how long the peak lasts. */
  peakLength?: number;
  /** "15 agen live chat, cloud. total 2 bulan brp?", "kalo nambah telepon jadi brp 2 bulannya?": the scenario said is priced, then its total over that many months. */
  monthsBeside?: number;
  /** "berapa selisihnya dibanding yang 8 agen tadi?": the estimate on screen held against the same one at that head count. */
  headCountVersus?: number;
  /** "is that one-time or ongoing?" after WFM or an integration was priced: how that line is paid, once or every month. */
  billingOf?: Exclude<LineId, 'total'>;
  /** "120 agents … shrinking to 90 next year": the head count of a later year, said beside today's. */
  laterAgents?: number;
  /** "do we actually need call recording?": whether to record calls at all. */
  recordingNeededAsked?: true;
  /** "itu per bulan atau per tahun?", "is the price monthly or yearly?": which periods the estimate gives (all of them). */
  periodsAsked?: true;
  /** "is it cheaper to outsource or build in house?": outsourcing set against running one's own center. */
  outsourceAsked?: true;
  /** "how are you?", "apa kabar?" beside a greeting: asking after the advisor, answered. */
  askedAfter?: true;
  /** The price asked for in so many words ("brp", "how much", "hitung"): the estimate comes without the optional volumes step. */
  priceAsked?: true;
  /** The center's data must stay in the country ("regulasi data nasabah harus disimpan di Indonesia"): what that means for the deployment. */
  residency?: boolean;
  /** The largest line asked with what it means ("what does the biggest line item mean?", "knp?") or how to lower it: that follows the list. */
  largestThen?: 'explain' | 'reduce';
  /** "ada yg lebih murah?" under an estimate: a cheaper option asked for (the cheaper deployment comes first where there is one). */
  cheaperAsked?: true;
  /** "lisensi per bulan atau per tahun?": how the licence is billed (the source's monthly price, the vendor's term). */
  licenceBillingAsked?: true;
  /** A peak said in days or weeks, priced as this many whole months ("up to 60 for a few days"). */
  peakRounded?: number;
  /** "kalau 8 agen musiman itu cuma 4 bulan": the season's count is what it adds to the usual head count, not its whole. */
  seasonalAdds?: true;
  /** "can I share these numbers with my client?": whether the figures may be passed on (yes), before the ways to. */
  shareAllowedAsked?: true;
  /** "explain each line": every line of the estimate with what it pays for, not the total's arithmetic. */
  eachLineAsked?: true;
  /** "what can't you do?": the advisor's limits, said beside what it can do. */
  limitsAsked?: true;
  /** "can you give me an exact quote from Genesys?": an official quote, which is not the advisor's to give. */
  officialQuoteAsked?: true;
  /** "bisa dikurangin gak?" right after a line was explained: how to lower that line. */
  reduceLine?: Exclude<LineId, 'total'>;
  /** "what did I tell you my budget was?": the figure said earlier, said back. */
  budgetRecall?: true;
  /** "How many seats are you pricing?", "sekarang channelnya apa aja ya?": the scenario on screen, said back. */
  scenarioRecall?: true;
  /** A deployment refused ("not cloud", "we can't use cloud", "cloud is not an option"): never the one set. */
  ruledOut?: z.infer<typeof DeploymentSchema>;
  /** "how did you get that agent number?": the last staffing answer's working, again. */
  howSized?: true;
  /** "Can I get rid of it?" after a line was explained: that line taken out, which the estimate cannot do. */
  removeIt?: true;
  /** "can you do it cheaper if we only answer during business hours?": what opening hours change and what they do not. */
  hoursCheaper?: true;
  /** "MMS itu apaan sih? perlu gak?": what an MMS is, and when it is needed. */
  mmsWhat?: true;
  /** "use typical volumes" in the contact form: the estimate's volumes, not a field skipped. */
  typicalInForm?: true;
  /** "kami harus siaga 24 jam 7 hari": the opening hours said, kept for a sizing asked later. */
  openHours?: { hours: number; days?: number };
  /** "ada add on yg perlu gak sih?": the add-ons that can be priced, and what is not an add-on. */
  addOnsAsked?: true;
  /** "If a virtual assistant handled 20% of the calls, how many agents would we need?": the share a bot would resolve. */
  deflectionShare?: number;
  /** "How much do we save compared to having 40 operators all year?" after a year by season: that head count all year. */
  allYearVersus?: number;
  /** "How many licences would we have to buy, 12 or 36?": two head counts to choose between for the licences. */
  licencesBetween?: [number, number];
  /** "per orang atau per kursi yg kepake barengan?": named against concurrent licences. */
  namedConcurrentAsked?: true;
  /** "only pay for the extra 40 seats about 4 days a month": extra seats for a few days each month. */
  burst?: { agents: number; days: number };
  /** "big on-sale events we get 10x traffic for a day": traffic multiplied for a few days, the extra seats it needs. */
  spike?: { factor: number; days: number };
  /** "burst to 40 on drop days (about 4 days a month)": the head count reached for a few days a month. */
  burstTo?: { agents: number; days: number };
  /** "total utk 3 bulan brp?": the one-time costs and that many months; `shortRental`: asked as a rental that short. */
  monthsTotal?: number;
  shortRental?: true;
  /** "what's included in the per-agent price?": the figure per agent taken apart line by line. */
  perAgentParts?: boolean;
  /** "is that realistic pricing at that size?": whether per-agent prices hold for a center this large (no volume discount in them). */
  scaleAsked?: boolean;
  /** "tambah 15 agen cuma buat nov-des": a change in head count for only so many months of the year (a season). */
  forMonths?: number;
  /**
   * "Can you add 4 more agents for the holiday season?", "dobel agennya pas high season": a change in head count for a
   * busy time only, made on the head count on screen (a season, not the whole year).
   */
  peakChange?: { op: 'add' | 'mul'; amount: number };
  /** "Normalnya brp per tahun?" after a year by season: the year at the usual head count, without the peak. */
  usualYear?: true;
  /** "pest control franchise with 4 branches", "laundry 6 cabang": how many sites the business has, kept for a figure per site. */
  placesSaid?: number;
  /** "per branch how much is that per month", "per cabang berapa?": the estimate divided by the sites (their count, when said with it). */
  perPlace?: { count?: number; noun?: string };
  /** "is that per location or total?": whether the figure is the whole center's. */
  totalOrPerPlace?: true;
  /** "so which number did you use?": the head count priced, said before the assumptions. */
  countUsedAsked?: boolean;
  /** "ok pakai yg disarankan aja": the deployment the last reply named the one to pick, taken. */
  takesVerdict?: boolean;
  /** "so what does the peak cost vs normal?" after the peak was noted: a month at each head count. */
  peakCostAsked?: boolean;
  /** "so what would a full year cost with that peak?": the year by season priced before, again (it gave the year without it). */
  withPeak?: true;
  /** "ok go with that" right after a verdict: the deployment it named (it opened the sales form). */
  goWithThat?: true;
  /** "15 agents with all three channels?" after one was dropped: the channels priced before, back (0: as many as there were). */
  channelsBack?: number;
  /** "Would on-prem even make sense with that kind of swing?": the year by season set against that deployment sized for the peak. */
  peakDeployment?: z.infer<typeof DeploymentSchema>;
  /** The head count of a peak said with an estimate on screen ("pas harbolnas … tambah jadi 25 org, nambah brp?"). */
  peakAgents?: number;
  /** "just the 3 yr totals in one line each": the comparison as its totals only. */
  compareBrief?: boolean;
  /** "what about migration costs?", "apa maksudnya biaya implementasi?": setting up or moving over, which the estimate does not price. */
  setupAsked?: boolean;
  /**
   * "kalau ada biaya migrasi 200 juta, balik modalnya kapan?", "if switching costs $50k, when does it pay back?": a
   * one-time cost of moving over, whose payback against what the visitor pays today is asked.
   */
  paybackFee?: { amount: number; currency: 'USD' | 'IDR' };
  /** "what does call recording cost?", "is call recording included?": recording has no line; keeping recordings is storage. */
  recordingAsked?: boolean;
  /** "kok ada biaya hardware? bisa dihindari?": whether a line of owning the platform can be avoided. */
  avoidAsked?: boolean;
  /** "compare 20 agents voice only vs 20 agents voice+chat+email": the second scenario's values (the first is the commands'). */
  versus?: Command[];
  /** "bandingkan kedua skenario tadi": the scenario before the last change against this one. */
  scenariosCompared?: boolean;
  /** "kalau gaji rata2 5 juta/bulan, total semuanya brp?": a salary per agent to add to the technology's cost. */
  salary?: { amount: number; currency: 'USD' | 'IDR'; per: 'month' | 'year' };
  /** The message takes leave ("bye", "gotta run", "udah dulu ya"). */
  goodbye?: boolean;
  /** Only a wish to ask something, no question yet ("mau tanya dong kak", "I have a question"): the advisor invites it. */
  asksToAsk?: boolean;
  /** "are you a bot?", "is a human reading this?": about the advisor itself (labelled off-topic; answered with what it is). */
  aboutAdvisor?: true;
  /** "and for on-prem?" after the per-agent price, "lisensinya beli putus?": what one on-premises seat costs. */
  onPremSeat?: true;
  /** "what is an Erlang?", "AHT itu apa?": a term of the staffing answer, defined. */
  staffingTerm?: 'erlang' | 'aht' | 'shrinkage' | 'service_level' | 'occupancy';
  /** "you are useless", "this is a scam", "gw gak percaya angka2 beginian": frustration or distrust, said instead of a request. */
  frustrated?: true;
  /** The message thanks the advisor ("ok thanks", "oke makasih"): an unclear reply to the sales offer is then thanks, not a question. */
  thanks?: boolean;
  /** Social networks named in a removal of the social channel ("hapus tiktok"), as their names are written. */
  removedNetworks?: string[];
  /** "gak mau kasih no hp", "email only please": the visitor will not give a phone number (nor a time to call). */
  noPhone?: true;
  /** "how much cheaper per year?": the yearly gap, between the deployments just set side by side if any. */
  gapPerYear?: true;
  /** "ulangi estimasi yang tadi": the estimate asked for again. */
  estimateAgain?: true;
  /** "mau estimasi dulu baru hubungi sales": sales asked for, with the estimate first. */
  estimateFirst?: true;
  /** "kalo ganti ke MMS …", "switch to MMS instead": one channel put in place of another the scenario has. */
  channelInstead?: true;
  /** "hubungi via WA aja ya 0812…", "Saya gak punya email kantor, telepon saja": the phone instead of an email. */
  noEmail?: true;
  /** "Telepon dan waktu tidak usah", "skip phone and time" at the phone question: the time to call is skipped too. */
  skipsTime?: true;
  /** "ok", "oke", "sip" and nothing else: it may only acknowledge what was shown. */
  bareOk?: true;
  /** "Why is there no voice line?": why something is missing from the estimate. */
  whyAbsent?: true;
  /** "how much would be left over?", "sisanya berapa?": what a budget said before leaves after the figure. */
  leftOverAsked?: true;
  /** "idk", "which should we pick?": the visitor has not decided, or asks which to pick (not only what the options are). */
  undecided?: true;
  /** "no thanks to sales, just browsing", "belum mau dihubungi sales": sales turned down, whatever else the message does. */
  salesDeclined?: true;
  /** "what's the first-year cost for each?": the figure asked of every deployment, not only the scenario's. */
  eachDeployment?: true;
  /** "Compare on-prem and hybrid for me": the two deployments named for the comparison, set against each other when neither is the scenario's. */
  pairCompared?: [z.infer<typeof DeploymentSchema>, z.infer<typeof DeploymentSchema>];
  /** "berapa per tahun untuk yang paling murah itu?": the figure of the deployment last named cheapest. */
  ofCheapest?: true;
  /** "tell me more about the second option", "yang opsi kedua": a deployment by its place in the comparison on screen (1-3, or 3 for "last"). */
  optionOrdinal?: 1 | 2 | 3;
  /** "what does the second line cost per agent?": a line by its place in the estimate's monthly list (99 for "last"). */
  lineOrdinal?: number;
  /** "20 agents plus 3 supervisors": people beside the agents, whose seats were not priced. */
  supervisors?: number;
  /** "80 named, only 50 online at once": how many of the agents priced work at the same time (concurrent licences). */
  atOnce?: number;
  /** "for 10, 20 or 50 agents?": several head counts to price the same scenario at (the first is set). */
  agentSizes?: number[];
  /** "20 full-time + 10 part-time": part-timers beside the agents priced, whose seats depend on the licence. */
  partTimers?: number;
  /** "22 agents, really 18 full time and 4 part time half days": the part-timers counted within the head count, and the
   *  most at once (full-timers plus the part-timers' share of a day). */
  partTimersWithin?: { partTimers: number; atOnce: number };
  /** "half of them are part time" with a head count already given: the share of the agents who work part time. */
  partTimeShare?: number;
  /** "30 agents over 3 shifts": the agents said are spread over shifts, fewer working at once. */
  shifts?: number;
  /** "5000 agents across 3 countries": a center spread over countries, priced as one. */
  countries?: number;
  /** "can you explain this in Indonesian?", "ulangi pakai bahasa inggris": the last answer is wanted again in the language asked. */
  retellIn?: 'en' | 'id';
  /** "and yes, you can contact me", "I consent to being contacted", "boleh dihubungi": consent to sales contact, stated. */
  consentGiven?: true;
  /** "but I don't want my data used for marketing", "gak mau data saya dipake buat marketing": a condition on the consent. */
  marketingRefused?: true;
  /** "asumsi kenaikan harga tahunan nya brp?", "do you assume a yearly price increase?": the escalation assumed. */
  escalationAsked?: true;
  /** A budget or a bill said in a currency the advisor does not price in ("5 lakh rupees per month"): not held against it. */
  moneyUnsupported?: true;
  /** "no wait, 25 not 20", "bukan 20 tapi 25": a figure of the scenario said again with another value (whichever detail holds it). */
  figureSwap?: { from: number; to: number };
  /** "so how many agents can i afford", "berapa agen yg bisa kita dapet dengan budget segitu?": the budget's head count. */
  affordAsked?: true;
  /** "kalau vendor naikin harga 5% tiap tahun, total 3 tahun jadi berapa?": the span priced with the visitor's yearly rise. */
  escalation?: { percent: number; years?: number; once?: true };
  /** A currency the advisor does not price in, asked for ("Can you quote in pounds?"), as written. */
  unsupportedCurrency?: string;
  /** "kalau cicil bisa?", "is there a free tier?": a term only a vendor's quote settles (payment plans, trials, discounts). */
  vendorTerms?: true | 'minimum';
  /**
   * "is voicemail included?", "what about video visits, is that included", "do you price a predictive dialer?": a
   * platform feature the estimate has no line for (the channel it belongs to was added or removed), by its name.
   */
  featureAsked?: 'voicemail' | 'video' | 'dialer' | 'callback' | 'ticketing';
  /** A discount demanded of the advisor ("give me a 90% discount"): it sets no prices, and says where discounts come from. */
  discountAsked?: true;
  /** "what's the difference in cost?" with nothing named: what the last change did, when there was one. */
  differenceAsked?: true;
  /** Which channels to have, asked ("not sure which channels we need, what do you suggest?"): advice on choosing them. */
  channelsAdviceAsked?: true;
  /** "What do you need from me to estimate?", "data apa aja yg dibutuhin?": what the estimate is made from, asked. */
  inputsAsked?: true;
  /** "kalau hybrid datanya bisa tetep di lokal?": whether data stays on the visitor's own site. */
  dataOnSiteAsked?: true;
  /** "is the pricing different in indonesia?": whether prices change by country. */
  regionPricingAsked?: true;
  /** "chat tokopedia shopee + WA": marketplace chats named, priced as web chat (the source has no figure for them). */
  marketplacesNamed?: string[];
  /** "chat marketplace kayak tokopedia/shopee itu dihitung apa?": how marketplace chats are priced, asked. */
  marketplaceAsked?: true;
  /** "is voice really included in cloud?": whether cloud voice is really inside the licence. */
  voiceIncludedAsked?: true;
  /** "kalau tambah 5 agen tahun depan, per agennya jadi lebih murah gak?": whether the cost per agent falls as the team grows. */
  perAgentGrowthAsked?: true;
  /** "yg paling simpel aja", "whichever is easiest": the simplest deployment to run asked for (cloud, said why). */
  simplestAsked?: true;
  /** "klo cuma instagram dm sama wa doang bisa gak?", "can we do just email and chat?": whether those channels alone will do. */
  onlyChannelsAsked?: true;
  /** "how many times would we replace hardware?", "what happens in year 6 with hardware?": when servers are bought again. */
  refreshAsked?: true;
  /** "itu per orang sebulan 4 jutaan ya kak?", "so that's about $250 per agent a month?": a figure of the estimate said back to be confirmed. */
  figureCheck?: { amount: number; currency: 'USD' | 'IDR'; per: 'month' | 'year'; perAgent?: true };
  /** refreshAsked: the horizon it is asked over ("servernya ganti brp kali dalam 10 tahun?"), which the scenario keeps. */
  refreshOver?: number;
  /** "if 150 of the agents moved to the cloud and the rest stayed on our servers": the seats in the cloud of a hybrid. */
  cloudSeats?: number;
  /** Reseller, partner or referral terms asked about: agreed with sales, which is said, with the way there. */
  partnerAsked?: true;
  /** The contract term the prices assume is asked. */
  contractTermAsked?: true;
  /** Some of the agents are said to work remotely (no change to the head count). */
  remoteAsked?: true;
  /** "Does having three separate sites change the cost at all?": what sites do to the figures. */
  sitesAsked?: true;
  /** Features named that no line of the estimate prices ("need IVR, WFM and QA"): each is said not to be priced, and why. */
  unpricedNamed?: ('ivr' | 'qa' | 'secure_messaging' | 'crm' | 'recording' | 'fax')[];
  /** Business systems named to connect ("Salesforce", "SAP"): the source names none, which is said with them. */
  systemsNamed?: string[];
  /** Whether the estimate on screen is worth it ("is it even worth it for 2 agents?"): its cost per agent, and what it cannot weigh. */
  worthAsked?: true;
  /** "can I get the estimate without giving my email?": whether the estimate needs any detail of the visitor's. */
  withoutDetails?: true;
  /** "cepet aja", "just give me the number": the visitor is in a hurry (no optional question before the figure). */
  hurry?: true;
};

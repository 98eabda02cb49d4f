/**
 * What the decision step says, as data: which sentence (a string-table key and its values), which
 * card, which buttons. Rendering into text, Adaptive Cards and a language happens once, in the
 * channel adapter (src/bot/render.ts). Every reply also says what it is (`act`) and, for a
 * question, what it asks (`asks`), so tests and logs can follow a conversation without parsing
 * sentences.
 */
import type { Channel, Deployment, Scenario } from '../cost/scenario';
import type { Estimate, Range, LineId as EngineLineId } from '../cost/types';
import type { EstimateDiff } from '../cost/diff';
import type { Grouping } from '../cost/groups';
import type { StaffingPlan } from '../cost/staffing';
import type { CatalogEntry } from '../cost/catalog';
import type { LineExplanation, TotalExplanation } from '../cost/explain';
import type { TotalSensitivity } from '../cost/sensitivity';
import type { LeadDraft, LeadSummary } from '../handoff/lead-schema';
import type { DialogKey } from '../i18n/dialogs';
import type { DollarFigure } from '../answers/dollar-figures';
import type { Aspect, Command, ExcludedItem, LineId, OwnFigureSlot, Topic } from '../nlu/commands';
import type { Change, DraftVolumes, VolumeKey } from './draft';

export type Params = Record<string, string | number>;
export type TextRef = { key: DialogKey; params?: Params };

/** A value the renderer formats in the reply's language. */
export type Value =
  | { money: number }
  | { range: { low: number; typical: number; high: number } }
  | { number: number }
  | { channels: Channel[] }
  | { deployment: Deployment }
  | { scenario: ScenarioText }
  | { changes: Change[] }
  /** A monthly volume with its unit: "30,000 SMS a month". */
  | { volume: { key: VolumeKey; value: number } }
  /** The estimate's lines by their labels, joined: "Servers and Voice gateways". */
  | { lines: EngineLineId[] }
  /** Several string-table entries joined as a list: "name, email and company". */
  | { texts: TextRef[] }
  | { text: TextRef };
export type ScenarioText = { agents: number; channels: Channel[]; deployment: Deployment };

/** A button: a labelled string-table entry; clicking it sends its title, which interpret maps back to commands. */
export type Button = { key: DialogKey; params?: Params } | { entryId: string };

export type Asks =
  | 'agents' | 'channels' | 'deployment' | 'volumes' | 'name' | 'email' | 'company' | 'phone' | 'time' | 'consent'
  | 'scenario_choice' | 'clarify' | 'sales' | 'price_staffing' | 'add_channel' | 'estimate_email' | 'estimate_email_confirm';

export type Act =
  | 'ack' | 'help' | 'cancelled' | 'started_over' | 'why' | 'privacy' | 'languages' | 'currency' | 'greeting' | 'out_of_scope'
  | 'not_included' | 'send_estimate' | 'shared_scenario' | 'updated' | 'no_change' | 'rejected' | 'lead' | 'lead_manage' | 'error' | 'budget' | 'yardstick';

export type Reply =
  // topic: the text answers that knowledge subject ("100,000 SMS a month come to about $1,000": the SMS price)
  | { kind: 'text'; text: TextRef; values?: Record<string, Value>; buttons?: Button[]; asks?: Asks; act?: Act; topic?: Topic }
  // whatsapp: the social channel stands for WhatsApp, priced on the source's social figures (an assumption)
  // seen: its own assumptions already shown with their reasons in this conversation (assumptionKey), listed as "as before";
  // brief: every assumption in one line (the visitor asked for no details)
  | { kind: 'estimate'; estimate: Estimate; diff?: EstimateDiff; intro?: TextRef; introValues?: Record<string, Value>; volumes?: DraftVolumes; whatsapp?: boolean; networks?: string[]; seen?: string[]; brief?: boolean; totalsOnly?: boolean }
  | { kind: 'comparison'; estimate: Estimate; intro?: TextRef; introValues?: Record<string, Value>; whatsapp?: boolean; networks?: string[]; seen?: string[] }
  | { kind: 'answer'; entryId: string; topic?: Topic; estimate?: Estimate; followUps: string[] }
  | { kind: 'did_you_mean'; entryIds: string[] }
  /** The dollar amounts of the knowledge answer just given, again in rupiah ("dalam rupiah brp?"). */
  | { kind: 'converted_answer'; figures: DollarFigure[] }
  | { kind: 'dont_know'; suggestions: string[]; inForm: boolean }
  /** compareFor: the head count of a comparison asked for, which the channels are asked for ("is cloud cheaper for 10 people?"). */
  | { kind: 'channel_picker'; selected: Channel[]; retry: boolean; compareFor?: string }
  | { kind: 'consent'; preview: LeadDraft; retry: boolean }
  | { kind: 'lead_summary'; summary: LeadSummary; intro?: TextRef; introValues?: Record<string, Value> }
  /** others: the other queues of the same question, sized on their own; offerAgents is then the sum. */
  | { kind: 'staffing'; plan: StaffingPlan; offerAgents: number; others?: StaffingPlan[] }
  | {
      kind: 'estimate_fact';
      aspect: Aspect;
      estimate: Estimate;
      line?: LineId;
      other?: Estimate;
      /** "Where does this figure come from?": the lines (or the total) taken apart. */
      explanation?: Explanation;
      /** "What moves the total?": each figure across its range, and the slot to offer to replace. */
      sensitivity?: SensitivityAnswer;
      /** The spread alone, without the largest lines above it (asked why the range is wide, beside the note on ranges). */
      spreadOnly?: boolean;
      /** "How confident are you in that number?": the estimate's own range and what it rests on, above the spread. */
      sure?: boolean;
      /** "Why did it go up?": the last change, what it moved, and the arithmetic of the line that moved most. */
      change?: ChangeAnswer;
      /** "Why is on-prem so much more for us?": the same scenario on two deployments, line by line. */
      gap?: GapAnswer;
      /** "20 for 10 months and 60 for 2 months": the year month by month in the cloud, and the peak all year. */
      seasonal?: SeasonalAnswer;
      /** "for 10, 20 or 50 agents?": the scenario at each head count. */
      sizes?: { agents: number; monthly: Range; perAgent: number; firstYear: number }[];
      /** sizes: priced beside the scenario on screen, which stays as it was. */
      kept?: true;
      /** per_agent: the figure per agent taken apart line by line ("what's included in the per-agent price?"). */
      parts?: true;
      /** line total: every line with what it pays for ("explain each line"). */
      each?: true;
      /** break_even: none within the scenario's horizon, the same scenario over the longest one, to say if one comes later. */
      longRun?: Estimate;
      /** by_year: the visitor's discount rate, for a net present value of each deployment. */
      rate?: number;
      /** line: asked for a year ("Berapa biaya perawatan per tahun?"): the line's year said too. */
      yearly?: boolean;
      /**
       * line: priced on its own before any estimate ("We send 100,000 SMS a month. What would that cost?"): on a
       * provisional scenario, whose head count is shown only when the visitor gave it; `onPremises`, the same line
       * there when no deployment was said.
       */
      quote?: { agents: boolean; onPremises?: Estimate; topic?: Topic };
      /** annual: the later year asked about (its cost without the one-time part). */
      year?: number;
      /** annual: a quarter asked for, three months of it. */
      quarter?: true;
      /** annual: one end of the range, every assumption at its low or its high figure. */
      bound?: 'low' | 'high' | 'all';
      /** annual: the totals at the visitor's own rupiah rate for a dollar. */
      fx?: number;
      /** breakdown: the estimate and the comparison's verdict in three short lines. */
      brief?: true;
      /** breakdown: the lines gathered by kind or by channel, each group's monthly and one-time sums. */
      grouping?: Grouping;
      /** breakdown by channel: the messaging channels' sum and share of the monthly total. */
      messaging?: true;
      /** first_year: each later year beside it (the one-time costs paid in year 1 only). */
      later?: true;
      /** first_year: the one-time lines and the monthly lines, each listed. */
      lists?: true;
      /** per_agent: where the figure sits in the market the source describes. */
      market?: true;
      /** horizon_total: the total over the horizon divided by the head count too. */
      perAgent?: true;
      /** included: things asked about that no line prices, answered first. */
      excluded?: readonly ExcludedItem[];
      /** drivers: the scenario's channels ranked by what each adds a month. */
      channels?: true;
    }
  /** The download and share buttons of this estimate, under a sentence. */
  | { kind: 'export_links'; estimate: Estimate; text: TextRef };

/** The arithmetic of a line or a total, with the catalog entries it names (their sources and reasons). */
export type Explanation = { lines: LineExplanation[]; total?: TotalExplanation; entries: CatalogEntry[] };
export type SeasonalAnswer = {
  periods: { agents: number; months: number; monthly: number }[];
  /** The year month by month, in the cloud (seats added and dropped as the season goes). */
  cloudYear: number;
  /** Months the visitor named no head count for (not counted). */
  uncounted: number;
  /** The visitor's own deployment when it is not cloud: built for the peak, all year. */
  /** (asked: the deployment was asked about, not the scenario's: "would on-prem even make sense with that swing?") */
  peak?: { agents: number; deployment: Deployment; annual: number; oneTime: number; asked?: true };
};
export type GapAnswer = {
  deployment: Deployment; versus: Deployment; diff: EstimateDiff; tco: number; versusTco: number; years: number;
  /** "how sure are you?": both deployments' totals over the horizon at the low, typical and high figures, and the verdict's kind. */
  certainty?: { kind: 'cheapest' | 'too_close_to_call'; lowWinner: Deployment; highWinner: Deployment; own: Range; versus: Range; margin: number };
};
export type ChangeAnswer = { changes: Change[]; diff: EstimateDiff; moved?: Explanation };
export type SensitivityAnswer = { result: TotalSensitivity; entries: CatalogEntry[]; offer?: OwnFigureSlot };

/** Side effects the adapter performs after a decision; their outcome comes back as an event. */
export type Effect =
  | { kind: 'store_lead'; draft: LeadDraft; replaceLeadId?: string }
  | { kind: 'lead_what_sent'; leadId: string; reference: string }
  | { kind: 'lead_withdraw'; leadId: string; reference: string }
  | { kind: 'lead_update'; leadId: string; reference: string; patch: { email?: string; phone?: string; name?: string; company?: string; preferredTime?: string } }
  /** Email the estimate of `scenario` as a PDF to `to` (the visitor confirmed the address). */
  | { kind: 'send_estimate_email'; to: string; scenario: Scenario; lang: 'en' | 'id' };

/** What comes back from an effect, fed to decide as the next input. */
export type EffectOutcome =
  | { kind: 'lead_stored'; id: string; reference: string; summary: LeadSummary }
  | { kind: 'lead_sent_shown'; reference: string; summary: LeadSummary }
  | { kind: 'lead_withdrawn'; reference: string }
  | { kind: 'lead_updated'; reference: string; field: string; value: string }
  | { kind: 'lead_gone'; reference: string }
  | { kind: 'lead_failed'; ref: string }
  | { kind: 'leads_unavailable' }
  | { kind: 'estimate_email_sent' }
  | { kind: 'estimate_email_not_sent'; reason: 'invalid_address' | 'rate_limited' | 'failed' | 'unavailable'; ref?: string };

/** The buttons' commands: a click sends the title, interpret maps the title back to these. */
export type ButtonCommands = Partial<Record<DialogKey, Command[]>>;

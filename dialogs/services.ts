/** What the dialogs need from the rest of the app, passed in by the composition root. */
import type { Logger } from 'pino';
import type { Catalog } from '../src/cost/catalog';
import type { Retriever } from '../src/answers';
import type { LeadStore } from '../src/handoff/lead-store';

export interface AdvisorServices {
  catalog: Catalog;
  retriever: Retriever;
  /** Durable lead storage; the handoff dialog stores nothing without it. */
  leads?: LeadStore;
  /** Called after a lead is created or changed, so delivery starts within a second. */
  onLeadChanged?: (leadId: string) => void;
  log: Logger;
}

import { ConversationState, type Storage, type TurnContext } from 'botbuilder';

type Cached = { state: Record<string, unknown>; hash: string; asSaved?: boolean; vouched?: boolean };

/** How many conversations' last-saved snapshots a process remembers (about 1 KB each). */
const REMEMBERED_SAVES = 1_000;

/** The state as its change check sees it: everything but the eTag, as JSON text. */
function snapshot(state: Record<string, unknown>): string | undefined {
  const { eTag: _eTag, ...rest } = state;
  try {
    return JSON.stringify(rest);
  } catch {
    // circular or otherwise not JSON: let botbuilder's own check handle it
    return undefined;
  }
}

/**
 * botbuilder's ConversationState, with a cheaper "has it changed?" check. botbuilder hashes the
 * state three times a turn (on load, before saving, and again after the write), each time with
 * botbuilder-stdlib's stringify, which runs a replacer on every key, and sha256: ~2.5% of the
 * server's CPU per turn (issue #13). Here the check keeps the state's JSON text instead and
 * compares it, so a turn stringifies twice (load and save) and never hashes.
 *
 * What is saved and when is unchanged: a save writes (with eTag '*') exactly when the state
 * differs from what was loaded or last saved on this turn, or when forced; `clear()` still forces
 * the next save (its empty hash never equals a snapshot). A state that JSON.stringify cannot
 * serialize falls back to botbuilder's own implementation.
 */
export class AdvisorConversationState extends ConversationState {
  /**
   * Storage key → the snapshot this process last wrote there, when the bot vouched for what it
   * wrote (see vouch()), most recent last. A turn whose loaded state is byte for byte one of these
   * reads back what the previous turn decided, so the bot can skip re-validating it (parsing the
   * state with zod was ~3.5% of a turn's CPU, issue #13). A state written by another process, an
   * older version, a hand edit or a turn that did not vouch (a default stored by an event) never
   * matches and is parsed.
   */
  private readonly saved = new Map<string, string>();

  /** botbuilder's turn-state slot for this state (private in its typings; set in BotState's constructor). */
  private get slot(): symbol | undefined {
    const key = (this as unknown as { stateKey?: unknown }).stateKey;
    return typeof key === 'symbol' ? key : undefined;
  }

  constructor(storage: Storage, namespace?: string) {
    super(storage, namespace);
  }

  override async load(context: TurnContext, force = false): Promise<any> {
    const slot = this.slot;
    if (!slot) return super.load(context, force);
    const cached = context.turnState.get(slot) as Cached | undefined;
    if (!force && cached?.state) return cached.state;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state = (items[key] ?? {}) as Record<string, unknown>;
    const hash = snapshot(state);
    if (hash === undefined) return super.load(context, true);
    context.turnState.set(slot, { state, hash, asSaved: this.saved.get(key) === hash } satisfies Cached);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const slot = this.slot;
    if (!slot) return super.saveChanges(context, force);
    let cached = context.turnState.get(slot) as Cached | undefined;
    const now = cached ? snapshot(cached.state) : undefined;
    if (cached && now === undefined) return super.saveChanges(context, force);
    if (!force && !(cached && cached.hash !== now)) return;
    const key = await this.storageKey(context);
    cached ??= { state: {}, hash: '' };
    cached.state.eTag = '*';
    await this.storage.write({ [key]: cached.state });
    // what was written; the eTag is not part of the snapshot
    cached.hash = now ?? snapshot(cached.state) ?? '';
    context.turnState.set(slot, cached);
    this.saved.delete(key);
    if (cached.vouched) {
      this.saved.set(key, cached.hash);
      if (this.saved.size > REMEMBERED_SAVES) this.saved.delete(this.saved.keys().next().value!);
    }
  }

  /** The bot's word that the state as it stands on this turn is valid (it has just set what it decided). */
  vouch(context: TurnContext): void {
    const slot = this.slot;
    const cached = slot ? (context.turnState.get(slot) as Cached | undefined) : undefined;
    if (cached) cached.vouched = true;
  }

  /**
   * Whether the state this turn loaded is exactly what this process last saved for the
   * conversation. Says nothing about changes made on this turn since (they are the bot's own).
   * Deleting or clearing forgets it.
   */
  loadedAsSaved(context: TurnContext): boolean {
    const slot = this.slot;
    const cached = slot ? (context.turnState.get(slot) as Cached | undefined) : undefined;
    return cached?.asSaved === true;
  }

  override async delete(context: TurnContext): Promise<void> {
    this.saved.delete(await this.storageKey(context));
    return super.delete(context);
  }
}

import { randomUUID } from 'node:crypto';
import type { StoreItem } from 'botbuilder';

/** A fresh eTag for every write; random rather than a counter so several processes never hand out the same one. */
export function newETag(): string {
  return randomUUID();
}

/** Same wording as botbuilder's MemoryStorage, so callers that match on the message behave alike. */
export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

/** Last-writer-wins when the caller sends no eTag or '*', as the Bot Framework Storage contract says. */
export function isUnconditional(item: StoreItem): boolean {
  const eTag = (item as { eTag?: unknown }).eTag;
  return eTag === undefined || eTag === null || eTag === '' || eTag === '*';
}

/** The document as stored: the eTag lives in its own column, never inside the JSON. */
export function withoutETag(item: StoreItem): Record<string, unknown> {
  const { eTag: _eTag, ...rest } = item as Record<string, unknown>;
  return rest;
}

export function serializeItem(item: StoreItem): string {
  return JSON.stringify(withoutETag(item));
}

export function requireKeys(keys: string[] | undefined, what: 'reading' | 'deleting'): string[] {
  if (!keys) throw new ReferenceError(`Keys are required when ${what}.`);
  return [...new Set(keys)];
}

export function requireChanges(changes: Record<string, StoreItem> | undefined): [string, StoreItem][] {
  if (!changes) throw new ReferenceError('Changes are required when writing.');
  // Sorted so two processes writing overlapping key sets take row locks in the same order (no deadlock).
  return Object.entries(changes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

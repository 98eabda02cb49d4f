import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { LeadStore } from '../../src/handoff/lead-store';
import { LeadNotActiveError, InvalidCursorError } from '../../src/handoff/lead-store';
import { LeadSummarySchema, LeadErasedNoticeSchema, REFERENCE_PATTERN } from '../../src/handoff/lead-schema';
import { sampleDraft, SAMPLE_EMAIL, SAMPLE_PHONE } from '../handoff/fixtures';

export type LeadStoreHarness = {
  store: LeadStore;
  /** Another connection to the same database (a second process), for lease races. */
  other: () => Promise<LeadStore>;
  /** Close and reopen the database; returns the store over the reopened one. */
  reopen: () => Promise<LeadStore>;
  /** Every row of every table as text, to prove personal data is really gone. */
  dump: () => Promise<string>;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** LeadStore + outbox behaviour shared by the SQLite and PostgreSQL stores. `make` gives an empty database. */
export function leadStoreConformance(name: string, make: () => Promise<LeadStoreHarness>) {
  describe(`${name}: LeadStore conformance`, () => {
    it('creates a lead and its first outbox row together', async () => {
      const { store } = await make();
      const lead = await store.create(sampleDraft());
      expect(lead.reference).toMatch(REFERENCE_PATTERN);
      expect(lead.status).toBe('active');
      expect(lead.version).toBe(1);
      expect(LeadSummarySchema.parse(lead.summary)).toMatchObject({ id: lead.id, reference: lead.reference, version: 1 });
      expect(lead.deliveries).toEqual([
        expect.objectContaining({ kind: 'lead', version: 1, idempotencyKey: `${lead.id}:v1`, status: 'pending', attempts: 0 }),
      ]);
      expect(await store.get(lead.id)).toEqual(lead);
      expect((await store.getByReference(lead.reference))?.id).toBe(lead.id);
      expect(await store.get('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    });

    it('rejects an invalid draft with a field message and stores nothing', async () => {
      const { store } = await make();
      const draft = sampleDraft();
      draft.contact.email = 'not-an-email';
      const err = await store.create(draft).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ZodError);
      expect(String((err as ZodError).issues[0]?.path)).toContain('email');
      expect((await store.list()).items).toEqual([]);
      expect(await store.claimDue(Date.now() + 1000, 10, 1000)).toEqual([]);
    });

    it('a correction updates the same lead and enqueues a new version', async () => {
      const { store } = await make();
      const lead = await store.create(sampleDraft());
      const updated = await store.update(lead.id, { contact: { company: 'PT Baru' } });
      expect(updated?.id).toBe(lead.id);
      expect(updated?.reference).toBe(lead.reference);
      expect(updated?.version).toBe(2);
      expect(updated?.summary?.contact).toMatchObject({ company: 'PT Baru', email: SAMPLE_EMAIL });
      expect(updated?.deliveries.map((d) => [d.idempotencyKey, d.status])).toEqual([
        [`${lead.id}:v1`, 'superseded'],
        [`${lead.id}:v2`, 'pending'],
      ]);
      const claimed = await store.claimDue(Date.now() + 1000, 10, 60_000);
      expect(claimed.map((c) => c.idempotencyKey)).toEqual([`${lead.id}:v2`]);
      expect(claimed[0]?.payload).toMatchObject({ type: 'lead', version: 2, contact: { company: 'PT Baru' } });
      expect(await store.update('00000000-0000-4000-8000-000000000000', { questions: [] })).toBeUndefined();
    });

    it('pages newest first with a cursor, oldest first, and filters by since', async () => {
      const { store } = await make();
      const created = [];
      for (let i = 0; i < 7; i++) {
        created.push(await store.create(sampleDraft({ company: `Company ${i}` })));
        if (i % 3 === 0) await sleep(3); // some share a millisecond, some do not: ties must page correctly too
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.list({ limit: 3, cursor });
        seen.push(...page.items.map((l) => l.id));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(7);
      const all = (await store.list({ limit: 200 })).items;
      expect(all.map((l) => l.id)).toEqual(seen);
      const times = all.map((l) => Date.parse(l.createdAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);

      const oldest = await store.list({ limit: 200, newestFirst: false });
      expect(oldest.items.map((l) => l.id)).toEqual([...seen].reverse());

      await sleep(5);
      const mark = new Date();
      await store.update(created[2]!.id, { questions: ['Another question?'] });
      const since = await store.list({ since: mark });
      expect(since.items.map((l) => l.id)).toEqual([created[2]!.id]);

      await expect(store.list({ cursor: 'garbage!' })).rejects.toBeInstanceOf(InvalidCursorError);
    });

    it.each(['delete', 'withdraw'] as const)('%s erases personal data everywhere and tells sales', async (how) => {
      const h = await make();
      const { store } = h;
      const lead = await store.create(sampleDraft());
      const keep = await store.create(sampleDraft({ name: 'Budi', company: 'Other Co', email: 'budi@example.com', phone: '+62 811 000 111' }));
      // One version already delivered, so the erasure must also reach the copy sales holds.
      const [first] = await store.claimDue(Date.now() + 1000, 1, 60_000);
      await store.markDelivered(first!.id, Date.now(), 200);
      expect(await store[how](lead.id)).toBe(true);
      const erased = await store.get(lead.id);
      expect(erased).toMatchObject({ status: how === 'delete' ? 'erased' : 'withdrawn', summary: null });
      expect(erased?.erasedAt).not.toBeNull();
      const dump = await h.dump();
      expect(dump).not.toContain(SAMPLE_EMAIL);
      expect(dump).not.toContain(SAMPLE_PHONE);
      expect(dump).not.toContain('Dewi');
      expect(dump).toContain('budi@example.com'); // the other lead is untouched

      const due = await store.claimDue(Date.now() + 1000, 10, 60_000);
      const notice = due.find((d) => d.leadId === lead.id);
      expect(notice?.kind).toBe('erasure');
      expect(LeadErasedNoticeSchema.parse(notice?.payload)).toMatchObject({
        reference: lead.reference,
        reason: how === 'delete' ? 'erased' : 'withdrawn',
      });
      expect(due.map((d) => d.leadId).sort()).toEqual([lead.id, keep.id].sort());
      await expect(store.update(lead.id, { questions: [] })).rejects.toBeInstanceOf(LeadNotActiveError);
      expect(await store[how](lead.id)).toBe(true); // idempotent
      expect(await store.delete('00000000-0000-4000-8000-000000000000')).toBe(false);
    });

    it('erasing a lead that was never sent cancels it and sends no notice', async () => {
      const h = await make();
      const lead = await h.store.create(sampleDraft());
      expect(await h.store.withdraw(lead.id)).toBe(true);
      const after = await h.store.get(lead.id);
      expect(after?.deliveries.map((d) => [d.kind, d.status])).toEqual([['lead', 'cancelled']]);
      expect(await h.store.claimDue(Date.now() + 1000, 10, 60_000)).toEqual([]);
      expect(await h.dump()).not.toContain(SAMPLE_EMAIL);
    });

    it('a lease keeps a row from every other claimer until it ends', async () => {
      const h = await make();
      const lead = await h.store.create(sampleDraft());
      const now = Date.now() + 10;
      const first = await h.store.claimDue(now, 10, 30_000);
      expect(first.map((r) => r.leadId)).toEqual([lead.id]);
      expect(first[0]?.attempts).toBe(1);
      const other = await h.other();
      expect(await other.claimDue(now + 29_000, 10, 30_000)).toEqual([]);
      expect(await h.store.nextDueAt()).toBe(now + 30_000);
      // The first worker died; after its lease the row is claimable again, and its late failure report is ignored.
      const again = await other.claimDue(now + 30_001, 10, 30_000);
      expect(again.map((r) => [r.id, r.attempts])).toEqual([[first[0]!.id, 2]]);
      expect(await h.store.markFailed(first[0]!.id, first[0]!.leaseToken, { error: 'late', nextAttemptAt: now })).toBe(false);
      expect(await other.markFailed(again[0]!.id, again[0]!.leaseToken, { error: 'HTTP 500', httpStatus: 500, nextAttemptAt: now + 90_000 })).toBe(true);
      expect(await h.store.claimDue(now + 89_000, 10, 30_000)).toEqual([]);
      expect(await h.store.nextDueAt()).toBe(now + 90_000);
      const delivery = (await h.store.get(lead.id))?.deliveries[0];
      expect(delivery).toMatchObject({ status: 'pending', attempts: 2, lastError: 'HTTP 500', lastHttpStatus: 500 });
      expect(delivery?.nextAttemptAt).toBe(new Date(now + 90_000).toISOString());
    });

    it('two claimers racing never get the same row', async () => {
      const h = await make();
      for (let i = 0; i < 12; i++) await h.store.create(sampleDraft({ company: `Race ${i}` }));
      const other = await h.other();
      const now = Date.now() + 10;
      const batches = await Promise.all(
        Array.from({ length: 6 }, (_, i) => (i % 2 ? other : h.store).claimDue(now, 3, 60_000)),
      );
      const ids = batches.flat().map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(12);
    });

    it('delivered rows and given-up rows leave the queue; status shows per lead', async () => {
      const { store } = await make();
      const a = await store.create(sampleDraft({ company: 'A' }));
      const b = await store.create(sampleDraft({ company: 'B' }));
      const claimed = await store.claimDue(Date.now() + 10, 10, 60_000);
      const rowA = claimed.find((c) => c.leadId === a.id)!;
      const rowB = claimed.find((c) => c.leadId === b.id)!;
      const at = Date.now();
      await store.markDelivered(rowA.id, at, 202);
      await store.markFailed(rowB.id, rowB.leaseToken, { error: 'HTTP 410', httpStatus: 410, nextAttemptAt: null });
      expect(await store.claimDue(Date.now() + 10_000_000, 10, 60_000)).toEqual([]);
      expect(await store.nextDueAt()).toBeNull();
      expect((await store.get(a.id))?.deliveries[0]).toMatchObject({
        status: 'delivered',
        deliveredAt: new Date(at).toISOString(),
        lastHttpStatus: 202,
        nextAttemptAt: null,
      });
      expect((await store.get(b.id))?.deliveries[0]).toMatchObject({ status: 'failed', lastError: 'HTTP 410', attempts: 1 });
    });

    it('a pending row survives closing and reopening the database', async () => {
      const h = await make();
      const lead = await h.store.create(sampleDraft());
      const reopened = await h.reopen();
      const due = await reopened.claimDue(Date.now() + 10, 10, 60_000);
      expect(due.map((d) => [d.leadId, d.idempotencyKey])).toEqual([[lead.id, `${lead.id}:v1`]]);
      expect(LeadSummarySchema.parse(due[0]?.payload).contact.email).toBe(SAMPLE_EMAIL);
    });
  });
}

import { describe, expect, it } from 'vitest';
import type { Storage, StoreItems } from 'botbuilder';

/**
 * The Bot Framework Storage contract, as botbuilder's MemoryStorage behaves, run against any
 * implementation. `make` returns a fresh, empty store (or one with unique keys per test).
 */
export function storageConformance(name: string, make: () => Promise<Storage> | Storage) {
  let seq = 0;
  const key = (label: string) => `${label}-${Date.now()}-${++seq}`;

  describe(`${name}: Bot Framework Storage conformance`, () => {
    it('reads back what was written, with an eTag, and misses unknown keys', async () => {
      const s = await make();
      const k = key('conv');
      await s.write({ [k]: { count: 1, nested: { list: [1, 'two', null], flag: true } } });
      const got = await s.read([k, key('missing')]);
      expect(Object.keys(got)).toEqual([k]);
      expect(got[k]).toMatchObject({ count: 1, nested: { list: [1, 'two', null], flag: true } });
      expect(typeof got[k].eTag).toBe('string');
      expect(got[k].eTag.length).toBeGreaterThan(0);
    });

    it('returns an empty object for an empty key list and rejects a missing one', async () => {
      const s = await make();
      expect(await s.read([])).toEqual({});
      await expect(s.read(undefined as unknown as string[])).rejects.toThrow(/Keys are required/);
      await expect(s.write(undefined as unknown as StoreItems)).rejects.toThrow(/Changes are required/);
    });

    it('does not change the caller’s object and gives every write a fresh eTag', async () => {
      const s = await make();
      const k = key('etag');
      const item = { v: 1 };
      await s.write({ [k]: item });
      expect(item).toEqual({ v: 1 });
      const first = (await s.read([k]))[k];
      await s.write({ [k]: { ...first, v: 2 } });
      const second = (await s.read([k]))[k];
      expect(second.v).toBe(2);
      expect(second.eTag).not.toBe(first.eTag);
    });

    it('rejects a write with a stale eTag and keeps the newer document', async () => {
      const s = await make();
      const k = key('stale');
      await s.write({ [k]: { v: 1 } });
      const old = (await s.read([k]))[k];
      await s.write({ [k]: { ...old, v: 2 } });
      await expect(s.write({ [k]: { ...old, v: 3 } })).rejects.toThrow(/eTag conflict/);
      expect((await s.read([k]))[k].v).toBe(2);
    });

    it.each([
      ['*', '*'],
      ['no eTag', undefined],
    ])('overwrites whatever is stored when the eTag is %s', async (_label, eTag) => {
      const s = await make();
      const k = key('star');
      await s.write({ [k]: { v: 1 } });
      await s.write({ [k]: { v: 2 } });
      await s.write({ [k]: { v: 3, ...(eTag ? { eTag } : {}) } });
      expect((await s.read([k]))[k].v).toBe(3);
    });

    it('creates a missing item even when the write carries an eTag (as MemoryStorage does)', async () => {
      const s = await make();
      const k = key('create');
      await s.write({ [k]: { v: 1, eTag: 'some-old-etag' } });
      const got = (await s.read([k]))[k];
      expect(got.v).toBe(1);
      expect(got.eTag).not.toBe('some-old-etag');
    });

    it('lets exactly one of several concurrent writers with the same eTag win', async () => {
      const s = await make();
      const k = key('race');
      await s.write({ [k]: { winner: 'none' } });
      const base = (await s.read([k]))[k];
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) => s.write({ [k]: { ...base, winner: `w${i}` } })),
      );
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [`w${i}`] : []));
      expect(won).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(String(r.reason)).toMatch(/eTag conflict/);
      expect((await s.read([k]))[k].winner).toBe(won[0]);
    });

    it('deletes, and deleting a missing key is not an error', async () => {
      const s = await make();
      const a = key('del-a');
      const b = key('del-b');
      await s.write({ [a]: { v: 1 }, [b]: { v: 2 } });
      await s.delete([a, key('never-there')]);
      const got = await s.read([a, b]);
      expect(Object.keys(got)).toEqual([b]);
    });

    it('stores a 1 MB document intact', async () => {
      const s = await make();
      const k = key('large');
      const big = 'x'.repeat(1024 * 1024);
      await s.write({ [k]: { big, tail: 'end' } });
      const got = (await s.read([k]))[k];
      expect(got.big.length).toBe(big.length);
      expect(got.big).toBe(big);
      expect(got.tail).toBe('end');
    });

    it.each([
      ['unicode', 'percakapan/😀/日本語/ñ'],
      ['slashes', 'msteams/conversations/a:1/users/29:xyz'],
      ['quotes', `it's "quoted" \\ and ; DROP TABLE x; --`],
      ['1,000 ascii chars', 'k'.repeat(1000)],
      ['1,000 four-byte chars', '😀'.repeat(1000)],
      ['spaces and percent', ' lead % _ wildcard '],
    ])('round-trips an odd key: %s', async (_label, odd) => {
      const s = await make();
      const k = `${odd}${++seq}`;
      await s.write({ [k]: { ok: true } });
      const got = await s.read([k]);
      expect(Object.keys(got)).toEqual([k]);
      expect(got[k].ok).toBe(true);
      await s.delete([k]);
      expect(await s.read([k])).toEqual({});
    });

    it('writes several keys in one call', async () => {
      const s = await make();
      const keys = Array.from({ length: 5 }, (_, i) => key(`multi${i}`));
      await s.write(Object.fromEntries(keys.map((k, i) => [k, { i }])));
      const got = await s.read(keys);
      expect(keys.map((k) => got[k].i)).toEqual([0, 1, 2, 3, 4]);
    });
  });
}

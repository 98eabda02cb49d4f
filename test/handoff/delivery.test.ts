import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openDatabase, type AppDatabase } from '../../src/storage/database';
import { DeliveryWorker, backoffDelay, createDeliveryWorker, retryAfterMs, type DeliveryLogger } from '../../src/handoff/delivery';
import { LeadSummarySchema, LeadErasedNoticeSchema } from '../../src/handoff/lead-schema';
import { PG_AVAILABLE, createScratchDatabase, type ScratchDatabase } from '../storage/pg-scratch';
import { sampleDraft, SAMPLE_EMAIL, SAMPLE_PHONE } from './fixtures';
import { startReceiver, waitFor } from './receiver';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function recordingLogger() {
  const lines: unknown[] = [];
  const logger: DeliveryLogger = {
    info: (o, m) => lines.push({ level: 'info', ...o, m }),
    warn: (o, m) => lines.push({ level: 'warn', ...o, m }),
    error: (o, m) => lines.push({ level: 'error', ...o, m }),
  };
  return { lines, logger };
}

const fast = { baseDelayMs: 40, maxDelayMs: 200, timeoutMs: 300, pollMs: 1_000 };

/** Adaptive Card 1.0–1.5 as Teams accepts it, for the elements the sales card uses. */
const TextBlock = z.object({ type: z.literal('TextBlock'), text: z.string().min(1) }).passthrough();
const FactSet = z
  .object({ type: z.literal('FactSet'), facts: z.array(z.object({ title: z.string().min(1), value: z.string().min(1) }).strict()).min(1) })
  .strict();
const TeamsMessageSchema = z
  .object({
    type: z.literal('message'),
    attachments: z
      .array(
        z
          .object({
            contentType: z.literal('application/vnd.microsoft.card.adaptive'),
            contentUrl: z.null(),
            content: z
              .object({
                $schema: z.string().url(),
                type: z.literal('AdaptiveCard'),
                version: z.string().refine((v) => /^1\.[0-5]$/.test(v), 'Teams shows Adaptive Cards up to 1.5'),
                body: z.array(z.union([TextBlock, FactSet])).min(1),
              })
              .passthrough(),
          })
          .strict(),
      )
      .length(1),
  })
  .strict();

type Backend = { name: string; open: () => Promise<AppDatabase>; cleanup: () => Promise<void> };

function sqliteBackend(): Backend {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-delivery-'));
  let n = 0;
  let current = '';
  return {
    name: 'sqlite',
    // Each test gets its own file; `open` again within a test (a restart) reuses it.
    open: async () => openDatabase({ DATA_DIR: current || (current = path.join(dir, `run-${++n}`)), DATABASE_URL: undefined }),
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
    reset: () => (current = ''),
  } as Backend & { reset: () => void };
}

const backends: Backend[] = [sqliteBackend()];
let scratch: ScratchDatabase | undefined;
if (PG_AVAILABLE) {
  backends.push({
    name: 'postgres',
    open: async () => openDatabase({ DATABASE_URL: scratch!.url, DATA_DIR: os.tmpdir() }),
    cleanup: async () => {},
  });
}

beforeAll(async () => {
  if (PG_AVAILABLE) scratch = await createScratchDatabase();
});
afterAll(async () => {
  for (const b of backends) await b.cleanup();
  await scratch?.drop();
});

describe('backoff', () => {
  it.each([
    [1, 1, 1000],
    [2, 1, 2000],
    [5, 1, 16000],
    [20, 1, 60000],
    [3, 0, 0],
    [3, 0.5, 2000],
  ])('attempt %i with random %f waits %i ms (base 1 s, cap 60 s)', (attempt, r, expected) => {
    expect(backoffDelay(attempt, 1000, 60_000, () => r)).toBe(expected);
  });

  it.each([
    ['120', 120_000],
    ['0', 0],
    [null, undefined],
    ['soon', undefined],
    [new Date(Date.UTC(2030, 0, 1, 0, 0, 10)).toUTCString(), 10_000],
  ])('Retry-After %s → %s ms', (header, expected) => {
    expect(retryAfterMs(header, Date.UTC(2030, 0, 1))).toBe(expected);
  });
});

describe('createDeliveryWorker', () => {
  it('is off without SALES_WEBHOOK_URL', async () => {
    const db = await backends[0]!.open();
    (backends[0] as Backend & { reset: () => void }).reset();
    expect(createDeliveryWorker(db.leads, { SALES_WEBHOOK_FORMAT: 'json' })).toBeNull();
    expect(createDeliveryWorker(db.leads, { SALES_WEBHOOK_URL: 'http://127.0.0.1:9/x', SALES_WEBHOOK_FORMAT: 'json' })).toBeInstanceOf(DeliveryWorker);
    await db.close();
  });
});

describe.each(backends)('delivery to a real webhook ($name)', (backend) => {
  const fresh = async () => {
    (backend as Partial<{ reset: () => void }>).reset?.();
    const db = await backend.open();
    if (db.kind === 'postgres') {
      // One scratch database for the file: start every test from an empty outbox.
      await (db.leads as unknown as { pool: import('pg').Pool }).pool.query('TRUNCATE leads, outbox');
    }
    return db;
  };

  it('recovers from 500s and a timeout, delivers exactly once, then stops', async () => {
    const receiver = await startReceiver(['500', 'hang', '503-retry-after', '500']);
    const db = await fresh();
    const { lines, logger } = recordingLogger();
    const worker = new DeliveryWorker({ leads: db.leads, url: receiver.url, ...fast, logger }).start();
    const lead = await db.leads.create(sampleDraft());
    worker.kick();
    await waitFor(async () => (await db.leads.get(lead.id))?.deliveries[0]?.status === 'delivered');
    const callsAtDelivery = receiver.calls.length;
    await sleep(1_200); // the 'hang' call lands late; nothing must be sent after the 2xx
    expect(receiver.calls.length).toBe(callsAtDelivery);
    expect(receiver.calls.map((c) => c.behaviour)).toEqual(['500', 'hang', '503-retry-after', '500', 'ok']);
    expect(new Set(receiver.calls.map((c) => c.key))).toEqual(new Set([`${lead.id}:v1`]));
    expect([...receiver.accepted.keys()]).toEqual([`${lead.id}:v1`]);
    const body = LeadSummarySchema.parse(receiver.accepted.get(`${lead.id}:v1`));
    expect(body).toMatchObject({ reference: lead.reference, contact: { email: SAMPLE_EMAIL } });
    expect(receiver.calls[0]?.headers['content-type']).toBe('application/json');
    const delivery = (await db.leads.get(lead.id))?.deliveries[0];
    expect(delivery).toMatchObject({ attempts: 5, status: 'delivered', lastHttpStatus: 200, lastError: null });
    expect(worker.stats).toMatchObject({ delivered: 1, failed: 4 });

    // Logs say what happened without personal data or the secret-bearing URL.
    const logText = JSON.stringify(lines);
    expect(logText).toContain(lead.reference);
    expect(logText).toContain('HTTP 500');
    expect(logText).toContain('timeout after 300 ms');
    for (const secret of [SAMPLE_EMAIL, SAMPLE_PHONE, 'Dewi', 'secret-token-in-url']) expect(logText).not.toContain(secret);

    await worker.stop();
    await db.close();
    await receiver.close();
  });

  it('survives a restart between attempts: the pending row is picked up by the next worker', async () => {
    const receiver = await startReceiver(['500', '500']);
    const db = await fresh();
    const first = new DeliveryWorker({ leads: db.leads, url: receiver.url, ...fast, baseDelayMs: 2_000, maxDelayMs: 2_000 });
    const lead = await db.leads.create(sampleDraft());
    await first.flush();
    expect(receiver.calls.length).toBe(1);
    await first.stop();
    await db.close();

    const reopened = await backend.open();
    const afterRestart = (await reopened.leads.get(lead.id))?.deliveries[0];
    expect(afterRestart).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 500' });
    const second = new DeliveryWorker({ leads: reopened.leads, url: receiver.url, ...fast }).start();
    await waitFor(async () => (await reopened.leads.get(lead.id))?.deliveries[0]?.status === 'delivered');
    expect(receiver.calls.map((c) => c.behaviour)).toEqual(['500', '500', 'ok']);
    expect(receiver.accepted.size).toBe(1);
    await second.stop();
    await reopened.close();
    await receiver.close();
  });

  it('a correction and a withdrawal each reach sales under their own key', async () => {
    const receiver = await startReceiver();
    const db = await fresh();
    const worker = new DeliveryWorker({ leads: db.leads, url: receiver.url, ...fast });
    const lead = await db.leads.create(sampleDraft());
    await worker.flush();
    await db.leads.update(lead.id, { contact: { phone: '+62 21 555 0000' } });
    await worker.flush();
    await db.leads.withdraw(lead.id);
    await worker.flush();
    expect([...receiver.accepted.keys()]).toEqual([`${lead.id}:v1`, `${lead.id}:v2`, `${lead.id}:erased`]);
    expect(LeadSummarySchema.parse(receiver.accepted.get(`${lead.id}:v2`)).contact.phone).toBe('+62 21 555 0000');
    expect(LeadErasedNoticeSchema.parse(receiver.accepted.get(`${lead.id}:erased`))).toMatchObject({ reason: 'withdrawn' });
    await worker.stop();
    await db.close();
    await receiver.close();
  });

  it('gives up after maxAttempts and records the failure', async () => {
    const receiver = await startReceiver(['500', '500', '500', '500', '500']);
    const db = await fresh();
    const worker = new DeliveryWorker({ leads: db.leads, url: receiver.url, ...fast, maxAttempts: 3 }).start();
    const lead = await db.leads.create(sampleDraft());
    worker.kick();
    await waitFor(async () => (await db.leads.get(lead.id))?.deliveries[0]?.status === 'failed');
    await sleep(400);
    expect(receiver.calls.length).toBe(3);
    expect(worker.stats).toMatchObject({ gaveUp: 1, failed: 2 });
    await worker.stop();
    await db.close();
    await receiver.close();
  });

  it('posts a Teams message with an Adaptive Card ≤ 1.5', async () => {
    const receiver = await startReceiver();
    const db = await fresh();
    const worker = new DeliveryWorker({ leads: db.leads, url: receiver.url, ...fast, format: 'teams' });
    const lead = await db.leads.create(sampleDraft());
    await worker.flush();
    await db.leads.delete(lead.id);
    await worker.flush();
    expect(receiver.accepted.size).toBe(2);
    const [card, erased] = [...receiver.accepted.values()].map((b) => TeamsMessageSchema.parse(b));
    const text = JSON.stringify(card);
    for (const expected of [lead.reference, SAMPLE_EMAIL, 'PT Contoh Sejahtera', 'Why is on-premises cheaper later?']) {
      expect(text).toContain(expected);
    }
    expect(JSON.stringify(erased)).toContain(lead.reference);
    expect(JSON.stringify(erased)).not.toContain(SAMPLE_EMAIL);
    await worker.stop();
    await db.close();
    await receiver.close();
  });
});

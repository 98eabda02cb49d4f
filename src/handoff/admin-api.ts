import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { REFERENCE_PATTERN } from './lead-schema';
import { InvalidCursorError, type Lead, type LeadStore } from './lead-store';
import { toCsv } from './csv';

export type AdminApiOptions = {
  leads: LeadStore;
  /** undefined: the admin API is off and its routes answer 404. */
  apiKey: string | undefined;
  /** Called after an erasure so the delivery worker can send the notice at once (e.g. worker.kick). */
  afterErase?: (leadId: string) => void;
  /**
   * Erases what else holds the lead's conversation (the chat bridge's transcript). The store
   * already erased the conversation's state with the lead.
   */
  eraseConversation?: (channel: string, conversationId: string) => Promise<void>;
  /** Errors are logged by id only. */
  logError?: (err: unknown, route: string) => void;
};

export const ListQuerySchema = z
  .object({
    limit: z.coerce
      .number({ error: 'limit must be a whole number from 1 to 200' })
      .int('limit must be a whole number from 1 to 200')
      .min(1, 'limit must be a whole number from 1 to 200')
      .max(200, 'limit must be a whole number from 1 to 200')
      .default(50),
    cursor: z.string().min(1).max(500).optional(),
    since: z.iso
      .datetime({ offset: true, error: 'since must be an ISO 8601 date-time, e.g. 2026-11-27T10:00:00Z' })
      .transform((s) => new Date(s))
      .optional(),
    order: z.enum(['newest', 'oldest'], 'order must be newest or oldest').default('newest'),
    format: z.enum(['json', 'csv'], 'format must be json or csv').default('json'),
  })
  .strict();

const IdSchema = z.union([z.uuid(), z.string().regex(REFERENCE_PATTERN)], {
  error: 'id must be a lead id (UUID) or a reference such as CCA-7F3K2Q',
});

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Compares digests (always 32 bytes) in constant time, so neither length nor content leaks through timing. */
export function bearerMatches(header: string | undefined, apiKey: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  const given = match?.[1] ?? '';
  const ok = timingSafeEqual(digest(given), digest(apiKey));
  return ok && given.length > 0;
}

function zodMessage(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.code === 'unrecognized_keys' ? `unknown query parameter(s): ${i.keys.join(', ')}` : i.message))
    .join('; ');
}

const CSV_HEADER = [
  'reference', 'id', 'status', 'created_at', 'updated_at', 'name', 'company', 'email', 'phone', 'preferred_time',
  'agents', 'channels', 'deployment', 'monthly_typical_usd', 'first_12_months_typical_usd', 'per_agent_monthly_typical_usd',
  'language', 'channel', 'questions', 'delivery_status', 'delivery_attempts', 'delivered_at', 'delivery_last_error',
];

function csvRow(lead: Lead): (string | number | null)[] {
  const s = lead.summary;
  const last = lead.deliveries[lead.deliveries.length - 1];
  return [
    lead.reference, lead.id, lead.status, lead.createdAt, lead.updatedAt,
    s?.contact.name ?? null, s?.contact.company ?? null, s?.contact.email ?? null, s?.contact.phone ?? null,
    s?.contact.preferredTime ?? null, s?.scenario?.agents ?? null, s?.scenario ? s.scenario.channels.join(' ') : null,
    s?.scenario?.deployment ?? null, s?.estimate?.monthly.typical ?? null, s?.estimate?.first12Months.typical ?? null,
    s?.estimate?.perAgentMonthly.typical ?? null, s?.language ?? null, s?.channel ?? null,
    s ? s.questions.join(' | ') : null, last?.status ?? null, last?.attempts ?? null, last?.deliveredAt ?? null,
    last?.lastError ?? null,
  ];
}

/**
 * The sales team's API: list, read, export and erase leads. Every route wants
 * `Authorization: Bearer <ADMIN_API_KEY>`; without a configured key the API does not exist (404).
 * Expects the server to use restify's queryParser with `mapParams: false`.
 */
export function registerAdminRoutes(server: Server, options: AdminApiOptions): void {
  const { leads, apiKey } = options;

  const guard = (name: string, handler: (req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response) => {
      res.setHeader('Cache-Control', 'no-store');
      if (!apiKey) {
        res.send(404, { error: 'not found' });
        return;
      }
      if (!bearerMatches(req.headers.authorization, apiKey)) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="leads"');
        res.send(401, { error: 'a valid "Authorization: Bearer <ADMIN_API_KEY>" header is required' });
        return;
      }
      try {
        await handler(req, res);
      } catch (err) {
        if (err instanceof InvalidCursorError) {
          res.send(400, { error: err.message });
          return;
        }
        options.logError?.(err, name);
        res.send(500, { error: 'internal error' });
      }
    };

  const parseId = (req: Request, res: Response): string | undefined => {
    const parsed = IdSchema.safeParse(req.params?.id);
    if (!parsed.success) {
      res.send(400, { error: zodMessage(parsed.error) });
      return undefined;
    }
    return parsed.data;
  };

  const find = (id: string) => (REFERENCE_PATTERN.test(id) ? leads.getByReference(id) : leads.get(id));

  server.get(
    '/api/leads',
    guard('list', async (req, res) => {
      const parsed = ListQuerySchema.safeParse(req.query ?? {});
      if (!parsed.success) {
        res.send(400, { error: zodMessage(parsed.error) });
        return;
      }
      const q = parsed.data;
      const page = await leads.list({ limit: q.limit, cursor: q.cursor, since: q.since, newestFirst: q.order === 'newest' });
      if (q.format === 'csv') {
        if (page.nextCursor) res.setHeader('X-Next-Cursor', page.nextCursor);
        res.sendRaw(200, toCsv(CSV_HEADER, page.items.map(csvRow)), {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="leads.csv"',
        });
        return;
      }
      res.send(200, { items: page.items, nextCursor: page.nextCursor, limit: q.limit });
    }),
  );

  server.get(
    '/api/leads/:id',
    guard('get', async (req, res) => {
      const id = parseId(req, res);
      if (!id) return;
      const lead = await find(id);
      if (!lead) res.send(404, { error: 'no lead with that id' });
      else res.send(200, lead);
    }),
  );

  server.del(
    '/api/leads/:id',
    guard('delete', async (req, res) => {
      const id = parseId(req, res);
      if (!id) return;
      const lead = await find(id);
      if (!lead || !(await leads.delete(lead.id))) {
        res.send(404, { error: 'no lead with that id' });
        return;
      }
      // The summary read before the erasure is the last place the conversation id exists.
      if (lead.summary) await options.eraseConversation?.(lead.summary.channel, lead.summary.conversationId);
      options.afterErase?.(lead.id);
      res.send(200, await leads.get(lead.id));
    }),
  );
}

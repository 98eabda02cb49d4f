/**
 * Share links and download links: one signed, expiring token that carries the scenario (never the
 * estimate, never anything about the visitor) and the language it was priced in.
 *
 *   token = base64url(JSON payload) "." base64url(HMAC-SHA256(payload))
 *
 * Why the scenario lives in the token and not in a table: nothing is stored, so nothing needs a
 * purge, a migration on two databases, or a privacy note; the link opens the same on every
 * instance because the key is derived from the bridge's signing key, which PostgreSQL shares
 * between instances (SQLite: the key file under DATA_DIR). The price of that: one link cannot be
 * revoked alone (rotating the key revokes them all), and a link is ~300–400 characters.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { ScenarioSchema, type Scenario } from '../cost/scenario';
import type { Lang } from '../i18n';

export const CurrencySchema = z.enum(['USD', 'IDR']);
export type Currency = z.infer<typeof CurrencySchema>;

/** How an export is presented; `currency` is here so IDR can be wired in without changing links. */
export type ExportOptions = { lang: Lang; currency?: Currency };

const PayloadSchema = z
  .object({
    v: z.literal(1),
    s: ScenarioSchema,
    l: z.enum(['en', 'id']),
    c: CurrencySchema.optional(),
    exp: z.number().int().positive(),
  })
  .strict();

/** The scenario without the fields that have their default value: shorter links, the same scenario once parsed. */
function compact(scenario: Scenario): Record<string, unknown> {
  const defaults = ScenarioSchema.parse({ agents: scenario.agents, channels: scenario.channels, deployment: scenario.deployment });
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(scenario)) {
    if (JSON.stringify(value) !== JSON.stringify((defaults as Record<string, unknown>)[key])) out[key] = value;
  }
  return { ...out, agents: scenario.agents, channels: scenario.channels, deployment: scenario.deployment };
}

export type SharedScenario = { scenario: Scenario; options: ExportOptions; expiresAt: number };

export type OpenResult = { ok: true; shared: SharedScenario } | { ok: false; reason: 'invalid' | 'expired' };

const MAX_TOKEN_LENGTH = 4096;

export class ShareLinkSigner {
  private readonly key: Buffer;

  constructor(
    secret: string | Buffer,
    private readonly ttlMs: number,
  ) {
    // A key of its own, derived from the secret, so a share token can never pass as a chat token.
    this.key = crypto.createHmac('sha256', 'share-link-key').update(secret).digest();
  }

  sign(scenario: Scenario, options: ExportOptions, now = Date.now()): string {
    const payload = {
      v: 1,
      s: compact(scenario),
      l: options.lang,
      ...(options.currency && options.currency !== 'USD' ? { c: options.currency } : {}),
      exp: Math.floor((now + this.ttlMs) / 1000),
    };
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The scenario of a genuine token; `expired` only for a genuine token past its date. */
  open(token: string, now = Date.now()): OpenResult {
    if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)) {
      return { ok: false, reason: 'invalid' };
    }
    const [body, sig] = token.split('.') as [string, string];
    const given = Buffer.from(sig, 'base64url');
    const expected = Buffer.from(this.mac(body), 'base64url');
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
    let raw: unknown;
    try {
      raw = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'invalid' };
    }
    const parsed = PayloadSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, reason: 'invalid' };
    const p = parsed.data;
    if (p.exp * 1000 <= now) return { ok: false, reason: 'expired' };
    return { ok: true, shared: { scenario: p.s, options: { lang: p.l, ...(p.c ? { currency: p.c } : {}) }, expiresAt: p.exp * 1000 } };
  }

  private mac(body: string): string {
    return crypto.createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

export type ExportLinks = { pdf: string; csv: string; share: string };

/** The three links of one scenario, absolute under `baseUrl`. */
export function exportLinks(signer: ShareLinkSigner, baseUrl: string, scenario: Scenario, options: ExportOptions): ExportLinks {
  const token = signer.sign(scenario, options);
  const base = baseUrl.replace(/\/+$/, '');
  return { pdf: `${base}/export/${token}/estimate.pdf`, csv: `${base}/export/${token}/estimate.csv`, share: `${base}/share/${token}` };
}

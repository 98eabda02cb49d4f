import { z } from 'zod';
import path from 'node:path';

/** Empty strings in .env files mean "not set", as most people write `SALES_WEBHOOK_URL=`. */
const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const optionalUrl = (protocols: string[], what: string) =>
  optionalString.refine(
    (v) => {
      if (v === undefined) return true;
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a ${what} URL (${protocols.map((p) => p.replace(':', '://')).join(' or ')}...)` },
  );

const listOf = optionalString.transform((v) =>
  v === undefined ? [] : v.split(',').map((s) => s.trim()).filter(Boolean),
);

/**
 * A serviceUrl the bot may reply to in local mode: scheme, host and port are compared as parsed
 * URL parts, and the path as a prefix on a segment boundary, so `https://smba.trafficmanager.net`
 * never admits `https://smba.trafficmanager.net.evil.example`.
 */
export type AllowedServiceUrl = { protocol: string; hostname: string; port: string; pathPrefix: string };

export function parseAllowedServiceUrl(text: string): AllowedServiceUrl | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || url.search || url.hash) return undefined;
  return { protocol: url.protocol, hostname: url.hostname.toLowerCase(), port: url.port, pathPrefix: url.pathname.replace(/\/+$/, '') };
}

const serviceUrlList = listOf.transform((items, ctx) => {
  const parsed: AllowedServiceUrl[] = [];
  for (const item of items) {
    const url = parseAllowedServiceUrl(item);
    if (!url) {
      ctx.addIssue({ code: 'custom', message: `entry "${item.slice(0, 80)}" is not an http(s) URL such as https://smba.trafficmanager.net/teams` });
      return z.NEVER;
    }
    parsed.push(url);
  }
  return parsed;
});

/** Days, whole or fractional (tests use minutes), from one hour to ten years. */
const retentionDays = optionalString
  .transform((v) => (v === undefined ? 30 : Number(v)))
  .pipe(z.number({ error: 'must be a number of days, e.g. 30' }).min(1 / 24, 'must be at least 0.042 (one hour)').max(3650, 'must be at most 3650 (ten years)'));

/**
 * How many reverse proxies in front of the server append to X-Forwarded-For: the client is the
 * address that many hops from the right, the one the outermost trusted proxy saw. Everything to
 * its left was written by the client and is ignored. `true` means one proxy.
 */
const trustProxyHops = optionalString
  .transform((v) => {
    if (v === undefined) return 0;
    const t = v.toLowerCase();
    if (t === 'true' || t === 'yes') return 1;
    if (t === 'false' || t === 'no') return 0;
    return /^\d+$/.test(t) ? Number(t) : NaN;
  })
  .pipe(z.number({ error: 'must be false, true (one proxy) or the number of trusted proxies (0-10)' }).int().min(0).max(10, 'must be false, true (one proxy) or the number of trusted proxies (0-10)'));

/** Rupiah per US dollar for amounts shown in IDR; empty = the rate in knowledge/currency.json. */
const usdIdrRate = optionalString
  .transform((v) => (v === undefined ? undefined : Number(v.replace(/_/g, ''))))
  .pipe(z.number({ error: 'must be a number of rupiah per US dollar, e.g. 16250' }).positive('must be above 0').max(1_000_000, 'must be at most 1000000').optional());
const isoDate = optionalString.pipe(
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-11-30').refine((v) => !Number.isNaN(Date.parse(v)), 'must be a real date').optional(),
);

export const ConfigSchema = z
  .object({
    PORT: optionalString
      .transform((v) => (v === undefined ? 3978 : Number(v)))
      .pipe(z.number({ error: 'must be a port number (0-65535)' }).int().min(0).max(65535)),
    /** Loopback unless set: exposing the server is a decision (HOST=0.0.0.0), not a default. */
    HOST: optionalString.transform((v) => v ?? '127.0.0.1'),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: optionalString
      .pipe(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional())
      .transform((v) => v ?? 'MultiTenant'),
    MicrosoftAppTenantId: optionalString,
    DATABASE_URL: optionalUrl(['postgres:', 'postgresql:'], 'PostgreSQL'),
    DATA_DIR: optionalString.transform((v) => path.resolve(v ?? './data')),
    SALES_WEBHOOK_URL: optionalUrl(['http:', 'https:'], 'http(s)'),
    SALES_WEBHOOK_FORMAT: optionalString.pipe(z.enum(['json', 'teams']).optional()).transform((v) => v ?? 'json'),
    ADMIN_API_KEY: optionalString.refine((v) => v === undefined || v.length >= 16, {
      message: 'must be at least 16 characters (or leave it empty to switch the admin API off)',
    }),
    /** Extra serviceUrls accepted in local mode, besides loopback (comma-separated; scheme, host, port and path prefix must match). */
    ALLOWED_SERVICE_URLS: serviceUrlList,
    /** Origins allowed to embed the chat widget (CORS on the Direct Line bridge), comma-separated; `*` for any. */
    ALLOWED_ORIGINS: listOf,
    /** An Azure Bot Service Direct Line secret: when set, the chat page uses Direct Line instead of the local bridge. */
    DIRECT_LINE_SECRET: optionalString,
    /** Public https base URL of the bot (for the Teams manifest's valid domains). */
    PUBLIC_URL: optionalUrl(['http:', 'https:'], 'http(s)'),
    /** Reverse proxies in front that append to X-Forwarded-For (0 = none): the client address is taken that many hops from the right. */
    TRUST_PROXY: trustProxyHops,
    /** Conversation state untouched for this many days is deleted by a scheduled purge. */
    CONVERSATION_RETENTION_DAYS: retentionDays,
    /** Days a share or download link works (the scenario is in the signed link; nothing is stored). */
    SHARE_LINK_TTL_DAYS: optionalString
      .transform((v) => (v === undefined ? 30 : Number(v)))
      .pipe(z.number({ error: 'must be a number of days, e.g. 30' }).min(1 / 24, 'must be at least 0.042 (one hour)').max(365, 'must be at most 365')),
    /** Outgoing mail for "email me this estimate": smtp://user:pass@host:587 or smtps://...:465. Unset = no email. */
    SMTP_URL: optionalUrl(['smtp:', 'smtps:'], 'SMTP'),
    /** The From address of estimate emails (required with SMTP_URL), e.g. "Cost Advisor <advisor@example.com>". */
    MAIL_FROM: optionalString.refine((v) => v === undefined || /^(?:[^<>@\s][^<>]*<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/.test(v), {
      message: 'must be an address such as advisor@example.com or "Cost Advisor <advisor@example.com>"',
    }),
    /** The USD→IDR rate used when amounts are shown in rupiah, and the date it is from (both, or neither). */
    USD_IDR_RATE: usdIdrRate,
    USD_IDR_RATE_DATE: isoDate,
    LOG_LEVEL: optionalString
      .pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional())
      .transform((v) => v ?? 'info'),
  })
  .superRefine((c, ctx) => {
    if (c.USD_IDR_RATE !== undefined && c.USD_IDR_RATE_DATE === undefined) {
      ctx.addIssue({ code: 'custom', path: ['USD_IDR_RATE_DATE'], message: 'is required when USD_IDR_RATE is set (the date the rate is from, shown with converted amounts)' });
    }
    if (c.USD_IDR_RATE === undefined && c.USD_IDR_RATE_DATE !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['USD_IDR_RATE'], message: 'is required when USD_IDR_RATE_DATE is set' });
    }
    if (c.MicrosoftAppId && !c.MicrosoftAppPassword && c.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (c.SMTP_URL && !c.MAIL_FROM) {
      ctx.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'is required when SMTP_URL is set' });
    }
    if (c.MicrosoftAppType === 'SingleTenant' && c.MicrosoftAppId && !c.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required for a SingleTenant app' });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Variables whose value is a secret (or holds one, like a password in a URL): never echoed back. */
export const SECRET_VARIABLES = ['MicrosoftAppPassword', 'ADMIN_API_KEY', 'DIRECT_LINE_SECRET', 'DATABASE_URL', 'SALES_WEBHOOK_URL', 'SMTP_URL'] as const;

/** How a bad value is shown in an error: secrets by length only, everything else in full (shortened). */
function shownValue(name: string, value: string): string {
  if ((SECRET_VARIABLES as readonly string[]).includes(name)) return ` (${value.length} characters, not shown)`;
  return ` (got "${value.length > 40 ? value.slice(0, 40) + '…' : value}")`;
}

/**
 * Removes every secret of the environment from a message (a start-up error from a driver can
 * quote a connection string): the values themselves, and the password part of any URL.
 */
export function redactSecrets(message: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = message;
  const secrets: string[] = [];
  for (const name of SECRET_VARIABLES) {
    const value = env[name]?.trim();
    if (!value) continue;
    secrets.push(value);
    try {
      const url = new URL(value);
      if (url.password) secrets.push(url.password, decodeURIComponent(url.password));
      // Webhook URLs (Teams workflows) carry their secret in the path and query.
      if (name === 'SALES_WEBHOOK_URL' && (url.pathname.length > 1 || url.search)) secrets.push(url.pathname + url.search);
    } catch {
      // not a URL: the value itself is enough
    }
  }
  for (const secret of secrets.filter((s) => s.length >= 4).sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join('[redacted]');
  }
  // Any user:password@ left in a URL (a driver may print a URL built from parts).
  return out.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]+@/gi, '$1[redacted]@');
}

/** Parses the environment once; the message names the variable and what it accepts. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => {
      const name = String(i.path[0] ?? 'environment');
      const value = typeof i.path[0] === 'string' ? env[i.path[0]] : undefined;
      return `${i.path.join('.') || 'environment'} ${i.message}${value === undefined ? '' : shownValue(name, value)}`;
    });
    throw new ConfigError(redactSecrets(`Invalid configuration: ${lines.join('; ')}`, env));
  }
  return result.data;
}

/** The config a test or a CLI uses when nothing is set: local mode, data under DATA_DIR. */
export function testConfig(overrides: Partial<Record<keyof Config, string>> = {}): Config {
  return loadConfig({ ...overrides } as NodeJS.ProcessEnv);
}

/** Only the exchange-rate variables (the CLI reads these and nothing else); a bad value throws ConfigError. */
export function loadRateConfig(env: NodeJS.ProcessEnv = process.env): { rate: number; asOf: string } | undefined {
  const parsed = z
    .object({ USD_IDR_RATE: usdIdrRate, USD_IDR_RATE_DATE: isoDate })
    .refine((c) => (c.USD_IDR_RATE === undefined) === (c.USD_IDR_RATE_DATE === undefined), { message: 'USD_IDR_RATE and USD_IDR_RATE_DATE go together: set both or neither' })
    .safeParse({ USD_IDR_RATE: env.USD_IDR_RATE, USD_IDR_RATE_DATE: env.USD_IDR_RATE_DATE });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid configuration: ${issue.path.join('.') || 'USD_IDR_RATE'} ${issue.message}`.replace(': USD_IDR_RATE USD_IDR_RATE and', ': USD_IDR_RATE and'));
  }
  return rateOverrideOf(parsed.data);
}

/** The configured exchange rate, if any, for src/cost/currency.ts (the service and the CLI apply it at start-up). */
export function rateOverrideOf(config: Pick<Config, 'USD_IDR_RATE' | 'USD_IDR_RATE_DATE'>): { rate: number; asOf: string } | undefined {
  return config.USD_IDR_RATE !== undefined && config.USD_IDR_RATE_DATE !== undefined ? { rate: config.USD_IDR_RATE, asOf: config.USD_IDR_RATE_DATE } : undefined;
}

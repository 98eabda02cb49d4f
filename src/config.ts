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

export const ConfigSchema = z
  .object({
    PORT: optionalString
      .transform((v) => (v === undefined ? 3978 : Number(v)))
      .pipe(z.number({ error: 'must be a port number (0-65535)' }).int().min(0).max(65535)),
    HOST: optionalString.transform((v) => v ?? '0.0.0.0'),
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
    /** Extra serviceUrl prefixes accepted in local mode, besides loopback (comma-separated). */
    ALLOWED_SERVICE_URLS: listOf,
    /** Origins allowed to embed the chat widget (CORS on the Direct Line bridge), comma-separated; `*` for any. */
    ALLOWED_ORIGINS: listOf,
    /** An Azure Bot Service Direct Line secret: when set, the chat page uses Direct Line instead of the local bridge. */
    DIRECT_LINE_SECRET: optionalString,
    /** Public https base URL of the bot (for the Teams manifest's valid domains). */
    PUBLIC_URL: optionalUrl(['http:', 'https:'], 'http(s)'),
    /** Behind a reverse proxy that sets X-Forwarded-For: per-client rate limits use that address. */
    TRUST_PROXY: optionalString
      .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional())
      .transform((v) => v === 'true' || v === '1' || v === 'yes'),
    LOG_LEVEL: optionalString
      .pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional())
      .transform((v) => v ?? 'info'),
  })
  .superRefine((c, ctx) => {
    if (c.MicrosoftAppId && !c.MicrosoftAppPassword && c.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (c.MicrosoftAppType === 'SingleTenant' && c.MicrosoftAppId && !c.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required for a SingleTenant app' });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Parses the environment once; the message names the variable and what it accepts. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => {
      const name = i.path.join('.') || 'environment';
      const value = typeof i.path[0] === 'string' ? env[i.path[0]] : undefined;
      const shown = value === undefined ? '' : ` (got "${value.length > 40 ? value.slice(0, 40) + '…' : value}")`;
      return `${name} ${i.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration: ${lines.join('; ')}`);
  }
  return result.data;
}

/** The config a test or a CLI uses when nothing is set: local mode, data under DATA_DIR. */
export function testConfig(overrides: Partial<Record<keyof Config, string>> = {}): Config {
  return loadConfig({ ...overrides } as NodeJS.ProcessEnv);
}

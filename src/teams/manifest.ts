import JSZip from 'jszip';
import { z } from 'zod';
import { webchatStrings } from '../i18n/webchat';
import { colorIconPng, outlineIconPng } from './icons';

export const MANIFEST_VERSION = '1.16';
export const MANIFEST_SCHEMA = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const LOCALIZATION_SCHEMA = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;
export const COLOR_ICON = 'color.png';
export const OUTLINE_ICON = 'outline.png';

/** Azure AD app ids are GUIDs; Teams rejects anything else as a bot id. */
const Guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID (the Azure app registration id)');
const HttpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).max(2048);
const Scope = z.enum(['personal', 'team', 'groupChat']);
const Command = z.object({ title: z.string().min(1).max(32), description: z.string().min(1).max(128) });

/** The fields of the Teams v1.16 manifest schema that this package uses, with the schema's limits. */
export const TeamsManifestSchema = z.object({
  $schema: z.literal(MANIFEST_SCHEMA),
  manifestVersion: z.literal(MANIFEST_VERSION),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
  id: Guid,
  developer: z.object({
    name: z.string().min(1).max(32),
    websiteUrl: HttpsUrl,
    privacyUrl: HttpsUrl,
    termsOfUseUrl: HttpsUrl,
  }),
  name: z.object({ short: z.string().min(1).max(30), full: z.string().min(1).max(100) }),
  description: z.object({ short: z.string().min(1).max(80), full: z.string().min(1).max(4000) }),
  icons: z.object({ color: z.literal(COLOR_ICON), outline: z.literal(OUTLINE_ICON) }),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  bots: z
    .array(
      z.object({
        botId: Guid,
        scopes: z.array(Scope).min(1),
        supportsFiles: z.boolean(),
        isNotificationOnly: z.boolean(),
        commandLists: z.array(z.object({ scopes: z.array(Scope).min(1), commands: z.array(Command).min(1).max(10) })).max(3),
      }),
    )
    .length(1),
  permissions: z.array(z.enum(['identity', 'messageTeamMembers'])),
  validDomains: z.array(z.string().regex(/^(\*\.)?[a-z0-9.-]+(:\d+)?$/i, 'must be a host name without a scheme')).max(16),
  localizationInfo: z.object({
    defaultLanguageTag: z.string(),
    additionalLanguages: z.array(z.object({ languageTag: z.string(), file: z.string().regex(/^[\w.-]+\.json$/) })),
  }),
});
export type TeamsManifest = z.infer<typeof TeamsManifestSchema>;

export const PUBLIC_URL_REQUIRED =
  "is required: set it to the bot's public https URL, e.g. https://advisor.example.com or your dev tunnel's URL (the package's valid domain, and its privacy and terms links point to the bot's /privacy and /terms there)";

/** What the package is built from: parsed from the environment by the CLI. */
export const TeamsPackageInputSchema = z.object({
  MicrosoftAppId: Guid,
  /** Defaults to the bot id: one app registration for both is the common case. */
  TEAMS_APP_ID: Guid.optional(),
  /** Where Teams reaches the bot: its host is the package's valid domain, and /privacy and /terms are served there. */
  PUBLIC_URL: z.url({
    protocol: /^https$/,
    error: (issue) =>
      issue.input === undefined
        ? PUBLIC_URL_REQUIRED
        : 'must be the https:// URL Teams reaches the bot at (Teams opens only https links)',
  }),
  TEAMS_APP_VERSION: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0').default('1.0.0'),
  TEAMS_DEVELOPER_NAME: z.string().min(1).max(32).default('Contact Center Cost Advisor'),
  TEAMS_WEBSITE_URL: HttpsUrl.optional(),
  TEAMS_PRIVACY_URL: HttpsUrl.optional(),
  TEAMS_TERMS_URL: HttpsUrl.optional(),
});
export type TeamsPackageInput = z.input<typeof TeamsPackageInputSchema>;

const SCOPES = ['personal', 'team', 'groupChat'] as const;
const COMMANDS = [
  ['teamsCommandEstimate', 'teamsCommandEstimateHelp'],
  ['teamsCommandCompare', 'teamsCommandCompareHelp'],
  ['teamsCommandHelp', 'teamsCommandHelpHelp'],
  ['teamsCommandSales', 'teamsCommandSalesHelp'],
] as const;

export function buildManifest(input: TeamsPackageInput): TeamsManifest {
  const env = TeamsPackageInputSchema.parse(input);
  const en = webchatStrings.en;
  const publicUrl = new URL(env.PUBLIC_URL);
  // The bot serves its own privacy and terms pages; a path in PUBLIC_URL (a reverse-proxy prefix) is kept.
  const bot = publicUrl.href.replace(/\/+$/, '');
  const site = env.TEAMS_WEBSITE_URL ?? publicUrl.origin;
  const manifest = {
    $schema: MANIFEST_SCHEMA,
    manifestVersion: MANIFEST_VERSION,
    version: env.TEAMS_APP_VERSION,
    id: env.TEAMS_APP_ID ?? env.MicrosoftAppId,
    developer: {
      name: env.TEAMS_DEVELOPER_NAME,
      websiteUrl: site,
      privacyUrl: env.TEAMS_PRIVACY_URL ?? `${bot}/privacy`,
      termsOfUseUrl: env.TEAMS_TERMS_URL ?? `${bot}/terms`,
    },
    name: { short: 'Cost Advisor', full: en.pageTitle },
    description: { short: en.teamsShortDescription, full: en.teamsFullDescription },
    icons: { color: COLOR_ICON, outline: OUTLINE_ICON },
    accentColor: '#0B5CAD',
    bots: [
      {
        botId: env.MicrosoftAppId,
        scopes: [...SCOPES],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: SCOPES.map((scope) => ({
          scopes: [scope],
          commands: COMMANDS.map(([title, help]) => ({ title: en[title], description: en[help] })),
        })),
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [publicUrl.host],
    localizationInfo: { defaultLanguageTag: 'en-us', additionalLanguages: [{ languageTag: 'id-id', file: 'id-id.json' }] },
  };
  return TeamsManifestSchema.parse(manifest);
}

/** The Indonesian localization file: the manifest's user-visible texts, keyed by JSON path. */
export function buildIndonesianLocalization(manifest: TeamsManifest): Record<string, string> {
  const id = webchatStrings.id;
  const entries: Record<string, string> = {
    $schema: LOCALIZATION_SCHEMA,
    'name.short': manifest.name.short,
    'name.full': id.pageTitle,
    'description.short': id.teamsShortDescription,
    'description.full': id.teamsFullDescription,
  };
  manifest.bots[0].commandLists.forEach((_list, l) =>
    COMMANDS.forEach(([title, help], c) => {
      entries[`bots[0].commandLists[${l}].commands[${c}].title`] = id[title];
      entries[`bots[0].commandLists[${l}].commands[${c}].description`] = id[help];
    }),
  );
  return entries;
}

/** The side-loadable app package: manifest.json, id-id.json and both icons at the zip's root. */
export async function buildTeamsPackage(input: TeamsPackageInput): Promise<{ zip: Buffer; manifest: TeamsManifest }> {
  const manifest = buildManifest(input);
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  zip.file('id-id.json', JSON.stringify(buildIndonesianLocalization(manifest), null, 2));
  zip.file(COLOR_ICON, colorIconPng());
  zip.file(OUTLINE_ICON, outlineIconPng());
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { zip: buffer, manifest };
}

import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';
import { PUBLIC_URL_REQUIRED, TeamsPackageInputSchema, buildTeamsPackage } from '../teams/manifest';

/**
 * `npm run teams:package [-- --out file.zip]`: the Teams app package from the environment
 * (and .env). Prints the zip path, or one line naming the bad variable and exits 1.
 */
const ArgsSchema = z.object({ out: z.string().min(1).default('dist/teams-app.zip') });

function parseArgs(argv: string[]): z.infer<typeof ArgsSchema> {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out' && argv[i + 1] !== undefined) raw.out = argv[++i];
    else if (arg.startsWith('--out=')) raw.out = arg.slice('--out='.length);
    else throw new Error(`unknown argument "${arg}" (use --out <file.zip>)`);
  }
  return ArgsSchema.parse(raw);
}

async function main(): Promise<number> {
  dotenv.config({ quiet: true });
  let out: string;
  try {
    out = parseArgs(process.argv.slice(2)).out;
  } catch (err) {
    console.error(`teams:package: ${(err as Error).message}`);
    return 1;
  }
  const env = Object.fromEntries(
    Object.keys(TeamsPackageInputSchema.shape)
      .map((key) => [key, process.env[key]?.trim()])
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  if (!env.MicrosoftAppId) {
    console.error("teams:package: MicrosoftAppId is required: set it to the bot's Azure app registration id (a GUID).");
    return 1;
  }
  if (!env.PUBLIC_URL) {
    console.error(`teams:package: PUBLIC_URL ${PUBLIC_URL_REQUIRED}.`);
    return 1;
  }
  const parsed = TeamsPackageInputSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    console.error(`teams:package: ${issue.path.join('.')} ${issue.message}.`);
    return 1;
  }
  const { zip, manifest } = await buildTeamsPackage(parsed.data);
  const file = path.resolve(out);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, zip);
  console.log(
    `Wrote ${path.relative(process.cwd(), file) || file} (${zip.length} bytes): bot ${manifest.bots[0].botId}, valid domains [${manifest.validDomains.join(', ')}], privacy ${manifest.developer.privacyUrl}, terms ${manifest.developer.termsOfUseUrl}`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`teams:package: ${(err as Error).message}`);
    process.exit(1);
  },
);

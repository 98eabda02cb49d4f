import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import JSZip from 'jszip';
import { TeamsManifestSchema, buildManifest, buildTeamsPackage, type TeamsPackageInput } from '../../src/teams/manifest';
import { webchatStrings } from '../../src/i18n/webchat';

const APP_ID = '1b2c3d4e-1111-4222-8333-123456789abc';
const ROOT = path.resolve(__dirname, '../..');
// The build, as `npm run teams:package` runs it (vitest's global setup keeps it fresh).
const CLI = path.join(ROOT, 'dist/teams-package.js');
const PUBLIC_URL = 'https://advisor.example.com';

type Png = { width: number; height: number; colorType: number; pixels: Buffer };

/** A minimal decoder for the 8-bit RGBA, non-interlaced PNGs resvg writes. */
function decodePng(buf: Buffer): Png {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let offset = 8;
  let width = 0, height = 0, colorType = -1;
  const idat: Buffer[] = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.subarray(offset + 4, offset + 8).toString('latin1');
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      colorType = data[9];
      expect(data[8]).toBe(8);
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const bpp = colorType === 6 ? 4 : 3;
  const stride = width * bpp;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= bpp ? pixels[y * stride + x - bpp] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter];
      pixels[y * stride + x] = (v + predicted) & 0xff;
    }
  }
  return { width, height, colorType, pixels };
}

function run(env: Record<string, string>, args: string[] = []) {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-pkg-'));
  return new Promise<{ code: number; stdout: string; stderr: string; cwd: string }>((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr, cwd }),
    );
  });
}

describe('Teams app package', () => {
  it('holds a valid v1.16 manifest, the Indonesian localization and both icons at the right sizes', async () => {
    const { zip } = await buildTeamsPackage({ MicrosoftAppId: APP_ID, PUBLIC_URL: 'https://advisor.example.com' });
    const files = await JSZip.loadAsync(zip);
    expect(Object.keys(files.files).sort()).toEqual(['color.png', 'id-id.json', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(await files.file('manifest.json')!.async('string'));
    expect(TeamsManifestSchema.safeParse(manifest).success).toBe(true);
    expect(manifest.manifestVersion).toBe('1.16');
    expect(manifest.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.16/MicrosoftTeams.schema.json');
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.validDomains).toEqual(['advisor.example.com']);
    for (const list of manifest.bots[0].commandLists) {
      expect(list.commands.map((c: { title: string }) => c.title)).toEqual(['estimate', 'compare', 'help', 'talk to sales']);
    }
    expect(manifest.bots[0].commandLists.map((l: { scopes: string[] }) => l.scopes[0])).toEqual(['personal', 'team', 'groupChat']);

    const id = JSON.parse(await files.file('id-id.json')!.async('string'));
    expect(id['description.short']).toBe(webchatStrings.id.teamsShortDescription);
    expect(id['bots[0].commandLists[2].commands[3].title']).toBe(webchatStrings.id.teamsCommandSales);

    const color = decodePng(await files.file('color.png')!.async('nodebuffer'));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = decodePng(await files.file('outline.png')!.async('nodebuffer'));
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);
    // Outline icons must be white on transparent: every visible pixel white, the corners clear.
    let visible = 0;
    for (let i = 0; i < outline.pixels.length; i += 4) {
      if (outline.pixels[i + 3] === 0) continue;
      visible++;
      expect([outline.pixels[i], outline.pixels[i + 1], outline.pixels[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(visible).toBeGreaterThan(50);
    expect(outline.pixels[3]).toBe(0);
    // The colour icon is opaque.
    expect(color.pixels[3]).toBe(255);
  });

  it.each([
    ['a bot id that is not a GUID', { MicrosoftAppId: 'my-bot', PUBLIC_URL }, /MicrosoftAppId/],
    ['a public URL that is not a URL', { MicrosoftAppId: APP_ID, PUBLIC_URL: 'advisor' }, /PUBLIC_URL/],
    ['an http public URL (Teams opens only https links)', { MicrosoftAppId: APP_ID, PUBLIC_URL: 'http://advisor.example.com' }, /PUBLIC_URL.*https/s],
    ['no public URL', { MicrosoftAppId: APP_ID }, /PUBLIC_URL[\s\S]*is required/],
    ['an http developer site', { MicrosoftAppId: APP_ID, PUBLIC_URL, TEAMS_WEBSITE_URL: 'http://x.example' }, /TEAMS_WEBSITE_URL/],
  ])('refuses %s', (_name, input, message) => {
    expect(() => buildManifest(input as TeamsPackageInput)).toThrow(message);
  });

  it('points the privacy and terms links at the pages the bot serves, never at a placeholder', () => {
    const manifest = buildManifest({ MicrosoftAppId: APP_ID, PUBLIC_URL: 'https://bots.example.com/advisor/' });
    expect(manifest.validDomains).toEqual(['bots.example.com']);
    expect(manifest.developer).toMatchObject({
      websiteUrl: 'https://bots.example.com',
      privacyUrl: 'https://bots.example.com/advisor/privacy',
      termsOfUseUrl: 'https://bots.example.com/advisor/terms',
    });
    expect(JSON.stringify(manifest)).not.toContain('"https://example.com');
    const overridden = buildManifest({ MicrosoftAppId: APP_ID, PUBLIC_URL, TEAMS_WEBSITE_URL: 'https://www.vendor.example', TEAMS_PRIVACY_URL: 'https://www.vendor.example/legal/privacy' });
    expect(overridden.developer).toMatchObject({
      websiteUrl: 'https://www.vendor.example',
      privacyUrl: 'https://www.vendor.example/legal/privacy',
      termsOfUseUrl: 'https://advisor.example.com/terms',
    });
  });

  it('the CLI writes the zip from the environment', async () => {
    const r = await run({ MicrosoftAppId: APP_ID, PUBLIC_URL: 'https://abc.devtunnels.ms' }, ['--out', 'out/teams-app.zip']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(r.cwd, 'out/teams-app.zip')));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.validDomains).toEqual(['abc.devtunnels.ms']);
  });

  it.each([
    ['MicrosoftAppId is missing', {}, "teams:package: MicrosoftAppId is required: set it to the bot's Azure app registration id (a GUID)."],
    ['MicrosoftAppId is not a GUID', { MicrosoftAppId: 'abc', PUBLIC_URL }, 'teams:package: MicrosoftAppId must be a GUID (the Azure app registration id).'],
    [
      'PUBLIC_URL is missing',
      { MicrosoftAppId: APP_ID },
      "teams:package: PUBLIC_URL is required: set it to the bot's public https URL, e.g. https://advisor.example.com or your dev tunnel's URL (the package's valid domain, and its privacy and terms links point to the bot's /privacy and /terms there).",
    ],
    ['PUBLIC_URL is http', { MicrosoftAppId: APP_ID, PUBLIC_URL: 'http://localhost:3978' }, 'teams:package: PUBLIC_URL must be the https:// URL Teams reaches the bot at (Teams opens only https links).'],
  ])('the CLI exits 1 with one clear line when %s', async (_name, env, line) => {
    const r = await run(env);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(line);
    expect(fs.existsSync(path.join(r.cwd, 'dist'))).toBe(false);
  });
});

/**
 * Share and download links through the real server, on SQLite and on PostgreSQL: a link made by
 * one instance opens on another (PostgreSQL: two at once on one database; SQLite: a restart on the
 * same DATA_DIR), tampered links are 404 and expired ones 410, each with a page in the visitor's
 * language, and the page is locked down (CSP, no referrer, no index).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startApp, tempDataDir } from '../e2e/harness';
import type { App } from '../../src/app';
import { parseScenario } from '../../src/cost/scenario';
import { formatMoney } from '../../src/i18n/money';
import { t } from '../../src/i18n/index';
import { exportStrings } from '../../src/i18n/export';
import { ShareLinkSigner } from '../../src/export';
import { PG_AVAILABLE, createScratchDatabase, type ScratchDatabase } from '../storage/pg-scratch';

const scenario = parseScenario({ agents: 120, channels: ['voice', 'email', 'webchat'], deployment: 'onPremises', years: 5, addOns: { wfm: true, ai: false, customIntegrations: 0 } });

type Backend = { name: 'sqlite' | 'postgres'; enabled: boolean };
const backends: Backend[] = [
  { name: 'sqlite', enabled: true },
  { name: 'postgres', enabled: PG_AVAILABLE },
];

for (const backend of backends) {
  describe.runIf(backend.enabled)(`share links on ${backend.name}`, () => {
    let first: App;
    let second: App;
    let scratch: ScratchDatabase | undefined;
    let dataDir: string;
    let secret: string;

    beforeAll(async () => {
      dataDir = tempDataDir();
      if (backend.name === 'postgres') {
        scratch = await createScratchDatabase();
        first = await startApp({ DATA_DIR: tempDataDir(), DATABASE_URL: scratch.url });
        second = await startApp({ DATA_DIR: tempDataDir(), DATABASE_URL: scratch.url });
        secret = await first.db.bridgeSigningKey!();
      } else {
        first = await startApp({ DATA_DIR: dataDir });
        secret = fs.readFileSync(path.join(dataDir, 'bridge-signing.key'), 'utf8').trim();
      }
    });

    afterAll(async () => {
      await first?.close().catch(() => {});
      await second?.close();
      await scratch?.drop();
    });

    /** The other instance: on SQLite the same DATA_DIR after a restart. */
    async function otherInstance(): Promise<App> {
      if (backend.name === 'postgres') return second;
      await first.close();
      second = await startApp({ DATA_DIR: dataDir });
      return second;
    }

    it('a link made on one instance opens on the other: page, PDF and CSV', async () => {
      const links = first.exporter.links(scenario, { lang: 'en' });
      const e = first.exporter.price(scenario);
      const other = await otherInstance();
      const swap = (u: string) => u.replace(new URL(u).origin, other.url);

      const page = await fetch(swap(links.share));
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(formatMoney(e.totals.monthly.typical, 'en'));
      expect(html).toContain(`/?scenario=${links.share.split('/share/')[1]}`);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toMatch(/style-src 'nonce-[^']+'/);
      expect(csp).not.toContain('script-src');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(page.headers.get('x-robots-tag')).toBe('noindex');
      expect(html).not.toMatch(/<script/i);

      const pdf = await fetch(swap(links.pdf));
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="estimate-120-onPremises\.pdf"$/);
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

      const csv = await fetch(swap(links.csv));
      expect(csv.status).toBe(200);
      // the UTF-8 byte-order mark (fetch's text() would drop it)
      expect([...Buffer.from(await csv.arrayBuffer()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

      // ?lang= shows the same link in the other language
      const id = await fetch(`${swap(links.share)}?lang=id`);
      expect(await id.text()).toContain(t(exportStrings, 'id', 'shareContinue'));
    }, 60_000);

    it.each([
      ['en-US', 'en'],
      ['id-ID,id;q=0.9', 'id'],
    ] as const)('tampered: 404, expired: 410, in the visitor language (%s)', async (acceptLanguage, lang) => {
      const app = second ?? first;
      const signer = new ShareLinkSigner(secret, 30 * 86_400_000);
      const expired = signer.sign(scenario, { lang: 'en' }, Date.now() - 31 * 86_400_000);
      const good = signer.sign(scenario, { lang: 'en' });
      const tampered = `${good.slice(0, -4)}${good.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
      const headers = { 'Accept-Language': acceptLanguage };

      const gone = await fetch(`${app.url}/share/${expired}`, { headers });
      expect(gone.status).toBe(410);
      expect(await gone.text()).toContain(t(exportStrings, lang, 'linkExpiredTitle'));
      const bad = await fetch(`${app.url}/share/${tampered}`, { headers });
      expect(bad.status).toBe(404);
      expect(await bad.text()).toContain(t(exportStrings, lang, 'linkInvalidTitle'));
      for (const file of ['estimate.pdf', 'estimate.csv']) {
        expect((await fetch(`${app.url}/export/${expired}/${file}`, { headers })).status).toBe(410);
        expect((await fetch(`${app.url}/export/${tampered}/${file}`, { headers })).status).toBe(404);
      }
      expect((await fetch(`${app.url}/share/${good}`, { headers })).status).toBe(200);
      expect((await fetch(`${app.url}/export/${good}/estimate.exe`, { headers })).status).toBe(404);
    }, 30_000);
  });
}

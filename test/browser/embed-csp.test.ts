/**
 * The script embed from docs/embed/ on a page of another origin, under the Content-Security-Policy
 * the embedding guide gives (docs/embed/csp-*.txt, served verbatim with the bot's origin filled in),
 * in headless Chromium against the real app: no violation, Web Chat styled, the chart shown.
 * The guide's former advice (script-src and connect-src only) is kept as a control: it must fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp, type App } from '../../src/app';
import { testConfig } from '../../src/config';
import { estimate } from '../../src/cost/estimate';
import { formatMoney } from '../../src/i18n/money';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';
const suite = hasChromium || inCi ? describe : describe.skip;

const EMBED = path.resolve(import.meta.dirname, '../../docs/embed');
const PLACEHOLDER = 'https://advisor.example.com';
const OUT = path.resolve(import.meta.dirname, '../../test-output');

type Variant = 'static' | 'nonce' | 'former';

suite('the chat widget embedded on another site, under the guide\'s CSP', () => {
  let app: App;
  let browser: Browser;
  let host: http.Server;
  let hostUrl = '';

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`Chromium is required at ${CHROMIUM} when CI=true (apt-get install -y chromium)`);
    // The host page and the bot are different origins (localhost vs 127.0.0.1, different ports).
    host = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const read = (file: string) => fs.readFileSync(path.join(EMBED, file), 'utf8').replaceAll(PLACEHOLDER, new URL(app.url).origin);
      if (url.pathname === '/') {
        const variant = (url.searchParams.get('csp') ?? 'static') as Variant;
        const nonce = crypto.randomBytes(16).toString('base64');
        const csp =
          variant === 'former'
            ? `default-src 'self'; script-src 'self' ${new URL(app.url).origin}; connect-src 'self' ${new URL(app.url).origin}`
            : read(`csp-${variant}.txt`).trim().replace('{NONCE}', nonce);
        let html = read('index.html');
        html = variant === 'nonce' ? html.replace('{NONCE}', nonce) : html.replace(' nonce="{NONCE}"', '');
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
        res.end(html);
      } else if (url.pathname === '/advisor-chat.js') {
        res.writeHead(200, { 'Content-Type': 'application/javascript' });
        res.end(read('advisor-chat.js'));
      } else if (url.pathname === '/site.css') {
        res.writeHead(200, { 'Content-Type': 'text/css' });
        res.end(read('site.css'));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
    hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-embed-'));
    app = await createApp(testConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ALLOWED_ORIGINS: hostUrl }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    fs.mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    host?.closeAllConnections();
    await new Promise<void>((r) => (host ? host.close(() => r()) : r()));
  });

  async function open(variant: Variant) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, locale: 'en-US' });
    const page = await context.newPage();
    const violations: string[] = [];
    const errors: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${hostUrl}/?csp=${variant}`);
    await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').first().waitFor({ timeout: 20_000 });
    return { page, context, violations, errors };
  }

  async function send(page: Page, text: string) {
    const box = page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box input, .webchat__send-box textarea').first();
    await box.fill(text);
    await box.press('Enter');
  }

  /** Web Chat's CSS-in-JS applied: bubbles get a border radius and the send box a flex layout. */
  const styled = (page: Page) =>
    page.evaluate(() => {
      const bubble = document.querySelector('.webchat__bubble__content');
      const sendBox = document.querySelector('.webchat__send-box__main');
      return {
        radius: bubble ? getComputedStyle(bubble).borderTopLeftRadius : 'none',
        sendBox: sendBox ? getComputedStyle(sendBox).display : 'none',
      };
    });

  const expected = formatMoney(estimate({ agents: 50, channels: ['voice', 'sms'], deployment: 'cloud' }).totals.monthly.typical, 'en');

  it.each(['static', 'nonce'] as const)('csp-%s.txt: styled, estimate and chart shown, no violation', async (variant) => {
    const { page, context, violations, errors } = await open(variant);
    expect(await styled(page)).toEqual({ radius: expect.not.stringMatching(/^0px$|none/), sendBox: 'flex' });
    await send(page, '50 agents, voice and SMS, cloud');
    await page.getByText(expected).first().waitFor({ timeout: 20_000 });
    await send(page, 'compare all three');
    const chart = page.locator('img[src^="data:image/png"]').first();
    await chart.waitFor({ timeout: 20_000 });
    await expect.poll(() => chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(100);
    await page.screenshot({ path: path.join(OUT, `embed-csp-${variant}.png`) });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it("the former advice (script-src and connect-src only) blocks Web Chat's styles: the reason for the guide's CSP", async () => {
    const { page, context, violations } = await open('former');
    expect(violations.some((v) => v.startsWith('style-src'))).toBe(true);
    expect((await styled(page)).sendBox).not.toBe('flex');
    await context.close();
  }, 60_000);
});

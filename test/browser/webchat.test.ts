import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../src/app';
import { testConfig } from '../../src/config';
import { estimate } from '../../src/cost/estimate';
import { formatMoney } from '../../src/i18n/money';
import { t } from '../../src/i18n/index';
import { cardStrings } from '../../src/i18n/cards';
import { webchatStrings } from '../../src/i18n/webchat';
import { channelName, deploymentName } from '../../src/cards/describe';
import { dialogStrings } from '../../src/i18n/dialogs';
const say = (lang: 'en' | 'id', key: keyof (typeof dialogStrings)['en']) => t(dialogStrings, lang, key);

/**
 * The real app (createApp) in headless Chromium: the page, Web Chat from node_modules, the
 * Direct Line bridge and the bot. Skipped only on a developer machine without Chromium; with
 * CI=true a missing browser fails the run.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';
const OUT = path.resolve(__dirname, '../../test-output');

const suite = hasChromium || inCi ? describe : describe.skip;

suite('website chat in a browser', () => {
  let app: Awaited<ReturnType<typeof createApp>>;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`Chromium is required at ${CHROMIUM} when CI=true (apt-get install -y chromium)`);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-browser-'));
    app = await createApp(testConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    fs.mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** A phone-sized page that may talk to the app only; anything else is aborted and recorded. */
  async function openPage(locale: string) {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, locale, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const origin = new URL(app.url).origin;
    const outside: string[] = [];
    const cspViolations: string[] = [];
    const pageErrors: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(app.url + '/');
    return { page, context, outside, cspViolations, pageErrors };
  }

  async function send(page: Page, text: string) {
    const box = page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box input, .webchat__send-box textarea').first();
    await box.fill(text);
    await box.press('Enter');
  }

  /** Waits for `text` on screen; clicks "use typical volumes" if the bot asks for volumes first. */
  async function waitForText(page: Page, text: string, lang: 'en' | 'id', timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    const target = page.getByText(text, { exact: false }).first();
    const defaults = page.getByRole('button', { name: say(lang, 'actionUseDefaults') }).last();
    let clickedDefaults = false;
    while (Date.now() < deadline) {
      if (await target.isVisible().catch(() => false)) return;
      if (!clickedDefaults && (await defaults.isVisible().catch(() => false))) {
        await defaults.click({ timeout: 5_000 });
        clickedDefaults = true;
      }
      await page.waitForTimeout(200);
    }
    throw new Error(`"${text}" did not appear within ${timeoutMs} ms`);
  }

  const expected = formatMoney(estimate({ agents: 50, channels: ['voice', 'sms'], deployment: 'cloud' }).totals.monthly.typical, 'en');

  it('estimates from one typed sentence, compares by clicking a card button, and stays on localhost', async () => {
    const { page, context, outside, cspViolations, pageErrors } = await openPage('en-US');
    await page.getByRole('heading', { name: 'Contact Center Cost Advisor' }).waitFor();
    await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').first().waitFor({ timeout: 15_000 });

    await send(page, '50 agents, voice and SMS, cloud');
    await waitForText(page, expected, 'en');
    await page.screenshot({ path: path.join(OUT, 'webchat-estimate.png') });

    await page.getByRole('button', { name: t(cardStrings, 'en', 'actionCompare') }).last().click();
    // The comparison carries the chart as a PNG data URI.
    await page.locator('img[src^="data:image/png"]').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, 'webchat-compare.png') });

    expect(outside).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 90_000);

  it('completes the same estimate with the channel picker card and suggested actions', async () => {
    const { page, context, outside } = await openPage('en-US');
    await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').first().waitFor({ timeout: 15_000 });
    await send(page, '50 agents');
    const voice = page.getByLabel(channelName('voice', 'en'), { exact: true }).last();
    await voice.waitFor({ timeout: 15_000 });
    await voice.check();
    await page.getByLabel(channelName('sms', 'en'), { exact: true }).last().check();
    await page.getByRole('button', { name: t(cardStrings, 'en', 'actionUseChannels') }).last().click();
    // suggested actions start with a capital ("Cloud"), as buttons do
    const cloud = deploymentName('cloud', 'en');
    await page.getByRole('button', { name: new RegExp(`^${cloud}$`, 'i') }).last().click();
    await waitForText(page, expected, 'en');
    await page.screenshot({ path: path.join(OUT, 'webchat-clicks.png') });
    expect(outside).toEqual([]);
    await context.close();
  }, 90_000);

  it('speaks Indonesian to an Indonesian browser', async () => {
    const { page, context, outside } = await openPage('id-ID');
    await page.getByText(webchatStrings.id.pageTagline).waitFor();
    await page.getByPlaceholder(webchatStrings.id.inputPlaceholder).first().waitFor({ timeout: 15_000 });
    await send(page, '50 agen, suara dan SMS, cloud');
    await waitForText(page, formatMoney(estimate({ agents: 50, channels: ['voice', 'sms'], deployment: 'cloud' }).totals.monthly.typical, 'id'), 'id');
    await page.screenshot({ path: path.join(OUT, 'webchat-id.png') });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    expect(outside).toEqual([]);
    await context.close();
  }, 90_000);
});

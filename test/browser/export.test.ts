import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../src/app';
import { testConfig } from '../../src/config';
import { estimate } from '../../src/cost/estimate';
import { formatMoney } from '../../src/i18n/money';
import { t } from '../../src/i18n/index';
import { exportStrings } from '../../src/i18n/export';
import { dialogStrings } from '../../src/i18n/dialogs';

/**
 * Issue #14's "done means", in headless Chromium against the real app: an estimate, its PDF (read
 * back with pdftotext) and CSV from the card's buttons, the share link in a fresh browser context,
 * "continue in chat" from it, and a reload that keeps the conversation. The PDF's first page and
 * the share page are rendered to test-output/ (docs/images/ with UPDATE_DOC_IMAGES=1, the README's images).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasTools = fs.existsSync(CHROMIUM) && fs.existsSync('/usr/bin/pdftotext');
const inCi = process.env.CI === 'true';
const OUT = path.resolve(__dirname, '../../test-output');
// The README's images are rewritten only when asked (UPDATE_DOC_IMAGES=1): they carry the date.
const IMAGES = process.env.UPDATE_DOC_IMAGES ? path.resolve(__dirname, '../../docs/images') : OUT;

const suite = hasTools || inCi ? describe : describe.skip;

suite('estimate downloads, share link and reload in a browser', () => {
  let app: Awaited<ReturnType<typeof createApp>>;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    if (!hasTools) throw new Error(`Chromium (${CHROMIUM}) and pdftotext (poppler-utils) are required when CI=true`);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-export-'));
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

  async function send(page: Page, text: string) {
    const box = page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box input, .webchat__send-box textarea').first();
    await box.fill(text);
    await box.press('Enter');
  }

  async function waitForText(page: Page, text: string, lang: 'en' | 'id', timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    const target = page.getByText(text, { exact: false }).first();
    const defaults = page.getByRole('button', { name: t(dialogStrings, lang, 'actionUseDefaults') }).last();
    let clicked = false;
    while (Date.now() < deadline) {
      if (await target.isVisible().catch(() => false)) return;
      if (!clicked && (await defaults.isVisible().catch(() => false))) {
        await defaults.click({ timeout: 5_000 });
        clicked = true;
      }
      await page.waitForTimeout(200);
    }
    throw new Error(`"${text}" did not appear within ${timeoutMs} ms`);
  }

  /** Clicks a card's Action.OpenUrl and returns the URL it opened (Web Chat opens it in a new window; a download never commits there). */
  async function urlOfButton(page: Page, name: string): Promise<string> {
    const request = page.context().waitForEvent('request', { predicate: (r) => /\/(export|share)\//.test(r.url()), timeout: 15_000 });
    const popup = page.context().waitForEvent('page', { timeout: 15_000 });
    await page.getByRole('button', { name }).last().click();
    const url = (await request).url();
    await (await popup).close().catch(() => {});
    return url;
  }

  const scenario = { agents: 40, channels: ['voice', 'sms'] as ('voice' | 'sms')[], deployment: 'cloud' as const };
  const expected = estimate(scenario);
  const total = formatMoney(expected.totals.monthly.typical, 'en');

  it('downloads the PDF and CSV of the card, opens the share link elsewhere, and keeps the chat over a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 480, height: 900 }, locale: 'en-US', acceptDownloads: true });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(app.url + '/');
    await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').first().waitFor({ timeout: 15_000 });
    await send(page, '40 agents, voice and SMS, cloud');
    await waitForText(page, total, 'en');

    // Download PDF: a real PDF whose text holds the total the card shows.
    const pdfUrl = await urlOfButton(page, t(exportStrings, 'en', 'actionPdf'));
    expect(pdfUrl).toMatch(/\/export\/[\w-]+\.[\w-]+\/estimate\.pdf$/);
    const pdfResponse = await context.request.get(pdfUrl);
    expect(pdfResponse.status()).toBe(200);
    expect(pdfResponse.headers()['content-type']).toBe('application/pdf');
    const pdf = Buffer.from(await pdfResponse.body());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfFile = path.join(OUT, 'estimate.pdf');
    fs.writeFileSync(pdfFile, pdf);
    const pdfText = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain(total);
    expect(pdfText).toContain('40 agents, voice and SMS, cloud');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    fs.mkdirSync(IMAGES, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdfFile, path.join(IMAGES, 'estimate-pdf')]);

    // Download CSV: the same line items.
    const csvUrl = await urlOfButton(page, t(exportStrings, 'en', 'actionCsv'));
    const csvResponse = await context.request.get(csvUrl);
    expect(csvResponse.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const csv = Buffer.from(await csvResponse.body()).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const monthlyLabels = expected.lineItems.filter((i) => i.monthly.typical > 0 || i.dependsOnUsage || i.oneTime.typical === 0).map((i) => i.label.en);
    for (const label of monthlyLabels) expect(csv).toContain(`"${label}`);
    expect(csv).toContain(`"${Math.round(expected.totals.monthly.typical * 100) / 100}"`);

    // The share link, in a fresh context (no cookies, no storage): the same totals.
    const shareUrl = await urlOfButton(page, t(exportStrings, 'en', 'actionShare'));
    const other = await browser.newContext({ viewport: { width: 900, height: 1400 }, locale: 'en-GB' });
    const shared = await other.newPage();
    const response = await shared.goto(shareUrl);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    expect(await shared.locator('#monthly-total').textContent()).toBe(total);
    await shared.locator('img[src^="data:image/png"]').waitFor();
    await shared.screenshot({ path: path.join(IMAGES, 'share-page.png'), fullPage: false });

    // Continue in chat: the chat page opens with that scenario priced.
    await shared.getByRole('link', { name: t(exportStrings, 'en', 'shareContinue') }).click();
    await waitForText(shared, t(dialogStrings, 'en', 'sharedScenarioLoaded'), 'en');
    await waitForText(shared, total, 'en');
    expect(new URL(shared.url()).search).toBe('');

    // A tampered link: 404 with a page that says so.
    const tampered = shareUrl.replace(/\.([\w-]+)$/, (_m, sig: string) => `.${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`);
    const bad = await shared.goto(tampered);
    expect(bad?.status()).toBe(404);
    await shared.getByText(t(exportStrings, 'en', 'linkInvalidTitle')).waitFor();
    await other.close();

    // Reload: the same conversation, history and all.
    const before = await page.locator('.webchat__bubble').count();
    await page.reload();
    await waitForText(page, '40 agents, voice and SMS, cloud', 'en');
    await waitForText(page, total, 'en');
    await page.waitForTimeout(1_500);
    expect(await page.locator('.webchat__bubble').count()).toBeGreaterThanOrEqual(before);
    // and it goes on: the bot still knows the scenario
    await send(page, 'make it 60 agents');
    await waitForText(page, formatMoney(estimate({ ...scenario, agents: 60 }).totals.monthly.typical, 'en'), 'en');

    // The conversation ends on the server while the page is open (erased, expired, a restart of the
    // in-memory bridge): the page notices on its next poll and opens a new conversation instead of an
    // empty, dead chat, with no uncaught error (it once threw Direct Line's "conversation ended").
    const keptSession = async () =>
      JSON.parse((await page.evaluate(() => sessionStorage.getItem('advisor-chat-session'))) ?? '{}') as { conversationId?: string };
    const kept = await keptSession();
    expect(kept.conversationId).toMatch(/^[\w-]{8,64}$/);
    await app.bridge.erase(kept.conversationId!);
    await expect.poll(async () => (await keptSession()).conversationId ?? kept.conversationId, { timeout: 20_000 }).not.toBe(kept.conversationId);
    await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1_000);
    expect(await page.getByText('make it 60 agents').count()).toBe(0);
    await send(page, '40 agents, voice and SMS, cloud');
    await waitForText(page, total, 'en');

    // A tab whose kept conversation the server no longer has when the page loads: a new one, too.
    const renewed = await keptSession();
    const staleJson = JSON.stringify({ ...JSON.parse((await page.evaluate(() => sessionStorage.getItem('advisor-chat-session'))) ?? '{}'), savedAt: Date.now() });
    await app.bridge.erase(renewed.conversationId!);
    const stale = await context.newPage();
    await stale.addInitScript((s) => {
      if (sessionStorage.getItem('test-stale-set')) return;
      sessionStorage.setItem('test-stale-set', '1');
      sessionStorage.setItem('advisor-chat-session', s);
    }, staleJson);
    stale.on('pageerror', (e) => pageErrors.push(e.message));
    await stale.goto(app.url + '/');
    await stale.locator('.webchat__bubble:not(.webchat__bubble--from-user)').first().waitFor({ timeout: 20_000 });
    const staleSession = async () =>
      JSON.parse((await stale.evaluate(() => sessionStorage.getItem('advisor-chat-session'))) ?? '{}') as { conversationId?: string };
    await expect.poll(async () => (await staleSession()).conversationId, { timeout: 20_000 }).not.toBe(renewed.conversationId);
    await stale.close();

    // A new tab (new session storage) starts fresh.
    const fresh = await context.newPage();
    await fresh.goto(app.url + '/');
    await fresh.locator('.webchat__bubble:not(.webchat__bubble--from-user)').first().waitFor({ timeout: 15_000 });
    await fresh.waitForTimeout(1_000);
    expect(await fresh.getByText(total).count()).toBe(0);

    expect(pageErrors).toEqual([]);
    await context.close();
  }, 150_000);
});

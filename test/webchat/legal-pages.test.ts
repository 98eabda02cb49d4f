/** /privacy and /terms on the real app: language choice, what they say, and a strict CSP. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../e2e/harness';
import type { App } from '../../src/app';
import { legalStrings } from '../../src/i18n/legal';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}${path}`, { headers });
  return { status: res.status, headers: res.headers, html: await res.text() };
}

describe('legal pages', () => {
  it.each([
    ['/privacy', {}, 'en', 'Privacy', /deleted after 30 days without activity/],
    ['/privacy', { 'Accept-Language': 'id-ID,id;q=0.9' }, 'id', 'Privasi', /dihapus setelah 30 hari tanpa aktivitas/],
    ['/privacy?lang=id', { 'Accept-Language': 'en-US' }, 'id', 'Privasi', /cabut persetujuan/],
    ['/privacy?lang=xx', { 'Accept-Language': 'id' }, 'id', 'Privasi', /Log/],
    ['/terms', {}, 'en', 'Terms of use', /not a quote, an offer or professional advice/],
    ['/terms?lang=id', {}, 'id', 'Ketentuan penggunaan', /bukan penawaran harga/],
  ])('%s %j → %s', async (path, headers, lang, title, says) => {
    const r = await get(path, headers);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('content-language')).toBe(lang);
    expect(r.html).toContain(`<html lang="${lang}">`);
    expect(r.html).toContain(`<h1>${title}</h1>`);
    expect(r.html).toMatch(says);
  });

  it('privacy names what a lead holds and how it is erased', async () => {
    const { html } = await get('/privacy');
    for (const fact of ['explicitly agree', 'work email', 'kept until it is erased', 'withdraw', 'does not log the text of your messages', 'sets no cookies']) {
      expect(html).toContain(fact);
    }
  });

  it('runs no script and allows no inline style but its own', async () => {
    const r = await get('/terms');
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toContain('unsafe-inline');
    const nonce = /style-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(r.html).toContain(`<style nonce="${nonce}">`);
    expect(r.html).not.toMatch(/<script/i);
  });

  it('every sentence is escaped HTML (no stray markup from the string table)', async () => {
    const { html } = await get('/privacy');
    expect(html).toContain('say &#34;withdraw&#34;');
    expect(legalStrings.en.leadsBody).toContain('"withdraw"');
  });
});

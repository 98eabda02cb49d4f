import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import zlib from 'node:zlib';
import restify from 'restify';
import type { AddressInfo } from 'node:net';
import { registerChatPage, webChatBundlePath, type ChatPageOptions } from '../../src/webchat/page';
import { webchatStrings } from '../../src/i18n/webchat';

async function serve(options: ChatPageOptions) {
  const server = restify.createServer();
  registerChatPage(server, options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as unknown as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}

function csp(res: Response): Record<string, string> {
  return Object.fromEntries(
    (res.headers.get('content-security-policy') ?? '').split(';').map((d) => {
      const [name, ...rest] = d.trim().split(/\s+/);
      return [name, rest.join(' ')];
    }),
  );
}

describe('chat page', () => {
  let s: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    s = await serve({});
  });
  afterAll(() => new Promise<void>((resolve) => s.server.close(() => resolve())));

  it('serves the page with a strict CSP and no inline script', async () => {
    const res = await fetch(`${s.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const policy = csp(res);
    expect(policy['script-src']).toBe("'self'");
    expect(policy['connect-src']).toBe("'self'");
    expect(policy['img-src']).toContain('data:');
    expect(policy['default-src']).toBe("'none'");
    expect(policy['frame-ancestors']).toBe("'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).toContain('<meta name="viewport"');
    expect(html).toContain('src="/webchat/webchat.js"');
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
      expect(tag, 'every script is a file or a JSON data block').toMatch(/src="\/webchat\/[\w.]+\.js"|type="application\/json"/);
    }
    // The nonce in the policy is the one handed to Web Chat in the config block, and changes per request.
    const nonce = /'nonce-([^']+)'/.exec(policy['style-src'])![1];
    expect(html).toContain(`"nonce":"${nonce}"`);
    const again = csp(await fetch(`${s.url}/`));
    expect(again['style-src']).not.toContain(nonce);
  });

  it.each([
    ['id-ID,id;q=0.9', 'id'],
    ['en-GB', 'en'],
    ['fr-FR, id;q=0.5', 'id'],
    ['', 'en'],
  ])('Accept-Language %j gives the page language %s', async (header, lang) => {
    const html = await (await fetch(`${s.url}/`, { headers: header ? { 'Accept-Language': header } : {} })).text();
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(webchatStrings[lang as 'en' | 'id'].pageTagline);
  });

  it('serves Web Chat from the installed package, gzipped and cacheable', async () => {
    const raw = fs.readFileSync(webChatBundlePath());
    const res = await fetch(`${s.url}/webchat/webchat.js`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    // fetch decodes gzip itself; the body must be the package's bundle byte for byte.
    expect(Buffer.from(await res.arrayBuffer()).equals(raw)).toBe(true);
    const etag = res.headers.get('etag')!;
    expect((await fetch(`${s.url}/webchat/webchat.js`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect(zlib.gzipSync(raw).length).toBeLessThan(raw.length / 2);
    for (const file of ['app.js', 'app.css']) expect((await fetch(`${s.url}/webchat/${file}`)).status).toBe(200);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('has no Azure token route without a Direct Line secret', async () => {
    const res = await fetch(`${s.url}/api/directline/token`, { method: 'POST' });
    expect(res.status).toBeGreaterThanOrEqual(404);
  });

  it('lets listed origins frame the page and points the page at Azure when a secret is set', async () => {
    const azure = await serve({ directLineSecret: 'secret-value', allowedOrigins: ['https://shop.example'] });
    try {
      const res = await fetch(`${azure.url}/`);
      const policy = csp(res);
      expect(policy['frame-ancestors']).toBe("'self' https://shop.example");
      expect(policy['connect-src']).toContain('https://directline.botframework.com');
      expect(res.headers.get('x-frame-options')).toBeNull();
      const html = await res.text();
      expect(html).toContain('"mode":"azure"');
      expect(html).not.toContain('secret-value');
      // The script embed loads the bundle cross-origin.
      const bundle = await fetch(`${azure.url}/webchat/webchat.js`);
      expect(bundle.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      await bundle.arrayBuffer();
    } finally {
      await new Promise<void>((resolve) => azure.server.close(() => resolve()));
    }
  });
});

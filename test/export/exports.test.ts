/**
 * The export builders without a server: the signed token (round trip, tampering, expiry, nothing
 * but the scenario inside), the CSV (BOM, formula-safe cells, one line per item) and the PDF
 * (valid, DejaVu embedded, A4, two pages for a usual scenario, the card's figures in its text) in both languages.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultCatalog } from '../../src/cost/catalog';
import { estimate } from '../../src/cost/estimate';
import { parseScenario } from '../../src/cost/scenario';
import { convert, formatMoney } from '../../src/i18n/money';
import { createExporter, ShareLinkSigner } from '../../src/export';
import { csvCell } from '../../src/export/csv';

const catalog = defaultCatalog();
const exporter = createExporter({ secret: 'test-secret', ttlDays: 30, catalog, baseUrl: () => 'https://advisor.example.com' });
const small = parseScenario({ agents: 40, channels: ['voice', 'sms'], deployment: 'cloud' });
const large = parseScenario({
  agents: 850,
  channels: ['voice', 'sms', 'mms', 'social', 'email', 'webchat'],
  deployment: 'hybrid',
  volumes: { callsPerMonth: 120_000, smsPerMonth: 40_000, egressGbPerMonth: 500 },
  addOns: { wfm: true, ai: true, customIntegrations: 3 },
  tier: 'premium',
  years: 5,
});
const hasPoppler = fs.existsSync('/usr/bin/pdftotext');

describe('share token', () => {
  const signer = new ShareLinkSigner('secret-a', 30 * 86_400_000);

  it('opens what it signed, with the language and an expiry', () => {
    for (const scenario of [small, large]) {
      const opened = signer.open(signer.sign(scenario, { lang: 'id' }));
      expect(opened).toEqual({ ok: true, shared: { scenario, options: { lang: 'id' }, expiresAt: expect.any(Number) } });
    }
  });

  it('holds the scenario, the language and the expiry, nothing else', () => {
    const token = signer.sign(large, { lang: 'en' });
    const payload = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'));
    expect(Object.keys(payload).sort()).toEqual(['exp', 'l', 's', 'v']);
    expect(token.length).toBeLessThan(800);
  });

  it.each([
    ['another key', () => new ShareLinkSigner('secret-b', 86_400_000).sign(small, { lang: 'en' })],
    ['a changed scenario', () => {
      const [body, sig] = signer.sign(small, { lang: 'en' }).split('.');
      const changed = Buffer.from(Buffer.from(body!, 'base64url').toString().replace('"agents":40', '"agents":4')).toString('base64url');
      return `${changed}.${sig}`;
    }],
    ['a cut signature', () => signer.sign(small, { lang: 'en' }).slice(0, -3)],
    ['no signature', () => signer.sign(small, { lang: 'en' }).split('.')[0]!],
    ['garbage', () => '<script>alert(1)</script>'],
    ['a chat token shape', () => 'eyJjIjoiYWJjIn0.abc'],
  ])('refuses %s as invalid', (_name, make) => {
    expect(signer.open(make())).toEqual({ ok: false, reason: 'invalid' });
  });

  it('says expired only for a genuine token past its date', () => {
    const token = signer.sign(small, { lang: 'en' }, Date.now() - 31 * 86_400_000);
    expect(signer.open(token)).toEqual({ ok: false, reason: 'expired' });
  });
});

describe('CSV', () => {
  it.each([
    ['=SUM(A1:A9)', `"'=SUM(A1:A9)"`],
    ['+1 555', `"'+1 555"`],
    ['-2', `"'-2"`],
    ['@cmd', `"'@cmd"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ['say "hi"', '"say ""hi"""'],
    ['Lisensi platform', '"Lisensi platform"'],
    [-12.5, '"-12.5"'],
    [1234.567, '"1234.57"'],
    [null, '""'],
  ] as const)('cell %j → %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each(['en', 'id'] as const)('%s: BOM, a header, one line per item, then the totals', (lang) => {
    const e = exporter.price(large);
    const csv = exporter.csv(e, { lang });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    const model = exporter.model(e, { lang });
    // the header, the items, the totals, and the currency note (rate and tax, or excluding tax)
    expect(lines).toHaveLength(1 + model.rows.length + model.totals.length + 1);
    for (const row of model.rows) expect(csv).toContain(`"${row.label}`);
    // amounts in the file's currency: US dollars for English, rupiah for Indonesian (at the rate in the note)
    expect(csv).toContain(`"${Math.round(convert(e.totals.monthly.typical, lang === 'id' ? 'IDR' : 'USD') * 100) / 100}"`);
    expect(csv).toContain(lang === 'id' ? '"IDR"' : '"USD"');
    for (const line of lines) expect(line.split('","')).toHaveLength(10);
  });
});

describe.runIf(hasPoppler || process.env.CI === 'true')('PDF', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-pdf-'));

  it.each([
    ['en', small],
    ['id', small],
    ['en', large],
    ['id', large],
  ] as const)('%s: a valid A4 PDF (two pages at most for a usual scenario) with the totals, the lines and DejaVu embedded', async (lang, scenario) => {
    const e = estimate(scenario, catalog);
    const started = performance.now();
    const pdf = await exporter.pdf(e, { lang });
    const ms = performance.now() - started;
    const file = path.join(dir, `${lang}-${scenario.agents}.pdf`);
    fs.writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    // Two pages for a usual scenario; every channel, every add-on and hybrid carries ~35 assumptions: three.
    expect(pages).toBeLessThanOrEqual(scenario === small ? 2 : 3);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans\b/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(formatMoney(e.totals.monthly.typical, lang));
    expect(text).toContain(formatMoney(e.totals.annual.typical, lang));
    for (const item of e.lineItems.filter((i) => i.monthly.typical > 0)) expect(text.replace(/\s+/g, ' ')).toContain(item.label[lang]);
    expect(text).toContain(lang === 'en' ? 'price catalog version' : 'katalog harga versi');
    expect(ms).toBeLessThan(3_000);
  });
});

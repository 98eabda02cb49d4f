/**
 * Rendering the explanation and sensitivity replies: the arithmetic with the visitor's numbers in
 * each language, the card with the tornado chart, and the chart itself.
 */
import { describe, expect, it } from 'vitest';
import { render } from '../../src/bot/render';
import { createRetriever } from '../../src/answers';
import { defaultCatalog } from '../../src/cost/catalog';
import { estimate, parseScenario } from '../../src/cost';
import { entriesFor, explainLine, explainTotal } from '../../src/cost/explain';
import { totalSensitivity } from '../../src/cost/sensitivity';
import { tornadoSvg } from '../../src/cards/tornado';
import type { Reply } from '../../src/conversation/replies';

const kb = createRetriever().kb;
const catalog = defaultCatalog();
const input = { agents: 200, channels: ['voice', 'email'] as ('voice' | 'email')[], deployment: 'onPremises' as const, addOns: { wfm: true } };
const e = estimate(input, catalog);
const text = { cards: false, suggestedActions: true };
const cards = { cards: true, suggestedActions: true };

function lineReply(line: 'licence' | 'infrastructure' | 'it_staff'): Reply {
  const x = explainLine(e, line, catalog)!;
  return { kind: 'estimate_fact', aspect: 'line', estimate: e, line: 'platform', explanation: { lines: [x], entries: entriesFor(x.entries, catalog) } };
}

describe('render: where a figure comes from', () => {
  it.each<['en' | 'id', string, string[]]>([
    ['en', 'licence', ['200 × $1,500 per agent, one-time = **$300,000 one-time**', 'Range $120,000–$480,000', 'our assumption', 'Quantity: 200 seats']],
    ['id', 'licence', ['200 × US$1.500', '= **US$300.000 sekali bayar**', 'Rentang US$120.000–US$480.000', 'asumsi kami', 'Jumlah: 200 agen']],
    ['en', 'infrastructure', ['6 × $9,000 per server, one-time = **$54,000 one-time**', 'The count itself moves with the assumptions: 6 to 12', 'It also rests on:']],
    ['en', 'it_staff', ['1.6 × $9,000 per full-time person per month = **$14,400 a month**', 'counted from the assumptions below']],
  ])('%s %s', (lang, line, expected) => {
    // dollars on purpose in both languages: the arithmetic is the catalog's own figures
    const [a] = render([lineReply(line as 'licence')], lang, text, kb, { currency: 'USD' });
    for (const x of expected) expect(a!.text).toContain(x);
  });

  it('an Indonesian conversation gets the same arithmetic in rupiah, with the rate it used', () => {
    const [a] = render([lineReply('licence')], 'id', text, kb);
    expect(a!.text).toMatch(/200 × Rp [\d.]+ per agen/);
    expect(a!.text).toContain('Kurs Rp');
  });

  it.each<['en' | 'id', string]>([
    ['en', '3 years: $364,000 one-time + 12 × 3 × $63,600 = **$2,653,600**'],
    ['id', '3 tahun: US$364.000 sekali bayar + 12 × 3 × US$63.600 = **US$2.653.600**'],
  ])('the total as the sum of its lines (%s)', (lang, horizon) => {
    const [a] = render([{ kind: 'estimate_fact', aspect: 'line', estimate: e, line: 'total', explanation: { lines: [], total: explainTotal(e), entries: [] } }], lang, text, kb, { currency: 'USD' });
    expect(a!.text).toContain(horizon);
    expect(a!.text).toContain(lang === 'en' ? '3 other lines $3,400' : '3 baris lain US$3.400');
  });
});

describe('render: what moves the total', () => {
  const result = totalSensitivity(parseScenario(input), catalog);
  const reply: Reply = {
    kind: 'estimate_fact', aspect: 'drivers', estimate: e,
    sensitivity: { result, entries: entriesFor(result.swings.map((s) => s.id), catalog), offer: 'tier' },
  };

  it('a card with the tornado chart, the top five as text and the offer as a typed submit', () => {
    const [a] = render([reply], 'en', cards, kb);
    const content = a!.attachments![0]!.content as { body: { type: string; text?: string; url?: string }[]; actions: { title: string; data: unknown }[] };
    expect(content.body.some((b) => b.type === 'Image' && b.url!.startsWith('data:image/png;base64,'))).toBe(true);
    const lines = content.body.filter((b) => b.type === 'TextBlock' && /^\d\. /.test(b.text ?? ''));
    expect(lines).toHaveLength(5);
    // how much a center stores moves a large on-premises total most (half to one and a half times the source's average)
    expect(lines[0]!.text).toContain("1. Data stored, against the source's average");
    expect(content.actions[0]).toMatchObject({ title: 'Change the platform tier', data: { action: 'ownFigure', slot: 'tier' } });
  });

  it('Indonesian text on a channel without cards', () => {
    const [a] = render([reply], 'id', text, kb, { currency: 'USD' });
    expect(a!.text).toContain('Yang paling menggeser total');
    expect(a!.text).toContain('US$2.365.600 sampai US$2.941.600 selama 3 tahun');
  });

  it('the tornado SVG has one bar pair per figure around today\'s total', () => {
    const svg = tornadoSvg([{ label: 'A', atLow: 80, atHigh: 120 }, { label: 'B', atLow: 95, atHigh: 110 }], 100, 3, 'en');
    expect(svg.match(/<rect x=/g)!.length).toBe(4 + 2); // two legend swatches + two bars per row
    expect(svg).toContain('today $100');
  });
});

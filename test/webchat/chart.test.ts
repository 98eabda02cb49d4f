import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/cost/estimate';
import { CHART_HEIGHT, CHART_WIDTH, comparisonChartSvg, renderComparisonChart, type ChartEstimate } from '../../src/cards/chart';
import { formatMoney, formatMoneyCompact, withCurrency } from '../../src/i18n/money';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngOf(dataUri: string): Buffer {
  expect(dataUri.startsWith('data:image/png;base64,')).toBe(true);
  return Buffer.from(dataUri.slice('data:image/png;base64,'.length), 'base64');
}

const scenarios = [
  { agents: 50, channels: ['voice', 'sms'] as const, deployment: 'cloud' as const, years: 5 },
  { agents: 8, channels: ['email'] as const, deployment: 'onPremises' as const, years: 1 },
  { agents: 1200, channels: ['voice', 'sms', 'mms', 'social', 'email', 'webchat'] as const, deployment: 'hybrid' as const, years: 10 },
];

describe('renderComparisonChart', () => {
  it.each(scenarios.flatMap((s) => (['en', 'id'] as const).map((lang) => [lang, s] as const)))(
    '%s: a %ix%i PNG under 40 KB for %o',
    (lang, scenario) => {
      const png = pngOf(renderComparisonChart(estimate({ ...scenario, channels: [...scenario.channels] }), lang));
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect(png.readUInt32BE(16)).toBe(CHART_WIDTH);
      expect(png.readUInt32BE(20)).toBe(CHART_HEIGHT);
      expect(png.length).toBeLessThan(40 * 1024);
    },
  );

  it('labels the axes, the legend and the break-even in the user language, with money from formatMoney', () => {
    const e = estimate({ agents: 50, channels: ['voice', 'sms'], deployment: 'cloud', years: 5 });
    const en = comparisonChartSvg(e, 'en');
    const id = comparisonChartSvg(e, 'id');
    expect(en).toContain('Cumulative cost over 5 years');
    expect(en).toContain('>Year<');
    expect(id).toContain('Biaya kumulatif selama 5 tahun');
    expect(id).toContain('>Tahun<');
    for (const row of e.comparison) {
      const last = row.cumulative[row.cumulative.length - 1];
      expect(en).toContain(`>${formatMoney(last, 'en')}<`);
      // Indonesian: rupiah by default, rounded for a glance ("Rp 16,8 miliar"); US$ when dollars are chosen
      expect(id).toContain(`>${formatMoneyCompact(last, 'id')}<`);
      expect(withCurrency('USD', () => comparisonChartSvg(e, 'id'))).toContain(`>${formatMoney(last, 'id', 'USD')}<`);
    }
    expect(id).toContain('Biaya kumulatif (Rp)');
    expect(id).toMatch(/>Rp \d+ miliar</);
    // never "M" in Indonesian (read as million by some, miliar by others), never a bare "$"
    expect(id).not.toMatch(/\d M</);
    expect(withCurrency('USD', () => comparisonChartSvg(e, 'id'))).not.toMatch(/>\$/);
    if (e.breakEven.year !== null) {
      expect(en).toContain(`break-even, year ${e.breakEven.year}`);
      expect(id).toContain(`titik impas, tahun ke-${e.breakEven.year}`);
    }
  });

  it('draws one line per deployment, starting at the one-time cost', () => {
    const e = estimate({ agents: 50, channels: ['voice'], deployment: 'hybrid', years: 3 });
    const svg = comparisonChartSvg(e, 'en');
    expect(svg.match(/<polyline /g)).toHaveLength(3);
    // Four points per line: year 0 (one-time) and the end of years 1..3.
    for (const line of svg.match(/<polyline points="[^"]+"/g) ?? []) expect(line.split(' ')).toHaveLength(5);
  });

  it('draws the low-high band of each deployment under its typical line, and says what the shading is', () => {
    const e = estimate({ agents: 200, channels: ['voice'], deployment: 'onPremises', tier: 'premium', voiceBilling: 'metered', usagePreset: 'large', years: 10 });
    const en = comparisonChartSvg(e, 'en');
    expect(en.match(/<polygon class="band" /g)).toHaveLength(3);
    expect(en.indexOf('<polygon class="band"')).toBeLessThan(en.indexOf('<polyline '));
    expect(en).toContain('shaded: low–high range');
    expect(comparisonChartSvg(e, 'id')).toContain('arsiran: rentang rendah–tinggi');
    // Each band has a point per year-end and year 0, going out along the high values and back along the low.
    for (const band of en.match(/<polygon class="band" points="[^"]+"/g) ?? []) {
      expect(band.replace(/.*points="|"$/g, '').split(' ')).toHaveLength(2 * 11);
    }
    // The axis reaches the highest band, so no band is cut off.
    const top = Math.max(...e.comparison.map((c) => c.tco.high));
    const ticks = [...en.matchAll(/text-anchor="end" fill="#475569">\$([\d.]+)M</g)].map((m) => Number(m[1]) * 1e6);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(top);
  });

  it('marks no break-even when no line overtakes another', () => {
    const flat: ChartEstimate = {
      comparison: [
        { deployment: 'onPremises', oneTime: { low: 0, typical: 100, high: 0 }, cumulative: [300, 500] },
        { deployment: 'cloud', oneTime: { low: 0, typical: 0, high: 0 }, cumulative: [100, 200] },
      ],
      breakEven: { cheaperToStart: 'cloud', overtakenBy: null, year: null, years: 2 },
    };
    expect(comparisonChartSvg(flat, 'en')).not.toContain('break-even');
    expect(comparisonChartSvg(flat, 'en').match(/<polyline /g)).toHaveLength(2);
    // A shape without ranges (an older stored estimate) draws lines only.
    expect(comparisonChartSvg(flat, 'en')).not.toContain('<polygon');
  });
});

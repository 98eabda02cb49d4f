import fs from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { t, type Lang } from '../i18n/index';
import { activeCurrency, convert, formatMoney, formatMoneyCompact } from '../i18n/money';
import { webchatStrings } from '../i18n/webchat';
import { cardStrings } from '../i18n/cards';

type Deployment = 'onPremises' | 'cloud' | 'hybrid';
type Range = { low: number; typical: number; high: number };

/**
 * The part of `Estimate` (src/cost/estimate.ts) the chart reads; structural so a chart can be
 * drawn from any object with this shape, including a JSON-parsed estimate.
 */
export type ChartEstimate = {
  /** `cumulativeRange` (low/typical/high at the end of each year) draws the band around each line. */
  comparison: { deployment: Deployment; oneTime: Range; cumulative: number[]; cumulativeRange?: Range[] }[];
  breakEven: { cheaperToStart: Deployment; overtakenBy: Deployment | null; year: number | null; years: number };
};

/** Drawing units; the PNG is rendered at SCALE so text stays sharp when a card shrinks it on a phone. */
const VIEW_WIDTH = 480;
const VIEW_HEIGHT = 300;
const SCALE = 1.25;
export const CHART_WIDTH = VIEW_WIDTH * SCALE;
export const CHART_HEIGHT = VIEW_HEIGHT * SCALE;

const COLORS: Record<Deployment, string> = { onPremises: '#64748b', cloud: '#2563eb', hybrid: '#d97706' };
const LABEL_KEYS = {
  onPremises: 'deploymentOnPremises',
  cloud: 'deploymentCloud',
  hybrid: 'deploymentHybrid',
} as const;
const ORDER: Deployment[] = ['onPremises', 'cloud', 'hybrid'];

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => `${FONT_DIR}/${f}`);

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** 1, 2 or 5 times a power of ten, so axis ticks read as round amounts. */
function niceStep(max: number, ticks: number): number {
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/** Axis labels: "$1.2M" / "US$1,2 jt" / "Rp 1,2 miliar" (never "M" in Indonesian). */
export function compactMoney(amount: number, lang: Lang): string {
  return formatMoneyCompact(amount, lang);
}

type Point = { x: number; y: number };

/** Where two cumulative curves (year 0..N) cross, by linear interpolation inside the first segment that changes order. */
function crossing(a: number[], b: number[]): Point | null {
  for (let i = 1; i < a.length; i++) {
    const before = a[i - 1] - b[i - 1];
    const after = a[i] - b[i];
    if (before < 0 && after >= 0) {
      const f = before / (before - after);
      return { x: i - 1 + f, y: a[i - 1] + f * (a[i] - a[i - 1]) };
    }
  }
  return null;
}

/** The chart as SVG text; exported for tests and for channels that can show SVG. */
export function comparisonChartSvg(estimate: ChartEstimate, lang: Lang): string {
  const s = (key: keyof typeof webchatStrings.en, params?: Record<string, string | number>) =>
    t(webchatStrings, lang, key, params);
  const series = ORDER.flatMap((d) => {
    const row = estimate.comparison.find((c) => c.deployment === d);
    if (!row) return [];
    const band = row.cumulativeRange?.length === row.cumulative.length
      ? { low: [row.oneTime.low, ...row.cumulativeRange.map((r) => r.low)], high: [row.oneTime.high, ...row.cumulativeRange.map((r) => r.high)] }
      : null;
    return [{ deployment: d, values: [row.oneTime.typical, ...row.cumulative], band }];
  });
  const years = Math.max(1, ...series.map((r) => r.values.length - 1));
  const maxValue = Math.max(1, ...series.flatMap((r) => [...r.values, ...(r.band?.high ?? [])]));
  const hasBands = series.some((r) => r.band);

  // Legend across the top (a card is narrow on a phone, so the plot gets the full width).
  const left = 62;
  const right = 26;
  const top = 96;
  const bottom = 42;
  const plotW = VIEW_WIDTH - left - right;
  const plotH = VIEW_HEIGHT - top - bottom;
  // Round ticks in the currency shown: a step that is round in rupiah, expressed in dollars.
  const rate = convert(1, activeCurrency(lang));
  const step = niceStep(maxValue * rate, 4) / rate;
  const yMax = Math.ceil(maxValue / step - 1e-9) * step;
  const px = (year: number) => left + (year / years) * plotW;
  const py = (value: number) => top + plotH - (value / yMax) * plotH;

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${VIEW_WIDTH}" height="${VIEW_HEIGHT}" viewBox="0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}" font-family="DejaVu Sans" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="bold" fill="#0f172a">${escapeXml(s('chartTitle', { years }))}</text>`,
  );
  if (hasBands) {
    // On the axis-label line: the title row has no room left on a phone-sized card.
    parts.push(`<text x="${VIEW_WIDTH - 12}" y="${top - 14}" text-anchor="end" font-size="11" fill="#475569">${escapeXml(t(cardStrings, lang, 'chartBand'))}</text>`);
  }

  const columnW = (VIEW_WIDTH - 24) / Math.max(1, series.length);
  series.forEach((row, i) => {
    const x = 12 + i * columnW;
    parts.push(
      `<rect x="${x}" y="38" width="16" height="5" rx="1.5" fill="${COLORS[row.deployment]}"/>`,
      `<text x="${x + 22}" y="45" font-weight="bold" fill="#0f172a">${escapeXml(s(LABEL_KEYS[row.deployment]))}</text>`,
      `<text x="${x + 22}" y="63" font-size="13" fill="#334155">${escapeXml(activeCurrency(lang) === 'IDR' ? formatMoneyCompact(row.values[row.values.length - 1], lang) : formatMoney(row.values[row.values.length - 1], lang))}</text>`,
    );
  });

  for (let v = 0; v <= yMax + step / 2; v += step) {
    const y = py(v).toFixed(1);
    parts.push(
      `<line x1="${left}" y1="${y}" x2="${left + plotW}" y2="${y}" stroke="#e2e8f0" stroke-width="1"/>`,
      `<text x="${left - 6}" y="${y}" dy="4" text-anchor="end" fill="#475569">${escapeXml(compactMoney(v, lang))}</text>`,
    );
  }
  for (let year = 0; year <= years; year++) {
    const x = px(year).toFixed(1);
    parts.push(
      `<line x1="${x}" y1="${top + plotH}" x2="${x}" y2="${top + plotH + 4}" stroke="#94a3b8"/>`,
      `<text x="${x}" y="${top + plotH + 17}" text-anchor="middle" fill="#475569">${escapeXml(s('chartYearLabel', { year }))}</text>`,
    );
  }
  parts.push(
    `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#94a3b8"/>`,
    `<text x="${left + plotW / 2}" y="${VIEW_HEIGHT - 6}" text-anchor="middle" font-size="11" fill="#334155">${escapeXml(s('chartYearAxis'))}</text>`,
    // Above the axis rather than rotated beside it: wide tick labels ("$800 rb") leave no room there.
    `<text x="12" y="${top - 14}" font-size="11" fill="#334155">${escapeXml(s('chartCostAxis', { currency: activeCurrency(lang) === 'IDR' ? 'Rp' : lang === 'id' ? 'US$' : 'USD' }))}</text>`,
  );

  // Bands first, so every typical line stays visible on top of them.
  for (const row of series) {
    if (!row.band) continue;
    const upper = row.band.high.map((v, i) => `${px(i).toFixed(1)},${py(v).toFixed(1)}`);
    const lower = row.band.low.map((v, i) => `${px(i).toFixed(1)},${py(v).toFixed(1)}`).reverse();
    parts.push(`<polygon class="band" points="${[...upper, ...lower].join(' ')}" fill="${COLORS[row.deployment]}" fill-opacity="0.14" shape-rendering="crispEdges"/>`);
  }
  for (const row of series) {
    const points = row.values.map((v, i) => `${px(i).toFixed(1)},${py(v).toFixed(1)}`).join(' ');
    parts.push(
      `<polyline points="${points}" fill="none" stroke="${COLORS[row.deployment]}" stroke-width="3" stroke-linejoin="round"/>`,
      ...row.values.map(
        (v, i) => `<circle cx="${px(i).toFixed(1)}" cy="${py(v).toFixed(1)}" r="3.5" fill="${COLORS[row.deployment]}"/>`,
      ),
    );
  }

  const { cheaperToStart, overtakenBy } = estimate.breakEven;
  const first = series.find((r) => r.deployment === cheaperToStart);
  const second = overtakenBy ? series.find((r) => r.deployment === overtakenBy) : undefined;
  const cross = first && second ? crossing(first.values, second.values) : null;
  if (cross) {
    const x = px(cross.x);
    const y = py(cross.y);
    const label = s('chartBreakEven', { year: estimate.breakEven.year ?? Math.ceil(cross.x) });
    const anchor = x > left + plotW * 0.55 ? 'end' : 'start';
    const dx = anchor === 'end' ? -7 : 7;
    parts.push(
      `<line x1="${x.toFixed(1)}" y1="${top - 6}" x2="${x.toFixed(1)}" y2="${top + plotH}" stroke="#0f172a" stroke-dasharray="4 3" stroke-width="1"/>`,
      `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="6" fill="none" stroke="#0f172a" stroke-width="2"/>`,
      `<text x="${(x + dx).toFixed(1)}" y="${top + 6}" text-anchor="${anchor}" font-weight="bold" fill="#0f172a">${escapeXml(label)}</text>`,
    );
  }

  parts.push('</svg>');
  return parts.join('');
}

let fontFiles: string[] | null = null;
export function availableFonts(): string[] {
  fontFiles ??= FONT_FILES.filter((f) => fs.existsSync(f));
  return fontFiles;
}

/** PNG bytes of the comparison chart. */
export function renderComparisonChartPng(estimate: ChartEstimate, lang: Lang): Buffer {
  const fonts = availableFonts();
  const resvg = new Resvg(comparisonChartSvg(estimate, lang), {
    fitTo: { mode: 'zoom', value: SCALE },
    // Loading only DejaVu keeps a render near a few milliseconds; system fonts are the fallback.
    font: { fontFiles: fonts, loadSystemFonts: fonts.length === 0, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

/** A PNG data URI of the cumulative cost of each deployment model, for an Adaptive Card `Image`. */
export function renderComparisonChart(estimate: ChartEstimate, lang: Lang): string {
  return `data:image/png;base64,${renderComparisonChartPng(estimate, lang).toString('base64')}`;
}

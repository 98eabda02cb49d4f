/**
 * A tornado chart of the "what moves the total?" answer: one bar per figure, from the total with
 * the figure at one end of its range to the total at the other, around today's total. SVG text,
 * rendered to PNG with resvg and the fonts the comparison chart uses (chart.ts).
 */
import { Resvg } from '@resvg/resvg-js';
import { t, type Lang } from '../i18n/index';
import { cardStrings } from '../i18n/cards';
import { availableFonts, compactMoney, escapeXml } from './chart';

export type TornadoRow = { label: string; atLow: number; atHigh: number };

const WIDTH = 560;
const SCALE = 1.25;
const ROW = 30;
const LOW_COLOR = '#2563eb';
const HIGH_COLOR = '#d97706';

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function tornadoSvg(rows: readonly TornadoRow[], base: number, years: number, lang: Lang): string {
  const top = 62;
  const height = top + rows.length * ROW + 26;
  const labelW = 196;
  // room for the low end's amount between the labels and the bars
  const left = labelW + 60;
  const right = 60;
  const plotW = WIDTH - left - right;
  const lo = Math.min(base, ...rows.map((r) => Math.min(r.atLow, r.atHigh)));
  const hi = Math.max(base, ...rows.map((r) => Math.max(r.atLow, r.atHigh)));
  const span = hi - lo || 1;
  const px = (v: number) => left + ((v - lo) / span) * plotW;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="bold" fill="#0f172a">${escapeXml(t(cardStrings, lang, 'tornadoTitle', { years }))}</text>`,
    `<rect x="12" y="33" width="10" height="10" fill="${LOW_COLOR}"/><rect x="24" y="33" width="10" height="10" fill="${HIGH_COLOR}"/>`,
    `<text x="40" y="42" font-size="11" fill="#475569">${escapeXml(t(cardStrings, lang, 'tornadoLegend'))}</text>`,
  ];
  rows.forEach((r, i) => {
    const y = top + i * ROW;
    const mid = y + ROW / 2;
    parts.push(`<text x="${labelW}" y="${mid + 4}" text-anchor="end" font-size="11" fill="#0f172a">${escapeXml(clip(r.label, 30))}</text>`);
    // the bar from today's total to each end, coloured by which end of the figure's range it is
    for (const [value, color] of [[r.atLow, LOW_COLOR], [r.atHigh, HIGH_COLOR]] as const) {
      const x1 = Math.min(px(value), px(base));
      const w = Math.max(1, Math.abs(px(value) - px(base)));
      parts.push(`<rect x="${x1.toFixed(1)}" y="${y + 6}" width="${w.toFixed(1)}" height="${ROW - 12}" fill="${color}" rx="2"/>`);
    }
    const minV = Math.min(r.atLow, r.atHigh);
    const maxV = Math.max(r.atLow, r.atHigh);
    parts.push(
      `<text x="${(px(minV) - 4).toFixed(1)}" y="${mid + 4}" text-anchor="end" font-size="10" fill="#334155">${escapeXml(minV < base ? compactMoney(minV, lang) : '')}</text>`,
      `<text x="${(px(maxV) + 4).toFixed(1)}" y="${mid + 4}" font-size="10" fill="#334155">${escapeXml(compactMoney(maxV, lang))}</text>`,
    );
  });
  const bx = px(base).toFixed(1);
  parts.push(
    `<line x1="${bx}" y1="${top - 4}" x2="${bx}" y2="${top + rows.length * ROW + 2}" stroke="#0f172a" stroke-width="1.5"/>`,
    `<text x="${bx}" y="${height - 8}" text-anchor="middle" font-size="11" fill="#0f172a">${escapeXml(t(cardStrings, lang, 'tornadoBase', { total: compactMoney(base, lang) }))}</text>`,
    '</svg>',
  );
  return parts.join('');
}

export function tornadoPng(rows: readonly TornadoRow[], base: number, years: number, lang: Lang): Buffer {
  const fonts = availableFonts();
  const resvg = new Resvg(tornadoSvg(rows, base, years, lang), {
    fitTo: { mode: 'zoom', value: SCALE },
    font: { fontFiles: fonts, loadSystemFonts: fonts.length === 0, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

/** A PNG data URI for an Adaptive Card `Image`. */
export function tornadoChart(rows: readonly TornadoRow[], base: number, years: number, lang: Lang): string {
  return `data:image/png;base64,${tornadoPng(rows, base, years, lang).toString('base64')}`;
}

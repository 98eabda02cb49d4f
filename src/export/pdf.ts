/**
 * The estimate as a PDF a manager can forward: one or two A4 pages with the scenario, the line
 * items with low / typical / high, the totals, the deployment comparison with its chart, the
 * assumptions with their reasons and where each price comes from, the date, the catalog version
 * and the currency. DejaVu Sans (the chart's font) is embedded: Indonesian text, "≈", "→", "§".
 */
import fs from 'node:fs';

import { t } from '../i18n';
import { exportStrings } from '../i18n/export';
import { cardStrings } from '../i18n/cards';
import { renderComparisonChartPng, type ChartEstimate } from '../cards/chart';
import type { Range } from '../cost/types';
import { money, sourceText, type ExportModel } from './model';
import type { ExportOptions } from './share-token';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FONTS = { regular: `${FONT_DIR}/DejaVuSans.ttf`, bold: `${FONT_DIR}/DejaVuSans-Bold.ttf` };

const INK = '#0f172a';
const SUBTLE = '#475569';
const ACCENT = '#0b3b75';
const RULE = '#cbd5e1';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 42;
const CONTENT = A4.width - 2 * MARGIN;
const BOTTOM = A4.height - MARGIN - 28; // room for the footer

/**
 * The first sentence of an assumption's reason (where the figure comes from), so a large scenario
 * still fits two pages; the share page and the chat show the whole reason.
 */
export function firstSentence(text: string): string {
  const m = /^(.{40,}?[.;])\s(?=[A-Z(‘'"])/.exec(text);
  return m ? m[1]!.replace(/;$/, '.') : text;
}

export type PdfInput = { model: ExportModel; chart?: ChartEstimate; options: ExportOptions; shareUrl?: string };

export function fontsAvailable(): boolean {
  return fs.existsSync(FONTS.regular) && fs.existsSync(FONTS.bold);
}

export async function estimatePdf({ model, chart, options }: PdfInput): Promise<Buffer> {
  // pdfkit (about 11 MB of RSS with its font tables) loads on the first download, not with the server
  const { default: PDFDocument } = await import('pdfkit');
  const lang = options.lang;
  const x = (key: keyof (typeof exportStrings)['en'], params?: Record<string, string | number>) => t(exportStrings, lang, key, params);
  const m = (n: number) => money(n, options);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    info: { Title: `${model.title}: ${model.scenarioText}`, Author: 'Contact Center Cost Advisor', Subject: model.meta },
    lang: lang === 'id' ? 'id-ID' : 'en-GB',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('body', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);

  const ensure = (height: number) => {
    if (doc.y + height > BOTTOM) {
      doc.addPage();
      doc.y = MARGIN;
    }
  };
  const heading = (text: string) => {
    ensure(40);
    doc.moveDown(0.6);
    doc.font('bold').fontSize(11.5).fillColor(ACCENT).text(text, MARGIN, doc.y, { width: CONTENT });
    doc.moveDown(0.25);
  };
  const rule = (y: number) => doc.moveTo(MARGIN, y).lineTo(MARGIN + CONTENT, y).lineWidth(0.5).strokeColor(RULE).stroke();

  /** A table row: the first cell wraps, the others are right-aligned amounts. */
  const tableRow = (cells: string[], widths: number[], opts: { bold?: boolean; sub?: string; color?: string } = {}) => {
    doc.font(opts.bold ? 'bold' : 'body').fontSize(9);
    const firstHeight = doc.heightOfString(cells[0]!, { width: widths[0]! - 6 });
    const subHeight = opts.sub ? doc.font('body').fontSize(7.5).heightOfString(opts.sub, { width: widths[0]! - 6 }) : 0;
    const height = Math.max(firstHeight + subHeight, 11) + 5;
    ensure(height);
    const y = doc.y;
    let cx = MARGIN;
    cells.forEach((cell, i) => {
      doc.font(opts.bold ? 'bold' : 'body').fontSize(9).fillColor(opts.color ?? INK);
      // an amount stays on one line: rupiah figures ("Rp 60.654.231.000") get a smaller size, never a wrap
      if (i > 0) for (let size = 8.5; size >= 6 && doc.widthOfString(cell) > widths[i]! - 6; size -= 0.5) doc.fontSize(size);
      doc.text(cell, i === 0 ? cx : cx, y, { width: widths[i]! - 6, align: i === 0 ? 'left' : 'right', lineBreak: i === 0 });
      cx += widths[i]!;
    });
    if (opts.sub) doc.font('body').fontSize(7.5).fillColor(SUBTLE).text(opts.sub, MARGIN, y + firstHeight, { width: widths[0]! - 6 });
    doc.y = y + height;
    doc.x = MARGIN;
  };
  const rangeCells = (r: Range) => [m(r.low), m(r.typical), m(r.high)];

  // Title block
  doc.font('bold').fontSize(17).fillColor(ACCENT).text(model.title, MARGIN, MARGIN, { width: CONTENT });
  doc.font('body').fontSize(11).fillColor(INK).text(model.scenarioText, { width: CONTENT });
  doc.font('body').fontSize(8).fillColor(SUBTLE).text(model.meta, { width: CONTENT });
  doc.font('body').fontSize(8).fillColor(SUBTLE).text(model.currencyNote, { width: CONTENT });
  doc.moveDown(0.5);

  // Headline: the typical monthly cost
  const monthly = model.totals[0]!;
  const boxY = doc.y;
  doc.roundedRect(MARGIN, boxY, CONTENT, 46, 6).fillColor('#eef3fb').fill();
  doc.font('body').fontSize(8.5).fillColor(SUBTLE).text(t(cardStrings, lang, 'typicalPerMonth'), MARGIN + 12, boxY + 7);
  doc.font('bold').fontSize(18).fillColor(ACCENT).text(m(monthly.range.typical), MARGIN + 12, boxY + 19, { continued: false });
  doc
    .font('body')
    .fontSize(9)
    .fillColor(SUBTLE)
    .text(t(cardStrings, lang, 'range', { low: m(monthly.range.low), high: m(monthly.range.high) }), MARGIN + 200, boxY + 25, { width: CONTENT - 212, align: 'right' });
  doc.y = boxY + 54;
  doc.x = MARGIN;

  // Scenario facts, two columns
  heading(x('scenarioHeader'));
  for (const f of model.scenarioFacts) {
    ensure(14);
    const y = doc.y;
    doc.font('bold').fontSize(9).fillColor(INK).text(f.label, MARGIN, y, { width: 120 });
    doc.font('body').fontSize(9).fillColor(INK).text(f.value, MARGIN + 124, y, { width: CONTENT - 124 });
    doc.x = MARGIN;
  }

  // Line items
  const widths = [CONTENT - 3 * 88, 88, 88, 88];
  const header = (title: string) => {
    ensure(60);
    heading(title);
    tableRow([x('colItem'), x('colLow'), x('colTypical'), x('colHigh')], widths, { bold: true, color: SUBTLE });
    rule(doc.y - 2);
  };
  const detail = (r: ExportModel['rows'][number]) => {
    const qty = r.quantity !== null && !r.usageOnly ? `${r.quantity.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US')} × ` : '';
    return `${qty}${m(r.unitPrice)} ${r.unit} · ${sourceText(r, lang)}`;
  };
  header(x('lineItemsHeader'));
  for (const r of model.rows.filter((r) => r.kind === 'monthly')) {
    const label = r.label + (r.assumption ? ' *' : '');
    if (r.usageOnly) tableRow([label, '', x('usageOnly'), ''], widths, { sub: detail(r) });
    else if (r.amount.high === 0) tableRow([label, '', t(cardStrings, lang, 'includedInLicence'), ''], widths, { sub: detail(r) });
    else tableRow([label, ...rangeCells(r.amount)], widths, { sub: detail(r) });
  }
  const oneTime = model.rows.filter((r) => r.kind === 'oneTime');
  if (oneTime.length) {
    header(x('oneTimeHeader'));
    for (const r of oneTime) tableRow([r.label + (r.assumption ? ' *' : ''), ...rangeCells(r.amount)], widths, { sub: detail(r) });
  }

  heading(x('totalsHeader'));
  tableRow(['', x('colLow'), x('colTypical'), x('colHigh')], widths, { bold: true, color: SUBTLE });
  rule(doc.y - 2);
  for (const total of model.totals) tableRow([total.label, ...rangeCells(total.range)], widths, { bold: total === monthly });

  // Comparison: chart and table
  heading(x('comparisonHeader'));
  if (chart) {
    try {
      const png = renderComparisonChartPng(chart, lang);
      const w = 300;
      const h = (w * 300) / 480;
      ensure(h + 6);
      doc.image(png, MARGIN + (CONTENT - w) / 2, doc.y, { width: w, height: h });
      doc.y += h + 6;
    } catch {
      // the table below carries the same figures
    }
  }
  const cw = [CONTENT - 3 * 100, 100, 100, 100];
  // The header with its rows, never a header alone at the foot of a page.
  ensure(16 + model.comparison.length * 26);
  tableRow([t(cardStrings, lang, 'colDeployment'), t(cardStrings, lang, 'colUpfront'), t(cardStrings, lang, 'colMonthly'), t(cardStrings, lang, 'colTco', { years: model.years })], cw, { bold: true, color: SUBTLE });
  rule(doc.y - 2);
  for (const c of model.comparison) {
    tableRow([c.deployment + (c.selected ? ' ◀' : ''), m(c.oneTime), m(c.monthly), m(c.tco.typical)], cw, {
      sub: t(cardStrings, lang, 'range', { low: m(c.tco.low), high: m(c.tco.high) }),
      bold: c.selected,
    });
  }

  // Assumptions with their reasons
  if (model.assumptions.length) {
    heading(x('assumptionsHeader'));
    doc.font('body').fontSize(7.5).fillColor(SUBTLE).text(x('assumptionMark'), { width: CONTENT });
    doc.moveDown(0.2);
    // Two columns, filled left then right, page by page.
    const gap = 14;
    const colW = (CONTENT - gap) / 2;
    let top = doc.y;
    let col = 0;
    let y = top;
    doc.font('body').fontSize(7);
    for (const a of model.assumptions) {
      const text = `• ${a.label}: ${a.value} — ${firstSentence(a.reason)}`;
      const h = doc.heightOfString(text, { width: colW, lineGap: -0.5 }) + 2;
      if (y + h > BOTTOM) {
        if (col === 0) {
          col = 1;
          y = top;
        } else {
          doc.addPage();
          top = MARGIN;
          col = 0;
          y = top;
        }
      }
      doc.fillColor(INK).text(text, MARGIN + col * (colW + gap), y, { width: colW, lineGap: -0.5 });
      y += h;
    }
    doc.x = MARGIN;
  }

  // Footer on every page: disclaimer and page number
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = A4.height - MARGIN - 14;
    doc.font('body').fontSize(7).fillColor(SUBTLE);
    doc.text(model.disclaimer, MARGIN, y, { width: CONTENT - 80, lineBreak: false, height: 10, ellipsis: true });
    doc.text(x('page', { page: i + 1, pages: range.count }), MARGIN + CONTENT - 80, y, { width: 80, align: 'right', lineBreak: false });
  }
  doc.end();
  return done;
}

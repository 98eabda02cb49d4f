/**
 * The estimate as CSV for spreadsheet programs: UTF-8 with a byte-order mark (Excel reads it as
 * UTF-8 then), CRLF line ends, every cell quoted, one line per item, then the totals. Headers and
 * labels are in the conversation's language. A cell that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) is prefixed with ' — amounts are written as
 * plain numbers, so only text cells can start that way.
 */
import { t } from '../i18n';
import { exportStrings } from '../i18n/export';
import { convert, type Currency } from '../i18n/money';
import type { ExportModel } from './model';
import { sourceText } from './model';
import type { ExportOptions } from './share-token';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '""';
  let text = typeof value === 'number' ? String(Math.round(value * 100) / 100) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function estimateCsv(model: ExportModel, options: ExportOptions): string {
  const x = (key: keyof (typeof exportStrings)['en']) => t(exportStrings, options.lang, key);
  const header = [x('colKind'), x('colItem'), x('colQuantity'), x('colUnit'), x('colUnitPrice'), x('colLow'), x('colTypical'), x('colHigh'), x('colCurrency'), x('colSource')];
  const lines: (string | number | null)[][] = [header];
  // the model is in US dollars; the file holds the amounts in the currency it names
  const c = (usd: number) => convert(usd, model.currency as Currency);
  for (const r of model.rows) {
    lines.push([
      x(r.kind === 'monthly' ? 'kindMonthly' : 'kindOneTime'),
      r.label + (r.assumption ? ' *' : ''),
      r.quantity,
      r.unit,
      c(r.unitPrice),
      r.usageOnly ? null : c(r.amount.low),
      r.usageOnly ? x('usageOnly') : c(r.amount.typical),
      r.usageOnly ? null : c(r.amount.high),
      model.currency,
      sourceText(r, options.lang),
    ]);
  }
  for (const total of model.totals) {
    lines.push([x('kindTotal'), total.label, null, null, null, c(total.range.low), c(total.range.typical), c(total.range.high), model.currency, null]);
  }
  lines.push([null, model.currencyNote, null, null, null, null, null, null, null, null]);
  return '\ufeff' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

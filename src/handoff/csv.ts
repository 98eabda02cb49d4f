/**
 * CSV export for spreadsheets (OWASP "CSV injection"). A spreadsheet may split the file on ","
 * or, outside the US, on ";" or tab, and honours quotes only at the start of a cell, so:
 * - a cell a spreadsheet would run as a formula (= + - @, tab or carriage return first, also
 *   after leading spaces or quotes, and the full-width forms) gets a leading apostrophe;
 * - the same inside a cell wherever a ",", ";", tab or line break is followed by a formula
 *   character: read with another delimiter, that is where a cell would start;
 * - every cell holding a comma, a semicolon, a tab, a quote or a line break is quoted (RFC 4180).
 */
const FORMULA_START = /^[\s\u00a0"]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const FORMULA_AFTER_SPLIT = /([,;\t\r\n][\s\u00a0"]*)(?=[=+\-@\uff1d\uff0b\uff0d\uff20])/g;
const NEEDS_QUOTES = /[",;\t\r\n]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string') {
    text = text.replace(FORMULA_AFTER_SPLIT, "$1'");
    if (FORMULA_START.test(text)) text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

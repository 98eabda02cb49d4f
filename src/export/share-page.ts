/**
 * The read-only page a share link opens, and the page an expired or altered link gets. Static HTML
 * with one nonce'd style and no script (the chart is a PNG data URI); every text is escaped.
 */
import { t, type Lang } from '../i18n';
import { exportStrings, type ExportKey } from '../i18n/export';
import { cardStrings } from '../i18n/cards';
import { money, sourceText, formatDate, type ExportModel } from './model';
import type { ExportLinks, ExportOptions } from './share-token';

function escapeHtml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#0f172a;background:#f4f6fa;margin:0}
main{max-width:52rem;margin:0 auto;padding:1.5rem 1.25rem 3rem;background:#fff;min-height:100vh}
h1{color:#0b3b75;font-size:1.5rem;margin:.2rem 0}h2{color:#0b3b75;font-size:1.1rem;margin:1.6rem 0 .4rem}
.sub{color:#475569;font-size:.85rem;margin:.2rem 0}.headline{background:#eef3fb;border-radius:10px;padding:.8rem 1rem;margin:1rem 0;display:flex;justify-content:space-between;align-items:baseline;flex-wrap:wrap;gap:.5rem}
.headline strong{font-size:2rem;color:#0b3b75}.actions{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}
.actions a{display:inline-block;padding:.55rem 1rem;border-radius:999px;border:1px solid #0b5cad;color:#0b5cad;text-decoration:none;font-weight:600}
.actions a.primary{background:#0b5cad;color:#fff}table{width:100%;border-collapse:collapse;font-size:.9rem}
th{text-align:right;color:#475569;font-weight:600;border-bottom:1px solid #cbd5e1;padding:.3rem .4rem}th:first-child,td:first-child{text-align:left}
td{text-align:right;padding:.35rem .4rem;border-bottom:1px solid #eef2f7;vertical-align:top}td small{display:block;color:#64748b;font-size:.78rem}
tr.strong td{font-weight:700}dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0}dt{font-weight:600}dd{margin:0}
img{max-width:100%;height:auto;display:block;margin:.5rem auto}ul{padding-left:1.2rem;font-size:.88rem}li{margin:.25rem 0}
nav{font-size:.9rem;display:flex;gap:1rem}nav a{color:#0b5cad}footer{color:#64748b;font-size:.8rem;margin-top:2rem}`;

function page(lang: Lang, nonce: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export type SharePageInput = {
  model: ExportModel;
  options: ExportOptions;
  links: ExportLinks;
  /** Where "continue in chat" goes: the chat page with this scenario. */
  chatUrl: string;
  /** The same page in the other language. */
  otherLanguageUrl: string;
  expiresAt: number;
  /** PNG data URI of the comparison chart, when it could be drawn. */
  chart?: string;
};

export function sharePageHtml(input: SharePageInput, nonce: string): string {
  const { model, options, links } = input;
  const lang = options.lang;
  const x = (key: ExportKey, params?: Record<string, string | number>) => escapeHtml(t(exportStrings, lang, key, params));
  const c = (key: keyof (typeof cardStrings)['en'], params?: Record<string, string | number>) => escapeHtml(t(cardStrings, lang, key, params));
  const m = (n: number) => escapeHtml(money(n, options));
  const monthly = model.totals[0]!;
  const row = (cells: string[], sub?: string, strong = false) =>
    `<tr${strong ? ' class="strong"' : ''}>${cells.map((cell, i) => `<td>${cell}${i === 0 && sub ? `<small>${sub}</small>` : ''}</td>`).join('')}</tr>`;
  const detail = (r: ExportModel['rows'][number]) =>
    escapeHtml(`${r.quantity !== null && !r.usageOnly ? `${r.quantity.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US')} × ` : ''}${money(r.unitPrice, options)} ${r.unit} · ${sourceText(r, lang)}`);
  const itemRows = (kind: 'monthly' | 'oneTime') =>
    model.rows
      .filter((r) => r.kind === kind)
      .map((r) => {
        const label = escapeHtml(r.label + (r.assumption ? ' *' : ''));
        if (r.usageOnly) return row([label, '', x('usageOnly'), ''], detail(r));
        if (r.amount.high === 0) return row([label, '', c('includedInLicence'), ''], detail(r));
        return row([label, m(r.amount.low), m(r.amount.typical), m(r.amount.high)], detail(r));
      })
      .join('\n');
  const head = `<thead><tr><th>${x('colItem')}</th><th>${x('colLow')}</th><th>${x('colTypical')}</th><th>${x('colHigh')}</th></tr></thead>`;
  const oneTime = model.rows.some((r) => r.kind === 'oneTime');
  const body = `<nav><a href="${escapeHtml(input.otherLanguageUrl)}" hreflang="${lang === 'en' ? 'id' : 'en'}">${x('shareOtherLanguage')}</a></nav>
<p class="sub">${x('shareTitle')}</p>
<h1>${escapeHtml(model.title)}</h1>
<p>${escapeHtml(model.scenarioText)}</p>
<p class="sub">${escapeHtml(model.meta)}</p>
<p class="sub">${escapeHtml(model.currencyNote)}</p>
<div class="headline" id="headline"><span><span class="sub">${c('typicalPerMonth')}</span><br><strong id="monthly-total">${m(monthly.range.typical)}</strong></span><span class="sub">${c('range', { low: money(monthly.range.low, options), high: money(monthly.range.high, options) })}</span></div>
<div class="actions"><a class="primary" href="${escapeHtml(input.chatUrl)}">${x('shareContinue')}</a><a href="${escapeHtml(links.pdf)}" download>${x('actionPdf')}</a><a href="${escapeHtml(links.csv)}" download>${x('actionCsv')}</a></div>
<h2>${x('scenarioHeader')}</h2>
<dl>${model.scenarioFacts.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join('')}</dl>
<h2>${x('lineItemsHeader')}</h2>
<table id="line-items">${head}<tbody>
${itemRows('monthly')}
</tbody></table>
${oneTime ? `<h2>${x('oneTimeHeader')}</h2><table>${head}<tbody>\n${itemRows('oneTime')}\n</tbody></table>` : ''}
<h2>${x('totalsHeader')}</h2>
<table id="totals"><thead><tr><th></th><th>${x('colLow')}</th><th>${x('colTypical')}</th><th>${x('colHigh')}</th></tr></thead><tbody>
${model.totals.map((tot, i) => row([escapeHtml(tot.label), m(tot.range.low), m(tot.range.typical), m(tot.range.high)], undefined, i === 0)).join('\n')}
</tbody></table>
<h2>${x('comparisonHeader')}</h2>
${input.chart ? `<img src="${input.chart}" width="600" height="375" alt="${c('chartAlt', { years: model.years })}">` : ''}
<table><thead><tr><th>${c('colDeployment')}</th><th>${c('colUpfront')}</th><th>${c('colMonthly')}</th><th>${c('colTco', { years: model.years })}</th></tr></thead><tbody>
${model.comparison.map((d) => row([escapeHtml(d.deployment + (d.selected ? ' ◀' : '')), m(d.oneTime), m(d.monthly), m(d.tco.typical)], c('range', { low: money(d.tco.low, options), high: money(d.tco.high, options) }), d.selected)).join('\n')}
</tbody></table>
${model.assumptions.length ? `<h2>${x('assumptionsHeader')}</h2><p class="sub">${x('assumptionMark')}</p><ul>${model.assumptions.map((a) => `<li><strong>${escapeHtml(a.label)}</strong>: ${escapeHtml(a.value)} — ${escapeHtml(a.reason)}</li>`).join('')}</ul>` : ''}
<footer><p>${escapeHtml(model.disclaimer)}</p><p>${x('shareReadOnly')} ${x('shareValidUntil', { date: formatDate(new Date(input.expiresAt), lang) })}</p></footer>`;
  return page(lang, nonce, `${model.title}: ${model.scenarioText}`, body);
}

/** The page of a link that does not open: altered (404) or past its date (410). */
export function linkErrorHtml(reason: 'invalid' | 'expired', lang: Lang, nonce: string): string {
  const x = (key: ExportKey) => escapeHtml(t(exportStrings, lang, key));
  const [title, text] = reason === 'expired' ? (['linkExpiredTitle', 'linkExpiredBody'] as const) : (['linkInvalidTitle', 'linkInvalidBody'] as const);
  return page(lang, nonce, t(exportStrings, lang, title), `<h1>${x(title)}</h1>\n<p>${x(text)}</p>\n<div class="actions"><a class="primary" href="/">${x('startChat')}</a></div>`);
}

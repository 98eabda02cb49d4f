/**
 * Exports of an estimate: links (signed tokens), the PDF, the CSV and the share page, all priced
 * from the scenario with the running catalog. No Bot Framework and no HTTP server here: the routes
 * are in src/http/export-routes.ts, the email in src/export/mailer.ts.
 */
import type { Catalog } from '../cost/catalog';
import { estimate as priceScenario } from '../cost/estimate';
import type { Scenario } from '../cost/scenario';
import type { Estimate } from '../cost/types';
import { estimateCsv } from './csv';
import { exportModel, type ExportModel } from './model';
import { estimatePdf } from './pdf';
import { ShareLinkSigner, exportLinks, type ExportLinks, type ExportOptions, type OpenResult } from './share-token';

export { ShareLinkSigner, type ExportLinks, type ExportOptions, type OpenResult } from './share-token';

export type Exporter = {
  /** Days a link works. */
  readonly ttlDays: number;
  links(scenario: Scenario, options: ExportOptions): ExportLinks;
  open(token: string, now?: number): OpenResult;
  price(scenario: Scenario): Estimate;
  model(e: Estimate, options: ExportOptions, now?: Date): ExportModel;
  pdf(e: Estimate, options: ExportOptions, now?: Date): Promise<Buffer>;
  csv(e: Estimate, options: ExportOptions, now?: Date): string;
};

export type ExporterOptions = {
  /** The key links are signed with (derived again inside); shared by every instance that must open them. */
  secret: string | Buffer;
  ttlDays: number;
  catalog: Catalog;
  /** The public base URL links start with (PUBLIC_URL, or the address the server listens on). */
  baseUrl: () => string;
};

export function createExporter(o: ExporterOptions): Exporter {
  const signer = new ShareLinkSigner(o.secret, o.ttlDays * 86_400_000);
  const model = (e: Estimate, options: ExportOptions, now = new Date()) => exportModel(e, o.catalog, options, now);
  return {
    ttlDays: o.ttlDays,
    links: (scenario, options) => exportLinks(signer, o.baseUrl(), scenario, options),
    open: (token, now) => signer.open(token, now),
    price: (scenario) => priceScenario(scenario, o.catalog),
    model,
    pdf: (e, options, now) => estimatePdf({ model: model(e, options, now), chart: e, options }),
    csv: (e, options, now) => estimateCsv(model(e, options, now), options),
  };
}

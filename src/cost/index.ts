export * from './catalog';
export * from './scenario';
export * from './types';
export { estimate, estimateParsed } from './estimate';
export { diffEstimates, type EstimateDiff, type LineDiff } from './diff';
export { erlangC, erlangCProbability, type ErlangInput, type ErlangResult } from './erlang';
export { renderTable, type RenderOptions } from './format';
export { lineLabel, lineLabelPair, deploymentLabel, tierLabel, unitLabel } from './labels';
export { priceBook } from './pricebook';

/**
 * restify 11 requires spdy, which requires http-deceiver, which calls
 * process.binding('http_parser') as it loads: Node prints DEP0111 twice on every start, about
 * code this service never runs (no HTTP/2 here) and cannot change. Exactly that warning is
 * dropped while the modules load; every other warning, and any later DEP0111, still prints.
 *
 * Import this module before anything that loads restify, and call `restoreWarnings()` once the
 * imports are done.
 */
const emitWarning = process.emitWarning;

function isHttpParserBinding(warning: unknown, rest: unknown[]): boolean {
  const message = typeof warning === 'string' ? warning : warning instanceof Error ? warning.message : '';
  const options = rest[0];
  const code = typeof options === 'object' && options !== null ? (options as { code?: unknown }).code : rest[1];
  return code === 'DEP0111' && message.includes("process.binding('http_parser')");
}

process.emitWarning = function (this: NodeJS.Process, warning: string | Error, ...rest: unknown[]) {
  if (isHttpParserBinding(warning, rest)) return;
  return (emitWarning as (...args: unknown[]) => void).call(this, warning, ...rest);
} as typeof process.emitWarning;

export function restoreWarnings(): void {
  process.emitWarning = emitWarning;
}

/**
 * The service as it ships: the build of src/index.ts, started with plain `node` exactly as
 * `npm start` does (`exec node dist/index.js`). vitest's global setup rebuilds dist/ when a
 * source changed, so these tests never run stale code.
 */
import path from 'node:path';

export const BUILT_SERVER = path.resolve('dist/index.js');

/** Arguments for `spawn(process.execPath, …)`. */
export function builtServerArgs(nodeFlags: string[] = []): string[] {
  return [...nodeFlags, BUILT_SERVER];
}

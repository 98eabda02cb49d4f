/**
 * Tests that start the service as a process run the build in dist/, as `npm start` does; build it
 * first when a source changed since the last build (a no-op otherwise, ~0.1 s).
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
}

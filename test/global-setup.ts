/**
 * Tests that start the service as a process run the build in dist/, as `npm start` does; build it
 * first when a source changed since the last build (a no-op otherwise, ~0.1 s).
 *
 * Then the understanding model is trained once, here, into its cache (MODEL_CACHE_DIR or the temp folder), before any
 * worker or service process starts: otherwise the first in-process test file and the first service a browser test
 * starts could both train it at once on a 2-core machine, and the browser test's first reply missed its 15 s wait.
 */
import { execFileSync } from 'node:child_process';
import { createRetriever } from '../src/answers/retriever';
import { productionModel } from '../src/nlu/model';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
  productionModel(createRetriever());
}

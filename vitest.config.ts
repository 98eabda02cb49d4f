import { configDefaults, defineConfig } from 'vitest/config';

// Files that only call the domain and the dialogs in process (no child processes, servers, mocks or environment
// changes) share one module graph per worker: the interpreter, its model and the knowledge index load once per worker
// instead of once per file, which was most of the suite's time.
const SHARED = [
  'test/conversations/**/*.test.ts',
  'test/conversation/**/*.test.ts',
  'test/nlu/**/*.test.ts',
  'test/answers/**/*.test.ts',
  'test/i18n/**/*.test.ts',
  'test/cards/**/*.test.ts',
  'test/cost/**/*.test.ts',
];
// (in those folders, but they start the command-line programs as processes)
const OWN_PROCESS = ['test/cost/cli.test.ts', 'test/cost/estimate-json.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'shared', include: SHARED, exclude: [...configDefaults.exclude, ...OWN_PROCESS], isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SHARED] } },
      { extends: true, test: { name: 'own-process', include: OWN_PROCESS } },
    ],
  },
});

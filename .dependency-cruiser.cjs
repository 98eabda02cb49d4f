/**
 * The layer rules of the advisor, checked by `npm run check:layers` (part of `npm test`):
 *
 *   channel → src/bot (the only Bot Framework code) → src/nlu (interpret) → src/conversation (decide)
 *           → src/cost, src/answers (the domain) ; src/cards + src/i18n render
 *
 * The domain and the decision never import the SDK or the HTTP server; the decision renders no words;
 * the understanding step knows nothing of the decision; nothing in src/ reaches into tests or evals.
 */
const SDK = '(^|/)(node_modules/)?(botbuilder|botbuilder-core|botbuilder-dialogs|botframework-connector|botframework-schema|restify)(/|$)';

module.exports = {
  forbidden: [
    {
      name: 'domain-without-sdk',
      comment: 'The cost engine, the retriever, interpretation and decision are plain TypeScript: no Bot Framework, no restify.',
      severity: 'error',
      from: { path: '^src/(cost|answers|nlu|conversation)/' },
      to: { path: SDK },
    },
    {
      name: 'domain-without-adapters',
      comment: 'The domain does not know the channel adapter, the server, the chat page, storage or the handoff plumbing.',
      severity: 'error',
      from: { path: '^src/(cost|answers|nlu|conversation)/' },
      to: { path: '^src/(bot|server|app|index|webchat|storage|http)(/|\\.ts$)' },
    },
    {
      name: 'decision-renders-no-words',
      comment: 'decide() returns string-table keys and values; only the renderer turns them into sentences. Type imports (the key names) are fine.',
      severity: 'error',
      from: { path: '^src/conversation/' },
      to: { path: '^src/(i18n|cards)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'understanding-does-not-decide',
      comment: 'interpret() reads words into commands; it does not know what the advisor does with them.',
      severity: 'error',
      from: { path: '^src/nlu/' },
      to: { path: '^src/conversation/' },
    },
    {
      name: 'engine-does-no-io-or-words',
      comment: 'Pricing is arithmetic over a parsed catalog: the loaders (catalog.ts, staffing.ts) read files, the engine does not.',
      severity: 'error',
      from: { path: '^src/cost/', pathNot: '^src/cost/(catalog|staffing|format|labels|currency)\\.ts$' },
      to: { path: '^(node:)?(fs|net|http|https|child_process)$' },
    },
    {
      name: 'export-without-sdk-or-server',
      comment: 'The PDF, CSV, share page, links and email are built from an estimate: no Bot Framework, no HTTP server, no chat page, no storage. Routes live in src/http/.',
      severity: 'error',
      from: { path: '^src/export/' },
      to: { path: [SDK, '^src/(bot|server|app|index|webchat|storage|http)(/|\\.ts$)'] },
    },
    {
      name: 'no-tests-or-evals-in-src',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|eval|bench)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};

/**
 * `npm run eval:conversations [-- --set ci|heldout] [--failures]`
 *
 * Pass rate of whole conversations through the real server over HTTP, per language and class.
 * - ci: test/conversations/corpus/conversations.json, the set CI runs; failures may be listed.
 * - heldout: eval/conversations/heldout.json, written independently and never tuned on: only the
 *   pass rates are printed (--failures is refused for it).
 */
import path from 'node:path';
import { ChannelRecorder, startApp } from '../test/e2e/harness';
import { loadConversations, runConversation, type ConversationResult } from '../test/conversations/corpus-runner';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const set = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'ci';
  const showFailures = args.includes('--failures');
  if (set !== 'ci' && set !== 'heldout') throw new Error('--set must be ci or heldout');
  if (set === 'heldout' && showFailures) {
    console.error('--failures is only available for the ci set: the held-out set is report-only (eval/conversations/README.md).');
    process.exit(2);
  }
  const file = set === 'ci' ? path.join(__dirname, '../test/conversations/corpus/conversations.json') : path.join(__dirname, 'conversations/heldout.json');
  const conversations = loadConversations(file);
  const recorder = await new ChannelRecorder().start();
  const app = await startApp({}, { rateLimits: { perConversation: { limit: 1_000, windowMs: 60_000 } } });
  const results: ConversationResult[] = [];
  try {
    for (const conv of conversations) results.push(await runConversation(app, recorder, conv));
  } finally {
    await app.close();
    await recorder.stop();
  }
  const rate = (rs: ConversationResult[]) => `${rs.filter((r) => r.failures.length === 0).length}/${rs.length} (${((100 * rs.filter((r) => r.failures.length === 0).length) / Math.max(rs.length, 1)).toFixed(0)}%)`;
  console.log(`${set}: ${rate(results)} conversations pass — en ${rate(results.filter((r) => r.lang === 'en'))}, id ${rate(results.filter((r) => r.lang === 'id'))}`);
  const classes = [...new Set(results.map((r) => r.class))].sort();
  for (const c of classes) console.log(`  ${c.padEnd(20)} ${rate(results.filter((r) => r.class === c))}`);
  if (showFailures) for (const r of results) for (const f of r.failures) console.log(`[${r.id}] ${f}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

import { it } from 'vitest';
import { createHarness } from './conversation/harness';
const runs: [string, string[]][] = JSON.parse(process.env.PROBE ?? '[]');
it('probe', async () => {
  for (const [locale, msgs] of runs) {
    const h = await createHarness('test', locale as never);
    console.log('=====');
    for (const m of msgs) { const out = await h.say(m); console.log('USER: ' + m + '\n' + out.join('\n---\n').slice(0, 1500)); }
  }
}, 120000);

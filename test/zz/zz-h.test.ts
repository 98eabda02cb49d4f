import { it } from 'vitest';
import { createHarness } from '../conversation/harness';
it('probe', async () => {
  const h = await createHarness('test', process.env.LOC ?? 'en-US');
  for (const m of JSON.parse(process.env.MSGS ?? '[]') as string[]) {
    console.log('>>> ' + m);
    const r = (await h.say(m)).join("\n");
    console.log(r);
  }
  await h.close();
}, 300000);

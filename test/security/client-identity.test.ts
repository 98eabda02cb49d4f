/**
 * Issue #12 item 6: behind TRUST_PROXY the client is the X-Forwarded-For entry the trusted proxy
 * added (counted from the right), not the first entry, which the client writes itself. Before,
 * a client that put a new address first on every request, or changed the conversation id, was
 * never limited on /api/messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientIp } from '../../src/webchat/http';
import { loadConfig } from '../../src/config';
import { activity, postActivity, startOn, type Started } from './helpers';

type Case = { hops: number | boolean; peer: string; xff?: string; want: string };

const req = (c: Case) => ({ socket: { remoteAddress: c.peer }, headers: c.xff === undefined ? {} : { 'x-forwarded-for': c.xff } }) as never;

describe('clientIp', () => {
  it.each<Case>([
    { hops: 0, peer: '10.0.0.1', xff: '1.2.3.4', want: '10.0.0.1' },
    { hops: false, peer: '::ffff:10.0.0.1', xff: '1.2.3.4', want: '10.0.0.1' },
    { hops: 1, peer: '10.0.0.1', xff: '203.0.113.9', want: '203.0.113.9' },
    { hops: true, peer: '10.0.0.1', xff: '6.6.6.6, 203.0.113.9', want: '203.0.113.9' },
    { hops: 1, peer: '10.0.0.1', xff: 'spoof, also-spoof,203.0.113.9', want: '203.0.113.9' },
    { hops: 2, peer: '10.0.0.1', xff: '6.6.6.6, 203.0.113.9, 10.0.0.2', want: '203.0.113.9' },
    // Fewer entries than proxies: the leftmost there is (the request skipped a proxy).
    { hops: 2, peer: '10.0.0.1', xff: '203.0.113.9', want: '203.0.113.9' },
    { hops: 1, peer: '10.0.0.1', want: '10.0.0.1' },
    { hops: 1, peer: '10.0.0.1', xff: '[2001:db8::1]:4711', want: '2001:db8::1' },
    { hops: 1, peer: '10.0.0.1', xff: '203.0.113.9:4711', want: '203.0.113.9' },
  ])('hops $hops, peer $peer, X-Forwarded-For "$xff" → $want', (c) => {
    expect(clientIp(req(c), c.hops)).toBe(c.want);
  });

  it('TRUST_PROXY parses true, false and hop counts, and refuses the rest with one line', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' } as never).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'false' } as never).TRUST_PROXY).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '2' } as never).TRUST_PROXY).toBe(2);
    expect(loadConfig({} as never).TRUST_PROXY).toBe(0);
    expect(() => loadConfig({ TRUST_PROXY: 'maybe' } as never)).toThrow(/TRUST_PROXY must be false, true \(one proxy\) or the number of trusted proxies/);
  });
});

describe('per-client limit on /api/messages behind a trusted proxy', () => {
  let s: Started;
  beforeAll(async () => {
    // Authenticated mode: any client may reach the route (and is answered 401 after the limits).
    s = await startOn(
      'sqlite',
      { TRUST_PROXY: '1', MicrosoftAppId: '1b2c3d4e-1111-4222-8333-123456789abc', MicrosoftAppPassword: 'not-used' },
      { rateLimits: { perClient: { limit: 5, windowMs: 60_000 } } },
    );
  });
  afterAll(async () => {
    await s?.close();
  });

  it('a client that forges the first X-Forwarded-For entry and changes the conversation id every time is still limited', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await postActivity(s.app.url, activity('https://smba.trafficmanager.net/teams', `conv-${i}`, 'hi'), {
        'X-Forwarded-For': `10.${i}.${i}.${i}, 203.0.113.77`,
      });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    // The proxy's entry for another client is another bucket.
    const other = await postActivity(s.app.url, activity('https://smba.trafficmanager.net/teams', 'conv-x', 'hi'), {
      'X-Forwarded-For': '203.0.113.78',
    });
    expect(other.status).toBe(401);
  });
});

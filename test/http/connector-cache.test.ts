import { describe, expect, it } from 'vitest';
import {
  CloudAdapter,
  ConfigurationServiceClientCredentialFactory,
  createBotFrameworkAuthenticationFromConfiguration,
  type Activity,
  type TurnContext,
} from 'botbuilder';
import { cachingConnectorAuthentication, LruCache, type BotFrameworkAuthentication } from '../../src/http/connector-cache';

/** Claims as botframework-connector's ClaimsIdentity exposes them. */
const identity = (claims: Record<string, string>) => ({ getClaimValue: (type: string) => claims[type] ?? null });

/** A stand-in authentication that counts what it builds. */
function fakeAuth(opts: { failFirst?: boolean } = {}) {
  const made = { factories: 0, clients: 0, tokenClients: 0, authenticated: 0 };
  let fail = !!opts.failFirst;
  const factory = (appId: string | null) => {
    made.factories++;
    return {
      create: async (serviceUrl: string, audience?: string) => {
        if (fail) {
          fail = false;
          throw new Error('Invalid appId.');
        }
        made.clients++;
        return { appId, serviceUrl, audience, n: made.clients };
      },
    };
  };
  const auth = {
    authenticateRequest: async (_activity: unknown, header: string) => {
      made.authenticated++;
      if (header === 'bad') throw Object.assign(new Error('Unauthorized'), { statusCode: 401 });
      const claims = identity({ aud: header || 'bot-app' });
      return { audience: 'https://api.botframework.com', callerId: 'urn:botframework:azure', claimsIdentity: claims, connectorFactory: factory(header || 'bot-app') };
    },
    authenticateStreamingRequest: async () => ({ audience: 'x', callerId: 'y', claimsIdentity: identity({}) }),
    createConnectorFactory: (claims: { getClaimValue(t: string): string | null }) => factory(claims.getClaimValue('aud')),
    createUserTokenClient: async () => {
      made.tokenClients++;
      return { n: made.tokenClients };
    },
    createBotFrameworkClient: () => 'skills-client',
    getOriginatingAudience: () => 'https://api.botframework.com',
    authenticateChannelRequest: async () => identity({ aud: 'channel' }),
  };
  return { auth: auth as unknown as BotFrameworkAuthentication, made };
}

type Result = { connectorFactory: { create(url: string, audience?: string): Promise<{ serviceUrl: string; n: number }> }; callerId: string };
const turn = async (auth: BotFrameworkAuthentication, serviceUrl: string, header = '') => {
  const r = (await auth.authenticateRequest({} as Activity, header)) as unknown as Result;
  return r.connectorFactory.create(serviceUrl, 'https://api.botframework.com');
};

describe('connector client cache', () => {
  it('two turns to the same serviceUrl reuse one client; another serviceUrl gets its own', async () => {
    const { auth: inner, made } = fakeAuth();
    const auth = cachingConnectorAuthentication(inner);
    const a1 = await turn(auth, 'https://smba.example/amer/');
    const a2 = await turn(auth, 'https://smba.example/amer/');
    const b = await turn(auth, 'https://smba.example/emea/');
    expect(a2).toBe(a1);
    expect(b).not.toBe(a1);
    expect(b.serviceUrl).toBe('https://smba.example/emea/');
    expect(made.clients).toBe(2);
    // every request is still authenticated by the wrapped authentication
    expect(made.authenticated).toBe(3);
  });

  it('clients are per app id and per audience', async () => {
    const { auth: inner, made } = fakeAuth();
    const auth = cachingConnectorAuthentication(inner);
    const a = await turn(auth, 'https://x.example/', 'app-a');
    const b = await turn(auth, 'https://x.example/', 'app-b');
    expect(b).not.toBe(a);
    const r = (await auth.authenticateRequest({} as Activity, 'app-a')) as unknown as Result;
    expect(await r.connectorFactory.create('https://x.example/', 'https://api.botframework.com')).toBe(a);
    expect(await r.connectorFactory.create('https://x.example/', 'https://other.scope')).not.toBe(a);
    expect(made.clients).toBe(3);
  });

  it('holds at most maxClients, dropping the least recently used', async () => {
    const { auth: inner, made } = fakeAuth();
    const auth = cachingConnectorAuthentication(inner, { maxClients: 3 });
    const first = await turn(auth, 'https://s0.example/');
    for (let i = 1; i < 50; i++) await turn(auth, `https://s${i}.example/`);
    expect((auth as unknown as { cachedClients: number }).cachedClients).toBe(3);
    expect(made.clients).toBe(50);
    // the oldest was evicted: a new client is built for it
    const again = await turn(auth, 'https://s0.example/');
    expect(again).not.toBe(first);
    expect(made.clients).toBe(51);
    // a recently used one survives newer entries
    const recent = await turn(auth, 'https://s49.example/');
    await turn(auth, 'https://t1.example/');
    expect(await turn(auth, 'https://s49.example/')).toBe(recent);
  });

  it('the default bound is 64 clients', async () => {
    const { auth: inner } = fakeAuth();
    const auth = cachingConnectorAuthentication(inner);
    for (let i = 0; i < 200; i++) await turn(auth, `https://s${i}.example/`);
    expect((auth as unknown as { cachedClients: number }).cachedClients).toBe(64);
  });

  it('a failed creation is not cached, and a failed authentication passes through unchanged', async () => {
    const { auth: inner, made } = fakeAuth({ failFirst: true });
    const auth = cachingConnectorAuthentication(inner);
    await expect(turn(auth, 'https://x.example/')).rejects.toThrow('Invalid appId.');
    const ok = await turn(auth, 'https://x.example/');
    expect(made.clients).toBe(1);
    expect(await turn(auth, 'https://x.example/')).toBe(ok);
    await expect(auth.authenticateRequest({} as Activity, 'bad')).rejects.toMatchObject({ statusCode: 401 });
  });

  it('createConnectorFactory shares the cache; user token clients are reused per app id; the rest is delegated', async () => {
    const { auth: inner, made } = fakeAuth();
    const auth = cachingConnectorAuthentication(inner);
    const viaRequest = await turn(auth, 'https://x.example/');
    const f = auth.createConnectorFactory(identity({ aud: 'bot-app' }) as never);
    expect(await f.create('https://x.example/', 'https://api.botframework.com')).toBe(viaRequest);
    const t1 = await auth.createUserTokenClient(identity({ aud: 'bot-app' }) as never);
    const t2 = await auth.createUserTokenClient(identity({ aud: 'bot-app' }) as never);
    const t3 = await auth.createUserTokenClient(identity({ aud: 'other' }) as never);
    expect(t2).toBe(t1);
    expect(t3).not.toBe(t1);
    expect(made.tokenClients).toBe(2);
    expect(auth.createBotFrameworkClient()).toBe('skills-client');
    expect(auth.getOriginatingAudience()).toBe('https://api.botframework.com');
    expect(await auth.authenticateChannelRequest('x')).toMatchObject({});
    const streaming = await auth.authenticateStreamingRequest('h', 'c');
    expect(streaming.callerId).toBe('y');
  });

  it('with the real CloudAdapter, turns to the same serviceUrl get the same ConnectorClient', async () => {
    const credentials = new ConfigurationServiceClientCredentialFactory({});
    const adapter = new CloudAdapter(cachingConnectorAuthentication(createBotFrameworkAuthenticationFromConfiguration(null, credentials)));
    const seen: unknown[] = [];
    const tokenClients: unknown[] = [];
    const logic = async (context: TurnContext) => {
      seen.push(context.turnState.get(adapter.ConnectorClientKey));
      tokenClients.push(context.turnState.get(adapter.UserTokenClientKey));
      await context.sendActivity('hi');
    };
    const activity = (serviceUrl: string, n: number): Partial<Activity> => ({
      type: 'message',
      text: 'x',
      id: `a${n}`,
      channelId: 'emulator',
      serviceUrl,
      deliveryMode: 'expectReplies',
      conversation: { id: 'c1' } as Activity['conversation'],
      from: { id: 'u1' } as Activity['from'],
      recipient: { id: 'bot' } as Activity['recipient'],
    });
    const process = (adapter as unknown as { processActivity(h: string, a: Partial<Activity>, l: typeof logic): Promise<{ body: { activities: Activity[] } }> }).processActivity.bind(adapter);
    const r1 = await process('', activity('http://127.0.0.1:9/a', 1), logic);
    await process('', activity('http://127.0.0.1:9/a', 2), logic);
    await process('', activity('http://127.0.0.1:9/b', 3), logic);
    expect(r1.body.activities[0]?.text).toBe('hi');
    expect(seen[0]).toBeTruthy();
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).not.toBe(seen[0]);
    expect(tokenClients[1]).toBe(tokenClients[0]);
  });
});

describe('LruCache', () => {
  it('evicts the least recently used entry', () => {
    const c = new LruCache<number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1);
    c.set('c', 3);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe(1);
    expect(c.size).toBe(2);
    expect(() => new LruCache(0)).toThrow(RangeError);
  });
});

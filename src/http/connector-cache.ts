/**
 * Reuses Bot Framework connector clients across turns.
 *
 * botframework-connector builds a new ConnectorClient (an Azure core-http ServiceClient with its
 * whole request pipeline) and a new UserTokenClient (another ServiceClient) for every incoming
 * activity, although in both modes most replies go back in the HTTP response and the clients are
 * rarely used: that construction was ~5% of the server's CPU per turn (issue #13).
 *
 * A client depends only on the bot's app id (from the claims), the serviceUrl and the audience:
 * ConnectorFactoryImpl.create(serviceUrl, audience) builds it from credentials made by the
 * credential factory for (appId, audience ?? the channel scope) and options fixed when the
 * authentication was configured. Credentials hold no per-turn state (tokens live in
 * AppCredentials' process-wide cache and are refreshed there), so a client made for one turn is
 * the client the next turn with the same key would get. Authentication itself is unchanged: every
 * request is still authenticated by the wrapped BotFrameworkAuthentication before a client is
 * looked up, and a failed creation is never cached.
 *
 * serviceUrls come from outside (each activity names its own), so the cache is a bounded LRU.
 */
import type { CloudAdapter } from 'botbuilder';

export type BotFrameworkAuthentication = ConstructorParameters<typeof CloudAdapter>[0] & object;
type ClaimsIdentity = Parameters<BotFrameworkAuthentication['createConnectorFactory']>[0];
type ConnectorFactory = ReturnType<BotFrameworkAuthentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<BotFrameworkAuthentication['createUserTokenClient']>>;

/** Least recently used entries go first once `max` is reached; a hit moves an entry to the back. */
export class LruCache<V> {
  private readonly map = new Map<string, V>();
  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError('LruCache: max must be a positive integer');
  }
  get size(): number {
    return this.map.size;
  }
  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }
  delete(key: string, value?: V): void {
    if (value === undefined || this.map.get(key) === value) this.map.delete(key);
  }
}

// botframework-connector's AuthenticationConstants.AudienceClaim and AppIdClaim.
const AUDIENCE_CLAIM = 'aud';
const APP_ID_CLAIM = 'appid';

/** The app id the connector's own factory uses (ParameterizedBotFrameworkAuthentication's getAppId). */
export function appIdOf(identity: ClaimsIdentity): string | undefined {
  const id = identity as unknown as { getClaimValue(type: string): string | null };
  return id.getClaimValue(AUDIENCE_CLAIM) ?? id.getClaimValue(APP_ID_CLAIM) ?? undefined;
}

const keyOf = (...parts: (string | undefined)[]) => JSON.stringify(parts.map((p) => p ?? null));

export type ConnectorCacheOptions = {
  /** Connector clients kept (distinct app id × serviceUrl × audience); default 64. */
  maxClients?: number;
  /** User token clients kept (distinct app ids); default 8. */
  maxTokenClients?: number;
};

/**
 * `auth` with connector and user-token clients reused across turns. Every other call (request and
 * channel authentication, skills client, originating audience) goes to `auth` unchanged.
 */
export function cachingConnectorAuthentication(auth: BotFrameworkAuthentication, options: ConnectorCacheOptions = {}): BotFrameworkAuthentication {
  const clients = new LruCache<Promise<ConnectorClient>>(options.maxClients ?? 64);
  const tokenClients = new LruCache<Promise<UserTokenClient>>(options.maxTokenClients ?? 8);

  /** Looks `key` up; on a miss runs `make` and keeps its promise unless it rejects. */
  function cached<V>(cache: LruCache<Promise<V>>, key: string, make: () => Promise<V>): Promise<V> {
    const hit = cache.get(key);
    if (hit) return hit;
    const made = make();
    cache.set(key, made);
    made.catch(() => cache.delete(key, made));
    return made;
  }

  /** A factory for this identity's app id; `inner` (made only on a miss) builds the clients. */
  function factoryFor(identity: ClaimsIdentity, inner: () => ConnectorFactory): ConnectorFactory {
    const appId = appIdOf(identity);
    let made: ConnectorFactory | undefined;
    const factory = {
      create: (serviceUrl: string, audience?: string) =>
        cached(clients, keyOf(appId, serviceUrl, audience), () => {
          made ??= inner();
          return made.create(serviceUrl, audience);
        }),
    };
    return factory as unknown as ConnectorFactory;
  }

  const wrapper = {
    async authenticateRequest(activity: Parameters<BotFrameworkAuthentication['authenticateRequest']>[0], authHeader: string) {
      const result = await auth.authenticateRequest(activity, authHeader);
      const innerFactory = result.connectorFactory;
      if (!innerFactory) return result;
      return { ...result, connectorFactory: factoryFor(result.claimsIdentity, () => innerFactory) };
    },
    async authenticateStreamingRequest(authHeader: string, channelIdHeader: string) {
      const result = await auth.authenticateStreamingRequest(authHeader, channelIdHeader);
      const innerFactory = result.connectorFactory;
      if (!innerFactory) return result;
      return { ...result, connectorFactory: factoryFor(result.claimsIdentity, () => innerFactory) };
    },
    createConnectorFactory(identity: ClaimsIdentity): ConnectorFactory {
      return factoryFor(identity, () => auth.createConnectorFactory(identity));
    },
    createUserTokenClient(identity: ClaimsIdentity): Promise<UserTokenClient> {
      return cached(tokenClients, keyOf(appIdOf(identity)), () => auth.createUserTokenClient(identity));
    },
    createBotFrameworkClient: () => auth.createBotFrameworkClient(),
    getOriginatingAudience: () => auth.getOriginatingAudience(),
    authenticateChannelRequest: (authHeader: string) => auth.authenticateChannelRequest(authHeader),
    /** For tests: how many clients are kept. */
    get cachedClients() {
      return clients.size;
    },
  };
  return wrapper as unknown as BotFrameworkAuthentication;
}

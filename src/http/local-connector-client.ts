/**
 * The HTTP client the Bot Framework connector uses to send replies in local mode (no
 * MicrosoftAppId), where every serviceUrl is this machine (the Emulator) or one the operator
 * listed. The SDK's default client retries a refused connection three times with exponential
 * back-off, so a reply to a serviceUrl nobody listens on (`http://[::1]:3978` when the
 * Emulator listens on IPv4 only) held the turn for about 11 s. Here a failed send fails the
 * turn at once, and no send waits longer than `timeoutMs`. Authenticated mode (Teams, Azure)
 * keeps the SDK's client and its retries: there the far end is a real service worth retrying.
 */

/** The parts of @azure/core-http-compat's WebResourceLike the connector fills in. */
type WebResourceLike = {
  url: string;
  method: string;
  headers: { rawHeaders(): Record<string, string> };
  body?: unknown;
  abortSignal?: AbortSignal;
};

type HeadersLike = {
  get(name: string): string | undefined;
  contains(name: string): boolean;
  rawHeaders(): Record<string, string>;
  headersArray(): { name: string; value: string }[];
  toJson(options?: { preserveCase?: boolean }): Record<string, string>;
};

export type CompatHttpClient = {
  sendRequest(request: WebResourceLike): Promise<{ request: WebResourceLike; status: number; headers: HeadersLike; bodyAsText: string }>;
};

function headersLike(headers: Headers): HeadersLike {
  const raw: Record<string, string> = {};
  headers.forEach((value, name) => {
    raw[name] = value;
  });
  return {
    get: (name) => raw[name.toLowerCase()],
    contains: (name) => name.toLowerCase() in raw,
    rawHeaders: () => ({ ...raw }),
    headersArray: () => Object.entries(raw).map(([name, value]) => ({ name, value })),
    toJson: () => ({ ...raw }),
  };
}

/** An error the connector's retry policy does not retry (it retries only its own RestErrors). */
export class ReplyNotDeliveredError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplyNotDeliveredError';
  }
}

export function createLocalConnectorHttpClient(timeoutMs = 10_000): CompatHttpClient {
  return {
    async sendRequest(request) {
      const signal = request.abortSignal
        ? AbortSignal.any([request.abortSignal, AbortSignal.timeout(timeoutMs)])
        : AbortSignal.timeout(timeoutMs);
      let response: Response;
      let bodyAsText: string;
      try {
        response = await fetch(request.url, {
          method: request.method,
          headers: request.headers.rawHeaders(),
          body: typeof request.body === 'string' ? request.body : request.body instanceof Uint8Array ? Buffer.from(request.body) : undefined,
          signal,
          redirect: 'manual',
        });
        bodyAsText = await response.text();
      } catch (err) {
        const cause = (err as { cause?: { code?: string } })?.cause?.code ?? (err as Error)?.name ?? 'error';
        // The URL's host only: the path can carry conversation ids.
        let host = 'serviceUrl';
        try {
          host = new URL(request.url).host;
        } catch {
          // keep the placeholder
        }
        throw new ReplyNotDeliveredError(`reply to ${host} not delivered (${cause})`);
      }
      return { request, status: response.status, headers: headersLike(response.headers), bodyAsText };
    },
  };
}

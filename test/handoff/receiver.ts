import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour = 'ok' | '500' | '503-retry-after' | 'hang';

/**
 * A real sales webhook on 127.0.0.1: answers each call per `script` (then 'ok'), and
 * de-duplicates by Idempotency-Key like a well-behaved CRM would.
 */
export async function startReceiver(script: Behaviour[] = [], hangMs = 1_000) {
  const calls: { key: string | undefined; behaviour: Behaviour; body: unknown; headers: http.IncomingHttpHeaders }[] = [];
  const accepted = new Map<string, unknown>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const behaviour = script[calls.length] ?? 'ok';
      const key = req.headers['idempotency-key'] as string | undefined;
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      calls.push({ key, behaviour, body, headers: req.headers });
      const accept = () => {
        if (key && !accepted.has(key)) accepted.set(key, body);
      };
      if (behaviour === '500') {
        res.writeHead(500);
        res.end('boom');
      } else if (behaviour === '503-retry-after') {
        res.writeHead(503, { 'retry-after': '0' });
        res.end();
      } else if (behaviour === 'hang') {
        // Processed, but too late: the sender has given up and will retry with the same key.
        setTimeout(() => {
          accept();
          res.writeHead(200);
          res.end();
        }, hangMs);
      } else {
        accept();
        // Two calls: writeHead on a response whose socket a test already closed returns nothing to chain on.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/sales?token=secret-token-in-url`,
    calls,
    accepted,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Polls `check` until true or the deadline; bounded, so a broken worker fails the test instead of hanging. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, stepMs = 20): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

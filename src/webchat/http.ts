import type { ServerResponse } from 'node:http';
import type { Request } from 'restify';
import { BodyError, readStrictJsonBody } from '../http/strict-body';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendJsonBytes(res, status, JSON.stringify(body), headers);
}

/** A body that is already JSON (text, or UTF-8 bytes). */
export function sendJsonBytes(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

/** Errors in the Direct Line shape `{ error: { code, message } }`. */
export function sendError(res: ServerResponse, err: unknown, headers: Record<string, string> = {}): void {
  if (err instanceof HttpError) {
    sendJson(res, err.status, { error: { code: err.code, message: err.message } }, { ...headers, ...err.headers });
  } else {
    sendJson(res, 500, { error: { code: 'ServiceError', message: 'Internal error' } }, headers);
  }
}

/**
 * The JSON body through the server's one strict reader (JSON only, identity encoding, byte cap
 * while streaming, no temp files), its errors in the Direct Line shape. Empty body → undefined.
 */
export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  try {
    return await readStrictJsonBody(req, { maxBytes, allowEmpty: true });
  } catch (err) {
    if (err instanceof BodyError) throw new HttpError(err.status, err.code, err.message, err.status === 413 ? { Connection: 'close' } : {});
    throw err;
  }
}

export function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : null;
}

/**
 * The client's address. With `trustProxy` hops of reverse proxies in front (true = 1), each one
 * appends the address it saw to X-Forwarded-For, so the client is the entry that many hops from
 * the right; entries further left were written by the client itself and are never used (a
 * client that puts a fresh address there on every request must not get a fresh rate limit).
 * A request that passed through fewer proxies than configured gets its leftmost entry.
 */
export function clientIp(req: Pick<Request, 'headers' | 'socket'>, trustProxy: boolean | number): string {
  const peer = normalizeIp(req.socket?.remoteAddress ?? 'unknown');
  const hops = trustProxy === true ? 1 : trustProxy === false ? 0 : Math.max(0, Math.floor(trustProxy));
  if (hops === 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  // [peer, last appended, ..., first]: the peer is hop 0 (the nearest proxy), the client is hop `hops`.
  const chain = [peer, ...forwarded.reverse().map(normalizeIp)];
  return chain[Math.min(hops, chain.length - 1)]!;
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are one client; ports and brackets some proxies add are dropped. */
export function normalizeIp(address: string): string {
  let a = address.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  return a.startsWith('::ffff:') && a.includes('.') ? a.slice(7) : a;
}

/** 127.0.0.0/8, ::1 and their IPv4-mapped forms. */
export function isLoopbackAddress(address: string): boolean {
  const a = normalizeIp(address);
  return a === '::1' || a === '0:0:0:0:0:0:0:1' || /^127(\.\d{1,3}){3}$/.test(a);
}

/** zod issues as one readable line: `text: Too big: expected string to have <=4000 characters`. */
export function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

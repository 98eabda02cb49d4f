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
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
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

/** The peer address; X-Forwarded-For only when the deployment says a proxy in front sets it. */
export function clientIp(req: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket?.remoteAddress ?? 'unknown';
}

/** zod issues as one readable line: `text: Too big: expected string to have <=4000 characters`. */
export function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

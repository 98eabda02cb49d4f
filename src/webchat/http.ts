import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request } from 'restify';

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
 * The JSON body, whether or not restify's bodyParser already ran: parsed bodies are taken as they
 * are (their size checked again), raw streams are read here with the limit. Empty body → undefined.
 */
export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new HttpError(413, 'MessageSizeTooBig', `The body must be at most ${maxBytes} bytes.`);
  const parsed = (req as Request & { body?: unknown }).body;
  if (parsed !== undefined && parsed !== null) {
    if (Buffer.isBuffer(parsed) || typeof parsed === 'string') return parseText(parsed.toString(), maxBytes);
    if (JSON.stringify(parsed).length > maxBytes) {
      throw new HttpError(413, 'MessageSizeTooBig', `The body must be at most ${maxBytes} bytes.`);
    }
    return parsed;
  }
  if ((req as IncomingMessage).readableEnded) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as IncomingMessage) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, 'MessageSizeTooBig', `The body must be at most ${maxBytes} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return parseText(Buffer.concat(chunks).toString('utf8'), maxBytes);
}

function parseText(text: string, maxBytes: number): unknown {
  if (Buffer.byteLength(text) > maxBytes) {
    throw new HttpError(413, 'MessageSizeTooBig', `The body must be at most ${maxBytes} bytes.`);
  }
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'BadArgument', 'The body is not valid JSON.');
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

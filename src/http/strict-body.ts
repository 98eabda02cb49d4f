/**
 * The one way a request body is read on this server. restify's bodyParser is not used anywhere:
 * it crashes the process on a Content-Encoding that does not match the body (an open restify bug),
 * inflates gzip without a cap on the inflated size, and writes multipart uploads to temp files
 * before any handler runs. This reader accepts JSON only, in identity encoding only, counts bytes
 * while streaming and stops at the cap, and never touches the disk.
 */
import type { IncomingMessage } from 'node:http';

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: 'BadArgument' | 'MessageSizeTooBig' | 'UnsupportedMediaType',
    message: string,
  ) {
    super(message);
  }
}

export type StrictBodyOptions = {
  maxBytes: number;
  /** An empty body (no Content-Type needed) is allowed and read as undefined. */
  allowEmpty?: boolean;
};

const JSON_TYPE = /^application\/(?:[a-z0-9.+-]+\+)?json\s*(?:;.*)?$/i;

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}

/**
 * Reads and parses the JSON body. Throws BodyError (400/413/415) for anything else; the caller
 * answers with that status. Rejects before reading when the headers already say no.
 */
export async function readStrictJsonBody(req: IncomingMessage, opts: StrictBodyOptions): Promise<unknown> {
  const encoding = (header(req, 'content-encoding') ?? 'identity').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') {
    throw new BodyError(415, 'UnsupportedMediaType', `Content-Encoding "${encoding.slice(0, 40)}" is not accepted; send the body uncompressed.`);
  }
  const declaredText = header(req, 'content-length');
  const declared = declaredText === undefined ? undefined : Number(declaredText);
  const type = header(req, 'content-type');
  const hasBody = declared === undefined ? header(req, 'transfer-encoding') !== undefined : declared > 0;
  if (!hasBody && opts.allowEmpty) return undefined;
  if (!type || !JSON_TYPE.test(type.trim())) {
    throw new BodyError(415, 'UnsupportedMediaType', 'The body must be JSON (Content-Type: application/json).');
  }
  if (declared !== undefined && Number.isFinite(declared) && declared > opts.maxBytes) {
    throw new BodyError(413, 'MessageSizeTooBig', `The body must be at most ${opts.maxBytes} bytes.`);
  }

  // A body parser mounted in front (restify's, in an embedding app) has already drained the
  // stream: waiting for 'end' would hang the request forever. Use the raw text it kept, under
  // the same cap, or fail this request.
  if (req.readableEnded) {
    const raw = (req as { rawBody?: unknown }).rawBody;
    if (typeof raw !== 'string' && !Buffer.isBuffer(raw)) {
      throw new Error('the request body was already consumed by another body parser');
    }
    if (Buffer.byteLength(raw) > opts.maxBytes) {
      throw new BodyError(413, 'MessageSizeTooBig', `The body must be at most ${opts.maxBytes} bytes.`);
    }
    return parseJsonText(raw.toString(), opts);
  }

  const chunks: Buffer[] = [];
  let size = 0;
  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
      if (err) reject(err);
      else resolve();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > opts.maxBytes) {
        // Stop buffering at once; the rest of the stream is discarded, never stored.
        req.pause();
        finish(new BodyError(413, 'MessageSizeTooBig', `The body must be at most ${opts.maxBytes} bytes.`));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish();
    const onError = (err: Error) => finish(new BodyError(400, 'BadArgument', `The body could not be read: ${err.message.slice(0, 80)}`));
    const onAborted = () => finish(new BodyError(400, 'BadArgument', 'The request was aborted.'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });

  return parseJsonText(Buffer.concat(chunks).toString('utf8'), opts);
}

function parseJsonText(text: string, opts: StrictBodyOptions): unknown {
  if (text.trim() === '') {
    if (opts.allowEmpty) return undefined;
    throw new BodyError(400, 'BadArgument', 'The body is empty; send a JSON object.');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, 'BadArgument', 'The body is not valid JSON.');
  }
}

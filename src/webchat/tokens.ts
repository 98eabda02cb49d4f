import crypto from 'node:crypto';
import { z } from 'zod';

/**
 * Bridge tokens: `base64url(payload).base64url(hmac-sha256(payload))`, bound to one conversation.
 * Stateless, so a token survives as long as the signing key does: with a key derived from a
 * persisted secret, tokens outlive a restart (the conversation log does not: it is in memory).
 */
const PayloadSchema = z.object({ c: z.string(), u: z.string(), exp: z.number().int() });
export type TokenClaims = { conversationId: string; userId: string; expiresAt: number };

export class TokenSigner {
  private readonly key: Buffer;

  constructor(signingKey?: string | Buffer) {
    // A random key per process when none is given: every token dies with the process.
    this.key =
      signingKey === undefined
        ? crypto.randomBytes(32)
        : crypto.createHmac('sha256', 'directline-bridge-token-key').update(signingKey).digest();
  }

  sign(claims: TokenClaims): string {
    const payload = Buffer.from(
      JSON.stringify({ c: claims.conversationId, u: claims.userId, exp: Math.floor(claims.expiresAt / 1000) }),
    ).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  /** The claims of a valid, unexpired token; null for anything else. */
  verify(token: string, now = Date.now()): TokenClaims | null {
    const dot = token.indexOf('.');
    if (dot <= 0 || token.length > 1024) return null;
    const payload = token.slice(0, dot);
    const given = Buffer.from(token.slice(dot + 1), 'base64url');
    const expected = Buffer.from(this.mac(payload), 'base64url');
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    const claims = PayloadSchema.safeParse(parsed);
    if (!claims.success || claims.data.exp * 1000 <= now) return null;
    return { conversationId: claims.data.c, userId: claims.data.u, expiresAt: claims.data.exp * 1000 };
  }

  private mac(payload: string): string {
    return crypto.createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

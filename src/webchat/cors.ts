import type { Request } from 'restify';

/**
 * Origin checks for the bridge. A request without an Origin header (curl, server to server) or
 * from the page's own origin is allowed; any other origin must be listed (or the list holds `*`).
 */
export class OriginPolicy {
  private readonly any: boolean;
  private readonly origins: Set<string>;

  constructor(allowedOrigins: string[]) {
    this.any = allowedOrigins.includes('*');
    this.origins = new Set(allowedOrigins.filter((o) => o !== '*').map((o) => o.replace(/\/+$/, '').toLowerCase()));
  }

  /** 'none' = no Origin header, 'same' = our own host, 'allowed', or 'denied'. */
  check(req: Request): 'none' | 'same' | 'allowed' | 'denied' {
    const origin = req.headers.origin;
    if (!origin) return 'none';
    const normalized = origin.toLowerCase();
    let host: string;
    try {
      host = new URL(normalized).host;
    } catch {
      return 'denied';
    }
    const ownHosts = [req.headers.host, req.headers['x-forwarded-host']].flat().filter(Boolean);
    if (ownHosts.some((h) => String(h).toLowerCase() === host)) return 'same';
    if (this.any || this.origins.has(normalized)) return 'allowed';
    return 'denied';
  }

  /** Headers for an allowed cross-origin response (none for same-origin or header-less requests). */
  headers(req: Request, preflight: boolean): Record<string, string> {
    const verdict = this.check(req);
    if (verdict !== 'allowed') return {};
    const headers: Record<string, string> = {
      'Access-Control-Allow-Origin': this.any ? '*' : req.headers.origin!,
      'Access-Control-Max-Age': '600',
    };
    if (!this.any) headers['Vary'] = 'Origin';
    if (preflight) {
      headers['Access-Control-Allow-Methods'] = 'GET, POST, OPTIONS';
      // Direct Line clients send Authorization, Content-Type and x-ms-bot-agent; echo the asked-for names.
      const asked = String(req.headers['access-control-request-headers'] ?? '');
      const names = asked.split(',').map((h) => h.trim().toLowerCase()).filter((h) => /^[a-z0-9-]{1,64}$/.test(h));
      headers['Access-Control-Allow-Headers'] = [...new Set(['authorization', 'content-type', ...names])].join(', ');
    }
    return headers;
  }
}

/** A limit of `limit` requests per `windowMs`, refilled continuously (token bucket). */
export type RateLimit = { limit: number; windowMs: number };

type Bucket = { tokens: number; updatedAt: number };

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rule: RateLimit,
    private readonly maxKeys = 50_000,
  ) {}

  /** Takes one request from `key`'s bucket: 0 when allowed, else the seconds to wait. */
  take(key: string, now = Date.now()): number {
    const perMs = this.rule.limit / this.rule.windowMs;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxKeys) this.prune(now);
      bucket = { tokens: this.rule.limit, updatedAt: now };
      this.buckets.set(key, bucket);
    } else {
      bucket.tokens = Math.min(this.rule.limit, bucket.tokens + (now - bucket.updatedAt) * perMs);
      bucket.updatedAt = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  }

  /** Drops buckets that have refilled completely (they behave like new ones), then the oldest if still full. */
  prune(now = Date.now()): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.updatedAt) * (this.rule.limit / this.rule.windowMs) >= this.rule.limit) this.buckets.delete(key);
    }
    if (this.buckets.size >= this.maxKeys) {
      const drop = this.buckets.size - Math.floor(this.maxKeys * 0.9);
      let i = 0;
      for (const key of this.buckets.keys()) {
        if (i++ >= drop) break;
        this.buckets.delete(key);
      }
    }
  }
}

/**
 * Per-client request budget for the local server: a token bucket per IP address that refills
 * continuously to `perMinute`. (On AWS, the web application firewall's rate rule does this job: infra/lib/firewall.ts.)
 */
export function createRateLimiter(perMinute: number, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / 60_000;
  return {
    /** Takes one request from the client's budget; false when it is spent. */
    take(client: string): boolean {
      const time = now();
      const bucket = buckets.get(client) ?? { tokens: perMinute, at: time };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.at) * refillPerMs);
      bucket.at = time;
      buckets.set(client, bucket);
      // Forget full buckets now and then, so a stream of one-off clients cannot grow the map for ever.
      if (buckets.size > 10_000) for (const [key, b] of buckets) if (b.tokens >= perMinute) buckets.delete(key);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
  };
}

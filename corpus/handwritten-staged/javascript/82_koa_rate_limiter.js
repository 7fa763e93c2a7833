/**
 * Token-bucket rate limiter middleware for Koa.
 *
 *   app.use(rateLimit({ capacity: 30, refillPerSec: 0.5, key: ctx => ctx.ip }))
 */
'use strict';

function rateLimit(opts = {}) {
  const capacity = opts.capacity ?? 60;
  const refillPerSec = opts.refillPerSec ?? 1;
  const keyOf = opts.key || ((ctx) => ctx.ip);
  const now = opts.now || (() => Date.now());
  const buckets = new Map();

  // forget idle clients so the map does not grow forever
  const sweep = setInterval(() => {
    const cutoff = now() - (capacity / refillPerSec) * 1000 * 2;
    for (const [key, b] of buckets) {
      if (b.updated < cutoff) buckets.delete(key);
    }
  }, 60_000);
  if (sweep.unref) sweep.unref();

  function take(key) {
    const t = now();
    let b = buckets.get(key);
    if (!b) {
      b = { tokens: capacity, updated: t };
      buckets.set(key, b);
    }
    const elapsed = (t - b.updated) / 1000;
    b.tokens = Math.min(capacity, b.tokens + elapsed * refillPerSec);
    b.updated = t;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true, remaining: Math.floor(b.tokens), retryAfter: 0 };
    }
    return { ok: false, remaining: 0, retryAfter: Math.ceil((1 - b.tokens) / refillPerSec) };
  }

  return async function rateLimitMiddleware(ctx, next) {
    const key = keyOf(ctx);
    if (key == null) return next();

    const result = take(key);
    ctx.set('RateLimit-Limit', String(capacity));
    ctx.set('RateLimit-Remaining', String(result.remaining));

    if (!result.ok) {
      ctx.set('Retry-After', String(result.retryAfter));
      ctx.status = 429;
      ctx.body = { error: 'Too Many Requests', retryAfter: result.retryAfter };
      return;
    }
    await next();
  };
}

module.exports = rateLimit;

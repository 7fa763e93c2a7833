import type { NextFunction, Request, RequestHandler, Response } from "express";

interface Bucket {
	tokens: number;
	updatedAt: number;
}

export interface RateLimitOptions {
	/** Maximum burst size. */
	capacity: number;
	/** Tokens added per second. */
	refillPerSecond: number;
	keyFn?: (req: Request) => string;
	onLimited?: (req: Request, res: Response) => void;
}

export class TokenBucketStore {
	private readonly buckets = new Map<string, Bucket>();

	constructor(private readonly capacity: number, private readonly refill: number) {}

	take(key: string, now: number = Date.now()): { allowed: boolean; remaining: number; retryAfterMs: number } {
		const bucket: Bucket = this.buckets.get(key) ?? { tokens: this.capacity, updatedAt: now };
		const elapsed = (now - bucket.updatedAt) / 1000;
		bucket.tokens = Math.min(this.capacity, bucket.tokens + elapsed * this.refill);
		bucket.updatedAt = now;

		const allowed = bucket.tokens >= 1;
		if (allowed) bucket.tokens -= 1;
		this.buckets.set(key, bucket);

		const retryAfterMs = allowed ? 0 : Math.ceil(((1 - bucket.tokens) / this.refill) * 1000);
		return { allowed, remaining: Math.floor(bucket.tokens), retryAfterMs };
	}

	sweep(maxIdleMs: number, now = Date.now()): number {
		let removed = 0;
		for (const [key, b] of this.buckets) {
			if (now - b.updatedAt > maxIdleMs) {
				this.buckets.delete(key);
				removed++;
			}
		}
		return removed;
	}
}

export function rateLimit(opts: RateLimitOptions): RequestHandler {
	const store = new TokenBucketStore(opts.capacity, opts.refillPerSecond);
	const keyOf = opts.keyFn ?? ((req: Request) => req.ip ?? "anonymous");

	return (req: Request, res: Response, next: NextFunction): void => {
		const result = store.take(keyOf(req));
		res.setHeader("X-RateLimit-Limit", String(opts.capacity));
		res.setHeader("X-RateLimit-Remaining", String(result.remaining));
		if (result.allowed) {
			next();
			return;
		}
		res.setHeader("Retry-After", String(Math.ceil(result.retryAfterMs / 1000)));
		if (opts.onLimited) {
			opts.onLimited(req, res);
		} else {
			res.status(429).json({ error: "Too Many Requests" });
		}
	};
}

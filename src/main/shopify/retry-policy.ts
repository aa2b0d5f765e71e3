/**
 * How hard the client tries before it gives up: exponential backoff with jitter, bounded by
 * a number of attempts and a total time. Time itself is injectable, so tests can run the
 * whole policy without waiting.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** No new attempt starts once this much time has passed since the first. */
  maxTotalMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A request that has not answered by then is abandoned (and retried). */
  requestTimeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  maxTotalMs: 90_000,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  requestTimeoutMs: 30_000,
};

export interface Timing {
  /** Milliseconds on a monotonic-enough clock. */
  now(): number;
  sleep(ms: number): Promise<void>;
  /** In [0, 1). */
  random(): number;
}

export const realTiming: Timing = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
  random: Math.random,
};

/**
 * The wait before attempt `attempt + 1`: half of the exponential step is fixed and half is
 * random, so many clients that failed together do not come back together. A server's own
 * hint (Retry-After) is honoured when it asks for longer.
 */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, timing: Timing, serverHintMs = 0): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const jittered = step / 2 + (timing.random() * step) / 2;
  return Math.max(serverHintMs, Math.round(jittered));
}

/** Whether another attempt fits the policy after waiting `delayMs`. */
export function mayRetry(attempt: number, startedAt: number, delayMs: number, policy: RetryPolicy, timing: Timing): boolean {
  return attempt < policy.maxAttempts && timing.now() - startedAt + delayMs <= policy.maxTotalMs;
}

/** `Retry-After` in seconds (Shopify's unit) or as an HTTP date → milliseconds. */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

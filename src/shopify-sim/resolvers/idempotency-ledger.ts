/**
 * Remembers the result of each `@idempotent(key:)` mutation, per app, for a window: the
 * same key again replays the first result and changes nothing; the same key with other
 * input is refused, as Shopify refuses it.
 */
export const IDEMPOTENCY_WINDOW_MS = 24 * 3600_000;

interface Entry {
  fingerprint: string;
  result: unknown;
  at: number;
}

export class IdempotencyLedger {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The first result for this key, `mismatch` when the key was used for other input, or undefined. */
  lookup(token: string, mutation: string, key: string, input: unknown): { result: unknown } | 'mismatch' | undefined {
    const entry = this.entries.get(`${token}\u0000${key}`);
    if (!entry || this.now() - entry.at > IDEMPOTENCY_WINDOW_MS) return undefined;
    return entry.fingerprint === fingerprint(mutation, input) ? { result: entry.result } : 'mismatch';
  }

  remember(token: string, mutation: string, key: string, input: unknown, result: unknown): void {
    this.entries.set(`${token}\u0000${key}`, { fingerprint: fingerprint(mutation, input), result, at: this.now() });
    if (this.entries.size > 50_000) this.forgetExpired();
  }

  clear(): void {
    this.entries.clear();
  }

  private forgetExpired(): void {
    const cutoff = this.now() - IDEMPOTENCY_WINDOW_MS;
    for (const [k, e] of this.entries) if (e.at < cutoff) this.entries.delete(k);
  }
}

const fingerprint = (mutation: string, input: unknown): string => `${mutation}:${JSON.stringify(input)}`;

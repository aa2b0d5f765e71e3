// Shopify's GraphQL rate limit: a bucket of cost points per app and store that refills
// continuously. A request is charged its requested cost up front and refunded the
// difference to its actual cost afterwards; one that asks for more than is left is THROTTLED.

export interface BucketStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export interface BucketPlan {
  /** Bucket size in cost points. */
  capacity: number;
  /** Points restored per second. */
  restoreRate: number;
}

/** Shopify's plans (bucket size and restore rate per second). */
export const plans = {
  standard: { capacity: 2_000, restoreRate: 100 },
  advanced: { capacity: 4_000, restoreRate: 200 },
  plus: { capacity: 20_000, restoreRate: 1_000 },
} as const satisfies Record<string, BucketPlan>;

export type PlanName = keyof typeof plans;

export class LeakyBucket {
  readonly #capacity: number;
  readonly #restoreRate: number;
  readonly #now: () => number;
  #available: number;
  #updatedAt: number;

  constructor(opts: { capacity: number; restoreRate: number; now?: () => number }) {
    if (!(opts.capacity > 0) || !(opts.restoreRate > 0)) {
      throw new RangeError(`A bucket needs a positive capacity and restore rate (got ${opts.capacity} and ${opts.restoreRate})`);
    }
    this.#capacity = opts.capacity;
    this.#restoreRate = opts.restoreRate;
    this.#now = opts.now ?? Date.now;
    this.#available = opts.capacity;
    this.#updatedAt = this.#now();
  }

  /** Charges `cost` points if that many are available; otherwise charges nothing. */
  take(cost: number): { ok: boolean; currentlyAvailable: number } {
    this.#restore();
    const ok = cost <= this.#available;
    if (ok) this.#available -= cost;
    return { ok, currentlyAvailable: this.#shown() };
  }

  /** Gives back points charged up front but not used (requested − actual). */
  refund(points: number): void {
    this.#restore();
    if (points > 0) this.#available = Math.min(this.#capacity, this.#available + points);
  }

  status(): BucketStatus {
    this.#restore();
    return { maximumAvailable: this.#capacity, currentlyAvailable: this.#shown(), restoreRate: this.#restoreRate };
  }

  /** How long until `cost` points are available (0 when they are now). */
  msUntilAvailable(cost: number): number {
    this.#restore();
    const missing = Math.min(cost, this.#capacity) - this.#available;
    return missing > 0 ? Math.ceil((missing / this.#restoreRate) * 1000) : 0;
  }

  #restore(): void {
    const now = this.#now();
    const elapsedSeconds = Math.max(0, now - this.#updatedAt) / 1000;
    this.#available = Math.min(this.#capacity, this.#available + elapsedSeconds * this.#restoreRate);
    this.#updatedAt = now;
  }

  /** Shopify reports whole points. */
  #shown(): number {
    return Math.floor(this.#available);
  }
}

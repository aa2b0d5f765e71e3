/**
 * One pusher per data folder, across processes. The app, browser mode and any CLI command may
 * open the same catalog; only the holder of this lease talks to Shopify about stock (the push,
 * the order import's booking of Shopify's quantities). It is claimed in a write transaction,
 * renewed while the work goes on, and simply expires when its holder crashes.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ContractError } from '../../../shared/errors';
import type { Clock } from '../../core/clock';
import { prepared } from '../../db/prepared';
import type { ReadableDB, WritableDB } from '../../db/types';

const LEASE = 'stock';
export const DEFAULT_LEASE_MS = 30_000;
export const BUSY_ELSEWHERE = 'Another Stockpilot window or command is pushing stock from this data folder \u2014 try again in a few seconds';

export class PushLease {
  readonly holder = randomUUID();
  /** Set inside the work that holds the lease, so the work's own nested steps pass through. */
  readonly #inside = new AsyncLocalStorage<true>();
  /** Holders in this core go one at a time, in order. */
  #queue: Promise<unknown> = Promise.resolve();
  #held = false;
  #renewal: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly db: WritableDB,
    private readonly clock: Clock,
    readonly ttlMs = DEFAULT_LEASE_MS,
  ) {}

  /** Claims (or renews) the lease; false while another holder's lease runs. */
  tryClaim(): boolean {
    if (!this.db.open) return false;
    const now = this.clock.now();
    const expires = new Date(now.getTime() + this.ttlMs).toISOString();
    return this.db
      .transaction(() => {
        const row = prepared(this.db, 'SELECT holder, expires_at FROM push_lease WHERE name = ?').get(LEASE) as { holder: string; expires_at: string } | undefined;
        if (row && row.holder !== this.holder && row.expires_at > now.toISOString()) return false;
        prepared(this.db, 'INSERT INTO push_lease (name, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at').run(
          LEASE,
          this.holder,
          expires,
        );
        return true;
      })
      .immediate();
  }

  /**
   * Runs `work` holding the lease: after whatever else in this core holds it, and once no other
   * process does — waiting up to `waitMs` for that, then refusing with a clear "busy". Work
   * already holding it (a push's order catch-up) passes straight through. Renewed while it runs.
   */
  hold<T>(work: () => Promise<T>, waitMs = 0): Promise<T> {
    if (this.#inside.getStore()) return work();
    const turn = this.#queue.then(() => this.#claimAndRun(work, waitMs));
    this.#queue = turn.catch(() => undefined);
    return turn;
  }

  /** Something in this core holds the lease now. */
  get held(): boolean {
    return this.#held;
  }

  async #claimAndRun<T>(work: () => Promise<T>, waitMs: number): Promise<T> {
    const giveUpAt = this.clock.now().getTime() + waitMs;
    while (!this.tryClaim()) {
      if (this.clock.now().getTime() >= giveUpAt) throw new ContractError('busy', BUSY_ELSEWHERE);
      await sleep(200);
    }
    this.#held = true;
    this.#renewal = setInterval(() => this.tryClaim(), Math.max(1_000, Math.floor(this.ttlMs / 3)));
    this.#renewal.unref?.();
    try {
      return await this.#inside.run(true, work);
    } finally {
      this.#held = false;
      this.#release();
    }
  }

  #release(): void {
    clearInterval(this.#renewal);
    this.#renewal = undefined;
    if (this.db.open) prepared(this.db, 'DELETE FROM push_lease WHERE name = ? AND holder = ?').run(LEASE, this.holder);
  }
}

/** Someone else holds a running lease (for the status card). */
export function leaseHeldElsewhere(db: ReadableDB, holder: string, now: Date): boolean {
  const row = prepared(db, 'SELECT holder, expires_at FROM push_lease WHERE name = ?').get(LEASE) as { holder: string; expires_at: string } | undefined;
  return !!row && row.holder !== holder && row.expires_at > now.toISOString();
}

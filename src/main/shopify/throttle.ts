/**
 * Shopify's rate limit is a leaky bucket of cost points per app and shop; every response
 * says how full it is (`extensions.cost.throttleStatus`). The client keeps a local model of
 * it and WAITS before a request that would not fit, instead of being refused and retrying.
 */
import type { Timing } from './retry-policy';

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export class CostBucket {
  #status: ThrottleStatus | undefined;
  /** When #status.currentlyAvailable was true (local clock). */
  #at = 0;
  #inFlight = 0;
  /** Takers go one at a time, in order, so a big request is not starved by small ones. */
  #queue: Promise<void> = Promise.resolve();
  /** Until the first answer the bucket's size is unknown: one request goes alone to learn it. */
  #firstAnswer: Promise<void> | undefined;
  #answered: (() => void) | undefined;

  constructor(private readonly timing: Timing) {}

  /** Points available now, by the local model; undefined before the first answer. */
  available(): number | undefined {
    const s = this.#status;
    if (!s) return undefined;
    const restored = ((this.timing.now() - this.#at) / 1000) * s.restoreRate;
    return Math.min(s.maximumAvailable, s.currentlyAvailable + restored);
  }

  get status(): ThrottleStatus | undefined {
    const available = this.available();
    return this.#status && available !== undefined ? { ...this.#status, currentlyAvailable: available } : undefined;
  }

  /** Waits until `cost()` points fit, then takes them and says how many. Call `settle` when the request is answered. */
  take(cost: () => number): Promise<number> {
    const turn = this.#queue.then(() => this.#waitAndTake(cost));
    this.#queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  async #waitAndTake(cost: () => number): Promise<number> {
    for (;;) {
      if (!this.#status) {
        if (this.#firstAnswer) {
          await this.#firstAnswer;
          continue;
        }
        this.#firstAnswer = new Promise((resolve) => (this.#answered = resolve));
        this.#inFlight++;
        return cost();
      }
      const wanted = Math.min(cost(), this.#status.maximumAvailable);
      const available = this.available() ?? 0;
      if (available >= wanted) {
        this.#status = { ...this.#status, currentlyAvailable: available - wanted };
        this.#at = this.timing.now();
        this.#inFlight++;
        return wanted;
      }
      await this.timing.sleep(Math.ceil(((wanted - available) / this.#status.restoreRate) * 1000));
    }
  }

  /**
   * A request that took `reserved` points was answered. Shopify's figure is the truth as of
   * its answer, but it cannot know about requests still on their way, so while any are, the
   * lower of the two estimates wins.
   */
  settle(reserved: number, reported: ThrottleStatus | undefined, actualCost: number | undefined): void {
    this.#inFlight = Math.max(0, this.#inFlight - 1);
    if (reported) {
      const local = this.available();
      const refunded = local === undefined ? undefined : local + Math.max(0, reserved - (actualCost ?? reserved));
      const truth = reported.currentlyAvailable;
      const next = refunded === undefined || this.#inFlight === 0 ? truth : Math.min(refunded, truth);
      this.#status = { ...reported, currentlyAvailable: next };
      this.#at = this.timing.now();
    }
    if (this.#answered && (this.#status || this.#inFlight === 0)) {
      this.#answered();
      this.#answered = undefined;
      this.#firstAnswer = undefined;
    }
  }
}

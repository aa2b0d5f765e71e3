/** What one push run works with: the catalog, Shopify, the push location, and how it is going. */
import type { Clock } from '../../core/clock';
import type { WritableDB } from '../../db/types';
import type { ShopifyClient } from '../../shopify/client';
import type { RunTally } from './push-tally';

export interface PushContext {
  db: WritableDB;
  clock: Clock;
  client: ShopifyClient;
  locationId: string;
  soldOutOverride: boolean;
  tally: RunTally;
  /**
   * Brings Shopify's orders changed since the last catch-up into the ledger (the push holds the
   * lease, so nothing else moves Shopify's quantities meanwhile) and returns the variants whose
   * stock it moved; null when it cannot run (no order history to start from, no order scope).
   */
  catchUpOrders(): Promise<ReadonlySet<number> | null>;
  /** Batches out at once: enough to use Shopify's burst, each still within the cost throttle. */
  maxInFlight: number;
  /**
   * Linked variants Shopify could not give a number for (not stocked at the location, not
   * tracked), by variant, with when that was found: not read again on every run (kept by the scheduler).
   */
  unconfirmable: Map<number, number>;
}

/** What the order import needs of the rest of the core: the connected shop, and the push's lease. */
import { loadConnectionRecord } from '../connection/connection-record';
import type { ShopConnection } from '../connection/shop-connection';
import type { CoreDeps } from '../core/deps';
import type { ShopifyClient } from '../shopify/client';
import type { PushLease } from '../stock/push/push-lease';

export interface OrderShop {
  /** Runs Shopify work on the connected shop (refuses clearly when none is connected). */
  withShop<T>(work: (client: ShopifyClient) => Promise<T>): Promise<T>;
  /** Runs work holding the push lease: no stock push runs meanwhile, in this process or another (see PushLease). */
  holdLease<T>(work: () => Promise<T>): Promise<T>;
  /** A shop is connected, and the scopes it granted. */
  connected(): { readAllOrders: boolean } | null;
}

/** The order import's view of the connection and the stock push. */
export function orderShopOf(deps: CoreDeps, connection: ShopConnection, lease: PushLease): OrderShop {
  return {
    withShop: (work) => connection.withShop(work),
    // Waits a while for another process's push to end, then answers "busy".
    holdLease: (work) => lease.hold(work, 30_000),
    connected() {
      const record = loadConnectionRecord(deps.db, deps.log);
      return record && { readAllOrders: record.grantedScopes.includes('read_all_orders') };
    },
  };
}

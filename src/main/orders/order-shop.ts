/** What the order import needs of the rest of the core: the connected shop, and the push's lock. */
import { loadConnectionRecord } from '../connection/connection-record';
import type { ShopConnection } from '../connection/shop-connection';
import type { CoreDeps } from '../core/deps';
import type { ShopifyClient } from '../shopify/client';
import type { PushScheduler } from '../stock/push-scheduler';

export interface OrderShop {
  /** Runs Shopify work on the connected shop (refuses clearly when none is connected). */
  withShop<T>(work: (client: ShopifyClient) => Promise<T>): Promise<T>;
  /** Runs work while no stock push runs (see PushScheduler.whileIdle). */
  whileIdle<T>(work: () => Promise<T>): Promise<T>;
  /** A shop is connected, and the scopes it granted. */
  connected(): { readAllOrders: boolean } | null;
}

/** The order import's view of the connection and the stock push. */
export function orderShopOf(deps: CoreDeps, connection: ShopConnection, scheduler: Pick<PushScheduler, 'whileIdle'>): OrderShop {
  return {
    withShop: (work) => connection.withShop(work),
    whileIdle: (work) => scheduler.whileIdle(work),
    connected() {
      const record = loadConnectionRecord(deps.db, deps.log);
      return record && { readAllOrders: record.grantedScopes.includes('read_all_orders') };
    },
  };
}

/**
 * The Integration page's Overview: the paused banner, the connection, the stock sync card,
 * what changed on Shopify and waits for the owner, and the stock audit.
 */
import { useShopConnection } from '../stores/shop-connection';
import { useStockPush } from '../stores/stock-push';
import { ConnectionCard } from './connection-card';
import { PausedBanner } from './paused-banner';
import { StockSyncCard } from './stock-sync-card';
import { ShopifyChangesCard } from '../shopify-stock/shopify-changes-card';
import { StockAuditCard } from '../shopify-stock/stock-audit-card';
import { ProductSyncCard } from '../sync-review/product-sync-card';
import { OrdersSection } from '../order-import/orders-section';

export function OverviewTab() {
  const connection = useShopConnection((s) => s.status);
  const status = useStockPush((s) => s.status);
  const failure = useStockPush((s) => s.failure);
  return (
    <div className="integration-tab" data-testid="overview-tab">
      <PausedBanner />
      {connection ? <ConnectionCard status={connection} /> : null}
      {status ? (
        <StockSyncCard status={status} />
      ) : failure ? (
        <div className="notice notice-error" role="alert">
          The stock push status could not be read: {failure}
        </div>
      ) : (
        <p className="muted">Loading…</p>
      )}
      {status?.connected ? <ShopifyChangesCard count={status.changedOnShopify} /> : null}
      {status?.connected ? <StockAuditCard /> : null}
      {connection ? <ProductSyncCard /> : null}
      {connection ? <OrdersSection /> : null}
    </div>
  );
}

/**
 * A product's sync state beside its status on the product page: green Synced, amber Out of
 * Sync, red Sync Error (its message on hover), muted Not linked.
 */
import type { ShopifyProductLink } from '../../shared/catalog';
import { SyncBadge } from '../components/sync-badge';

export function ProductSyncChip({ link }: { link: ShopifyProductLink }) {
  const title =
    link.syncState === 'error'
      ? (link.syncError ?? 'The last sync failed')
      : link.syncState === 'out_of_sync'
        ? 'Changed here since the last sync: review it with Sync to Shopify'
        : undefined;
  return (
    <span className="product-sync-chip" data-testid="product-sync-chip" data-state={link.syncState}>
      <SyncBadge state={link.syncState} title={title} />
    </span>
  );
}

/** A product's own sync activity, on its page: how it was linked, synced, unlinked, re-SKU'd. */
import { Card } from '../components/card';
import { SyncActivityView } from './sync-activity-view';

export function ProductSyncActivity({ productId }: { productId: number }) {
  return (
    <Card title="Sync activity" className="product-sync-activity">
      <SyncActivityView productId={productId} testId="product-sync-activity" />
    </Card>
  );
}

/** "Sync N Products" in the products page header: shown while products drifted or failed; compares afresh and opens the review. */
import { useEffect } from 'react';
import { followSyncCounts, productsToSync, useSyncCounts } from '../stores/sync-counts';
import { FullSyncButton } from '../sync-review/full-sync-button';

export function SyncProductsButton() {
  const count = useSyncCounts((s) => productsToSync(s.counts));
  useEffect(() => followSyncCounts(), []);
  if (count === 0) return null;
  return (
    <FullSyncButton primary testId="sync-n-products" label={`Sync ${count.toLocaleString()} ${count === 1 ? 'Product' : 'Products'}`} />
  );
}

/** "Sync N Products" in the products page header: shown while products drifted or failed; opens the review. */
import { useEffect } from 'react';
import { paths } from '../router';
import { followSyncCounts, productsToSync, useSyncCounts } from '../stores/sync-counts';

export function SyncProductsButton() {
  const count = useSyncCounts((s) => productsToSync(s.counts));
  useEffect(() => followSyncCounts(), []);
  if (count === 0) return null;
  return (
    <a className="button primary sync-products-button" href={paths.sync} data-testid="sync-n-products">
      Sync {count.toLocaleString()} {count === 1 ? 'Product' : 'Products'}
    </a>
  );
}

/** The numbers behind "Sync N Products": linked products and where they stand. */
import type { SyncCounts } from '../../../shared/sync-links';
import { prepared } from '../../db/prepared';
import type { ReadableDB } from '../../db/types';

export function syncCounts(db: ReadableDB): SyncCounts {
  return prepared(
    db,
    `SELECT count(*) AS linked,
            count(*) FILTER (WHERE sync_state = 'synced') AS synced,
            count(*) FILTER (WHERE sync_state = 'out_of_sync') AS outOfSync,
            count(*) FILTER (WHERE sync_state = 'error') AS errors
     FROM products WHERE shopify_product_id IS NOT NULL`,
  ).get() as SyncCounts;
}

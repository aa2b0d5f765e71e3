/** Every schema migration, in order. A new one is appended here; none is ever edited. */
import catalog from './0001-catalog';
import stockPush from './0002-stock-push';
import syncReview from './0003-sync-review';
import syncReviewChunks from './0004-sync-review-chunks';
import syncApply from './0005-sync-apply';
import sales from './0006-sales';
import stockReconciliation from './0007-stock-reconciliation';
import saleRefunds from './0008-sale-refunds';
import saleLocations from './0009-sale-locations';
import saleAndSearchFields from './0010-sale-and-search-fields';
import shopifyMediaHashes from './0011-shopify-media-hashes';
import variantSync from './0012-variant-sync';

export interface Migration {
  version: number;
  name: string;
  /** SQL run inside the migration's transaction. */
  up: string;
}

export const migrations: readonly Migration[] = [catalog, stockPush, syncReview, syncReviewChunks, syncApply, sales, stockReconciliation, saleRefunds, saleLocations, saleAndSearchFields, shopifyMediaHashes, variantSync];

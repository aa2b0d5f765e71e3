/**
 * Linking ("map") and unlinking, the mapper's Shopify search, the sync counts, and SKU
 * regeneration. Every failure leaves as a ContractError that has passed the secret redactor.
 */
import type { ShopifyProductCandidate } from '../../../shared/sync-links';
import type { CoreDeps } from '../../core/deps';
import type { HandlerSlice } from '../../core/handlers';
import { redactingFailures } from '../../connection/handlers';
import type { ShopConnection } from '../../connection/shop-connection';
import { prepared } from '../../db/prepared';
import type { ReadableDB } from '../../db/types';
import type { SecretRedactor } from '../../secrets/secret-redaction';
import { linkChosenProducts, linkReviewMatches } from './link-products';
import { searchShopifyProducts } from './link-shopify-reads';
import { planSkus } from '../skus/sku-regeneration-preview';
import { regenerateSkus } from '../skus/sku-regeneration';
import { syncCounts } from '../review/sync-counts';
import { unlinkProduct } from './unlink-product';
import { unlinkProducts } from './bulk-unlink';

export type LinkCalls = 'linkProducts' | 'linkAllBySku' | 'unlinkProduct' | 'unlinkProducts' | 'searchShopifyProducts' | 'getSyncCounts' | 'previewSkus' | 'regenerateSkus';

export function syncLinkHandlers(deps: CoreDeps, connection: ShopConnection, redactor: SecretRedactor): HandlerSlice<LinkCalls> {
  const safely = redactingFailures(redactor);
  return {
    linkProducts: (input) => safely(linkChosenProducts(deps, connection, redactor, input)),
    linkAllBySku: (input) => safely(linkReviewMatches(deps, input.reviewId)),
    unlinkProduct: (input) => safely(unlinkProduct(deps, connection, input)),
    unlinkProducts: (input) => safely(unlinkProducts(deps, connection, redactor, input)),
    searchShopifyProducts: (input) =>
      safely(connection.withShop((client) => searchShopifyProducts(client, input.query, input.limit))).then((found) => withLinkedProducts(deps.db, found)),
    getSyncCounts: () => syncCounts(deps.db),
    previewSkus: (input) => planSkus(deps.db, input).preview,
    regenerateSkus: (input) => safely(regenerateSkus(deps, connection, redactor, input)),
  };
}

/** Which local product each candidate is already linked to. */
function withLinkedProducts(db: ReadableDB, candidates: Omit<ShopifyProductCandidate, 'linkedProductId'>[]): ShopifyProductCandidate[] {
  const rows = prepared(db, 'SELECT id, shopify_product_id FROM products WHERE shopify_product_id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(candidates.map((c) => c.shopifyProductId)),
  ) as { id: number; shopify_product_id: string }[];
  const linked = new Map(rows.map((r) => [r.shopify_product_id, r.id]));
  return candidates.map((c) => ({ ...c, linkedProductId: linked.get(c.shopifyProductId) ?? null }));
}

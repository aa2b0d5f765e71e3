/**
 * The two ways to link ("map"): products the owner chose, each read live from Shopify first;
 * and every product the review matched by SKU, with Shopify's data as the compare read it.
 */
import type { z } from 'zod';
import type { LinkOutcome, LinkProductsInput } from '../../../shared/sync-links';
import type { CoreDeps } from '../../core/deps';
import type { ShopConnection } from '../../connection/shop-connection';
import { prepared } from '../../db/prepared';
import type { SecretRedactor } from '../../secrets/secret-redaction';
import { loadSettings } from '../../settings/settings-store';
import type { ShopifyProduct } from '../catalog-read/catalog-snapshot';
import { linkLocally, type LinkRequest } from './link-records';
import { attemptOnShopify } from './link-shopify-attempt';
import { readProductForLink, shopifyGid } from './link-shopify-reads';
import { reviewHeader, shopifyProductOf } from '../review/review-store';
import { positionWindows } from '../review/choice-tally';
import { NO_LOCATION } from '../catalog-read/shopify-catalog-read';

export async function linkChosenProducts(deps: CoreDeps, connection: ShopConnection, redactor: SecretRedactor, input: z.output<typeof LinkProductsInput>): Promise<LinkOutcome> {
  const { locationId } = loadSettings(deps.db, deps.log);
  const requests: LinkRequest[] = [];
  for (const link of input.links) {
    requests.push({
      productId: link.productId,
      shopify: await readLive(connection, redactor, link.shopifyProductId, locationId),
      variants: link.variants,
      replacesStaleLink: false,
    });
  }
  return linkLocally(deps, requests);
}

async function readLive(connection: ShopConnection, redactor: SecretRedactor, id: string, locationId: string | null): Promise<ShopifyProduct | { failure: string }> {
  let gid: string;
  try {
    gid = shopifyGid('Product', id);
  } catch (error) {
    return { failure: (error as Error).message };
  }
  const read = await attemptOnShopify(connection, redactor, (client) => readProductForLink(client, gid, locationId ?? NO_LOCATION));
  if (!read.ok) return { failure: `Could not read the product from Shopify: ${read.message}` };
  return read.value ?? { failure: `Shopify has no product ${gid} (deleted on Shopify?). Search again in the mapper.` };
}

/** Every product of the review matched by SKU and not held by an issue; nothing is read from Shopify. */
export async function linkReviewMatches(deps: CoreDeps, reviewId: number | undefined): Promise<LinkOutcome> {
  const header = reviewHeader(deps.db, reviewId);
  const matchesIn = prepared(
    deps.db,
    `SELECT row_key, local_product_id FROM sync_review_rows
     WHERE review_id = ? AND position >= ? AND position < ? AND section <> 'issues' AND local_product_id IS NOT NULL AND shopify_product_id IS NOT NULL
       AND json_extract(row_json, '$.matchedBy') = 'sku'
       -- a variant found on one side only is a choice of its own (create, import…): Apply links those products
       AND coalesce(json_extract(row_json, '$.oneSidedVariants'), 0) = 0
     ORDER BY position`,
  );
  // A window of the review, and each Shopify product in it, is read only when its turn to be linked comes.
  function* requests(): Generator<LinkRequest> {
    for (const { from, to } of positionWindows(deps.db, header.reviewId)) {
      for (const row of matchesIn.all(header.reviewId, from, to) as { row_key: string; local_product_id: number }[]) {
        yield {
          productId: row.local_product_id,
          shopify: shopifyProductOf(deps.db, header.reviewId, row.row_key) ?? { failure: 'The review holds no Shopify product for this row. Compare again.' },
          replacesStaleLink: true,
        };
      }
    }
  }
  return linkLocally(deps, requests());
}

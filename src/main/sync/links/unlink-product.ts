/**
 * Unlinking: "keep both" forgets the link locally; "also delete on Shopify" deletes Shopify's
 * product first (the owner confirmed) and unlinks only once Shopify has done so.
 */
import type { z } from 'zod';
import type { Product } from '../../../shared/catalog';
import { ContractError } from '../../../shared/errors';
import type { UnlinkProductInput } from '../../../shared/sync-links';
import type { CoreDeps } from '../../core/deps';
import { writeCatalog } from '../../catalog/catalog-write';
import { readProduct } from '../../catalog/product-view';
import type { ShopConnection } from '../../connection/shop-connection';
import { prepared } from '../../db/prepared';
import { defineOperation } from '../../shopify/shopify-operation';
import deleteDocument from '../../shopify/operations/unlink-product-delete.graphql?raw';
import { recordActivity } from '../activity-log';
import { userErrorText } from './link-shopify-attempt';
import { unlinkProductRecords } from './product-link';

const productDelete = defineOperation(deleteDocument);
type DeleteData = { productDelete: { deletedProductId: string | null; userErrors: { message: string }[] } | null };

export async function unlinkProduct(deps: CoreDeps, connection: ShopConnection, input: z.output<typeof UnlinkProductInput>): Promise<Product> {
  const product = prepared(deps.db, 'SELECT id, name, shopify_product_id FROM products WHERE id = ?').get(input.productId) as
    | { id: number; name: string; shopify_product_id: string | null }
    | undefined;
  if (!product) throw new ContractError('not_found', `Product ${input.productId} does not exist (deleted?).`);
  const shopifyId = product.shopify_product_id;
  if (shopifyId === null) throw new ContractError('rejected', `"${product.name}" is not linked to a Shopify product, so there is nothing to unlink.`);

  if (input.deleteOnShopify) {
    const { data } = await connection.withShop((client) => client.request<DeleteData>(productDelete, { input: { id: shopifyId } }));
    const refused = userErrorText(data.productDelete?.userErrors) ?? (data.productDelete ? null : 'Shopify did not answer the delete.');
    if (refused !== null && !isAlreadyGone(data)) {
      throw new ContractError('shopify', `"${product.name}" was not deleted on Shopify, so it stays linked. ${refused}`);
    }
  }
  writeCatalog(deps, (change) => {
    unlinkProductRecords(deps.db, product.id);
    change.touch(product.id);
    recordActivity(deps.db, change.now, {
      kind: 'unlink',
      productId: product.id,
      productName: product.name,
      shopifyProductId: shopifyId,
      outcome: 'success',
      message: input.deleteOnShopify ? 'Unlinked and deleted on Shopify' : 'Unlinked; both products kept',
      changes: [
        { variant: null, field: 'shopifyProductId', side: 'stockpilot', from: shopifyId, to: null },
        ...(input.deleteOnShopify ? [{ variant: null, field: 'product', side: 'shopify' as const, from: shopifyId, to: null }] : []),
      ],
    });
  });
  return readProduct(deps.db, product.id);
}

/** Deleting a product Shopify no longer has leaves the owner where they wanted to be. */
function isAlreadyGone(data: DeleteData): boolean {
  return data.productDelete?.userErrors.some((e) => /does not exist|not found/i.test(e.message)) ?? false;
}

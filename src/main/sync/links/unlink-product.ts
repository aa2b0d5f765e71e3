/**
 * Unlinking: "keep both" forgets the link locally; "also delete on Shopify" deletes Shopify's
 * product first (the owner confirmed) and unlinks only once Shopify has done so. The steps are
 * shared with unlinking many products at once.
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
import type { ReadableDB, WritableDB } from '../../db/types';
import type { ShopifyClient } from '../../shopify/client';
import { defineOperation } from '../../shopify/shopify-operation';
import deleteDocument from '../../shopify/operations/unlink-product-delete.graphql?raw';
import { recordActivity } from '../activity-log';
import { userErrorText } from './link-shopify-attempt';
import { unlinkProductRecords } from './product-link';

const productDelete = defineOperation(deleteDocument);
type DeleteData = { productDelete: { deletedProductId: string | null; userErrors: { message: string }[] } | null };

export interface LinkedProduct {
  id: number;
  name: string;
  shopifyProductId: string;
}

export async function unlinkProduct(deps: CoreDeps, connection: ShopConnection, input: z.output<typeof UnlinkProductInput>): Promise<Product> {
  const product = linkedProduct(deps.db, input.productId);
  if (input.deleteOnShopify) {
    const refused = await connection.withShop((client) => deleteOnShopify(client, product.shopifyProductId));
    if (refused !== null) throw new ContractError('shopify', notDeletedMessage(product.name, refused));
  }
  writeCatalog(deps, (change) => {
    forgetLink(deps.db, product, input.deleteOnShopify, change.now);
    change.touch(product.id);
  });
  return readProduct(deps.db, product.id);
}

/** The product and its Shopify product; refused when there is no such product or it is not linked. */
export function linkedProduct(db: ReadableDB, productId: number): LinkedProduct {
  const product = prepared(db, 'SELECT id, name, shopify_product_id FROM products WHERE id = ?').get(productId) as
    | { id: number; name: string; shopify_product_id: string | null }
    | undefined;
  if (!product) throw new ContractError('not_found', `Product ${productId} does not exist (deleted?).`);
  if (product.shopify_product_id === null) throw new ContractError('rejected', `"${product.name}" is not linked to a Shopify product, so there is nothing to unlink.`);
  return { id: product.id, name: product.name, shopifyProductId: product.shopify_product_id };
}

/** Deletes Shopify's product: null once it is gone (or was already), else Shopify's refusal in its words. */
export async function deleteOnShopify(client: ShopifyClient, shopifyProductId: string): Promise<string | null> {
  const { data } = await client.request<DeleteData>(productDelete, { input: { id: shopifyProductId } });
  const refused = userErrorText(data.productDelete?.userErrors) ?? (data.productDelete ? null : 'Shopify did not answer the delete.');
  return refused === null || isAlreadyGone(data) ? null : refused;
}

export const notDeletedMessage = (name: string, why: string) => `"${name}" was not deleted on Shopify, so it stays linked. ${why}`;

/** The local side of an unlink and its activity row; the caller runs it inside a catalog write and touches the product. */
export function forgetLink(db: WritableDB, product: LinkedProduct, deletedOnShopify: boolean, at: string): void {
  unlinkProductRecords(db, product.id);
  recordActivity(db, at, {
    kind: 'unlink',
    productId: product.id,
    productName: product.name,
    shopifyProductId: product.shopifyProductId,
    outcome: 'success',
    message: deletedOnShopify ? 'Unlinked and deleted on Shopify' : 'Unlinked; both products kept',
    changes: [
      { variant: null, field: 'shopifyProductId', side: 'stockpilot', from: product.shopifyProductId, to: null },
      ...(deletedOnShopify ? [{ variant: null, field: 'product', side: 'shopify' as const, from: product.shopifyProductId, to: null }] : []),
    ],
  });
}

/** Deleting a product Shopify no longer has leaves the owner where they wanted to be. */
function isAlreadyGone(data: DeleteData): boolean {
  return data.productDelete?.userErrors.some((e) => /does not exist|not found/i.test(e.message)) ?? false;
}

/**
 * Deleting a variant of a linked product on the side it is still on: on Shopify with
 * productVariantsBulkDelete (it was removed in Stockpilot), or here (it was removed on
 * Shopify) — by the catalog's own rules (not the product's last variant, not a bundle's
 * component), and never while units of it are committed to open orders, which would be lost.
 * Its sales stay in the sales history. Neither delete can be undone.
 */
import { ContractError } from '../../../shared/errors';
import type { CatalogChange } from '../../catalog/catalog-write';
import { deleteVariantRow, variantFacts } from '../../catalog/variant-store';
import { prepared } from '../../db/prepared';
import type { ReadableDB } from '../../db/types';
import type { ShopifyClient } from '../../shopify/client';
import { defineOperation } from '../../shopify/shopify-operation';
import variantsDeleteDocument from '../operations/sync-variants-delete.graphql?raw';
import { refusedUnlessClean, type UserError } from './apply-shopify-writes';

const variantsDeleteMutation = defineOperation(variantsDeleteDocument);

export async function deleteVariantsOnShopify(client: ShopifyClient, shopifyProductId: string, variantIds: readonly string[]): Promise<void> {
  if (variantIds.length === 0) return;
  const { data } = await client.request<{ productVariantsBulkDelete: { userErrors: UserError[] } | null }>(variantsDeleteMutation, { productId: shopifyProductId, variantsIds: variantIds });
  refusedUnlessClean('deleting the variants', data.productVariantsBulkDelete?.userErrors);
}

/** Shopify variants gone on both sides now (or brought back here): nothing left to remember about their removal. */
export function forgetRemovedVariants(change: Pick<CatalogChange, 'db'>, shopifyVariantIds: readonly string[]): void {
  prepared(change.db, 'DELETE FROM removed_linked_variants WHERE shopify_variant_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(shopifyVariantIds));
}

/** Refuses, in the owner's words, a local delete that would lose something. Run before anything is written. */
export function checkDeletableHere(db: ReadableDB, variantId: number, label: string): void {
  const row = prepared(db, 'SELECT committed FROM variants WHERE id = ?').get(variantId) as { committed: number } | undefined;
  if (!row) throw new ContractError('not_found', `The variant ${label} is no longer in Stockpilot. Compare again.`);
  if (row.committed > 0) {
    throw new ContractError(
      'rejected',
      `The variant ${label} has ${row.committed} unit${row.committed === 1 ? '' : 's'} committed to open orders, so it was not deleted in Stockpilot (they would be lost). Fulfil or release them, or choose Leave.`,
    );
  }
}

export function deleteVariantHere(change: CatalogChange, variantId: number, label: string): void {
  checkDeletableHere(change.db, variantId, label);
  try {
    deleteVariantRow(change, variantFacts(change.db, variantId));
  } catch (error) {
    throw new ContractError('rejected', `The variant ${label} was not deleted in Stockpilot: ${error instanceof Error ? error.message : String(error)}`);
  }
}

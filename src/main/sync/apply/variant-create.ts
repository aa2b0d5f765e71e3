/**
 * Creating on Shopify the variants a linked product has in Stockpilot only: one
 * productVariantsBulkCreate with each one's option values, price, barcode, SKU and tracking,
 * stocked at the push location at 0 (which activates it there); the real number goes out
 * through the stock push once the variant is linked. Undo deletes them again.
 */
import type { Product } from '../../../shared/catalog';
import type { ShopifyClient } from '../../shopify/client';
import { defineOperation } from '../../shopify/shopify-operation';
import { centsText } from '../compare/field-differences';
import variantsCreateDocument from '../operations/sync-variants-create.graphql?raw';
import { optionValueInputs, refusedUnlessClean, ShopifyWriteRefused, type CreatedVariant, type UserError } from './apply-shopify-writes';

const variantsCreateMutation = defineOperation(variantsCreateDocument);

interface BulkCreateAnswer {
  productVariantsBulkCreate: { productVariants: { id: string; sku: string | null; inventoryItem: { id: string } | null }[] | null; userErrors: UserError[] } | null;
}

export interface VariantToCreate {
  variant: Product['variants'][number];
  tracked: boolean;
}

/** Creates the variants; answers each one's Shopify ids in the order given. */
export async function createVariantsOnShopify(
  client: ShopifyClient,
  shopifyProductId: string,
  optionNames: readonly string[],
  variants: readonly VariantToCreate[],
  locationId: string | null,
): Promise<CreatedVariant[]> {
  const input = variants.map(({ variant: v, tracked }) => ({
    optionValues: optionValueInputs(optionNames, v.optionValues),
    price: centsText(v.priceCents),
    ...(v.barcode !== '' && { barcode: v.barcode }),
    inventoryItem: { sku: v.sku, tracked },
    ...(tracked && locationId !== null && { inventoryQuantities: [{ locationId, availableQuantity: 0 }] }),
  }));
  // productVariantsBulkCreate takes no idempotency key: an answer lost on the way is not resent here (see created-product-lookup).
  const { data } = await client.request<BulkCreateAnswer>(variantsCreateMutation, { productId: shopifyProductId, variants: input }, { sendOnce: true });
  refusedUnlessClean('the new variants', data.productVariantsBulkCreate?.userErrors);
  const created = data.productVariantsBulkCreate?.productVariants ?? [];
  if (created.length !== variants.length) throw new ShopifyWriteRefused(`Shopify created ${created.length} of ${variants.length} variants; compare again to see where they stand.`);
  // By SKU where it tells them apart, else in the order given (Shopify answers in that order).
  return variants.map(({ variant }, i) => {
    const bySku = created.find((c) => c.sku !== null && c.sku.trim() !== '' && c.sku.trim() === variant.sku.trim());
    const node = bySku ?? (created[i] as (typeof created)[number]);
    return { id: node.id, inventoryItemId: node.inventoryItem?.id ?? null };
  });
}

/**
 * The link between a local product and a Shopify product, in the local records only (the
 * caller runs it in the transaction that finishes an apply or a map). Linking forgets what
 * the stock push knew of Shopify's quantity, so it reads Shopify's number itself before it
 * next sends; whether the link itself pushes local stock is the caller's choice
 * (`pushStock`): a map changes neither side, an apply that chose local stock does.
 */
import { prepared } from '../db/prepared';
import type { WritableDB } from '../db/types';
import { forgetShopifyQuantity } from '../stock/shopify-side-state';
import { clearSyncedValues, recordSyncedValues } from './synced-values';

export interface VariantLink {
  variantId: number;
  shopifyVariantId: string;
  inventoryItemId: string | null;
}

export interface ProductLinkRecord {
  productId: number;
  shopifyProductId: string;
  variants: readonly VariantLink[];
  /** Queue a push of the local quantities (true), or leave Shopify's stock as it is (false). */
  pushStock: boolean;
}

export function linkProductRecords(db: WritableDB, link: ProductLinkRecord, at: string): void {
  prepared(db, 'UPDATE products SET shopify_product_id = ? WHERE id = ?').run(link.shopifyProductId, link.productId);
  const setIds = prepared(db, 'UPDATE variants SET shopify_variant_id = ?, shopify_inventory_item_id = ? WHERE id = ? AND product_id = ?');
  for (const v of link.variants) {
    setIds.run(v.shopifyVariantId, v.inventoryItemId, v.variantId, link.productId);
    // The link trigger (migration 2) queued a push; a map takes it back.
    if (!link.pushStock) prepared(db, 'DELETE FROM push_outbox WHERE variant_id = ? AND batch_id IS NULL').run(v.variantId);
  }
  forgetShopifyQuantity(db, link.variants.map((v) => v.variantId));
  recordSyncedValues(db, link.productId, at);
}

/** Forgets the link on the local side: ids, last-synced values, what the stock push knew and had pending. */
export function unlinkProductRecords(db: WritableDB, productId: number): void {
  prepared(db, 'DELETE FROM push_outbox WHERE batch_id IS NULL AND variant_id IN (SELECT id FROM variants WHERE product_id = ?)').run(productId);
  prepared(db, 'DELETE FROM variant_push_state WHERE variant_id IN (SELECT id FROM variants WHERE product_id = ?)').run(productId);
  prepared(db, 'UPDATE variants SET shopify_variant_id = NULL, shopify_inventory_item_id = NULL WHERE product_id = ?').run(productId);
  prepared(db, 'UPDATE products SET shopify_product_id = NULL WHERE id = ?').run(productId);
  clearSyncedValues(db, productId);
}

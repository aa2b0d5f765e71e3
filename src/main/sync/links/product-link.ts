/**
 * The link between a local product and a Shopify product, in the local records only (the
 * caller runs it in the transaction that finishes an apply or a map). Linking forgets what
 * the stock push knew of Shopify's quantity, so it reads Shopify's number itself before it
 * next sends; whether the link itself pushes local stock is the caller's choice
 * (`pushStock`): a map changes neither side, an apply that chose local stock does. A push
 * that was pending before the link stays pending either way.
 */
import { prepared } from '../../db/prepared';
import type { WritableDB } from '../../db/types';
import { forgetShopifyQuantity } from '../../stock/reconcile/shopify-side-state';
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

interface QueuedPush {
  variant_id: number;
  version: number;
  absolute: number;
}

export function linkProductRecords(db: WritableDB, link: ProductLinkRecord, at: string): void {
  const variantIds = link.variants.map((v) => v.variantId);
  const queuedBefore = link.pushStock ? null : queuedPushes(db, variantIds);
  prepared(db, 'UPDATE products SET shopify_product_id = ? WHERE id = ?').run(link.shopifyProductId, link.productId);
  const setIds = prepared(db, 'UPDATE variants SET shopify_variant_id = ?, shopify_inventory_item_id = ? WHERE id = ? AND product_id = ?');
  for (const v of link.variants) setIds.run(v.shopifyVariantId, v.inventoryItemId, v.variantId, link.productId);
  forgetShopifyQuantity(db, variantIds);
  if (queuedBefore) takeBackLinkPushes(db, variantIds, queuedBefore);
  recordSyncedValues(db, link.productId, at);
}

function queuedPushes(db: WritableDB, variantIds: readonly number[]): Map<number, QueuedPush> {
  const rows = prepared(db, 'SELECT variant_id, version, absolute FROM push_outbox WHERE variant_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(variantIds)) as QueuedPush[];
  return new Map(rows.map((r) => [r.variant_id, r]));
}

/**
 * The link trigger (migration 2) queued a push of every variant linked; a map takes back only
 * that. A push queued before the link (an earlier apply, a stock change) keeps its place, as
 * it was, and is still sent.
 */
function takeBackLinkPushes(db: WritableDB, variantIds: readonly number[], before: ReadonlyMap<number, QueuedPush>): void {
  const drop = prepared(db, 'DELETE FROM push_outbox WHERE variant_id = ? AND batch_id IS NULL');
  const restore = prepared(db, 'UPDATE push_outbox SET version = ?, absolute = ? WHERE variant_id = ?');
  for (const id of variantIds) {
    const queued = before.get(id);
    if (queued) restore.run(queued.version, queued.absolute, id);
    else drop.run(id);
  }
}

/** Forgets the link on the local side: ids, last-synced values, what the stock push knew and had pending. */
export function unlinkProductRecords(db: WritableDB, productId: number): void {
  // By variant, never by the batch index: a long pending outbox would be read through for each product.
  prepared(db, 'DELETE FROM push_outbox WHERE variant_id IN (SELECT id FROM variants WHERE product_id = ?) AND +batch_id IS NULL').run(productId);
  prepared(db, 'DELETE FROM variant_push_state WHERE variant_id IN (SELECT id FROM variants WHERE product_id = ?)').run(productId);
  prepared(db, 'UPDATE variants SET shopify_variant_id = NULL, shopify_inventory_item_id = NULL WHERE product_id = ?').run(productId);
  prepared(db, 'UPDATE products SET shopify_product_id = NULL WHERE id = ?').run(productId);
  clearSyncedValues(db, productId);
}

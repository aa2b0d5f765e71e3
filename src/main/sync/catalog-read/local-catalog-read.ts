/**
 * The local side of a compare: every product and variant in a few whole-table reads (not a
 * query per product), with what each variant would show on Shopify by the stock push's own
 * rules, and the variant's open "Changed on Shopify" entry, if any (its push waits for a choice).
 */
import { prepared } from '../../db/prepared';
import type { ReadableDB } from '../../db/types';
import { quantityToPush } from '../../stock/push/quantity-to-push';
import { AS_IS, toLoadedRule, type LoadedRule } from '../../stock/stock-rules';
import { parseJsonArray, PRODUCT_FIELD_COLUMNS, productFields, type ProductFieldColumns, type ProductRecord, type VariantRecord } from '../../catalog/catalog-records';
import type { LocalProduct } from './catalog-snapshot';
import { RepeatedValues } from './repeated-values';
import type { SyncedImages } from '../links/synced-images';

type ProductColumns = ProductFieldColumns & Pick<ProductRecord, 'id' | 'shopify_product_id'>;
type VariantColumns = Pick<VariantRecord, 'id' | 'product_id' | 'sku' | 'price_cents' | 'option_values' | 'barcode' | 'compare_at_price_cents' | 'on_hand' | 'committed' | 'shopify_variant_id'> & { shopify_change: number; image_id: number | null };

interface RuleRecord {
  product_id: number;
  kind: LoadedRule['kind'];
  quantity: number | null;
  variant_quantities: string;
  dont_sync: number;
}

interface ImageColumns {
  id: number;
  product_id: number;
  file_name: string;
  alt: string;
  shopify_media_id: string | null;
}

/** Every product's images in its order; a stored file's name is the SHA-256 of its bytes. */
function readLocalImages(db: ReadableDB, byId: Map<number, LocalProduct>): void {
  for (const product of byId.values()) product.images = [];
  const rows = prepared(db, 'SELECT id, product_id, file_name, alt, shopify_media_id FROM product_images ORDER BY product_id, position, id').all() as ImageColumns[];
  for (const r of rows) {
    byId.get(r.product_id)?.images?.push({ id: r.id, sha256: r.file_name.slice(0, r.file_name.indexOf('.')), fileName: r.file_name, alt: r.alt, shopifyMediaId: r.shopify_media_id });
  }
  const synced = prepared(db, 'SELECT id, last_synced_images FROM products WHERE last_synced_images IS NOT NULL').all() as { id: number; last_synced_images: string }[];
  for (const r of synced) {
    const product = byId.get(r.id);
    if (product) product.syncedImageFiles = (JSON.parse(r.last_synced_images) as SyncedImages).images.map(([file]) => file);
  }
}

export function readLocalCatalog(db: ReadableDB, soldOutOverride: boolean): LocalProduct[] {
  const rules = new Map((prepared(db, 'SELECT product_id, kind, quantity, variant_quantities, dont_sync FROM product_stock_rules').all() as RuleRecord[]).map((r) => [r.product_id, toLoadedRule(r)]));
  const products = prepared(
    db,
    `SELECT id, ${PRODUCT_FIELD_COLUMNS}, shopify_product_id FROM products ORDER BY id`,
  ).iterate() as IterableIterator<ProductColumns>;
  const byId = new Map<number, LocalProduct>();
  const shared = new RepeatedValues();
  const list = Array.from(products, (p): LocalProduct => {
    const fields = productFields(p);
    const product: LocalProduct = {
      id: p.id,
      ...fields,
      vendor: shared.text(fields.vendor),
      category: shared.text(fields.category),
      optionNames: shared.list(fields.optionNames),
      status: shared.text(fields.status) as typeof fields.status,
      listingStatus: shared.text(fields.listingStatus) as typeof fields.listingStatus,
      tags: shared.list(fields.tags),
      shopifyProductId: p.shopify_product_id,
      variants: [],
    };
    byId.set(p.id, product);
    return product;
  });
  const variants = prepared(
    db,
    `SELECT v.id, v.product_id, v.sku, v.price_cents, v.option_values, v.barcode, v.compare_at_price_cents, v.on_hand, v.committed, v.shopify_variant_id, v.image_id,
            coalesce(c.shopify_quantity - c.stockpilot_quantity, 0) AS shopify_change
     FROM variants v LEFT JOIN shopify_changes c ON c.variant_id = v.id ORDER BY v.product_id, v.position, v.id`,
  ).iterate() as IterableIterator<VariantColumns>;
  // One row at a time: a large catalog's rows are never all held besides the snapshot built from them.
  for (const v of variants) {
    const product = byId.get(v.product_id);
    if (!product) continue;
    const decision = quantityToPush({
      variantId: v.id,
      onHand: v.on_hand,
      committed: v.committed,
      trackInventory: product.trackInventory,
      rule: rules.get(v.product_id) ?? AS_IS,
      soldOutOverride,
    });
    product.variants.push({
      id: v.id,
      sku: v.sku,
      priceCents: v.price_cents,
      optionValues: shared.list(parseJsonArray(v.option_values)),
      barcode: v.barcode,
      compareAtPriceCents: v.compare_at_price_cents,
      onHand: v.on_hand,
      committed: v.committed,
      stockForShopify: decision.send && product.trackInventory ? decision.quantity : null,
      pendingShopifyChange: v.shopify_change,
      shopifyVariantId: v.shopify_variant_id,
      imageId: v.image_id,
    });
  }
  readLocalImages(db, byId);
  const removed = prepared(db, 'SELECT product_id, shopify_variant_id FROM removed_linked_variants').all() as { product_id: number; shopify_variant_id: string }[];
  for (const r of removed) {
    const product = byId.get(r.product_id);
    if (product) (product.removedShopifyVariantIds ??= []).push(r.shopify_variant_id);
  }
  return list;
}

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

type ProductColumns = ProductFieldColumns & Pick<ProductRecord, 'id' | 'shopify_product_id'>;
type VariantColumns = Pick<VariantRecord, 'id' | 'product_id' | 'sku' | 'price_cents' | 'option_values' | 'barcode' | 'compare_at_price_cents' | 'on_hand' | 'committed' | 'shopify_variant_id'> & { shopify_change: number };

interface RuleRecord {
  product_id: number;
  kind: LoadedRule['kind'];
  quantity: number | null;
  variant_quantities: string;
  dont_sync: number;
}

export function readLocalCatalog(db: ReadableDB, soldOutOverride: boolean): LocalProduct[] {
  const products = prepared(
    db,
    `SELECT id, ${PRODUCT_FIELD_COLUMNS}, shopify_product_id FROM products ORDER BY id`,
  ).all() as ProductColumns[];
  const rules = new Map((prepared(db, 'SELECT product_id, kind, quantity, variant_quantities, dont_sync FROM product_stock_rules').all() as RuleRecord[]).map((r) => [r.product_id, toLoadedRule(r)]));
  const byId = new Map<number, LocalProduct>();
  const list = products.map((p): LocalProduct => {
    const product: LocalProduct = {
      id: p.id,
      ...productFields(p),
      shopifyProductId: p.shopify_product_id,
      variants: [],
    };
    byId.set(p.id, product);
    return product;
  });
  const variants = prepared(
    db,
    `SELECT v.id, v.product_id, v.sku, v.price_cents, v.option_values, v.barcode, v.compare_at_price_cents, v.on_hand, v.committed, v.shopify_variant_id,
            coalesce(c.shopify_quantity - c.stockpilot_quantity, 0) AS shopify_change
     FROM variants v LEFT JOIN shopify_changes c ON c.variant_id = v.id ORDER BY v.product_id, v.position, v.id`,
  ).all() as VariantColumns[];
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
      optionValues: parseJsonArray(v.option_values),
      barcode: v.barcode,
      compareAtPriceCents: v.compare_at_price_cents,
      onHand: v.on_hand,
      committed: v.committed,
      stockForShopify: decision.send && product.trackInventory ? decision.quantity : null,
      pendingShopifyChange: v.shopify_change,
      shopifyVariantId: v.shopify_variant_id,
    });
  }
  return list;
}

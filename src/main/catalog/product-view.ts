/** Reads a product, its variants, components and images into the contract's shapes. */
import type { ComponentView, Product, ProductImage, Variant } from '../../shared/catalog';
import { notFound } from '../../shared/errors';
import { prepared } from '../db/prepared';
import type { ReadableDB } from '../db/types';
import { parseJsonArray, productFields, type ProductRecord, type VariantRecord } from './catalog-records';

interface ComponentRecord {
  bundle_variant_id: number;
  component_variant_id: number;
  quantity: number;
  sku: string;
  on_hand: number;
  product_name: string;
}

/** Turns variant rows into Variants, fetching all their components in one query. */
export function toVariants(db: ReadableDB, rows: readonly VariantRecord[]): Variant[] {
  const components = prepared(
    db,
    `SELECT vc.bundle_variant_id, vc.component_variant_id, vc.quantity, c.sku, c.on_hand, p.name AS product_name
     FROM variant_components vc JOIN variants c ON c.id = vc.component_variant_id JOIN products p ON p.id = c.product_id
     WHERE vc.bundle_variant_id IN (SELECT value FROM json_each(?)) ORDER BY vc.rowid`,
  ).all(JSON.stringify(rows.map((r) => r.id))) as ComponentRecord[];
  const byBundle = new Map<number, ComponentView[]>();
  for (const c of components) {
    const list = byBundle.get(c.bundle_variant_id) ?? [];
    list.push({ componentVariantId: c.component_variant_id, quantity: c.quantity, sku: c.sku, productName: c.product_name, onHand: c.on_hand });
    byBundle.set(c.bundle_variant_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    productId: r.product_id,
    position: r.position,
    sku: r.sku,
    priceCents: r.price_cents,
    optionValues: parseJsonArray(r.option_values),
    barcode: r.barcode,
    compareAtPriceCents: r.compare_at_price_cents,
    onHand: r.on_hand,
    committed: r.committed,
    available: Math.max(0, r.on_hand - r.committed),
    imageId: r.image_id,
    components: byBundle.get(r.id) ?? [],
    shopify: { variantId: r.shopify_variant_id, inventoryItemId: r.shopify_inventory_item_id },
  }));
}

export function readProduct(db: ReadableDB, id: number): Product {
  const p = prepared(db, 'SELECT * FROM products WHERE id = ?').get(id) as ProductRecord | undefined;
  if (!p) throw notFound(`Product ${id}`);
  const variantRows = prepared(db, 'SELECT * FROM variants WHERE product_id = ? ORDER BY position, id').all(id) as VariantRecord[];
  const images = prepared(db, 'SELECT * FROM product_images WHERE product_id = ? ORDER BY position, id').all(id) as {
    id: number;
    file_name: string;
    alt: string;
    position: number;
    shopify_media_id: string | null;
  }[];
  return {
    id: p.id,
    ...productFields(p),
    images: images.map(
      (i): ProductImage => ({ id: i.id, fileName: i.file_name, alt: i.alt, position: i.position, shopifyMediaId: i.shopify_media_id }),
    ),
    internal: {
      cogsCents: p.cogs_cents,
      materialCostCents: p.material_cost_cents,
      laborCents: p.labor_cents,
      markupPercent: p.markup_percent,
      wholesalePriceCents: p.wholesale_price_cents,
      commissionRatePercent: p.commission_rate_percent,
      retailListed: p.retail_listed === 1,
      consignmentStock: p.consignment_stock,
    },
    shopify: { productId: p.shopify_product_id, syncState: p.sync_state, syncError: p.sync_error, lastSyncedAt: p.last_synced_at },
    variants: toVariants(db, variantRows),
    createdAt: p.created_at,
    updatedAt: p.updated_at,
  };
}

export function findVariantsBySku(db: ReadableDB, sku: string): (Variant & { productName: string })[] {
  const rows = prepared(
    db,
    `SELECT v.*, p.name AS product_name FROM variants v JOIN products p ON p.id = v.product_id
     WHERE v.sku = ? COLLATE NOCASE ORDER BY v.id`,
  ).all(sku) as (VariantRecord & { product_name: string })[];
  const variants = toVariants(db, rows);
  return variants.map((v, i) => ({ ...v, productName: rows[i]?.product_name ?? '' }));
}

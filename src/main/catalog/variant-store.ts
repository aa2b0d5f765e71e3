/** Variant rows: lookups with what the rules need, insert, field updates, delete. */
import { notFound, rejected } from '../../shared/errors';
import { prepared } from '../db/prepared';
import type { ReadableDB } from '../db/types';
import type { CatalogChange } from './catalog-write';

/** A variant with the facts about its product that the stock and component rules need. */
export interface VariantFacts {
  id: number;
  productId: number;
  productName: string;
  sku: string;
  optionValues: string[];
  onHand: number;
  autoStock: boolean;
  trackInventory: boolean;
}

export function findVariantFacts(db: ReadableDB, id: number): VariantFacts | undefined {
  const row = prepared(
    db,
    `SELECT v.id, v.product_id, p.name AS product_name, v.sku, v.option_values, v.on_hand, p.auto_stock, p.track_inventory
     FROM variants v JOIN products p ON p.id = v.product_id WHERE v.id = ?`,
  ).get(id) as
    | { id: number; product_id: number; product_name: string; sku: string; option_values: string; on_hand: number; auto_stock: number; track_inventory: number }
    | undefined;
  if (!row) return undefined;
  return {
    id: row.id,
    productId: row.product_id,
    productName: row.product_name,
    sku: row.sku,
    optionValues: JSON.parse(row.option_values) as string[],
    onHand: row.on_hand,
    autoStock: row.auto_stock === 1,
    trackInventory: row.track_inventory === 1,
  };
}

export function variantFacts(db: ReadableDB, id: number): VariantFacts {
  const facts = findVariantFacts(db, id);
  if (!facts) throw notFound(`Variant ${id}`);
  return facts;
}

/** How a person recognises a variant: "Moth tee — Black / M (TEE-MOTH-M-BLA)". */
export function describeVariant(v: Pick<VariantFacts, 'productName' | 'optionValues' | 'sku'>): string {
  const options = v.optionValues.length > 0 ? ` \u2014 ${v.optionValues.join(' / ')}` : '';
  const sku = v.sku ? ` (${v.sku})` : '';
  return `${v.productName}${options}${sku}`;
}

export interface VariantFields {
  sku: string;
  priceCents: number;
  optionValues: string[];
  barcode: string;
  compareAtPriceCents: number | null;
  imageId: number | null;
}

export function insertVariant(change: CatalogChange, productId: number, fields: VariantFields): number {
  const { db } = change;
  const next = prepared(db, 'SELECT coalesce(max(position) + 1, 0) AS p FROM variants WHERE product_id = ?').get(productId) as { p: number };
  checkImageBelongs(db, productId, fields.imageId);
  const info = prepared(
    db,
    `INSERT INTO variants (product_id, position, sku, price_cents, option_values, barcode, compare_at_price_cents, image_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(productId, next.p, fields.sku, fields.priceCents, JSON.stringify(fields.optionValues), fields.barcode, fields.compareAtPriceCents, fields.imageId, change.now, change.now);
  change.touch(productId);
  return Number(info.lastInsertRowid);
}

export function updateVariantFields(change: CatalogChange, variant: VariantFacts, fields: Partial<VariantFields>): void {
  const { db } = change;
  if (fields.imageId !== undefined) checkImageBelongs(db, variant.productId, fields.imageId);
  prepared(
    db,
    `UPDATE variants SET
       sku = coalesce(:sku, sku),
       price_cents = coalesce(:price, price_cents),
       option_values = coalesce(:options, option_values),
       barcode = coalesce(:barcode, barcode),
       compare_at_price_cents = CASE WHEN :setCompareAt THEN :compareAt ELSE compare_at_price_cents END,
       image_id = CASE WHEN :setImage THEN :imageId ELSE image_id END,
       updated_at = :now
     WHERE id = :id`,
  ).run({
    id: variant.id,
    sku: fields.sku ?? null,
    price: fields.priceCents ?? null,
    options: fields.optionValues ? JSON.stringify(fields.optionValues) : null,
    barcode: fields.barcode ?? null,
    setCompareAt: fields.compareAtPriceCents !== undefined ? 1 : 0,
    compareAt: fields.compareAtPriceCents ?? null,
    setImage: fields.imageId !== undefined ? 1 : 0,
    imageId: fields.imageId ?? null,
    now: change.now,
  });
  change.touch(variant.productId);
}

/** The names of the bundles (other than `exceptProductId`'s own) that use any of these variants. */
export function bundlesUsing(db: ReadableDB, variantIds: readonly number[], exceptProductId?: number): string[] {
  const rows = prepared(
    db,
    `SELECT DISTINCT p.name FROM variant_components vc
     JOIN variants b ON b.id = vc.bundle_variant_id JOIN products p ON p.id = b.product_id
     WHERE vc.component_variant_id IN (SELECT value FROM json_each(?)) AND p.id IS NOT ?
     ORDER BY p.name`,
  ).all(JSON.stringify(variantIds), exceptProductId ?? null) as { name: string }[];
  return rows.map((r) => r.name);
}

export function deleteVariantRow(change: CatalogChange, variant: VariantFacts): void {
  const count = prepared(change.db, 'SELECT count(*) AS n FROM variants WHERE product_id = ?').get(variant.productId) as { n: number };
  if (count.n <= 1) throw rejected(`${variant.productName} must keep at least one variant. Delete the product instead.`);
  const bundles = bundlesUsing(change.db, [variant.id]);
  if (bundles.length > 0) {
    throw rejected(`${describeVariant(variant)} is a component of ${bundles.join(', ')}. Remove it from those bundles first.`);
  }
  prepared(change.db, 'DELETE FROM variants WHERE id = ?').run(variant.id);
  change.touch(variant.productId);
}

function checkImageBelongs(db: ReadableDB, productId: number, imageId: number | null): void {
  if (imageId === null) return;
  const image = prepared(db, 'SELECT product_id FROM product_images WHERE id = ?').get(imageId) as { product_id: number } | undefined;
  if (!image || image.product_id !== productId) throw rejected(`Image ${imageId} is not one of this product\u2019s images.`);
}

export const variantIdsOf = (db: ReadableDB, productId: number): number[] =>
  (prepared(db, 'SELECT id FROM variants WHERE product_id = ? ORDER BY position, id').all(productId) as { id: number }[]).map((r) => r.id);


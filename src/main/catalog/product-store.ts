/** Product rows: insert, field updates, delete. The rules about variants live beside it. */
import type { InternalFields } from '../../shared/catalog';
import type { ParsedInput } from '../../shared/contract';
import { notFound, rejected } from '../../shared/errors';
import { prepared } from '../db/prepared';
import type { ReadableDB } from '../db/types';
import type { CatalogChange } from './catalog-write';
import { bundlesUsing, variantIdsOf } from './variant-store';

/** A product's own fields, as the contract hands them over (variants aside). */
export type ProductFields = Omit<ParsedInput<'createProduct'>, 'variants'>;

type Encode = (value: never) => string | number | null;
const asText: Encode = (v: string) => v;
const asJson: Encode = (v: string[]) => JSON.stringify(v);
const asFlag: Encode = (v: boolean) => (v ? 1 : 0);
const asNumber: Encode = (v: number | null) => v;

const productColumns: { [K in Exclude<keyof ProductFields, 'internal'>]: [string, Encode] } = {
  name: ['name', asText],
  descriptionHtml: ['description_html', asText],
  vendor: ['vendor', asText],
  category: ['category', asText],
  optionNames: ['option_names', asJson],
  status: ['status', asText],
  listingStatus: ['listing_status', asText],
  trackInventory: ['track_inventory', asFlag],
  autoStock: ['auto_stock', asFlag],
  tags: ['tags', asJson],
  seoTitle: ['seo_title', asText],
  seoDescription: ['seo_description', asText],
};

const internalColumns: { [K in keyof InternalFields]: [string, Encode] } = {
  cogsCents: ['cogs_cents', asNumber],
  materialCostCents: ['material_cost_cents', asNumber],
  laborCents: ['labor_cents', asNumber],
  markupPercent: ['markup_percent', asNumber],
  wholesalePriceCents: ['wholesale_price_cents', asNumber],
  commissionRatePercent: ['commission_rate_percent', asNumber],
  retailListed: ['retail_listed', asFlag],
  consignmentStock: ['consignment_stock', asNumber],
};

/** The (column, value) pairs for the fields present in `fields`. */
function columnValues(fields: Partial<ProductFields>): [string, string | number | null][] {
  const pairs: [string, string | number | null][] = [];
  for (const [key, [column, encode]] of Object.entries(productColumns)) {
    const value = fields[key as keyof typeof productColumns];
    if (value !== undefined) pairs.push([column, encode(value as never)]);
  }
  for (const [key, [column, encode]] of Object.entries(internalColumns)) {
    const value = fields.internal?.[key as keyof InternalFields];
    if (value !== undefined) pairs.push([column, encode(value as never)]);
  }
  return pairs;
}

export function insertProduct(change: CatalogChange, fields: ProductFields): number {
  const pairs = [...columnValues(fields), ['created_at', change.now] as [string, string], ['updated_at', change.now] as [string, string]];
  const sql = `INSERT INTO products (${pairs.map(([c]) => c).join(', ')}) VALUES (${pairs.map(() => '?').join(', ')})`;
  const id = Number(prepared(change.db, sql).run(...pairs.map(([, v]) => v)).lastInsertRowid);
  change.touch(id);
  return id;
}

export function updateProductRow(change: CatalogChange, id: number, fields: Partial<ProductFields>): void {
  const pairs = columnValues(fields);
  if (pairs.length > 0) {
    const sql = `UPDATE products SET ${pairs.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`;
    prepared(change.db, sql).run(...pairs.map(([, v]) => v), id);
  }
  change.touch(id);
}

export interface ProductBasics {
  id: number;
  name: string;
  optionNames: string[];
  autoStock: boolean;
}

export function productBasics(db: ReadableDB, id: number): ProductBasics {
  const row = prepared(db, 'SELECT id, name, option_names, auto_stock FROM products WHERE id = ?').get(id) as
    | { id: number; name: string; option_names: string; auto_stock: number }
    | undefined;
  if (!row) throw notFound(`Product ${id}`);
  return { id: row.id, name: row.name, optionNames: JSON.parse(row.option_names) as string[], autoStock: row.auto_stock === 1 };
}

export function deleteProductRow(change: CatalogChange, product: ProductBasics): void {
  const bundles = bundlesUsing(change.db, variantIdsOf(change.db, product.id), product.id);
  if (bundles.length > 0) {
    throw rejected(`${product.name} is a component of ${bundles.join(', ')}. Remove it from those bundles first.`);
  }
  // Its own bundles' rows go first, so the RESTRICT on components inside the product does not fire.
  prepared(
    change.db,
    'DELETE FROM variant_components WHERE bundle_variant_id IN (SELECT id FROM variants WHERE product_id = ?)',
  ).run(product.id);
  prepared(change.db, 'DELETE FROM products WHERE id = ?').run(product.id);
  change.touch(product.id);
}

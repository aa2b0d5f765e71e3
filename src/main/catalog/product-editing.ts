/**
 * The rules of creating and changing products and variants: option values in step with
 * option names, opening stock as a ledger movement, components only on auto-stock products.
 */
import type { ParsedInput } from '../../shared/contract';
import { rejected } from '../../shared/errors';
import { prepared } from '../db/prepared';
import { componentsOf, recomputeBundle, refreshBundlesUsing, setComponents } from './auto-stock';
import type { CatalogChange } from './catalog-write';
import { checkDistinctOptions, checkOptionValues, reshapeOptionValues } from './option-values';
import { insertProduct, productBasics, updateProductRow, type ProductBasics } from './product-store';
import { ledgerOnHand, recordMovement } from './stock-ledger';
import { insertVariant, updateVariantFields, variantFacts, variantIdsOf } from './variant-store';

type NewVariant = Omit<ParsedInput<'createVariant'>, 'productId'>;

export function createProduct(change: CatalogChange, input: ParsedInput<'createProduct'>, source: string): number {
  const { variants, ...fields } = input;
  for (const v of variants) checkOptionValues(fields.name, fields.optionNames, v.optionValues);
  checkDistinctOptions(fields.name, variants.map((v) => v.optionValues));
  const id = insertProduct(change, fields);
  const product = productBasics(change.db, id);
  for (const variant of variants) addVariant(change, product, variant, source);
  return id;
}

export function addVariant(change: CatalogChange, product: ProductBasics, input: NewVariant, source: string): number {
  checkOptionValues(product.name, product.optionNames, input.optionValues);
  if (product.autoStock && input.onHand > 0) {
    throw rejected(`${product.name} is auto-stock: its variants\u2019 stock comes from their components, so they take no opening stock.`);
  }
  const { components, onHand, ...fields } = input;
  const id = insertVariant(change, product.id, fields);
  checkSiblingsDistinct(change, product.id, product.name);
  if (components.length > 0) setComponents(change, variantFacts(change.db, id), components);
  if (onHand > 0) recordMovement(change, variantFacts(change.db, id), { kind: 'received', quantity: onHand, reason: 'Opening stock', source });
  return id;
}

export function updateProduct(change: CatalogChange, input: ParsedInput<'updateProduct'>): void {
  const product = productBasics(change.db, input.id);
  const { changes } = input;
  const name = changes.name ?? product.name;
  if (changes.optionNames && changes.optionNames.length !== product.optionNames.length) {
    reshapeVariantOptions(change, { ...product, name }, changes.optionNames.length);
  }
  if (changes.autoStock === false && product.autoStock) turnAutoStockOff(change, product);
  updateProductRow(change, product.id, changes);
  if (changes.autoStock === true && !product.autoStock) {
    for (const variantId of variantIdsOf(change.db, product.id)) recomputeBundle(change, variantId);
  }
}

function reshapeVariantOptions(change: CatalogChange, product: ProductBasics, optionCount: number): void {
  const rows = prepared(change.db, 'SELECT id, option_values FROM variants WHERE product_id = ? ORDER BY position, id').all(product.id) as {
    id: number;
    option_values: string;
  }[];
  const reshaped = reshapeOptionValues(product.name, rows.map((r) => JSON.parse(r.option_values) as string[]), optionCount);
  const update = prepared(change.db, 'UPDATE variants SET option_values = ?, updated_at = ? WHERE id = ?');
  rows.forEach((row, i) => update.run(JSON.stringify(reshaped[i] ?? []), change.now, row.id));
}

/** Its variants keep their own stock again: what their ledger says. */
function turnAutoStockOff(change: CatalogChange, product: ProductBasics): void {
  const ids = variantIdsOf(change.db, product.id);
  if (ids.some((id) => componentsOf(change.db, id).length > 0)) {
    throw rejected(`Remove the components of ${product.name}\u2019s variants before turning auto-stock off.`);
  }
  for (const id of ids) {
    prepared(change.db, 'UPDATE variants SET on_hand = ? WHERE id = ?').run(ledgerOnHand(change, id), id);
    refreshBundlesUsing(change, id);
  }
}

export function updateVariant(change: CatalogChange, input: ParsedInput<'updateVariant'>): number {
  const variant = variantFacts(change.db, input.id);
  const { components, ...fields } = input.changes;
  if (fields.optionValues) {
    const product = productBasics(change.db, variant.productId);
    checkOptionValues(product.name, product.optionNames, fields.optionValues);
  }
  updateVariantFields(change, variant, fields);
  if (fields.optionValues) checkSiblingsDistinct(change, variant.productId, variant.productName);
  if (components) setComponents(change, variant, components);
  return variant.productId;
}

function checkSiblingsDistinct(change: CatalogChange, productId: number, productName: string): void {
  const rows = prepared(change.db, 'SELECT option_values FROM variants WHERE product_id = ?').all(productId) as { option_values: string }[];
  checkDistinctOptions(productName, rows.map((r) => JSON.parse(r.option_values) as string[]));
}

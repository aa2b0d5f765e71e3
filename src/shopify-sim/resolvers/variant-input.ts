/**
 * Reading Shopify's variant inputs (productSet's ProductVariantSetInput and the bulk
 * mutations' ProductVariantsBulkInput) into the store's variant drafts and edits.
 */
import type { ShopStore } from '../store/shop-store';
import type { ProductRecord, VariantRecord } from '../store/records';
import { parseGid } from '../store/gid';
import { DEFAULT_OPTION, money, type VariantDraft } from '../store/product-builder';

export interface UserError {
  field: string[] | null;
  message: string;
  code?: string | null;
}

export interface OptionValueInput {
  name?: string | null;
  optionName?: string | null;
  optionId?: string | null;
}

export interface VariantInput {
  id?: string | null;
  sku?: string | null;
  price?: string | null;
  compareAtPrice?: string | null;
  barcode?: string | null;
  inventoryPolicy?: 'DENY' | 'CONTINUE' | null;
  optionValues?: OptionValueInput[] | null;
  inventoryItem?: { sku?: string | null; cost?: string | null; tracked?: boolean | null; requiresShipping?: boolean | null } | null;
  /** productSet: `{locationId, name, quantity}`; bulk create: `{locationId, availableQuantity}`. */
  inventoryQuantities?: { locationId: string; name?: string; quantity?: number; availableQuantity?: number }[] | null;
}

/** Option values in the product's option order; unknown option names are reported. */
export function optionValuesFor(product: ProductRecord, input: VariantInput, at: string[], errors: UserError[]): string[] | undefined {
  if (!input.optionValues) return undefined;
  const values: string[] = product.options.map(() => '');
  input.optionValues.forEach((ov, i) => {
    const index = product.options.findIndex(
      (o) => o.name === ov.optionName || (ov.optionId != null && parseGid(ov.optionId, 'ProductOption') === o.id),
    );
    if (index < 0) errors.push({ field: [...at, 'optionValues', String(i)], message: 'Option does not exist', code: 'OPTION_DOES_NOT_EXIST' });
    else values[index] = ov.name ?? '';
  });
  return values;
}

export function checkMoney(input: VariantInput, at: string[], errors: UserError[]): void {
  if (input.price != null && Number(input.price) < 0) {
    errors.push({ field: [...at, 'price'], message: 'Price must be greater than or equal to 0', code: 'GREATER_THAN_OR_EQUAL_TO' });
  }
  // Not recorded; worded as Shopify words the price. A compare-at price below the price is allowed (no sale shows).
  if (input.compareAtPrice != null && Number(input.compareAtPrice) < 0) {
    errors.push({ field: [...at, 'compareAtPrice'], message: 'Compare at price must be greater than or equal to 0', code: 'GREATER_THAN_OR_EQUAL_TO' });
  }
  const cost = input.inventoryItem?.cost;
  if (cost != null && Number(cost) < 0) {
    errors.push({ field: [...at, 'inventoryItem', 'cost'], message: 'Cost per item must be greater than or equal to 0', code: 'GREATER_THAN_OR_EQUAL_TO' });
  }
}

/** A new variant's draft; 2026-04 creates untracked items unless told otherwise or given stock. */
export function draftFrom(store: ShopStore, input: VariantInput, optionValues: string[] | undefined): VariantDraft {
  const quantities = input.inventoryQuantities ?? [];
  const available = new Map<number, number>();
  for (const q of quantities) {
    const locationId = parseGid(q.locationId, 'Location');
    if (locationId !== null && store.locations.has(locationId)) available.set(locationId, q.availableQuantity ?? q.quantity ?? 0);
  }
  if (available.size === 0) available.set(store.primaryLocation().id, 0);
  return {
    sku: input.inventoryItem?.sku ?? input.sku ?? null,
    price: input.price ?? '0',
    compareAtPrice: input.compareAtPrice ?? null,
    barcode: input.barcode ?? null,
    optionValues,
    tracked: input.inventoryItem?.tracked ?? quantities.length > 0,
    unitCost: input.inventoryItem?.cost ?? null,
    inventoryPolicy: input.inventoryPolicy ?? 'DENY',
    available,
  };
}

/** Applies an edit to an existing variant (only the fields the input names). */
export function editVariant(store: ShopStore, variant: VariantRecord, input: VariantInput, optionValues: string[] | undefined): void {
  if (input.price != null) variant.price = money(input.price);
  if (input.compareAtPrice !== undefined) variant.compareAtPrice = input.compareAtPrice == null ? null : money(input.compareAtPrice);
  if (input.barcode !== undefined) variant.barcode = input.barcode || null;
  if (input.inventoryPolicy) variant.inventoryPolicy = input.inventoryPolicy;
  const sku = input.inventoryItem?.sku !== undefined ? input.inventoryItem.sku : input.sku;
  if (sku !== undefined) store.setSku(variant, sku ?? null);
  const item = variant.inventoryItem;
  if (input.inventoryItem?.tracked != null) item.tracked = input.inventoryItem.tracked;
  if (input.inventoryItem?.cost !== undefined) item.unitCost = input.inventoryItem.cost == null ? null : money(input.inventoryItem.cost);
  if (input.inventoryItem?.requiresShipping != null) item.requiresShipping = input.inventoryItem.requiresShipping;
  if (optionValues) {
    variant.selectedOptions = variant.product.options.map((o, i) => ({ name: o.name, value: optionValues[i] || variant.selectedOptions[i]?.value || '' }));
  }
  store.touch(variant.product, variant);
}

/** Option names a list of variant inputs uses, in first-use order (when no options are given). */
export function optionNamesFrom(inputs: VariantInput[]): string[] {
  const names = new Set<string>();
  for (const v of inputs) for (const ov of v.optionValues ?? []) if (ov.optionName) names.add(ov.optionName);
  return names.size ? [...names] : [DEFAULT_OPTION];
}

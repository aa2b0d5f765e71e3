/**
 * The Shopify side of an apply, and of its undo: one edit of a linked product (its own
 * fields, then its variants), creating a product, deleting one. An edit and the values it
 * overwrites have the same shape, so undo writes the "before" edit back the same way.
 * Shopify's userErrors become a ShopifyWriteRefused with Shopify's own words.
 */
import type { ShopifyClient } from '../../shopify/client';
import { defineOperation } from '../../shopify/shopify-operation';
import { centsText } from '../compare/field-differences';
import productUpdateDocument from '../operations/sync-product-update.graphql?raw';
import variantsUpdateDocument from '../operations/sync-variants-update.graphql?raw';
import productSetDocument from '../operations/sync-product-set.graphql?raw';
import productDeleteDocument from '../operations/sync-product-delete.graphql?raw';
import type { FileSetInput } from '../images/sync-images';

const productUpdateMutation = defineOperation(productUpdateDocument);
const variantsUpdateMutation = defineOperation(variantsUpdateDocument);
const productSetMutation = defineOperation(productSetDocument);
const productDeleteMutation = defineOperation(productDeleteDocument);

/** Shopify said no (userErrors): the message is Shopify's. */
export class ShopifyWriteRefused extends Error {
  override readonly name = 'ShopifyWriteRefused';
}

export type ShopifyStatusValue = 'ACTIVE' | 'DRAFT' | 'ARCHIVED' | 'UNLISTED';

export interface ShopifyProductFields {
  title?: string;
  descriptionHtml?: string;
  vendor?: string;
  productType?: string;
  status?: ShopifyStatusValue;
  /** The whole list: Shopify replaces the product's tags with it. */
  tags?: string[];
  /** Only the parts named change; empty means Shopify makes them from the title and description. */
  seo?: { title?: string; description?: string };
}

export interface ShopifyVariantEdit {
  id: string;
  priceCents?: number;
  sku?: string;
  optionValues?: string[];
  tracked?: boolean;
  barcode?: string;
  /** null takes the compare-at price away. */
  compareAtPriceCents?: number | null;
}

/** What to write to one linked product; only the fields named change. */
export interface ShopifyProductEdit {
  productId: string;
  fields: ShopifyProductFields;
  /** Renamed options: written with every variant's values (`variants` then lists them all). */
  optionNames?: string[];
  /** The option names the variants' values belong to (Shopify's, after any rename). */
  currentOptionNames: string[];
  variants: ShopifyVariantEdit[];
}

export interface ShopifyVariantCreate {
  sku: string;
  priceCents: number;
  optionValues: string[];
  tracked: boolean;
  barcode?: string;
  compareAtPriceCents?: number | null;
}

export interface ShopifyProductCreate extends Required<ShopifyProductFields> {
  optionNames: string[];
  variants: ShopifyVariantCreate[];
  /** Stock the new items at the push location (at 0: the stock push sends the real number). */
  locationId: string | null;
  /** Images already uploaded for Shopify, in the product's order (sync-images prepares them). */
  files: readonly FileSetInput[];
}

export interface CreatedVariant {
  id: string;
  inventoryItemId: string | null;
}

export interface UserError {
  field?: string[] | null;
  message: string;
}

export function refusedUnlessClean(what: string, errors: readonly UserError[] | undefined): void {
  if (!errors?.length) return;
  throw new ShopifyWriteRefused(`Shopify refused ${what}: ${errors.map((e) => e.message).join('; ')}`);
}

/** Shopify's option-less products carry one "Title" option valued "Default Title". */
const DEFAULT_OPTION = { name: 'Title', value: 'Default Title' };
const optionsOrDefault = (names: readonly string[]) => (names.length ? names : [DEFAULT_OPTION.name]);
const valuesOrDefault = (values: readonly string[]) => (values.length ? values : [DEFAULT_OPTION.value]);
export const optionValueInputs = (names: readonly string[], values: readonly string[]) => {
  const optionNames = optionsOrDefault(names);
  return valuesOrDefault(values).map((name, i) => ({ optionName: optionNames[i] ?? '', name }));
};
const productOptionsInput = (names: readonly string[], variantValues: readonly (readonly string[])[]) =>
  optionsOrDefault(names).map((name, i) => ({ name, values: [...new Set(variantValues.map((v) => valuesOrDefault(v)[i] ?? ''))].map((value) => ({ name: value })) }));

const money = (cents: number) => centsText(cents);

/** A variant's barcode and compare-at price as Shopify's variant inputs take them (only those given). */
const saleFieldsInput = (v: Pick<ShopifyVariantEdit, 'barcode' | 'compareAtPriceCents'>) => ({
  ...(v.barcode !== undefined && { barcode: v.barcode }),
  ...(v.compareAtPriceCents !== undefined && { compareAtPrice: v.compareAtPriceCents === null ? null : money(v.compareAtPriceCents) }),
});

function variantInput(v: ShopifyVariantEdit, optionNames: readonly string[]) {
  const item = { ...(v.sku !== undefined && { sku: v.sku }), ...(v.tracked !== undefined && { tracked: v.tracked }) };
  return {
    id: v.id,
    ...(v.priceCents !== undefined && { price: money(v.priceCents) }),
    ...(v.optionValues !== undefined && { optionValues: optionValueInputs(optionNames, v.optionValues) }),
    ...saleFieldsInput(v),
    ...(Object.keys(item).length > 0 && { inventoryItem: item }),
  };
}

export const editTouchesShopify = (edit: ShopifyProductEdit) => Object.keys(edit.fields).length > 0 || edit.optionNames !== undefined || edit.variants.length > 0;

/** Writes one edit: the product's own fields, then its options and variants (each in one call). */
export async function writeShopifyEdit(client: ShopifyClient, edit: ShopifyProductEdit): Promise<void> {
  if (Object.keys(edit.fields).length > 0) {
    const { data } = await client.request<{ productUpdate: { userErrors: UserError[] } | null }>(productUpdateMutation, { product: { id: edit.productId, ...edit.fields } });
    refusedUnlessClean('the product update', data.productUpdate?.userErrors);
  }
  if (edit.optionNames !== undefined) {
    const names = edit.optionNames;
    const variants = edit.variants.map((v) => variantInput(v, names));
    const { data } = await client.request<{ productSet: { userErrors: UserError[] } | null }>(productSetMutation, {
      identifier: { id: edit.productId },
      input: { productOptions: productOptionsInput(names, edit.variants.map((v) => v.optionValues ?? [])), variants },
    });
    refusedUnlessClean('the new option names', data.productSet?.userErrors);
  } else if (edit.variants.length > 0) {
    const { data } = await client.request<{ productVariantsBulkUpdate: { userErrors: UserError[] } | null }>(variantsUpdateMutation, {
      productId: edit.productId,
      variants: edit.variants.map((v) => variantInput(v, edit.currentOptionNames)),
    });
    refusedUnlessClean('the variant update', data.productVariantsBulkUpdate?.userErrors);
  }
}

interface ProductSetAnswer {
  productSet: { product: { id: string; variants: { nodes: { id: string; position: number; inventoryItem: { id: string } | null }[] } } | null; userErrors: UserError[] } | null;
}

/** Creates the product; its variants come back in the order given. */
export async function createOnShopify(client: ShopifyClient, product: ShopifyProductCreate): Promise<{ productId: string; variants: CreatedVariant[] }> {
  const { optionNames, variants, locationId, files, tags, ...fields } = product;
  const input = {
    ...fields,
    tags,
    productOptions: productOptionsInput(optionNames, variants.map((v) => v.optionValues)),
    variants: variants.map((v) => ({
      optionValues: optionValueInputs(optionNames, v.optionValues),
      price: money(v.priceCents),
      ...saleFieldsInput(v),
      inventoryItem: { sku: v.sku, tracked: v.tracked },
      ...(v.tracked && locationId !== null && { inventoryQuantities: [{ locationId, name: 'available', quantity: 0 }] }),
    })),
    ...(files.length > 0 && { files }),
  };
  // productSet takes no idempotency key: an answer lost on the way is not resent here (see created-product-lookup).
  const { data } = await client.request<ProductSetAnswer>(productSetMutation, { input }, { sendOnce: true });
  refusedUnlessClean('the new product', data.productSet?.userErrors);
  const created = data.productSet?.product;
  if (!created) throw new ShopifyWriteRefused('Shopify did not create the product (no product in its answer).');
  const nodes = [...created.variants.nodes].sort((a, b) => a.position - b.position);
  return { productId: created.id, variants: nodes.map((n) => ({ id: n.id, inventoryItemId: n.inventoryItem?.id ?? null })) };
}

export async function deleteOnShopify(client: ShopifyClient, productId: string): Promise<void> {
  const { data } = await client.request<{ productDelete: { userErrors: UserError[] } | null }>(productDeleteMutation, { input: { id: productId } });
  refusedUnlessClean('deleting the product', data.productDelete?.userErrors);
}

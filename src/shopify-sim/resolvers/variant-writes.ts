/** productVariantsBulkCreate, productVariantsBulkUpdate, productVariantsBulkDelete. */
import type { GraphQLResolveInfo } from 'graphql';
import { parseGid } from '../store/gid';
import type { ProductRecord, VariantRecord } from '../store/records';
import { appendMedia, DEFAULT_OPTION, newVariant, syncOptionValues } from '../store/product-builder';
import { mediaDrafts, type MediaSourceInput } from './media-writes';
import type { SimContext } from './context';
import { requireScope } from './context';
import { checkMoney, draftFrom, editVariant, optionNamesFrom, optionValuesFor, type UserError, type VariantInput } from './variant-input';

interface BulkArgs {
  productId: string;
  variants: VariantInput[];
  media?: MediaSourceInput[] | null;
}

const noProduct = { product: null, productVariants: null, userErrors: [{ field: ['productId'], message: 'Product does not exist', code: 'PRODUCT_DOES_NOT_EXIST' }] };

function productFor(ctx: SimContext, info: GraphQLResolveInfo, productId: string): ProductRecord | undefined {
  requireScope(ctx, info, 'write_products');
  return ctx.store.products.get(parseGid(productId, 'Product') ?? -1);
}

const isDefaultStandalone = (p: ProductRecord) => p.variants.length === 1 && p.options.length === 1 && p.options[0]?.name === DEFAULT_OPTION;

/**
 * DEFAULT replaces only the "Default Title" variant; REMOVE_STANDALONE_VARIANT also a single
 * custom one; PRESERVE_STANDALONE_VARIANT keeps either (as the recorded strategies show).
 */
function replacesStandalone(p: ProductRecord, strategy: string | null | undefined): boolean {
  if (strategy === 'PRESERVE_STANDALONE_VARIANT') return false;
  if (strategy === 'REMOVE_STANDALONE_VARIANT') return p.variants.length === 1;
  return isDefaultStandalone(p);
}

/** A new variant names each option once, and gives a value for every option (Shopify's words and codes for bulk create). */
function checkCreateOptions(product: ProductRecord, input: VariantInput, at: string[], errors: UserError[]): void {
  const named = new Set<string>();
  for (const [i, ov] of (input.optionValues ?? []).entries()) {
    const name = ov.optionName ?? product.options.find((o) => ov.optionId != null && parseGid(ov.optionId, 'ProductOption') === o.id)?.name;
    if (name === undefined) continue;
    if (named.has(name)) errors.push({ field: [...at, 'optionValues'], message: `Duplicated option name '${name}'`, code: 'INVALID_INPUT' });
    named.add(name);
    if (!product.options.some((o) => o.name === name)) errors.push({ field: [...at, 'optionValues', String(i)], message: 'Option does not exist', code: 'INVALID_INPUT' });
  }
  const missing = product.options.filter((o) => !named.has(o.name)).map((o) => o.name);
  if (missing.length && named.size > 0) errors.push({ field: at, message: `You need to add option values for ${missing.join(', ')}`, code: 'NEED_TO_ADD_OPTION_VALUES' });
}

/** Images the variants' call brings; an address Shopify would refuse is left out. */
function addMedia(ctx: SimContext, product: ProductRecord, media: BulkArgs['media']): void {
  if (media?.length) appendMedia(ctx.store, product, mediaDrafts(ctx, media, ['media'], []));
}

export function productVariantsBulkCreate(
  _r: unknown,
  args: BulkArgs & { strategy?: string | null },
  ctx: SimContext,
  info: GraphQLResolveInfo,
) {
  const product = productFor(ctx, info, args.productId);
  if (!product) return noProduct;
  const errors: UserError[] = [];
  const replaceStandalone = replacesStandalone(product, args.strategy);
  // The standalone "Default Title" variant gives way to the options the new variants name.
  const target = replaceStandalone
    ? { ...product, options: optionNamesFrom(args.variants).map((name, i) => ({ id: product.options[i]?.id ?? ctx.store.newId(), name, values: [] })) }
    : product;
  const values = args.variants.map((v, i) => {
    const at = ['variants', String(i)];
    checkMoney(v, at, errors);
    const before = errors.length;
    checkCreateOptions(target, v, at, errors);
    // Unknown options are reported once, in bulk create's words, by the check above.
    return errors.length > before ? undefined : optionValuesFor(target, v, at, errors);
  });
  if (errors.length) return { product, productVariants: [], userErrors: errors };
  const removed = replaceStandalone ? [...product.variants] : [];
  if (replaceStandalone) {
    product.options = target.options;
    for (const v of removed) ctx.store.unindexVariant(v);
    product.variants = [];
  }
  const created = args.variants.map((v, i) => newVariant(ctx.store, product, draftFrom(ctx.store, v, values[i])));
  for (const v of created) ctx.store.indexVariant(v);
  addMedia(ctx, product, args.media);
  syncOptionValues(product);
  ctx.store.touch(product);
  return { product, productVariants: created, userErrors: [] };
}

export function productVariantsBulkUpdate(
  _r: unknown,
  args: BulkArgs & { allowPartialUpdates?: boolean | null },
  ctx: SimContext,
  info: GraphQLResolveInfo,
) {
  const product = productFor(ctx, info, args.productId);
  if (!product) return noProduct;
  const errors: UserError[] = [];
  const planned: { variant: VariantRecord; input: VariantInput; values: string[] | undefined }[] = [];
  args.variants.forEach((input, i) => {
    const at = ['variants', String(i)];
    const before = errors.length;
    if (!input.id) errors.push({ field: [...at, 'id'], message: 'Product variant is missing ID attribute', code: 'PRODUCT_VARIANT_ID_MISSING' });
    const variant = product.variants.find((v) => v.id === parseGid(input.id, 'ProductVariant'));
    if (input.id && !variant) errors.push({ field: [...at, 'id'], message: 'Product variant does not exist', code: 'PRODUCT_VARIANT_DOES_NOT_EXIST' });
    if (input.inventoryQuantities) {
      errors.push({
        field: [...at, 'inventoryQuantities'],
        message: 'Inventory quantities can only be provided during create. To update inventory for existing variants, use inventoryAdjustQuantities.',
        code: 'NO_INVENTORY_QUANTITIES_ON_VARIANTS_UPDATE',
      });
    }
    checkMoney(input, at, errors);
    const values = optionValuesFor(product, input, at, errors);
    if (variant && errors.length === before) planned.push({ variant, input, values });
  });
  if (errors.length && !args.allowPartialUpdates) return { product, productVariants: [], userErrors: errors };
  for (const { variant, input, values } of planned) editVariant(ctx.store, variant, input, values);
  addMedia(ctx, product, args.media);
  syncOptionValues(product);
  return { product, productVariants: planned.map((p) => p.variant), userErrors: errors };
}

export function productVariantsBulkDelete(
  _r: unknown,
  args: { productId: string; variantsIds: string[] },
  ctx: SimContext,
  info: GraphQLResolveInfo,
) {
  const product = productFor(ctx, info, args.productId);
  if (!product) return { product: null, userErrors: noProduct.userErrors };
  const ids = args.variantsIds.map((id) => parseGid(id, 'ProductVariant'));
  const stranger = ids.findIndex((id) => !product.variants.some((v) => v.id === id));
  if (stranger >= 0) {
    return {
      product,
      userErrors: [{ field: ['variantsIds', String(stranger)], message: 'At least one variant does not belong to the product', code: 'AT_LEAST_ONE_VARIANT_DOES_NOT_BELONG_TO_THE_PRODUCT' }],
    };
  }
  const remaining = product.variants.filter((v) => !ids.includes(v.id));
  if (remaining.length === 0) {
    return { product, userErrors: [{ field: ['variantsIds'], message: 'Cannot delete the last variant of a product', code: 'CANNOT_DELETE_LAST_VARIANT' }] };
  }
  for (const v of product.variants) if (ids.includes(v.id)) ctx.store.unindexVariant(v);
  product.variants = remaining;
  syncOptionValues(product);
  ctx.store.touch(product);
  return { product, userErrors: [] };
}

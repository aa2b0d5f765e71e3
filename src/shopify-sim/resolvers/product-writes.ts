/** productSet, productCreate, productUpdate, productDelete. */
import type { GraphQLResolveInfo } from 'graphql';
import { gid, parseGid } from '../store/gid';
import type { ProductRecord, ProductStatus } from '../store/records';
import { appendMedia, handleize, newProduct, newVariant, normalizeTags, setMedia, syncOptionValues, TAG_MAX_LENGTH } from '../store/product-builder';
import { mediaDrafts, type MediaSourceInput } from './media-writes';
import type { SimContext } from './context';
import { requireScope } from './context';
import { limitRows } from './mutation-guards';
import { checkMoney, draftFrom, editVariant, optionNamesFrom, optionValuesFor, type UserError, type VariantInput } from './variant-input';

interface ProductFields {
  id?: string | null;
  title?: string | null;
  handle?: string | null;
  descriptionHtml?: string | null;
  vendor?: string | null;
  productType?: string | null;
  status?: ProductStatus | null;
  tags?: string[] | null;
  seo?: { title?: string | null; description?: string | null } | null;
}
interface SetInput extends ProductFields {
  productOptions?: { name?: string | null; values?: { name?: string | null }[] | null }[] | null;
  variants?: VariantInput[] | null;
  files?: MediaSourceInput[] | null;
}
type MediaInput = MediaSourceInput;

function checkFields(input: ProductFields, at: string[], errors: UserError[], creating: boolean): void {
  if ((creating && !input.title?.trim()) || (input.title != null && !input.title.trim())) {
    errors.push({ field: [...at, 'title'], message: "Title can't be blank" });
  }
  for (const name of ['title', 'handle', 'vendor', 'productType'] as const) {
    if ((input[name]?.length ?? 0) > 255) errors.push({ field: [...at, name], message: 'is too long (maximum is 255 characters)' });
  }
  // Recorded: one tag over the limit refuses the list with this one error, and nothing changes.
  if (input.tags?.some((t) => t.trim().length > TAG_MAX_LENGTH)) errors.push({ field: [...at, 'tags'], message: 'Product tags is invalid' });
}

function applyFields(ctx: SimContext, product: ProductRecord, input: ProductFields): void {
  if (input.title != null) product.title = input.title;
  if (input.descriptionHtml != null) product.descriptionHtml = input.descriptionHtml;
  if (input.vendor != null) product.vendor = input.vendor;
  if (input.productType != null) product.productType = input.productType;
  if (input.status != null) product.status = input.status;
  if (input.tags != null) product.tags = normalizeTags(input.tags);
  // An empty part reads as null, as Shopify shows a listing it makes from the title and description.
  if (input.seo?.title !== undefined) product.seoTitle = input.seo.title?.trim() || null;
  if (input.seo?.description !== undefined) product.seoDescription = input.seo.description?.trim() || null;
  if (input.handle != null && input.handle !== product.handle) {
    ctx.store.handles.delete(product.handle);
    product.handle = handleize(input.handle);
    ctx.store.handles.add(product.handle);
  }
  ctx.store.touch(product);
}

const findProduct = (ctx: SimContext, id: string | null | undefined) => ctx.store.products.get(parseGid(id, 'Product') ?? -1);

export function productSet(
  _r: unknown,
  args: { input: SetInput; identifier?: { id?: string | null } | null },
  ctx: SimContext,
  info: GraphQLResolveInfo,
) {
  requireScope(ctx, info, 'write_products');
  const { input } = args;
  if (input.tags) limitRows(info, input.tags, ['input', 'tags']);
  const errors: UserError[] = [];
  const existing = args.identifier?.id ? findProduct(ctx, args.identifier.id) : undefined;
  if (args.identifier?.id && !existing) {
    return { product: null, userErrors: [{ field: ['identifier', 'id'], message: 'Product does not exist', code: 'PRODUCT_DOES_NOT_EXIST' }] };
  }
  checkFields(input, ['input'], errors, !existing);
  if (input.productOptions && !input.variants) {
    errors.push({ field: ['input', 'variants'], message: 'Variants input is required when updating product options', code: 'VARIANTS_INPUT_MISSING' });
  }
  const product = existing ?? newProduct(ctx.store, { title: input.title ?? '', optionNames: input.productOptions?.map((o) => o.name ?? '') });
  const variantInputs = input.variants ?? [];
  if (input.productOptions || (!existing && input.variants)) {
    const names = input.productOptions?.map((o) => o.name ?? '') ?? optionNamesFrom(variantInputs);
    // A staged copy: the real options change only once every variant has been checked.
    const staged = { ...product, options: names.map((name, i) => ({ id: product.options[i]?.id ?? ctx.store.newId(), name, values: [] as string[] })) };
    variantInputs.forEach((v, i) => optionValuesFor(staged, v, ['input', 'variants', String(i)], errors));
    if (!errors.length) product.options = staged.options;
  }
  const keyed = new Set<string>();
  variantInputs.forEach((v, i) => {
    checkMoney(v, ['input', 'variants', String(i)], errors);
    if (v.id && !product.variants.some((x) => x.id === parseGid(v.id, 'ProductVariant'))) {
      errors.push({ field: ['input', 'variants', String(i), 'id'], message: 'Product variant does not exist', code: 'PRODUCT_VARIANT_DOES_NOT_EXIST' });
    }
    const title = (v.optionValues ?? []).map((o) => o.name).join(' / ');
    if (title && keyed.has(title)) {
      errors.push({ field: ['input', 'variants', String(i)], message: `The variant '${title}' already exists. Please change at least one option value.`, code: 'INVALID_VARIANT' });
    }
    keyed.add(title);
  });
  const files = input.files ? mediaDrafts(ctx, input.files, ['input', 'files'], errors, 'INVALID_INPUT') : undefined;
  if (errors.length) return { product: null, userErrors: errors };

  applyFields(ctx, product, input);
  if (files) setMedia(ctx.store, product, files);
  if (input.variants) replaceVariants(ctx, product, input.variants);
  if (!existing) {
    if (product.variants.length === 0) newVariant(ctx.store, product, { tracked: false });
    ctx.store.addProduct(product);
  }
  return { product, userErrors: [] };
}

/** productSet's list semantics: listed variants are kept or created, all others deleted. */
function replaceVariants(ctx: SimContext, product: ProductRecord, inputs: VariantInput[]): void {
  const kept = new Set<number>();
  const created: ProductRecord['variants'] = [];
  const next = inputs.map((input) => {
    const values = optionValuesFor(product, input, [], []);
    const current = input.id ? product.variants.find((v) => v.id === parseGid(input.id, 'ProductVariant')) : undefined;
    if (current) {
      editVariant(ctx.store, current, input, values);
      if (input.inventoryQuantities) setAvailable(ctx, current.inventoryItem, input.inventoryQuantities);
      kept.add(current.id);
      return current;
    }
    const variant = newVariant(ctx.store, product, draftFrom(ctx.store, input, values));
    created.push(variant);
    kept.add(variant.id);
    return variant;
  });
  for (const v of product.variants) if (!kept.has(v.id)) ctx.store.unindexVariant(v);
  product.variants = next;
  if (ctx.store.products.has(product.id)) for (const v of created) ctx.store.indexVariant(v);
  syncOptionValues(product);
  ctx.store.touch(product);
}

function setAvailable(ctx: SimContext, item: ProductRecord['variants'][number]['inventoryItem'], rows: NonNullable<VariantInput['inventoryQuantities']>): void {
  for (const row of rows) {
    const location = ctx.store.locations.get(parseGid(row.locationId, 'Location') ?? -1);
    if (!location) continue;
    const level = item.levels.get(location.id) ?? ctx.store.stock(item, location);
    level.available = row.quantity ?? row.availableQuantity ?? level.available;
  }
}

export function productCreate(
  _r: unknown,
  args: { product?: SetInput | null; input?: SetInput | null; media?: MediaInput[] | null },
  ctx: SimContext,
  info: GraphQLResolveInfo,
) {
  requireScope(ctx, info, 'write_products');
  const input = args.product ?? args.input ?? {};
  // Shopify refuses an id before looking at any other field (recorded: one error, not two).
  if (input.id) return { product: null, userErrors: [{ field: ['input'], message: 'id cannot be specified during creation' }] };
  const errors: UserError[] = [];
  checkFields(input, [], errors, true);
  const media = mediaDrafts(ctx, args.media ?? [], ['media'], errors);
  if (errors.length) return { product: null, userErrors: errors };
  const options = (input.productOptions ?? []) as { name?: string | null; values?: { name?: string | null }[] | null }[];
  const product = newProduct(ctx.store, { title: input.title ?? '', optionNames: options.map((o) => o.name ?? '') });
  applyFields(ctx, product, input);
  setMedia(ctx.store, product, media);
  newVariant(ctx.store, product, { tracked: false, optionValues: options.map((o) => o.values?.[0]?.name ?? '') });
  ctx.store.addProduct(product);
  return { product, userErrors: [] };
}

export function productUpdate(
  _r: unknown,
  args: { product?: ProductFields | null; input?: ProductFields | null; media?: MediaInput[] | null; identifier?: { id?: string | null } | null },
  ctx: SimContext,
  info: GraphQLResolveInfo,
) {
  requireScope(ctx, info, 'write_products');
  const input = args.product ?? args.input ?? {};
  if (input.tags) limitRows(info, input.tags, ['product', 'tags']);
  const product = findProduct(ctx, args.identifier?.id ?? input.id);
  if (!product) return { product: null, userErrors: [{ field: ['id'], message: 'Product does not exist' }] };
  const errors: UserError[] = [];
  checkFields(input, [], errors, false);
  const media = mediaDrafts(ctx, args.media ?? [], ['media'], errors);
  // Recorded (a title or a tag too long): the product comes back as it was, beside the errors.
  if (errors.length) return { product, userErrors: errors };
  applyFields(ctx, product, input);
  appendMedia(ctx.store, product, media);
  return { product, userErrors: [] };
}

export function productDelete(_r: unknown, args: { input: { id: string } }, ctx: SimContext, info: GraphQLResolveInfo) {
  requireScope(ctx, info, 'write_products');
  const product = findProduct(ctx, args.input.id);
  if (!product) return { deletedProductId: null, userErrors: [{ field: ['id'], message: 'Product does not exist' }] };
  ctx.store.removeProduct(product);
  return { deletedProductId: gid('Product', product.id), userErrors: [] };
}

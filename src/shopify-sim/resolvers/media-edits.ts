/**
 * Editing media already on a product, as Shopify 2026-04 does it: fileUpdate (alt text, and
 * the product references that attach or detach a file from a product's media; a detached
 * file stays in the shop's files), productReorderMedia (moves evaluated in order, answered
 * with a job), and a variant's one image (productVariantAppendMedia / DetachMedia, with the
 * refusals recorded from Shopify).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { gid, parseGid } from '../store/gid';
import type { MediaRecord, ProductRecord, VariantRecord } from '../store/records';
import type { ShopStore } from '../store/shop-store';
import type { SimContext } from './context';
import { hasScope, requireScope } from './context';
import { limitRows } from './mutation-guards';

type Found = { media: MediaRecord; product: ProductRecord | null };

/** Files detached from every product: still the shop's, attachable again. */
const detachedFiles = new WeakMap<ShopStore, Map<number, MediaRecord>>();
const detachedOf = (store: ShopStore) => {
  let files = detachedFiles.get(store);
  if (!files) detachedFiles.set(store, (files = new Map()));
  return files;
};
const jobsOf = new WeakMap<ShopStore, Set<string>>();

function findMedia(store: ShopStore, id: number): Found | null {
  for (const product of store.products.values()) {
    const media = product.media.find((m) => m.id === id);
    if (media) return { media, product };
  }
  const detached = detachedOf(store).get(id);
  return detached ? { media: detached, product: null } : null;
}

/** Takes media off a product; variants that showed it show nothing. */
export function detachMedia(store: ShopStore, product: ProductRecord, ids: ReadonlySet<number>, keep = true): void {
  for (const m of product.media) if (ids.has(m.id) && keep) detachedOf(store).set(m.id, m);
  product.media = product.media.filter((m) => !ids.has(m.id));
  for (const v of product.variants) if (v.mediaId !== undefined && ids.has(v.mediaId)) delete v.mediaId;
  store.touch(product);
}

const MAX_ALT = 512;

interface FileUpdateInput {
  id: string;
  alt?: string | null;
  referencesToAdd?: string[] | null;
  referencesToRemove?: string[] | null;
}

interface FilesError {
  field: string[];
  message: string;
  code: string;
}

export function fileUpdate(_r: unknown, args: { files: FileUpdateInput[] }, ctx: SimContext, info: GraphQLResolveInfo) {
  // Shopify takes write_files, or write_products for files that are product media.
  if (!hasScope(ctx.scopes, 'write_products')) requireScope(ctx, info, 'write_files');
  limitRows(info, args.files, ['files']);
  const errors: FilesError[] = [];
  const targets = args.files.map((input, i) => {
    const at = ['files', String(i)];
    const found = findMedia(ctx.store, parseGid(input.id, 'MediaImage') ?? -1);
    if (!found) {
      errors.push({ field: [...at, 'id'], message: `File id ${input.id} does not exist.`, code: 'FILE_DOES_NOT_EXIST' });
      return null;
    }
    if (found.media.error) errors.push({ field: [...at, 'id'], message: 'Non-ready files cannot be updated.', code: 'NON_READY_STATE' });
    if (input.alt != null && input.alt.length > MAX_ALT) errors.push({ field: [...at, 'alt'], message: `The alt value exceeds the maximum limit of ${MAX_ALT} characters.`, code: 'ALT_VALUE_LIMIT_EXCEEDED' });
    for (const [key, refs] of [['referencesToAdd', input.referencesToAdd], ['referencesToRemove', input.referencesToRemove]] as const) {
      (refs ?? []).forEach((ref, j) => {
        const product = ctx.store.products.get(parseGid(ref, 'Product') ?? -1);
        if (!product) errors.push({ field: [...at, key, String(j)], message: 'The reference target does not exist.', code: 'REFERENCE_TARGET_DOES_NOT_EXIST' });
      });
    }
    return { input, found };
  });
  if (errors.length) return { files: null, userErrors: errors };
  const files = targets.flatMap((t) => {
    if (!t) return [];
    const { input, found } = t;
    if (input.alt != null) found.media.alt = input.alt;
    for (const ref of input.referencesToRemove ?? []) {
      const product = ctx.store.products.get(parseGid(ref, 'Product') ?? -1);
      if (product && product === found.product) detachMedia(ctx.store, product, new Set([found.media.id]));
    }
    for (const ref of input.referencesToAdd ?? []) {
      const product = ctx.store.products.get(parseGid(ref, 'Product') ?? -1);
      if (product && !product.media.includes(found.media)) {
        detachedOf(ctx.store).delete(found.media.id);
        product.media = [...product.media, found.media];
        ctx.store.touch(product);
      }
    }
    if (found.product && input.alt != null) ctx.store.touch(found.product);
    return [found.media];
  });
  return { files, userErrors: [] };
}

export function productReorderMedia(_r: unknown, args: { id: string; moves: { id: string; newPosition: string | number }[] }, ctx: SimContext, info: GraphQLResolveInfo) {
  requireScope(ctx, info, 'write_products');
  limitRows(info, args.moves, ['moves']);
  const product = ctx.store.products.get(parseGid(args.id, 'Product') ?? -1);
  if (!product) return { job: null, mediaUserErrors: [{ field: ['id'], message: 'Product does not exist', code: 'PRODUCT_DOES_NOT_EXIST' }] };
  const errors = args.moves.flatMap((move, i) =>
    product.media.some((m) => m.id === parseGid(move.id, 'MediaImage'))
      ? []
      : [{ field: ['moves', String(i), 'id'], message: 'Media does not exist on the specified product.', code: 'MEDIA_DOES_NOT_EXIST_ON_PRODUCT' }],
  );
  if (errors.length) return { job: null, mediaUserErrors: errors };
  const order = [...product.media];
  for (const move of args.moves) {
    const from = order.findIndex((m) => m.id === parseGid(move.id, 'MediaImage'));
    const [media] = order.splice(from, 1);
    if (media) order.splice(Math.min(Number(move.newPosition), order.length), 0, media);
  }
  product.media = order;
  ctx.store.touch(product);
  const id = `gid://shopify/Job/${ctx.store.newId()}`;
  let jobs = jobsOf.get(ctx.store);
  if (!jobs) jobsOf.set(ctx.store, (jobs = new Set()));
  jobs.add(id);
  // Shopify answers before the job has run; asked again, the local store's job is done.
  return { job: { id, done: false }, mediaUserErrors: [] };
}

export function job(_r: unknown, args: { id: string }, ctx: SimContext) {
  return jobsOf.get(ctx.store)?.has(args.id) ? { id: args.id, done: true, query: {} } : null;
}

interface VariantMediaInput {
  variantId: string;
  mediaIds: string[];
}

const MAX_PAIRS = 100;

function variantMediaEdit(ctx: SimContext, info: GraphQLResolveInfo, args: { productId: string; variantMedia: VariantMediaInput[] }, attach: boolean) {
  requireScope(ctx, info, 'write_products');
  const refused = (errors: FilesError[]) => ({ product: null, productVariants: null, userErrors: errors });
  if (args.variantMedia.length > MAX_PAIRS) return refused([{ field: ['variantMedia'], message: `Exceeded ${MAX_PAIRS} variant-media pairs per mutation.`, code: 'MAXIMUM_VARIANT_MEDIA_PAIRS_EXCEEDED' }]);
  const product = ctx.store.products.get(parseGid(args.productId, 'Product') ?? -1);
  if (!product) return refused([{ field: ['productId'], message: 'Product does not exist', code: 'PRODUCT_DOES_NOT_EXIST' }]);
  const errors: FilesError[] = [];
  const seen = new Map<string, number>();
  const pairs: { variant: VariantRecord; media: MediaRecord }[] = [];
  args.variantMedia.forEach((input, i) => {
    const at = ['variantMedia', String(i)];
    if (input.mediaIds.length === 0) return errors.push({ field: [...at, 'mediaIds'], message: 'The mediaIds list cannot be empty.', code: 'BLANK' });
    if (input.mediaIds.length > 1) return errors.push({ field: [...at, 'mediaIds'], message: 'Only one mediaId is allowed per media input.', code: 'TOO_MANY_MEDIA_PER_INPUT_PAIR' });
    const first = seen.get(input.variantId);
    if (first !== undefined) return errors.push({ field: ['variantMedia', String(first), 'variantId'], message: 'Variant was specified in more than one media input.', code: 'PRODUCT_VARIANT_SPECIFIED_MULTIPLE_TIMES' });
    seen.set(input.variantId, i);
    const variant = product.variants.find((v) => v.id === parseGid(input.variantId, 'ProductVariant'));
    if (!variant) return errors.push({ field: [...at, 'variantId'], message: 'Variant does not exist on the specified product.', code: 'PRODUCT_VARIANT_DOES_NOT_EXIST_ON_PRODUCT' });
    const mediaId = parseGid(input.mediaIds[0] as string, 'MediaImage');
    const media = product.media.find((m) => m.id === mediaId);
    if (!media) {
      const kind = /^gid:\/\/shopify\/(\w+)\//.exec(input.mediaIds[0] as string)?.[1];
      if (attach && kind && kind !== 'MediaImage') return errors.push({ field: [...at, 'mediaIds'], message: 'Non-image media cannot be attached to variants.', code: 'INVALID_MEDIA_TYPE' });
      return errors.push({ field: [...at, 'mediaIds'], message: 'Media does not exist on the specified product.', code: 'MEDIA_DOES_NOT_EXIST_ON_PRODUCT' });
    }
    if (attach && media.error) return errors.push({ field: [...at, 'mediaIds'], message: 'Non-ready media cannot be attached to variants.', code: 'NON_READY_MEDIA' });
    if (attach && variant.mediaId !== undefined) return errors.push({ field: [...at, 'variantId'], message: 'The given variant already has attached media.', code: 'PRODUCT_VARIANT_ALREADY_HAS_MEDIA' });
    if (!attach && variant.mediaId !== media.id) return errors.push({ field: [...at, 'variantId'], message: 'The specified media is not attached to the specified variant.', code: 'MEDIA_IS_NOT_ATTACHED_TO_VARIANT' });
    pairs.push({ variant, media });
  });
  if (errors.length) return refused(errors);
  for (const { variant, media } of pairs) {
    if (attach) variant.mediaId = media.id;
    else delete variant.mediaId;
    ctx.store.touch(product, variant);
  }
  return { product, productVariants: pairs.map((p) => p.variant), userErrors: [] };
}

export const productVariantAppendMedia = (_r: unknown, args: { productId: string; variantMedia: VariantMediaInput[] }, ctx: SimContext, info: GraphQLResolveInfo) => variantMediaEdit(ctx, info, args, true);
export const productVariantDetachMedia = (_r: unknown, args: { productId: string; variantMedia: VariantMediaInput[] }, ctx: SimContext, info: GraphQLResolveInfo) => variantMediaEdit(ctx, info, args, false);

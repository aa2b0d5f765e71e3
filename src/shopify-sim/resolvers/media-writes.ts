/**
 * Media writes: stagedUploadsCreate (targets to send files to), productCreateMedia, and the
 * `media`/`files` inputs of the product mutations, all turned into media the same way.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { parseGid } from '../store/gid';
import { mediaFromSource, type MediaDraft } from '../store/media-sources';
import { appendMedia } from '../store/product-builder';
import type { MediaRecord } from '../store/records';
import type { StagedUploadMethod } from '../store/staged-uploads';
import type { SimContext } from './context';
import { requireScope } from './context';
import { limitRows } from './mutation-guards';
import type { UserError } from './variant-input';

export interface MediaSourceInput {
  originalSource?: string | null;
  alt?: string | null;
  mediaContentType?: string | null;
  contentType?: string | null;
}

/**
 * Every input as a media draft, or a user error at `at.i.originalSource` for an address
 * Shopify would refuse. Inputs without an originalSource (an existing file by id) are skipped.
 */
export function mediaDrafts(ctx: SimContext, inputs: readonly MediaSourceInput[], at: string[], errors: UserError[], code?: string): MediaDraft[] {
  const drafts: MediaDraft[] = [];
  inputs.forEach((input, i) => {
    const kind = input.mediaContentType ?? input.contentType ?? 'IMAGE';
    if (kind !== 'IMAGE') {
      errors.push({ field: [...at, String(i), input.mediaContentType ? 'mediaContentType' : 'contentType'], message: 'The local store takes images only', ...(code && { code }) });
      return;
    }
    if (!input.originalSource) return;
    const source = mediaFromSource(ctx.store, ctx.uploads, input.originalSource, input.alt ?? '');
    if (source.ok) drafts.push(source.draft);
    else errors.push({ field: [...at, String(i), 'originalSource'], message: source.message, ...(code && { code }) });
  });
  return drafts;
}

interface StagedUploadInput {
  resource: string;
  filename: string;
  mimeType: string;
  httpMethod?: StagedUploadMethod | null;
  fileSize?: string | number | null;
}

/** Resources whose files Shopify wants to know the size of before it signs a target. */
const SIZED_RESOURCES = new Set(['VIDEO', 'MODEL_3D']);

export function stagedUploadsCreate(_r: unknown, args: { input: StagedUploadInput[] }, ctx: SimContext, info: GraphQLResolveInfo) {
  requireScope(ctx, info, 'write_products');
  limitRows(info, args.input, ['input']);
  const errors: UserError[] = [];
  args.input.forEach((input, i) => {
    const at = ['input', String(i)];
    if (!input.filename.trim()) errors.push({ field: [...at, 'filename'], message: "Filename can't be blank" });
    if (!/^[\w.+-]+\/[\w.+-]+$/.test(input.mimeType.trim())) errors.push({ field: [...at, 'mimeType'], message: 'Mime type is invalid' });
    else if ((input.resource === 'IMAGE' || input.resource === 'PRODUCT_IMAGE') && !input.mimeType.startsWith('image/')) {
      errors.push({ field: [...at, 'mimeType'], message: `Mime type ${input.mimeType} is not an image type` });
    }
    const size = input.fileSize == null ? null : Number(input.fileSize);
    if (SIZED_RESOURCES.has(input.resource) && size === null) errors.push({ field: [...at, 'fileSize'], message: 'File size is required for videos and 3D models' });
    if (size !== null && (!Number.isSafeInteger(size) || size < 1)) errors.push({ field: [...at, 'fileSize'], message: 'File size must be a positive number of bytes' });
  });
  if (errors.length) return { stagedTargets: null, userErrors: errors };
  const stagedTargets = args.input.map((input) =>
    ctx.uploads.create({
      resource: input.resource,
      filename: input.filename.trim(),
      mimeType: input.mimeType.trim(),
      httpMethod: input.httpMethod ?? 'PUT',
      fileSize: input.fileSize == null ? null : Number(input.fileSize),
    }),
  );
  return { stagedTargets, userErrors: [] };
}

/** As the mutation answers them: just created, not yet processed (recorded: UPLOADED, no image). */
export const justCreated = (media: MediaRecord[]) => media.map((m) => ({ ...m, justCreated: true }));

export function productCreateMedia(_r: unknown, args: { productId: string; media: MediaSourceInput[] }, ctx: SimContext, info: GraphQLResolveInfo) {
  requireScope(ctx, info, 'write_products');
  limitRows(info, args.media, ['media']);
  const product = ctx.store.products.get(parseGid(args.productId, 'Product') ?? -1);
  if (!product) return { media: null, product: null, mediaUserErrors: [{ field: ['productId'], message: 'Product does not exist', code: 'PRODUCT_DOES_NOT_EXIST' }] };
  const errors: UserError[] = [];
  const drafts = mediaDrafts(ctx, args.media, ['media'], errors, 'INVALID');
  if (errors.length) return { media: null, product, mediaUserErrors: errors };
  const added = appendMedia(ctx.store, product, drafts);
  ctx.store.touch(product);
  // The product in the answer shows the new media as just created too (recorded).
  const answered = new Map(justCreated(added).map((m) => [m.id, m]));
  return { media: [...answered.values()], product: { ...product, media: product.media.map((m) => answered.get(m.id) ?? m) }, mediaUserErrors: [] };
}

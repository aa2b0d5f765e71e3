/** How media read: READY with an image at its address, or FAILED with Shopify's media error. */
import type { GraphQLFieldResolver } from 'graphql';
import { gid } from '../store/gid';
import { mediaAddress } from '../store/media-sources';
import type { MediaRecord } from '../store/records';
import type { SimContext } from './context';

/** A media record as a mutation answers it, before Shopify has processed it. */
type ReadMedia = MediaRecord & { justCreated?: boolean };

const statusOf = (m: ReadMedia) => (m.justCreated ? 'UPLOADED' : m.error ? 'FAILED' : 'READY');

function imageOf(m: ReadMedia, ctx: SimContext) {
  const url = m.justCreated ? null : mediaAddress(ctx.uploads.baseUrl, ctx.store, m);
  return url === null ? null : { id: gid('MediaImage', m.id).replace('MediaImage', 'ImageSource'), url, altText: m.alt, width: null, height: null };
}

const extensionTypes: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' };

function mimeTypeOf(m: ReadMedia, ctx: SimContext): string | null {
  if (m.fileKey !== undefined) return ctx.store.files.get(m.fileKey)?.contentType ?? null;
  const extension = /\.([a-z]+)$/i.exec(URL.canParse(m.url) ? new URL(m.url).pathname : '')?.[1]?.toLowerCase();
  return (extension && extensionTypes[extension]) ?? null;
}

export const mediaFields: Record<string, GraphQLFieldResolver<ReadMedia, SimContext, never>> = {
  id: (m) => gid('MediaImage', m.id),
  alt: (m) => m.alt,
  mediaContentType: () => 'IMAGE',
  status: (m) => statusOf(m),
  image: (m, _a, ctx) => imageOf(m, ctx),
  preview: (m, _a, ctx) => {
    const image = imageOf(m, ctx);
    return { status: m.justCreated ? 'UPLOADED' : image ? 'READY' : 'FAILED', image };
  },
  mimeType: (m, _a, ctx) => mimeTypeOf(m, ctx),
  mediaErrors: (m) => (m.error && !m.justCreated ? [{ code: m.error.code, details: null, message: m.error.message }] : []),
  fileStatus: (m) => statusOf(m),
  fileErrors: (m) => (m.error && !m.justCreated ? [{ code: m.error.code, details: null, message: m.error.message }] : []),
  updatedAt: (m) => m.createdAt,
};

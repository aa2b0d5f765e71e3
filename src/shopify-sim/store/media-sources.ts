/**
 * Where a product's media come from, as Shopify takes them: an `originalSource` that is a
 * staged upload's resourceUrl becomes a file the store holds (served at its CDN address);
 * one of the store's own CDN addresses shares that file; any other http(s) address is kept
 * as it is (nothing is fetched). Media are READY at once, or FAILED saying why.
 */
import { randomUUID } from 'node:crypto';
import { detectImageFormat } from '../../main/catalog/image-formats';
import { placeholderFor } from './placeholder-image';
import type { HostedFile, MediaRecord } from './records';
import type { ShopStore } from './shop-store';
import type { StagedUploads } from './staged-uploads';

export const CDN_FILES_PATH = '/cdn/shop/files/';

/** A media record to be: what setMedia and appendMedia take. */
export interface MediaDraft {
  url: string;
  alt?: string;
  fileKey?: string;
  error?: MediaRecord['error'];
}

export type MediaSource = { ok: true; draft: MediaDraft } | { ok: false; message: string };

const INVALID_URL = 'Image URL is invalid';

export function hostFile(store: ShopStore, filename: string, contentType: string, bytes: Buffer): HostedFile {
  const file = { key: randomUUID(), filename, contentType, bytes };
  store.files.set(file.key, file);
  store.changed();
  return file;
}

/** An image named by address only (a seed, an edit made "in the Shopify admin"): the store draws it and holds the file. */
export function placeholderMedia(store: ShopStore, address: string): MediaDraft {
  const picture = placeholderFor(address);
  return { url: address, fileKey: hostFile(store, picture.filename, 'image/png', picture.bytes).key };
}

export function mediaFromSource(store: ShopStore, uploads: StagedUploads, originalSource: string, alt: string): MediaSource {
  let address: URL;
  try {
    address = new URL(originalSource);
  } catch {
    return { ok: false, message: INVALID_URL };
  }
  if (address.protocol !== 'https:' && address.protocol !== 'http:') return { ok: false, message: INVALID_URL };
  const stagedKey = uploads.keyOf(address);
  if (stagedKey !== null) return { ok: true, draft: fromStagedUpload(store, uploads, stagedKey, originalSource, alt) };
  const hosted = hostedKeyOf(uploads.baseUrl, address);
  if (hosted && store.files.has(hosted)) return { ok: true, draft: { url: originalSource, alt, fileKey: hosted } };
  return { ok: true, draft: { url: originalSource, alt } };
}

function fromStagedUpload(store: ShopStore, uploads: StagedUploads, key: string, url: string, alt: string): MediaDraft {
  const upload = uploads.find(key);
  if (!upload) return { url, alt, error: { code: 'INVALID_SIGNED_URL', message: 'The staged upload URL was not issued by stagedUploadsCreate or has expired.' } };
  if (!upload.bytes) return { url, alt, error: { code: 'IMAGE_DOWNLOAD_FAILURE', message: 'Nothing was sent to the staged upload target, so there is no file to process.' } };
  const format = detectImageFormat(upload.bytes);
  if (!format) return { url, alt, error: { code: 'UNSUPPORTED_IMAGE_FILE_TYPE', message: 'Image format is not supported.' } };
  return { url, alt, fileKey: hostFile(store, upload.filename, format.contentType, upload.bytes).key };
}

function hostedKeyOf(baseUrl: string, address: URL): string | null {
  if (address.origin !== new URL(baseUrl).origin || !address.pathname.startsWith(CDN_FILES_PATH)) return null;
  return address.pathname.slice(CDN_FILES_PATH.length).split('/')[0] ?? null;
}

export const hostedFileAddress = (baseUrl: string, file: HostedFile) => `${baseUrl}${CDN_FILES_PATH}${file.key}/${encodeURIComponent(file.filename)}`;

/** Where the media's image is read from, or null when it has none (FAILED, or its file is gone). */
export function mediaAddress(baseUrl: string, store: ShopStore, media: MediaRecord): string | null {
  if (media.error) return null;
  if (media.fileKey === undefined) return media.url;
  const file = store.files.get(media.fileKey);
  return file ? hostedFileAddress(baseUrl, file) : null;
}

/** The hosted file a CDN path names (`/cdn/shop/files/<key>/<name>`), for the HTTP server. */
export function hostedFileAt(store: ShopStore, pathname: string): HostedFile | undefined {
  if (!pathname.startsWith(CDN_FILES_PATH)) return undefined;
  return store.files.get(pathname.slice(CDN_FILES_PATH.length).split('/')[0] ?? '');
}

/**
 * Finds a stored product image for a URL path, for both shells that show the interface
 * (the desktop window's app:// protocol and browser mode), so they check names and answer
 * with the same headers. Only a name we could have written is ever looked up.
 */
import { join } from 'node:path';
import { IMAGES_PATH } from '../shared/product-images';
import { storedImageContentType } from './catalog/image-formats';
import { pageSecurityHeaders } from './content-security-policy';
import { isFile } from './renderer-files';

export interface ServedImage {
  file: string;
  headers: Record<string, string>;
}

export const isImagePath = (urlPath: string) => urlPath.startsWith(IMAGES_PATH);

/** The image to send for `urlPath` (one under IMAGES_PATH), or null for "not found". */
export function resolveServedImage(imagesDir: string, urlPath: string): ServedImage | null {
  const name = urlPath.slice(IMAGES_PATH.length);
  const contentType = storedImageContentType(name);
  if (!contentType || !isFile(join(imagesDir, name))) return null;
  return {
    file: join(imagesDir, name),
    headers: {
      'Content-Type': contentType,
      // The name is the hash of the bytes: what it names never changes. Private: it is behind the secret.
      'Cache-Control': 'private, max-age=31536000, immutable',
      ...pageSecurityHeaders,
    },
  };
}

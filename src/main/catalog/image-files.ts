/**
 * Image files under the data folder's images directory. A file is named by the SHA-256 of
 * its bytes, so identical images are stored once and a name never changes meaning; it is
 * written under a temporary name and renamed, so a crash never leaves half an image behind
 * a real name.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STORED_IMAGE_NAME, type ImageFormat } from './image-formats';

export const storedImageName = (bytes: Uint8Array, format: ImageFormat): string =>
  `${createHash('sha256').update(bytes).digest('hex')}.${format.extension}`;

/** Writes the file unless the same bytes are already stored under that name. */
export function storeImageFile(imagesDir: string, name: string, bytes: Uint8Array): void {
  const file = join(imagesDir, name);
  if (existsSync(file)) return;
  const partial = join(imagesDir, `.${name}.${randomBytes(6).toString('hex')}.partial`);
  try {
    mkdirSync(imagesDir, { recursive: true });
    writeFileSync(partial, bytes, { flag: 'wx' });
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new Error(`The image could not be saved in ${imagesDir}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Removes a stored image file; a name we would never have written is left alone. */
export function deleteImageFile(imagesDir: string, name: string): void {
  if (STORED_IMAGE_NAME.test(name)) rmSync(join(imagesDir, name), { force: true });
}

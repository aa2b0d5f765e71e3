/**
 * A product's images: checked by their bytes, added last, reordered with positions kept
 * dense, removed with the variants that showed them let go. Rows with identical bytes
 * share one file, which goes only once no row uses it, and only after the removal commits.
 */
import type { ParsedInput } from '../../shared/contract';
import { notFound, rejected } from '../../shared/errors';
import { MAX_IMAGE_BYTES, MAX_IMAGE_SIZE_TEXT } from '../../shared/product-images';
import type { CoreDeps } from '../core/deps';
import { prepared } from '../db/prepared';
import type { ReadableDB } from '../db/types';
import type { CatalogChange } from './catalog-write';
import { deleteImageFile, storeImageFile, storedImageName } from './image-files';
import { ACCEPTED_FORMATS_TEXT, detectImageFormat } from './image-formats';
import type { ProductBasics } from './product-store';

export interface ImageUpload {
  /** The name it had on the owner's computer, for messages. */
  fileName: string;
  bytes: Buffer;
  storedName: string;
}

/** Rounded up, so a file just over the limit never reads as exactly the limit. */
const megabytes = (bytes: number) => `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;

/** The refusals that need no database, made before any transaction starts. */
export function readImageUpload(fileName: string, dataBase64: string): ImageUpload {
  return checkImageBytes(fileName, Buffer.from(dataBase64, 'base64'));
}

/** The same refusals for bytes from anywhere (an upload, a download from Shopify). */
export function checkImageBytes(fileName: string, bytes: Buffer): ImageUpload {
  if (bytes.length === 0) throw rejected(`${fileName} is empty.`);
  if (bytes.length > MAX_IMAGE_BYTES) throw rejected(`${fileName} is ${megabytes(bytes.length)}: an image can be at most ${MAX_IMAGE_SIZE_TEXT}.`);
  const format = detectImageFormat(bytes);
  if (!format) throw rejected(`${fileName} is not a ${ACCEPTED_FORMATS_TEXT} image (judged by its contents, whatever its name says).`);
  return { fileName, bytes, storedName: storedImageName(bytes, format) };
}

export function addProductImage(change: CatalogChange, imagesDir: string, product: ProductBasics, upload: ImageUpload, alt: string): number {
  const { db } = change;
  if (prepared(db, 'SELECT 1 FROM product_images WHERE product_id = ? AND file_name = ?').get(product.id, upload.storedName)) {
    throw rejected(`${upload.fileName} is already one of ${product.name}\u2019s images.`);
  }
  insertProductImageRow(change, product.id, upload.storedName, alt);
  // Last: if the file cannot be written, the row is rolled back with the rest.
  storeImageFile(imagesDir, upload.storedName, upload.bytes);
  change.touch(product.id);
  return product.id;
}

/** The image row, placed last; its file must be stored by the caller (in the same transaction or before it). */
export function insertProductImageRow(change: CatalogChange, productId: number, storedName: string, alt: string, shopifyMediaId: string | null = null): number {
  const result = prepared(
    change.db,
    `INSERT INTO product_images (product_id, file_name, alt, position, shopify_media_id)
     VALUES (?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM product_images WHERE product_id = ?), ?)`,
  ).run(productId, storedName, alt, productId, shopifyMediaId);
  return Number(result.lastInsertRowid);
}

interface ImageRecord {
  id: number;
  productId: number;
  fileName: string;
}

function imageRecord(db: ReadableDB, id: number): ImageRecord {
  const row = prepared(db, 'SELECT id, product_id AS productId, file_name AS fileName FROM product_images WHERE id = ?').get(id) as ImageRecord | undefined;
  if (!row) throw notFound(`Image ${id}`);
  return row;
}

const imageIdsOf = (db: ReadableDB, productId: number): number[] =>
  (prepared(db, 'SELECT id FROM product_images WHERE product_id = ? ORDER BY position, id').all(productId) as { id: number }[]).map((r) => r.id);

/** Positions 0, 1, 2 … in the given order. */
function renumber(change: CatalogChange, orderedIds: readonly number[]): void {
  const update = prepared(change.db, 'UPDATE product_images SET position = ? WHERE id = ? AND position IS NOT ?');
  orderedIds.forEach((id, position) => update.run(position, id, position));
}

export function updateProductImage(change: CatalogChange, input: ParsedInput<'updateProductImage'>): number {
  const image = imageRecord(change.db, input.id);
  if (input.alt !== undefined) prepared(change.db, 'UPDATE product_images SET alt = ? WHERE id = ?').run(input.alt, image.id);
  if (input.position !== undefined) {
    const others = imageIdsOf(change.db, image.productId).filter((id) => id !== image.id);
    others.splice(Math.min(input.position, others.length), 0, image.id);
    renumber(change, others);
  }
  change.touch(image.productId);
  return image.productId;
}

/** Removes the row (not the file: see deleteUnusedImageFiles) and says what it was. */
export function removeProductImage(change: CatalogChange, id: number): ImageRecord {
  const image = imageRecord(change.db, id);
  prepared(change.db, 'UPDATE variants SET image_id = NULL, updated_at = ? WHERE image_id = ?').run(change.now, image.id);
  prepared(change.db, 'DELETE FROM product_images WHERE id = ?').run(image.id);
  renumber(change, imageIdsOf(change.db, image.productId));
  change.touch(image.productId);
  return image;
}

export const imageFileNamesOf = (db: ReadableDB, productId: number): string[] =>
  (prepared(db, 'SELECT DISTINCT file_name FROM product_images WHERE product_id = ?').all(productId) as { file_name: string }[]).map((r) => r.file_name);

/**
 * Once a removal has committed: deletes the files no image row uses any more. A file
 * that cannot be deleted is only wasted space, so it is logged, not reported as a failure.
 */
export function deleteUnusedImageFiles(deps: CoreDeps, fileNames: readonly string[]): void {
  for (const name of new Set(fileNames)) {
    if (prepared(deps.db, 'SELECT 1 FROM product_images WHERE file_name = ? LIMIT 1').get(name)) continue;
    try {
      deleteImageFile(deps.paths.imagesDir, name);
    } catch (error) {
      deps.log.warn('an unused image file could not be deleted', { file: name, error: error instanceof Error ? error.message : String(error) });
    }
  }
}

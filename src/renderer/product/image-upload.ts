/**
 * Sends the owner's picked or dropped files to the core, one at a time, as base64 (see
 * src/shared/product-images.ts). A file that is too big or empty is refused here, before
 * 27 MB of text crosses the wire; what a file really is, only the core decides.
 */
import type { Product } from '../../shared/catalog';
import { MAX_IMAGE_BYTES, MAX_IMAGE_SIZE_TEXT } from '../../shared/product-images';
import { api } from '../api';
import { withProduct } from '../stores/product-editor';
import { toast } from '../stores/toasts';

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // A data URL: "data:<type>;base64,<data>".
    reader.onload = () => resolve(String(reader.result).replace(/^[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`${file.name} could not be read.`));
    reader.readAsDataURL(file);
  });
}

function refusalBeforeSending(file: File): string | null {
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > MAX_IMAGE_BYTES) return `${file.name} is ${(file.size / (1024 * 1024)).toFixed(1)} MB: an image can be at most ${MAX_IMAGE_SIZE_TEXT}.`;
  return null;
}

/** Adds the files in the order given; each failure is its own toast. Returns how many were added. */
export async function uploadImages(productId: number, files: readonly File[], onProgress: (done: number) => void): Promise<number> {
  let added = 0;
  for (const [index, file] of files.entries()) {
    onProgress(index);
    const refusal = refusalBeforeSending(file);
    if (refusal) {
      toast('error', refusal);
      continue;
    }
    let dataBase64: string;
    try {
      dataBase64 = await readAsBase64(file);
    } catch (error) {
      toast('error', error instanceof Error ? error.message : `${file.name} could not be read.`);
      continue;
    }
    const product: Product | null = await withProduct(() => api.addProductImage({ productId, fileName: file.name, dataBase64 }));
    if (product) added += 1;
  }
  if (added > 0) toast('success', added === 1 ? 'Image added' : `${added} images added`);
  return added;
}

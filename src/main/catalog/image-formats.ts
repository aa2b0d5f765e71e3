/**
 * The image formats a product may hold, told apart by their first bytes (a file's name or
 * declared type says nothing about what it is), and the names stored images get.
 */

export interface ImageFormat {
  label: string;
  /** The extension a stored file of this format gets. */
  extension: 'png' | 'jpg' | 'webp' | 'gif';
  contentType: string;
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const png: ImageFormat = { label: 'PNG', extension: 'png', contentType: 'image/png' };
const jpeg: ImageFormat = { label: 'JPEG', extension: 'jpg', contentType: 'image/jpeg' };
const webp: ImageFormat = { label: 'WebP', extension: 'webp', contentType: 'image/webp' };
const gif: ImageFormat = { label: 'GIF', extension: 'gif', contentType: 'image/gif' };

/** Signatures as (offset, bytes) pairs that must all match. */
const signatures: { format: ImageFormat; parts: [offset: number, bytes: number[]][] }[] = [
  { format: png, parts: [[0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]]] },
  { format: jpeg, parts: [[0, [0xff, 0xd8, 0xff]]] },
  { format: webp, parts: [[0, ascii('RIFF')], [8, ascii('WEBP')]] },
  { format: gif, parts: [[0, ascii('GIF87a')]] },
  { format: gif, parts: [[0, ascii('GIF89a')]] },
];

export const ACCEPTED_FORMATS_TEXT = 'PNG, JPEG, WebP or GIF';

export function detectImageFormat(bytes: Uint8Array): ImageFormat | null {
  const matches = ([offset, expected]: [number, number[]]) => expected.every((b, i) => bytes[offset + i] === b);
  return signatures.find((s) => s.parts.every(matches))?.format ?? null;
}

/** A stored image's name: the SHA-256 of its bytes and its format's extension. Nothing else is ever served. */
export const STORED_IMAGE_NAME = /^[0-9a-f]{64}\.(png|jpe?g|webp|gif)$/;

const contentTypes: Record<string, string> = { png: png.contentType, jpg: jpeg.contentType, jpeg: jpeg.contentType, webp: webp.contentType, gif: gif.contentType };

/** The content type of a stored image's name, or null when the name is not one we store. */
export function storedImageContentType(name: string): string | null {
  const extension = STORED_IMAGE_NAME.exec(name)?.[1];
  return extension === undefined ? null : (contentTypes[extension] ?? null);
}

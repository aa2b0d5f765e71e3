/**
 * Product images as the contract and the interface see them: the calls' inputs, the size
 * limit, and the one address the shells serve an image at. Imports nothing from node.
 */
import { z } from 'zod';
import { Id } from './catalog';

/** Shopify's own limit for a product image. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
export const MAX_IMAGE_SIZE_TEXT = '20 MB';

/**
 * The image travels as base64 text inside the call (JSON over the WebSocket, structured
 * clone over IPC): one path for every shell and the CLI, no upload endpoint to secure. A
 * third bigger is fine at these sizes: 20 MB is ~27 MB of text, under the socket's 32 MiB cap.
 */
const MAX_BASE64_CHARS = Math.ceil(MAX_IMAGE_BYTES / 3) * 4;

/** What the file picker offers; the core still decides by the bytes, never by the name or type. */
export const ACCEPTED_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;

/** Where both shells serve a stored image: `${IMAGES_PATH}<sha256>.<ext>`, relative to the page. */
export const IMAGES_PATH = '/images/';
export const imageUrl = (fileName: string) => `${IMAGES_PATH}${fileName}`;

const alt = z.string().trim().max(512, 'Alt text can be at most 512 characters');

export const AddProductImageInput = z
  .object({
    productId: Id,
    /** The name it had on the owner's computer: for messages only. */
    fileName: z.string().trim().min(1, 'Give the image\u2019s file name').max(255),
    dataBase64: z
      .base64('The image data must be base64 text')
      .min(1, 'The image file is empty')
      .max(MAX_BASE64_CHARS, `An image can be at most ${MAX_IMAGE_SIZE_TEXT}`),
    alt: alt.default(''),
  })
  .strict();
export type AddProductImageInput = z.input<typeof AddProductImageInput>;

export const UpdateProductImageInput = z
  .object({
    id: Id,
    alt: alt.optional(),
    /** 0 is first; a position past the end means last. The others close up around it. */
    position: z.number().int().min(0, 'Positions start at 0').optional(),
  })
  .strict()
  .refine((input) => input.alt !== undefined || input.position !== undefined, 'Give new alt text or a new position');
export type UpdateProductImageInput = z.input<typeof UpdateProductImageInput>;

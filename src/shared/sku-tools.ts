/**
 * SKU regeneration: new SKUs for chosen products from a pattern, previewed with a collision
 * check before anything changes; linked products get their new SKUs on Shopify in the same step.
 */
import { z } from 'zod';
import { Id } from './catalog';

export const SkuPattern = z
  .object({
    /** Fixed text first, e.g. "AM". */
    prefix: z.string().trim().max(20).regex(/^[A-Za-z0-9]*$/, 'A prefix holds letters and digits only').default(''),
    /** The product's code: initials of its name ("Night Owl Tee" → NOT), its name, its number, or nothing. */
    productCode: z.enum(['initials', 'name', 'id', 'none']).default('initials'),
    /** Add each option value's code ("Large" → LAR, "Black" → BLA). */
    optionCodes: z.boolean().default(true),
    /** Add a running number, from `counterStart`, `counterDigits` wide. */
    counter: z.boolean().default(false),
    counterStart: z.number().int().min(0).max(999_999).default(1),
    counterDigits: z.number().int().min(1).max(6).default(3),
    separator: z.enum(['-', '_', '.', '']).default('-'),
  })
  .strict();
export type SkuPattern = z.infer<typeof SkuPattern>;

export const SkuRegenerationInput = z
  .object({ productIds: z.array(Id).min(1, 'Choose at least one product').max(20_000), pattern: SkuPattern })
  .strict();

export const SkuPreviewRow = z.object({
  productId: Id,
  variantId: Id,
  productName: z.string(),
  optionValues: z.array(z.string()),
  currentSku: z.string(),
  newSku: z.string(),
  /** Why this SKU cannot be used (taken by another product, or twice in this preview), or null. */
  collision: z.string().nullable(),
  linked: z.boolean(),
});
export type SkuPreviewRow = z.infer<typeof SkuPreviewRow>;

export const SkuPreview = z.object({
  rows: z.array(SkuPreviewRow),
  collisions: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  linkedProducts: z.number().int().min(0),
});
export type SkuPreview = z.infer<typeof SkuPreview>;

export const SkuRegenerationResult = z.object({
  changed: z.number().int().min(0),
  pushedToShopify: z.number().int().min(0),
  failures: z.array(z.object({ productId: Id, productName: z.string(), message: z.string() })),
});
export type SkuRegenerationResult = z.infer<typeof SkuRegenerationResult>;

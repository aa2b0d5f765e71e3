/**
 * Linking without changing either side ("map"): in bulk for every product the review matched
 * by SKU, or one product at a time with the side-by-side mapper; and unlinking. Plus the
 * sync counts the products page header shows ("Sync N Products").
 */
import { z } from 'zod';
import { Id, SyncState } from './catalog';

export const VariantPair = z.object({ variantId: Id, shopifyVariantId: z.string().min(1).max(200) }).strict();

export const ProductLink = z
  .object({
    productId: Id,
    shopifyProductId: z.string().trim().min(1, 'Choose the Shopify product').max(200),
    /** The mapper's pairs; default: variants paired by trimmed SKU, and every local variant must find one. */
    variants: z.array(VariantPair).min(1).max(2_000).optional(),
  })
  .strict();

export const LinkProductsInput = z.object({ links: z.array(ProductLink).min(1, 'Give at least one product to link').max(20_000) }).strict();

export const LinkOutcome = z.object({
  linked: z.array(z.object({ productId: Id, shopifyProductId: z.string(), variantsLinked: z.number().int().min(0), syncState: SyncState })),
  failed: z.array(z.object({ productId: Id, productName: z.string(), message: z.string() })),
});
export type LinkOutcome = z.infer<typeof LinkOutcome>;

/** Link every product the review matched by SKU (and not held by an issue). */
export const LinkAllBySkuInput = z.object({ reviewId: Id.optional() }).strict();

export const UnlinkProductInput = z
  .object({
    productId: Id,
    /** false: keep both products, unlinked. true: also delete the product on Shopify (the owner confirmed). */
    deleteOnShopify: z.boolean(),
  })
  .strict();

/** Unlink many products at once: each is refused on its own (not linked, deleted), the rest go on. */
export const UnlinkProductsInput = z
  .object({
    productIds: z.array(Id).min(1, 'Choose at least one product to unlink').max(20_000),
    /** false: keep both products, unlinked. true: also delete each on Shopify (the owner confirmed the count). */
    deleteOnShopify: z.boolean(),
  })
  .strict();

export const UnlinkOutcome = z.object({
  unlinked: z.array(z.object({ productId: Id, productName: z.string(), shopifyProductId: z.string(), deletedOnShopify: z.boolean() })),
  /** Left as they were (still linked where they were linked), with why: Shopify's words when Shopify refused. */
  failed: z.array(z.object({ productId: Id, productName: z.string(), message: z.string() })),
});
export type UnlinkOutcome = z.infer<typeof UnlinkOutcome>;

/** A bulk unlink's progress: n of N products done. */
export const UnlinkProgress = z.object({ done: z.number().int().min(0), total: z.number().int().min(0), phase: z.enum(['unlinking', 'finished']) });
export type UnlinkProgress = z.infer<typeof UnlinkProgress>;

/** A Shopify product as the mapper shows it, next to the local one. */
export const ShopifyProductCandidate = z.object({
  shopifyProductId: z.string(),
  title: z.string(),
  vendor: z.string(),
  status: z.string(),
  imageUrl: z.string().nullable(),
  variants: z.array(z.object({ shopifyVariantId: z.string(), sku: z.string(), optionValues: z.array(z.string()), priceCents: z.number().int() })),
  /** The local product already linked to it, if any. */
  linkedProductId: Id.nullable(),
});
export type ShopifyProductCandidate = z.infer<typeof ShopifyProductCandidate>;

export const SearchShopifyProductsInput = z
  .object({ query: z.string().trim().max(200).default(''), limit: z.number().int().min(1).max(50).default(20) })
  .strict();

export const SyncCounts = z.object({
  linked: z.number().int().min(0),
  synced: z.number().int().min(0),
  outOfSync: z.number().int().min(0),
  errors: z.number().int().min(0),
});
export type SyncCounts = z.infer<typeof SyncCounts>;

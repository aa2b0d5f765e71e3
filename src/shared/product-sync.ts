/**
 * Product sync as every boundary sees it: a compare of the local catalog with Shopify's,
 * kept as a review (a stable id) that the review grid pages through and a later apply step
 * reads. Every difference carries both values and a recommended side, never a chosen one:
 * the owner chooses. Imports nothing from node or electron.
 */
import { z } from 'zod';
import { Id, pageFields } from './catalog';

export const SyncSide = z.enum(['stockpilot', 'shopify']);
export type SyncSide = z.infer<typeof SyncSide>;

/** Where a product lands in the review. */
export const SyncSection = z.enum(['identical', 'different', 'only_stockpilot', 'only_shopify', 'issues']);
export type SyncSection = z.infer<typeof SyncSection>;

export const ProductSyncField = z.enum(['name', 'description', 'vendor', 'category', 'optionNames', 'status', 'listingStatus', 'trackInventory', 'images', 'tags', 'seoTitle', 'seoDescription']);
export type ProductSyncField = z.infer<typeof ProductSyncField>;
export const VariantSyncField = z.enum(['sku', 'price', 'optionValues', 'stock', 'image', 'barcode', 'compareAtPrice']);
export type VariantSyncField = z.infer<typeof VariantSyncField>;

/** A value as it is shown and later written: text, a number (cents, units), a list, or a yes/no. */
export const SyncValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
export type SyncValue = z.infer<typeof SyncValue>;

/** What happens to a product found on one side only. Nothing is chosen at first: Apply waits for a choice (`leave`: nothing happens). */
export const RowAction = z.enum(['create', 'import', 'leave']);
export type RowAction = z.infer<typeof RowAction>;

/**
 * How a variant of a matched product came to be on one side only: added in Stockpilot (never
 * linked), removed on Shopify (its linked Shopify variant is gone), added on Shopify (never
 * linked), or removed in Stockpilot (a deleted local variant was linked to it).
 */
export const VariantChange = z.enum(['added_in_stockpilot', 'removed_on_shopify', 'added_on_shopify', 'removed_in_stockpilot']);
export type VariantChange = z.infer<typeof VariantChange>;

/** What happens to such a variant: `create` on Shopify, `import` into Stockpilot, `delete` on the side it is still on, or `leave`. */
export const VariantAction = z.enum(['create', 'import', 'delete', 'leave']);
export type VariantAction = z.infer<typeof VariantAction>;

/** The one action besides `leave` each kind of one-sided variant takes. */
export const VARIANT_ACTION_OF: Record<VariantChange, Exclude<VariantAction, 'leave'>> = {
  added_in_stockpilot: 'create',
  removed_on_shopify: 'delete',
  added_on_shopify: 'import',
  removed_in_stockpilot: 'delete',
};

/** How a one-sided variant came to be, as a chip reads. */
export const VARIANT_CHANGE_WORDS: Record<VariantChange, string> = {
  added_in_stockpilot: 'Added in Stockpilot',
  removed_on_shopify: 'Deleted on Shopify',
  added_on_shopify: 'Added on Shopify',
  removed_in_stockpilot: 'Deleted in Stockpilot',
};

/** The action besides Leave, as its button (and the CLI) names it. */
export const VARIANT_ACTION_LABELS: Record<VariantChange, string> = {
  added_in_stockpilot: 'Create on Shopify',
  removed_on_shopify: 'Delete in Stockpilot',
  added_on_shopify: 'Import',
  removed_in_stockpilot: 'Delete on Shopify',
};

/** Where a review's choices stand: Apply is allowed only when `remaining` is 0. */
export const ChoiceTally = z.object({
  reviewId: Id,
  /** Conflicting fields in rows that can be applied (rows held by a blocking issue do not count). */
  conflicts: z.number().int().min(0),
  chosen: z.number().int().min(0),
  remaining: z.number().int().min(0),
  /** Conflicts where Shopify's side cannot be taken (auto-stock stock) and no side is chosen yet. */
  remainingShopifyDisabled: z.number().int().min(0),
  toCreate: z.number().int().min(0),
  toImport: z.number().int().min(0),
  /** Products and variants found on one side only with nothing chosen yet (Apply waits for them too). */
  oneSidedRemaining: z.number().int().min(0),
  /** Variants of matched products to create on Shopify, import, or delete on the side they are still on. */
  variantsToCreate: z.number().int().min(0),
  variantsToImport: z.number().int().min(0),
  variantsToDelete: z.number().int().min(0),
});
export type ChoiceTally = z.infer<typeof ChoiceTally>;

/** One image of a product as the review shows it, on either side. */
export const SyncImage = z.object({
  /** SHA-256 of its bytes; null when its bytes could not be had (a failed download). */
  sha256: z.string().nullable(),
  alt: z.string(),
  /** Where the window can show it: a path the core serves (null: no copy, as when Shopify's could not be downloaded). */
  src: z.string().nullable(),
  /** Shopify's media id (Shopify's side, or a local image that knows it). */
  mediaId: z.string().nullable(),
  /** Set on a Shopify image whose bytes are unknown, saying why. */
  problem: z.string().nullable().default(null),
});
export type SyncImage = z.infer<typeof SyncImage>;

export const SyncDifference = z.object({
  /** Stable within the review: `<row key>/<field>` or `<row key>/v<n>/<field>`; a choice is stored against it. */
  id: z.string(),
  field: z.union([ProductSyncField, VariantSyncField]),
  stockpilot: SyncValue,
  shopify: SyncValue,
  /** How each value reads to a person ("€12.00", "mixed (2/3 tracked)"). */
  stockpilotText: z.string(),
  shopifyText: z.string(),
  recommended: SyncSide,
  /** Why this side is recommended, or what choosing means, in a sentence. */
  note: z.string().nullable(),
  /** Set when "take Shopify's" is not allowed here (an auto-stock variant), with the reason. */
  shopifyChoiceDisabled: z.string().nullable(),
  /** The owner's choice so far (never pre-selected). */
  chosen: SyncSide.nullable().default(null),
  /** For the `images` field: both sides' images in order, for thumbnails. */
  images: z.object({ stockpilot: z.array(SyncImage), shopify: z.array(SyncImage) }).optional(),
});
export type SyncDifference = z.infer<typeof SyncDifference>;

export const SyncIssueKind = z.enum([
  'duplicate_sku',
  'blank_sku',
  'partial_variant_match',
  'variant_count_differs',
  'variant_matched_twice',
  'linked_product_missing',
  'sku_suggestion',
]);
export type SyncIssueKind = z.infer<typeof SyncIssueKind>;

export const SyncIssue = z.object({
  kind: SyncIssueKind,
  /** A blocking issue keeps its products out of apply until fixed; a suggestion never blocks. */
  blocking: z.boolean(),
  side: z.enum(['stockpilot', 'shopify', 'both']),
  /** What is wrong, in a person's words. */
  message: z.string(),
  /** How to fix it. */
  fix: z.string(),
  skus: z.array(z.string()),
  /** The review rows it concerns. */
  rowKeys: z.array(z.string()),
});
export type SyncIssue = z.infer<typeof SyncIssue>;

export const SyncSummary = z.object({
  stockpilotProducts: z.number().int().min(0),
  stockpilotVariants: z.number().int().min(0),
  shopifyProducts: z.number().int().min(0),
  shopifyVariants: z.number().int().min(0),
  identical: z.number().int().min(0),
  different: z.number().int().min(0),
  onlyInStockpilot: z.number().int().min(0),
  onlyInShopify: z.number().int().min(0),
  /** Rows held in the issues section. */
  withIssues: z.number().int().min(0),
  /** Blocking issues (each may concern several rows). */
  issues: z.number().int().min(0),
  suggestions: z.number().int().min(0),
  /** Field differences in all rows (product and variant fields). */
  differences: z.number().int().min(0),
  issuesByKind: z.record(z.string(), z.number().int().min(0)),
  differencesByField: z.record(z.string(), z.number().int().min(0)),
});
export type SyncSummary = z.infer<typeof SyncSummary>;

export const SyncMatch = z.enum(['linked', 'sku']);

/** One product of the review, as the grid lists it. */
export const SyncReviewRow = z.object({
  /** `p<local id>`, `s<Shopify numeric id>` or `p<local id>-s<Shopify numeric id>`. */
  key: z.string(),
  section: SyncSection,
  stockpilotProductId: Id.nullable(),
  shopifyProductId: z.string().nullable(),
  name: z.string(),
  shopifyTitle: z.string().nullable(),
  matchedBy: SyncMatch.nullable(),
  variantCount: z.number().int().min(0),
  shopifyVariantCount: z.number().int().min(0),
  differenceCount: z.number().int().min(0),
  /** Fields that differ, product and variant ones, once each. */
  differingFields: z.array(z.string()),
  issueKinds: z.array(SyncIssueKind),
  /** A likely counterpart (SKUs equal but for case or spacing): shown, never applied. */
  suggestedRowKey: z.string().nullable(),
  /** Differences of this row the owner has chosen a side for. */
  chosenCount: z.number().int().min(0).default(0),
  /** Rows found on one side only: create, import or leave (null: nothing chosen yet). */
  action: RowAction.nullable().default(null),
  /** Variants of a matched product found on one side only (each waits for an action). */
  oneSidedVariants: z.number().int().min(0).default(0),
  /** Of those, how many have an action chosen. */
  oneSidedChosen: z.number().int().min(0).default(0),
});
export type SyncReviewRow = z.infer<typeof SyncReviewRow>;

export const SyncVariantRow = z.object({
  /** `v<local id>`, `sv<Shopify numeric id>` or both joined. */
  key: z.string(),
  stockpilotVariantId: Id.nullable(),
  shopifyVariantId: z.string().nullable(),
  sku: z.string().nullable(),
  shopifySku: z.string().nullable(),
  optionValues: z.array(z.string()),
  differences: z.array(SyncDifference),
  /** Set for a variant of a matched product found on one side only. */
  change: VariantChange.nullable().default(null),
  /** The owner's action for such a variant (null: nothing chosen yet). */
  action: VariantAction.nullable().default(null),
});
export type SyncVariantRow = z.infer<typeof SyncVariantRow>;

export const SyncReviewProduct = SyncReviewRow.extend({
  reviewId: Id,
  differences: z.array(SyncDifference),
  variants: z.array(SyncVariantRow),
  issues: z.array(SyncIssue),
});
export type SyncReviewProduct = z.infer<typeof SyncReviewProduct>;

export const ReadMode = z.enum(['auto', 'bulk', 'paged']);

export const CompareCatalogInput = z
  .object({
    /** How Shopify's catalog is read: `auto` picks a bulk operation for a large shop. */
    readMode: ReadMode.default('auto'),
  })
  .strict()
  .default({ readMode: 'auto' });

export const CompareOutcome = z.object({
  reviewId: Id,
  createdAt: z.string(),
  readMode: z.enum(['bulk', 'paged']),
  locationId: z.string().nullable(),
  summary: SyncSummary,
});
export type CompareOutcome = z.infer<typeof CompareOutcome>;

export const GetSyncReviewInput = z
  .object({
    /** Default: the latest review. */
    reviewId: Id.optional(),
    section: SyncSection.optional(),
    ...pageFields,
    issuesOffset: z.number().int().min(0).default(0),
    issuesLimit: z.number().int().min(0).max(500).default(100),
  })
  .strict();

export const SyncReview = z.object({
  reviewId: Id,
  createdAt: z.string(),
  readMode: z.enum(['bulk', 'paged']),
  locationId: z.string().nullable(),
  summary: SyncSummary,
  issues: z.object({ total: z.number().int().min(0), rows: z.array(SyncIssue) }),
  rows: z.object({ total: z.number().int().min(0), rows: z.array(SyncReviewRow) }),
  /** Where the choices stand (Apply is allowed at 0 remaining). */
  tally: ChoiceTally.optional(),
});
export type SyncReview = z.infer<typeof SyncReview>;

export const GetSyncReviewProductInput = z
  .object({ reviewId: Id.optional(), key: z.string().trim().min(1, 'Give the row key of a product in the review').max(100) })
  .strict();

export const CompareProgress = z.object({
  phase: z.enum(['counting', 'reading', 'comparing', 'saving', 'finished', 'cancelled', 'failed']),
  readMode: z.enum(['bulk', 'paged']).nullable(),
  /** Products read from Shopify so far, and how many there are (null while unknown). */
  done: z.number().int().min(0),
  total: z.number().int().min(0).nullable(),
  message: z.string(),
});
export type CompareProgress = z.infer<typeof CompareProgress>;

export const SkuFindingKind = z.enum(['duplicate', 'blank', 'near_duplicate']);

export const SkuPlace = z.object({
  side: SyncSide,
  sku: z.string(),
  productName: z.string(),
  optionValues: z.array(z.string()),
  stockpilotProductId: Id.nullable(),
  shopifyProductId: z.string().nullable(),
});

export const SkuFinding = z.object({
  kind: SkuFindingKind,
  side: z.enum(['stockpilot', 'shopify', 'both']),
  sku: z.string(),
  message: z.string(),
  places: z.array(SkuPlace),
});
export type SkuFinding = z.infer<typeof SkuFinding>;

export const SkuCheck = z.object({
  /** False: only the local catalog was checked (no shop connected). */
  shopifyChecked: z.boolean(),
  stockpilotVariants: z.number().int().min(0),
  shopifyVariants: z.number().int().min(0),
  counts: z.object({ duplicate: z.number().int().min(0), blank: z.number().int().min(0), near_duplicate: z.number().int().min(0) }),
  findings: z.array(SkuFinding),
});
export type SkuCheck = z.infer<typeof SkuCheck>;

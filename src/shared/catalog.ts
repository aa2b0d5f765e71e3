/**
 * The catalog's domain types, as every boundary sees them. Money is kept in integer minor
 * units (cents) so that prices, COGS and profit never suffer float rounding; quantities are
 * whole units. Imports nothing from node or electron.
 */
import { z } from 'zod';

export const Id = z.number().int().positive();
export type Id = z.infer<typeof Id>;

/** Integer amount in the shop currency's minor unit (cents). */
export const Cents = z.number().int().min(0).max(1_000_000_000);
export const Quantity = z.number().int().min(-1_000_000).max(1_000_000);
export const Percent = z.number().min(0).max(1000);

const text = (max: number) => z.string().trim().max(max);

export const ProductStatus = z.enum(['active', 'inactive']);
export type ProductStatus = z.infer<typeof ProductStatus>;

/** How the product is listed on Shopify (Shopify's ProductStatus, lower-cased). */
export const ListingStatus = z.enum(['active', 'draft', 'archived', 'unlisted']);
export type ListingStatus = z.infer<typeof ListingStatus>;

export const SyncState = z.enum(['unlinked', 'synced', 'out_of_sync', 'error']);
export type SyncState = z.infer<typeof SyncState>;

export const MovementKind = z.enum([
  'sale',
  'adjustment',
  'received',
  'shipped',
  'stocktake',
  'order_import',
  'correction',
]);
export type MovementKind = z.infer<typeof MovementKind>;

/** Fields that never leave the app: they are the owner's business, not Shopify's. */
export const InternalFields = z.object({
  cogsCents: Cents.nullable(),
  materialCostCents: Cents.nullable(),
  laborCents: Cents.nullable(),
  markupPercent: Percent.nullable(),
  wholesalePriceCents: Cents.nullable(),
  commissionRatePercent: Percent.nullable(),
  retailListed: z.boolean(),
  consignmentStock: z.number().int().min(0).max(1_000_000),
});
export type InternalFields = z.infer<typeof InternalFields>;

export const ProductImage = z.object({
  id: Id,
  /** File name under the data folder's images directory. */
  fileName: z.string(),
  alt: z.string(),
  position: z.number().int().min(0),
  shopifyMediaId: z.string().nullable(),
});
export type ProductImage = z.infer<typeof ProductImage>;

export const Component = z.object({
  componentVariantId: Id,
  quantity: z.number().int().min(1).max(10_000),
});
export type Component = z.infer<typeof Component>;

/** A component as shown to a person: which variant it is, how many a bundle uses. */
export const ComponentView = Component.extend({
  sku: z.string(),
  productName: z.string(),
  onHand: z.number().int(),
});
export type ComponentView = z.infer<typeof ComponentView>;

export const ShopifyProductLink = z.object({
  productId: z.string().nullable(),
  syncState: SyncState,
  syncError: z.string().nullable(),
  lastSyncedAt: z.string().nullable(),
});
export type ShopifyProductLink = z.infer<typeof ShopifyProductLink>;

export const ShopifyVariantLink = z.object({
  variantId: z.string().nullable(),
  inventoryItemId: z.string().nullable(),
});
export type ShopifyVariantLink = z.infer<typeof ShopifyVariantLink>;

export const Variant = z.object({
  id: Id,
  productId: Id,
  position: z.number().int().min(0),
  sku: z.string(),
  priceCents: Cents,
  optionValues: z.array(z.string()).max(3),
  barcode: z.string(),
  /** The "was" price a sale shows next to the price (Shopify's compare-at price); null when none. */
  compareAtPriceCents: Cents.nullable(),
  /** Units physically here. May be negative after an oversell. Computed for auto-stock. */
  onHand: z.number().int(),
  /** Sum of open wholesale commitments. */
  committed: z.number().int().min(0),
  /** max(0, onHand − committed): what can be sold. */
  available: z.number().int().min(0),
  imageId: Id.nullable(),
  components: z.array(ComponentView),
  shopify: ShopifyVariantLink,
});
export type Variant = z.infer<typeof Variant>;

export const Product = z.object({
  id: Id,
  name: z.string(),
  descriptionHtml: z.string(),
  vendor: z.string(),
  category: z.string(),
  optionNames: z.array(z.string()).max(3),
  status: ProductStatus,
  listingStatus: ListingStatus,
  trackInventory: z.boolean(),
  autoStock: z.boolean(),
  tags: z.array(z.string()),
  /** Search engine listing: empty means Shopify uses the product's title and description. */
  seoTitle: z.string(),
  seoDescription: z.string(),
  images: z.array(ProductImage),
  internal: InternalFields,
  shopify: ShopifyProductLink,
  variants: z.array(Variant),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Product = z.infer<typeof Product>;

/** One row of the products list: the product with its variants summed up. */
export const ProductRow = z.object({
  id: Id,
  name: z.string(),
  vendor: z.string(),
  category: z.string(),
  status: ProductStatus,
  listingStatus: ListingStatus,
  syncState: SyncState,
  /** Why the last sync failed (Sync Error), shown on hover in the list. */
  syncError: z.string().nullable().default(null),
  trackInventory: z.boolean(),
  autoStock: z.boolean(),
  variantCount: z.number().int().min(0),
  skus: z.array(z.string()),
  priceMinCents: Cents.nullable(),
  priceMaxCents: Cents.nullable(),
  onHand: z.number().int(),
  committed: z.number().int().min(0),
  available: z.number().int().min(0),
  updatedAt: z.string(),
});
export type ProductRow = z.infer<typeof ProductRow>;

// ---- inputs ----

const optionNames = z.array(text(255).min(1, 'Option names cannot be blank')).max(3, 'A product has at most 3 options');
const tags = z.array(text(255).min(1)).max(250);
/** Shopify's limits; search engines show about 70 and 160 characters of them. */
export const SEO_TITLE_MAX = 255;
export const SEO_DESCRIPTION_MAX = 320;
const compareAtPrice = z
  .number({ error: 'Compare-at price must be an amount of money' })
  .int('Compare-at price must be a whole number of cents')
  .min(0, 'Compare-at price cannot be negative')
  .max(1_000_000_000, 'Compare-at price is too large')
  .nullable();

export const InternalFieldsInput = InternalFields.partial();

export const ComponentsInput = z
  .array(Component)
  .max(50)
  .refine((c) => new Set(c.map((x) => x.componentVariantId)).size === c.length, {
    message: 'A component is listed twice',
  });

/** Editable variant fields, without defaults: an update touches only what it names. */
const variantFields = {
  sku: text(255),
  priceCents: Cents,
  optionValues: z.array(text(255).min(1, 'Option values cannot be blank')).max(3),
  barcode: text(255),
  compareAtPriceCents: compareAtPrice,
  imageId: Id.nullable(),
  components: ComponentsInput,
};

export const NewVariantInput = z.object({
  sku: variantFields.sku.default(''),
  priceCents: variantFields.priceCents.default(0),
  optionValues: variantFields.optionValues.default([]),
  barcode: variantFields.barcode.default(''),
  compareAtPriceCents: variantFields.compareAtPriceCents.default(null),
  imageId: variantFields.imageId.default(null),
  components: variantFields.components.default([]),
  /** Opening stock, recorded as a "received" movement. Refused for auto-stock products. */
  onHand: z.number().int().min(0).max(1_000_000).default(0),
});
export type NewVariantInput = z.input<typeof NewVariantInput>;

/** Editable product fields, without defaults (see variantFields). */
const productFields = {
  name: text(255).min(1, 'A product needs a name'),
  descriptionHtml: z.string().max(512_000),
  vendor: text(255),
  category: text(255),
  optionNames,
  status: ProductStatus,
  listingStatus: ListingStatus,
  trackInventory: z.boolean(),
  autoStock: z.boolean(),
  tags,
  seoTitle: z.string().trim().max(SEO_TITLE_MAX, `A page title can be at most ${SEO_TITLE_MAX} characters`),
  seoDescription: z.string().trim().max(SEO_DESCRIPTION_MAX, `A meta description can be at most ${SEO_DESCRIPTION_MAX} characters`),
};

export const CreateProductInput = z.object({
  name: productFields.name,
  descriptionHtml: productFields.descriptionHtml.default(''),
  vendor: productFields.vendor.default(''),
  category: productFields.category.default(''),
  optionNames: productFields.optionNames.default([]),
  status: productFields.status.default('active'),
  listingStatus: productFields.listingStatus.default('draft'),
  trackInventory: productFields.trackInventory.default(true),
  autoStock: productFields.autoStock.default(false),
  tags: productFields.tags.default([]),
  seoTitle: productFields.seoTitle.default(''),
  seoDescription: productFields.seoDescription.default(''),
  internal: InternalFieldsInput.default({}),
  // prefault, not default: zod 4 returns a default as-is, and this one must get its variant defaults.
  variants: z.array(NewVariantInput).min(1, 'A product needs at least one variant').max(2048).prefault([{}]),
});
export type CreateProductInput = z.input<typeof CreateProductInput>;

export const UpdateProductInput = z.object({
  id: Id,
  changes: z
    .object({ ...productFields, internal: InternalFieldsInput })
    .partial()
    .strict(),
});
export type UpdateProductInput = z.input<typeof UpdateProductInput>;

export const CreateVariantInput = NewVariantInput.extend({ productId: Id });
export type CreateVariantInput = z.input<typeof CreateVariantInput>;

export const UpdateVariantInput = z.object({
  id: Id,
  changes: z.object(variantFields).partial().strict(),
});
export type UpdateVariantInput = z.input<typeof UpdateVariantInput>;

export const ProductSort = z.object({
  field: z.enum(['name', 'vendor', 'category', 'price', 'onHand', 'committed', 'available', 'status', 'syncState', 'updatedAt']),
  direction: z.enum(['asc', 'desc']).default('asc'),
});
export type ProductSort = z.infer<typeof ProductSort>;

/** Which page of a list: the first row (0-based) and how many, 100 unless asked (500 at most). */
export const pageFields = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) };

export const ListProductsInput = z.object({
  /** Matches product name or any variant SKU (case-insensitive, substring). */
  search: z.string().trim().max(255).default(''),
  status: ProductStatus.optional(),
  syncState: SyncState.optional(),
  sort: ProductSort.default({ field: 'name', direction: 'asc' }),
  ...pageFields,
});
export type ListProductsInput = z.input<typeof ListProductsInput>;

export const ProductPage = z.object({
  total: z.number().int().min(0),
  offset: z.number().int().min(0),
  rows: z.array(ProductRow),
});
export type ProductPage = z.infer<typeof ProductPage>;

export const StockMovement = z.object({
  id: Id,
  variantId: Id,
  sku: z.string(),
  kind: MovementKind,
  /** Signed change to on-hand. */
  quantity: z.number().int(),
  onHandAfter: z.number().int(),
  reason: z.string(),
  /** Who or what caused it: "you", "cli", "order #1001", "bundle BNDL-1" … */
  source: z.string(),
  createdAt: z.string(),
});
export type StockMovement = z.infer<typeof StockMovement>;

export const Commitment = z.object({
  id: Id,
  variantId: Id,
  reference: z.string(),
  quantity: z.number().int().min(1),
  status: z.enum(['open', 'closed']),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type Commitment = z.infer<typeof Commitment>;

/**
 * Builds products and variants as Shopify does: a product without options gets the
 * "Title" option and one "Default Title" variant; every variant has its inventory item.
 */
import type { ShopStore } from './shop-store';
import type { MediaRecord, OptionRecord, ProductRecord, ProductStatus, VariantRecord } from './records';
import type { MediaDraft } from './media-sources';

export interface VariantDraft {
  sku?: string | null;
  price?: string;
  compareAtPrice?: string | null;
  barcode?: string | null;
  optionValues?: string[];
  tracked?: boolean;
  unitCost?: string | null;
  inventoryPolicy?: 'DENY' | 'CONTINUE';
  /** Available quantity by location id; the item is stocked at each location named. */
  available?: Map<number, number>;
}

/** The product fields every way of making a product shares (seed, mutations, control API). */
export interface ProductBasics {
  title: string;
  handle?: string;
  descriptionHtml?: string;
  vendor?: string;
  productType?: string;
  status?: ProductStatus;
  tags?: string[];
}

export interface ProductDraft extends ProductBasics {
  optionNames?: string[];
  mediaUrls?: MediaDraft[];
}

export const DEFAULT_OPTION = 'Title';
export const DEFAULT_VALUE = 'Default Title';

export const handleize = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'product';

export const variantTitle = (v: VariantRecord): string => v.selectedOptions.map((o) => o.value).join(' / ');

/** Shopify stores money with two decimals and prints it that way. */
export const money = (value: string | number): string => Number(value).toFixed(2);

export function newProduct(store: ShopStore, draft: ProductDraft): ProductRecord {
  const at = store.timestamp();
  const product: ProductRecord = {
    id: store.newId(),
    title: draft.title,
    handle: draft.handle ?? uniqueHandle(store, handleize(draft.title)),
    descriptionHtml: draft.descriptionHtml ?? '',
    vendor: draft.vendor ?? '',
    productType: draft.productType ?? '',
    status: draft.status ?? 'ACTIVE',
    tags: normalizeTags(draft.tags ?? []),
    options: [],
    media: [],
    variants: [],
    createdAt: at,
    updatedAt: at,
    updatedMs: store.now(),
  };
  product.options = (draft.optionNames?.length ? draft.optionNames : [DEFAULT_OPTION]).map((name) => ({
    id: store.newId(),
    name,
    values: [],
  }));
  setMedia(store, product, draft.mediaUrls ?? []);
  return product;
}

const mediaRecord = (store: ShopStore, draft: MediaDraft, at: string): MediaRecord => ({
  id: store.newId(),
  url: draft.url,
  alt: draft.alt ?? '',
  createdAt: at,
  ...(draft.fileKey !== undefined && { fileKey: draft.fileKey }),
  ...(draft.error !== undefined && { error: draft.error }),
});

/** The product's media become exactly these (productSet's `files`, seeds, control edits). */
export function setMedia(store: ShopStore, product: ProductRecord, media: MediaDraft[]): MediaRecord[] {
  const at = store.timestamp();
  product.media = media.map((m) => mediaRecord(store, m, at));
  // A variant whose image went shows none.
  for (const v of product.variants) if (v.mediaId !== undefined && !product.media.some((m) => m.id === v.mediaId)) delete v.mediaId;
  return product.media;
}

/** Adds media after the ones the product has, which keep their ids. */
export function appendMedia(store: ShopStore, product: ProductRecord, media: MediaDraft[]): MediaRecord[] {
  const at = store.timestamp();
  const added = media.map((m) => mediaRecord(store, m, at));
  product.media = [...product.media, ...added];
  return added;
}

/**
 * Tags are trimmed, de-duplicated without regard to case (the first spelling stays) and sorted,
 * as Shopify returns them (recorded: " Red ", "red", "RED", " big   sale " → "big   sale", "Red").
 */
export function normalizeTags(tags: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const t of tags.map((x) => x.trim()).filter(Boolean)) if (!byKey.has(t.toLowerCase())) byKey.set(t.toLowerCase(), t);
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

/** Shopify keeps a tag of at most 255 characters; a longer one refuses the whole list. */
export const TAG_MAX_LENGTH = 255;

function uniqueHandle(store: ShopStore, base: string): string {
  let handle = base;
  for (let n = 1; store.handles.has(handle); n++) handle = `${base}-${n}`;
  return handle;
}

/** Adds a variant to a product (not yet indexed: callers add the product or index it). */
export function newVariant(store: ShopStore, product: ProductRecord, draft: VariantDraft): VariantRecord {
  const at = store.timestamp();
  const values = draft.optionValues?.length ? draft.optionValues : [DEFAULT_VALUE];
  const variant = {
    id: store.newId(),
    product,
    sku: draft.sku || null,
    price: money(draft.price ?? '0'),
    compareAtPrice: draft.compareAtPrice ? money(draft.compareAtPrice) : null,
    barcode: draft.barcode || null,
    selectedOptions: product.options.map((o, i) => ({ name: o.name, value: values[i] ?? DEFAULT_VALUE })),
    inventoryPolicy: draft.inventoryPolicy ?? 'DENY',
    createdAt: at,
    updatedAt: at,
  } as VariantRecord;
  variant.inventoryItem = {
    id: store.newId(),
    variant,
    tracked: draft.tracked ?? true,
    requiresShipping: true,
    unitCost: draft.unitCost ? money(draft.unitCost) : null,
    levels: new Map(),
    createdAt: at,
    updatedAt: at,
  };
  const available = draft.available ?? new Map([[store.primaryLocation().id, 0]]);
  for (const [locationId, quantity] of available) {
    const location = store.locations.get(locationId);
    if (location) store.stock(variant.inventoryItem, location, quantity);
  }
  product.variants.push(variant);
  syncOptionValues(product);
  return variant;
}

/** Option values are the distinct values the variants use, in first-use order. */
export function syncOptionValues(product: ProductRecord): void {
  product.options.forEach((option: OptionRecord, i) => {
    option.values = [...new Set(product.variants.map((v) => v.selectedOptions[i]?.value ?? DEFAULT_VALUE))];
  });
}

export function buildProduct(store: ShopStore, draft: ProductDraft, variants: VariantDraft[]): ProductRecord {
  const product = newProduct(store, draft);
  for (const v of variants.length ? variants : [{}]) newVariant(store, product, v);
  store.addProduct(product);
  return product;
}

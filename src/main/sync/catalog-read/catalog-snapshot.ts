/**
 * Both catalogs as the compare reads them: plain data, already fetched. The compare is a
 * pure function of two snapshots, so it can be tested and measured without I/O.
 */
import type { Product, Variant } from '../../../shared/catalog';

export type LocalVariant = Pick<Variant, 'id' | 'sku' | 'priceCents' | 'optionValues' | 'onHand' | 'committed' | 'barcode' | 'compareAtPriceCents'> & {
  /** What Stockpilot shows on Shopify (available to sell, by the quantity rule); null when its stock is not synced. */
  stockForShopify: number | null;
  /** Shopify's number minus Stockpilot's in the variant's open "Changed on Shopify" entry; 0 when none. */
  pendingShopifyChange: number;
  shopifyVariantId: string | null;
  /** The product image the variant shows (product_images.id), if any. */
  imageId?: number | null;
};

/** A product image as the compare reads it: its bytes' SHA-256 is its stored file's name. */
export interface LocalImage {
  id: number;
  sha256: string;
  fileName: string;
  alt: string;
  shopifyMediaId: string | null;
}

export type LocalProduct = Pick<
  Product,
  'id' | 'name' | 'descriptionHtml' | 'vendor' | 'category' | 'optionNames' | 'status' | 'listingStatus' | 'trackInventory' | 'autoStock' | 'tags' | 'seoTitle' | 'seoDescription'
> & {
  shopifyProductId: string | null;
  variants: LocalVariant[];
  /** Shopify variants that local variants deleted since were linked to (removed in Stockpilot). */
  removedShopifyVariantIds?: string[];
  /** In the product's order; absent when images were not read. */
  images?: LocalImage[];
  /** The images' files when it was last synced, in order (null: not known), to tell which side changed them. */
  syncedImageFiles?: string[] | null;
};

export type ShopifyStatus = 'ACTIVE' | 'DRAFT' | 'ARCHIVED' | 'UNLISTED';

export interface ShopifyVariant {
  id: string;
  sku: string;
  priceCents: number;
  /** Shopify's compare-at price; null when none. */
  compareAtPriceCents: number | null;
  optionValues: string[];
  barcode: string;
  position: number;
  inventoryItemId: string | null;
  tracked: boolean;
  /** Available at the chosen location; null when not stocked there (or no location is chosen). */
  available: number | null;
  /** The media the variant shows; undefined when it was not read (only linked products' are). */
  mediaId?: string | null;
}

export interface ShopifyMedia {
  id: string;
  alt: string;
  url: string | null;
  /**
   * What its bytes hash to, learnt before the compare (shopify-media-hashes): undefined when
   * it was not looked at (only linked products' are), null when its bytes could not be had.
   */
  sha256?: string | null;
  /** The copy in the image store the review shows, when there is one. */
  storedFile?: string | null;
  /** Why its bytes are unknown, in a sentence. */
  unknownBecause?: string | null;
}

export interface ShopifyProduct {
  id: string;
  title: string;
  handle: string;
  descriptionHtml: string;
  vendor: string;
  productType: string;
  status: ShopifyStatus;
  tags: string[];
  /** The search engine listing as set; empty when Shopify makes it from the title and description. */
  seoTitle: string;
  seoDescription: string;
  optionNames: string[];
  media: ShopifyMedia[];
  variants: ShopifyVariant[];
}

/** The numeric tail of a Shopify GID, for short row keys. */
export function gidNumber(gid: string): string {
  return gid.slice(gid.lastIndexOf('/') + 1);
}

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
};

export type LocalProduct = Pick<
  Product,
  'id' | 'name' | 'descriptionHtml' | 'vendor' | 'category' | 'optionNames' | 'status' | 'listingStatus' | 'trackInventory' | 'autoStock' | 'tags' | 'seoTitle' | 'seoDescription'
> & {
  shopifyProductId: string | null;
  variants: LocalVariant[];
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
}

export interface ShopifyMedia {
  id: string;
  alt: string;
  url: string | null;
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

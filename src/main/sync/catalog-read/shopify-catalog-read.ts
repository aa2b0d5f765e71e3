/**
 * Reads Shopify's whole catalog: a bulk operation for a large shop (one request, Shopify
 * does the paging), page by page for a small one (quicker to start, no file to fetch).
 */
import type { ShopifyClient } from '../../shopify/client';
import type { ShopifyProduct } from './catalog-snapshot';
import { catalogCountQuery } from './catalog-operations';
import { readCatalogBulk } from './shopify-catalog-bulk';
import { readCatalogPaged } from './shopify-catalog-paged';

/** Above this many products the bulk operation wins over paging. */
export const BULK_THRESHOLD = 300;

/** A location id that matches none: with no location chosen, stock is simply not read. */
export const NO_LOCATION = 'gid://shopify/Location/0';

export type ReadMode = 'auto' | 'bulk' | 'paged';

export interface CatalogReadOptions {
  locationId: string;
  signal: AbortSignal;
  /** Products read so far (of `total`), with a line for the owner. */
  onProgress(done: number, message: string): void;
  total: number | null;
}

export async function countShopifyProducts(client: ShopifyClient): Promise<number> {
  const { data } = await client.request<{ productsCount: { count: number } | null }>(catalogCountQuery);
  return data.productsCount?.count ?? 0;
}

export function chooseReadMode(mode: ReadMode, productCount: number): 'bulk' | 'paged' {
  if (mode !== 'auto') return mode;
  return productCount > BULK_THRESHOLD ? 'bulk' : 'paged';
}

export function readShopifyCatalog(client: ShopifyClient, mode: 'bulk' | 'paged', options: CatalogReadOptions): Promise<ShopifyProduct[]> {
  return mode === 'bulk' ? readCatalogBulk(client, options) : readCatalogPaged(client, options);
}

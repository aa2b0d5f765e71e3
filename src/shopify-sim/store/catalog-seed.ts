/**
 * The seed catalog format (`POST /__sim/seed`, `--seed file.json`, `startShopifySim({ seed })`)
 * and loading it. Documented in this folder's README.
 */
import type { ShopStore } from './shop-store';
import { buildProduct, type ProductBasics, type VariantDraft } from './product-builder';
import { createOrder } from './orders';
import { placeholderMedia } from './media-sources';

export interface SeedVariant {
  sku?: string;
  price?: string | number;
  compareAtPrice?: string | number;
  barcode?: string;
  /** Option values, in the product's option order. */
  options?: string[];
  tracked?: boolean;
  cost?: string | number;
  /** Available at the primary location, or by location name. Omitted: stocked at the primary with 0. */
  available?: number | Record<string, number>;
}

export interface SeedProduct extends ProductBasics {
  /** Option names; omitted: Shopify's default "Title" option. */
  options?: string[];
  /** Image addresses; the store draws a placeholder for each and serves it (nothing is fetched). */
  images?: string[];
  variants?: SeedVariant[];
}

export interface SeedOrder {
  name?: string;
  /** How long ago the order was placed (default 0). */
  daysAgo?: number;
  currencyCode?: string;
  presentmentCurrencyCode?: string;
  /** Presentment price = shop price × this rate (default 1). */
  exchangeRate?: number;
  test?: boolean;
  cancelled?: boolean;
  /** Location whose stock the order commits (default the primary). */
  location?: string;
  lineItems: { sku: string; quantity: number }[];
}

export interface SeedCatalog {
  shop?: { name?: string; email?: string; currencyCode?: string; myshopifyDomain?: string };
  /** The first location, or the one marked primary, is the primary. Default: one "Studio". */
  locations?: { name: string; primary?: boolean }[];
  products?: SeedProduct[];
  orders?: SeedOrder[];
}

export function loadSeed(store: ShopStore, seed: SeedCatalog): void {
  store.clear();
  Object.assign(store.shop, seed.shop ?? {});
  const locations = seed.locations?.length ? seed.locations : [{ name: 'Studio', primary: true }];
  const hasPrimary = locations.some((l) => l.primary);
  locations.forEach((l, i) => store.addLocation(l.name, hasPrimary ? Boolean(l.primary) : i === 0));
  const byName = new Map([...store.locations.values()].map((l) => [l.name, l.id]));
  const primary = store.primaryLocation().id;

  for (const p of seed.products ?? []) {
    const variants: VariantDraft[] = (p.variants ?? [{}]).map((v) => ({
      sku: v.sku ?? null,
      price: String(v.price ?? '0'),
      compareAtPrice: v.compareAtPrice === undefined ? null : String(v.compareAtPrice),
      barcode: v.barcode ?? null,
      optionValues: v.options ?? [],
      tracked: v.tracked ?? true,
      unitCost: v.cost === undefined ? null : String(v.cost),
      available: availableByLocation(v.available, primary, byName),
    }));
    buildProduct(
      store,
      {
        title: p.title,
        handle: p.handle,
        descriptionHtml: p.descriptionHtml,
        vendor: p.vendor,
        productType: p.productType,
        status: p.status,
        tags: p.tags,
        optionNames: p.options,
        mediaUrls: (p.images ?? []).map((url) => placeholderMedia(store, url)),
      },
      variants,
    );
  }
  for (const o of seed.orders ?? []) {
    createOrder(store, {
      name: o.name,
      at: store.now() - (o.daysAgo ?? 0) * 86_400_000,
      currencyCode: o.currencyCode,
      presentmentCurrencyCode: o.presentmentCurrencyCode,
      exchangeRate: o.exchangeRate,
      test: o.test,
      cancelled: o.cancelled,
      locationId: o.location ? byName.get(o.location) : undefined,
      lineItems: o.lineItems,
    });
  }
}

function availableByLocation(
  available: SeedVariant['available'],
  primary: number,
  byName: Map<string, number>,
): Map<number, number> {
  if (available === undefined || typeof available === 'number') return new Map([[primary, available ?? 0]]);
  const out = new Map<number, number>();
  for (const [name, quantity] of Object.entries(available)) {
    const id = byName.get(name);
    if (id === undefined) throw new Error(`Seed names a location that is not in "locations": ${name}`);
    out.set(id, quantity);
  }
  return out;
}

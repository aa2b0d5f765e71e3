/** Small catalogs for the compare engine: a product on each side in a line, defaults for the rest. */
import type { LocalProduct, LocalVariant, ShopifyProduct, ShopifyVariant } from '../../../src/main/sync/catalog-read/catalog-snapshot';

let nextLocalVariant = 1;
let nextShopifyId = 1;

export function localVariant(sku: string, overrides: Partial<LocalVariant> = {}): LocalVariant {
  const id = nextLocalVariant++;
  return { id, sku, priceCents: 1000, optionValues: [], barcode: '', compareAtPriceCents: null, onHand: 5, committed: 0, stockForShopify: 5, pendingShopifyChange: 0, shopifyVariantId: null, ...overrides };
}

export function localProduct(id: number, name: string, variants: (string | LocalVariant)[], overrides: Partial<LocalProduct> = {}): LocalProduct {
  return {
    id,
    name,
    descriptionHtml: '',
    vendor: 'Moth & Fern',
    category: 'Prints',
    optionNames: [],
    status: 'active',
    listingStatus: 'active',
    trackInventory: true,
    autoStock: false,
    tags: [],
    seoTitle: '',
    seoDescription: '',
    shopifyProductId: null,
    variants: variants.map((v) => (typeof v === 'string' ? localVariant(v) : v)),
    ...overrides,
  };
}

export function shopifyVariant(sku: string, overrides: Partial<ShopifyVariant> = {}): ShopifyVariant {
  const n = nextShopifyId++;
  return { id: `gid://shopify/ProductVariant/${n}`, sku, priceCents: 1000, compareAtPriceCents: null, optionValues: [], barcode: '', position: n, inventoryItemId: `gid://shopify/InventoryItem/${n}`, tracked: true, available: 5, ...overrides };
}

export function shopifyProduct(id: number, title: string, variants: (string | ShopifyVariant)[], overrides: Partial<ShopifyProduct> = {}): ShopifyProduct {
  return {
    id: `gid://shopify/Product/${id}`,
    title,
    handle: title.toLowerCase().replace(/\W+/g, '-'),
    descriptionHtml: '',
    vendor: 'Moth & Fern',
    productType: 'Prints',
    status: 'ACTIVE',
    tags: [],
    seoTitle: '',
    seoDescription: '',
    optionNames: [],
    media: [],
    variants: variants.map((v) => (typeof v === 'string' ? shopifyVariant(v) : v)),
    ...overrides,
  };
}

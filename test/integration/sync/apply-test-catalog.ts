/**
 * A small shop for the apply and undo tests: each product differs from its Shopify twin in
 * one way a merchant meets (a price, a name, stock, tracking, a listing status), one product
 * exists only here and one only on Shopify. Helpers answer the questions the tests ask of
 * both sides.
 */
import type { CreateProductInput, Product } from '../../../src/shared/catalog';
import type { SyncDifference, SyncReviewProduct, SyncReviewRow } from '../../../src/shared/product-sync';
import type { SeedCatalog } from '../../../src/shopify-sim/index';
import { openSyncTestShop, SIM_SHOP, type SyncTestShop } from './sync-test-shop';

const product = (p: Partial<CreateProductInput> & Pick<CreateProductInput, 'name'>): CreateProductInput => ({ vendor: 'Moth & Fern', listingStatus: 'active', ...p });

export const LOCAL_CATALOG: CreateProductInput[] = [
  product({ name: 'Luna print', vendor: 'Moth & Fern', variants: [{ sku: 'LUNA-A4', priceCents: 2000, onHand: 6 }] }),
  product({ name: 'Heron hoodie', optionNames: ['Size'], variants: [{ sku: 'HER-S', priceCents: 5500, optionValues: ['S'], onHand: 10 }, { sku: 'HER-M', priceCents: 5500, optionValues: ['M'], onHand: 3 }] }),
  product({ name: 'Comet pin', variants: [{ sku: 'COMET', priceCents: 800, onHand: 5 }] }),
  product({ name: 'Field zine', variants: [{ sku: 'ZINE', priceCents: 1200, onHand: 20 }] }),
  product({ name: 'Owl poster', variants: [{ sku: 'OWL', priceCents: 1800, onHand: 2 }] }),
  product({ name: 'Bramble poster', descriptionHtml: '<p>Brambles at dusk</p>', optionNames: ['Size'], variants: [{ sku: 'BRAM-A3', priceCents: 1500, optionValues: ['A3'], onHand: 4 }, { sku: 'BRAM-A2', priceCents: 2500, optionValues: ['A2'], onHand: 1 }] }),
];

export const SHOPIFY_SEED: SeedCatalog = {
  shop: { name: 'Moth & Fern Studio', myshopifyDomain: SIM_SHOP },
  locations: [{ name: 'Studio', primary: true }],
  products: [
    { title: 'Luna print', vendor: 'M&F', status: 'ACTIVE', variants: [{ sku: 'LUNA-A4', price: '23.00', available: 6 }] },
    { title: 'Heron hoodie (organic)', vendor: 'Moth & Fern', status: 'ACTIVE', options: ['Size'], variants: [{ sku: 'HER-S', price: '55.00', options: ['S'], available: 7 }, { sku: 'HER-M', price: '55.00', options: ['M'], available: 3 }] },
    { title: 'Comet pin', vendor: 'Moth & Fern', status: 'ACTIVE', variants: [{ sku: 'COMET', price: '8.00', available: 9 }] },
    { title: 'Field zine', vendor: 'Moth & Fern', status: 'ACTIVE', variants: [{ sku: 'ZINE', price: '12.00', tracked: false }] },
    { title: 'Owl poster', vendor: 'Moth & Fern', status: 'DRAFT', variants: [{ sku: 'OWL', price: '18.00', available: 2 }] },
    { title: 'Gift box', vendor: 'Moth & Fern', productType: 'Gifts', status: 'ACTIVE', options: ['Size'], variants: [{ sku: 'GIFT-S', price: '30.00', options: ['Small'], available: 8 }, { sku: 'GIFT-L', price: '45.00', options: ['Large'], available: 2 }] },
  ],
};

export const openApplyTestShop = () => openSyncTestShop({ seed: SHOPIFY_SEED, catalog: LOCAL_CATALOG });

/** The apply test shop compared, every conflict given Stockpilot's side and every one-sided row left: ready to apply. */
export async function openChosenApplyTestShop(): Promise<SyncTestShop> {
  const shop = await openApplyTestShop();
  await shop.core.call('compareCatalog', {});
  await shop.core.call('acceptAllSync', { side: 'stockpilot' });
  await shop.core.call('leaveAllOneSided', {});
  return shop;
}

export async function allRows(shop: SyncTestShop): Promise<SyncReviewRow[]> {
  return (await shop.core.call('getSyncReview', { limit: 500 })).rows.rows;
}

export async function rowNamed(shop: SyncTestShop, name: string): Promise<SyncReviewProduct> {
  const row = (await allRows(shop)).find((r) => r.name === name || r.shopifyTitle === name);
  if (!row) throw new Error(`No review row named ${name}`);
  return shop.core.call('getSyncReviewProduct', { key: row.key });
}

/** The difference of a product (or of its variant with this SKU) for a field. */
export function differenceOf(p: SyncReviewProduct, field: string, sku?: string): SyncDifference {
  const list = sku === undefined ? p.differences : (p.variants.find((v) => v.sku === sku || v.shopifySku === sku)?.differences ?? []);
  const found = list.find((d) => d.field === field);
  if (!found) throw new Error(`${p.name} has no ${field} difference${sku ? ` for ${sku}` : ''}`);
  return found;
}

export async function localProduct(shop: SyncTestShop, name: string): Promise<Product> {
  const page = await shop.core.call('listProducts', { search: name, limit: 10 });
  const row = page.rows.find((r) => r.name === name);
  if (!row) throw new Error(`No local product named ${name}`);
  return shop.core.call('getProduct', { id: row.id });
}

export const localVariant = (p: Product, sku: string) => {
  const v = p.variants.find((x) => x.sku === sku);
  if (!v) throw new Error(`${p.name} has no variant ${sku}`);
  return v;
};

/**
 * Tags, the search engine listing, barcodes and compare-at prices against the local Shopify
 * store: each difference shows in the review with a recommended side; applying either side
 * leaves both sides equal (the next compare finds nothing); editing one of them afterwards
 * marks the product Out of Sync; undo puts both sides back; create and import carry them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateProductInput } from '../../../src/shared/catalog';
import type { SyncReviewProduct } from '../../../src/shared/product-sync';
import type { SeedCatalog } from '../../../src/shopify-sim/index';
import { allRows, differenceOf, localProduct, localVariant, rowNamed } from './apply-test-catalog';
import { openSyncTestShop, shopifyGraphql, SIM_SHOP, type SyncTestShop } from './sync-test-shop';

const LOCAL: CreateProductInput[] = [
  {
    name: 'Moth tee',
    listingStatus: 'active',
    tags: ['organic', 'summer'],
    seoTitle: 'Organic moth tee | Moth & Fern',
    variants: [{ sku: 'TEE-M', priceCents: 2500, barcode: '4006381333931', compareAtPriceCents: 3000, onHand: 4 }],
  },
  { name: 'Fern tote', listingStatus: 'active', variants: [{ sku: 'TOTE', priceCents: 1800, onHand: 2 }] },
  {
    name: 'Lichen cap',
    listingStatus: 'active',
    tags: ['caps', 'winter'],
    seoTitle: 'Lichen cap for winter',
    seoDescription: 'A warm wool cap.',
    variants: [{ sku: 'CAP', priceCents: 2200, barcode: '5012345678900', compareAtPriceCents: 2600, onHand: 3 }],
  },
];

const SEED: SeedCatalog = {
  shop: { name: 'Moth & Fern Studio', myshopifyDomain: SIM_SHOP },
  locations: [{ name: 'Studio', primary: true }],
  products: [
    { title: 'Moth tee', status: 'ACTIVE', tags: ['Organic'], variants: [{ sku: 'TEE-M', price: '25.00', barcode: '4006381333948', compareAtPrice: '35.00', available: 4 }] },
    { title: 'Fern tote', status: 'ACTIVE', tags: ['gift', 'Bags'], variants: [{ sku: 'TOTE', price: '18.00', barcode: '4011200296908', compareAtPrice: '24.00', available: 2 }] },
    { title: 'Birch mug', status: 'ACTIVE', tags: ['mugs'], variants: [{ sku: 'MUG', price: '14.00', barcode: '0012345678905', compareAtPrice: '18.00', available: 5 }] },
  ],
};

interface ShopifyListing {
  tags: string[];
  seo: { title: string | null; description: string | null };
  variants: { nodes: { sku: string; barcode: string | null; compareAtPrice: string | null }[] };
}

async function onShopify(sku: string): Promise<ShopifyListing> {
  const query = 'query P($id: ID!) { product(id: $id) { tags seo { title description } variants(first: 10) { nodes { sku barcode compareAtPrice } } } }';
  return (await shopifyGraphql<{ product: ShopifyListing }>(shop, query, { id: shop.sim.control.variant(sku).productId })).product;
}

const differences = (p: SyncReviewProduct) => [...p.differences, ...p.variants.flatMap((v) => v.differences)];

let shop: SyncTestShop;
beforeAll(async () => {
  shop = await openSyncTestShop({ seed: SEED, catalog: LOCAL });
  shop.sim.control.editProduct({ sku: 'TOTE', seoTitle: 'Fern tote bag', seoDescription: 'A sturdy tote for the market.' });
  shop.sim.control.editProduct({ sku: 'MUG', seoTitle: 'Birch mug, stoneware', seoDescription: 'Thrown by hand.' });
  await shop.core.call('compareCatalog', {});
});
afterAll(() => shop.close());

describe('the review', () => {
  it('shows each of the new fields that differ, with Stockpilot\u2019s recommended where it has a value', async () => {
    const tee = await rowNamed(shop, 'Moth tee');
    expect(differenceOf(tee, 'tags')).toMatchObject({ stockpilot: ['organic', 'summer'], shopify: ['Organic'], recommended: 'stockpilot' });
    expect(differenceOf(tee, 'seoTitle')).toMatchObject({ stockpilot: 'Organic moth tee | Moth & Fern', shopifyText: '(the product title)', recommended: 'stockpilot' });
    expect(differenceOf(tee, 'barcode', 'TEE-M')).toMatchObject({ stockpilot: '4006381333931', shopify: '4006381333948', recommended: 'stockpilot' });
    expect(differenceOf(tee, 'compareAtPrice', 'TEE-M')).toMatchObject({ stockpilot: 3000, shopify: 3500, recommended: 'stockpilot' });
    expect(tee.differences.find((d) => d.field === 'seoDescription')).toBeUndefined();
  });

  it('recommends Shopify\u2019s where Stockpilot has none', async () => {
    const tote = await rowNamed(shop, 'Fern tote');
    expect(differences(tote).map((d) => [d.field, d.recommended]).sort()).toEqual([
      ['barcode', 'shopify'],
      ['compareAtPrice', 'shopify'],
      ['seoDescription', 'shopify'],
      ['seoTitle', 'shopify'],
      ['tags', 'shopify'],
    ]);
  });
});

describe('applying either side, then the next compare', () => {
  beforeAll(async () => {
    const tee = await rowNamed(shop, 'Moth tee');
    const tote = await rowNamed(shop, 'Fern tote');
    await shop.core.call('setSyncChoices', {
      choices: [...differences(tee).map((d) => ({ differenceId: d.id, side: 'stockpilot' as const })), ...differences(tote).map((d) => ({ differenceId: d.id, side: 'shopify' as const }))],
    });
    await shop.core.call('setSyncRowActions', { action: 'create', section: 'only_stockpilot' });
    await shop.core.call('setSyncRowActions', { action: 'import', section: 'only_shopify' });
    expect(await shop.core.call('applySync', {})).toMatchObject({ failed: 0, updated: 2, created: 1, imported: 1 });
  });

  it('writes Stockpilot\u2019s tags, page title, barcode and compare-at price to Shopify', async () => {
    expect(await onShopify('TEE-M')).toEqual({
      tags: ['organic', 'summer'],
      seo: { title: 'Organic moth tee | Moth & Fern', description: null },
      variants: { nodes: [{ sku: 'TEE-M', barcode: '4006381333931', compareAtPrice: '30.00' }] },
    });
  });

  it('takes Shopify\u2019s into Stockpilot', async () => {
    const tote = await localProduct(shop, 'Fern tote');
    expect(tote).toMatchObject({ tags: ['Bags', 'gift'], seoTitle: 'Fern tote bag', seoDescription: 'A sturdy tote for the market.' });
    expect(localVariant(tote, 'TOTE')).toMatchObject({ barcode: '4011200296908', compareAtPriceCents: 2400 });
  });

  it('creates a product on Shopify with them, and imports one with them', async () => {
    expect(await onShopify('CAP')).toEqual({
      tags: ['caps', 'winter'],
      seo: { title: 'Lichen cap for winter', description: 'A warm wool cap.' },
      variants: { nodes: [{ sku: 'CAP', barcode: '5012345678900', compareAtPrice: '26.00' }] },
    });
    const mug = await localProduct(shop, 'Birch mug');
    expect(mug).toMatchObject({ tags: ['mugs'], seoTitle: 'Birch mug, stoneware', seoDescription: 'Thrown by hand.' });
    expect(localVariant(mug, 'MUG')).toMatchObject({ barcode: '0012345678905', compareAtPriceCents: 1800 });
  });

  it('finds both sides equal at the next compare', async () => {
    const { summary } = await shop.core.call('compareCatalog', {});
    // The created cap's stock is still queued for the stock push: the only difference left.
    expect(summary.differencesByField).toEqual({ stock: 1 });
    expect((await allRows(shop)).filter((r) => r.name !== 'Lichen cap').map((r) => r.section)).toEqual(['identical', 'identical', 'identical']);
  });
});

describe('editing one of them afterwards', () => {
  const stateOf = async (name: string) => (await localProduct(shop, name)).shopify.syncState;

  it('marks the product Out of Sync, and Synced again when edited back', async () => {
    const tee = await localProduct(shop, 'Moth tee');
    await shop.core.call('updateProduct', { id: tee.id, changes: { seoDescription: 'Soft organic cotton.' } });
    expect(await stateOf('Moth tee')).toBe('out_of_sync');
    await shop.core.call('updateProduct', { id: tee.id, changes: { seoDescription: '' } });
    expect(await stateOf('Moth tee')).toBe('synced');
    await shop.core.call('updateProduct', { id: tee.id, changes: { tags: ['organic'] } });
    expect(await stateOf('Moth tee')).toBe('out_of_sync');
    await shop.core.call('updateProduct', { id: tee.id, changes: { tags: ['organic', 'summer'] } });
    expect(await stateOf('Moth tee')).toBe('synced');
  });

  it('counts a variant\u2019s barcode and compare-at price too', async () => {
    const tote = await localProduct(shop, 'Fern tote');
    const variant = localVariant(tote, 'TOTE');
    await shop.core.call('updateVariant', { id: variant.id, changes: { compareAtPriceCents: null } });
    expect(await stateOf('Fern tote')).toBe('out_of_sync');
    await shop.core.call('updateVariant', { id: variant.id, changes: { compareAtPriceCents: 2400, barcode: '4011200296915' } });
    expect(await stateOf('Fern tote')).toBe('out_of_sync');
    await shop.core.call('updateVariant', { id: variant.id, changes: { barcode: '4011200296908' } });
    expect(await stateOf('Fern tote')).toBe('synced');
  });
});

describe('undo', () => {
  beforeAll(async () => {
    expect(await shop.core.call('undoLastSync', {})).toMatchObject({ notRestored: expect.any(Array) });
  });

  it('puts Shopify\u2019s earlier tags, listing, barcode and compare-at price back', async () => {
    expect(await onShopify('TEE-M')).toEqual({
      tags: ['Organic'],
      seo: { title: null, description: null },
      variants: { nodes: [{ sku: 'TEE-M', barcode: '4006381333948', compareAtPrice: '35.00' }] },
    });
  });

  it('puts Stockpilot\u2019s earlier values back', async () => {
    const tote = await localProduct(shop, 'Fern tote');
    expect(tote).toMatchObject({ tags: [], seoTitle: '', seoDescription: '' });
    expect(localVariant(tote, 'TOTE')).toMatchObject({ barcode: '', compareAtPriceCents: null });
  });
});

describe('a compare that reads Shopify in bulk', () => {
  it('finds the same differences as the paged read', async () => {
    await shop.core.call('compareCatalog', { readMode: 'bulk' });
    const tee = await rowNamed(shop, 'Moth tee');
    expect(differences(tee).map((d) => [d.field, d.stockpilot, d.shopify]).sort()).toEqual([
      ['barcode', '4006381333931', '4006381333948'],
      ['compareAtPrice', 3000, 3500],
      ['seoTitle', 'Organic moth tee | Moth & Fern', ''],
      ['tags', ['organic', 'summer'], ['Organic']],
    ]);
  });
});

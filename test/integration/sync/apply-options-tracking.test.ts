/**
 * The fields that are more than a value: option names (renamed on Shopify together with every
 * variant's values), option values, status (Shopify has no "inactive": archived), and track
 * inventory, where Shopify tracks each variant and Stockpilot the product ("mixed"). Applied,
 * compared again, and undone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateProductInput } from '../../../src/shared/catalog';
import type { SeedCatalog } from '../../../src/shopify-sim/index';
import { allRows, differenceOf, localProduct, rowNamed } from './apply-test-catalog';
import { openSyncTestShop, SIM_SHOP, type SyncTestShop } from './sync-test-shop';

const LOCAL: CreateProductInput[] = [
  { name: 'Moth tee', listingStatus: 'active', optionNames: ['Size'], variants: [{ sku: 'TEE-S', priceCents: 3000, optionValues: ['S'] }, { sku: 'TEE-M', priceCents: 3000, optionValues: ['M'] }] },
  { name: 'Fern tee', listingStatus: 'active', optionNames: ['Size'], variants: [{ sku: 'FERN-S', priceCents: 3000, optionValues: ['Small'] }] },
  { name: 'Moth badge', status: 'inactive', listingStatus: 'active', variants: [{ sku: 'BADGE', priceCents: 500 }] },
  { name: 'Moth mug', listingStatus: 'active', optionNames: ['Colour'], variants: [{ sku: 'MUG-1', priceCents: 1400, optionValues: ['White'], onHand: 3 }, { sku: 'MUG-2', priceCents: 1400, optionValues: ['Black'], onHand: 3 }] },
];

const SHOPIFY: SeedCatalog = {
  shop: { myshopifyDomain: SIM_SHOP },
  products: [
    { title: 'Moth tee', status: 'ACTIVE', options: ['Taille'], variants: [{ sku: 'TEE-S', price: '30.00', options: ['S'], available: 0 }, { sku: 'TEE-M', price: '30.00', options: ['M'], available: 0 }] },
    { title: 'Fern tee', status: 'ACTIVE', options: ['Size'], variants: [{ sku: 'FERN-S', price: '30.00', options: ['S'], available: 0 }] },
    { title: 'Moth badge', status: 'ACTIVE', variants: [{ sku: 'BADGE', price: '5.00', available: 0 }] },
    { title: 'Moth mug', status: 'ACTIVE', options: ['Colour'], variants: [{ sku: 'MUG-1', price: '14.00', options: ['White'], tracked: true, available: 3 }, { sku: 'MUG-2', price: '14.00', options: ['Black'], tracked: false }] },
  ],
};

let shop: SyncTestShop;
beforeAll(async () => {
  shop = await openSyncTestShop({ seed: SHOPIFY, catalog: LOCAL });
  await shop.core.call('compareCatalog', {});
  const tee = await rowNamed(shop, 'Moth tee');
  const fern = await rowNamed(shop, 'Fern tee');
  const mug = await rowNamed(shop, 'Moth mug');
  const badge = await rowNamed(shop, 'Moth badge');
  expect(differenceOf(mug, 'trackInventory')).toMatchObject({ stockpilot: true, shopifyText: 'mixed (1/2 tracked)' });
  await shop.core.call('setSyncChoices', {
    choices: [
      { differenceId: differenceOf(tee, 'optionNames').id, side: 'stockpilot' },
      { differenceId: differenceOf(fern, 'optionValues', 'FERN-S').id, side: 'stockpilot' },
      { differenceId: differenceOf(mug, 'trackInventory').id, side: 'shopify' },
      { differenceId: differenceOf(badge, 'status').id, side: 'stockpilot' },
    ],
  });
  expect(await shop.core.call('applySync', {})).toMatchObject({ failed: 0, updated: 4 });
});
afterAll(() => shop.close());

async function shopifyOptions(sku: string): Promise<{ options: string[]; values: string[][] }> {
  const response = await fetch(`${shop.sim.url}/admin/api/2026-04/graphql.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-shopify-access-token': shop.sim.token },
    body: JSON.stringify({
      query: 'query P($id: ID!) { product(id: $id) { options { name } variants(first: 10) { nodes { selectedOptions { value } } } } }',
      variables: { id: shop.sim.control.variant(sku).productId },
    }),
  });
  const body = (await response.json()) as { data: { product: { options: { name: string }[]; variants: { nodes: { selectedOptions: { value: string }[] }[] } } } };
  return { options: body.data.product.options.map((o) => o.name), values: body.data.product.variants.nodes.map((n) => n.selectedOptions.map((o) => o.value)) };
}

describe('option names and values chosen from Stockpilot', () => {
  it('renames the option on Shopify and keeps every variant\u2019s value and price', async () => {
    expect(await shopifyOptions('TEE-S')).toEqual({ options: ['Size'], values: [['S'], ['M']] });
    expect(shop.sim.control.variant('TEE-M').price).toBe('30.00');
  });

  it('writes the variant\u2019s option value to Shopify', async () => {
    expect((await shopifyOptions('FERN-S')).values).toEqual([['Small']]);
  });
});

describe('status chosen from Stockpilot', () => {
  it('archives on Shopify a product no longer sold here', () => {
    expect(shop.sim.control.variant('BADGE').productStatus).toBe('ARCHIVED');
  });
});

describe('track inventory chosen from Shopify while Shopify\u2019s variants are mixed', () => {
  it('turns tracking off here', async () => {
    expect((await localProduct(shop, 'Moth mug')).trackInventory).toBe(false);
  });

  it('is flagged again by the next compare, while the other products now agree', async () => {
    await shop.core.call('compareCatalog', {});
    const rows = await allRows(shop);
    expect(rows.find((r) => r.name === 'Moth tee')?.section).toBe('identical');
    expect(rows.find((r) => r.name === 'Fern tee')?.section).toBe('identical');
    expect(rows.find((r) => r.name === 'Moth mug')).toMatchObject({ section: 'different', differingFields: ['trackInventory'] });
  });
});

describe('undone', () => {
  it('puts the option name and value back on Shopify, and tracking back here', async () => {
    await shop.core.call('undoLastSync', {});
    expect(await shopifyOptions('TEE-S')).toEqual({ options: ['Taille'], values: [['S'], ['M']] });
    expect((await shopifyOptions('FERN-S')).values).toEqual([['S']]);
    expect((await localProduct(shop, 'Moth mug')).trackInventory).toBe(true);
    expect(shop.sim.control.variant('BADGE').productStatus).toBe('ACTIVE');
  });
});

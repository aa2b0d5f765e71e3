/**
 * productVariantsBulkCreate as Shopify answers it (held to the recordings of 2025-01 in
 * ../shared/shopify): a standalone variant kept or replaced by strategy, and the option
 * checks' words and codes.
 */
import { describe, expect, it } from 'vitest';
import { localStoreForEachTest } from './local-store';

const store = localStoreForEachTest({
  locations: [{ name: 'Studio', primary: true }],
  products: [
    { title: 'Moth tee', options: ['Size', 'Color'], variants: [{ sku: 'TEE-S-BLK', price: '30.00', options: ['S', 'Black'], available: 3 }] },
    { title: 'Fern sticker', variants: [{ sku: 'STK-FERN', price: '4.00', available: 50 }] },
  ],
});

const CREATE = `mutation C($productId: ID!, $variants: [ProductVariantsBulkInput!]!, $strategy: ProductVariantsBulkCreateStrategy) {
  productVariantsBulkCreate(productId: $productId, variants: $variants, strategy: $strategy) {
    product { variants(first: 10) { nodes { sku title } } }
    productVariants { sku title inventoryItem { id tracked } }
    userErrors { field message code }
  }
}`;

const productOf = (sku: string) => store.control.variant(sku).productId;

describe('productVariantsBulkCreate', () => {
  it('adds a variant beside a single custom variant by default, and replaces it with REMOVE_STANDALONE_VARIANT', async () => {
    const variant = { optionValues: [{ optionName: 'Size', name: 'M' }, { optionName: 'Color', name: 'Black' }], price: '30.00', inventoryItem: { sku: 'TEE-M-BLK', tracked: true } };
    const kept = await store.gql(CREATE, { productId: productOf('TEE-S-BLK'), variants: [variant] });
    expect(kept.body.data?.productVariantsBulkCreate.userErrors).toEqual([]);
    expect(kept.body.data?.productVariantsBulkCreate.product.variants.nodes.map((n: { sku: string }) => n.sku)).toEqual(['TEE-S-BLK', 'TEE-M-BLK']);
    expect(kept.body.data?.productVariantsBulkCreate.productVariants[0]).toMatchObject({ title: 'M / Black', inventoryItem: { id: expect.stringMatching(/^gid:\/\/shopify\/InventoryItem\//), tracked: true } });

    store.control.reset();
    store.control.seed({ locations: [{ name: 'Studio', primary: true }], products: [{ title: 'Moth tee', options: ['Size', 'Color'], variants: [{ sku: 'TEE-S-BLK', price: '30.00', options: ['S', 'Black'] }] }] });
    const replaced = await store.gql(CREATE, { productId: productOf('TEE-S-BLK'), variants: [{ ...variant, inventoryItem: { sku: 'TEE-L-BLK' } }], strategy: 'REMOVE_STANDALONE_VARIANT' });
    expect(replaced.body.data?.productVariantsBulkCreate.product.variants.nodes.map((n: { sku: string }) => n.sku)).toEqual(['TEE-L-BLK']);
  });

  it('replaces the "Default Title" variant by default, taking the new variant\u2019s options', async () => {
    const variant = { optionValues: [{ optionName: 'Size', name: 'Large' }], price: '6.00', inventoryItem: { sku: 'STK-FERN-L' } };
    const replaced = await store.gql(CREATE, { productId: productOf('STK-FERN'), variants: [variant] });
    expect(replaced.body.data?.productVariantsBulkCreate.product.variants.nodes.map((n: { sku: string }) => n.sku)).toEqual(['STK-FERN-L']);
  });

  it('refuses a variant missing an option, naming an option twice, or naming one the product lacks, in Shopify\u2019s words', async () => {
    const productId = productOf('TEE-S-BLK');
    const answer = async (optionValues: { optionName: string; name: string }[]) =>
      (await store.gql(CREATE, { productId, variants: [{ optionValues, price: '30.00' }] })).body.data?.productVariantsBulkCreate.userErrors;
    expect(await answer([{ optionName: 'Size', name: 'XL' }])).toEqual([{ field: ['variants', '0'], message: 'You need to add option values for Color', code: 'NEED_TO_ADD_OPTION_VALUES' }]);
    expect(await answer([{ optionName: 'Size', name: 'XL' }, { optionName: 'Size', name: 'L' }, { optionName: 'Color', name: 'Red' }])).toContainEqual({
      field: ['variants', '0', 'optionValues'],
      message: "Duplicated option name 'Size'",
      code: 'INVALID_INPUT',
    });
    expect(await answer([{ optionName: 'Size', name: 'XL' }, { optionName: 'Colour', name: 'Red' }])).toContainEqual({ field: ['variants', '0', 'optionValues', '1'], message: 'Option does not exist', code: 'INVALID_INPUT' });
    expect(store.control.variant('TEE-S-BLK').productId).toBe(productId);
  });
});

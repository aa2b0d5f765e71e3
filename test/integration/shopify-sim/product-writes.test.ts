import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openLocalStore, smallCatalog, type LocalStore } from './local-store';

let store: LocalStore;
let studio: string;
beforeAll(async () => {
  store = await openLocalStore({ seed: smallCatalog, plan: 'plus' });
});
beforeEach(async () => {
  store.control.seed(smallCatalog);
  studio = store.control.variant('TEE-S').levels[0]!.locationId;
});
afterAll(() => store.close());

const PRODUCT_FIELDS = `id title handle descriptionHtml vendor productType status tags
  options { name values }
  media(first: 5) { nodes { alt mediaContentType ... on MediaImage { image { url } } } }
  variants(first: 10) { nodes { id sku price barcode selectedOptions { name value } inventoryItem { tracked unitCost { amount } } inventoryQuantity } }`;

const PRODUCT_SET = `mutation Set($input: ProductSetInput!, $identifier: ProductSetIdentifiers) {
  productSet(input: $input, identifier: $identifier, synchronous: true) { product { ${PRODUCT_FIELDS} } userErrors { field message code } }
}`;

describe('productSet', () => {
  it('creates a whole product with options, variants, stock and media', async () => {
    const res = await store.gql(PRODUCT_SET, {
      input: {
        title: 'Heron mug',
        descriptionHtml: '<p>Stoneware</p>',
        vendor: 'Moth & Fern',
        productType: 'Mugs',
        status: 'ACTIVE',
        tags: ['mugs', ' ceramics '],
        productOptions: [{ name: 'Colour', values: [{ name: 'White' }, { name: 'Black' }] }],
        files: [{ originalSource: 'https://example.com/heron.jpg', alt: 'Heron mug', contentType: 'IMAGE' }],
        variants: [
          { sku: 'MUG-HERON-W', price: '18.00', optionValues: [{ optionName: 'Colour', name: 'White' }], inventoryItem: { tracked: true, cost: '6.50' }, inventoryQuantities: [{ locationId: studio, name: 'available', quantity: 12 }] },
          { sku: 'MUG-HERON-B', price: '19.00', optionValues: [{ optionName: 'Colour', name: 'Black' }] },
        ],
      },
    });
    const { product, userErrors } = res.body.data?.productSet;
    expect(userErrors).toEqual([]);
    expect(product).toMatchObject({
      title: 'Heron mug',
      handle: 'heron-mug',
      tags: ['ceramics', 'mugs'],
      options: [{ name: 'Colour', values: ['White', 'Black'] }],
      media: { nodes: [{ alt: 'Heron mug', mediaContentType: 'IMAGE', image: { url: 'https://example.com/heron.jpg' } }] },
    });
    expect(product.variants.nodes[0]).toMatchObject({ sku: 'MUG-HERON-W', price: '18.00', inventoryItem: { tracked: true, unitCost: { amount: '6.5' } }, inventoryQuantity: 12 });
    expect(store.control.variant('MUG-HERON-B')).toMatchObject({ price: '19.00', tracked: false });
  });

  it('replaces the variant list of an existing product: kept, changed, added, removed', async () => {
    const tee = store.control.variant('TEE-S');
    const res = await store.gql(PRODUCT_SET, {
      identifier: { id: tee.productId },
      input: {
        title: 'Moth tee (new cut)',
        tags: ['new'],
        productOptions: [{ name: 'Size', values: [{ name: 'S' }, { name: 'L' }] }],
        variants: [
          { id: tee.variantId, sku: 'TEE-S', price: '32.00', optionValues: [{ optionName: 'Size', name: 'S' }] },
          { sku: 'TEE-L', price: '32.00', optionValues: [{ optionName: 'Size', name: 'L' }] },
        ],
      },
    });
    const { product, userErrors } = res.body.data?.productSet;
    expect(userErrors).toEqual([]);
    expect(product.title).toBe('Moth tee (new cut)');
    expect(product.tags).toEqual(['new']);
    expect(product.variants.nodes.map((v: { sku: string }) => v.sku)).toEqual(['TEE-S', 'TEE-L']);
    expect(product.variants.nodes[0].id).toBe(tee.variantId);
    expect(store.control.variant('TEE-S').available).toBe(10);
    expect((await store.ctl('GET', 'variant?sku=TEE-M')).status).toBe(404);
  });

  it('reports a product id that does not exist and duplicate variants', async () => {
    const missing = await store.gql(PRODUCT_SET, { identifier: { id: 'gid://shopify/Product/1' }, input: { title: 'x' } });
    expect(missing.body.data?.productSet.userErrors[0].code).toBe('PRODUCT_DOES_NOT_EXIST');
    const dup = await store.gql(PRODUCT_SET, {
      input: {
        title: 'Dup',
        productOptions: [{ name: 'Size', values: [{ name: 'S' }] }],
        variants: [{ optionValues: [{ optionName: 'Size', name: 'S' }] }, { optionValues: [{ optionName: 'Size', name: 'S' }] }],
      },
    });
    expect(dup.body.data?.productSet.userErrors[0].field).toEqual(['input', 'variants', '1']);
  });
});

describe('productCreate, productUpdate, productDelete', () => {
  it('creates a product with its default variant, untracked as 2026-04 does, and media from URLs', async () => {
    const res = await store.gql(
      `mutation($product: ProductCreateInput!, $media: [CreateMediaInput!]) { productCreate(product: $product, media: $media) { product { ${PRODUCT_FIELDS} } userErrors { field message } } }`,
      { product: { title: 'Bee pin', status: 'DRAFT' }, media: [{ originalSource: 'https://example.com/bee.png', mediaContentType: 'IMAGE' }] },
    );
    const { product } = res.body.data?.productCreate;
    expect(product).toMatchObject({ title: 'Bee pin', status: 'DRAFT', options: [{ name: 'Title', values: ['Default Title'] }] });
    expect(product.variants.nodes).toEqual([expect.objectContaining({ sku: null, price: '0.00', inventoryItem: { tracked: false, unitCost: null } })]);
    expect(product.media.nodes[0].image.url).toBe('https://example.com/bee.png');
    const blank = await store.gql('mutation { productCreate(product: { title: "  " }) { product { id } userErrors { field message } } }');
    expect(blank.body.data?.productCreate.userErrors).toEqual([{ field: ['title'], message: "Title can't be blank" }]);
  });

  it('updates the fields it is given and deletes a product', async () => {
    const { productId } = store.control.variant('STK-FERN');
    const updated = await store.gql(
      'mutation($p: ProductUpdateInput!) { productUpdate(product: $p) { product { title status vendor tags } userErrors { field message } } }',
      { p: { id: productId, title: 'Fern sticker (holo)', status: 'ACTIVE' } },
    );
    expect(updated.body.data?.productUpdate.product).toEqual({ title: 'Fern sticker (holo)', status: 'ACTIVE', vendor: '', tags: [] });
    const deleted = await store.gql('mutation($id: ID!) { productDelete(input: { id: $id }) { deletedProductId userErrors { message } } }', { id: productId });
    expect(deleted.body.data?.productDelete.deletedProductId).toBe(productId);
    expect((await store.gql('query($id: ID!) { product(id: $id) { id } }', { id: productId })).body.data?.product).toBeNull();
    const again = await store.gql('mutation($id: ID!) { productDelete(input: { id: $id }) { deletedProductId userErrors { field message } } }', { id: productId });
    expect(again.body.data?.productDelete.userErrors).toEqual([{ field: ['id'], message: 'Product does not exist' }]);
  });
});

describe('bulk variant mutations', () => {
  const BULK_UPDATE = `mutation($productId: ID!, $variants: [ProductVariantsBulkInput!]!) {
    productVariantsBulkUpdate(productId: $productId, variants: $variants) { productVariants { sku price barcode inventoryItem { tracked } } userErrors { field message code } }
  }`;

  it('creates, updates and deletes variants', async () => {
    const tee = store.control.variant('TEE-S');
    const created = await store.gql(
      `mutation($productId: ID!, $variants: [ProductVariantsBulkInput!]!) {
        productVariantsBulkCreate(productId: $productId, variants: $variants) { productVariants { id sku title } userErrors { field message code } }
      }`,
      { productId: tee.productId, variants: [{ price: '30.00', optionValues: [{ optionName: 'Size', name: 'XL' }], inventoryItem: { sku: 'TEE-XL', tracked: true }, inventoryQuantities: [{ locationId: studio, availableQuantity: 3 }] }] },
    );
    expect(created.body.data?.productVariantsBulkCreate.productVariants).toEqual([expect.objectContaining({ sku: 'TEE-XL', title: 'XL' })]);
    expect(store.control.variant('TEE-XL').available).toBe(3);

    const updated = await store.gql(BULK_UPDATE, { productId: tee.productId, variants: [{ id: tee.variantId, price: '35.00', barcode: '123', inventoryItem: { tracked: false } }] });
    expect(updated.body.data?.productVariantsBulkUpdate.productVariants).toEqual([{ sku: 'TEE-S', price: '35.00', barcode: '123', inventoryItem: { tracked: false } }]);

    const xl = created.body.data?.productVariantsBulkCreate.productVariants[0].id;
    const deleted = await store.gql('mutation($p: ID!, $v: [ID!]!) { productVariantsBulkDelete(productId: $p, variantsIds: $v) { product { variants(first: 10) { nodes { sku } } } userErrors { code } } }', { p: tee.productId, v: [xl] });
    expect(deleted.body.data?.productVariantsBulkDelete.product.variants.nodes.map((v: { sku: string }) => v.sku)).toEqual(['TEE-S', 'TEE-M']);
  });

  it('refuses a whole update when one row is wrong, unless partial updates are allowed', async () => {
    const tee = store.control.variant('TEE-S');
    const res = await store.gql(BULK_UPDATE, { productId: tee.productId, variants: [{ id: tee.variantId, price: '40.00' }, { id: tee.variantId, price: '-1' }] });
    expect(res.body.data?.productVariantsBulkUpdate.userErrors).toEqual([
      { field: ['variants', '1', 'price'], message: 'Price must be greater than or equal to 0', code: 'GREATER_THAN_OR_EQUAL_TO' },
    ]);
    expect(store.control.variant('TEE-S').price).toBe('30.00');
    const missing = await store.gql(BULK_UPDATE, { productId: 'gid://shopify/Product/1', variants: [] });
    expect(missing.body.data?.productVariantsBulkUpdate.userErrors[0].code).toBe('PRODUCT_DOES_NOT_EXIST');
  });
});

describe('inventory items', () => {
  it('changes tracking, SKU and cost, and stocks an item at another location', async () => {
    const v = store.control.variant('TEE-S');
    const res = await store.gql(
      'mutation($id: ID!, $input: InventoryItemInput!) { inventoryItemUpdate(id: $id, input: $input) { inventoryItem { sku tracked unitCost { amount currencyCode } } userErrors { field message } } }',
      { id: v.inventoryItemId, input: { tracked: false, sku: 'TEE-SMALL', cost: '11.20' } },
    );
    expect(res.body.data?.inventoryItemUpdate.inventoryItem).toEqual({ sku: 'TEE-SMALL', tracked: false, unitCost: { amount: '11.2', currencyCode: 'EUR' } });
    expect(store.control.variant('TEE-SMALL').tracked).toBe(false);

    const popup = store.control.variant('TEE-M').levels[1]!.locationId;
    const activate = await store.gql(
      'mutation($i: ID!, $l: ID!) { inventoryActivate(inventoryItemId: $i, locationId: $l, available: 6) { inventoryLevel { location { name } quantities(names: ["available"]) { quantity } } userErrors { field message } } }',
      { i: v.inventoryItemId, l: popup },
    );
    expect(activate.body.data?.inventoryActivate.inventoryLevel).toEqual({ location: { name: 'Pop-up market' }, quantities: [{ quantity: 6 }] });
  });
});

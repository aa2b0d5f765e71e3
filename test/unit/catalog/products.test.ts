import { beforeEach, describe, expect, it } from 'vitest';
import { freshShopEachTest, teeInput } from '../../support/catalog-core';

const shop = freshShopEachTest();

describe('products and variants', () => {
  it('a new product gets one plain variant when none is given', async () => {
    const zine = await shop.core.call('createProduct', { name: 'Night Garden zine' });
    expect(zine.variants).toHaveLength(1);
    expect(zine.variants[0]).toMatchObject({ sku: '', onHand: 0, optionValues: [] });
    expect(zine).toMatchObject({ status: 'active', listingStatus: 'draft', shopify: { syncState: 'unlinked', productId: null } });
  });

  it('keeps every field it was given, internal fields included', async () => {
    const tee = await shop.core.call(
      'createProduct',
      teeInput({
        descriptionHtml: '<p>Soft</p>',
        vendor: 'Moth & Fern',
        tags: ['tee'],
        internal: { cogsCents: 1150, markupPercent: 180.5, retailListed: true, consignmentStock: 4 },
      }),
    );
    const read = await shop.core.call('getProduct', { id: tee.id });
    expect(read).toEqual(tee);
    expect(read.internal).toEqual({
      cogsCents: 1150,
      materialCostCents: null,
      laborCents: null,
      markupPercent: 180.5,
      wholesalePriceCents: null,
      commissionRatePercent: null,
      retailListed: true,
      consignmentStock: 4,
    });
  });

  it('updates only the fields named', async () => {
    const tee = await shop.core.call('createProduct', teeInput({ vendor: 'Studio' }));
    const after = await shop.core.call('updateProduct', { id: tee.id, changes: { name: 'Moth tee (organic)', internal: { laborCents: 300 } } });
    expect(after).toMatchObject({ name: 'Moth tee (organic)', vendor: 'Studio', internal: { laborCents: 300 } });
    const price = await shop.core.call('updateVariant', { id: tee.variants[0]!.id, changes: { priceCents: 3500 } });
    expect(price.variants[0]).toMatchObject({ priceCents: 3500, sku: 'TEE-M', onHand: 10 });
  });

  it('each variant needs one value per option', async () => {
    await expect(
      shop.core.call('createProduct', { name: 'Hoodie', optionNames: ['Size', 'Colour'], variants: [{ optionValues: ['M'] }] }),
    ).rejects.toMatchObject({ code: 'rejected', message: 'Each variant of Hoodie needs 2 option values (Size, Colour); one has 1.' });
  });

  it('two variants cannot share the same options', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    await expect(shop.core.call('createVariant', { productId: tee.id, optionValues: ['m'] })).rejects.toMatchObject({
      code: 'rejected',
      message: 'Two variants of Moth tee have the same options: m.',
    });
  });

  it('adding an option gives existing variants a Default value; removing one that would merge variants is refused', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    const withColour = await shop.core.call('updateProduct', { id: tee.id, changes: { optionNames: ['Size', 'Colour'] } });
    expect(withColour.variants.map((v) => v.optionValues)).toEqual([
      ['M', 'Default'],
      ['L', 'Default'],
    ]);
    await shop.core.call('createVariant', { productId: tee.id, sku: 'TEE-M-BLK', optionValues: ['M', 'Black'] });
    await expect(shop.core.call('updateProduct', { id: tee.id, changes: { optionNames: ['Size'] } })).rejects.toMatchObject({
      code: 'rejected',
      message: expect.stringContaining('Removing that option would leave variants of Moth tee with the same options'),
    });
  });

  it('a product keeps at least one variant', async () => {
    const zine = await shop.core.call('createProduct', { name: 'Zine' });
    await expect(shop.core.call('deleteVariant', { id: zine.variants[0]!.id })).rejects.toMatchObject({
      code: 'rejected',
      message: 'Zine must keep at least one variant. Delete the product instead.',
    });
  });

  it('deleting a product removes its variants, ledger and commitments', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    await shop.core.call('addCommitment', { variantId: tee.variants[0]!.id, quantity: 1, reference: 'PO' });
    expect(await shop.core.call('deleteProduct', { id: tee.id })).toEqual({ deleted: true });
    await expect(shop.core.call('getProduct', { id: tee.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(shop.query('SELECT (SELECT count(*) FROM variants) + (SELECT count(*) FROM stock_movements) + (SELECT count(*) FROM commitments) AS n')).toEqual([{ n: 0 }]);
  });

  it('finds variants by SKU, trimmed and ignoring case, duplicates included', async () => {
    await shop.core.call('createProduct', teeInput());
    await shop.core.call('createProduct', { name: 'Moth poster', variants: [{ sku: 'TEE-M' }] });
    const found = await shop.core.call('findVariantsBySku', { sku: '  tee-m ' });
    expect(found.map((v) => v.productName)).toEqual(['Moth tee', 'Moth poster']);
  });

  it('an image must belong to the variant\u2019s product', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    await expect(shop.core.call('updateVariant', { id: tee.variants[0]!.id, changes: { imageId: 42 } })).rejects.toMatchObject({
      code: 'rejected',
      message: 'Image 42 is not one of this product\u2019s images.',
    });
  });
});

describe('the products list', () => {
  beforeEach(async () => {
    await shop.core.call('createProduct', teeInput());
    await shop.core.call('createProduct', { name: 'Comet poster', status: 'inactive', variants: [{ sku: 'PST-COMET', priceCents: 1800, onHand: 30 }] });
    await shop.core.call('createProduct', { name: 'Luna pin', variants: [{ sku: 'PIN_LUNA', priceCents: 1200, onHand: 2 }] });
  });

  it('searches names and SKUs by any part, ignoring case', async () => {
    const names = async (search: string) => (await shop.core.call('listProducts', { search })).rows.map((r) => r.name);
    expect(await names('comet')).toEqual(['Comet poster']);
    expect(await names('tee-l')).toEqual(['Moth tee']);
    expect(await names('_')).toEqual(['Luna pin']); // a literal underscore, not a wildcard
    expect(await names('o')).toEqual(['Comet poster', 'Moth tee']);
  });

  it('finds a product by its new SKU once the SKU is changed, and not by the old one', async () => {
    const [pin] = await shop.core.call('findVariantsBySku', { sku: 'PIN_LUNA' });
    await shop.core.call('updateVariant', { id: pin!.id, changes: { sku: 'PIN-"LUNA"-GOLD' } });
    const names = async (search: string) => (await shop.core.call('listProducts', { search })).rows.map((r) => r.name);
    expect(await names('pin_luna')).toEqual([]);
    expect(await names('"luna"-g')).toEqual(['Luna pin']);
  });

  it('filters by status and sorts by any column either way', async () => {
    const active = await shop.core.call('listProducts', { status: 'active' });
    expect(active.total).toBe(2);
    const byAvailable = await shop.core.call('listProducts', { sort: { field: 'available', direction: 'desc' } });
    expect(byAvailable.rows.map((r) => [r.name, r.available])).toEqual([
      ['Comet poster', 30],
      ['Moth tee', 15],
      ['Luna pin', 2],
    ]);
    const byPrice = await shop.core.call('listProducts', { sort: { field: 'price' } });
    expect(byPrice.rows.map((r) => r.name)).toEqual(['Luna pin', 'Comet poster', 'Moth tee']);
  });

  it('pages', async () => {
    const page = await shop.core.call('listProducts', { offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, offset: 1, rows: [{ name: 'Luna pin' }] });
  });
});

/**
 * Linking ("map") against the local Shopify store: neither side changes, the stock push
 * reads Shopify's real quantity itself before it next sends (never the compare's reading),
 * refusals say why, and the review's SKU matches can be linked in one go.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { linkBySku, openLinkTestShop, productIdNamed } from './link-test-catalog';
import { knownShopifyQuantities, pendingPushSkus, type SyncTestShop } from './sync-test-shop';

let shop: SyncTestShop;
afterEach(() => shop?.close());

describe('linking a product by SKU', () => {
  it('links every variant without changing either side, and the product is Synced', async () => {
    shop = await openLinkTestShop();
    const remote = shop.sim.control.variant('TEE-M');
    const outcome = await linkBySku(shop, 'Moth tee', 'TEE-M');
    const productId = await productIdNamed(shop, 'Moth tee');
    expect(outcome.linked).toEqual([{ productId, shopifyProductId: remote.productId, variantsLinked: 2, syncState: 'synced' }]);

    const product = await shop.core.call('getProduct', { id: productId });
    expect(product.shopify).toMatchObject({ productId: remote.productId, syncState: 'synced' });
    expect(product.variants.find((v) => v.sku === 'TEE-M')?.shopify).toMatchObject({ variantId: remote.variantId, inventoryItemId: remote.inventoryItemId });
    // Stockpilot counted 12, Shopify 10: a map leaves both as they are, and queues no push.
    expect(product.variants.find((v) => v.sku === 'TEE-M')?.onHand).toBe(12);
    expect(shop.sim.control.variant('TEE-M').available).toBe(10);
    expect(pendingPushSkus(shop)).toEqual([]);
    expect((await shop.core.call('pushNow', {})).lines).toEqual([]);
    expect(shop.sim.control.variant('TEE-M').available).toBe(10);
  });

  it('takes no Shopify quantity as known: the next push reads Shopify\u2019s own, so a Shopify sale in between stands', async () => {
    shop = await openLinkTestShop();
    await linkBySku(shop, 'Moth tee', 'TEE-M');
    expect(knownShopifyQuantities(shop)).toEqual([]);
    shop.sim.control.sell({ sku: 'TEE-M', quantity: 2 }); // Shopify: 10 → 8
    const variant = (await shop.core.call('findVariantsBySku', { sku: 'TEE-M' }))[0]!;
    await shop.core.call('adjustStock', { variantId: variant.id, delta: 1, reason: 'Found one' }); // local: 12 → 13
    await shop.core.call('pushNow', {});
    // The sale is brought in before the push trusts its read: Stockpilot's 13 less the 2 sold, on both sides.
    expect(shop.sim.control.variant('TEE-M').available).toBe(11);
    expect((await shop.core.call('findVariantsBySku', { sku: 'TEE-M' }))[0]?.onHand).toBe(11);
  });

  it('records a map in the sync activity', async () => {
    shop = await openLinkTestShop();
    await linkBySku(shop, 'Fern print', 'PRINT-A4');
    const productId = await productIdNamed(shop, 'Fern print');
    const activity = await shop.core.call('listSyncActivity', { productId });
    expect(activity.rows[0]).toMatchObject({ kind: 'map', outcome: 'success', productName: 'Fern print', shopifyProductId: shop.sim.control.variant('PRINT-A4').productId });
    expect(activity.rows[0]?.changes).toContainEqual(expect.objectContaining({ variant: 'PRINT-A4', field: 'shopifyVariantId', to: shop.sim.control.variant('PRINT-A4').variantId }));
  });

  it('pairs variants as the owner paired them in the mapper, whatever their SKUs', async () => {
    shop = await openLinkTestShop();
    const mug = await shop.core.call('getProduct', { id: await productIdNamed(shop, 'Owl mug') });
    const remote = shop.sim.control.variant('MUG-OWL');
    const regular = mug.variants.find((v) => v.sku === 'MUG-OWL')!;
    await shop.core.call('deleteVariant', { id: mug.variants.find((v) => v.sku === 'MUG-OWL-XL')!.id });
    await shop.core.call('updateVariant', { id: regular.id, changes: { sku: 'OWL-MUG-1' } });
    const outcome = await shop.core.call('linkProducts', { links: [{ productId: mug.id, shopifyProductId: remote.productId, variants: [{ variantId: regular.id, shopifyVariantId: remote.variantId }] }] });
    expect(outcome.failed).toEqual([]);
    expect((await shop.core.call('getProduct', { id: mug.id })).variants[0]?.shopify.variantId).toBe(remote.variantId);
  });

  it('links a linked product again with new pairs from the mapper', async () => {
    shop = await openLinkTestShop();
    await linkBySku(shop, 'Moth tee', 'TEE-M');
    const tee = await shop.core.call('getProduct', { id: await productIdNamed(shop, 'Moth tee') });
    const [m, l] = [tee.variants[0]!, tee.variants[1]!];
    const swapped = [
      { variantId: m.id, shopifyVariantId: l.shopify.variantId! },
      { variantId: l.id, shopifyVariantId: m.shopify.variantId! },
    ];
    const outcome = await shop.core.call('linkProducts', { links: [{ productId: tee.id, shopifyProductId: tee.shopify.productId!, variants: swapped }] });
    expect(outcome.failed).toEqual([]);
    const after = await shop.core.call('getProduct', { id: tee.id });
    expect(after.variants.map((v) => v.shopify.variantId)).toEqual([l.shopify.variantId, m.shopify.variantId]);
  });

  it('linking again makes the push read Shopify\u2019s number afresh, so a Shopify sale is still not overwritten', async () => {
    shop = await openLinkTestShop();
    await linkBySku(shop, 'Moth tee', 'TEE-M');
    const [m] = await shop.core.call('findVariantsBySku', { sku: 'TEE-M' });
    shop.sim.control.sell({ sku: 'TEE-M', quantity: 1 }); // Shopify: 10 → 9
    await shop.core.call('adjustStock', { variantId: m!.id, delta: 1, reason: 'Return' }); // local 12 → 13
    await shop.core.call('pushNow', {}); // 13 less the sale: 12
    expect(shop.sim.control.variant('TEE-M').available).toBe(12);

    await linkBySku(shop, 'Moth tee', 'TEE-M');
    expect(knownShopifyQuantities(shop)).toEqual([]);
    shop.sim.control.sell({ sku: 'TEE-M', quantity: 1 }); // Shopify: 12 → 11
    await shop.core.call('adjustStock', { variantId: m!.id, delta: 1, reason: 'Return' }); // local 13
    await shop.core.call('pushNow', {}); // 13 less the second sale: 12
    expect(shop.sim.control.variant('TEE-M').available).toBe(12);
  });
});

describe('stock pushes queued before a link', () => {
  it('an Apply\u2019s stock push is still pending after Link SKU matches, and only the link\u2019s own is taken back', async () => {
    shop = await openLinkTestShop();
    await shop.core.call('compareCatalog', {});
    await shop.core.call('acceptAllSync', { side: 'stockpilot' });
    await shop.core.call('leaveAllOneSided', {});
    const applied = await shop.core.call('applySync', {});
    expect(applied.stockQueued).toBe(1); // TEE-M: Stockpilot's 12 over Shopify's 10
    expect(pendingPushSkus(shop)).toEqual(['TEE-M']);

    const outcome = await shop.core.call('linkAllBySku', {});
    expect(outcome.linked.map((l) => l.variantsLinked).sort()).toEqual([1, 2]);
    expect(pendingPushSkus(shop)).toEqual(['TEE-M']);
    expect(shop.sim.control.variant('TEE-M').available).toBe(10);
  });

  it('a local stock change is still pending after the product is linked again in the mapper', async () => {
    shop = await openLinkTestShop();
    await linkBySku(shop, 'Moth tee', 'TEE-M');
    const [m] = await shop.core.call('findVariantsBySku', { sku: 'TEE-M' });
    await shop.core.call('adjustStock', { variantId: m!.id, delta: -1, reason: 'Damaged' });
    expect(pendingPushSkus(shop)).toEqual(['TEE-M']);

    await linkBySku(shop, 'Moth tee', 'TEE-M');
    expect(pendingPushSkus(shop)).toEqual(['TEE-M']);
  });
});

describe('a stock change on Shopify that Stockpilot could not explain', () => {
  it('is explained in the next compare\u2019s stock difference, which waits for a choice', async () => {
    shop = await openLinkTestShop();
    await linkBySku(shop, 'Moth tee', 'TEE-M');
    const [m] = await shop.core.call('findVariantsBySku', { sku: 'TEE-M' });
    // As the stock push lists it: Stockpilot expected 12, Shopify shows 10.
    shop.run('INSERT INTO shopify_changes (variant_id, location_id, stockpilot_quantity, shopify_quantity, noticed_at) VALUES (?, ?, 12, 10, ?)', m!.id, shop.sim.control.variant('TEE-M').levels[0]?.locationId, new Date().toISOString());
    await shop.core.call('compareCatalog', {});
    const row = (await shop.core.call('getSyncReview', { limit: 50 })).rows.rows.find((r) => r.name === 'Moth tee')!;
    const tee = await shop.core.call('getSyncReviewProduct', { key: row.key });
    const stock = tee.variants.find((v) => v.sku === 'TEE-M')?.differences.find((d) => d.field === 'stock');
    expect(stock).toMatchObject({ stockpilot: 12, shopify: 10 });
    expect(stock?.note).toContain('Shopify\u2019s number changed by -2 in a way Stockpilot could not explain');
    expect(tee.variants.find((v) => v.sku === 'TEE-L')?.differences).toEqual([]);
  });
});

describe('a link that cannot be made', () => {
  it('is refused with the SKUs left unpaired, while the others in the same call are linked', async () => {
    shop = await openLinkTestShop();
    const mugId = await productIdNamed(shop, 'Owl mug');
    const printId = await productIdNamed(shop, 'Fern print');
    const outcome = await shop.core.call('linkProducts', {
      links: [
        { productId: mugId, shopifyProductId: shop.sim.control.variant('MUG-OWL').productId },
        { productId: printId, shopifyProductId: shop.sim.control.variant('PRINT-A4').productId },
      ],
    });
    expect(outcome.linked.map((l) => l.productId)).toEqual([printId]);
    expect(outcome.failed).toEqual([{ productId: mugId, productName: 'Owl mug', message: expect.stringContaining('MUG-OWL-XL') }]);
    expect((await shop.core.call('getProduct', { id: mugId })).shopify.syncState).toBe('unlinked');
    const failure = (await shop.core.call('listSyncActivity', { productId: mugId })).rows[0];
    expect(failure).toMatchObject({ kind: 'map', outcome: 'failure' });
  });

  it('is refused when the Shopify product is already linked to another product', async () => {
    shop = await openLinkTestShop();
    await linkBySku(shop, 'Fern print', 'PRINT-A4');
    const copy = await shop.core.call('createProduct', { name: 'Fern print (copy)', variants: [{ sku: 'PRINT-A4' }] });
    const outcome = await shop.core.call('linkProducts', { links: [{ productId: copy.id, shopifyProductId: shop.sim.control.variant('PRINT-A4').productId }] });
    expect(outcome.failed[0]?.message).toMatch(/already linked to "Fern print"/);
  });

  it('is refused when Shopify has no such product, or the id is not one', async () => {
    shop = await openLinkTestShop();
    const printId = await productIdNamed(shop, 'Fern print');
    const outcome = await shop.core.call('linkProducts', {
      links: [
        { productId: printId, shopifyProductId: 'gid://shopify/Product/999999' },
        { productId: printId, shopifyProductId: 'fern-print' },
      ],
    });
    expect(outcome.failed.map((f) => f.message)).toEqual([expect.stringMatching(/Shopify has no product/), expect.stringMatching(/not a Shopify product id/)]);
  });
});

describe('finding Shopify products for the mapper', () => {
  it('finds them by title or SKU, with their variants and the product already linked to each', async () => {
    shop = await openLinkTestShop();
    await linkBySku(shop, 'Moth tee', 'TEE-M');
    const byTitle = await shop.core.call('searchShopifyProducts', { query: 'moth' });
    expect(byTitle).toEqual([
      expect.objectContaining({
        title: 'Moth tee',
        linkedProductId: await productIdNamed(shop, 'Moth tee'),
        variants: [expect.objectContaining({ sku: 'TEE-M', optionValues: ['M'], priceCents: 2800 }), expect.objectContaining({ sku: 'TEE-L' })],
      }),
    ]);
    const bySku = await shop.core.call('searchShopifyProducts', { query: 'PRINT-A4' });
    expect(bySku.map((c) => [c.title, c.linkedProductId, c.variants[0]?.optionValues])).toEqual([['Fern print', null, []]]);
    expect((await shop.core.call('searchShopifyProducts', {})).map((c) => c.title)).toEqual(['Fern print', 'Moth tee', 'Owl mug']);
  });
});

describe('linking every SKU match of the review', () => {
  it('links the products the compare matched by SKU, and the counts follow', async () => {
    shop = await openLinkTestShop();
    expect(await shop.core.call('getSyncCounts', {})).toEqual({ linked: 0, synced: 0, outOfSync: 0, errors: 0 });
    await shop.core.call('compareCatalog', {});
    const outcome = await shop.core.call('linkAllBySku', {});
    // The mug's extra variant keeps it out of the SKU matches (its variant counts differ).
    expect(outcome.linked.map((l) => l.variantsLinked).sort()).toEqual([1, 2]);
    expect(outcome.failed).toEqual([]);
    expect(await shop.core.call('getSyncCounts', {})).toEqual({ linked: 2, synced: 2, outOfSync: 0, errors: 0 });
    expect(shop.sim.control.variant('TEE-M').available).toBe(10);
    expect((await shop.core.call('pushNow', {})).lines).toEqual([]);

    // Compared again, they are matched by their link now, and nothing is left to link.
    await shop.core.call('compareCatalog', {});
    expect((await shop.core.call('linkAllBySku', {})).linked).toEqual([]);
  });

  it('says so when there is no compare yet', async () => {
    shop = await openLinkTestShop();
    await expect(shop.core.call('linkAllBySku', {})).rejects.toMatchObject({ code: 'not_found', message: expect.stringContaining('Full Sync & Compare') });
  });
});

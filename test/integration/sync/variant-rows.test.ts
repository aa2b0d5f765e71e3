/**
 * Variants of linked products added or removed on one side: each is a row of its own with an
 * action (nothing chosen at first), the product's other changes sync regardless, and each
 * action does what it says on both sides — and undo says honestly what it cannot bring back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateProductInput } from '../../../src/shared/catalog';
import type { SyncReviewProduct } from '../../../src/shared/product-sync';
import type { ApplySummary } from '../../../src/shared/sync-apply';
import type { SeedCatalog } from '../../../src/shopify-sim/index';
import { allRows, localProduct, localVariant, rowNamed } from './apply-test-catalog';
import { openSyncTestShop, SIM_SHOP, shopifyGraphql, type SyncTestShop } from './sync-test-shop';

const sized = (name: string, prefix: string, sizes: string[], onHand = 5): CreateProductInput => ({
  name,
  vendor: 'Moth & Fern',
  listingStatus: 'active',
  optionNames: ['Size'],
  variants: sizes.map((s) => ({ sku: `${prefix}-${s}`, priceCents: 2500, optionValues: [s], onHand })),
});

const CATALOG: CreateProductInput[] = [
  sized('Moth tee', 'TEE', ['S', 'M']),
  sized('Heron hoodie', 'HER', ['S', 'M']),
  sized('Bramble poster', 'BRAM', ['A3', 'A2']),
  sized('Owl poster', 'OWL', ['S', 'L']),
  sized('Luna print', 'LUNA', ['A4', 'A3']),
];

const SEED: SeedCatalog = {
  shop: { name: 'Moth & Fern Studio', myshopifyDomain: SIM_SHOP },
  locations: [{ name: 'Studio', primary: true }],
  products: CATALOG.map((p) => ({
    title: p.name,
    vendor: 'Moth & Fern',
    status: 'ACTIVE' as const,
    options: ['Size'],
    variants: (p.variants ?? []).map((v) => ({ sku: v.sku ?? '', price: '25.00', options: v.optionValues ?? [], available: 5 })),
  })),
};

let shop: SyncTestShop;

const variantRow = (p: SyncReviewProduct, sku: string) => {
  const v = p.variants.find((x) => x.sku === sku || x.shopifySku === sku);
  if (!v) throw new Error(`${p.name} has no variant row ${sku}`);
  return v;
};

async function addOnShopify(sku: string, size: string, available: number): Promise<void> {
  const productId = shop.sim.control.variant(sku.replace(/-[^-]+$/, '-S')).productId;
  const { location } = await shopifyGraphql<{ location: { id: string } }>(shop, '{ location { id } }');
  await shopifyGraphql(
    shop,
    `mutation Add($productId: ID!, $variants: [ProductVariantsBulkInput!]!) { productVariantsBulkCreate(productId: $productId, variants: $variants) { userErrors { message } } }`,
    { productId, variants: [{ optionValues: [{ optionName: 'Size', name: size }], price: '27.00', inventoryItem: { sku, tracked: true }, inventoryQuantities: [{ locationId: location.id, availableQuantity: available }] }] },
  );
}

async function deleteOnShopify(sku: string): Promise<void> {
  const v = shop.sim.control.variant(sku);
  await shopifyGraphql(shop, `mutation Del($productId: ID!, $ids: [ID!]!) { productVariantsBulkDelete(productId: $productId, variantsIds: $ids) { userErrors { message } } }`, { productId: v.productId, ids: [v.variantId] });
}

const shopifyHas = (sku: string) => {
  try {
    shop.sim.control.variant(sku);
    return true;
  } catch {
    return false;
  }
};

beforeAll(async () => {
  shop = await openSyncTestShop({ seed: SEED, catalog: CATALOG });
  // Link everything (identical pairs matched by SKU are linked by an apply).
  await shop.core.call('compareCatalog', {});
  await shop.core.call('applySync', {});
  // Then each side moves on.
  const tee = await localProduct(shop, 'Moth tee');
  await shop.core.call('createVariant', { productId: tee.id, sku: 'TEE-L', priceCents: 2700, optionValues: ['L'], barcode: '4006381333931', onHand: 7 });
  await shop.core.call('updateProduct', { id: tee.id, changes: { vendor: 'Moth and Fern' } });
  await addOnShopify('HER-L', 'L', 4);
  await shop.core.call('deleteVariant', { id: localVariant(await localProduct(shop, 'Bramble poster'), 'BRAM-A2').id });
  await deleteOnShopify('OWL-L');
  await shop.core.call('createVariant', { productId: (await localProduct(shop, 'Luna print')).id, sku: 'LUNA-A2', priceCents: 3000, optionValues: ['A2'], onHand: 2 });
  await shop.core.call('compareCatalog', {});
});
afterAll(() => shop.close());

describe('the compare', () => {
  it('makes each one-sided variant a row that says how it came to be, and holds no product', async () => {
    const rows = await allRows(shop);
    expect(rows.filter((r) => r.section === 'issues')).toEqual([]);
    expect((await rowNamed(shop, 'Moth tee')).section).toBe('different');
    expect(variantRow(await rowNamed(shop, 'Moth tee'), 'TEE-L')).toMatchObject({ change: 'added_in_stockpilot', action: null });
    expect(variantRow(await rowNamed(shop, 'Heron hoodie'), 'HER-L')).toMatchObject({ change: 'added_on_shopify', action: null });
    expect(variantRow(await rowNamed(shop, 'Bramble poster'), 'BRAM-A2')).toMatchObject({ change: 'removed_in_stockpilot', stockpilotVariantId: null });
    expect(variantRow(await rowNamed(shop, 'Owl poster'), 'OWL-L')).toMatchObject({ change: 'removed_on_shopify', shopifyVariantId: expect.any(String) });
  });

  it('keeps the product\u2019s other differences as ordinary choices', async () => {
    const tee = await rowNamed(shop, 'Moth tee');
    expect(tee.differences.map((d) => d.field)).toEqual(['vendor']);
    expect(tee.oneSidedVariants).toBe(1);
  });

  it('starts with nothing chosen, and Apply waits for every one-sided variant', async () => {
    const { tally } = await shop.core.call('getSyncReview', { limit: 1 });
    expect(tally).toMatchObject({ oneSidedRemaining: 5, variantsToCreate: 0 });
    await expect(shop.core.call('applySync', {})).rejects.toThrow(/1 of 1 differences have no side chosen yet.*5 products or variants found on one side only have nothing chosen yet/);
  });

  it('refuses an action that does not fit how the variant came to be', async () => {
    const tee = await rowNamed(shop, 'Moth tee');
    await expect(shop.core.call('setSyncVariantActions', { choices: [{ rowKey: tee.key, variantKey: variantRow(tee, 'TEE-L').key, action: 'import' }] })).rejects.toThrow(
      /added in Stockpilot, so it cannot be imported; it can be created on Shopify or left/,
    );
  });
});

describe('applying each action', () => {
  let undoable: ApplySummary;

  beforeAll(async () => {
    const choose = async (name: string, sku: string, action: 'create' | 'import' | 'delete' | 'leave') => {
      const p = await rowNamed(shop, name);
      return shop.core.call('setSyncVariantActions', { choices: [{ rowKey: p.key, variantKey: variantRow(p, sku).key, action }] });
    };
    await choose('Moth tee', 'TEE-L', 'create');
    await choose('Heron hoodie', 'HER-L', 'import');
    await choose('Bramble poster', 'BRAM-A2', 'delete');
    await choose('Owl poster', 'OWL-L', 'delete');
    await choose('Luna print', 'LUNA-A2', 'leave');
    const tee = await rowNamed(shop, 'Moth tee');
    const tally = await shop.core.call('acceptAllSync', { side: 'stockpilot', rowKeys: [tee.key] });
    expect(tally).toMatchObject({ remaining: 0, oneSidedRemaining: 0, variantsToCreate: 1, variantsToImport: 1, variantsToDelete: 2 });
    undoable = await shop.core.call('applySync', {});
    await shop.core.call('pushNow', {});
  });

  it('creates the variant on Shopify with its fields, stocked at the push location, and pushes its stock there', async () => {
    expect(undoable).toMatchObject({ failed: 0 });
    const l = shop.sim.control.variant('TEE-L');
    expect(l).toMatchObject({ productTitle: 'Moth tee', price: '27.00', tracked: true, title: 'L', productId: shop.sim.control.variant('TEE-S').productId });
    expect(l.levels.map((x) => x.location)).toEqual(['Studio']);
    expect(l.available).toBe(7);
    const tee = await localProduct(shop, 'Moth tee');
    expect(localVariant(tee, 'TEE-L').shopify.variantId).toBe(l.variantId);
    expect(tee.shopify.syncState).toBe('synced');
    const { productVariants } = await shopifyGraphql<{ productVariants: { nodes: { barcode: string }[] } }>(shop, '{ productVariants(first: 5, query: "sku:TEE-L") { nodes { barcode } } }');
    expect(productVariants.nodes[0]?.barcode).toBe('4006381333931');
  });

  it('writes the product\u2019s other chosen fields too', async () => {
    const { product } = await shopifyGraphql<{ product: { vendor: string } }>(shop, 'query P($id: ID!) { product(id: $id) { vendor } }', { id: shop.sim.control.variant('TEE-S').productId });
    expect(product.vendor).toBe('Moth and Fern');
  });

  it('imports the Shopify variant into the product with Shopify\u2019s stock, linked', async () => {
    const hoodie = await localProduct(shop, 'Heron hoodie');
    const l = localVariant(hoodie, 'HER-L');
    expect(l).toMatchObject({ priceCents: 2700, optionValues: ['L'], onHand: 4 });
    expect(l.shopify.variantId).toBe(shop.sim.control.variant('HER-L').variantId);
    const movements = await shop.core.call('listStockMovements', { variantId: l.id });
    expect(movements.rows.map((m) => [m.kind, m.quantity])).toEqual([['stocktake', 4]]);
  });

  it('deletes on Shopify the variant removed in Stockpilot, and here the one removed on Shopify', async () => {
    expect(shopifyHas('BRAM-A2')).toBe(false);
    expect(shopifyHas('BRAM-A3')).toBe(true);
    expect((await localProduct(shop, 'Owl poster')).variants.map((v) => v.sku)).toEqual(['OWL-S']);
  });

  it('leaves what was left', async () => {
    expect(shopifyHas('LUNA-A2')).toBe(false);
    expect(localVariant(await localProduct(shop, 'Luna print'), 'LUNA-A2').shopify.variantId).toBeNull();
  });

  it('the next compare finds the variants in step', async () => {
    await shop.core.call('compareCatalog', {});
    for (const name of ['Moth tee', 'Heron hoodie', 'Bramble poster', 'Owl poster']) expect((await rowNamed(shop, name)).section).toBe('identical');
    expect(variantRow(await rowNamed(shop, 'Luna print'), 'LUNA-A2').change).toBe('added_in_stockpilot');
  });

  it('undo deletes the created variant on Shopify and the imported one here, and says the deletes stay', async () => {
    const undo = await shop.core.call('undoLastSync', {});
    expect(shopifyHas('TEE-L')).toBe(false);
    expect(localVariant(await localProduct(shop, 'Moth tee'), 'TEE-L').shopify.variantId).toBeNull();
    expect((await localProduct(shop, 'Heron hoodie')).variants.map((v) => v.sku)).toEqual(['HER-S', 'HER-M']);
    expect(undo.notRestored).toContainEqual({ name: 'Bramble poster \u2013 BRAM-A2 (A2)', reason: expect.stringContaining('Shopify cannot bring a deleted variant back') });
    expect(undo.notRestored).toContainEqual({ name: 'Owl poster \u2013 OWL-L (L)', reason: expect.stringContaining('undo does not bring it back') });
    await shop.core.call('compareCatalog', {});
    expect(variantRow(await rowNamed(shop, 'Moth tee'), 'TEE-L').change).toBe('added_in_stockpilot');
    expect(variantRow(await rowNamed(shop, 'Heron hoodie'), 'HER-L').change).toBe('added_on_shopify');
  });
});

describe('Leave all one-sided, and a delete that would lose committed units', () => {
  let summary: ApplySummary;

  beforeAll(async () => {
    const hoodie = await localProduct(shop, 'Heron hoodie');
    await shop.core.call('addCommitment', { variantId: localVariant(hoodie, 'HER-M').id, quantity: 2, reference: 'PO-7' });
    await deleteOnShopify('HER-M');
    await shop.core.call('compareCatalog', {});
    const p = await rowNamed(shop, 'Heron hoodie');
    await shop.core.call('setSyncVariantActions', { choices: [{ rowKey: p.key, variantKey: variantRow(p, 'HER-M').key, action: 'delete' }] });
    await shop.core.call('acceptAllSync', { side: 'stockpilot' });
    expect((await shop.core.call('getSyncReview', { limit: 1 })).tally?.oneSidedRemaining).toBeGreaterThan(0);
    const tally = await shop.core.call('leaveAllOneSided', {});
    expect(tally).toMatchObject({ oneSidedRemaining: 0, variantsToDelete: 1, variantsToCreate: 0, variantsToImport: 0 });
    summary = await shop.core.call('applySync', {});
  });

  it('leaves every one-sided variant not chosen yet, and keeps the choice made', async () => {
    expect(variantRow(await rowNamed(shop, 'Moth tee'), 'TEE-L').action).toBe('leave');
    expect(variantRow(await rowNamed(shop, 'Heron hoodie'), 'HER-M').action).toBe('delete');
    expect(shopifyHas('TEE-L')).toBe(false);
    expect(shopifyHas('HER-L')).toBe(true);
  });

  it('does not delete here a variant with units committed to open orders, and says why', async () => {
    expect(summary.failures).toEqual([{ key: expect.any(String), name: 'Heron hoodie', message: expect.stringContaining('has 2 units committed to open orders, so it was not deleted in Stockpilot') }]);
    expect(localVariant(await localProduct(shop, 'Heron hoodie'), 'HER-M').committed).toBe(2);
  });
});

/**
 * Full Sync & Compare against the local Shopify store seeded with the demo shop: every
 * deliberate difference of the demo seed shows up where the owner would look for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncDifference, SyncReviewProduct, SyncReviewRow } from '../../../src/shared/product-sync';
import { DEMO_BLANK_SKU_PRODUCT, DEMO_DUPLICATE_SKU } from '../../../src/demo/artist-merch-catalog';
import { DEMO_DRIFT } from '../../../src/shopify-sim/seeds/demo';
import { openSyncTestShop, type SyncTestShop } from './sync-test-shop';

let shop: SyncTestShop;
let rows: SyncReviewRow[];
beforeAll(async () => {
  shop = await openSyncTestShop();
  await shop.core.call('compareCatalog', {});
  rows = (await shop.core.call('getSyncReview', { limit: 500 })).rows.rows;
});
afterAll(() => shop.close());

const rowNamed = (name: string) => {
  const found = rows.filter((r) => r.name === name || r.shopifyTitle === name);
  expect(found, `rows named ${name}`).toHaveLength(1);
  return found[0] as SyncReviewRow;
};
const productNamed = (name: string): Promise<SyncReviewProduct> => shop.core.call('getSyncReviewProduct', { key: rowNamed(name).key });
const variantDifference = (p: SyncReviewProduct, sku: string, field: string): SyncDifference | undefined => p.variants.find((v) => v.sku === sku)?.differences.find((d) => d.field === field);

describe('comparing the demo catalog with the demo store', () => {
  it('reports its progress from counting to finished', () => {
    const phases = shop.events.filter((e) => e.name === 'syncCompareProgress').map((e) => (e.payload as { phase: string }).phase);
    expect(phases[0]).toBe('counting');
    expect(phases).toContain('reading');
    expect(phases.slice(-3)).toEqual(['comparing', 'saving', 'finished']);
  });

  it('shows the renamed product with both names', async () => {
    const p = await productNamed(DEMO_DRIFT.renamed.from);
    expect(p.section).toBe('different');
    expect(p.differences.find((d) => d.field === 'name')).toMatchObject({ stockpilot: DEMO_DRIFT.renamed.from, shopify: DEMO_DRIFT.renamed.to, recommended: 'stockpilot' });
  });

  it('shows the repriced variant, recommending Stockpilot\u2019s price', async () => {
    const p = rows.find((r) => r.differingFields.includes('price'));
    const product = await shop.core.call('getSyncReviewProduct', { key: p?.key ?? '' });
    const price = variantDifference(product, DEMO_DRIFT.repriced.sku, 'price');
    expect(price).toMatchObject({ recommended: 'stockpilot' });
    expect((price?.shopify as number) - (price?.stockpilot as number)).toBe(DEMO_DRIFT.repriced.extraCents);
    expect(product.section).toBe('different');
  });

  it('shows the listing status changed on Shopify, recommending Shopify\u2019s', async () => {
    const p = await productNamed(DEMO_DRIFT.statusChanged.product);
    expect(p.section).toBe('different');
    expect(p.differences.find((d) => d.field === 'listingStatus')).toMatchObject({ shopify: DEMO_DRIFT.statusChanged.status.toLowerCase(), recommended: 'shopify' });
  });

  it('shows the stock counted differently on Shopify', async () => {
    const row = rows.find((r) => r.section === 'different' && r.differingFields.includes('stock') && r.name.toLowerCase().includes('comet'));
    const p = await shop.core.call('getSyncReviewProduct', { key: row?.key ?? '' });
    const stock = variantDifference(p, DEMO_DRIFT.stockChanged.sku, 'stock');
    expect((stock?.shopify as number) - (stock?.stockpilot as number)).toBe(DEMO_DRIFT.stockChanged.extra);
    expect(stock?.recommended).toBe('stockpilot');
  });

  it('shows the product untracked on Shopify, and the one with mixed tracking', async () => {
    const untracked = await productNamed(DEMO_DRIFT.untracked.product);
    expect(untracked.differences.find((d) => d.field === 'trackInventory')).toMatchObject({ stockpilot: true, shopify: false });
    const mixed = await productNamed(DEMO_DRIFT.mixedTracking.product);
    const track = mixed.differences.find((d) => d.field === 'trackInventory');
    expect(track?.shopifyText).toBe(`mixed (${DEMO_DRIFT.mixedTracking.trackedVariants}/${mixed.shopifyVariantCount} tracked)`);
    expect([untracked.section, mixed.section]).toEqual(['different', 'different']);
  });

  it('lists the products found on one side only', () => {
    for (const name of DEMO_DRIFT.onlyInApp) expect(rowNamed(name).section).toBe('only_stockpilot');
    for (const name of DEMO_DRIFT.onlyInShopify) expect(rowNamed(name).section).toBe('only_shopify');
  });

  it('holds back the duplicated SKU and the blank SKU as issues, explained', async () => {
    const review = await shop.core.call('getSyncReview', { section: 'issues', limit: 100 });
    const duplicate = review.issues.rows.find((i) => i.kind === 'duplicate_sku');
    expect(duplicate).toMatchObject({ side: 'both', skus: [DEMO_DUPLICATE_SKU] });
    expect(duplicate?.rowKeys).toHaveLength(4);
    const tote = rows.filter((r) => r.name === DEMO_BLANK_SKU_PRODUCT);
    expect(tote.map((r) => [r.section, r.issueKinds.includes('blank_sku')])).toEqual([['issues', true]]);
    expect(review.rows.rows.every((r) => r.section === 'issues')).toBe(true);
  });

  it('sums it all up, and everything else is identical', async () => {
    const { summary } = await shop.core.call('getSyncReview', {});
    expect(summary).toMatchObject({ onlyInStockpilot: DEMO_DRIFT.onlyInApp.length, onlyInShopify: DEMO_DRIFT.onlyInShopify.length, stockpilotProducts: 60, shopifyProducts: 60 });
    expect(summary.identical + summary.different + summary.onlyInStockpilot + summary.onlyInShopify + summary.withIssues).toBe(rows.length);
    expect(summary.identical).toBeGreaterThan(40);
  });
});

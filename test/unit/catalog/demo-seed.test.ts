import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BLANK_SKU_PRODUCT, DEMO_DUPLICATE_SKU, demoBundles, demoProducts } from '../../../src/demo/artist-merch-catalog';
import { createCore } from '../../../src/main/core';
import { silentLogger } from '../../../src/main/core/logger';
import { ledgerMismatches, openTestShop, type TestShop } from '../../support/catalog-core';

let shop: TestShop;
beforeAll(() => {
  shop = openTestShop({ demoCatalog: true });
});
afterAll(() => shop.close());

describe('the demo catalog', () => {
  it('fills an empty data folder with an artist-merch shop of about 60 products and 300 variants', async () => {
    const page = await shop.core.call('listProducts', { limit: 500 });
    expect(page.total).toBe(demoProducts.length);
    expect(page.total).toBeGreaterThanOrEqual(55);
    const variants = page.rows.reduce((n, r) => n + r.variantCount, 0);
    expect(variants).toBeGreaterThanOrEqual(280);
    expect(variants).toBeLessThanOrEqual(320);
    expect(page.rows.filter((r) => !r.trackInventory).length).toBeGreaterThanOrEqual(3);
  });

  it('has exactly one SKU shared by two products, and one variant with no SKU', async () => {
    const duplicates = shop.query<{ sku: string; n: number }>(`SELECT sku, count(DISTINCT product_id) AS n FROM variants WHERE sku <> '' GROUP BY sku HAVING count(*) > 1`);
    expect(duplicates).toEqual([{ sku: DEMO_DUPLICATE_SKU, n: 2 }]);
    const blank = shop.query(`SELECT p.name FROM variants v JOIN products p ON p.id = v.product_id WHERE v.sku = ''`);
    expect(blank).toEqual([{ name: DEMO_BLANK_SKU_PRODUCT }]);
  });

  it('has auto-stock bundles whose stock is what their components can make', async () => {
    for (const bundle of demoBundles) {
      const [variant] = await shop.core.call('findVariantsBySku', { sku: bundle.sku });
      expect(variant!.components).toHaveLength(bundle.components.length);
      const canMake = Math.max(0, Math.min(...variant!.components.map((c) => Math.floor(c.onHand / c.quantity))));
      expect(variant!.onHand).toBe(canMake);
    }
  });

  it('has open wholesale commitments, held back from what can be sold', async () => {
    const { rows } = await shop.core.call('listProducts', { sort: { field: 'committed', direction: 'desc' }, limit: 5 });
    expect(rows[0]!.committed).toBeGreaterThan(0);
    expect(ledgerMismatches(shop)).toEqual([]);
  });

  it('is seeded only once', async () => {
    shop.core.close();
    const again = createCore({ dataDir: shop.dataDir, demoCatalog: true, log: silentLogger });
    expect((await again.call('listProducts', {})).total).toBe(demoProducts.length);
    again.close();
  });
});

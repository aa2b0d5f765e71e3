import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settleDrift } from '../../../src/main/sync/links/drift-detection';
import { openTempDatabase, type TempDatabase } from '../../support/temp-database';

let temp: TempDatabase;
beforeEach(() => {
  temp = openTempDatabase(9);
  const { db } = temp;
  // A product linked and synced under schema 9: its synced values know nothing of tags, barcodes or the listing.
  db.prepare(
    `INSERT INTO products (id, name, description_html, vendor, category, option_names, status, listing_status, track_inventory, tags,
       shopify_product_id, sync_state, last_synced_at, last_synced_json, created_at, updated_at)
     VALUES (1, 'Moth tee', '', 'Moth & Fern', 'Tees', '["Size"]', 'active', 'active', 1, '["organic","summer"]',
       'gid://shopify/Product/1', 'synced', '2026-11-01T00:00:00Z', ?, '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')`,
  ).run(
    JSON.stringify({ name: 'Moth tee', descriptionHtml: '', vendor: 'Moth & Fern', category: 'Tees', optionNames: ['Size'], status: 'active', listingStatus: 'active', trackInventory: true, variantIds: [1] }),
  );
  db.prepare(
    `INSERT INTO variants (id, product_id, position, sku, price_cents, option_values, barcode, shopify_variant_id, last_synced_json, created_at, updated_at)
     VALUES (1, 1, 0, 'TEE-M', 2500, '["M"]', '4006381333931', 'gid://shopify/ProductVariant/1', ?, '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')`,
  ).run(JSON.stringify({ sku: 'TEE-M', priceCents: 2500, optionValues: ['M'] }));
  temp.migrateToLatest();
});
afterEach(() => temp.close());

const stateOf = () => (temp.db.prepare('SELECT sync_state FROM products WHERE id = 1').get() as { sync_state: string }).sync_state;

describe('migration 10: compare-at price and the search engine listing', () => {
  it('gives every variant no compare-at price and every product an empty listing', () => {
    expect(temp.db.prepare('SELECT compare_at_price_cents FROM variants').all()).toEqual([{ compare_at_price_cents: null }]);
    expect(temp.db.prepare('SELECT seo_title, seo_description FROM products').all()).toEqual([{ seo_title: '', seo_description: '' }]);
  });

  it('leaves a product linked before the upgrade Synced when it is next touched', () => {
    expect(settleDrift(temp.db, [1])).toEqual([]);
    expect(stateOf()).toBe('synced');
  });

  it('marks it Out of Sync once one of the new fields is edited, and Synced again when edited back', () => {
    temp.db.prepare(`UPDATE variants SET compare_at_price_cents = 3000 WHERE id = 1`).run();
    expect(settleDrift(temp.db, [1])).toEqual([{ productId: 1, name: 'Moth tee' }]);
    temp.db.prepare(`UPDATE variants SET compare_at_price_cents = NULL WHERE id = 1`).run();
    settleDrift(temp.db, [1]);
    expect(stateOf()).toBe('synced');
    temp.db.prepare(`UPDATE products SET tags = '["organic"]' WHERE id = 1`).run();
    settleDrift(temp.db, [1]);
    expect(stateOf()).toBe('out_of_sync');
  });
});

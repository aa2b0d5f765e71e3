/**
 * Migration 11: images of linked products compared by their bytes. Shopify's media learnt
 * once are remembered by id; products linked before it have no synced images recorded, so
 * the upgrade marks none of them Out of Sync.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openTempDatabase, type TempDatabase } from '../../support/temp-database';

const now = '2026-12-01T00:00:00.000Z';
let temp: TempDatabase;
afterEach(() => temp.close());

describe('migration 11: shopify media hashes', () => {
  it('keeps one learnt hash per Shopify media, and leaves linked products without synced images', () => {
    temp = openTempDatabase(10);
    const { db } = temp;
    db.prepare(`INSERT INTO products (id, name, created_at, updated_at, shopify_product_id, sync_state) VALUES (1, 'Moth tee', ?, ?, 'gid://shopify/Product/1', 'synced')`).run(now, now);

    temp.migrateToLatest();

    expect(db.prepare('SELECT last_synced_images, sync_state FROM products').all()).toEqual([{ last_synced_images: null, sync_state: 'synced' }]);
    const learn = db.prepare('INSERT INTO shopify_media_hashes (media_id, url, sha256, file_name, downloaded_at) VALUES (?, ?, ?, ?, ?)');
    learn.run('gid://shopify/MediaImage/1', 'https://cdn.shopify.com/a.png', 'ab'.repeat(32), `${'ab'.repeat(32)}.png`, now);
    expect(() => learn.run('gid://shopify/MediaImage/1', 'https://cdn.shopify.com/b.png', 'cd'.repeat(32), `${'cd'.repeat(32)}.png`, now)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("UPDATE products SET last_synced_images = 'not json' WHERE id = 1").run()).toThrow(/CHECK/);
  });
});

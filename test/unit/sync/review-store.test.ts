import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/main/core/logger';
import { openDatabase } from '../../../src/main/db/open';
import type { WritableDB } from '../../../src/main/db/types';
import { compareCatalogs } from '../../../src/main/sync/compare/compare-catalogs';
import { REVIEWS_KEPT, reviewHeader, reviewIssues, reviewProduct, reviewRows, saveReview, shopifyProductOf } from '../../../src/main/sync/review/review-store';
import { ContractError } from '../../../src/shared/errors';
import { localProduct, localVariant, shopifyProduct, shopifyVariant } from './catalog-fixtures';

let dir: string;
let db: WritableDB;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stockpilot-review-'));
  db = openDatabase(join(dir, 'stockpilot.db'), { log: silentLogger });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const comparison = () =>
  compareCatalogs(
    [localProduct(1, 'Apple print', [localVariant('A', { priceCents: 900 })]), localProduct(2, 'Bramble poster', ['B']), localProduct(3, 'Dup', ['D', 'D']), localProduct(4, 'Same', ['S'])],
    [shopifyProduct(10, 'Apple print', [shopifyVariant('A', { priceCents: 1200 })]), shopifyProduct(12, 'Same', ['S']), shopifyProduct(13, 'Gift card', ['G'])],
  );
const meta = { createdAt: '2026-11-22T06:00:00.000Z', readMode: 'paged' as const, locationId: 'gid://shopify/Location/1' };

describe('a compare kept as a review', () => {
  it('is saved whole and read back by section, page by page, in display order', async () => {
    const id = await saveReview(db, comparison(), meta);
    expect(reviewHeader(db, undefined)).toMatchObject({ reviewId: id, ...meta, summary: { identical: 1, different: 1, onlyInStockpilot: 1, onlyInShopify: 1, withIssues: 1 } });
    const all = reviewRows(db, id, undefined, 0, 100);
    expect(all.rows.map((r) => r.section)).toEqual(['issues', 'different', 'only_stockpilot', 'only_shopify', 'identical']);
    expect(reviewRows(db, id, undefined, 1, 2).rows.map((r) => r.key)).toEqual(['p1-s10', 'p2']);
    expect(reviewRows(db, id, 'only_shopify', 0, 10)).toMatchObject({ total: 1, rows: [{ key: 's13', name: 'Gift card' }] });
    expect(reviewIssues(db, id, 0, 10).rows.map((i) => i.kind)).toEqual(['duplicate_sku']);
  });

  it('gives one product\u2019s differences, variants and issues by its row key', async () => {
    const id = await saveReview(db, comparison(), meta);
    const product = reviewProduct(db, id, 'p1-s10');
    expect(product).toMatchObject({ reviewId: id, section: 'different', differenceCount: 1 });
    expect(product.variants[0]?.differences.map((d) => [d.field, d.stockpilot, d.shopify, d.recommended])).toEqual([['price', 900, 1200, 'stockpilot']]);
    expect(reviewProduct(db, id, 'p3').issues.map((i) => i.kind)).toEqual(['duplicate_sku']);
  });

  it('keeps Shopify\u2019s product as read, for importing it later', async () => {
    const id = await saveReview(db, comparison(), meta);
    expect(shopifyProductOf(db, id, 's13')).toMatchObject({ id: 'gid://shopify/Product/13', title: 'Gift card', variants: [{ sku: 'G', tracked: true }] });
    expect(shopifyProductOf(db, id, 'p2')).toBeNull();
  });

  it('keeps only the last few reviews', async () => {
    const ids: number[] = [];
    for (let i = 0; i < REVIEWS_KEPT + 2; i++) ids.push(await saveReview(db, comparison(), meta));
    expect((db.prepare('SELECT id FROM sync_reviews ORDER BY id').all() as { id: number }[]).map((r) => r.id)).toEqual(ids.slice(-REVIEWS_KEPT));
    for (const table of ['sync_review_rows', 'sync_review_issues', 'sync_review_issue_rows']) {
      expect((db.prepare(`SELECT count(*) AS n FROM ${table} WHERE review_id = ?`).get(ids[0]) as { n: number }).n, table).toBe(0);
    }
    expect(() => reviewHeader(db, ids[0])).toThrow(/only the last 3 compares are kept/);
  });

  it('says plainly when there is no compare yet, or no such product', async () => {
    expect(() => reviewHeader(db, undefined)).toThrow(ContractError);
    expect(() => reviewHeader(db, undefined)).toThrow('There is no compare yet. Run Full Sync & Compare first.');
    const id = await saveReview(db, comparison(), meta);
    expect(() => reviewProduct(db, id, 'p999')).toThrow(/"p999" is not a product of review/);
  });

  it('a cancelled save leaves nothing behind, and the previous review stays the latest', async () => {
    const kept = await saveReview(db, comparison(), meta);
    const abort = new AbortController();
    abort.abort(new Error('cancelled'));
    await expect(saveReview(db, comparison(), meta, abort.signal)).rejects.toThrow('cancelled');
    expect(db.prepare('SELECT id FROM sync_reviews').all()).toEqual([{ id: kept }]);
    expect(reviewHeader(db, undefined).reviewId).toBe(kept);
  });

  it('a review a crash left half-written is never shown, and is swept by the next save', async () => {
    db.prepare(`INSERT INTO sync_reviews (id, created_at, read_mode, summary_json) VALUES (77, '2026-11-22T05:00:00Z', 'bulk', '{}')`).run();
    expect(() => reviewHeader(db, 77)).toThrow(/Review 77 does not exist/);
    const id = await saveReview(db, comparison(), meta);
    expect(db.prepare('SELECT id FROM sync_reviews').all()).toEqual([{ id }]);
  });
});

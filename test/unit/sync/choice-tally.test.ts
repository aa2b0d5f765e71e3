/**
 * The tally and Accept All a window of rows at a time (the app answers between windows) come
 * to the same as one pass over the whole review, and a product named that is not in the
 * review is refused before anything is chosen.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/main/core/logger';
import { openDatabase } from '../../../src/main/db/open';
import type { WritableDB } from '../../../src/main/db/types';
import { compareCatalogs } from '../../../src/main/sync/compare/compare-catalogs';
import { acceptAllInTurns, choiceTallyInTurns, ROWS_PER_TURN } from '../../../src/main/sync/review/choice-tally';
import { choiceTally } from '../../../src/main/sync/review/review-choices';
import { reviewRows, saveReview } from '../../../src/main/sync/review/review-store';
import type { LocalProduct, ShopifyProduct } from '../../../src/main/sync/catalog-read/catalog-snapshot';
import { localProduct, localVariant, shopifyProduct, shopifyVariant } from './catalog-fixtures';

let dir: string;
let db: WritableDB;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stockpilot-tally-'));
  db = openDatabase(join(dir, 'stockpilot.db'), { log: silentLogger });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const meta = { createdAt: '2026-11-30T06:00:00.000Z', readMode: 'bulk' as const, locationId: 'gid://shopify/Location/1' };
const PRODUCTS = ROWS_PER_TURN * 2 + 137;

/** Products of every kind, spread over several windows: repriced, auto-stock with stock differing, one side only, a SKU twice. */
function largeReview(): Promise<number> {
  const local: LocalProduct[] = [];
  const shopify: ShopifyProduct[] = [];
  for (let i = 1; i <= PRODUCTS; i++) {
    const sku = `SKU-${i}`;
    if (i % 97 !== 0) local.push(localProduct(i, `Product ${i}`, [localVariant(sku, { priceCents: 1000, stockForShopify: 4 })], { autoStock: i % 11 === 0 }));
    if (i % 89 !== 0) shopify.push(shopifyProduct(10_000 + i, `Product ${i}`, [shopifyVariant(i % 211 === 0 ? 'SKU-1' : sku, { priceCents: i % 3 === 0 ? 1100 : 1000, available: i % 5 === 0 ? 9 : 4 })]));
  }
  return saveReview(db, compareCatalogs(local, shopify), meta);
}

describe('the tally and Accept All in turns', () => {
  it('tally the same as one pass, before and after choices', async () => {
    const id = await largeReview();
    const before = choiceTally(db, id);
    expect(before.conflicts).toBeGreaterThan(ROWS_PER_TURN);
    expect(before.remainingShopifyDisabled).toBeGreaterThan(0);
    expect(await choiceTallyInTurns(db, id)).toEqual(before);

    await acceptAllInTurns(db, id, { side: 'shopify' });
    const shopifyChosen = choiceTally(db, id);
    expect(shopifyChosen.chosen).toBeGreaterThan(0);
    expect(shopifyChosen.remaining).toBe(before.remainingShopifyDisabled);
    expect(await choiceTallyInTurns(db, id)).toEqual(shopifyChosen);

    await acceptAllInTurns(db, id, { side: 'stockpilot', section: 'different' });
    expect(await choiceTallyInTurns(db, id)).toEqual(choiceTally(db, id));
    expect(choiceTally(db, id)).toMatchObject({ remaining: 0, chosen: before.conflicts });
  });

  it('tally some rows the same as one pass over them', async () => {
    const id = await largeReview();
    const keys = reviewRows(db, id, 'different', 0, ROWS_PER_TURN + 50).rows.map((r) => r.key);
    await acceptAllInTurns(db, id, { side: 'stockpilot', rowKeys: keys.slice(0, 30) });
    expect(await choiceTallyInTurns(db, id, keys)).toEqual(choiceTally(db, id, keys));
  });

  it('refuses a product that is not in the review before choosing anything', async () => {
    const id = await largeReview();
    const keys = reviewRows(db, id, 'different', 0, ROWS_PER_TURN + 10).rows.map((r) => r.key);
    await expect(acceptAllInTurns(db, id, { side: 'stockpilot', rowKeys: [...keys, 'p999999'] })).rejects.toThrow('has no product "p999999"');
    expect(choiceTally(db, id).chosen).toBe(0);
  });
});

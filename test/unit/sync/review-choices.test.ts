import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/main/core/logger';
import { openDatabase } from '../../../src/main/db/open';
import type { WritableDB } from '../../../src/main/db/types';
import { compareCatalogs } from '../../../src/main/sync/compare/compare-catalogs';
import { acceptAll, choiceTally, setChoices, setRowActions } from '../../../src/main/sync/review/review-choices';
import { reviewProduct, reviewRows, saveReview } from '../../../src/main/sync/review/review-store';
import { leaveAllOneSided } from '../../../src/main/sync/review/one-sided-choices';
import { localProduct, localVariant, shopifyProduct, shopifyVariant } from './catalog-fixtures';

let dir: string;
let db: WritableDB;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stockpilot-choices-'));
  db = openDatabase(join(dir, 'stockpilot.db'), { log: silentLogger });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const meta = { createdAt: '2026-11-30T06:00:00.000Z', readMode: 'paged' as const, locationId: 'gid://shopify/Location/1' };

/**
 * p1-s10: a price and a name differ · p2-s11: auto-stock, stock differs (Shopify's side disabled)
 * · p3: only here · s13: only on Shopify · p4/p5: one SKU twice here, p6-s15: a variant without SKU (held by issues).
 */
const review = () =>
  saveReview(
    db,
    compareCatalogs(
      [
        localProduct(1, 'Apple print', [localVariant('A', { priceCents: 900 })]),
        localProduct(2, 'Bundle', [localVariant('B', { stockForShopify: 3 })], { autoStock: true }),
        localProduct(3, 'Bramble poster', ['C']),
        localProduct(4, 'Dup one', [localVariant('D', { priceCents: 1 })]),
        localProduct(5, 'Dup two', ['D']),
        localProduct(6, 'Partial', [localVariant('E', { priceCents: 1 }), localVariant('')]),
      ],
      [
        shopifyProduct(10, 'Apple art print', [shopifyVariant('A', { priceCents: 1200 })]),
        shopifyProduct(11, 'Bundle', [shopifyVariant('B', { available: 7 })]),
        shopifyProduct(13, 'Gift card', ['G']),
        shopifyProduct(14, 'Dup', [shopifyVariant('D', { priceCents: 5 })]),
        shopifyProduct(15, 'Partial', [shopifyVariant('E', { priceCents: 2 })]),
      ],
    ),
    meta,
  );

describe('choosing sides on a review', () => {
  it('starts with nothing chosen and every conflict remaining', async () => {
    const id = await review();
    expect(choiceTally(db, id)).toEqual({ reviewId: id, conflicts: 3, chosen: 0, remaining: 3, remainingShopifyDisabled: 1, toCreate: 0, toImport: 0, oneSidedRemaining: 2, variantsToCreate: 0, variantsToImport: 0, variantsToDelete: 0 });
    expect(reviewProduct(db, id, 'p1-s10').differences.map((d) => d.chosen)).toEqual([null]);
    expect(reviewRows(db, id, 'different', 0, 10).rows.map((r) => [r.key, r.chosenCount, r.action])).toEqual([
      ['p1-s10', 0, null],
      ['p2-s11', 0, null],
    ]);
  });

  it('counts each choice, shows it on the product, and takes it back with null', async () => {
    const id = await review();
    const price = reviewProduct(db, id, 'p1-s10').variants[0]?.differences[0]?.id as string;
    setChoices(db, id, [{ differenceId: price, side: 'shopify' }]);
    expect(choiceTally(db, id)).toMatchObject({ chosen: 1, remaining: 2 });
    expect(reviewProduct(db, id, 'p1-s10')).toMatchObject({ chosenCount: 1, variants: [{ differences: [{ id: price, chosen: 'shopify' }] }] });
    setChoices(db, id, [{ differenceId: price, side: null }]);
    expect(choiceTally(db, id)).toMatchObject({ chosen: 0, remaining: 3 });
  });

  it('names the differences it does not know and changes nothing', async () => {
    const id = await review();
    expect(() => setChoices(db, id, [{ differenceId: 'p1-s10/name', side: 'stockpilot' }, { differenceId: 'p1-s10/vendor', side: 'stockpilot' }, { differenceId: 'p99/name', side: 'stockpilot' }])).toThrow(
      /no difference "p1-s10\/vendor", "p99\/name"/,
    );
    expect(choiceTally(db, id).chosen).toBe(0);
  });

  it('refuses Shopify\u2019s stock for an auto-stock variant, with the reason', async () => {
    const id = await review();
    const stock = reviewProduct(db, id, 'p2-s11').variants[0]?.differences[0];
    expect(stock?.shopifyChoiceDisabled).toBeTruthy();
    expect(() => setChoices(db, id, [{ differenceId: stock?.id as string, side: 'shopify' }])).toThrow(/auto-stock/);
    setChoices(db, id, [{ differenceId: stock?.id as string, side: 'stockpilot' }]);
    expect(choiceTally(db, id)).toMatchObject({ chosen: 1, remainingShopifyDisabled: 0 });
  });

  it('refuses choices in a product held by a blocking issue, which never counts', async () => {
    const id = await review();
    const held = reviewRows(db, id, 'issues', 0, 10).rows.find((r) => r.differenceCount > 0);
    expect(held).toBeDefined();
    const d = reviewProduct(db, id, held?.key as string).variants[0]?.differences[0];
    expect(() => setChoices(db, id, [{ differenceId: d?.id as string, side: 'stockpilot' }])).toThrow(/blocking issue/);
  });

  it('Accept All Shopify leaves the disabled field unchosen; one field can be overridden after', async () => {
    const id = await review();
    acceptAll(db, id, { side: 'shopify' });
    expect(choiceTally(db, id)).toMatchObject({ conflicts: 3, chosen: 2, remaining: 1, remainingShopifyDisabled: 1 });
    const name = reviewProduct(db, id, 'p1-s10').differences[0]?.id as string;
    setChoices(db, id, [{ differenceId: name, side: 'stockpilot' }]);
    expect(reviewProduct(db, id, 'p1-s10').differences[0]?.chosen).toBe('stockpilot');
    acceptAll(db, id, { side: 'stockpilot', rowKeys: ['p2-s11'] });
    expect(choiceTally(db, id)).toMatchObject({ chosen: 3, remaining: 0, remainingShopifyDisabled: 0 });
    expect(choiceTally(db, id, ['p1-s10'])).toMatchObject({ conflicts: 2, remaining: 0 });
  });

  it('Accept All for a section or rows touches only those', async () => {
    const id = await review();
    acceptAll(db, id, { side: 'stockpilot', rowKeys: ['p1-s10'] });
    expect(choiceTally(db, id)).toMatchObject({ chosen: 2, remaining: 1 });
    acceptAll(db, id, { side: 'stockpilot', section: 'only_shopify' });
    expect(choiceTally(db, id)).toMatchObject({ chosen: 2 });
    expect(() => acceptAll(db, id, { side: 'stockpilot', rowKeys: ['p1-s10', 'nope'] })).toThrow(/no product "nope"/);
  });
});

describe('products found on one side only', () => {
  it('can be created on Shopify or imported, per row or per section, and left again', async () => {
    const id = await review();
    setRowActions(db, id, { action: 'create', rowKeys: ['p3'] });
    setRowActions(db, id, { action: 'import', section: 'only_shopify' });
    expect(choiceTally(db, id)).toMatchObject({ toCreate: 1, toImport: 1 });
    expect(reviewRows(db, id, 'only_stockpilot', 0, 10).rows[0]).toMatchObject({ key: 'p3', action: 'create' });
    setRowActions(db, id, { action: 'leave', rowKeys: ['p3', 's13'] });
    expect(choiceTally(db, id)).toMatchObject({ toCreate: 0, toImport: 0, oneSidedRemaining: 0 });
    expect(reviewRows(db, id, 'only_stockpilot', 0, 10).rows[0]).toMatchObject({ key: 'p3', action: 'leave' });
  });

  it('start with nothing chosen (Apply waits), and Leave all one-sided leaves each one not chosen yet', async () => {
    const id = await review();
    expect(reviewRows(db, id, 'only_stockpilot', 0, 10).rows[0]).toMatchObject({ key: 'p3', action: null });
    expect(choiceTally(db, id)).toMatchObject({ oneSidedRemaining: 2 });
    setRowActions(db, id, { action: 'import', rowKeys: ['s13'] });
    leaveAllOneSided(db, id);
    expect(choiceTally(db, id)).toMatchObject({ oneSidedRemaining: 0, toImport: 1 });
    expect(reviewRows(db, id, 'only_stockpilot', 0, 10).rows[0]).toMatchObject({ action: 'leave' });
  });

  it('create only for products here alone, import only for products on Shopify alone', async () => {
    const id = await review();
    expect(() => setRowActions(db, id, { action: 'create', rowKeys: ['s13'] })).toThrow('s13 is not found in Stockpilot alone');
    expect(() => setRowActions(db, id, { action: 'import', rowKeys: ['p1-s10'] })).toThrow(/not found on Shopify alone/);
    expect(() => setRowActions(db, id, { action: 'import', section: 'only_stockpilot' })).toThrow(/Only products found on Shopify alone/);
    expect(choiceTally(db, id)).toMatchObject({ toCreate: 0, toImport: 0 });
  });
});

describe('a large review', () => {
  it('accepts all on 20,000 products / 100,000 variants and leaves nothing to choose (timed by npm run bench:sync)', async () => {
    const local = [];
    const shopify = [];
    for (let i = 1; i <= 20_000; i++) {
      const skus = [1, 2, 3, 4, 5].map((n) => `P${i}-${n}`);
      local.push(localProduct(i, `Product ${i}`, skus.map((sku) => localVariant(sku, { priceCents: 1000 }))));
      shopify.push(shopifyProduct(100_000 + i, `Product ${i}`, skus.map((sku, n) => shopifyVariant(sku, { priceCents: n === 0 ? 1100 : 1000 }))));
    }
    const id = await saveReview(db, compareCatalogs(local, shopify), meta);
    acceptAll(db, id, { side: 'stockpilot' });
    expect(choiceTally(db, id)).toMatchObject({ conflicts: 20_000, chosen: 20_000, remaining: 0 });
  }, 120_000);
});

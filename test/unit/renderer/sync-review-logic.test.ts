import { describe, expect, it } from 'vitest';
import type { SyncDifference, SyncReviewProduct, SyncReviewRow, SyncSummary } from '../../../src/shared/product-sync';
import { canChoose, chosenCount, nextUndecided, productConflicts, stepField, withChoice } from '../../../src/renderer/sync-review/conflict-order';
import { blocksCovering, firstSectionWithRows, patchRows, REVIEW_BLOCK_SIZE, reviewRowAt } from '../../../src/renderer/sync-review/review-rows';
import { choicesWords, differencesByFieldWords, sideText } from '../../../src/renderer/sync-review/field-words';
import { narrowToName, nameOrder } from '../../../src/renderer/sync-review/find-row';
import { applyBlockedBy, applyProgressWords, compareProgressWords, whatApplyDoes } from '../../../src/renderer/sync-review/run-words';

const difference = (id: string, patch: Partial<SyncDifference> = {}): SyncDifference => ({
  id,
  field: 'price',
  stockpilot: 3000,
  shopify: 3200,
  stockpilotText: '30.00',
  shopifyText: '32.00',
  recommended: 'stockpilot',
  note: null,
  shopifyChoiceDisabled: null,
  chosen: null,
  ...patch,
});

const row = (key: string, patch: Partial<SyncReviewRow> = {}): SyncReviewRow => ({
  key,
  section: 'different',
  stockpilotProductId: 1,
  shopifyProductId: '7',
  name: key,
  shopifyTitle: key,
  matchedBy: 'linked',
  variantCount: 1,
  shopifyVariantCount: 1,
  differenceCount: 2,
  differingFields: ['name', 'price'],
  issueKinds: [],
  suggestedRowKey: null,
  chosenCount: 0,
  action: null,
  oneSidedVariants: 0,
  oneSidedChosen: 0,
  ...patch,
});

const product = (): SyncReviewProduct => ({
  ...row('p1-s7'),
  reviewId: 1,
  differences: [difference('p1-s7/name', { field: 'name' })],
  variants: [
    { key: 'v1-sv9', stockpilotVariantId: 1, shopifyVariantId: '9', sku: 'A', shopifySku: 'A', optionValues: [], differences: [difference('p1-s7/v1-sv9/price'), difference('p1-s7/v1-sv9/stock', { field: 'stock', shopifyChoiceDisabled: 'auto-stock' })], change: null, action: null },
    { key: 'v2', stockpilotVariantId: 2, shopifyVariantId: null, sku: 'B', shopifySku: null, optionValues: [], differences: [], change: 'added_in_stockpilot', action: null },
  ],
  issues: [],
});

describe('a product\u2019s conflicts, in the order the review shows them', () => {
  it('lists product fields first, then each variant\u2019s', () => {
    expect(productConflicts(product()).map((d) => d.id)).toEqual(['p1-s7/name', 'p1-s7/v1-sv9/price', 'p1-s7/v1-sv9/stock']);
  });

  it('a choice changes only that field, and can be taken back', () => {
    const chosen = withChoice(product(), 'p1-s7/v1-sv9/price', 'shopify');
    expect(productConflicts(chosen).map((d) => d.chosen)).toEqual([null, 'shopify', null]);
    expect(chosenCount(chosen)).toBe(1);
    expect(chosenCount(withChoice(chosen, 'p1-s7/v1-sv9/price', null))).toBe(0);
  });

  it('an auto-stock variant\u2019s stock can only keep Stockpilot\u2019s number', () => {
    const stock = productConflicts(product())[2] as SyncDifference;
    expect(canChoose(stock, 'shopify')).toBe(false);
    expect(canChoose(stock, 'stockpilot')).toBe(true);
  });

  it('n finds the next field still to decide, skipping decided ones', () => {
    const fields = productConflicts(withChoice(product(), 'p1-s7/v1-sv9/price', 'stockpilot'));
    expect(nextUndecided(fields, null)?.id).toBe('p1-s7/name');
    expect(nextUndecided(fields, 'p1-s7/name')?.id).toBe('p1-s7/v1-sv9/stock');
    expect(nextUndecided(fields, 'p1-s7/v1-sv9/stock')).toBeUndefined();
  });

  it('↓ goes from the product into its fields and out past the last; ↑ back to the product line', () => {
    const fields = productConflicts(product());
    expect(stepField(fields, null, 1)).toBe('p1-s7/name');
    expect(stepField(fields, 'p1-s7/name', 1)).toBe('p1-s7/v1-sv9/price');
    expect(stepField(fields, 'p1-s7/v1-sv9/stock', 1)).toBeUndefined();
    expect(stepField(fields, 'p1-s7/name', -1)).toBeNull();
    expect(stepField(fields, null, -1)).toBeUndefined();
    expect(stepField([], null, 1)).toBeUndefined();
  });
});

describe('the review\u2019s rows, paged in blocks', () => {
  const blocks = new Map([[1, { rows: [row('a'), row('b')], generation: 0 }]]);

  it('finds a row by its place in the section', () => {
    expect(reviewRowAt(blocks, REVIEW_BLOCK_SIZE + 1)?.key).toBe('b');
    expect(reviewRowAt(blocks, 0)).toBeUndefined();
  });

  it('asks only for the blocks in view, and none past the end', () => {
    expect(blocksCovering(0, 30, null)).toEqual([0]);
    expect(blocksCovering(95, 205, 20_000)).toEqual([0, 1, 2]);
    expect(blocksCovering(95, 205, 150)).toEqual([0, 1]);
    expect(blocksCovering(0, 30, 0)).toEqual([]);
  });

  it('changes loaded rows in place and leaves the map alone when none is loaded', () => {
    const patched = patchRows(blocks, new Set(['b']), (r) => ({ ...r, action: 'create' }));
    expect(reviewRowAt(patched, REVIEW_BLOCK_SIZE + 1)?.action).toBe('create');
    expect(reviewRowAt(blocks, REVIEW_BLOCK_SIZE + 1)?.action).toBeNull();
    expect(patchRows(blocks, new Set(['zzz']), (r) => r)).toBe(blocks);
  });

  it('opens on the first section with products in it, differences first', () => {
    const summary = { different: 0, onlyInStockpilot: 0, onlyInShopify: 3, withIssues: 2, identical: 9 } as SyncSummary;
    expect(firstSectionWithRows(summary)).toBe('only_shopify');
    expect(firstSectionWithRows({ ...summary, different: 1 })).toBe('different');
    expect(firstSectionWithRows({ ...summary, onlyInShopify: 0, withIssues: 0, identical: 0 })).toBe('different');
  });
});

describe('what the review says', () => {
  it('prices read in the shop\u2019s currency; other values as the compare wrote them', () => {
    expect(sideText(difference('x'), 'shopify', 'USD')).toBe('$32.00');
    expect(sideText(difference('x', { field: 'trackInventory', shopify: 'mixed (1/2 tracked)', shopifyText: 'mixed (1/2 tracked)' }), 'shopify', 'USD')).toBe('mixed (1/2 tracked)');
  });

  it('Syncing Information counts differences by field, most first, in the owner\u2019s words', () => {
    expect(differencesByFieldWords({ differencesByField: { stock: 3, price: 12, name: 0, trackInventory: 3 } })).toBe('Price 12, Stock 3, Track inventory 3');
    expect(differencesByFieldWords({ differencesByField: {} })).toBe('');
  });

  it('a row tells how far its choices are', () => {
    expect(choicesWords({ chosenCount: 1, differenceCount: 3 })).toBe('1 of 3 chosen');
    expect(choicesWords({ chosenCount: 3, differenceCount: 3 })).toBe('All chosen');
    expect(choicesWords({ chosenCount: 3, differenceCount: 3, oneSidedVariants: 2, oneSidedChosen: 1 })).toBe('4 of 5 chosen');
  });

  const tally = { reviewId: 1, conflicts: 8, chosen: 6, remaining: 2, remainingShopifyDisabled: 1, toCreate: 1, toImport: 0, oneSidedRemaining: 0, variantsToCreate: 0, variantsToImport: 0, variantsToDelete: 0 };

  it('Apply says why it waits, including conflicts that can only keep Stockpilot\u2019s value', () => {
    expect(applyBlockedBy(tally, false)).toBe('Choose a side for 2 more conflicts (1 can only keep Stockpilot\u2019s value) first.');
    expect(applyBlockedBy({ ...tally, remaining: 1, remainingShopifyDisabled: 0 }, false)).toBe('Choose a side for 1 more conflict first.');
    expect(applyBlockedBy({ ...tally, remaining: 0 }, true)).toBe('An apply is running.');
    expect(applyBlockedBy(null, false)).not.toBeNull();
    expect(applyBlockedBy({ ...tally, remaining: 0, remainingShopifyDisabled: 0 }, false)).toBeNull();
  });

  it('the confirmation says what Apply will do', () => {
    expect(whatApplyDoes(tally)).toBe('6 chosen values written where you chose, 1 product created on Shopify; products matched by SKU are linked.');
  });

  it('the apply counts the product in hand as the one being done', () => {
    expect(applyProgressWords({ runId: 1, phase: 'applying', done: 0, total: 5, current: 'Enamel mug', message: '' })).toBe('Applying 1 of 5: Enamel mug');
    expect(applyProgressWords({ runId: 1, phase: 'finished', done: 5, total: 5, current: null, message: 'Applied 5 products' })).toBe('Applied 5 products');
  });

  it('the compare\u2019s progress counts products read once the total is known', () => {
    expect(compareProgressWords({ phase: 'reading', readMode: 'bulk', done: 1200, total: 20_000, message: 'Reading Shopify\u2019s products' })).toBe(`Reading Shopify\u2019s products (${(1200).toLocaleString()} of ${(20_000).toLocaleString()})`);
    expect(compareProgressWords({ phase: 'counting', readMode: null, done: 0, total: null, message: 'Counting' })).toBe('Counting');
  });
});

describe('finding a product in a large section without reading it all', () => {
  const names = Array.from({ length: 20_000 }, (_, i) => `Product ${i}`).concat(['apron', 'Apron', 'BAG', 'candle']).sort(nameOrder);
  const firstOf = (name: string) => names.findIndex((n) => nameOrder(n, name) >= 0);

  it('narrows 20,000 rows to one page holding the first row of the name, whatever its case, in few reads', async () => {
    for (const name of ['apron', 'bag', 'Candle', 'product 19499', 'PRODUCT 5']) {
      let reads = 0;
      const window = await narrowToName(names.length, name, async (i) => (reads++, names[i]), 400);
      expect(window).not.toBeNull();
      const first = firstOf(name);
      expect(first).toBeGreaterThanOrEqual(window?.low ?? Infinity);
      expect(first).toBeLessThanOrEqual(window?.high ?? -1);
      expect((window?.high ?? 0) - (window?.low ?? 0)).toBeLessThanOrEqual(400);
      expect(reads).toBeLessThanOrEqual(7);
    }
  });

  it('ends at the last page for a name after every row, and gives up when a read fails', async () => {
    expect((await narrowToName(names.length, 'Zebra', async (i) => names[i], 400))?.high).toBe(names.length);
    expect(await narrowToName(names.length, 'mug', async () => undefined, 400)).toBeNull();
    expect(await narrowToName(3, 'mug', async () => undefined, 400)).toEqual({ low: 0, high: 3 });
  });
});

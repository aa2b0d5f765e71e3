import { describe, expect, it } from 'vitest';
import { compareCatalogs, type Comparison } from '../../../src/main/sync/compare/compare-catalogs';
import { localProduct, localVariant, shopifyProduct, shopifyVariant } from './catalog-fixtures';

const rowOf = (c: Comparison, key: string) => {
  const found = c.rows.find((r) => r.row.key === key);
  if (!found) throw new Error(`no row ${key}; rows: ${c.rows.map((r) => r.row.key).join(', ')}`);
  return found;
};
const issuesOf = (c: Comparison, kind: string) => c.issues.filter((i) => i.kind === kind);

describe('matching products between Stockpilot and Shopify', () => {
  it('pairs products whose SKUs match and calls them identical when nothing differs', () => {
    const c = compareCatalogs([localProduct(1, 'Moth tee', ['TEE-M', 'TEE-L'])], [shopifyProduct(10, 'Moth tee', ['TEE-L', 'TEE-M'])]);
    expect(c.rows.map((r) => [r.row.key, r.row.section, r.row.matchedBy])).toEqual([['p1-s10', 'identical', 'sku']]);
    expect(c.summary).toMatchObject({ identical: 1, different: 0, onlyInStockpilot: 0, onlyInShopify: 0, withIssues: 0, differences: 0 });
  });

  it('matches on the trimmed SKU', () => {
    const c = compareCatalogs([localProduct(1, 'Print', [' PRT-A4 '])], [shopifyProduct(10, 'Print', ['PRT-A4'])]);
    expect(c.summary.identical).toBe(1);
  });

  it('lists products found on one side only, ready to create or import', () => {
    const c = compareCatalogs([localProduct(1, 'Bramble poster', ['PST-BRAMBLE'])], [shopifyProduct(10, 'Gift card', ['GIFT-25'])]);
    expect(rowOf(c, 'p1').row.section).toBe('only_stockpilot');
    expect(rowOf(c, 's10').row.section).toBe('only_shopify');
    expect(c.summary).toMatchObject({ onlyInStockpilot: 1, onlyInShopify: 1 });
  });

  it('a linked Shopify product id wins over a SKU that points elsewhere', () => {
    const local = localProduct(1, 'Luna print', [localVariant('PRT-LUNA', { shopifyVariantId: 'gid://shopify/ProductVariant/9001' })], { shopifyProductId: 'gid://shopify/Product/10' });
    const linked = shopifyProduct(10, 'Luna print', [shopifyVariant('PRT-LUNA-OLD', { id: 'gid://shopify/ProductVariant/9001' })]);
    const other = shopifyProduct(11, 'Luna print copy', ['PRT-LUNA']);
    const c = compareCatalogs([local], [linked, other]);
    const pair = rowOf(c, 'p1-s10');
    expect(pair.row.matchedBy).toBe('linked');
    expect(pair.variants[0]?.differences.map((d) => [d.field, d.stockpilot, d.shopify])).toEqual([['sku', 'PRT-LUNA', 'PRT-LUNA-OLD']]);
    // The other product carries the SKU the linked variant has here: the same variant twice.
    expect(issuesOf(c, 'variant_matched_twice')[0]?.rowKeys.sort()).toEqual(['p1-s10', 's11']);
  });

  it('a SKU differing only in case or spacing is a suggestion, never a match', () => {
    const c = compareCatalogs([localProduct(1, 'Moth tee', ['tee-moth m'])], [shopifyProduct(10, 'Moth tee', ['TEE-MOTH M', 'TEE-MOTHM-XL'])]);
    expect(rowOf(c, 'p1').row).toMatchObject({ section: 'only_stockpilot', suggestedRowKey: 's10', matchedBy: null });
    expect(rowOf(c, 's10').row).toMatchObject({ section: 'only_shopify', suggestedRowKey: 'p1' });
    const [suggestion] = issuesOf(c, 'sku_suggestion');
    expect(suggestion).toMatchObject({ blocking: false, skus: ['tee-moth m', 'TEE-MOTH M'] });
    expect(suggestion?.message).toContain('differ only in case or spacing');
    expect(c.summary).toMatchObject({ suggestions: 1, issues: 0, withIssues: 0 });
  });
});

describe('issues that block a healthy sync', () => {
  it('a SKU used twice on both sides is one issue, and none of its products is matched by it', () => {
    const c = compareCatalogs(
      [localProduct(1, 'Night Garden zine', ['ZIN-NG']), localProduct(2, 'Wall calendar', ['ZIN-NG'])],
      [shopifyProduct(10, 'Night Garden zine', ['ZIN-NG']), shopifyProduct(11, 'Wall calendar', ['ZIN-NG'])],
    );
    const [duplicate] = issuesOf(c, 'duplicate_sku');
    expect(duplicate).toMatchObject({ side: 'both', blocking: true, skus: ['ZIN-NG'] });
    expect(duplicate?.rowKeys.sort()).toEqual(['p1', 'p2', 's10', 's11']);
    expect(duplicate?.message).toContain('Stockpilot cannot tell which is which');
    expect(duplicate?.fix).toContain('Give each variant its own SKU');
    expect(c.rows.every((r) => r.row.section === 'issues')).toBe(true);
    expect(c.summary).toMatchObject({ withIssues: 4, issues: 1, identical: 0 });
  });

  it('a SKU used twice on one side only names that side', () => {
    const c = compareCatalogs([localProduct(1, 'Tee', ['TEE-M'])], [shopifyProduct(10, 'Tee', ['TEE-M']), shopifyProduct(11, 'Old tee', ['TEE-M'])]);
    expect(issuesOf(c, 'duplicate_sku')[0]).toMatchObject({ side: 'shopify' });
  });

  it('variants without a SKU are named per product and side', () => {
    const c = compareCatalogs([localProduct(1, 'Fern tote', ['TOTE-NAT', ''])], [shopifyProduct(10, 'Fern tote', ['TOTE-NAT', '   '])]);
    const blanks = issuesOf(c, 'blank_sku');
    expect(blanks.map((i) => i.side).sort()).toEqual(['shopify', 'stockpilot']);
    expect(blanks[0]?.message).toMatch(/1 of 2 variants of "Fern tote" in (Stockpilot|Shopify) has no SKU/);
    expect(rowOf(c, 'p1-s10').row.section).toBe('issues');
  });

  it('a SKU used twice names each variant by its SKU, options and product', () => {
    const c = compareCatalogs(
      [localProduct(1, 'Moth tee', [localVariant('TEE-M', { optionValues: ['M', 'Black'] }), localVariant('TEE-M', { optionValues: ['L', 'Black'] })])],
      [shopifyProduct(10, 'Moth tee', ['TEE-M'])],
    );
    expect(issuesOf(c, 'duplicate_sku')[0]?.message).toBe(
      'The SKU TEE-M is used by 2 variants in Stockpilot (TEE-M (M / Black) of "Moth tee", TEE-M (L / Black) of "Moth tee"), so Stockpilot cannot tell which is which.',
    );
  });

  it('variants without a SKU are named by their options', () => {
    const c = compareCatalogs([localProduct(1, 'Fern tote', [localVariant('TOTE-NAT', { optionValues: ['Natural'] }), localVariant(' ', { optionValues: ['Black'] })])], []);
    expect(issuesOf(c, 'blank_sku')[0]?.message).toBe('1 of 2 variants (Black) of "Fern tote" in Stockpilot has no SKU, so it cannot be matched or kept in stock by SKU.');
  });
  it('a variant matched to two products is flagged on both', () => {
    const c = compareCatalogs(
      [
        localProduct(1, 'Pin set', [localVariant('PIN-A', { shopifyVariantId: 'gid://shopify/ProductVariant/500' })], { shopifyProductId: 'gid://shopify/Product/10' }),
        localProduct(2, 'Gold pin', ['PIN-B']),
      ],
      [shopifyProduct(10, 'Pin set', [shopifyVariant('PIN-A', { id: 'gid://shopify/ProductVariant/500' }), 'PIN-B'])],
    );
    const [twice] = issuesOf(c, 'variant_matched_twice');
    expect(twice?.message).toBe('The variant PIN-B of "Pin set" on Shopify matches both "Pin set" in Stockpilot (linked) and "Gold pin" in Stockpilot.');
    expect(twice?.rowKeys.sort()).toEqual(['p1-s10', 'p2']);
    expect(rowOf(c, 'p2').row.section).toBe('issues');
  });

  it('a product whose variants match two different Shopify products is not paired with either', () => {
    const c = compareCatalogs([localProduct(1, 'Sticker pack', ['STK-A', 'STK-B'])], [shopifyProduct(10, 'Sticker A', ['STK-A']), shopifyProduct(11, 'Sticker B', ['STK-B'])]);
    expect(issuesOf(c, 'partial_variant_match')[0]?.message).toContain('match variants of 2 different products in Shopify');
    expect(c.rows.map((r) => r.row.key).sort()).toEqual(['p1', 's10', 's11']);
    expect(c.rows.every((r) => r.row.section === 'issues')).toBe(true);
  });

  it('a product linked to a Shopify product that is gone is listed as only in Stockpilot, with a note', () => {
    const c = compareCatalogs([localProduct(1, 'Heron hoodie', ['HOOD-M'], { shopifyProductId: 'gid://shopify/Product/404' })], []);
    expect(rowOf(c, 'p1').row.section).toBe('only_stockpilot');
    expect(issuesOf(c, 'linked_product_missing')[0]).toMatchObject({ blocking: false, rowKeys: ['p1'] });
  });

  it('a product whose linked Shopify product is gone still matches a new one by SKU', () => {
    const c = compareCatalogs([localProduct(1, 'Heron hoodie', ['HOOD-M'], { shopifyProductId: 'gid://shopify/Product/404' })], [shopifyProduct(10, 'Heron hoodie', ['HOOD-M'])]);
    expect(c.rows.map((r) => [r.row.key, r.row.section, r.row.matchedBy])).toEqual([['p1-s10', 'identical', 'sku']]);
    expect(c.issues).toEqual([]);
  });

  it('lists blocking issues before suggestions and sorts rows by section, then name', () => {
    const c = compareCatalogs(
      [localProduct(1, 'Zebra print', ['Z-1']), localProduct(2, 'Apple print', ['A-1']), localProduct(3, 'Dup', ['D', 'D']), localProduct(4, 'look', ['lk-1'])],
      [shopifyProduct(10, 'Zebra print', ['Z-1'], { title: 'Zebra Print' }), shopifyProduct(11, 'Apple print', ['A-1']), shopifyProduct(12, 'Look', ['LK-1'])],
    );
    expect(c.rows.map((r) => r.row.section)).toEqual(['issues', 'different', 'only_stockpilot', 'only_shopify', 'identical']);
    expect(c.issues.map((i) => i.blocking)).toEqual([true, false]);
  });
});

describe('variants of a matched product found on one side only', () => {
  it('are rows of their own, and the product is not held: its other differences sync', () => {
    const c = compareCatalogs([localProduct(1, 'Moth tee', ['TEE-S', 'TEE-M', 'TEE-L'], { vendor: 'Moth & Fern' })], [shopifyProduct(10, 'Moth tee', ['TEE-S', 'TEE-M'], { vendor: 'M&F' })]);
    const row = rowOf(c, 'p1-s10');
    expect(row.row).toMatchObject({ section: 'different', oneSidedVariants: 1, issueKinds: [] });
    expect(row.differences.map((d) => d.field)).toContain('vendor');
    expect(row.variants.find((v) => v.sku === 'TEE-L')).toMatchObject({ change: 'added_in_stockpilot', action: null });
    expect(c.issues).toEqual([]);
  });

  it('tell added from removed by the links', () => {
    const local = localProduct(1, 'Owl poster', [localVariant('OWL-S', { shopifyVariantId: 'gid://shopify/ProductVariant/700' }), localVariant('OWL-L', { shopifyVariantId: 'gid://shopify/ProductVariant/701' })], {
      shopifyProductId: 'gid://shopify/Product/10',
      removedShopifyVariantIds: ['gid://shopify/ProductVariant/702'],
    });
    const shopify = shopifyProduct(10, 'Owl poster', [
      shopifyVariant('OWL-S', { id: 'gid://shopify/ProductVariant/700' }),
      shopifyVariant('OWL-M', { id: 'gid://shopify/ProductVariant/702' }),
      shopifyVariant('OWL-XL', { id: 'gid://shopify/ProductVariant/703' }),
    ]);
    const row = rowOf(compareCatalogs([local], [shopify]), 'p1-s10');
    expect(row.variants.filter((v) => v.change).map((v) => [v.sku ?? v.shopifySku, v.change])).toEqual([
      ['OWL-L', 'removed_on_shopify'],
      ['OWL-M', 'removed_in_stockpilot'],
      ['OWL-XL', 'added_on_shopify'],
    ]);
  });

  it('whose SKUs differ only in case or spacing are pointed out, without holding the product', () => {
    const c = compareCatalogs([localProduct(1, 'Moth tee', ['TEE-S', 'TEE-M'])], [shopifyProduct(10, 'Moth tee', ['TEE-S', 'tee-m '])]);
    const [hint] = issuesOf(c, 'sku_suggestion');
    expect(hint).toMatchObject({ blocking: false });
    expect(hint?.message).toContain('TEE-M / tee-m');
    expect(rowOf(c, 'p1-s10').row.section).toBe('different');
  });
});

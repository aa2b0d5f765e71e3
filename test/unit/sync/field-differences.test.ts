import { describe, expect, it } from 'vitest';
import { compareCatalogs } from '../../../src/main/sync/compare/compare-catalogs';
import { normaliseDescription, sameDescription } from '../../../src/main/sync/compare/description-html';
import { priceToCents } from '../../../src/main/sync/catalog-read/shopify-catalog-records';
import type { LocalProduct, ShopifyProduct } from '../../../src/main/sync/catalog-read/catalog-snapshot';
import { localProduct, localVariant, shopifyProduct, shopifyVariant } from './catalog-fixtures';

function pairOf(local: LocalProduct, shopify: ShopifyProduct) {
  const c = compareCatalogs([local], [shopify]);
  const [row] = c.rows;
  if (!row) throw new Error('no row');
  return { row, summary: c.summary, product: (field: string) => row.differences.find((d) => d.field === field), variant: (field: string) => row.variants.flatMap((v) => v.differences).find((d) => d.field === field) };
}

describe('field differences of a matched product', () => {
  it('shows both values of each differing field, a recommended side, and no choice made', () => {
    const p = pairOf(
      localProduct(1, 'Heron hoodie', [localVariant('HOOD-M', { priceCents: 5500 })], { vendor: 'Moth & Fern', category: 'Hoodies', optionNames: ['Size'] }),
      shopifyProduct(10, 'Heron hoodie (organic cotton)', [shopifyVariant('HOOD-M', { priceCents: 5800 })], { vendor: 'M&F', productType: 'Sweaters', optionNames: ['Taille'] }),
    );
    expect(p.row.row.section).toBe('different');
    expect(p.product('name')).toMatchObject({ id: 'p1-s10/name', stockpilot: 'Heron hoodie', shopify: 'Heron hoodie (organic cotton)', recommended: 'stockpilot' });
    expect(p.product('vendor')).toMatchObject({ stockpilot: 'Moth & Fern', shopify: 'M&F' });
    expect(p.product('category')).toMatchObject({ stockpilot: 'Hoodies', shopify: 'Sweaters' });
    expect(p.product('optionNames')).toMatchObject({ stockpilot: ['Size'], shopify: ['Taille'] });
    expect(p.variant('price')).toMatchObject({ stockpilot: 5500, shopify: 5800, stockpilotText: '55.00', shopifyText: '58.00', recommended: 'stockpilot' });
    expect(p.variant('price')?.id).toMatch(/^p1-s10\/v\d+-sv\d+\/price$/);
    for (const d of [...p.row.differences, ...p.row.variants.flatMap((v) => v.differences)]) expect(d).not.toHaveProperty('choice');
    expect(p.summary.differences).toBe(5);
    expect(p.row.row.differingFields.sort()).toEqual(['category', 'name', 'optionNames', 'price', 'vendor']);
  });

  it('recommends Shopify\u2019s content when Stockpilot\u2019s is blank', () => {
    const p = pairOf(localProduct(1, 'Tee', ['T'], { vendor: '' }), shopifyProduct(10, 'Tee', ['T'], { vendor: 'Moth & Fern' }));
    expect(p.product('vendor')?.recommended).toBe('shopify');
  });

  it('compares descriptions as what a shopper reads, not as markup', () => {
    const local = '<p>Hand-printed&nbsp;on <strong>organic</strong> cotton.</p>\n\n<br/>';
    const same = '<P>Hand-printed on <STRONG>organic</STRONG> cotton.</P><br>';
    expect(pairOf(localProduct(1, 'Tee', ['T'], { descriptionHtml: local }), shopifyProduct(10, 'Tee', ['T'], { descriptionHtml: same })).row.row.section).toBe('identical');
    const changed = pairOf(localProduct(1, 'Tee', ['T'], { descriptionHtml: local }), shopifyProduct(10, 'Tee', ['T'], { descriptionHtml: '<p>Hand-printed on recycled cotton.</p>' }));
    expect(changed.product('description')).toMatchObject({ stockpilot: local, shopify: '<p>Hand-printed on recycled cotton.</p>', recommended: 'stockpilot' });
  });

  it('maps Stockpilot\u2019s status to Shopify\u2019s: archived is inactive, active is active', () => {
    const archived = pairOf(localProduct(1, 'Old tee', ['T'], { status: 'inactive', listingStatus: 'archived' }), shopifyProduct(10, 'Old tee', ['T'], { status: 'ARCHIVED' }));
    expect(archived.row.row.section).toBe('identical');
    const listed = pairOf(localProduct(1, 'Old tee', ['T'], { status: 'inactive', listingStatus: 'active' }), shopifyProduct(10, 'Old tee', ['T'], { status: 'ACTIVE' }));
    expect(listed.product('status')).toMatchObject({ stockpilot: 'inactive', shopify: 'active', recommended: 'stockpilot' });
    expect(listed.product('listingStatus')).toBeUndefined();
    const sold = pairOf(localProduct(1, 'Tee', ['T'], { status: 'active', listingStatus: 'archived' }), shopifyProduct(10, 'Tee', ['T'], { status: 'ARCHIVED' }));
    expect(sold.product('status')).toMatchObject({ stockpilot: 'active', shopify: 'inactive', shopifyText: 'inactive (archived on Shopify)' });
  });

  it('a draft on Shopify agrees with either status: it sells nothing', () => {
    for (const status of ['active', 'inactive'] as const) {
      const p = pairOf(localProduct(1, 'Calendar', ['C'], { status, listingStatus: 'draft' }), shopifyProduct(10, 'Calendar', ['C'], { status: 'DRAFT' }));
      expect(p.row.row.section).toBe('identical');
    }
  });

  it('recommends Shopify\u2019s listing status', () => {
    const p = pairOf(localProduct(1, 'Owl poster', ['P'], { listingStatus: 'active' }), shopifyProduct(10, 'Owl poster', ['P'], { status: 'DRAFT' }));
    expect(p.product('listingStatus')).toMatchObject({ stockpilot: 'active', shopify: 'draft', recommended: 'shopify' });
    expect(p.product('status')).toBeUndefined();
  });

  it('shows Shopify\u2019s per-variant tracking against Stockpilot\u2019s per-product switch, mixed included', () => {
    const mixed = pairOf(
      localProduct(1, 'Moth mug', ['M-1', 'M-2', 'M-3']),
      shopifyProduct(10, 'Moth mug', [shopifyVariant('M-1'), shopifyVariant('M-2'), shopifyVariant('M-3', { tracked: false })]),
    );
    expect(mixed.product('trackInventory')).toMatchObject({ stockpilot: true, shopify: 'mixed (2/3 tracked)', stockpilotText: 'tracked', shopifyText: 'mixed (2/3 tracked)', recommended: 'stockpilot' });
    expect(mixed.product('trackInventory')?.note).toContain('the next compare flags it again while Shopify\u2019s variants stay mixed');
    const untracked = pairOf(localProduct(1, 'Zine', ['Z']), shopifyProduct(10, 'Zine', [shopifyVariant('Z', { tracked: false })]));
    expect(untracked.product('trackInventory')).toMatchObject({ stockpilot: true, shopify: false, shopifyText: 'not tracked' });
    const both = pairOf(localProduct(1, 'Download', [localVariant('D', { stockForShopify: null })], { trackInventory: false }), shopifyProduct(10, 'Download', [shopifyVariant('D', { tracked: false })]));
    expect(both.row.row.section).toBe('identical');
  });

  it('compares the stock Stockpilot would show with Shopify\u2019s available at the location', () => {
    const p = pairOf(localProduct(1, 'Comet pin', [localVariant('PIN', { onHand: 12, committed: 3, stockForShopify: 9 })]), shopifyProduct(10, 'Comet pin', [shopifyVariant('PIN', { available: 13 })]));
    expect(p.variant('stock')).toMatchObject({ stockpilot: 9, shopify: 13, stockpilotText: '9 available (12 on hand, 3 committed)', shopifyText: '13 available', recommended: 'stockpilot', shopifyChoiceDisabled: null });
    const same = pairOf(localProduct(1, 'Comet pin', [localVariant('PIN', { stockForShopify: 9 })]), shopifyProduct(10, 'Comet pin', [shopifyVariant('PIN', { available: 9 })]));
    expect(same.row.row.section).toBe('identical');
  });

  it('does not compare stock where it is not kept: untracked, not stocked at the location, or not synced', () => {
    const notStocked = pairOf(localProduct(1, 'Pin', [localVariant('PIN', { stockForShopify: 4 })]), shopifyProduct(10, 'Pin', [shopifyVariant('PIN', { available: null })]));
    expect(notStocked.variant('stock')).toBeUndefined();
    const dontSync = pairOf(localProduct(1, 'Pin', [localVariant('PIN', { stockForShopify: null })]), shopifyProduct(10, 'Pin', [shopifyVariant('PIN', { available: 7 })]));
    expect(dontSync.variant('stock')).toBeUndefined();
  });

  it('an auto-stock variant cannot take Shopify\u2019s stock, and says why', () => {
    const p = pairOf(localProduct(1, 'Pin pair', [localVariant('BND', { stockForShopify: 2 })], { autoStock: true }), shopifyProduct(10, 'Pin pair', [shopifyVariant('BND', { available: 5 })]));
    expect(p.variant('stock')?.shopifyChoiceDisabled).toContain('Turn off auto-stock, or keep Stockpilot\u2019s');
  });

  it('mentions a change on Shopify that Stockpilot could not explain, whose push waits for a choice', () => {
    const p = pairOf(localProduct(1, 'Pin', [localVariant('PIN', { stockForShopify: 6, pendingShopifyChange: -2 })]), shopifyProduct(10, 'Pin', [shopifyVariant('PIN', { available: 4 })]));
    expect(p.variant('stock')?.note).toContain('Shopify\u2019s number changed by -2 in a way Stockpilot could not explain');
    expect(p.variant('stock')?.note).toContain('waits for a choice');
  });

  it('says nothing of a change on Shopify when none is open', () => {
    const p = pairOf(localProduct(1, 'Pin', [localVariant('PIN', { stockForShopify: 6 })]), shopifyProduct(10, 'Pin', [shopifyVariant('PIN', { available: 4 })]));
    expect(p.variant('stock')?.note).not.toContain('could not explain');
  });

  it('compares option values per variant', () => {
    const p = pairOf(localProduct(1, 'Tee', [localVariant('T-M', { optionValues: ['M'] })], { optionNames: ['Size'] }), shopifyProduct(10, 'Tee', [shopifyVariant('T-M', { optionValues: ['Medium'] })], { optionNames: ['Size'] }));
    expect(p.variant('optionValues')).toMatchObject({ stockpilot: ['M'], shopify: ['Medium'], stockpilotText: 'M', shopifyText: 'Medium' });
  });
});

describe('reading Shopify\u2019s values', () => {
  it('turns prices into cents without float rounding', () => {
    expect([priceToCents('19.99'), priceToCents('25'), priceToCents('0.5'), priceToCents('1234.05')]).toEqual([1999, 2500, 50, 123405]);
  });

  it('normalises only markup, never words', () => {
    expect(normaliseDescription('<p class="a"  id=\'x\'>A  b</p>  <p></p>')).toBe('<p class="a" id="x">A b</p>');
    expect(sameDescription('<p>Fern</p>', '<p>fern</p>')).toBe(false);
  });
});

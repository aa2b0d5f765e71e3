import { describe, expect, it } from 'vitest';
import { compareCatalogs } from '../../../src/main/sync/compare/compare-catalogs';
import type { LocalProduct, ShopifyProduct } from '../../../src/main/sync/catalog-read/catalog-snapshot';
import { localProduct, localVariant, shopifyProduct, shopifyVariant } from './catalog-fixtures';

function pairOf(local: LocalProduct, shopify: ShopifyProduct) {
  const [row] = compareCatalogs([local], [shopify]).rows;
  if (!row) throw new Error('no row');
  return {
    section: row.row.section,
    product: (field: string) => row.differences.find((d) => d.field === field),
    variant: (field: string) => row.variants.flatMap((v) => v.differences).find((d) => d.field === field),
  };
}

describe('tags', () => {
  it('are the same in any order, with spaces at the ends, and in any case', () => {
    const p = pairOf(localProduct(1, 'Tee', ['T'], { tags: ['summer', ' Organic', 'sale'] }), shopifyProduct(10, 'Tee', ['T'], { tags: ['organic', 'Sale', 'summer'] }));
    expect(p.section).toBe('identical');
  });

  it('differ when a tag is added or removed, with Stockpilot\u2019s recommended', () => {
    const p = pairOf(localProduct(1, 'Tee', ['T'], { tags: ['summer', 'sale'] }), shopifyProduct(10, 'Tee', ['T'], { tags: ['summer'] }));
    expect(p.product('tags')).toMatchObject({ stockpilot: ['summer', 'sale'], shopify: ['summer'], recommended: 'stockpilot' });
    expect(p.product('tags')?.note).toMatch(/any order/);
  });

  it('recommend Shopify\u2019s when Stockpilot has none', () => {
    const p = pairOf(localProduct(1, 'Tee', ['T']), shopifyProduct(10, 'Tee', ['T'], { tags: ['summer'] }));
    expect(p.product('tags')?.recommended).toBe('shopify');
  });
});

describe('search engine listing', () => {
  it('an empty page title and one repeating the product title are the same (Shopify shows the title)', () => {
    expect(pairOf(localProduct(1, 'Moth tee', ['T']), shopifyProduct(10, 'Moth tee', ['T'], { seoTitle: 'Moth tee' })).section).toBe('identical');
    expect(pairOf(localProduct(1, 'Moth tee', ['T'], { seoTitle: 'Moth tee' }), shopifyProduct(10, 'Moth tee', ['T'])).section).toBe('identical');
  });

  it('a page title of its own differs, and reads as the product title where it is empty', () => {
    const p = pairOf(localProduct(1, 'Moth tee', ['T'], { seoTitle: 'Organic moth tee | Moth & Fern' }), shopifyProduct(10, 'Moth tee', ['T']));
    expect(p.product('seoTitle')).toMatchObject({ stockpilot: 'Organic moth tee | Moth & Fern', shopify: '', shopifyText: '(the product title)', recommended: 'stockpilot' });
  });

  it('different product titles alone make no page title difference', () => {
    const p = pairOf(localProduct(1, 'Moth tee', ['T']), shopifyProduct(10, 'Moth T-shirt', ['T']));
    expect(p.product('name')).toBeDefined();
    expect(p.product('seoTitle')).toBeUndefined();
  });

  it('meta descriptions differ as text, Shopify\u2019s recommended when Stockpilot\u2019s is empty', () => {
    const p = pairOf(localProduct(1, 'Tee', ['T']), shopifyProduct(10, 'Tee', ['T'], { seoDescription: 'Hand-printed on organic cotton.' }));
    expect(p.product('seoDescription')).toMatchObject({ stockpilot: '', shopify: 'Hand-printed on organic cotton.', stockpilotText: '(made from the description)', recommended: 'shopify' });
    expect(pairOf(localProduct(1, 'Tee', ['T'], { seoDescription: 'Soft. ' }), shopifyProduct(10, 'Tee', ['T'], { seoDescription: 'Soft.' })).section).toBe('identical');
  });
});

describe('barcode and compare-at price of a variant', () => {
  it('a different barcode is a difference, Stockpilot\u2019s recommended unless it has none', () => {
    const p = pairOf(localProduct(1, 'Tee', [localVariant('T', { barcode: '4006381333931' })]), shopifyProduct(10, 'Tee', [shopifyVariant('T', { barcode: '4006381333948' })]));
    expect(p.variant('barcode')).toMatchObject({ stockpilot: '4006381333931', shopify: '4006381333948', recommended: 'stockpilot' });
    const blank = pairOf(localProduct(1, 'Tee', [localVariant('T')]), shopifyProduct(10, 'Tee', [shopifyVariant('T', { barcode: '4006381333948' })]));
    expect(blank.variant('barcode')?.recommended).toBe('shopify');
  });

  it('a compare-at price on one side only, or a different one, is a difference that reads as money', () => {
    const p = pairOf(localProduct(1, 'Tee', [localVariant('T', { compareAtPriceCents: 3000 })]), shopifyProduct(10, 'Tee', [shopifyVariant('T', { compareAtPriceCents: 3500 })]));
    expect(p.variant('compareAtPrice')).toMatchObject({ stockpilot: 3000, shopify: 3500, stockpilotText: '30.00', shopifyText: '35.00', recommended: 'stockpilot' });
    const none = pairOf(localProduct(1, 'Tee', [localVariant('T')]), shopifyProduct(10, 'Tee', [shopifyVariant('T', { compareAtPriceCents: 3500 })]));
    expect(none.variant('compareAtPrice')).toMatchObject({ stockpilot: null, stockpilotText: '(none)', recommended: 'shopify' });
  });

  it('the same barcode and compare-at price on both sides are no difference', () => {
    const p = pairOf(localProduct(1, 'Tee', [localVariant('T', { barcode: '123', compareAtPriceCents: 2000 })]), shopifyProduct(10, 'Tee', [shopifyVariant('T', { barcode: '123', compareAtPriceCents: 2000 })]));
    expect(p.section).toBe('identical');
  });
});

import { describe, expect, it } from 'vitest';
import { checkPairs, suggestPairs, variantWords, type LocalVariantLine, type ShopifyVariantLine } from '../../../src/renderer/sync-tools/variant-pairs';

const shopify = (id: string, sku: string, optionValues: string[] = []): ShopifyVariantLine => ({ shopifyVariantId: `gid://shopify/ProductVariant/${id}`, sku, optionValues, priceCents: 2800 });
const local = (id: number, sku: string, optionValues: string[] = []): LocalVariantLine => ({ id, sku, optionValues });

describe('the mapper pairs a product\u2019s variants with the Shopify product\u2019s', () => {
  it('pairs by SKU, ignoring spaces around it, whatever order Shopify lists them in', () => {
    const pairs = suggestPairs([local(1, 'TEE-S'), local(2, 'TEE-M ')], [shopify('20', 'TEE-M'), shopify('10', ' TEE-S')]);
    expect(pairs.get(1)).toBe('gid://shopify/ProductVariant/10');
    expect(pairs.get(2)).toBe('gid://shopify/ProductVariant/20');
  });

  it('falls back to equal option values when the SKUs differ, ignoring case and spacing', () => {
    const pairs = suggestPairs([local(1, 'OLD-1', ['Large', 'Black'])], [shopify('10', 'NEW-1', ['large', ' black'])]);
    expect(pairs.get(1)).toBe('gid://shopify/ProductVariant/10');
  });

  it('pairs a product without options with Shopify\u2019s only variant, even when the SKUs differ', () => {
    expect(suggestPairs([local(1, 'A')], [shopify('10', 'B')]).get(1)).toBe('gid://shopify/ProductVariant/10');
  });

  it('leaves a variant unpaired rather than guessing, and never pairs one Shopify variant twice', () => {
    const pairs = suggestPairs([local(1, 'X', ['S']), local(2, 'X', ['S']), local(3, 'Z', ['XL'])], [shopify('10', 'X', ['S'])]);
    expect([...pairs.values()].filter((v) => v !== null)).toEqual(['gid://shopify/ProductVariant/10']);
    expect(pairs.get(3)).toBeNull();
  });

  it('a blank SKU matches nothing by SKU', () => {
    expect(suggestPairs([local(1, '', ['S']), local(2, 'B', ['M'])], [shopify('10', '', ['L']), shopify('20', 'C', ['XL'])]).get(1)).toBeNull();
  });
});

describe('the mapper checks the owner\u2019s pairs before linking', () => {
  const variants = [local(1, 'A'), local(2, 'B'), local(3, 'C')];

  it('sends the chosen pairs in the product\u2019s order and counts the unpaired', () => {
    const check = checkPairs(variants, new Map([[3, 'g3'], [1, 'g1'], [2, null]]));
    expect(check.pairs).toEqual([
      { variantId: 1, shopifyVariantId: 'g1' },
      { variantId: 3, shopifyVariantId: 'g3' },
    ]);
    expect(check.unpaired).toBe(1);
    expect(check.chosenTwice).toEqual([]);
  });

  it('names a Shopify variant chosen for two local variants', () => {
    expect(checkPairs(variants, new Map([[1, 'g1'], [2, 'g1'], [3, 'g3']])).chosenTwice).toEqual(['g1']);
  });
});

describe('a variant reads as its options and SKU', () => {
  it('joins the options, then the SKU', () => {
    expect(variantWords(['M', 'Black'], 'TEE-M-BLK')).toBe('M / Black · TEE-M-BLK');
  });
  it('a product without options or SKU is its default variant', () => {
    expect(variantWords([], '  ')).toBe('Default');
  });
});

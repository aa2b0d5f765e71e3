import { describe, expect, it } from 'vitest';
import { defineOperation } from '../../../src/main/shopify/shopify-operation';

const fields = '# a shared fragment\nfragment VariantBits on ProductVariant {\n  id\n  sku\n}\n';

describe('an operation with shared fragments', () => {
  it('is sent with the fragments it spreads', () => {
    const op = defineOperation('query Page { productVariants(first: 1) { nodes { ...VariantBits } } }', fields);
    expect(op.name).toBe('Page');
    expect(op.document).toContain('fragment VariantBits on ProductVariant');
    expect(op.document.indexOf('query Page')).toBe(0);
  });

  it('refuses a fragment it does not spread, as Shopify would refuse the request', () => {
    expect(() => defineOperation('query Page { shop { name } }', fields)).toThrow('Page does not use the fragment VariantBits it was given');
  });
});

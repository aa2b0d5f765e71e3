import { describe, expect, it } from 'vitest';
import type { Product } from '../../../src/shared/catalog';
import { diffDraft, draftFromProduct, formPath, rebaseDraft } from '../../../src/renderer/product/product-draft';

const variant = (id: number, sku: string, priceCents: number) => ({
  id,
  productId: 1,
  position: id,
  sku,
  priceCents,
  optionValues: ['M'],
  barcode: '',
  compareAtPriceCents: null,
  onHand: 5,
  committed: 2,
  available: 3,
  imageId: null,
  components: [],
  shopify: { variantId: null, inventoryItemId: null },
});

const product: Product = {
  id: 1,
  name: 'Tote bag',
  descriptionHtml: '<p>Sturdy</p>',
  vendor: 'Studio',
  category: 'Bags',
  optionNames: ['Size'],
  status: 'active',
  listingStatus: 'draft',
  trackInventory: true,
  autoStock: false,
  tags: ['canvas', 'summer'],
  seoTitle: '',
  seoDescription: '',
  images: [],
  internal: {
    cogsCents: 850,
    materialCostCents: null,
    laborCents: null,
    markupPercent: 40,
    wholesalePriceCents: null,
    commissionRatePercent: null,
    retailListed: true,
    consignmentStock: 0,
  },
  shopify: { productId: null, syncState: 'unlinked', syncError: null, lastSyncedAt: null },
  variants: [variant(11, 'TOTE-M', 2400), variant(12, 'TOTE-L', 2600)],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('the product form knows what the owner changed', () => {
  it('an untouched form has nothing to save', () => {
    const diff = diffDraft(product, draftFromProduct(product));
    expect(diff.dirty).toBe(false);
    expect(diff.product).toEqual({});
    expect(diff.variants).toEqual([]);
  });

  it('saves only the fields that changed, prices in cents', () => {
    const draft = draftFromProduct(product);
    draft.name = 'Big tote bag';
    draft.tags = 'canvas,  summer , sale';
    draft.internal.cogsCents = '9.10';
    draft.internal.wholesalePriceCents = '';
    draft.variants[1]!.price = '26.50';
    const diff = diffDraft(product, draft);
    expect(diff.dirty).toBe(true);
    expect(diff.product).toEqual({ name: 'Big tote bag', tags: ['canvas', 'summer', 'sale'], internal: { cogsCents: 910 } });
    expect(diff.variants).toEqual([{ id: 12, index: 1, changes: { priceCents: 2650 } }]);
  });

  it('a price that is not money is an inline error on that variant, not a save', () => {
    const draft = draftFromProduct(product);
    draft.variants[0]!.price = 'twelve';
    draft.internal.markupPercent = 'lots';
    const diff = diffDraft(product, draft);
    expect(diff.errors['variants.0.priceCents']).toMatch(/24\.00/);
    expect(diff.errors['internal.markupPercent']).toMatch(/percentage/);
  });

  it('a compare-at price is saved in cents, taken away when emptied, and refused inline when it is not money', () => {
    const draft = draftFromProduct(product);
    draft.variants[0]!.compareAtPrice = '30';
    expect(diffDraft(product, draft).variants).toEqual([{ id: 11, index: 0, changes: { compareAtPriceCents: 3000 } }]);
    const withSale: Product = { ...product, variants: [{ ...product.variants[0]!, compareAtPriceCents: 3000 }, product.variants[1]!] };
    const cleared = draftFromProduct(withSale);
    cleared.variants[0]!.compareAtPrice = ' ';
    expect(diffDraft(withSale, cleared).variants).toEqual([{ id: 11, index: 0, changes: { compareAtPriceCents: null } }]);
    draft.variants[1]!.compareAtPrice = 'thirty';
    expect(diffDraft(product, draft).errors).toEqual({ 'variants.1.compareAtPriceCents': 'Enter an amount such as 24.00' });
  });

  it('saves the search engine listing as typed', () => {
    const draft = draftFromProduct(product);
    draft.seoTitle = 'Canvas tote bag | Studio';
    expect(diffDraft(product, draft).product).toEqual({ seoTitle: 'Canvas tote bag | Studio' });
  });

  it('keeps unsaved typing when the server answers with newer stock', () => {
    const draft = draftFromProduct(product);
    draft.variants[0]!.sku = 'TOTE-MED';
    const next: Product = { ...product, variants: [{ ...product.variants[0]!, onHand: 9 }, product.variants[1]!, variant(13, 'TOTE-XL', 2800)] };
    const rebased = rebaseDraft(draft, next);
    expect(rebased.variants.map((v) => v.sku)).toEqual(['TOTE-MED', 'TOTE-L', 'TOTE-XL']);
  });

  it('puts server field errors next to the right field', () => {
    expect(formPath('changes.name')).toBe('name');
    expect(formPath('changes.internal.cogsCents')).toBe('internal.cogsCents');
    expect(formPath('changes.sku', 2)).toBe('variants.2.sku');
  });
});

import { describe, expect, it } from 'vitest';
import { changeWords, fieldLabel, valueWords } from '../../../src/renderer/sync-activity/activity-words';

describe('the sync activity log says each field change in a person\u2019s words', () => {
  it('side, field, variant, then from → to, with prices as money', () => {
    const words = changeWords({ variant: 'M / Black', field: 'price', side: 'shopify', from: 1200, to: 1450 }, 'USD');
    expect(words).toMatch(/^Shopify · Price \(M \/ Black\): .*12\.00 → .*14\.50$/);
  });

  it('a product field has no variant part, and a blank value says so', () => {
    expect(changeWords({ variant: null, field: 'vendor', side: 'stockpilot', from: '', to: 'Moth & Co' }, 'USD')).toBe('Stockpilot · Vendor: (blank) → Moth & Co');
  });

  it('lists, yes/no and nothing read plainly', () => {
    expect(valueWords('optionNames', ['Size', 'Colour'], 'USD')).toBe('Size / Colour');
    expect(valueWords('trackInventory', false, 'USD')).toBe('no');
    expect(valueWords('sku', null, 'USD')).toBe('—');
    expect(valueWords('stock', 1200, 'USD')).toBe((1200).toLocaleString());
  });

  it('a description shows its text, not its HTML, shortened', () => {
    const words = valueWords('description', `<p>Soft&nbsp;cotton</p><ul><li>${'long '.repeat(40)}</li></ul>`, 'USD');
    expect(words.startsWith('Soft cotton long')).toBe(true);
    expect(words.endsWith('…')).toBe(true);
    expect(words).not.toContain('<');
  });

  it('a field it does not know yet still reads as words', () => {
    expect(fieldLabel('listingStatus')).toBe('Shopify listing');
    expect(fieldLabel('inventoryPolicy')).toBe('Inventory policy');
  });
});

describe('links read as the Shopify product they point at', () => {
  it('an unlink says which Shopify product the link pointed at, and that it is gone', () => {
    expect(changeWords({ variant: null, field: 'shopifyProductId', side: 'stockpilot', from: 'gid://shopify/Product/1042', to: null }, 'USD')).toBe(
      'Stockpilot · Shopify link: Shopify product 1042 → —',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { quantityToPush, type StockFacts } from '../../../src/main/stock/push/quantity-to-push';
import { AS_IS } from '../../../src/main/stock/stock-rules';

const facts = (overrides: Partial<StockFacts> = {}): StockFacts => ({
  variantId: 7,
  onHand: 10,
  committed: 3,
  trackInventory: true,
  rule: AS_IS,
  soldOutOverride: false,
  ...overrides,
});
const rule = (kind: StockFacts['rule']['kind'], quantity: number | null = null, custom: [number, number][] = []) => ({ kind, quantity, variantQuantities: new Map(custom), dontSync: false });

describe('the quantity Shopify should show', () => {
  it('is on-hand minus open commitments, as-is by default', () => {
    expect(quantityToPush(facts())).toEqual({ send: true, quantity: 7, rule: 'as-is' });
  });

  it('never goes below 0 (an oversell, or more committed than here)', () => {
    expect(quantityToPush(facts({ onHand: -2 }))).toMatchObject({ quantity: 0 });
    expect(quantityToPush(facts({ committed: 30 }))).toMatchObject({ quantity: 0 });
  });

  it('a fixed quantity ignores the stock', () => {
    expect(quantityToPush(facts({ rule: rule('fixed', 50) }))).toMatchObject({ quantity: 50, rule: 'fixed 50' });
  });

  it('"not more than N" caps what is available, and passes less through', () => {
    expect(quantityToPush(facts({ rule: rule('at_most', 5) }))).toMatchObject({ quantity: 5, rule: 'not more than 5' });
    expect(quantityToPush(facts({ rule: rule('at_most', 20) }))).toMatchObject({ quantity: 7 });
  });

  it('a custom value is per variant; a variant without one is sent as-is', () => {
    expect(quantityToPush(facts({ rule: rule('custom', null, [[7, 2]]) }))).toMatchObject({ quantity: 2, rule: 'custom 2' });
    expect(quantityToPush(facts({ rule: rule('custom', null, [[8, 2]]) }))).toMatchObject({ quantity: 7, rule: 'as-is' });
  });

  it('leaves an untracked variant alone, unless Sold-Out Override sends 0', () => {
    expect(quantityToPush(facts({ trackInventory: false }))).toMatchObject({ send: false });
    expect(quantityToPush(facts({ trackInventory: false, soldOutOverride: true }))).toEqual({ send: true, quantity: 0, rule: 'sold-out override' });
  });

  it('sends nothing for a product set to "Don\u2019t sync stock"', () => {
    expect(quantityToPush(facts({ rule: { ...AS_IS, dontSync: true } }))).toEqual({ send: false, why: 'The product is set to "Don\u2019t sync stock".' });
  });
});

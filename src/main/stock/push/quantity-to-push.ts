/**
 * What Shopify should show for one variant, and why: available to sell (on-hand − open
 * commitments), shaped by the product's quantity rule, never below 0. Nothing else rides on
 * it: Stockpilot's ledger is the truth. Pure, so the rules are easy to read and to test.
 */
import type { StockRuleKind } from '../../../shared/stock-push';

export interface StockFacts {
  variantId: number;
  /** Computed for auto-stock bundles (what the components can make). */
  onHand: number;
  committed: number;
  trackInventory: boolean;
  rule: { kind: StockRuleKind; quantity: number | null; variantQuantities: ReadonlyMap<number, number>; dontSync: boolean };
  soldOutOverride: boolean;
}

export type PushDecision =
  | { send: true; quantity: number; rule: string }
  | { send: false; why: string };

export function quantityToPush(facts: StockFacts): PushDecision {
  if (facts.rule.dontSync) return { send: false, why: 'The product is set to "Don\u2019t sync stock".' };
  if (!facts.trackInventory) {
    if (!facts.soldOutOverride) return { send: false, why: 'Track inventory is off: Shopify\u2019s quantity is left alone.' };
    return { send: true, quantity: 0, rule: 'sold-out override' };
  }
  const available = Math.max(0, facts.onHand - facts.committed);
  const { want, rule } = applyRule(facts, available);
  return { send: true, quantity: Math.max(0, want), rule };
}

function applyRule(facts: StockFacts, available: number): { want: number; rule: string } {
  const { kind, quantity } = facts.rule;
  switch (kind) {
    case 'fixed':
      return { want: quantity ?? available, rule: `fixed ${quantity ?? available}` };
    case 'at_most':
      return quantity === null ? { want: available, rule: 'as-is' } : { want: Math.min(available, quantity), rule: `not more than ${quantity}` };
    case 'custom': {
      const custom = facts.rule.variantQuantities.get(facts.variantId);
      return custom === undefined ? { want: available, rule: 'as-is' } : { want: custom, rule: `custom ${custom}` };
    }
    case 'as_is':
      return { want: available, rule: 'as-is' };
  }
}

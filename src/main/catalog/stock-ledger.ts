/**
 * The stock ledger: every change to a variant's on-hand is a movement, written in the same
 * statement batch as the new on-hand, so on-hand always equals the sum of its movements.
 * Auto-stock bundles have no stock of their own: adjusting one moves its components.
 */
import type { MovementKind } from '../../shared/catalog';
import { rejected } from '../../shared/errors';
import { prepared } from '../db/prepared';
import { componentsOf, refreshBundlesUsing } from './auto-stock';
import type { CatalogChange } from './catalog-write';
import { describeVariant, variantFacts, type VariantFacts } from './variant-store';

export interface Movement {
  kind: MovementKind;
  /** Signed change to on-hand. */
  quantity: number;
  reason: string;
  /** Who or what caused it ("you", "cli", "bundle BND-1"). */
  source: string;
}

/** Applies one movement to a stock-keeping (not auto-stock) variant. */
export function recordMovement(change: CatalogChange, variant: VariantFacts, movement: Movement): number {
  const { db } = change;
  const { on_hand: onHand } = prepared(db, 'UPDATE variants SET on_hand = on_hand + ?, updated_at = ? WHERE id = ? RETURNING on_hand').get(
    movement.quantity,
    change.now,
    variant.id,
  ) as { on_hand: number };
  prepared(
    db,
    `INSERT INTO stock_movements (variant_id, kind, quantity, on_hand_after, reason, source, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(variant.id, movement.kind, movement.quantity, onHand, movement.reason, movement.source, change.now);
  change.touch(variant.productId);
  // An untracked product (made to order, digital) has no stock to run out of: no warning.
  if (onHand < 0 && movement.quantity < 0 && variant.trackInventory) {
    change.oversold.set(variant.id, { productId: variant.productId, label: describeVariant(variant), onHand });
  } else if (onHand >= 0) {
    change.oversold.delete(variant.id);
  }
  if (movement.quantity !== 0) refreshBundlesUsing(change, variant.id);
  return onHand;
}

/** Changes on-hand by a delta; for a bundle, each component moves by delta × its quantity. */
export function adjustStock(change: CatalogChange, variant: VariantFacts, movement: Movement): void {
  if (!variant.autoStock) {
    recordMovement(change, variant, movement);
    return;
  }
  const components = componentsOf(change.db, variant.id);
  if (components.length === 0) {
    throw rejected(`${describeVariant(variant)} is an auto-stock bundle with no components yet, so there is no stock to change.`);
  }
  const source = `bundle ${variant.sku || describeVariant(variant)}`;
  for (const component of components) {
    adjustStock(change, variantFacts(change.db, component.componentVariantId), {
      ...movement,
      quantity: movement.quantity * component.quantity,
      source,
    });
  }
}

/** A stocktake: sets on-hand to what was counted, recording the difference. */
export function setStock(change: CatalogChange, variant: VariantFacts, counted: number, reason: string, source: string): void {
  if (variant.autoStock) {
    throw rejected(`${describeVariant(variant)} is an auto-stock bundle: its stock comes from its components. Count the components instead.`);
  }
  // A count that matches is still recorded: the ledger shows when stock was last verified.
  recordMovement(change, variant, { kind: 'stocktake', quantity: counted - variant.onHand, reason, source });
}

/** What the ledger says a variant's on-hand is (used when a bundle becomes a stock-keeping variant again). */
export function ledgerOnHand(change: CatalogChange, variantId: number): number {
  const { total } = prepared(change.db, 'SELECT coalesce(sum(quantity), 0) AS total FROM stock_movements WHERE variant_id = ?').get(variantId) as {
    total: number;
  };
  return total;
}

/**
 * Auto-stock bundles: a bundle variant's on-hand is what its components can make,
 * min over components of floor(component on-hand / quantity), never below 0. It is stored
 * on the bundle's row (for the products list) and recomputed whenever a component moves.
 */
import type { Component } from '../../shared/catalog';
import { rejected } from '../../shared/errors';
import { prepared } from '../db/prepared';
import type { ReadableDB } from '../db/types';
import type { CatalogChange } from './catalog-write';
import { describeVariant, findVariantFacts, type VariantFacts } from './variant-store';

export function componentsOf(db: ReadableDB, bundleVariantId: number): Component[] {
  return (
    prepared(db, 'SELECT component_variant_id, quantity FROM variant_components WHERE bundle_variant_id = ? ORDER BY rowid').all(
      bundleVariantId,
    ) as { component_variant_id: number; quantity: number }[]
  ).map((r) => ({ componentVariantId: r.component_variant_id, quantity: r.quantity }));
}

// Integer division truncates toward zero; for a negative on-hand that differs from floor,
// but both end below 1 and the clamp at 0 makes them equal.
const COMPUTE = `
  SELECT coalesce(max(0, min(c.on_hand / vc.quantity)), 0) AS n
  FROM variant_components vc JOIN variants c ON c.id = vc.component_variant_id
  WHERE vc.bundle_variant_id = ?`;

/** Recomputes one bundle variant's on-hand; then the bundles that use it, and so on up. */
export function recomputeBundle(change: CatalogChange, bundleVariantId: number): void {
  const { n } = prepared(change.db, COMPUTE).get(bundleVariantId) as { n: number };
  const row = prepared(change.db, 'UPDATE variants SET on_hand = ? WHERE id = ? AND on_hand <> ? RETURNING product_id').get(
    n,
    bundleVariantId,
    n,
  ) as { product_id: number } | undefined;
  if (!row) return; // unchanged: nothing above it changes either
  change.touch(row.product_id);
  refreshBundlesUsing(change, bundleVariantId);
}

/** After a variant's on-hand changed: the bundles built from it follow. */
export function refreshBundlesUsing(change: CatalogChange, variantId: number): void {
  const bundles = prepared(change.db, 'SELECT bundle_variant_id AS id FROM variant_components WHERE component_variant_id = ?').all(
    variantId,
  ) as { id: number }[];
  for (const bundle of bundles) recomputeBundle(change, bundle.id);
}

/** Replaces a bundle variant's components, after checking they make sense. */
export function setComponents(change: CatalogChange, bundle: VariantFacts, components: readonly Component[]): void {
  const { db } = change;
  if (!bundle.autoStock && components.length > 0) {
    throw rejected(`Only auto-stock products can have components. Turn on auto-stock for ${bundle.productName} first.`);
  }
  for (const component of components) {
    if (component.componentVariantId === bundle.id) throw rejected(`${describeVariant(bundle)} cannot be a component of itself.`);
    const facts = findVariantFacts(db, component.componentVariantId);
    if (!facts) throw rejected(`Component variant ${component.componentVariantId} does not exist. It may have been deleted.`);
    if (reaches(db, component.componentVariantId, bundle.id)) {
      throw rejected(`${describeVariant(facts)} already contains ${describeVariant(bundle)}, so it cannot also be one of its components (that would be a loop).`);
    }
  }
  prepared(db, 'DELETE FROM variant_components WHERE bundle_variant_id = ?').run(bundle.id);
  const insert = prepared(db, 'INSERT INTO variant_components (bundle_variant_id, component_variant_id, quantity) VALUES (?, ?, ?)');
  for (const c of components) insert.run(bundle.id, c.componentVariantId, c.quantity);
  change.touch(bundle.productId);
  recomputeBundle(change, bundle.id);
}

/** True when `to` is `from` or one of its components, however deep. */
function reaches(db: ReadableDB, from: number, to: number): boolean {
  const row = prepared(
    db,
    `WITH RECURSIVE inside(id) AS (
       SELECT ? UNION SELECT vc.component_variant_id FROM variant_components vc JOIN inside ON vc.bundle_variant_id = inside.id
     ) SELECT 1 AS found FROM inside WHERE id = ? LIMIT 1`,
  ).get(from, to);
  return row !== undefined;
}

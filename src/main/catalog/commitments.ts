/**
 * Wholesale commitments: units promised to a wholesale order. Open ones are held back from
 * what can be sold; each variant keeps the sum of its open commitments in `committed`.
 */
import type { Commitment } from '../../shared/catalog';
import { notFound, rejected } from '../../shared/errors';
import { prepared } from '../db/prepared';
import type { ReadableDB } from '../db/types';
import type { CatalogChange } from './catalog-write';
import type { VariantFacts } from './variant-store';

interface CommitmentRecord {
  id: number;
  variant_id: number;
  reference: string;
  quantity: number;
  status: 'open' | 'closed';
  created_at: string;
  closed_at: string | null;
  sku: string;
  product_id: number;
}

const SELECT = `SELECT c.*, v.sku, v.product_id FROM commitments c JOIN variants v ON v.id = c.variant_id`;

const toCommitment = (r: CommitmentRecord): Commitment & { sku: string } => ({
  id: r.id,
  variantId: r.variant_id,
  reference: r.reference,
  quantity: r.quantity,
  status: r.status,
  createdAt: r.created_at,
  closedAt: r.closed_at,
  sku: r.sku,
});

function refreshCommitted(change: CatalogChange, variantId: number): void {
  prepared(
    change.db,
    `UPDATE variants SET committed = (SELECT coalesce(sum(quantity), 0) FROM commitments WHERE variant_id = :id AND status = 'open')
     WHERE id = :id`,
  ).run({ id: variantId });
}

export function addCommitment(change: CatalogChange, variant: VariantFacts, quantity: number, reference: string): void {
  prepared(change.db, `INSERT INTO commitments (variant_id, reference, quantity, status, created_at) VALUES (?, ?, ?, 'open', ?)`).run(
    variant.id,
    reference,
    quantity,
    change.now,
  );
  refreshCommitted(change, variant.id);
  change.touch(variant.productId);
}

/** Closes an open commitment; returns the product it belonged to. */
export function closeCommitment(change: CatalogChange, id: number): number {
  const found = prepared(change.db, `${SELECT} WHERE c.id = ?`).get(id) as CommitmentRecord | undefined;
  if (!found) throw notFound(`Commitment ${id}`);
  if (found.status === 'closed') throw rejected(`The commitment "${found.reference}" is already closed.`);
  prepared(change.db, `UPDATE commitments SET status = 'closed', closed_at = ? WHERE id = ?`).run(change.now, id);
  refreshCommitted(change, found.variant_id);
  change.touch(found.product_id);
  return found.product_id;
}

export function listCommitments(db: ReadableDB, productId: number, includeClosed: boolean): (Commitment & { sku: string })[] {
  const rows = prepared(
    db,
    `${SELECT} WHERE v.product_id = ? AND (? OR c.status = 'open') ORDER BY c.status DESC, c.id DESC`,
  ).all(productId, includeClosed ? 1 : 0) as CommitmentRecord[];
  return rows.map(toCommitment);
}

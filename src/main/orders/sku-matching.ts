/**
 * An order line finds its local variant: the one linked to the Shopify variant it sold, else by
 * SKU (trimmed, case-insensitive, exact) — the product sync's order. A SKU two variants share
 * is never guessed: the line stays unmatched until the owner maps it.
 */
import type { UnmatchedReason } from '../../shared/orders';
import { prepared } from '../db/prepared';
import type { ReadableDB } from '../db/types';

export interface MatchedVariant {
  variantId: number;
  productId: number;
  productName: string;
  /** The product's COGS per unit now (taken into the line at import time), or null when unknown. */
  unitCogsCents: number | null;
  /** When the variant was created in Stockpilot: its stock was entered from then on. */
  createdAt: string;
}

export type LineMatch = { matched: true; variant: MatchedVariant } | { matched: false; reason: UnmatchedReason };

interface Row {
  id: number;
  product_id: number;
  product_name: string;
  cogs_cents: number | null;
  created_at: string;
}

const selectVariant = `SELECT v.id, v.product_id, p.name AS product_name, p.cogs_cents, v.created_at FROM variants v JOIN products p ON p.id = v.product_id`;

const toMatched = (row: Row): MatchedVariant => ({
  variantId: row.id,
  productId: row.product_id,
  productName: row.product_name,
  unitCogsCents: row.cogs_cents,
  createdAt: row.created_at,
});

/** What a line tells about the variant it sold. */
export interface SoldVariant {
  sku: string;
  shopifyVariantId: string | null;
}

export function findSoldVariant(db: ReadableDB, line: SoldVariant): LineMatch {
  const linked = line.shopifyVariantId ? (prepared(db, `${selectVariant} WHERE v.shopify_variant_id = ?`).get(line.shopifyVariantId) as Row | undefined) : undefined;
  return linked ? { matched: true, variant: toMatched(linked) } : matchSku(db, line.sku);
}

function matchSku(db: ReadableDB, sku: string): LineMatch {
  const wanted = sku.trim();
  if (!wanted) return { matched: false, reason: 'no_sku' };
  const rows = prepared(db, `${selectVariant} WHERE v.sku = ? COLLATE NOCASE LIMIT 2`).all(wanted) as Row[];
  const [only] = rows;
  if (!only) return { matched: false, reason: 'no_match' };
  if (rows.length > 1) return { matched: false, reason: 'ambiguous' };
  return { matched: true, variant: toMatched(only) };
}

/** The owner chose the variant (mapping an unmatched line). */
export function variantForMapping(db: ReadableDB, variantId: number): MatchedVariant | undefined {
  const row = prepared(db, `${selectVariant} WHERE v.id = ?`).get(variantId) as Row | undefined;
  return row && toMatched(row);
}

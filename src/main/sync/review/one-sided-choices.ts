/**
 * The owner's choices for what is found on one side only: per variant of a matched product
 * (create on Shopify, import, delete on the side it is still on, or leave), stored against
 * the review (migration 12), and "Leave all one-sided" for every product and variant with no
 * choice yet. Nothing is chosen for the owner: Apply waits until each one has a choice.
 */
import { ContractError } from '../../../shared/errors';
import { VARIANT_ACTION_OF, type SyncSection, type SyncVariantRow, type VariantAction } from '../../../shared/product-sync';
import type { VariantActionChoice } from '../../../shared/sync-apply';
import { prepared } from '../../db/prepared';
import type { ReadableDB, WritableDB } from '../../db/types';
import { rowSelectionFilter, type RowSelection } from './row-selection';

const listed = (items: readonly string[], max = 10) => items.slice(0, max).join(', ') + (items.length > max ? ` and ${items.length - max} more` : '');

/** The words for a variant's change, as the owner reads them. */
const CHANGE_WORDS: Record<NonNullable<SyncVariantRow['change']>, string> = {
  added_in_stockpilot: 'added in Stockpilot',
  removed_on_shopify: 'removed on Shopify',
  added_on_shopify: 'added on Shopify',
  removed_in_stockpilot: 'removed in Stockpilot',
};

const ACTION_WORDS: Record<VariantAction, string> = { create: 'created on Shopify', import: 'imported', delete: 'deleted', leave: 'left' };

export function setVariantActions(db: WritableDB, reviewId: number, choices: readonly VariantActionChoice[]): void {
  const keys = [...new Set(choices.map((c) => c.rowKey))];
  const rows = prepared(db, 'SELECT row_key, section, detail_json FROM sync_review_rows WHERE review_id = ? AND row_key IN (SELECT value FROM json_each(?))').all(
    reviewId,
    JSON.stringify(keys),
  ) as { row_key: string; section: SyncSection; detail_json: string }[];
  const missing = keys.filter((k) => !rows.some((r) => r.row_key === k));
  if (missing.length) throw new ContractError('not_found', `Review ${reviewId} has no product ${listed(missing.map((k) => `"${k}"`))}. Row keys look like p12-s7001.`);
  const held = rows.filter((r) => r.section === 'issues').map((r) => r.row_key);
  if (held.length) throw new ContractError('rejected', `${listed(held)} ${held.length === 1 ? 'is' : 'are'} held by a blocking issue, so nothing can be chosen there. Fix the issue and compare again.`);
  const variants = new Map<string, SyncVariantRow>();
  for (const r of rows) for (const v of (JSON.parse(r.detail_json) as { variants: SyncVariantRow[] }).variants) variants.set(`${r.row_key}/${v.key}`, v);
  for (const c of choices) {
    const v = variants.get(`${c.rowKey}/${c.variantKey}`);
    if (!v) throw new ContractError('not_found', `${c.rowKey} has no variant "${c.variantKey}". Variant keys look like v31 or sv9001.`);
    if (!v.change) throw new ContractError('rejected', `The variant ${v.sku ?? v.shopifySku ?? c.variantKey} is on both sides: choose a side for its differences instead.`);
    if (c.action !== null && c.action !== 'leave' && c.action !== VARIANT_ACTION_OF[v.change]) {
      throw new ContractError('rejected', `The variant ${v.sku ?? v.shopifySku ?? c.variantKey} was ${CHANGE_WORDS[v.change]}, so it cannot be ${ACTION_WORDS[c.action]}; it can be ${ACTION_WORDS[VARIANT_ACTION_OF[v.change]]} or left.`);
    }
  }
  const upsert = prepared(
    db,
    `INSERT INTO sync_variant_actions (review_id, row_key, variant_key, action) VALUES (?, ?, ?, ?)
     ON CONFLICT (review_id, row_key, variant_key) DO UPDATE SET action = excluded.action`,
  );
  const remove = prepared(db, 'DELETE FROM sync_variant_actions WHERE review_id = ? AND row_key = ? AND variant_key = ?');
  db.transaction(() => {
    for (const c of choices) {
      if (c.action === null) remove.run(reviewId, c.rowKey, c.variantKey);
      else upsert.run(reviewId, c.rowKey, c.variantKey, c.action);
    }
  })();
}

/** Rows of a matched product with variants on one side only (a plain text test before any JSON is read). */
const WITH_ONE_SIDED = `r.section = 'different' AND instr(r.row_json, '"oneSidedVariants":0') = 0`;

/** The one-sided variants of the rows picked, as (row_key, variant key). */
const oneSidedVariantsOf = (filter: string) => /* sql */ `
  WITH one_sided AS (
    SELECT r.row_key, json_extract(v.value, '$.key') AS variant_key
    FROM sync_review_rows r, json_each(r.detail_json, '$.variants') v
    WHERE r.review_id = :reviewId AND ${WITH_ONE_SIDED} AND ${filter} AND json_extract(v.value, '$.change') IS NOT NULL
  )`;

/** "Leave all one-sided": every product and variant found on one side only that has no choice yet is left as it is. */
export function leaveAllOneSided(db: WritableDB, reviewId: number): void {
  db.transaction(() => {
    prepared(
      db,
      `INSERT INTO sync_row_actions (review_id, row_key, action)
       SELECT review_id, row_key, 'leave' FROM sync_review_rows WHERE review_id = :reviewId AND section IN ('only_stockpilot', 'only_shopify')
       ON CONFLICT (review_id, row_key) DO NOTHING`,
    ).run({ reviewId });
    prepared(
      db,
      `${oneSidedVariantsOf('1')}
       INSERT INTO sync_variant_actions (review_id, row_key, variant_key, action)
       SELECT :reviewId, row_key, variant_key, 'leave' FROM one_sided WHERE true
       ON CONFLICT (review_id, row_key, variant_key) DO NOTHING`,
    ).run({ reviewId });
  })();
}

export interface OneSidedTally {
  oneSidedRemaining: number;
  variantsToCreate: number;
  variantsToImport: number;
  variantsToDelete: number;
}

/** Where the one-sided choices stand, for the whole review or some rows (rows held by an issue never count). */
export function oneSidedTally(db: ReadableDB, reviewId: number, rows?: RowSelection): OneSidedTally {
  const { sql: filter, params: selection } = rowSelectionFilter(rows);
  const params = { reviewId, ...selection };
  const products = prepared(
    db,
    `SELECT count(*) AS n FROM sync_review_rows r
     WHERE r.review_id = :reviewId AND r.section IN ('only_stockpilot', 'only_shopify') AND ${filter}
       AND NOT EXISTS (SELECT 1 FROM sync_row_actions a WHERE a.review_id = r.review_id AND a.row_key = r.row_key)`,
  ).get(params) as { n: number };
  const variants = prepared(
    db,
    `${oneSidedVariantsOf(filter)}
     SELECT coalesce(sum(a.action IS NULL), 0) AS unchosen, coalesce(sum(a.action = 'create'), 0) AS toCreate,
            coalesce(sum(a.action = 'import'), 0) AS toImport, coalesce(sum(a.action = 'delete'), 0) AS toDelete
     FROM one_sided o LEFT JOIN sync_variant_actions a ON a.review_id = :reviewId AND a.row_key = o.row_key AND a.variant_key = o.variant_key`,
  ).get(params) as { unchosen: number; toCreate: number; toImport: number; toDelete: number };
  return { oneSidedRemaining: products.n + variants.unchosen, variantsToCreate: variants.toCreate, variantsToImport: variants.toImport, variantsToDelete: variants.toDelete };
}

/** The actions chosen for one row's variants, by variant key. */
export function variantActionsOf(db: ReadableDB, reviewId: number, rowKey: string): Map<string, VariantAction> {
  const rows = prepared(db, 'SELECT variant_key, action FROM sync_variant_actions WHERE review_id = ? AND row_key = ?').all(reviewId, rowKey) as { variant_key: string; action: VariantAction }[];
  return new Map(rows.map((r) => [r.variant_key, r.action]));
}

/** Per row of a page: how many of its one-sided variants have an action. */
export function variantActionCounts(db: ReadableDB, reviewId: number, rowKeys: readonly string[]): Map<string, number> {
  const rows = prepared(
    db,
    `SELECT row_key, count(*) AS n FROM sync_variant_actions WHERE review_id = ? AND row_key IN (SELECT value FROM json_each(?)) GROUP BY row_key`,
  ).all(reviewId, JSON.stringify(rowKeys)) as { row_key: string; n: number }[];
  return new Map(rows.map((r) => [r.row_key, r.n]));
}

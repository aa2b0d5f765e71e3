/**
 * The owner's choices on a review: a side per difference (nothing is ever chosen for them),
 * and per product found on one side only whether to create it on Shopify, import it or leave
 * it (nothing chosen at first either; one-sided variants are in one-sided-choices). Stored against the review (migration 5); every write is one set-based statement in one
 * transaction, so Accept All on 20,000 products stays well under a second. Rows held by a
 * blocking issue never count and cannot take a choice.
 */
import type { z } from 'zod';
import { ContractError } from '../../../shared/errors';
import type { SyncDifference, SyncSection, SyncSide } from '../../../shared/product-sync';
import type { AcceptAllInput, ChoiceTally, RowAction, SetRowActionsInput, SyncChoice } from '../../../shared/sync-apply';
import { prepared } from '../../db/prepared';
import type { ReadableDB, WritableDB } from '../../db/types';
import { oneSidedTally } from './one-sided-choices';
import { rowSelectionFilter, type PositionWindow, type RowSelection } from './row-selection';

/** Every difference of the rows `rowFilter` selects (a condition on `r`, sync_review_rows), as (row_key, diff JSON). */
const differencesOf = (rowFilter: string) => /* sql */ `
  WITH picked AS (SELECT r.row_key, r.detail_json FROM sync_review_rows r WHERE r.review_id = :reviewId AND r.section <> 'issues' AND (${rowFilter})),
  diffs AS (
    SELECT p.row_key, d.value AS diff FROM picked p, json_each(p.detail_json, '$.differences') d
    UNION ALL
    SELECT p.row_key, d.value FROM picked p, json_each(p.detail_json, '$.variants') v, json_each(v.value, '$.differences') d
  )`;

/** The row key a difference id belongs to: `p12-s7/name`, `p12-s7/v3-sv9/price`. */
export const rowKeyOfDifference = (differenceId: string) => differenceId.slice(0, Math.max(0, differenceId.indexOf('/')));

const listed = (items: readonly string[], max = 10) => items.slice(0, max).join(', ') + (items.length > max ? ` and ${items.length - max} more` : '');

interface RowRecord {
  row_key: string;
  section: SyncSection;
  detail_json: string;
}

interface StoredDetail {
  differences: SyncDifference[];
  variants: { differences: SyncDifference[] }[];
}

/** Every difference of a row, product ones first. */
export function differencesOfDetail(detailJson: string): SyncDifference[] {
  const detail = JSON.parse(detailJson) as StoredDetail;
  return [...detail.differences, ...detail.variants.flatMap((v) => v.differences)];
}

export function setChoices(db: WritableDB, reviewId: number, choices: readonly z.output<typeof SyncChoice>[]): void {
  const keys = [...new Set(choices.map((c) => rowKeyOfDifference(c.differenceId)))];
  const rows = prepared(db, 'SELECT row_key, section, detail_json FROM sync_review_rows WHERE review_id = ? AND row_key IN (SELECT value FROM json_each(?))').all(
    reviewId,
    JSON.stringify(keys),
  ) as RowRecord[];
  const known = new Map<string, SyncDifference>();
  const held: string[] = [];
  for (const row of rows) {
    if (row.section === 'issues') held.push(row.row_key);
    else for (const d of differencesOfDetail(row.detail_json)) known.set(d.id, d);
  }
  if (held.length) {
    throw new ContractError('rejected', `${listed(held)} ${held.length === 1 ? 'is' : 'are'} held by a blocking issue, so nothing can be chosen there. Fix the issue and compare again.`);
  }
  const unknown = choices.filter((c) => !known.has(c.differenceId)).map((c) => c.differenceId);
  if (unknown.length) {
    throw new ContractError('not_found', `Review ${reviewId} has no difference ${listed(unknown.map((id) => `"${id}"`))}. Difference ids look like p12-s7001/name or p12-s7001/v3-sv9/price.`);
  }
  for (const c of choices) {
    const disabled = known.get(c.differenceId)?.shopifyChoiceDisabled;
    if (c.side === 'shopify' && disabled) throw new ContractError('rejected', disabled);
  }
  const upsert = prepared(
    db,
    `INSERT INTO sync_choices (review_id, difference_id, row_key, side) VALUES (?, ?, ?, ?)
     ON CONFLICT (review_id, difference_id) DO UPDATE SET side = excluded.side`,
  );
  const remove = prepared(db, 'DELETE FROM sync_choices WHERE review_id = ? AND difference_id = ?');
  db.transaction(() => {
    for (const c of choices) {
      if (c.side === null) remove.run(reviewId, c.differenceId);
      else upsert.run(reviewId, c.differenceId, rowKeyOfDifference(c.differenceId), c.side);
    }
  })();
}

/** Checks that every row key is in the review; returns their sections. */
export function sectionsOf(db: ReadableDB, reviewId: number, rowKeys: readonly string[]): Map<string, SyncSection> {
  const rows = prepared(db, 'SELECT row_key, section FROM sync_review_rows WHERE review_id = ? AND row_key IN (SELECT value FROM json_each(?))').all(
    reviewId,
    JSON.stringify(rowKeys),
  ) as { row_key: string; section: SyncSection }[];
  const sections = new Map(rows.map((r) => [r.row_key, r.section]));
  const unknown = rowKeys.filter((k) => !sections.has(k));
  if (unknown.length) throw new ContractError('not_found', `Review ${reviewId} has no product ${listed(unknown.map((k) => `"${k}"`))}. Row keys look like p12, s7001 or p12-s7001.`);
  return sections;
}

/** Accept All Local / All Shopify for the whole review, a section or some rows (or a window of them); Shopify-disabled fields keep their choice (or none). */
export function acceptAll(db: WritableDB, reviewId: number, input: Pick<z.output<typeof AcceptAllInput>, 'side' | 'section' | 'rowKeys'>, window?: PositionWindow): void {
  if (input.rowKeys) sectionsOf(db, reviewId, input.rowKeys);
  const selection = window ? rowSelectionFilter(window) : null;
  const filters = [selection?.sql ?? '1'];
  if (input.section !== undefined) filters.push('r.section = :section');
  if (input.rowKeys !== undefined) filters.push('r.row_key IN (SELECT value FROM json_each(:rowKeys))');
  const sql = `${differencesOf(filters.join(' AND '))}
    INSERT INTO sync_choices (review_id, difference_id, row_key, side)
    SELECT :reviewId, json_extract(diff, '$.id'), row_key, :side FROM diffs
    WHERE :side = 'stockpilot' OR json_extract(diff, '$.shopifyChoiceDisabled') IS NULL
    ON CONFLICT (review_id, difference_id) DO UPDATE SET side = excluded.side`;
  db.transaction(() => {
    prepared(db, sql).run({ reviewId, side: input.side, section: input.section ?? null, rowKeys: JSON.stringify(input.rowKeys ?? []), ...selection?.params });
  })();
}

const ACTION_SECTION: Record<Exclude<RowAction, 'leave'>, SyncSection> = { create: 'only_stockpilot', import: 'only_shopify' };

/** Create (rows only in Stockpilot), import (rows only in Shopify) or leave, per row or for a whole section. */
export function setRowActions(db: WritableDB, reviewId: number, input: z.output<typeof SetRowActionsInput>): void {
  const { action } = input;
  if (input.section !== undefined && action !== 'leave' && ACTION_SECTION[action] !== input.section) {
    throw new ContractError('rejected', action === 'create' ? 'Only products found in Stockpilot alone can be created on Shopify.' : 'Only products found on Shopify alone can be imported.');
  }
  if (input.rowKeys) {
    const sections = sectionsOf(db, reviewId, input.rowKeys);
    const allowed = (s: SyncSection | undefined) => (action === 'leave' ? s === 'only_stockpilot' || s === 'only_shopify' : s === ACTION_SECTION[action]);
    const wrong = input.rowKeys.filter((k) => !allowed(sections.get(k)));
    if (wrong.length) {
      const what = action === 'create' ? 'found in Stockpilot alone, so they cannot be created on Shopify' : action === 'import' ? 'found on Shopify alone, so they cannot be imported' : 'found on one side only';
      throw new ContractError('rejected', `${listed(wrong)} ${wrong.length === 1 ? 'is' : 'are'} not ${what}.`);
    }
  }
  const filter = input.rowKeys ? 'row_key IN (SELECT value FROM json_each(:rowKeys))' : 'section = :section';
  const params = { reviewId, action, section: input.section ?? null, rowKeys: JSON.stringify(input.rowKeys ?? []) };
  // Leave is a choice like the others: a one-sided row with no action waits, and Apply with it.
  const oneSided = action === 'leave' ? ` AND section IN ('only_stockpilot', 'only_shopify')` : '';
  db.transaction(() => {
    prepared(
      db,
      `INSERT INTO sync_row_actions (review_id, row_key, action)
       SELECT review_id, row_key, :action FROM sync_review_rows WHERE review_id = :reviewId AND ${filter}${oneSided}
       ON CONFLICT (review_id, row_key) DO UPDATE SET action = excluded.action`,
    ).run(params);
  })();
}

/**
 * Where the choices stand, for the whole review or for some rows (an apply of those rows).
 * Conflicts are counted from each row's stored count; only rows with a Shopify-disabled
 * field (found by a plain text search first) have their differences walked.
 */
export function choiceTally(db: ReadableDB, reviewId: number, rows?: RowSelection): ChoiceTally {
  const { sql: filter, params: selection } = rowSelectionFilter(rows);
  const params = { reviewId, ...selection };
  // The whole review: the summary's count less the rows held by issues (few), and every choice (choices are only ever on countable rows).
  const counts = (
    rows
      ? prepared(
          db,
          `SELECT coalesce(sum(json_extract(r.row_json, '$.differenceCount')), 0) AS conflicts,
                  coalesce(sum((SELECT count(*) FROM sync_choices c WHERE c.review_id = r.review_id AND c.row_key = r.row_key)), 0) AS chosen
           FROM sync_review_rows r WHERE r.review_id = :reviewId AND r.section = 'different' AND ${filter}`,
        )
      : prepared(
          db,
          `SELECT json_extract(s.summary_json, '$.differences')
                  - (SELECT coalesce(sum(json_extract(r.row_json, '$.differenceCount')), 0) FROM sync_review_rows r WHERE r.review_id = :reviewId AND r.section = 'issues') AS conflicts,
                  (SELECT count(*) FROM sync_choices c WHERE c.review_id = :reviewId) AS chosen
           FROM sync_reviews s WHERE s.id = :reviewId`,
        )
  ).get(params) as { conflicts: number; chosen: number };
  // Only a stock difference can be Shopify-disabled: none in the review, nothing to walk; else plain text searches pick the few rows worth walking.
  const stockDifferences = prepared(db, `SELECT coalesce(json_extract(summary_json, '$.differencesByField.stock'), 0) AS n FROM sync_reviews WHERE id = ?`).get(reviewId) as { n: number } | undefined;
  const disabled = !stockDifferences?.n
    ? { n: 0 }
    : (prepared(
        db,
        `${differencesOf(`instr(r.row_json, '"stock"') > 0 AND instr(r.detail_json, '"shopifyChoiceDisabled":"') > 0 AND ${filter}`)}
         SELECT count(*) AS n FROM diffs WHERE json_extract(diff, '$.shopifyChoiceDisabled') IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM sync_choices c WHERE c.review_id = :reviewId AND c.difference_id = json_extract(diff, '$.id'))`,
      ).get(params) as { n: number });
  const actions = prepared(
    db,
    `SELECT coalesce(sum(a.action = 'create' AND r.section = 'only_stockpilot'), 0) AS toCreate, coalesce(sum(a.action = 'import' AND r.section = 'only_shopify'), 0) AS toImport
     FROM sync_row_actions a JOIN sync_review_rows r ON r.review_id = a.review_id AND r.row_key = a.row_key
     WHERE a.review_id = :reviewId AND ${filter}`,
  ).get(params) as { toCreate: number; toImport: number };
  return {
    reviewId,
    conflicts: counts.conflicts,
    chosen: counts.chosen,
    remaining: counts.conflicts - counts.chosen,
    remainingShopifyDisabled: disabled.n,
    toCreate: actions.toCreate,
    toImport: actions.toImport,
    ...oneSidedTally(db, reviewId, rows),
  };
}

/** The sides chosen for one row's differences, by difference id. */
export function chosenSides(db: ReadableDB, reviewId: number, rowKey: string): Map<string, SyncSide> {
  const rows = prepared(db, 'SELECT difference_id, side FROM sync_choices WHERE review_id = ? AND row_key = ?').all(reviewId, rowKey) as { difference_id: string; side: SyncSide }[];
  return new Map(rows.map((r) => [r.difference_id, r.side]));
}

/** Per row of a page: how many of its differences have a side, and its action. */
export function rowChoiceCounts(db: ReadableDB, reviewId: number, rowKeys: readonly string[]): Map<string, { chosenCount: number; action: RowAction | null }> {
  const rows = prepared(
    db,
    `SELECT k.value AS row_key,
            (SELECT count(*) FROM sync_choices c WHERE c.review_id = :reviewId AND c.row_key = k.value) AS chosen,
            (SELECT action FROM sync_row_actions a WHERE a.review_id = :reviewId AND a.row_key = k.value) AS action
     FROM json_each(:rowKeys) k`,
  ).all({ reviewId, rowKeys: JSON.stringify(rowKeys) }) as { row_key: string; chosen: number; action: RowAction | null }[];
  return new Map(rows.map((r) => [r.row_key, { chosenCount: r.chosen, action: r.action }]));
}

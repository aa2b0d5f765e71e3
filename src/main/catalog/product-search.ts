/**
 * The products list: one page of summary rows, searched, filtered and sorted in SQL.
 *
 * Search matches any part of the name or of any SKU, ignoring case. A query of 3 or more
 * characters goes through the FTS5 trigram index (product_search); shorter ones, which a
 * trigram index cannot answer, scan products.search_text with LIKE. Measured on 20,000
 * products / 100,000 variants (bench/catalog-bench.ts): a rare SKU took 12–30 ms as a LIKE
 * scan (walking the name index to the end, touching every row) and under 1 ms through the
 * trigram index, and a rare SKU is what people search for most. The index costs seeding
 * time (100,000 variants: ~3 s → ~6 s) and some disk, which is worth it.
 * Sorting walks one index per sortable column, with the row id as tie-break in the same
 * direction, so a first page costs a few dozen index steps.
 */
import type { ParsedInput } from '../../shared/contract';
import type { ProductPage, ProductSort } from '../../shared/catalog';
import type { Logger } from '../core/logger';
import { prepared } from '../db/prepared';
import { timedQuery } from '../db/slow-query-log';
import type { ReadableDB } from '../db/types';
import { parseJsonArray, type ProductRecord } from './catalog-records';

const sortColumn: Record<ProductSort['field'], string> = {
  name: 'name COLLATE NOCASE',
  vendor: 'vendor COLLATE NOCASE',
  category: 'category COLLATE NOCASE',
  price: 'price_min_cents',
  onHand: 'on_hand',
  committed: 'committed',
  available: 'available',
  status: 'status',
  syncState: 'sync_state',
  updatedAt: 'updated_at',
};

const ROW_COLUMNS = `id, name, vendor, category, status, listing_status, sync_state, sync_error, track_inventory, auto_stock,
  variant_count, skus_json, price_min_cents, price_max_cents, on_hand, committed, available, updated_at`;

const TRIGRAM = 3;

/** An FTS5 phrase: the text, quoted, so that nothing in it reads as query syntax. */
const phrase = (search: string) => `"${search.replaceAll('"', '""')}"`;

/** LIKE treats % and _ as wildcards; a shop owner searching "50%" means the characters. */
const likePattern = (search: string) => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function listProducts(db: ReadableDB, log: Logger, input: ParsedInput<'listProducts'>): ProductPage {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (input.search.length >= TRIGRAM) {
    where.push('id IN (SELECT rowid FROM product_search WHERE product_search MATCH :search)');
    params.search = phrase(input.search);
  } else if (input.search) {
    where.push(`search_text LIKE :search ESCAPE '\\'`);
    params.search = likePattern(input.search);
  }
  if (input.status) {
    where.push('status = :status');
    params.status = input.status;
  }
  if (input.syncState) {
    where.push('sync_state = :syncState');
    params.syncState = input.syncState;
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const direction = input.sort.direction === 'desc' ? 'DESC' : 'ASC';
  const orderSql = `ORDER BY ${sortColumn[input.sort.field]} ${direction}, id ${direction}`;

  return timedQuery(log, `listProducts ${JSON.stringify(input)}`, () => {
    const { total } = prepared(db, `SELECT count(*) AS total FROM products ${whereSql}`).get(params) as { total: number };
    const rows = prepared(db, `SELECT ${ROW_COLUMNS} FROM products ${whereSql} ${orderSql} LIMIT :limit OFFSET :offset`).all({
      ...params,
      limit: input.limit,
      offset: input.offset,
    }) as ProductRecord[];
    return {
      total,
      offset: input.offset,
      rows: rows.map((r) => ({
        id: r.id,
        name: r.name,
        vendor: r.vendor,
        category: r.category,
        status: r.status,
        listingStatus: r.listing_status,
        syncState: r.sync_state,
        syncError: r.sync_error,
        trackInventory: r.track_inventory === 1,
        autoStock: r.auto_stock === 1,
        variantCount: r.variant_count,
        skus: parseJsonArray(r.skus_json),
        priceMinCents: r.price_min_cents,
        priceMaxCents: r.price_max_cents,
        onHand: r.on_hand,
        committed: r.committed,
        available: r.available,
        updatedAt: r.updated_at,
      })),
    };
  });
}

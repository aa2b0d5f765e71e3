/**
 * The products SKU regeneration starts from: those the products list shows for its current
 * search and filters, read in pages. A very large list is cut at SCOPE_LIMIT (the owner is
 * told, and can narrow the search); the dialog then lets them untick any product.
 */
import type { ProductRow } from '../../shared/catalog';
import { api } from '../api';
import type { ListQuery } from '../stores/products-list';

export const SCOPE_LIMIT = 2_000;
const PAGE = 500;

export interface SkuScope {
  products: ProductRow[];
  /** How many products the list's filter matches (may exceed what was read). */
  total: number;
}

export async function loadSkuScope(query: ListQuery): Promise<SkuScope> {
  const products: ProductRow[] = [];
  let total = 0;
  do {
    const page = await api.listProducts({ ...query, offset: products.length, limit: PAGE });
    total = page.total;
    products.push(...page.rows);
    if (page.rows.length === 0) break;
  } while (products.length < Math.min(total, SCOPE_LIMIT));
  return { products: products.slice(0, SCOPE_LIMIT), total };
}

/** "3 products matching “tee”", said from the list's filter. */
export function scopeWords(query: ListQuery, total: number): string {
  const parts: string[] = [];
  if (query.search) parts.push(`matching “${query.search}”`);
  if (query.status) parts.push(query.status);
  if (query.syncState) parts.push(`sync state ${query.syncState.replace(/_/g, ' ')}`);
  const noun = `${total.toLocaleString()} product${total === 1 ? '' : 's'}`;
  return parts.length === 0 ? `all ${noun}` : `${noun} ${parts.join(', ')}`;
}

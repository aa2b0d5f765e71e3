/** The channel and day range the Sales page filters by, as SQL on `sales s`. Days are UTC days. */
import type { SaleChannel } from '../../shared/orders';

export interface SaleFilter {
  channel?: SaleChannel | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export function saleFilterSql(filter: SaleFilter): { where: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  if (filter.channel) {
    clauses.push('s.channel = ?');
    params.push(filter.channel);
  }
  if (filter.from) {
    clauses.push('s.sold_at >= ?');
    params.push(`${filter.from}T00:00:00Z`);
  }
  if (filter.to) {
    clauses.push('s.sold_at < ?');
    params.push(`${addDays(filter.to, 1)}T00:00:00Z`);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

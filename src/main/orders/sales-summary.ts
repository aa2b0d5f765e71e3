/**
 * The Sales page's numbers: revenue, COGS, profit and units in the shop's currency, the best
 * sellers, and a day or week series for the chart. Sales in another currency are counted
 * apart, never added in: amounts are never converted. A sale whose order was cancelled on
 * Shopify after import is counted apart too: it earned nothing. Refunds and order edits are
 * in every figure (sale-totals.ts): revenue after them, COGS of the units that did not come back.
 */
import type { SalesSummary } from '../../shared/orders';
import { prepared } from '../db/prepared';
import type { ReadableDB } from '../db/types';
import { addDays, saleFilterSql, type SaleFilter } from './sale-filter';
import { LINE_COGS, LINE_REVENUE, LINE_UNITS } from './sale-totals';

const DAY_MS = 86_400_000;
/** Ranges up to about three months chart by day; longer ones by week. */
const MAX_DAILY_POINTS = 92;
const TOP_PRODUCTS = 10;

export function salesSummary(db: ReadableDB, filter: SaleFilter, currency: string): SalesSummary {
  const { where, params } = saleFilterSql(filter);
  const and = `${where ? `${where} AND` : 'WHERE'} s.cancelled_at IS NULL AND`;
  const inCurrency = [...params, currency];
  const { n: cancelled } = prepared(db, `SELECT count(*) AS n FROM sales s ${where ? `${where} AND` : 'WHERE'} s.cancelled_at IS NOT NULL`).get(...params) as {
    n: number;
  };

  const totals = prepared(
    db,
    `SELECT count(*) AS sales, coalesce(sum(s.revenue_cents), 0) AS revenue, coalesce(sum(s.units), 0) AS units,
       coalesce(sum(s.cogs_cents), 0) AS cogs, coalesce(sum(s.lines_without_cogs), 0) AS without_cogs, coalesce(sum(s.refunded_cents), 0) AS refunded
     FROM sales s ${and} s.currency = ?`,
  ).get(...inCurrency) as { sales: number; revenue: number; units: number; cogs: number; without_cogs: number; refunded: number };

  const otherCurrencies = prepared(
    db,
    `SELECT s.currency, count(*) AS sales, sum(s.revenue_cents) AS revenueCents FROM sales s ${and} s.currency <> ? GROUP BY s.currency ORDER BY s.currency`,
  ).all(...inCurrency) as { currency: string; sales: number; revenueCents: number }[];

  const topProducts = prepared(
    db,
    `SELECT l.product_id AS productId, max(l.product_name) AS productName, sum(${LINE_UNITS}) AS units, sum(${LINE_REVENUE}) AS revenueCents,
       sum(${LINE_REVENUE} - coalesce(${LINE_COGS}, 0)) AS profitCents
     FROM sale_lines l JOIN sales s ON s.id = l.sale_id ${and} s.currency = ? AND l.product_id IS NOT NULL
     GROUP BY l.product_id ORDER BY revenueCents DESC, units DESC LIMIT ${TOP_PRODUCTS}`,
  ).all(...inCurrency) as SalesSummary['topProducts'];

  return {
    currency,
    from: filter.from ?? null,
    to: filter.to ?? null,
    sales: totals.sales,
    units: totals.units,
    revenueCents: totals.revenue,
    cogsCents: totals.cogs,
    profitCents: totals.revenue - totals.cogs,
    refundedCents: totals.refunded,
    linesWithoutCogs: totals.without_cogs,
    cancelledSales: cancelled,
    otherCurrencies,
    topProducts,
    series: salesSeries(db, filter, currency),
  };
}

interface DayTotal {
  day: string;
  sales: number;
  revenue: number;
  cogs: number;
}

function salesSeries(db: ReadableDB, filter: SaleFilter, currency: string): SalesSummary['series'] {
  const { where, params } = saleFilterSql(filter);
  const days = prepared(
    db,
    `SELECT substr(s.sold_at, 1, 10) AS day, count(*) AS sales, sum(s.revenue_cents) AS revenue, sum(s.cogs_cents) AS cogs
     FROM sales s ${where ? `${where} AND` : 'WHERE'} s.cancelled_at IS NULL AND s.currency = ? GROUP BY day ORDER BY day`,
  ).all(...params, currency) as DayTotal[];
  const first = filter.from ?? days[0]?.day;
  const last = filter.to ?? days.at(-1)?.day;
  if (!first || !last) return { bucket: 'day', points: [] };
  const span = (Date.parse(last) - Date.parse(first)) / DAY_MS + 1;
  const bucket = span <= MAX_DAILY_POINTS ? 'day' : 'week';
  const startOf = bucket === 'day' ? (day: string) => day : mondayOf;
  const points = new Map<string, { start: string; sales: number; revenueCents: number; profitCents: number }>();
  for (let day = startOf(first); day <= last; day = addDays(day, bucket === 'day' ? 1 : 7)) {
    points.set(day, { start: day, sales: 0, revenueCents: 0, profitCents: 0 });
  }
  for (const d of days) {
    const point = points.get(startOf(d.day));
    if (!point) continue;
    point.sales += d.sales;
    point.revenueCents += d.revenue;
    point.profitCents += d.revenue - d.cogs;
  }
  return { bucket, points: [...points.values()] };
}

/** The Monday of a day's week (weeks start on Monday). */
function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

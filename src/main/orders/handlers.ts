/** The order import's part of the contract: preview, import, sales, mapping, status. */
import type { CoreDeps } from '../core/deps';
import type { HandlerSlice } from '../core/handlers';
import { redactingFailures } from '../connection/handlers';
import type { SecretRedactor } from '../secrets/secret-redaction';
import { loadSettings } from '../settings/settings-store';
import { prepared } from '../db/prepared';
import { AutoOrderImport } from './auto-import';
import { readImportState, startCatchUpFrom } from './import-state';
import { OrderImport } from './order-import';
import { mapOrderLine } from './order-line-mapping';
import type { OrderShop } from './order-shop';
import { listSales, readSale, unmatchedLines } from './sale-reads';
import { salesSummary } from './sales-summary';

export type OrderCallName =
  | 'previewOrderImport'
  | 'importOrders'
  | 'getOrderImportStatus'
  | 'listSales'
  | 'getSale'
  | 'getSalesSummary'
  | 'listUnmatchedOrderLines'
  | 'mapOrderLine';

export interface OrderImportOptions {
  /** How often order sync checks whether it is due, in ms (default 15,000; 0: never, and not at start either). */
  tickMs?: number;
  /** How often order sync runs, in ms (default 60,000). */
  everyMs?: number;
}

/** Shopify dates orders to the second, and its search is strictly after: start a second early. */
const catchUpStart = (now: Date) => new Date(Math.floor(now.getTime() / 1000) * 1000 - 1000).toISOString().replace('.000Z', 'Z');

export function createOrderImport(deps: CoreDeps, shop: OrderShop, redactor: SecretRedactor, options: OrderImportOptions = {}) {
  const { db } = deps;
  const orders = new OrderImport(deps, shop);
  const auto = new AutoOrderImport(deps, orders, shop, options.everyMs);
  const tickMs = options.tickMs ?? 15_000;
  if (tickMs > 0) auto.start(tickMs);
  const safely = redactingFailures(redactor);
  const count = (sql: string) => (prepared(db, sql).get() as { n: number }).n;
  const unsubscribe = deps.bus.subscribe((event) => {
    const shop = event.name === 'connectionChanged' && event.payload.state === 'connected' ? event.payload.shop : null;
    if (shop && db.open) startCatchUpFrom(db, catchUpStart(deps.clock.now()), shop.domain);
  });

  const handlers: HandlerSlice<OrderCallName> = {
    previewOrderImport: (input) => safely(orders.preview(input)),
    importOrders: (input, ctx) => safely(orders.importOrders(input, ctx.actor)),
    getOrderImportStatus: () => ({
      connected: shop.connected() !== null,
      ...readImportState(db),
      autoImportOrders: loadSettings(db, deps.log).autoImportOrders,
      running: orders.running,
      unmatchedLines: count('SELECT count(*) AS n FROM sale_lines WHERE matched = 0'),
      cancelledAfterImport: count('SELECT count(*) AS n FROM sales WHERE cancelled_at IS NOT NULL'),
    }),
    listSales: (input) => listSales(db, input),
    getSale: ({ id }) => readSale(db, id),
    getSalesSummary: (input) => salesSummary(db, input, loadSettings(db, deps.log).currency),
    listUnmatchedOrderLines: () => {
      const rows = unmatchedLines(db);
      return { total: rows.length, rows };
    },
    mapOrderLine: (input, ctx) => safely(mapOrderLine(deps, shop, input, ctx.actor)),
  };
  return {
    handlers,
    orders,
    auto,
    stop: () => {
      unsubscribe();
      auto.stop();
    },
  };
}

/**
 * A long range of orders is read with one bulk operation, not pages: every order imported once,
 * an order's lines past the first 20 and its refunds included; a short range still pages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SeedOrder } from '../../../src/shopify-sim/index';
import { ORDER_CATALOG, ORDER_SEED, openOrderTestShop, type OrderTestShop } from './order-test-shop';

let shop: OrderTestShop;
afterEach(() => shop.close());

const RANGE = 600;
const plenty = (sku: string, options?: string[]) => ({ sku, ...(options ? { options } : {}), price: 25, available: 5_000 });
const seedWith = (orders: SeedOrder[]) => ({
  ...ORDER_SEED,
  orders,
  products: ORDER_SEED.products!.map((p) => ({ ...p, variants: (p.variants ?? []).map((v) => plenty(v.sku ?? '', v.options)) })),
});
const catalog = ORDER_CATALOG.map((p) => ({ ...p, variants: (p.variants ?? []).map((v) => ({ ...v, onHand: 5_000 })) }));

/** The operations the import sent, by name, from the request log's `from`th entry on. */
const sentSince = (from: number) => shop.sim.control.requests().slice(from).map((r) => r.operationName);

describe('a long range', () => {
  it(`reads ${RANGE} orders with one bulk operation and imports each once, with every line and refund`, async () => {
    const orders: SeedOrder[] = Array.from({ length: RANGE }, (_, i) => ({ name: `#${2001 + i}`, daysAgo: 1 + (i % 30), lineItems: [{ sku: 'TEE-M', quantity: 1 }] }));
    const manyLines = Array.from({ length: 25 }, (_, i) => ({ sku: i % 2 ? 'TEE-L' : 'PRINT-A4', quantity: 1 }));
    orders.push({ name: '#3001', daysAgo: 2, lineItems: manyLines });
    shop = await openOrderTestShop({ seed: seedWith(orders), catalog });
    shop.sim.control.refund({ name: '#2005', lines: [{ sku: 'TEE-M', quantity: 1, restock: true }] });
    const from = shop.sim.control.requests().length;

    const summary = await shop.core.call('importOrders', {});
    expect(summary.imported).toBe(RANGE + 1);
    const sent = sentSince(from);
    // CatalogBulkRun is Shopify's bulkOperationRunQuery, the call every bulk read makes.
    expect(sent.filter((name) => name === 'CatalogBulkRun')).toHaveLength(1);
    // The days in bulk; what changed since the shop was connected (the refund) is one page.
    expect(sent.filter((name) => name === 'OrdersPage')).toHaveLength(1);
    expect(sent.indexOf('OrdersPage')).toBeGreaterThan(sent.lastIndexOf('OrdersBeyond'));
    expect(sent).not.toContain('OrderLinesPage');
    expect(shop.orderProgress().flatMap((p) => (p.phase === 'reading' ? [p.done] : []))).toContain(RANGE + 1);

    const lineCount = (name: string) => shop.query<{ n: number }>('SELECT count(*) AS n FROM sale_lines WHERE sale_id = (SELECT id FROM sales WHERE order_name = ?)', name)[0]!.n;
    expect(lineCount('#3001')).toBe(25);
    expect(shop.query<{ n: number }>('SELECT count(*) AS n FROM sale_refunds')[0]!.n).toBe(1);
    expect(shop.onHand('TEE-M')).toBe(5_000 - RANGE + 1);
    expect(shop.query<{ n: number; total: number }>('SELECT count(DISTINCT shopify_order_id) AS n, count(*) AS total FROM sales')[0]).toEqual({ n: RANGE + 1, total: RANGE + 1 });
    expect((await shop.core.call('importOrders', { since: summary.since })).imported).toBe(0);
    expect((await shop.core.call('listSales', { limit: 1 })).total).toBe(RANGE + 1);
  });

  it('a short range is still read page by page', async () => {
    shop = await openOrderTestShop();
    const from = shop.sim.control.requests().length;
    expect((await shop.core.call('previewOrderImport', {})).orders.length).toBeGreaterThan(0);
    const sent = sentSince(from);
    expect(sent).toContain('OrdersPage');
    expect(sent).not.toContain('CatalogBulkRun');
  });
});

/**
 * What the owner sees after Shopify changes an order it already sold: a refund takes its money
 * off revenue and profit (and its units back into stock when restocked), an order edit adds
 * lines or removes units — each counted once, however many imports (in however many
 * Stockpilots on the data folder) see the order, and Shopify ends showing Stockpilot's stock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { openSecondCore, orderMovements } from '../stock-push/drift-paths-support';
import { ORDER_SEED, openOrderTestShop, type OrderTestShop } from './order-test-shop';

let shop: OrderTestShop;
let other: Core | undefined;
afterEach(async () => {
  await other?.shutdown(2_000).catch(() => undefined);
  other = undefined;
  await shop.close();
});

/** A shop with no orders yet: each test makes the sale it needs (tee 25.00, COGS 9.00; print 18.00, COGS 4.00). */
const openShop = () => openOrderTestShop({ seed: { ...ORDER_SEED, orders: [] } });

const importOrders = (core: Core = shop.core) => core.call('importOrders', {});
const figures = async (core: Core = shop.core) => {
  const s = await core.call('getSalesSummary', {});
  return { units: s.units, revenue: s.revenueCents, cogs: s.cogsCents, profit: s.profitCents, refunded: s.refundedCents };
};
const theSale = async (core: Core = shop.core) => core.call('getSale', { id: (await core.call('listSales', {})).rows[0]!.id });
const changedOnShopify = async () => (await shop.core.call('listShopifyChanges', {})).rows.map((r) => r.sku);

/** After a push: Stockpilot's stock, what Shopify shows, nothing left under "Changed on Shopify". */
async function bothSidesAfterPush(sku: string) {
  await shop.core.call('pushNow', {});
  expect(await changedOnShopify()).toEqual([]);
  return [shop.onHand(sku), shop.shopifyAvailable(sku)];
}

describe('a refund on Shopify', () => {
  it('a customer returns one of two tees: it is back in stock, and revenue, COGS and profit drop by it', async () => {
    shop = await openShop();
    const { name } = shop.sim.control.sell({ sku: 'TEE-M', quantity: 2 });
    await importOrders();
    expect(await figures()).toEqual({ units: 2, revenue: 5000, cogs: 1800, profit: 3200, refunded: 0 });

    shop.sim.control.refund({ name, lines: [{ sku: 'TEE-M', quantity: 1, restock: true }] });
    await importOrders();

    expect(await figures()).toEqual({ units: 1, revenue: 2500, cogs: 900, profit: 1600, refunded: 2500 });
    const [line] = (await theSale()).lines;
    expect(line).toMatchObject({ quantity: 2, refundedQuantity: 1, restockedQuantity: 1, refundedCents: 2500, revenueCents: 2500, profitCents: 1600 });
    expect(await bothSidesAfterPush('TEE-M')).toEqual([9, 9]);
    expect((await orderMovements(shop.core, 'TEE-M')).sort()).toEqual([-2, 1]);
  });

  it('a refund without restock gives money back and moves no stock: the tee stays sold at its cost', async () => {
    shop = await openShop();
    const { name } = shop.sim.control.sell({ sku: 'TEE-M', quantity: 2 });
    await importOrders();

    shop.sim.control.refund({ name, lines: [{ sku: 'TEE-M', quantity: 1, restock: false }] });
    await importOrders();

    // Revenue is one tee's; both tees' cost stays (the refunded one never came back).
    expect(await figures()).toEqual({ units: 1, revenue: 2500, cogs: 1800, profit: 700, refunded: 2500 });
    expect((await theSale()).lines[0]).toMatchObject({ refundedQuantity: 1, restockedQuantity: 0 });
    expect(await bothSidesAfterPush('TEE-M')).toEqual([8, 8]);
    expect(await orderMovements(shop.core, 'TEE-M')).toEqual([-2]);
  });
});

describe('an order edit on Shopify', () => {
  it('a print added to a sold order: a new sale line, and the print leaves the stock once', async () => {
    shop = await openShop();
    const { name } = shop.sim.control.sell({ sku: 'TEE-M', quantity: 1 });
    await importOrders();

    shop.sim.control.editOrder({ name, add: [{ sku: 'PRINT-A4', quantity: 1 }] });
    await importOrders();
    await importOrders();

    const sale = await theSale();
    expect(sale.lines.map((l) => [l.sku, l.quantity, l.addedByEdit])).toEqual([
      ['TEE-M', 1, false],
      ['PRINT-A4', 1, true],
    ]);
    expect(await figures()).toEqual({ units: 2, revenue: 2500 + 1800, cogs: 900 + 400, profit: 4300 - 1300, refunded: 0 });
    expect(await bothSidesAfterPush('PRINT-A4')).toEqual([2, 2]);
    expect(await orderMovements(shop.core, 'PRINT-A4')).toEqual([-1]);
    const history = await shop.core.call('listStockMovements', { variantId: shop.variantId('PRINT-A4') });
    expect(history.rows.find((m) => m.kind === 'order_import')?.reason).toBe(`Shopify order ${name} edited`);
  });

  it('a tee taken off a sold order comes back into stock once, and its money leaves revenue', async () => {
    shop = await openShop();
    const { name } = shop.sim.control.sell({ sku: 'TEE-M', quantity: 3 });
    await importOrders();
    expect(shop.onHand('TEE-M')).toBe(7);

    shop.sim.control.editOrder({ name, remove: [{ sku: 'TEE-M', quantity: 1 }] });
    await importOrders();
    await importOrders();

    expect(shop.onHand('TEE-M')).toBe(8);
    expect((await theSale()).lines[0]).toMatchObject({ quantity: 3, removedQuantity: 1, refundedQuantity: 0, revenueCents: 5000 });
    expect(await figures()).toEqual({ units: 2, revenue: 5000, cogs: 1800, profit: 3200, refunded: 0 });
    expect(await bothSidesAfterPush('TEE-M')).toEqual([8, 8]);
    const history = await shop.core.call('listStockMovements', { variantId: shop.variantId('TEE-M') });
    expect(history.rows.filter((m) => m.kind === 'order_import').map((m) => [m.quantity, m.reason])).toEqual(
      expect.arrayContaining([
        [-3, `Shopify order ${name}`],
        [1, `Shopify order ${name} edited`],
      ]),
    );
  });

  it('an order edited and refunded before its first import: only what is still sold leaves the stock', async () => {
    shop = await openShop();
    const { name } = shop.sim.control.sell({ sku: 'TEE-M', quantity: 3 });
    shop.sim.control.editOrder({ name, remove: [{ sku: 'TEE-M', quantity: 1 }], add: [{ sku: 'PRINT-A4', quantity: 1 }] });
    shop.sim.control.refund({ name, lines: [{ sku: 'TEE-M', quantity: 1, restock: true }] });
    await importOrders();

    expect([shop.onHand('TEE-M'), shop.onHand('PRINT-A4')]).toEqual([9, 2]);
    expect(await figures()).toEqual({ units: 2, revenue: 2500 + 1800, cogs: 900 + 400, profit: 4300 - 1300, refunded: 2500 });
    expect(await bothSidesAfterPush('TEE-M')).toEqual([9, 9]);
    expect(await bothSidesAfterPush('PRINT-A4')).toEqual([2, 2]);
  });
});

describe('an older sale changed since', () => {
  it('a refund on an order from days ago is brought in by the next import, though the order is older than its first day', async () => {
    shop = await openOrderTestShop();
    await importOrders(); // #1002 (6 days ago): two tees and a print
    shop.sim.control.refund({ name: '#1002', lines: [{ sku: 'PRINT-A4', quantity: 1, restock: true }] });

    const summary = await importOrders(); // starts from today, the day of the last import
    expect(summary.since).toBe(new Date().toISOString().slice(0, 10));
    const sale = (await shop.core.call('listSales', {})).rows.find((r) => r.orderName === '#1002')!;
    expect(sale).toMatchObject({ refundedCents: 1800, revenueCents: 5000, cogsCents: 1800 });
    // Three prints, one sold in #1002 and one in #1003; #1002's came back.
    await shop.core.call('pushNow', {});
    expect([shop.onHand('PRINT-A4'), shop.shopifyAvailable('PRINT-A4')]).toEqual([2, 2]);
    expect((await shop.core.call('listShopifyChanges', {})).rows.map((r) => r.sku)).not.toContain('PRINT-A4');
  });
});

describe('a line mapped after Shopify changed it', () => {
  it('a line no SKU matched, one unit returned, then mapped to the print: only the unit still sold leaves the stock, once', async () => {
    shop = await openShop();
    const { name } = shop.sim.control.sell({ sku: 'MUG-X', quantity: 2 });
    const [unmatched] = (await importOrders()).unmatchedLines;
    shop.sim.control.refund({ name, lines: [{ sku: 'MUG-X', quantity: 1, restock: true }] });
    await importOrders();

    await shop.core.call('mapOrderLine', { lineId: unmatched!.lineId, variantId: shop.variantId('PRINT-A4') });
    expect(shop.onHand('PRINT-A4')).toBe(2);
    await importOrders();
    expect(shop.onHand('PRINT-A4')).toBe(2);
    expect(await figures()).toEqual({ units: 1, revenue: 1200, cogs: 400, profit: 800, refunded: 1200 });
  });
});

describe('the same changed order seen again', () => {
  it('two imports, and imports in another Stockpilot on the same data folder at once: every change counted once', async () => {
    shop = await openShop();
    const { name } = shop.sim.control.sell({ sku: 'TEE-M', quantity: 3 });
    await importOrders();
    shop.sim.control.editOrder({ name, remove: [{ sku: 'TEE-M', quantity: 1 }], add: [{ sku: 'PRINT-A4', quantity: 1 }] });
    shop.sim.control.refund({ name, lines: [{ sku: 'TEE-M', quantity: 1, restock: true }] });

    other = openSecondCore(shop, { orderImportTickMs: 0 });
    await Promise.all([importOrders(), importOrders(other)]);
    await importOrders();
    await importOrders(other);

    expect([shop.onHand('TEE-M'), shop.onHand('PRINT-A4')]).toEqual([9, 2]);
    expect((await orderMovements(shop.core, 'TEE-M')).sort()).toEqual([-3, 1, 1]);
    expect(await orderMovements(shop.core, 'PRINT-A4')).toEqual([-1]);
    const expected = { units: 2, revenue: 2500 + 1800, cogs: 900 + 400, profit: 4300 - 1300, refunded: 2500 };
    expect(await figures()).toEqual(expected);
    expect(await figures(other)).toEqual(expected);
    expect((await theSale(other)).lines).toHaveLength(2);
    expect(await bothSidesAfterPush('TEE-M')).toEqual([9, 9]);
    expect(await bothSidesAfterPush('PRINT-A4')).toEqual([2, 2]);
  });
});

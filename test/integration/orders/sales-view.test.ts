import { afterEach, describe, expect, it } from 'vitest';
import { ContractError } from '../../../src/shared/errors';
import { openOrderTestShop, type OrderTestShop } from './order-test-shop';

let shop: OrderTestShop;
afterEach(() => shop.close());

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe('the Sales page', () => {
  it('sums revenue, COGS, profit and units in the shop currency, counting other currencies apart', async () => {
    shop = await openOrderTestShop();
    await shop.core.call('importOrders', {});
    const summary = await shop.core.call('getSalesSummary', { from: daysAgo(13), to: daysAgo(0) });

    // #1002: 2 tees + a print = 68.00, COGS 22.00; #1006: a tee 25.00 (COGS 9.00) and an unmatched mug 12.00.
    expect(summary).toMatchObject({
      currency: 'EUR',
      sales: 2,
      units: 5,
      revenueCents: 6800 + 3700,
      cogsCents: 2200 + 900,
      profitCents: 10500 - 3100,
      linesWithoutCogs: 1,
      cancelledSales: 0,
      otherCurrencies: [{ currency: 'USD', sales: 1, revenueCents: 1980 }],
    });
    expect(summary.topProducts.map((p) => [p.productName, p.units, p.revenueCents, p.profitCents])).toEqual([
      ['Moth tee', 3, 7500, 7500 - 2700],
      ['Fern print', 1, 1800, 1400],
    ]);
    expect(summary.series.bucket).toBe('day');
    expect(summary.series.points).toHaveLength(14);
    expect(summary.series.points.find((p) => p.start === daysAgo(6))).toMatchObject({ sales: 1, revenueCents: 6800, profitCents: 4600 });
    expect(summary.series.points.find((p) => p.start === daysAgo(5))).toMatchObject({ sales: 0, revenueCents: 0 });
  });

  it('charts long ranges by week', async () => {
    shop = await openOrderTestShop();
    await shop.core.call('importOrders', {});
    const summary = await shop.core.call('getSalesSummary', { from: daysAgo(200), to: daysAgo(0) });
    expect(summary.series.bucket).toBe('week');
    expect(summary.series.points.reduce((n, p) => n + p.sales, 0)).toBe(2);
  });

  it('leaves a sale cancelled after import out of the totals, and says how many there are', async () => {
    shop = await openOrderTestShop();
    await shop.core.call('importOrders', {});
    shop.sim.control.cancelOrder({ name: '#1006' });
    await shop.core.call('importOrders', {});
    const summary = await shop.core.call('getSalesSummary', {});
    expect(summary).toMatchObject({ sales: 1, revenueCents: 6800, cancelledSales: 1 });
  });

  it('lists sales newest first, by date range and channel, a page at a time', async () => {
    shop = await openOrderTestShop();
    await shop.core.call('importOrders', {});
    const all = await shop.core.call('listSales', { channel: 'shopify' });
    expect(all.rows.map((s) => s.orderName)).toEqual(['#1006', '#1003', '#1002']);
    const recent = await shop.core.call('listSales', { from: daysAgo(4), to: daysAgo(0) });
    expect(recent.rows.map((s) => s.orderName)).toEqual(['#1006', '#1003']);
    const page = await shop.core.call('listSales', { offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, rows: [{ orderName: '#1003', currency: 'USD' }] });
  });

  it('refuses a range that ends before it starts', async () => {
    shop = await openOrderTestShop();
    const error = await shop.core.call('listSales', { from: daysAgo(1), to: daysAgo(3) }).catch((e: unknown) => e);
    expect((error as ContractError).issues[0]!.message).toMatch(/"from" day must come before the "to" day/);
  });
});

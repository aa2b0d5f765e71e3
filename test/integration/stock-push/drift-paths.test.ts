/**
 * The ways Shopify's stock used to drift from Stockpilot's, each played against the rebuilt
 * push: two Stockpilots on one data folder, a lost answer followed by a new token, an order
 * import in one window while the other pushes, a product sync's stock choice followed by a
 * location change, and a cancellation restocked on Shopify. Each ends the way an owner expects:
 * Shopify shows Stockpilot's number, no sale counts twice, nothing is carried silently.
 * (Bulk sync, location changes, failures and the scheduler: drift-paths-sending.test.ts.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../src/main/core';
import type { PushRunSummary } from '../../../src/shared/stock-push';
import { bothSides, inStep, openSecondCore, orderMovements, SKUS, variantOf, writesSince } from './drift-paths-support';
import { logOf, openPushTestShop, SIM_SHOP, type PushTestShop } from './push-test-shop';

let shop: PushTestShop;
let other: Core | null = null;
afterEach(async () => {
  await other?.shutdown(2_000).catch(() => undefined);
  other = null;
  await shop.close();
});

const adjust = async (core: Core, sku: string, delta: number, reason = 'Count') =>
  core.call('adjustStock', { variantId: (await variantOf(core, sku)).id, delta, reason });
const changedOnShopify = async (core: Core = shop.core) => (await core.call('listShopifyChanges', {})).rows;
const ALL_IN_STEP = Object.fromEntries(SKUS.map((s) => [s, true]));

describe('two Stockpilots on one data folder', () => {
  it('both press "Push pending now" at the same instant: one pushes, the other waits for it (or says busy); a Shopify sale is brought in once and nothing stale is booked as a sale', async () => {
    shop = await openPushTestShop();
    other = openSecondCore(shop);
    shop.sim.control.sell({ sku: 'TEE-M', quantity: 1 }); // Shopify: 10 → 9
    await adjust(shop.core, 'TEE-M', 4); // 14 here
    await adjust(other, 'TEE-L', -2); // 3
    await adjust(other, 'PRINT-A4', 1); // 4
    shop.sim.control.addFault({ kind: 'latency', count: 3, ms: 300 });

    const cores = [shop.core, other];
    const pushes = cores.map((core) => core.call('pushNow', {}));
    // Meanwhile the window that is not pushing says another one is.
    await vi.waitFor(
      async () => {
        const statuses = await Promise.all(cores.map((core) => core.call('getPushStatus', {})));
        expect(statuses.map((s) => s.pushingElsewhere).sort()).toEqual([false, true]);
      },
      { timeout: 3_000, interval: 20 },
    );
    const outcomes = await Promise.allSettled(pushes);

    const summaries: PushRunSummary[] = [];
    for (const outcome of outcomes) {
      if (outcome.status === 'fulfilled') summaries.push(outcome.value);
      else expect(outcome.reason).toMatchObject({ code: 'busy' });
    }
    expect(summaries.length).toBeGreaterThanOrEqual(1);
    expect(summaries.reduce((n, s) => n + s.succeeded, 0)).toBe(3); // each variant sent once, by one of them
    expect(summaries.reduce((n, s) => n + s.failed + s.skipped, 0)).toBe(0);

    expect(await bothSides(shop)).toEqual({ 'TEE-M': [13, 13], 'TEE-L': [3, 3], 'PRINT-A4': [4, 4] });
    expect(await orderMovements(shop.core, 'TEE-M')).toEqual([-1]);
    expect(await orderMovements(shop.core, 'TEE-L')).toEqual([]);
    expect(await orderMovements(shop.core, 'PRINT-A4')).toEqual([]);
    expect((await shop.core.call('listSales', {})).rows).toHaveLength(1);
    expect(await changedOnShopify()).toEqual([]);
    for (const core of cores) expect(await core.call('getPushStatus', {})).toMatchObject({ pushingElsewhere: false, pending: 0, running: false });
  });
});

describe('an answer lost after Shopify applied it', () => {
  it('then a new token before the next push: the resend is checked against Shopify first, nothing ends +N, nothing is "Changed on Shopify"', async () => {
    shop = await openPushTestShop();
    await adjust(shop.core, 'TEE-M', 2); // 12
    await adjust(shop.core, 'TEE-L', -1); // 4
    // Shopify applies the write but its answer never arrives; the client's own retries are dropped too.
    shop.sim.control.addFault({ kind: 'lost-answer', count: 1 });
    shop.sim.control.addFault({ kind: 'drop', count: 3 });
    const first = await shop.core.call('pushNow', {});
    expect(first).toMatchObject({ succeeded: 0, failed: 0, pendingLeft: 2 });
    expect(first.note).toMatch(/^Waiting for connection/);
    expect([shop.shopifyAvailable('TEE-M'), shop.shopifyAvailable('TEE-L')]).toEqual([12, 4]);
    expect((await logOf(shop.core, 'TEE-M')).at(-1)).toMatchObject({ result: 'retrying' });

    // The owner reconnects with a new token: Shopify would not recognise the old write's key from it.
    const { token } = shop.sim.control.createToken({});
    await shop.core.call('connect', { kind: 'token', shop: SIM_SHOP, accessToken: token });
    const from = shop.sim.control.requests().length;
    const second = await shop.core.call('pushNow', {});

    expect(await bothSides(shop)).toEqual({ 'TEE-M': [12, 12], 'TEE-L': [4, 4], 'PRINT-A4': [3, 3] });
    expect(second).toMatchObject({ succeeded: 2, failed: 0, conflicts: 0, pendingLeft: 0 });
    expect(shop.sim.control.requests().slice(from).map((r) => r.operationName)).toContain('InventoryLevels');
    expect(writesSince(shop, from)).toEqual([]); // checked, not sent again
    expect((await logOf(shop.core, 'TEE-M')).at(-1)).toMatchObject({ result: 'success', sent: 12, message: expect.stringMatching(/answer had not arrived/) });
    expect(await changedOnShopify()).toEqual([]);
    expect(await orderMovements(shop.core, 'TEE-M')).toEqual([]);

    // Nothing rides on the next push either.
    await adjust(shop.core, 'TEE-M', -1);
    await shop.core.call('pushNow', {});
    expect(await bothSides(shop)).toMatchObject({ 'TEE-M': [11, 11] });
  });
});

describe('an order import in one window while the other pushes', () => {
  it('counts every Shopify sale once: on hand is the start less what sold, and Shopify shows Stockpilot\u2019s number', async () => {
    shop = await openPushTestShop();
    other = openSecondCore(shop);
    shop.sim.control.sell({ sku: 'TEE-M', quantity: 2 }); // Shopify 8
    shop.sim.control.sell({ sku: 'TEE-L', quantity: 1 }); // 4
    shop.sim.control.sell({ sku: 'PRINT-A4', quantity: 1 }); // 2
    await adjust(shop.core, 'TEE-M', 3, 'Delivery'); // 13 here, before the sale is brought in
    await adjust(shop.core, 'PRINT-A4', -1, 'Damaged'); // 2
    shop.sim.control.addFault({ kind: 'latency', count: 4, ms: 150 });

    await Promise.all([other.call('importOrders', {}), shop.core.call('pushNow', {})]);
    await shop.core.call('pushNow', {}); // whatever the import queued

    const onHand = async (sku: string) => (await variantOf(shop.core, sku)).onHand;
    expect([await onHand('TEE-M'), await onHand('TEE-L'), await onHand('PRINT-A4')]).toEqual([10 + 3 - 2, 5 - 1, 3 - 1 - 1]);
    expect(inStep(await bothSides(shop))).toEqual(ALL_IN_STEP);
    expect(await orderMovements(shop.core, 'TEE-M')).toEqual([-2]);
    expect(await orderMovements(shop.core, 'TEE-L')).toEqual([-1]);
    expect(await orderMovements(shop.core, 'PRINT-A4')).toEqual([-1]);
    expect((await shop.core.call('listSales', {})).rows).toHaveLength(3);
    expect(await changedOnShopify()).toEqual([]);

    // Importing again, from either window, finds nothing new.
    expect((await shop.core.call('importOrders', {})).imported).toBe(0);
    expect((await other.call('importOrders', {})).imported).toBe(0);
    expect(await onHand('TEE-M')).toBe(11);
  });
});

/**
 * Compares the catalog and makes the review's choices as an owner keeping their own stock
 * counts would: Stockpilot's stock, Shopify's everything else (so only stock goes anywhere).
 * Returns the stock differences it chose for.
 */
async function keepStockpilotsStockInReview(): Promise<{ sku: string; stockpilot: unknown; shopify: unknown }[]> {
  await shop.core.call('compareCatalog', {});
  const stock: { sku: string; stockpilot: unknown; shopify: unknown }[] = [];
  const choices: { differenceId: string; side: 'stockpilot' | 'shopify' }[] = [];
  for (const row of (await shop.core.call('getSyncReview', { limit: 500 })).rows.rows) {
    const product = await shop.core.call('getSyncReviewProduct', { key: row.key });
    for (const d of product.differences) choices.push({ differenceId: d.id, side: 'shopify' });
    for (const v of product.variants) {
      for (const d of v.differences) {
        choices.push({ differenceId: d.id, side: d.field === 'stock' ? 'stockpilot' : 'shopify' });
        if (d.field === 'stock') stock.push({ sku: v.sku ?? '', stockpilot: d.stockpilot, shopify: d.shopify });
      }
    }
  }
  await shop.core.call('setSyncChoices', { choices });
  return stock;
}

describe('a product sync\u2019s stock choice, then a location change', () => {
  it('"keep Stockpilot\u2019s" then a new location: Shopify is set to Stockpilot\u2019s number there, and the log never says Shopify already showed it without asking', async () => {
    shop = await openPushTestShop();
    shop.sim.control.setQuantity({ sku: 'TEE-M', available: 14 }); // counted differently on Shopify
    expect(await keepStockpilotsStockInReview()).toEqual([{ sku: 'TEE-M', stockpilot: 10, shopify: 14 }]);
    const applied = await shop.core.call('applySync', {});
    expect(applied).toMatchObject({ failed: 0, stockQueued: 1 });

    const stall = (await shop.core.call('listLocations', {})).find((l) => l.name === 'Market stall')!;
    await shop.core.call('changeStockLocation', { locationId: stall.id });
    const from = shop.sim.control.requests().length;
    const summary = await shop.core.call('pushNow', {});

    expect(summary).toMatchObject({ succeeded: 3, failed: 0, skipped: 0 });
    expect(await bothSides(shop, shop.core, 'Market stall')).toEqual({ 'TEE-M': [10, 10], 'TEE-L': [5, 5], 'PRINT-A4': [3, 3] });
    expect(writesSince(shop, from).length).toBeGreaterThan(0);
    const log = (await shop.core.call('listPushLog', { limit: 1000 })).rows;
    for (const row of log.filter((r) => /already show/i.test(r.message))) {
      // Only ever said after asking Shopify: the write it checked with, or a stale compare read back.
      expect(row.message, `${row.sku}: ${row.message}`).toMatch(/\(checked\)|already showed this quantity\.$/);
    }
    expect((await logOf(shop.core, 'TEE-M')).at(-1)).toMatchObject({ result: 'success', sent: 10, locationId: stall.id, message: 'Sent to Shopify.' });
    expect(await changedOnShopify()).toEqual([]);
  });

  // The owner already chose in the review: the push reads Shopify afresh and sets Stockpilot's number.
  it('"keep Stockpilot\u2019s" at the same location: the push sets Shopify to Stockpilot\u2019s number without asking the owner again', async () => {
    shop = await openPushTestShop();
    shop.sim.control.setQuantity({ sku: 'TEE-L', available: 9 });
    expect(await keepStockpilotsStockInReview()).toEqual([{ sku: 'TEE-L', stockpilot: 5, shopify: 9 }]);
    await shop.core.call('applySync', {});
    await shop.core.call('pushNow', {});

    expect(await bothSides(shop)).toMatchObject({ 'TEE-L': [5, 5] });
    expect(await changedOnShopify()).toEqual([]);
  });
});

describe('a cancellation restocked on Shopify', () => {
  it('after a sale that was brought in: booked as units back by the order import, so both sides show them and nothing is "Changed on Shopify"', async () => {
    shop = await openPushTestShop();
    const order = shop.sim.control.sell({ sku: 'TEE-M', quantity: 2 }); // Shopify 8
    expect((await shop.core.call('importOrders', {})).imported).toBe(1);
    await shop.core.call('pushNow', {});
    expect(await bothSides(shop)).toMatchObject({ 'TEE-M': [8, 8] });

    shop.sim.control.cancelOrder({ name: order.name, restock: true }); // Shopify 10 again
    await shop.core.call('importOrders', {});
    await shop.core.call('pushNow', {});

    expect((await variantOf(shop.core, 'TEE-M')).onHand).toBe(10);
    expect(await bothSides(shop)).toMatchObject({ 'TEE-M': [10, 10] });
    expect((await orderMovements(shop.core, 'TEE-M')).sort()).toEqual([-2, 2]);
    expect(await changedOnShopify()).toEqual([]);
    // Later pushes carry nothing of it.
    await adjust(shop.core, 'TEE-M', -1);
    await shop.core.call('pushNow', {});
    expect(await bothSides(shop)).toMatchObject({ 'TEE-M': [9, 9] });
  });
});

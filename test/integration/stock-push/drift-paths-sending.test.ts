/**
 * More drift paths, on the sending side: a bulk sync over a "Changed on Shopify" entry, a
 * location change, every way a send can fail (each leaves a Push Log row per variant, and the
 * card counts what failed), and the scheduler pushing within seconds of a change — also one
 * made by another Stockpilot on the same data folder.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../src/main/core';
import type { FaultSpec } from '../../../src/shopify-sim/index';
import { bothSides, openSecondCore, variantOf } from './drift-paths-support';
import { logOf, movableClock, openPushTestShop, SIM_SHOP, type PushTestShop } from './push-test-shop';

let shop: PushTestShop;
let app: Core | null = null;
afterEach(async () => {
  await app?.shutdown(2_000).catch(() => undefined);
  app = null;
  await shop.close();
});

const adjust = async (core: Core, sku: string, delta: number, reason = 'Count') =>
  core.call('adjustStock', { variantId: (await variantOf(core, sku)).id, delta, reason });
const operations = (from: number) => shop.sim.control.requests().slice(from).map((r) => r.operationName);

describe('bulk sync over a "Changed on Shopify" entry', () => {
  it('sets Shopify to exactly Stockpilot\u2019s available (7, where an admin change made it 9) and clears the entry', async () => {
    shop = await openPushTestShop();
    shop.sim.control.setQuantity({ sku: 'TEE-M', available: 9 }); // someone in Shopify Admin: 10 → 9
    await adjust(shop.core, 'TEE-M', -3, 'Damaged'); // 7 here
    await shop.core.call('pushNow', {});
    expect((await shop.core.call('listShopifyChanges', {})).rows).toEqual([expect.objectContaining({ sku: 'TEE-M', stockpilot: 10, shopify: 9 })]);
    expect(shop.shopifyAvailable('TEE-M')).toBe(9);

    const summary = await shop.core.call('bulkSyncStock', { skus: ['TEE-M'] });

    expect(summary).toMatchObject({ succeeded: 1, failed: 0, skipped: 0, pendingLeft: 0 });
    expect(await bothSides(shop)).toMatchObject({ 'TEE-M': [7, 7] });
    expect((await shop.core.call('listShopifyChanges', {})).rows).toEqual([]);
    expect((await shop.core.call('getPushStatus', {})).changedOnShopify).toBe(0);
    expect((await logOf(shop.core, 'TEE-M')).at(-1)).toMatchObject({ result: 'success', sent: 7 });
    // From then on its changes go out like any other.
    await adjust(shop.core, 'TEE-M', 2);
    await shop.core.call('pushNow', {});
    expect(await bothSides(shop)).toMatchObject({ 'TEE-M': [9, 9] });
  });
});

describe('after a location change', () => {
  it('every linked tracked variant is stocked at the new location in one bulk request and pushed there: none skipped', async () => {
    shop = await openPushTestShop();
    const stall = (await shop.core.call('listLocations', {})).find((l) => l.name === 'Market stall')!;
    const from = shop.sim.control.requests().length;
    await shop.core.call('changeStockLocation', { locationId: stall.id });
    expect(operations(from).filter((name) => name === 'StockAtLocation')).toHaveLength(1);

    const summary = await shop.core.call('pushNow', {});
    expect(summary).toMatchObject({ succeeded: 3, skipped: 0, failed: 0, pendingLeft: 0 });
    expect(await bothSides(shop, shop.core, 'Market stall')).toEqual({ 'TEE-M': [10, 10], 'TEE-L': [5, 5], 'PRINT-A4': [3, 3] });
    expect(await shop.core.call('getPushStatus', {})).toMatchObject({ locationId: stall.id, skippedLast24h: 0, failedLast24h: 0 });
  });

  it('a variant Shopify will not take there (not tracked on Shopify) is skipped with the reason, the rest go out, and the card counts the skip', async () => {
    shop = await openPushTestShop();
    shop.sim.control.editVariant({ sku: 'TEE-L', tracked: false });
    const stall = (await shop.core.call('listLocations', {})).find((l) => l.name === 'Market stall')!;
    await shop.core.call('changeStockLocation', { locationId: stall.id });

    const summary = await shop.core.call('pushNow', {});
    expect(summary).toMatchObject({ succeeded: 2, skipped: 1, failed: 0 });
    expect([shop.shopifyAvailable('TEE-M', 'Market stall'), shop.shopifyAvailable('PRINT-A4', 'Market stall')]).toEqual([10, 3]);
    expect((await logOf(shop.core, 'TEE-L')).at(-1)).toMatchObject({ result: 'skipped', offer: 'resolve_track_inventory', locationId: stall.id });
    expect((await shop.core.call('getPushStatus', {})).skippedLast24h).toBe(1);
  });
});

describe('a push that fails', () => {
  /** Two variants changed here, the fault armed, one push: what the log and the card say. */
  async function pushThrough(fault: FaultSpec | null) {
    await adjust(shop.core, 'TEE-M', -1, 'Market'); // 9
    await adjust(shop.core, 'TEE-L', 2, 'Return'); // 7
    if (fault) shop.sim.control.addFault(fault);
    const summary = await shop.core.call('pushNow', {});
    const rows = [(await logOf(shop.core, 'TEE-M')).at(-1), (await logOf(shop.core, 'TEE-L')).at(-1)];
    return { summary, rows, status: await shop.core.call('getPushStatus', {}) };
  }

  /** Once Shopify answers again, what was kept goes out: nothing lost, nothing doubled. */
  async function recovers(accessToken?: string) {
    shop.sim.control.clearFaults();
    if (accessToken) await shop.core.call('connect', { kind: 'token', shop: SIM_SHOP, accessToken });
    await shop.core.call('pushNow', {});
    expect(await bothSides(shop)).toEqual({ 'TEE-M': [9, 9], 'TEE-L': [7, 7], 'PRINT-A4': [3, 3] });
  }

  const transient: [string, FaultSpec, RegExp][] = [
    ['HTTP 503 beyond the client\u2019s retries', { kind: 'http503', probability: 1 }, /HTTP 503/],
    ['a dropped connection', { kind: 'drop', probability: 1 }, /Kept: Stockpilot checks what Shopify shows/],
    ['a request that hangs', { kind: 'hang', probability: 1 }, /Kept: Stockpilot checks what Shopify shows/],
  ];
  for (const [what, fault, reason] of transient) {
    it(`${what}: a "retrying" row per variant with the reason, kept pending (not a failure), then sent once Shopify answers`, async () => {
      shop = await openPushTestShop();
      const { summary, rows, status } = await pushThrough(fault);
      expect(summary).toMatchObject({ succeeded: 0, failed: 0, retrying: 2, pendingLeft: 2 });
      expect(rows).toEqual([expect.objectContaining({ result: 'retrying', message: expect.stringMatching(reason) }), expect.objectContaining({ result: 'retrying', message: expect.stringMatching(reason) })]);
      expect(status).toMatchObject({ pending: 2, failedLast24h: 0 });
      expect([shop.shopifyAvailable('TEE-M'), shop.shopifyAvailable('TEE-L')]).toEqual([10, 5]);
      await recovers();
    }, 20_000);
  }

  it('HTTP 503 on every attempt: after the last one the rows are failures, and the card counts them', async () => {
    const clock = movableClock();
    shop = await openPushTestShop({ core: { clock } });
    await pushThrough({ kind: 'http503', probability: 1 });
    for (let attempt = 2; attempt <= 4; attempt++) {
      clock.advance(11 * 60_000);
      await shop.core.call('pushNow', {});
    }
    expect((await logOf(shop.core, 'TEE-M')).at(-1)).toMatchObject({ result: 'failure', message: expect.stringMatching(/HTTP 503/) });
    expect((await logOf(shop.core, 'TEE-L')).at(-1)).toMatchObject({ result: 'failure', message: expect.stringMatching(/HTTP 503/) });
    expect(await shop.core.call('getPushStatus', {})).toMatchObject({ failedLast24h: 2, pending: 2 });
    await shop.core.call('setStockSyncPaused', { paused: false }); // lifts a pause the server errors may have set
    await recovers();
  });

  it('a revoked token (HTTP 401): a "failure" row per variant with the reason, counted on the card, pushing paused until reconnected', async () => {
    shop = await openPushTestShop();
    const shortLived = shop.sim.control.createToken({ ttlSeconds: 1 });
    await shop.core.call('connect', { kind: 'token', shop: SIM_SHOP, accessToken: shortLived.token });
    await vi.waitFor(async () => expect(await statusWith(shortLived.token)).toBe(401), { timeout: 5_000, interval: 100 });

    const { summary, rows, status } = await pushThrough(null);
    expect(summary).toMatchObject({ succeeded: 0, failed: 2 });
    for (const row of rows) expect(row).toMatchObject({ result: 'failure', message: expect.stringMatching(/The change is kept/) });
    expect(status).toMatchObject({ failedLast24h: 2, pending: 2, autoPaused: expect.objectContaining({ reason: expect.stringMatching(/^Stock push paused itself/) }) });
    await recovers(shop.sim.token);
  });

  it('a token without write_inventory (ACCESS_DENIED): a "failure" row per variant naming the scope, counted on the card', async () => {
    shop = await openPushTestShop();
    const readOnly = shop.sim.control.createToken({ scopes: ['read_products', 'read_inventory', 'read_locations', 'read_orders'] });
    await shop.core.call('connect', { kind: 'token', shop: SIM_SHOP, accessToken: readOnly.token });

    const { summary, rows, status } = await pushThrough(null);
    expect(summary).toMatchObject({ succeeded: 0, failed: 2 });
    for (const row of rows) expect(row).toMatchObject({ result: 'failure', message: expect.stringMatching(/write_inventory/) });
    expect(status).toMatchObject({ failedLast24h: 2, pending: 2 });
    await recovers(shop.sim.token);
  });

  /** The HTTP status the local store answers a token with (401 once it expired). */
  async function statusWith(token: string): Promise<number> {
    const response = await fetch(`${shop.sim.url}/admin/api/2026-04/graphql.json`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': token },
      body: JSON.stringify({ query: '{ shop { name } }' }),
    });
    await response.arrayBuffer();
    return response.status;
  }
});

describe('within seconds, by itself', () => {
  const SCHEDULED = { stockPushTickMs: 50, stockPushDebounceMs: 200 };

  it('a Stockpilot with its scheduler running pushes a change committed in it within about two seconds', async () => {
    shop = await openPushTestShop();
    app = openSecondCore(shop, SCHEDULED);
    await adjust(app, 'TEE-M', -2, 'Market');
    await vi.waitFor(() => expect(shop.shopifyAvailable('TEE-M')).toBe(8), { timeout: 2_000, interval: 25 });
    // Its answer is recorded just after Shopify applied it.
    await vi.waitFor(async () => expect((await logOf(app!, 'TEE-M')).at(-1)).toMatchObject({ result: 'success', sent: 8 }), { timeout: 1_000, interval: 25 });
  });

  it('a change made by another Stockpilot on the same data folder (its scheduler off) is pushed by the one whose scheduler runs', async () => {
    shop = await openPushTestShop(); // shop.core: scheduler off
    app = openSecondCore(shop, SCHEDULED);
    await app.call('getPushStatus', {}); // the app is up
    await adjust(shop.core, 'TEE-L', 3, 'Delivery');
    await vi.waitFor(() => expect(shop.shopifyAvailable('TEE-L')).toBe(8), { timeout: 2_000, interval: 25 });
    await vi.waitFor(async () => expect((await shop.core.call('getPushStatus', {})).pending).toBe(0), { timeout: 2_000, interval: 25 });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { FaultSpec } from '../../../src/shopify-sim/index';
import { logOf, movableClock, openPushTestShop, type PushTestShop, SIM_SHOP } from './push-test-shop';

let shop: PushTestShop;
afterEach(() => shop.close());

const faults: [string, FaultSpec][] = [
  ['a slow answer', { kind: 'latency', count: 2, ms: 300 }],
  ['HTTP 500', { kind: 'http500', count: 1 }],
  ['HTTP 503', { kind: 'http503', count: 2 }],
  ['HTTP 429 with Retry-After', { kind: 'http429', count: 1, retryAfterSeconds: 1 }],
  ['THROTTLED', { kind: 'throttled', count: 1 }],
  ['a dropped connection', { kind: 'drop', count: 1 }],
  ['a request that hangs', { kind: 'hang', count: 1 }],
];

describe('Shopify having a bad moment', () => {
  for (const [what, fault] of faults) {
    it(`${what}: Shopify ends with the right quantity and the log says success once`, async () => {
      shop = await openPushTestShop();
      await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: -3, kind: 'sale', reason: 'Market' });
      shop.sim.control.addFault(fault);
      const summary = await shop.core.call('pushNow', {});
      expect(summary).toMatchObject({ succeeded: 1, failed: 0, pendingLeft: 0 });
      expect(shop.shopifyAvailable('TEE-M')).toBe(7);
      const rows = await logOf(shop.core, 'TEE-M');
      expect(rows.filter((r) => r.sent === 7).map((r) => r.result)).toEqual(['success']);
    });
  }

  it('errors that outlast the client\u2019s retries are logged as retrying, and the same batch goes out later', async () => {
    const clock = movableClock();
    shop = await openPushTestShop({ core: { clock } });
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-L'), delta: 2, reason: 'Return' });
    shop.sim.control.addFault({ kind: 'http500', count: 3 });
    const first = await shop.core.call('pushNow', {});
    expect(first).toMatchObject({ succeeded: 0, retrying: 1, failed: 0, pendingLeft: 1 });
    expect(shop.shopifyAvailable('TEE-L')).toBe(5);

    clock.advance(60_000);
    const second = await shop.core.call('pushNow', {});
    expect(second).toMatchObject({ succeeded: 1, pendingLeft: 0 });
    expect(shop.shopifyAvailable('TEE-L')).toBe(7);
    expect((await logOf(shop.core, 'TEE-L')).slice(-2).map((r) => r.result)).toEqual(['retrying', 'success']);
  });

  it('after the last attempt the variant is a failure in the log and its product shows Sync Error, without blocking local work', async () => {
    const clock = movableClock();
    shop = await openPushTestShop({ core: { clock } });
    const id = shop.variantId('TEE-L');
    await shop.core.call('adjustStock', { variantId: id, delta: 2, reason: 'Return' });
    shop.sim.control.addFault({ kind: 'http503', probability: 1 });
    for (let i = 0; i < 4; i++) {
      await shop.core.call('pushNow', {});
      clock.advance(11 * 60_000);
    }
    const rows = await logOf(shop.core, 'TEE-L');
    expect(rows.at(-1)).toMatchObject({ result: 'failure', message: expect.stringContaining('HTTP 503') });
    const product = await shop.core.call('getProduct', { id: (await shop.core.call('findVariantsBySku', { sku: 'TEE-L' }))[0]!.productId });
    expect(product.shopify).toMatchObject({ syncState: 'error', syncError: expect.stringContaining('HTTP 503') });
    expect((await shop.core.call('getPushStatus', {})).failedLast24h).toBe(1);

    await shop.core.call('adjustStock', { variantId: id, delta: 1, reason: 'Local work goes on' });
    shop.sim.control.clearFaults();
    await shop.core.call('setStockSyncPaused', { paused: false });
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('TEE-L')).toBe(8);
    expect((await shop.core.call('getProduct', { id: product.id })).shopify.syncState).toBe('synced');
  });

  it('offline: pending changes wait for the connection (not failures) and go out when it returns', async () => {
    shop = await openPushTestShop();
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: 1, reason: 'Found one' });
    shop.sim.control.addFault({ kind: 'drop', probability: 1 });
    const summary = await shop.core.call('pushNow', {});
    expect(summary.note).toMatch(/^Waiting for connection/);
    expect(summary.failed).toBe(0);
    expect(await shop.core.call('getPushStatus', {})).toMatchObject({ waitingForConnection: true, pending: 1 });

    shop.sim.control.clearFaults();
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('TEE-M')).toBe(11);
    expect((await shop.core.call('getPushStatus', {})).waitingForConnection).toBe(false);
    expect((await logOf(shop.core, 'TEE-M')).filter((r) => r.result === 'failure')).toEqual([]);
  });
});

describe('automatic pause', () => {
  it('pauses itself when Shopify refuses the push (a scope removed), says why, and lifts once the shop is reconnected', async () => {
    shop = await openPushTestShop();
    const readOnly = shop.sim.control.createToken({ scopes: ['read_products', 'read_inventory', 'read_locations'] });
    await shop.core.call('connect', { kind: 'token', shop: SIM_SHOP, accessToken: readOnly.token });
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: 1, reason: 'Found one' });

    await shop.core.call('pushNow', {});
    const paused = await shop.core.call('getPushStatus', {});
    expect(paused.autoPaused?.reason).toMatch(/^Stock push paused itself: .*write_inventory/);
    expect(paused.paused).toBe(false); // not the owner's switch
    expect(paused.pending).toBe(1);

    await shop.core.call('connect', { kind: 'token', shop: SIM_SHOP, accessToken: shop.sim.token });
    expect((await shop.core.call('getPushStatus', {})).autoPaused).toBeNull();
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('TEE-M')).toBe(11);
  });

  it('pauses itself when server errors go on for minutes, and lifts itself when Shopify answers again', async () => {
    const clock = movableClock();
    shop = await openPushTestShop({ core: { clock } });
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: 1, reason: 'Found one' });
    shop.sim.control.addFault({ kind: 'http500', probability: 1 });
    await shop.core.call('pushNow', {});
    clock.advance(11 * 60_000);
    await shop.core.call('pushNow', {});
    expect((await shop.core.call('getPushStatus', {})).autoPaused).toMatchObject({ liftsItself: true });

    shop.sim.control.clearFaults();
    clock.advance(11 * 60_000);
    await shop.core.call('pushNow', {});
    expect((await shop.core.call('getPushStatus', {})).autoPaused).toBeNull();
    expect(shop.shopifyAvailable('TEE-M')).toBe(11);
  });
});

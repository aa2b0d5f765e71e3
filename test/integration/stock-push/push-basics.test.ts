import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logOf, openPushTestShop, type PushTestShop } from './push-test-shop';

let shop: PushTestShop;
beforeEach(async () => {
  shop = await openPushTestShop();
});
afterEach(() => shop.close());

describe('pushing stock to Shopify', () => {
  it('linking queues no push; a first push then compares against what Shopify has and leaves equal quantities alone', async () => {
    expect(await logOf(shop.core, 'TEE-M')).toEqual([]);
    expect((await shop.core.call('getPushStatus', {})).pending).toBe(0);
    // One in, one out: the push that follows has 10 to send, which Shopify already shows.
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: 1, reason: 'Return' });
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: -1, reason: 'Sold at the market' });
    await shop.core.call('pushNow', {});
    const rows = await logOf(shop.core, 'TEE-M');
    expect(rows.map((r) => [r.result, r.sent])).toEqual([['success', 10]]);
    // Checked by the compare-and-set itself, never assumed from what Stockpilot last saw.
    expect(rows[0]!.message).toBe('Shopify already showed this quantity (checked).');
    expect((await shop.core.call('getPushStatus', {})).pending).toBe(0);
  });

  it('an adjustment is queued with the change, and Push pending now sends it', async () => {
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: 4, reason: 'Delivery' });
    expect((await shop.core.call('getPushStatus', {})).pending).toBe(1);
    expect(shop.shopifyAvailable('TEE-M')).toBe(10);

    const summary = await shop.core.call('pushNow', {});

    expect(summary).toMatchObject({ succeeded: 1, failed: 0, pendingLeft: 0 });
    expect(shop.shopifyAvailable('TEE-M')).toBe(14);
    const last = (await logOf(shop.core, 'TEE-M')).at(-1)!;
    expect(last).toMatchObject({ result: 'success', sent: 14, onHand: 14, committed: 0, rule: 'as-is', productName: 'Moth tee' });
  });

  it('repeated changes to one variant coalesce into one push of the latest quantity', async () => {
    const id = shop.variantId('TEE-L');
    await shop.core.call('adjustStock', { variantId: id, delta: -1, kind: 'sale', reason: 'Market' });
    await shop.core.call('adjustStock', { variantId: id, delta: -1, kind: 'sale', reason: 'Market' });
    await shop.core.call('setStock', { variantId: id, onHand: 7 });
    expect(shop.query('SELECT variant_id FROM push_outbox')).toHaveLength(1);

    await shop.core.call('pushNow', {});

    expect(shop.shopifyAvailable('TEE-L')).toBe(7);
    const pushes = (await logOf(shop.core, 'TEE-L')).filter((r) => r.message === 'Sent to Shopify.');
    expect(pushes.map((r) => r.sent)).toEqual([7]);
    const mutations = shop.sim.control.requests().filter((r) => r.operationName === 'InventorySetQuantities');
    expect(mutations).toHaveLength(1);
  });

  it('wholesale commitments are held back from what Shopify may sell, and released when closed', async () => {
    const product = await shop.core.call('addCommitment', { variantId: shop.variantId('TEE-M'), quantity: 6, reference: 'PO-17' });
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('TEE-M')).toBe(4);
    expect((await logOf(shop.core, 'TEE-M')).at(-1)).toMatchObject({ onHand: 10, committed: 6, sent: 4 });

    const [commitment] = await shop.core.call('listCommitments', { productId: product.id });
    await shop.core.call('closeCommitment', { id: commitment!.id });
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('TEE-M')).toBe(10);
  });

  it('never sends less than 0, even when more was sold than was here', async () => {
    await shop.core.call('adjustStock', { variantId: shop.variantId('PRINT-A4'), delta: -5, kind: 'sale', reason: 'Two orders at once' });
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('PRINT-A4')).toBe(0);
  });

  it('the status card counts linked variants, pending and failures, and says when the last push was', async () => {
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: 1, reason: 'Found one' });
    const before = await shop.core.call('getPushStatus', {});
    expect(before).toMatchObject({ connected: true, linkedVariants: 3, pending: 1, failedLast24h: 0, running: false, paused: false, autoPaused: null });
    expect(before.nextRunAt).not.toBeNull();
    await shop.core.call('pushNow', {});
    const after = await shop.core.call('getPushStatus', {});
    expect(after.pending).toBe(0);
    expect(after.lastSuccessAt).not.toBeNull();
  });

  it('reports progress while it pushes and a summary at the end', async () => {
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: 1, reason: 'Found one' });
    await shop.core.call('pushNow', {});
    const names = shop.events.map((e) => e.name);
    expect(names).toContain('stockPushProgress');
    expect(shop.events.find((e) => e.name === 'stockPushFinished')?.payload).toMatchObject({ succeeded: 1 });
  });

  it('a second trigger while a push runs is refused and never starts a second push', async () => {
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: 2, reason: 'Delivery' });
    shop.sim.control.addFault({ kind: 'latency', count: 1, ms: 300 });
    const first = shop.core.call('pushNow', {});
    const second = await shop.core.call('pushNow', {}).catch((e: unknown) => e);
    expect(second).toMatchObject({ code: 'busy', message: 'A push is already running \u2014 try again in a few seconds' });
    await first;
    expect(shop.shopifyAvailable('TEE-M')).toBe(12);
    expect((await logOf(shop.core, 'TEE-M')).filter((r) => r.sent === 12)).toHaveLength(1);
  });

  it('a linked variant Shopify does not stock at the push location is not read again on every push', async () => {
    // Shopify stocks this print at the stall only, not at Studio where stock is pushed.
    await shop.close();
    shop = await openPushTestShop({ sim: { seed: { locations: [{ name: 'Studio', primary: true }, { name: 'Market stall' }], products: [{ title: 'Fern print', variants: [{ sku: 'PRINT-A4', available: { 'Market stall': 1 } }] }] } }, catalog: [{ name: 'Fern print', variants: [{ sku: 'PRINT-A4', onHand: 3 }] }] });
    const reads = () => shop.sim.control.requests().filter((r) => r.operationName === 'InventoryLevels').length;
    const before = reads();
    await shop.core.call('pushNow', {});
    await shop.core.call('pushNow', {});
    expect(reads()).toBe(before);
  });
});

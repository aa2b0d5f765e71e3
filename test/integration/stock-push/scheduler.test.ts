import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnyEvent } from '../../../src/shared/events';
import { movableClock, openPushTestShop, type PushTestShop } from './push-test-shop';

let shop: PushTestShop;
afterEach(() => shop.close());

/** Resolves with the next event of that name (and matching `when`) the core emits. */
function nextEvent(name: AnyEvent['name'], when: (event: AnyEvent) => boolean = () => true): Promise<AnyEvent> {
  return new Promise((resolve) => {
    const stop = shop.core.subscribe((event) => {
      if (event.name !== name || !when(event)) return;
      stop();
      resolve(event);
    });
  });
}

describe('the scheduler', () => {
  it('pushes pending work every "push interval" minutes by itself', async () => {
    const clock = movableClock();
    shop = await openPushTestShop({ core: { clock, stockPushTickMs: 10 } });
    const status = await shop.core.call('getPushStatus', {});
    expect(Date.parse(status.nextRunAt!) - clock.now().getTime()).toBeGreaterThan(60_000);
    expect(Date.parse(status.nextRunAt!) - clock.now().getTime()).toBeLessThanOrEqual(120_000);

    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: -1, kind: 'sale', reason: 'Market' });
    await shop.core.call('setSettings', { pushIntervalMinutes: 5 });
    const finished = nextEvent('stockPushFinished');
    clock.advance(2 * 60_000);
    expect((await finished).payload).toMatchObject({ succeeded: 1 });
    expect(shop.shopifyAvailable('TEE-M')).toBe(9);

    const next = Date.parse((await shop.core.call('getPushStatus', {})).nextRunAt!) - clock.now().getTime();
    expect(next).toBeGreaterThan(4 * 60_000);
  });

  it('shutdown waits for the batch in flight, records its answer, and leaves nothing half-done', async () => {
    shop = await openPushTestShop();
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-L'), delta: 3, reason: 'Delivery' });
    shop.sim.control.addFault({ kind: 'latency', count: 1, ms: 300 });
    const running = shop.core.call('pushNow', {});
    await nextEvent('stockPushProgress', (e) => e.name === 'stockPushProgress' && e.payload.phase === 'sending');
    await shop.core.shutdown(5_000);
    await running.catch(() => undefined);

    expect(shop.shopifyAvailable('TEE-L')).toBe(8);
    const db = new Database(shop.core.paths.databaseFile, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM push_outbox').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM push_batches').get()).toEqual({ n: 0 });
    expect(db.prepare(`SELECT sent, result FROM push_log WHERE sku = 'TEE-L' ORDER BY id DESC LIMIT 1`).get()).toEqual({ sent: 8, result: 'success' });
    db.close();
  });
});

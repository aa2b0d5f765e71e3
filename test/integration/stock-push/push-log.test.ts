import { afterEach, describe, expect, it } from 'vitest';
import { writePushLog, type PushLogEntry } from '../../../src/main/stock/push-log';
import { logOf, movableClock, openPushTestShop, type PushTestShop } from './push-test-shop';

let shop: PushTestShop;
afterEach(() => shop.close());

const entry = (sku: string, result: PushLogEntry['result']): PushLogEntry => ({
  variantId: null,
  productId: null,
  productName: `Product ${sku}`,
  sku,
  locationId: 'gid://shopify/Location/1',
  sent: 4,
  onHand: 5,
  committed: 1,
  rule: 'as-is',
  result,
  message: result === 'failure' ? 'Shopify refused the quantity: "too high", said Shopify' : 'Sent to Shopify.',
});

describe('the Push Log', () => {
  it('filters by result, SKU or product and date range, pages, and exports CSV', async () => {
    shop = await openPushTestShop();
    writePushLog(shop.database, '2026-01-05T10:00:00.000Z', [entry('A-1', 'success'), entry('B-2', 'failure')]);
    writePushLog(shop.database, '2026-01-06T10:00:00.000Z', [entry('A-1', 'retrying'), entry('A-1', 'success')]);

    const failures = await shop.core.call('listPushLog', { result: 'failure' });
    expect(failures.rows.map((r) => r.sku)).toEqual(['B-2']);
    const productA = await shop.core.call('listPushLog', { search: 'product a', since: '2026-01-05', until: '2026-01-05T23:59:59Z' });
    expect(productA).toMatchObject({ total: 1, rows: [{ sku: 'A-1', result: 'success', at: '2026-01-05T10:00:00.000Z' }] });
    const page = await shop.core.call('listPushLog', { search: 'A-1', limit: 2, offset: 1 });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.at)).toEqual(['2026-01-06T10:00:00.000Z', '2026-01-05T10:00:00.000Z']);

    const { rows, csv } = await shop.core.call('exportPushLogCsv', { result: 'failure' });
    expect(rows).toBe(1);
    expect(csv.split('\r\n')).toEqual([
      'at,productName,sku,locationId,sent,onHand,committed,rule,result,message',
      '2026-01-05T10:00:00.000Z,Product B-2,B-2,gid://shopify/Location/1,4,5,1,as-is,failure,"Shopify refused the quantity: ""too high"", said Shopify"',
      '',
    ]);
  });

  it('removes entries older than 30 days by itself', async () => {
    const clock = movableClock();
    shop = await openPushTestShop({ core: { clock } });
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: 1, reason: 'Found one' });
    await shop.core.call('pushNow', {});
    expect((await logOf(shop.core, 'TEE-M')).length).toBe(1);

    clock.advance(29 * 86_400_000);
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: 1, reason: 'Found another' });
    await shop.core.call('pushNow', {});
    expect((await logOf(shop.core, 'TEE-M')).length).toBe(2);

    clock.advance(2 * 86_400_000);
    await shop.core.call('pushNow', {});
    expect((await logOf(shop.core, 'TEE-M')).map((r) => r.sent)).toEqual([12]);
  });

  it('answers a page of 100,000 rows from its indexes, newest first', async () => {
    shop = await openPushTestShop();
    const day = Date.parse('2026-11-01T00:00:00Z');
    shop.database.transaction(() => {
      for (let i = 0; i < 100_000; i++) writePushLog(shop.database, new Date(day + i * 1000).toISOString(), [entry(`SKU-${i % 500}`, i % 50 === 0 ? 'failure' : 'success')]);
    })();
    const newest = await shop.core.call('listPushLog', { limit: 100 });
    expect(newest.total).toBeGreaterThanOrEqual(100_000);
    expect(newest.rows).toHaveLength(100);
    const failures = await shop.core.call('listPushLog', { result: 'failure', limit: 10 });
    expect(failures.total).toBe(2_000);

    const plan = (sql: string) => shop.query<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).map((r) => r.detail).join(' | ');
    expect(plan('SELECT * FROM push_log ORDER BY at DESC, id DESC LIMIT 100')).toMatch(/USING INDEX push_log_by_at/);
    expect(plan(`SELECT * FROM push_log WHERE result = 'failure' ORDER BY at DESC, id DESC LIMIT 100`)).toMatch(/USING INDEX push_log_by_result/);
  });
});

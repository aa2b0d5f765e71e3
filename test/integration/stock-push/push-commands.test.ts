/**
 * `stockpilot push now | status | log` and `stockpilot stock bulk-sync`, run as a real
 * process over the data folder of a connected shop.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPushTestShop, type PushTestShop } from './push-test-shop';

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'stockpilot.js');
let shop: PushTestShop;

function stockpilot(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, '--data-dir', shop.dataDir, ...args], (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  shop = await openPushTestShop();
  await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: 2, reason: 'Delivery' });
  await shop.core.call('pushNow', {});
  await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-L'), delta: 1, reason: 'Return' });
});
afterAll(() => shop.close());

describe('the push commands', () => {
  it('push status --json prints the status card as JSON', async () => {
    const run = await stockpilot('push', 'status', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ linkedVariants: 3, pending: 1, paused: false, autoPaused: null });
  });

  it('push status says it in words without --json', async () => {
    const run = await stockpilot('push', 'status');
    expect(run.stdout).toContain('Pending: 1');
  });

  it('push log --since … --json lists what was sent, with its breakdown', async () => {
    const run = await stockpilot('push', 'log', '--since', '2020-01-01', '--search', 'TEE-M', '--json');
    expect(run.code).toBe(0);
    const page = JSON.parse(run.stdout) as { rows: { sku: string; sent: number; onHand: number; result: string }[] };
    expect(page.rows[0]).toMatchObject({ sku: 'TEE-M', sent: 12, onHand: 12, result: 'success' });
  });

  it('push log refuses a date it cannot read, saying what it expects', async () => {
    const run = await stockpilot('push', 'log', '--since', 'yesterday-ish');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Give a date such as 2026-11-01');
  });

  it('push now always says what is left pending', async () => {
    const run = await stockpilot('push', 'now');
    expect(run.stdout).toMatch(/still pending\.$/m);
  });

  it('the stock audit lists each linked variant Shopify shows differently, with both numbers, and changes nothing', async () => {
    shop.sim.control.setQuantity({ sku: 'PRINT-A4', available: 9 });
    const audit = await shop.core.call('auditStock', {});
    // TEE-L's return is still waiting to be pushed: it differs too, and the audit says a change is pending.
    expect(audit).toMatchObject({
      linked: 3,
      inLine: 1,
      pending: 1,
      differs: [expect.objectContaining({ sku: 'TEE-L', stockpilot: 6, shopify: 5 }), expect.objectContaining({ sku: 'PRINT-A4', stockpilot: 3, shopify: 9 })],
    });
    expect(shop.shopifyAvailable('PRINT-A4')).toBe(9);
    expect((await shop.core.call('getPushStatus', {})).lastAudit).toMatchObject({ linked: 3, inLine: 1 });
    shop.sim.control.setQuantity({ sku: 'PRINT-A4', available: 3 });
  });

  it('push now exits non-zero when something pending was not sent, and says why', async () => {
    await shop.core.call('setStockSyncPaused', { paused: true });
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-L'), delta: 1, reason: 'Return' });
    const run = await stockpilot('push', 'now');
    await shop.core.call('setStockSyncPaused', { paused: false });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not sent: Stock sync is paused/);
  });

  it('stock bulk-sync needs SKUs or --all, not neither', async () => {
    const run = await stockpilot('stock', 'bulk-sync');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Give the SKUs to sync, or --all.');
  });
});

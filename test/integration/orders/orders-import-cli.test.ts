/**
 * `stockpilot orders import`, run as a shop owner would: a real process over the data folder
 * of a shop connected from the command line (credential in the keychain).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startShopifySim, type ShopifySim } from '../../../src/shopify-sim/index';
import type { OrderImportSummary } from '../../../src/shared/orders';
import { ORDER_CATALOG, ORDER_SEED } from './order-test-shop';
import { stockpilotLauncher } from '../../support/stockpilot-launcher';

let sim: ShopifySim;
let dataDir: string;
const service = `Stockpilot-test-${randomUUID()}`;

const stockpilot = stockpilotLauncher({ dataDir: () => dataDir, endpoint: () => sim.url, token: () => sim.token, keychainService: service });

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  sim = await startShopifySim({ port: 0, seed: ORDER_SEED });
  dataDir = mkdtempSync(join(tmpdir(), 'stockpilot-orders-cli-'));
  for (const product of ORDER_CATALOG) expect((await stockpilot('call', 'createProduct', JSON.stringify(product))).code).toBe(0);
});
afterAll(async () => {
  await stockpilot('disconnect');
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('stockpilot orders import', () => {
  it('says clearly that no shop is connected, and exits 1', async () => {
    const run = await stockpilot('orders', 'import');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No Shopify store is connected/);
  });

  it('refuses a date it cannot read, saying what it expects, and imports nothing', async () => {
    expect((await stockpilot('connect', '--shop', 'moth-and-fern', '--token', '-')).code).toBe(0);
    const run = await stockpilot('orders', 'import', '--since', '30/11/2026');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Give the date as YYYY-MM-DD, such as 2026-11-01');
    const sales = JSON.parse((await stockpilot('call', 'listSales', '{}')).stdout) as { total: number };
    expect(sales.total).toBe(0);
  });

  it('--json prints the summary of what it imported; the same range again imports nothing', async () => {
    const run = await stockpilot('orders', 'import', '--since', daysAgo(30), '--json');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as OrderImportSummary;
    expect(summary).toMatchObject({ since: daysAgo(30), sinceReason: 'given', imported: 3, skippedTest: 1, skippedCancelled: 1 });
    expect(summary.unmatchedLines.map((l) => l.sku)).toEqual(['MUG-X']);

    const again = JSON.parse((await stockpilot('orders', 'import', '--since', daysAgo(30), '--json')).stdout) as OrderImportSummary;
    expect(again).toMatchObject({ imported: 0, skippedAlreadyImported: 3 });
  });

  it('says it in words without --json', async () => {
    const run = await stockpilot('orders', 'import', '--since', daysAgo(90), '--include-test-orders');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Imported 1 order as sales, from orders created since ${daysAgo(90)}.`);
    expect(run.stdout).toContain('Orders older than 60 days are out of reach');
    expect(run.stdout).toMatch(/#1004\s+25\.00 EUR/);
  });

  it('is listed in the help', async () => {
    const run = await stockpilot('--help');
    expect(run.stdout).toMatch(/stockpilot orders import\s+Import Shopify orders as sales/);
  });
});

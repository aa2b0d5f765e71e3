/**
 * "Undo last sync" after an apply that changed both sides, created a product on Shopify and
 * imported one: Stockpilot's side comes back from the snapshots, Shopify's values are put back
 * and the created product deleted there; once undone, it cannot be undone again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../src/main/core';
import { silentLogger } from '../../../src/main/core/logger';
import type { SyncSummary } from '../../../src/shared/product-sync';
import type { UndoSummary } from '../../../src/shared/sync-apply';
import { allRows, differenceOf, localProduct, localVariant, openApplyTestShop, rowNamed } from './apply-test-catalog';
import type { SyncTestShop } from './sync-test-shop';
import { ledgerMismatches } from '../../support/catalog-core';

let shop: SyncTestShop;
let before: SyncSummary;
let undo: UndoSummary;
beforeAll(async () => {
  shop = await openApplyTestShop();
  before = (await shop.core.call('compareCatalog', {})).summary;
  await shop.core.call('acceptAllSync', { side: 'stockpilot' });
  const heron = await rowNamed(shop, 'Heron hoodie');
  const luna = await rowNamed(shop, 'Luna print');
  await shop.core.call('setSyncChoices', {
    choices: [
      { differenceId: differenceOf(heron, 'name').id, side: 'shopify' },
      { differenceId: differenceOf(heron, 'stock', 'HER-S').id, side: 'shopify' },
      { differenceId: differenceOf(luna, 'vendor').id, side: 'shopify' },
    ],
  });
  await shop.core.call('setSyncRowActions', { action: 'create', section: 'only_stockpilot' });
  await shop.core.call('setSyncRowActions', { action: 'import', section: 'only_shopify' });
  const applied = await shop.core.call('applySync', {});
  expect(applied).toMatchObject({ failed: 0, created: 1, imported: 1 });
  expect(shop.sim.control.variant('LUNA-A4').price).toBe('20.00');
  // A sale here after the sync: undo must not take it back.
  const herS = localVariant(await localProduct(shop, 'Heron hoodie (organic)'), 'HER-S');
  expect(herS.onHand).toBe(7);
  await shop.core.call('adjustStock', { variantId: herS.id, delta: -1, reason: 'Sold at the market' });
  undo = await shop.core.call('undoLastSync', {});
});
afterAll(() => shop.close());

const onShopify = (sku: string) => {
  try {
    return shop.sim.control.variant(sku);
  } catch {
    return null;
  }
};

describe('undoing the last sync', () => {
  it('says what it restored on each side', () => {
    expect(undo.restoredLocal).toBe(7);
    expect(undo.restoredOnShopify).toBeGreaterThanOrEqual(3);
    expect(undo.notRestored.filter((n) => n.name !== 'Stock on Shopify')).toEqual([]);
  });

  it('puts Shopify\u2019s overwritten values back', () => {
    expect(shop.sim.control.variant('LUNA-A4').price).toBe('23.00');
    expect(shop.sim.control.variant('ZINE').tracked).toBe(false);
  });

  it('deletes the product it created on Shopify, and the one it imported here', async () => {
    expect(onShopify('BRAM-A3')).toBeNull();
    expect((await localProduct(shop, 'Bramble poster')).shopify).toMatchObject({ productId: null, syncState: 'unlinked' });
    expect((await shop.core.call('listProducts', { search: 'Gift box' })).total).toBe(0);
    expect(onShopify('GIFT-S')).not.toBeNull();
  });

  it('restores the local fields, links and stock (through the ledger), keeping a sale made since', async () => {
    const heron = await localProduct(shop, 'Heron hoodie');
    expect(heron.shopify).toMatchObject({ productId: null, syncState: 'unlinked' });
    expect(localVariant(heron, 'HER-S')).toMatchObject({ onHand: 9, shopify: { variantId: null } });
    const movements = await shop.core.call('listStockMovements', { variantId: localVariant(heron, 'HER-S').id });
    expect(movements.rows.slice(0, 3).map((m) => [m.kind, m.quantity])).toEqual([
      ['correction', 3],
      ['adjustment', -1],
      ['stocktake', -3],
    ]);
    expect((await localProduct(shop, 'Luna print')).vendor).toBe('Moth & Fern');
    expect(ledgerMismatches({ query: shop.query } as Parameters<typeof ledgerMismatches>[0])).toEqual([]);
    expect(shop.query('SELECT count(*) AS n FROM push_outbox')).toEqual([{ n: 0 }]);
  });

  it('finds the same differences as before the sync', async () => {
    const again = (await shop.core.call('compareCatalog', {})).summary;
    expect(again).toMatchObject({ different: before.different, onlyInStockpilot: before.onlyInStockpilot, onlyInShopify: before.onlyInShopify, differences: before.differences });
    expect((await allRows(shop)).find((r) => r.name === 'Luna print')?.differingFields.sort()).toEqual(['price', 'vendor']);
  });

  it('is recorded, and cannot be undone twice', async () => {
    const last = await shop.core.call('getLastSync', {});
    expect(last?.undoneAt).not.toBeNull();
    expect(last?.cannotUndo).toMatch(/already undone/);
    await expect(shop.core.call('undoLastSync', {})).rejects.toThrow(/already undone/);
    const entries = await shop.core.call('listSyncActivity', { kind: 'undo', limit: 50 });
    expect(entries.rows[0]).toMatchObject({ runId: last?.runId, productId: null, outcome: 'success' });
    expect(entries.rows.some((r) => r.productName === 'Heron hoodie (organic)' || r.productName === 'Heron hoodie')).toBe(true);
  });
});

describe('an apply cut off when Stockpilot was closed', () => {
  it('shows as the last sync, with what it reached, and can be undone', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stockpilot-interrupted-'));
    try {
      const first = createCore({ dataDir, demoCatalog: false, log: silentLogger });
      const product = await first.call('createProduct', { name: 'Luna print', variants: [{ sku: 'LUNA-A4', priceCents: 2000 }] });
      first.close();
      const db = new Database(join(dataDir, 'stockpilot.db'));
      db.prepare(`INSERT INTO sync_runs (id, review_id, started_at) VALUES (1, 1, '2026-11-30T01:00:00.000Z')`).run();
      const snapshot = { product: { id: product.id, name: 'Luna print', description_html: '', vendor: '', category: '', option_names: '[]', status: 'active', listing_status: 'draft', track_inventory: 1, shopify_product_id: null, sync_state: 'unlinked', sync_error: null, last_synced_at: null, last_synced_json: null, auto_stock: 0 }, variants: [] };
      db.prepare(`INSERT INTO sync_run_products (run_id, row_key, product_id, outcome, local_before_json, shopify_before_json) VALUES (1, 'p1-s1', ?, 'updated', ?, ?)`).run(product.id, JSON.stringify(snapshot), JSON.stringify({ kind: 'update', edit: null }));
      db.prepare(`UPDATE products SET name = 'Luna print (new)' WHERE id = ?`).run(product.id);
      db.close();
      const again = createCore({ dataDir, demoCatalog: false, log: silentLogger });
      try {
        expect(await again.call('getLastSync', {})).toMatchObject({ runId: 1, cannotUndo: null, summary: { cancelled: true, total: 1, updated: 1 } });
        expect(await again.call('undoLastSync', {})).toMatchObject({ restoredLocal: 1, restoredOnShopify: 0 });
        expect((await again.call('getProduct', { id: product.id })).name).toBe('Luna print');
      } finally {
        again.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('with nothing to undo', () => {
  it('refuses with the reason', async () => {
    const fresh = await openApplyTestShop();
    try {
      expect(await fresh.core.call('getLastSync', {})).toBeNull();
      await expect(fresh.core.call('undoLastSync', {})).rejects.toThrow('There is no sync to undo yet.');
    } finally {
      await fresh.close();
    }
  });
});

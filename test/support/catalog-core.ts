/** A real core over a real SQLite file in a fresh temp folder, for catalog tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach } from 'vitest';
import type { CreateProductInput } from '../../src/shared/catalog';
import type { AnyEvent } from '../../src/shared/events';
import { createCore, type Core } from '../../src/main/core';
import { silentLogger } from '../../src/main/core/logger';

export interface TestShop {
  core: Core;
  dataDir: string;
  events: AnyEvent[];
  /** A second, read-only look at the database file, as any tool would see it. */
  query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[];
  close(): void;
}

export function openTestShop(options: { demoCatalog?: boolean } = {}): TestShop {
  const dataDir = mkdtempSync(join(tmpdir(), 'stockpilot-test-'));
  const core = createCore({ dataDir, demoCatalog: options.demoCatalog ?? false, log: silentLogger });
  const events: AnyEvent[] = [];
  core.subscribe((e) => events.push(e));
  const reader = new Database(core.paths.databaseFile, { readonly: true });
  return {
    core,
    dataDir,
    events,
    query: <T>(sql: string, ...params: unknown[]) => reader.prepare(sql).all(...params) as T[],
    close() {
      reader.close();
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh shop for every test of the file: `shop.core` is the current test's core. */
export function freshShopEachTest(options: { demoCatalog?: boolean } = {}): TestShop {
  let current: TestShop | undefined;
  beforeEach(() => {
    current = openTestShop(options);
  });
  afterEach(() => current?.close());
  const shop = () => {
    if (!current) throw new Error('The test shop exists only while a test runs.');
    return current;
  };
  return {
    get core() {
      return shop().core;
    },
    get dataDir() {
      return shop().dataDir;
    },
    get events() {
      return shop().events;
    },
    query: (sql, ...params) => shop().query(sql, ...params),
    close: () => shop().close(),
  };
}

/** A simple tee in two sizes, with stock. */
export const teeInput = (overrides: Partial<CreateProductInput> = {}): CreateProductInput => ({
  name: 'Moth tee',
  optionNames: ['Size'],
  variants: [
    { sku: 'TEE-M', priceCents: 3200, optionValues: ['M'], onHand: 10 },
    { sku: 'TEE-L', priceCents: 3400, optionValues: ['L'], onHand: 5 },
  ],
  ...overrides,
});

/** Every variant's on-hand next to the sum of its movements (stock-keeping variants only). */
export function ledgerMismatches(shop: TestShop): { id: number; on_hand: number; ledger: number }[] {
  return shop.query(
    `SELECT v.id, v.on_hand, coalesce((SELECT sum(quantity) FROM stock_movements m WHERE m.variant_id = v.id), 0) AS ledger
     FROM variants v JOIN products p ON p.id = v.product_id
     WHERE p.auto_stock = 0 AND v.on_hand <> ledger`,
  );
}

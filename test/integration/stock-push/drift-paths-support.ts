/**
 * For the drift-path tests: a second Stockpilot (another window, browser mode or a CLI
 * command) on the same data folder as a push test shop, and the questions those tests ask of
 * both sides.
 */
import { dirname, join } from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../../src/main/core';
import { silentLogger } from '../../../src/main/core/logger';
import { fileKeychain } from '../../support/file-keychain';
import { QUICK_RETRIES, type PushTestShop } from './push-test-shop';

export const SKUS = ['TEE-M', 'TEE-L', 'PRINT-A4'] as const;

/** Another core on the shop's data folder, with the same keychain: connected already, through what the first one saved. */
export function openSecondCore(shop: PushTestShop, options: Partial<CoreOptions> = {}): Core {
  return createCore({
    dataDir: shop.dataDir,
    demoCatalog: false,
    log: silentLogger,
    secrets: fileKeychain(join(dirname(shop.dataDir), 'keychain.json')),
    shopifyEndpoint: shop.sim.url,
    shopifyRetry: QUICK_RETRIES,
    stockPushTickMs: 0,
    ...options,
  });
}

export async function variantOf(core: Core, sku: string) {
  const [variant] = await core.call('findVariantsBySku', { sku });
  if (!variant) throw new Error(`No variant ${sku}`);
  return variant;
}

/** For each SKU: [what Stockpilot would have Shopify show, what Shopify shows]. */
export async function bothSides(shop: PushTestShop, core: Core = shop.core, location?: string): Promise<Record<string, [number, number]>> {
  const sides: Record<string, [number, number]> = {};
  for (const sku of SKUS) sides[sku] = [(await variantOf(core, sku)).available, shop.shopifyAvailable(sku, location)];
  return sides;
}

/** Expects Shopify to show exactly Stockpilot's number for every SKU. */
export function inStep(sides: Record<string, [number, number]>): Record<string, boolean> {
  return Object.fromEntries(Object.entries(sides).map(([sku, [stockpilot, shopify]]) => [sku, stockpilot === shopify]));
}

/** The stock movements the order import booked for a SKU (negative: sold). */
export async function orderMovements(core: Core, sku: string): Promise<number[]> {
  const history = await core.call('listStockMovements', { variantId: (await variantOf(core, sku)).id });
  return history.rows.filter((m) => m.kind === 'order_import').map((m) => m.quantity);
}

/** Inventory writes the local store received since `from` (an index into its request log). */
export function writesSince(shop: PushTestShop, from: number) {
  return shop.sim.control.requests().slice(from).filter((r) => r.operationName === 'InventorySetQuantities');
}

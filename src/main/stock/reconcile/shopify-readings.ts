/**
 * Reading what Shopify shows now, in a way Stockpilot can trust. A read alone may already hold
 * a sale the order import has not brought in, and booking that sale later would count it
 * twice. So each read is followed by an order catch-up: a variant the catch-up moved is read
 * again, until a read is followed by a catch-up that moved nothing for it. Only such a reading
 * is a quantity Shopify "confirmed". Runs only while no batch is out (see push-run.ts).
 */
import type { ShopifyClient } from '../../shopify/client';
import { MAX_ROWS_PER_CALL, readInventoryLevels, type InventoryLevelReading } from '../../shopify/inventory-quantities';
import type { PushContext } from '../push/push-context';

const MAX_READ_ROUNDS = 3;

export async function readLevels(ctx: { client: ShopifyClient; locationId: string }, itemIds: readonly string[]): Promise<Map<string, InventoryLevelReading>> {
  const readings = new Map<string, InventoryLevelReading>();
  const unique = [...new Set(itemIds)];
  for (let i = 0; i < unique.length; i += MAX_ROWS_PER_CALL) {
    const { data } = await readInventoryLevels(ctx.client, unique.slice(i, i + MAX_ROWS_PER_CALL), ctx.locationId);
    for (const reading of data) readings.set(reading.inventoryItemId, reading);
  }
  return readings;
}

export interface ToRead {
  variantId: number;
  inventoryItemId: string;
}

/**
 * Readings (by variant id) no order brought in afterwards could have moved. A variant whose
 * orders kept moving for three rounds is left out: it waits for the next run. A variant Shopify
 * does not know is present with `undefined`.
 */
export async function confirmedReadings(
  ctx: Pick<PushContext, 'client' | 'locationId' | 'catchUpOrders'>,
  variants: readonly ToRead[],
): Promise<{ readings: Map<number, InventoryLevelReading | undefined>; broughtIn: Set<number> }> {
  const readings = new Map<number, InventoryLevelReading | undefined>();
  /** Variants whose stock the catch-up moved along the way. */
  const broughtIn = new Set<number>();
  let toRead = variants;
  for (let round = 0; round < MAX_READ_ROUNDS && toRead.length > 0; round++) {
    const levels = await readLevels(ctx, toRead.map((v) => v.inventoryItemId));
    const moved = (await ctx.catchUpOrders()) ?? new Set<number>();
    for (const v of toRead) {
      if (moved.has(v.variantId)) broughtIn.add(v.variantId);
      else readings.set(v.variantId, levels.get(v.inventoryItemId));
    }
    toRead = toRead.filter((v) => moved.has(v.variantId));
  }
  return { readings, broughtIn };
}

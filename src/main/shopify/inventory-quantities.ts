/**
 * Inventory reads and writes for the stock push. A write carries the idempotency key the
 * caller stored with its work; Shopify's userErrors (CHANGE_FROM_QUANTITY_STALE …) come back
 * to the caller, who decides what each means.
 */
import type { ShopifyClient, ShopifyResult } from './client';
import { defineOperation } from './shopify-operation';
import inventoryLevelsDocument from './operations/inventory-levels.graphql?raw';
import setQuantitiesDocument from './operations/inventory-set-quantities.graphql?raw';

export const setQuantitiesMutation = defineOperation(setQuantitiesDocument);
export const inventoryLevelsQuery = defineOperation(inventoryLevelsDocument);

/** Shopify's limit on rows per inventorySetQuantities and ids per nodes(). */
export const MAX_ROWS_PER_CALL = 250;
/** A mutation's flat cost (Shopify charges 10 whatever the row count). */
export const SET_QUANTITIES_COST = 10;

export interface QuantityRow {
  inventoryItemId: string;
  locationId: string;
  quantity: number;
  /** The quantity last seen on Shopify; null skips the compare (a bulk sync to absolute numbers). */
  changeFromQuantity: number | null;
}

export interface SetQuantitiesInput {
  name: 'available' | 'on_hand';
  reason: string;
  rows: readonly QuantityRow[];
  idempotencyKey: string;
}

export interface InventoryUserError {
  code: string | null;
  field: string[] | null;
  message: string;
}

export interface SetQuantitiesData {
  inventorySetQuantities: {
    inventoryAdjustmentGroup: { id: string } | null;
    userErrors: InventoryUserError[];
  } | null;
}

export function setInventoryQuantities(client: ShopifyClient, input: SetQuantitiesInput): Promise<ShopifyResult<SetQuantitiesData>> {
  if (input.rows.length === 0 || input.rows.length > MAX_ROWS_PER_CALL) {
    throw new RangeError(`inventorySetQuantities takes 1 to ${MAX_ROWS_PER_CALL} rows, not ${input.rows.length}`);
  }
  const quantities = input.rows.map((r) => ({
    inventoryItemId: r.inventoryItemId,
    locationId: r.locationId,
    quantity: r.quantity,
    changeFromQuantity: r.changeFromQuantity,
  }));
  return client.request<SetQuantitiesData>(
    setQuantitiesMutation,
    { input: { name: input.name, reason: input.reason, quantities } },
    { idempotencyKey: input.idempotencyKey, expectedCost: SET_QUANTITIES_COST },
  );
}

export interface InventoryLevelReading {
  inventoryItemId: string;
  tracked: boolean;
  /** Null when the item is not stocked at the location. */
  available: number | null;
  onHand: number | null;
}

type LevelsData = {
  nodes: ({
    id: string;
    tracked: boolean;
    inventoryLevel: { id: string; quantities: { name: string; quantity: number }[] } | null;
  } | null | Record<string, never>)[];
};

/** Shopify's current quantities for these items at one location; unknown ids are left out. */
export async function readInventoryLevels(
  client: ShopifyClient,
  inventoryItemIds: readonly string[],
  locationId: string,
): Promise<ShopifyResult<InventoryLevelReading[]>> {
  if (inventoryItemIds.length > MAX_ROWS_PER_CALL) throw new RangeError(`Read at most ${MAX_ROWS_PER_CALL} inventory items at a time`);
  const result = await client.request<LevelsData>(inventoryLevelsQuery, { inventoryItemIds, locationId });
  const readings: InventoryLevelReading[] = [];
  for (const node of result.data.nodes) {
    if (!node || !('id' in node)) continue;
    const quantity = (name: string) => node.inventoryLevel?.quantities.find((q) => q.name === name)?.quantity ?? null;
    readings.push({ inventoryItemId: node.id, tracked: node.tracked, available: quantity('available'), onHand: quantity('on_hand') });
  }
  return { ...result, data: readings };
}

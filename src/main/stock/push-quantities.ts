/**
 * Sends one batch of the push through the connection's client: the client's throttling,
 * retries and idempotency key, with a leaner operation than the client's general
 * `setInventoryQuantities` (see operations/push-quantities.graphql for why).
 */
import type { ShopifyClient, ShopifyResult } from '../shopify/client';
import { MAX_ROWS_PER_CALL, type SetQuantitiesData, type SetQuantitiesInput } from '../shopify/inventory-quantities';
import { defineOperation } from '../shopify/shopify-operation';
import pushQuantitiesDocument from './operations/push-quantities.graphql?raw';

const pushQuantitiesMutation = defineOperation(pushQuantitiesDocument);
/** What Shopify charges for it: a mutation's flat 10. */
const PUSH_QUANTITIES_COST = 10;

export function pushAvailableQuantities(client: ShopifyClient, input: Omit<SetQuantitiesInput, 'name'>): Promise<ShopifyResult<SetQuantitiesData>> {
  if (input.rows.length === 0 || input.rows.length > MAX_ROWS_PER_CALL) {
    throw new RangeError(`A push batch holds 1 to ${MAX_ROWS_PER_CALL} rows, not ${input.rows.length}`);
  }
  const quantities = input.rows.map(({ inventoryItemId, locationId, quantity, changeFromQuantity }) => ({ inventoryItemId, locationId, quantity, changeFromQuantity }));
  return client.request<SetQuantitiesData>(
    pushQuantitiesMutation,
    { input: { name: 'available', reason: input.reason, quantities } },
    { idempotencyKey: input.idempotencyKey, expectedCost: PUSH_QUANTITIES_COST },
  );
}

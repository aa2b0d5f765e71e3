/**
 * "Activate at location" for a variant the push skipped because Shopify does not stock it
 * at the push location. Uses the connection's client (the client module has no such call).
 */
import { rejected } from '../../../shared/errors';
import type { ShopifyClient } from '../../shopify/client';
import { defineOperation } from '../../shopify/shopify-operation';
import activateDocument from '../operations/inventory-activate.graphql?raw';

const inventoryActivateMutation = defineOperation(activateDocument);

type ActivateData = { inventoryActivate: { inventoryLevel: { id: string } | null; userErrors: { field: string[] | null; message: string }[] } | null };

export async function activateAtLocation(client: ShopifyClient, inventoryItemId: string, locationId: string): Promise<void> {
  const { data } = await client.request<ActivateData>(inventoryActivateMutation, { inventoryItemId, locationId });
  const errors = data.inventoryActivate?.userErrors ?? [];
  if (errors.length > 0 || !data.inventoryActivate?.inventoryLevel) {
    throw rejected(`Shopify could not stock the variant at that location: ${errors.map((e) => e.message).join('; ') || 'no answer'}`);
  }
}

/**
 * Stocking linked variants at a new push location on Shopify, in bulk, before their stock is
 * pushed there (Shopify refuses quantities for an item not stocked at a location). Uses
 * `inventoryBulkToggleActivation`, several per request (aliases), and leaves the old location
 * as it is.
 */
import { rejected } from '../../../shared/errors';
import type { ReadableDB } from '../../db/types';
import type { ShopifyClient } from '../../shopify/client';
import { defineOperation } from '../../shopify/shopify-operation';
import { linkedAfter } from '../push/push-outbox';
import { quantityToPush } from '../push/quantity-to-push';
import { readLevels } from '../reconcile/shopify-readings';

/** Activations per request: 25 mutations of cost 10 stay well inside one request's 1,000 points. */
const PER_REQUEST = 25;

/** The inventory items of linked variants whose stock is pushed (tracked, not "Don't sync stock"). */
export function pushedInventoryItems(db: ReadableDB, soldOutOverride: boolean): string[] {
  const items: string[] = [];
  for (let after = 0; ; ) {
    const variants = linkedAfter(db, after, 1000);
    if (variants.length === 0) return items;
    after = variants[variants.length - 1]?.variantId ?? after;
    for (const v of variants) if (v.inventoryItemId && quantityToPush({ ...v, soldOutOverride }).send) items.push(v.inventoryItemId);
  }
}

/** Of these items, the ones Shopify tracks but does not stock at the location. */
export async function notStockedAt(client: ShopifyClient, locationId: string, items: readonly string[]): Promise<string[]> {
  const levels = await readLevels({ client, locationId }, items);
  return items.filter((id) => {
    const level = levels.get(id);
    return level !== undefined && level.tracked && level.available === null;
  });
}

type ToggleData = Record<string, { inventoryLevels: { id: string }[] | null; userErrors: { field: string[] | null; message: string; code: string | null }[] } | null>;

/** Stocks the items at the location; refuses, naming Shopify's message, if any cannot be. */
export async function activateInBulk(client: ShopifyClient, locationId: string, items: readonly string[]): Promise<void> {
  for (let i = 0; i < items.length; i += PER_REQUEST) {
    const chunk = items.slice(i, i + PER_REQUEST);
    const { data } = await client.request<ToggleData>(bulkActivation(chunk.length), Object.fromEntries([['locationId', locationId], ...chunk.map((id, n) => [`item${n}`, id])]));
    const problems = Object.values(data).flatMap((answer) => answer?.userErrors ?? [{ message: 'no answer', field: null, code: null }]);
    if (problems.length > 0) throw rejected(`Shopify could not stock ${problems.length === 1 ? 'a variant' : `${problems.length} variants`} at that location: ${problems[0]?.message}`);
  }
}

const documents = new Map<number, ReturnType<typeof defineOperation>>();

/** `mutation StockAtLocation($locationId: ID!, $item0: ID!, …) { a0: inventoryBulkToggleActivation(…) … }` for `count` items. */
function bulkActivation(count: number): ReturnType<typeof defineOperation> {
  let operation = documents.get(count);
  if (!operation) {
    const variables = Array.from({ length: count }, (_, n) => `$item${n}: ID!`).join(', ');
    const fields = Array.from(
      { length: count },
      (_, n) =>
        `  a${n}: inventoryBulkToggleActivation(inventoryItemId: $item${n}, inventoryItemUpdates: [{ locationId: $locationId, activate: true }]) {\n    inventoryLevels { id }\n    userErrors { field message code }\n  }`,
    ).join('\n');
    operation = defineOperation(`mutation StockAtLocation($locationId: ID!, ${variables}) {\n${fields}\n}\n`);
    documents.set(count, operation);
  }
  return operation;
}

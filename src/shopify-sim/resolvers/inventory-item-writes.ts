/** inventoryItemUpdate (tracked, SKU, cost) and inventoryActivate (stock an item at a location). */
import type { GraphQLResolveInfo } from 'graphql';
import { parseGid } from '../store/gid';
import { money } from '../store/product-builder';
import type { SimContext } from './context';
import { requireScope } from './context';

export function inventoryItemUpdate(
  _r: unknown,
  args: { id: string; input: { sku?: string | null; cost?: string | null; tracked?: boolean | null; requiresShipping?: boolean | null } },
  ctx: SimContext,
  info: GraphQLResolveInfo,
) {
  requireScope(ctx, info, 'write_inventory');
  const item = ctx.store.inventoryItems.get(parseGid(args.id, 'InventoryItem') ?? -1);
  if (!item) return { inventoryItem: null, userErrors: [{ field: ['id'], message: "The product couldn't be updated because it does not exist." }] };
  const { input } = args;
  if (input.cost != null && Number(input.cost) < 0) {
    return { inventoryItem: null, userErrors: [{ field: ['input', 'cost'], message: 'Cost must be greater than or equal to 0' }] };
  }
  if (input.sku !== undefined) ctx.store.setSku(item.variant, input.sku ?? null);
  if (input.tracked != null) item.tracked = input.tracked;
  if (input.cost !== undefined) item.unitCost = input.cost == null ? null : money(input.cost);
  if (input.requiresShipping != null) item.requiresShipping = input.requiresShipping;
  item.updatedAt = ctx.store.timestamp();
  ctx.store.touch(item.variant.product, item.variant);
  return { inventoryItem: item, userErrors: [] };
}

export function inventoryActivate(
  _r: unknown,
  args: { inventoryItemId: string; locationId: string; available?: number | null; onHand?: number | null },
  ctx: SimContext,
  info: GraphQLResolveInfo,
) {
  requireScope(ctx, info, 'write_inventory');
  const item = ctx.store.inventoryItems.get(parseGid(args.inventoryItemId, 'InventoryItem') ?? -1);
  const location = ctx.store.locations.get(parseGid(args.locationId, 'Location') ?? -1);
  if (!item) return { inventoryLevel: null, userErrors: [{ field: ['inventoryItemId'], message: 'The inventory item could not be found.' }] };
  if (!location) return { inventoryLevel: null, userErrors: [{ field: ['locationId'], message: 'The location could not be found.' }] };
  if (args.available != null && args.onHand != null) {
    return {
      inventoryLevel: null,
      userErrors: [{ field: ['available'], message: `The product couldn't be stocked at ${location.name} because not allowed to set available and on_hand quantities at the same time.` }],
    };
  }
  const existing = item.levels.get(location.id);
  if (existing) {
    if (args.available != null) return { inventoryLevel: null, userErrors: [{ field: ['available'], message: 'Not allowed to set available quantity when the item is already active at the location.' }] };
    if (args.onHand != null) return { inventoryLevel: null, userErrors: [{ field: ['onHand'], message: 'Not allowed to set an on_hand quantity when the item is already active at the location.' }] };
    return { inventoryLevel: existing, userErrors: [] };
  }
  const level = ctx.store.stock(item, location, args.available ?? args.onHand ?? 0);
  ctx.store.touch(item.variant.product, item.variant);
  return { inventoryLevel: level, userErrors: [] };
}

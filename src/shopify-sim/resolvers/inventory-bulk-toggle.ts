/**
 * inventoryBulkToggleActivation: stocks an inventory item at some locations and unstocks it
 * at others in one call. Every row is checked first; one refused row refuses the whole call.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { parseGid } from '../store/gid';
import type { InventoryLevelRecord, LocationRecord } from '../store/records';
import type { SimContext } from './context';
import { requireScope } from './context';
import { limitRows } from './mutation-guards';

interface UserError {
  field: string[];
  message: string;
  code: string;
}
interface Update {
  locationId: string;
  activate: boolean;
}

/** Quantities that keep an item stocked at a location, with the code Shopify refuses them with. */
const HELD_QUANTITIES: [string, string, string][] = [
  ['committed', 'COMMITTED_INVENTORY_AT_LOCATION', 'committed'],
  ['incoming', 'INCOMING_INVENTORY_AT_LOCATION', 'incoming'],
  ['reserved', 'RESERVED_INVENTORY_AT_LOCATION', 'unavailable'],
];

const refused = (userErrors: UserError[]) => ({ inventoryItem: null, inventoryLevels: null, userErrors });

export function inventoryBulkToggleActivation(
  _r: unknown,
  args: { inventoryItemId: string; inventoryItemUpdates: Update[] },
  ctx: SimContext,
  info: GraphQLResolveInfo,
) {
  requireScope(ctx, info, 'write_inventory');
  limitRows(info, args.inventoryItemUpdates, ['inventoryItemUpdates']);
  const item = ctx.store.inventoryItems.get(parseGid(args.inventoryItemId, 'InventoryItem') ?? -1);
  if (!item) return refused([{ field: ['inventoryItemId'], message: 'The inventory item was not found.', code: 'INVENTORY_ITEM_NOT_FOUND' }]);

  // Walk the rows in order over the set of stocked locations, so "the only location" means the one left.
  const stocked = new Set(item.levels.keys());
  const errors: UserError[] = [];
  const steps: { location: LocationRecord; activate: boolean }[] = [];
  args.inventoryItemUpdates.forEach((update, i) => {
    const field = ['inventoryItemUpdates', String(i), 'locationId'];
    const location = ctx.store.locations.get(parseGid(update.locationId, 'Location') ?? -1);
    if (!location) return errors.push({ field, message: 'The location was not found.', code: 'LOCATION_NOT_FOUND' });
    if (update.activate) {
      stocked.add(location.id);
      return steps.push({ location, activate: true });
    }
    if (!stocked.has(location.id)) return; // not stocked there: nothing to unstock
    const problems = unstockProblems(item.levels.get(location.id), location, stocked.size);
    if (problems.length) return errors.push(...problems.map((p) => ({ ...p, field })));
    stocked.delete(location.id);
    return steps.push({ location, activate: false });
  });
  if (errors.length) return refused(errors);

  for (const { location, activate } of steps) {
    if (!activate) ctx.store.unstock(item, location);
    else if (!item.levels.has(location.id)) ctx.store.stock(item, location, 0);
  }
  if (steps.length) {
    item.updatedAt = ctx.store.timestamp();
    ctx.store.touch(item.variant.product, item.variant);
  }
  const activated = new Set(steps.filter((s) => s.activate).map((s) => s.location.id));
  const inventoryLevels = [...activated].flatMap((id) => item.levels.get(id) ?? []);
  return { inventoryItem: item, inventoryLevels, userErrors: [] };
}

function unstockProblems(level: InventoryLevelRecord | undefined, location: LocationRecord, stockedCount: number): Omit<UserError, 'field'>[] {
  if (stockedCount <= 1) {
    return [{
      message: `The product couldn't be unstocked from ${location.name} because products need to be stocked at a minimum of 1 location.`,
      code: 'CANNOT_DEACTIVATE_FROM_ONLY_LOCATION',
    }];
  }
  if (!level) return [];
  return HELD_QUANTITIES.flatMap(([name, code, words]) => {
    const quantity = name === 'committed' ? level.committed : (level.other[name] ?? 0);
    return quantity > 0 ? [{ message: `Cannot unstock this inventory item from this location because it has ${words} quantities.`, code }] : [];
  });
}

/**
 * `inventorySetQuantities` and `inventoryAdjustQuantities` with 2026-04 semantics: an
 * idempotency key, a compare value on every row, validated names and reasons, all rows
 * applied or none. A call that changes nothing returns no adjustment group, as Shopify does.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { gid, parseGid } from '../store/gid';
import type { InventoryItemRecord, InventoryLevelRecord, LocationRecord } from '../store/records';
import type { SimContext } from './context';
import { requireScope } from './context';
import { idempotencyKey, limitRows, requireChangeFrom } from './mutation-guards';
import { quantityOf } from './record-fields';

export const REASONS = [
  'correction', 'cycle_count_available', 'damaged', 'movement_canceled', 'movement_created', 'movement_received',
  'movement_updated', 'other', 'promotion', 'quality_control', 'received', 'reservation_created', 'reservation_deleted',
  'reservation_updated', 'restock', 'safety_stock', 'shrinkage',
];
const ADJUSTABLE_NAMES = ['available', 'damaged', 'incoming', 'quality_control', 'reserved', 'safety_stock'];
const QUANTITY_LIMIT = 1_000_000_000;

interface UserError {
  field: string[];
  message: string;
  code: string;
}
interface Row {
  inventoryItemId: string;
  locationId: string;
  changeFromQuantity?: number | null;
}
interface Change {
  name: string;
  delta: number;
  item: InventoryItemRecord;
  location: LocationRecord;
}
type Payload = { inventoryAdjustmentGroup: unknown; userErrors: UserError[] };

export function inventorySetQuantities(
  _root: unknown,
  args: { input: { name: string; reason: string; referenceDocumentUri?: string | null; quantities: (Row & { quantity: number })[] } },
  ctx: SimContext,
  info: GraphQLResolveInfo,
): Payload {
  const { input } = args;
  return guarded(ctx, info, input, input.quantities, 'quantities', 'InventoryQuantityInput', () => {
    if (input.name !== 'available' && input.name !== 'on_hand') {
      return [{ field: ['input', 'name'], message: "The quantity name must be either 'available' or 'on_hand'.", code: 'INVALID_NAME' }];
    }
    const errors: UserError[] = [];
    const levels = checkRows(ctx, input.quantities, 'quantities', errors, (row, i) => {
      if (row.quantity > QUANTITY_LIMIT) errors.push(quantityError(i, 'quantities', 'INVALID_QUANTITY_TOO_HIGH', "can't be higher than 1,000,000,000"));
      else if (row.quantity < -QUANTITY_LIMIT) errors.push(quantityError(i, 'quantities', 'INVALID_QUANTITY_TOO_LOW', "can't be lower than -1,000,000,000"));
      else if (row.quantity < 0 && input.name === 'on_hand') errors.push(quantityError(i, 'quantities', 'INVALID_QUANTITY_NEGATIVE', "can't be negative"));
    });
    if (errors.length) return errors;
    const stale = staleRows(input.quantities, levels, input.name, 'quantities');
    if (stale.length) return stale;
    return input.quantities.map((row, i) => {
      const level = levels[i] as InventoryLevelRecord;
      return { level, name: input.name, delta: row.quantity - quantityOf(level, input.name) };
    });
  });
}

export function inventoryAdjustQuantities(
  _root: unknown,
  args: { input: { name: string; reason: string; referenceDocumentUri?: string | null; changes: (Row & { delta: number })[] } },
  ctx: SimContext,
  info: GraphQLResolveInfo,
): Payload {
  const { input } = args;
  return guarded(ctx, info, input, input.changes, 'changes', 'InventoryChangeInput', () => {
    if (!ADJUSTABLE_NAMES.includes(input.name)) {
      return [{ field: ['input', 'name'], message: `The specified quantity name is invalid. Valid values are: ${ADJUSTABLE_NAMES.join(', ')}.`, code: 'INVALID_QUANTITY_NAME' }];
    }
    const errors: UserError[] = [];
    const levels = checkRows(ctx, input.changes, 'changes', errors, () => {});
    if (errors.length) return errors;
    const stale = staleRows(input.changes, levels, input.name, 'changes');
    if (stale.length) return stale;
    return input.changes.map((row, i) => ({ level: levels[i] as InventoryLevelRecord, name: input.name, delta: row.delta }));
  });
}

/** The checks and bookkeeping both mutations share: scope, key, replay, reason, apply, remember. */
function guarded(
  ctx: SimContext,
  info: GraphQLResolveInfo,
  input: { reason: string; referenceDocumentUri?: string | null },
  rows: Row[],
  rowsName: string,
  inputType: string,
  plan: () => UserError[] | { level: InventoryLevelRecord; name: string; delta: number }[],
): Payload {
  requireScope(ctx, info, 'write_inventory');
  const key = idempotencyKey(info);
  requireChangeFrom(info, rows, inputType);
  limitRows(info, rows, ['input', rowsName]);
  if (ctx.keysInFlightElsewhere?.has(key)) {
    return keyRefused('The same idempotency key is already being used by another request.', 'IDEMPOTENCY_CONCURRENT_REQUEST');
  }
  const seen = ctx.idempotency.lookup(ctx.token, info.fieldName, key, input);
  if (seen === 'mismatch') return keyRefused('The same idempotency key was used with different parameters.', 'IDEMPOTENCY_KEY_PARAMETER_MISMATCH');
  if (seen) return seen.result as Payload;

  let result: Payload;
  const reasonError = REASONS.includes(input.reason)
    ? []
    : [{ field: ['input', 'reason'], message: `The specified reason is invalid. Valid values are: ${REASONS.join(', ')}.`, code: 'INVALID_REASON' }];
  const planned = reasonError.length ? reasonError : plan();
  if (planned.length && 'code' in (planned[0] as object)) {
    result = { inventoryAdjustmentGroup: null, userErrors: planned as UserError[] };
  } else {
    const changes = apply(ctx, planned as { level: InventoryLevelRecord; name: string; delta: number }[]);
    result = {
      inventoryAdjustmentGroup: changes.length
        ? { id: gid('InventoryAdjustmentGroup', ctx.store.newId()), createdAt: ctx.store.timestamp(), reason: input.reason, referenceDocumentUri: input.referenceDocumentUri ?? null, changes: changes.map(changeView) }
        : null,
      userErrors: [],
    };
  }
  ctx.idempotency.remember(ctx.token, info.fieldName, key, input, result);
  return result;
}

const keyRefused = (message: string, code: string): Payload => ({ inventoryAdjustmentGroup: null, userErrors: [{ field: ['input'], message, code }] });

function checkRows<R extends Row>(
  ctx: SimContext,
  rows: R[],
  rowsName: string,
  errors: UserError[],
  more: (row: R, i: number) => void,
): (InventoryLevelRecord | undefined)[] {
  const pairs = new Map<string, number>();
  for (const row of rows) pairs.set(`${row.inventoryItemId}|${row.locationId}`, (pairs.get(`${row.inventoryItemId}|${row.locationId}`) ?? 0) + 1);
  return rows.map((row, i) => {
    const at = (field: string) => ['input', rowsName, String(i), field];
    const item = ctx.store.inventoryItems.get(parseGid(row.inventoryItemId, 'InventoryItem') ?? -1);
    const location = ctx.store.locations.get(parseGid(row.locationId, 'Location') ?? -1);
    const level = item && location ? item.levels.get(location.id) : undefined;
    if (!item) errors.push({ field: at('inventoryItemId'), message: 'The specified inventory item could not be found.', code: 'INVALID_INVENTORY_ITEM' });
    if (!location) errors.push({ field: at('locationId'), message: 'The specified location could not be found.', code: 'INVALID_LOCATION' });
    if (item && !item.tracked) {
      errors.push({ field: at('inventoryItemId'), message: 'The specified inventory item is not allowed to be adjusted via API.', code: 'NON_MUTABLE_INVENTORY_ITEM' });
    } else if (item && location && !level) {
      errors.push({ field: at('locationId'), message: 'The specified inventory item is not stocked at the location.', code: 'ITEM_NOT_STOCKED_AT_LOCATION' });
    }
    if ((pairs.get(`${row.inventoryItemId}|${row.locationId}`) ?? 0) > 1) {
      errors.push({ field: at('locationId'), message: 'The combination of inventoryItemId and locationId must be unique.', code: 'NO_DUPLICATE_INVENTORY_ITEM_ID_GROUP_ID_PAIR' });
    }
    more(row, i);
    return level;
  });
}

const quantityError = (i: number, rowsName: string, code: string, text: string): UserError => ({
  field: ['input', rowsName, String(i), 'quantity'],
  message: `The quantity ${text}.`,
  code,
});

/** Compare values are checked last, once every row is known to be valid. */
function staleRows(rows: Row[], levels: (InventoryLevelRecord | undefined)[], name: string, rowsName: string): UserError[] {
  return rows.flatMap((row, i) => {
    const level = levels[i];
    if (!level || row.changeFromQuantity == null || row.changeFromQuantity === quantityOf(level, name)) return [];
    return [{ field: ['input', rowsName, String(i), 'changeFromQuantity'], message: 'The changeFromQuantity value does not match persisted value.', code: 'CHANGE_FROM_QUANTITY_STALE' }];
  });
}

/** Applies the deltas; every change to a part of on hand is mirrored as an on_hand change. */
function apply(ctx: SimContext, planned: { level: InventoryLevelRecord; name: string; delta: number }[]): Change[] {
  const changes: Change[] = [];
  const at = ctx.store.timestamp();
  for (const { level, name, delta } of planned) {
    if (delta === 0) continue;
    if (name === 'available' || name === 'on_hand') level.available += delta;
    else level.other[name] = (level.other[name] ?? 0) + delta;
    level.updatedAt = at;
    level.item.updatedAt = at;
    const base = { item: level.item, location: level.location };
    changes.push({ name: name === 'on_hand' ? 'available' : name, delta, ...base }, { name: 'on_hand', delta, ...base });
    ctx.store.touch(level.item.variant.product, level.item.variant);
  }
  return changes;
}

const changeView = (c: Change) => ({ name: c.name, delta: c.delta, quantityAfterChange: null, ledgerDocumentUri: null, item: c.item, location: c.location });

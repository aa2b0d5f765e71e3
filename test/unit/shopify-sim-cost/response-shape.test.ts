import { describe, expect, it } from 'vitest';
import { responseShapeDifferences } from '../../conformance/response-shape';

const recorded = {
  data: {
    inventorySetQuantities: {
      inventoryAdjustmentGroup: {
        createdAt: '2026-05-07T03:26:31Z',
        reason: 'correction',
        changes: [{ name: 'available', delta: 4, item: { id: 'gid://shopify/InventoryItem/53228117295410' } }],
      },
      userErrors: [],
    },
  },
  extensions: { cost: { requestedQueryCost: 13, actualQueryCost: 10, throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 1990, restoreRate: 100 } } },
};

const rejected = (code: string, field: string[]) => ({
  data: { inventorySetQuantities: { inventoryAdjustmentGroup: null, userErrors: [{ field, message: 'Shopify wording', code }] } },
});

describe('comparing the local store answer with a recorded Shopify answer', () => {
  it('accepts other IDs, timestamps, names and bucket levels', () => {
    const local = structuredClone(recorded);
    local.data.inventorySetQuantities.inventoryAdjustmentGroup.createdAt = '2026-11-22T05:00:00Z';
    local.data.inventorySetQuantities.inventoryAdjustmentGroup.changes[0]!.item.id = 'gid://shopify/InventoryItem/7';
    local.extensions.cost.actualQueryCost = 11;
    local.extensions.cost.throttleStatus.currentlyAvailable = 1987;
    expect(responseShapeDifferences(recorded, local)).toEqual([]);
  });

  it('names missing and extra keys, other kinds of values and other lengths', () => {
    const local = {
      data: {
        inventorySetQuantities: {
          inventoryAdjustmentGroup: { reason: 'correction', changes: [], note: 'x' },
          userErrors: null,
        },
      },
      extensions: { cost: { requestedQueryCost: 13, actualQueryCost: 10, throttleStatus: {} } },
    };
    expect(responseShapeDifferences(recorded, local)).toEqual([
      'data.inventorySetQuantities.inventoryAdjustmentGroup.createdAt: missing',
      'data.inventorySetQuantities.inventoryAdjustmentGroup.changes: recorded 1 item(s), got 0',
      'data.inventorySetQuantities.inventoryAdjustmentGroup.note: not in the recording',
      'data.inventorySetQuantities.userErrors: recorded list [], got null null',
    ]);
  });

  it('insists on the same user-error codes and fields, not the same wording', () => {
    const stale = rejected('CHANGE_FROM_QUANTITY_STALE', ['input', 'quantities', '0', 'changeFromQuantity']);
    expect(responseShapeDifferences(stale, rejected('CHANGE_FROM_QUANTITY_STALE', ['input', 'quantities', '0', 'changeFromQuantity']))).toEqual([]);
    expect(responseShapeDifferences(stale, rejected('INVALID_QUANTITY', ['input', 'quantities', '1', 'changeFromQuantity']))).toEqual([
      'data.inventorySetQuantities.userErrors[0].field[2]: recorded "0", got "1"',
      'data.inventorySetQuantities.userErrors[0].code: recorded "CHANGE_FROM_QUANTITY_STALE", got "INVALID_QUANTITY"',
    ]);
  });

  it('insists on the same top-level error code, the resource type of IDs and the requested cost', () => {
    const throttled = { errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED' } }] };
    expect(responseShapeDifferences(throttled, { errors: [{ message: 'Slow down', extensions: { code: 'MAX_COST_EXCEEDED' } }] })).toEqual([
      'errors[0].extensions.code: recorded "THROTTLED", got "MAX_COST_EXCEEDED"',
    ]);
    const local = structuredClone(recorded);
    local.data.inventorySetQuantities.inventoryAdjustmentGroup.changes[0]!.item.id = 'gid://shopify/ProductVariant/1';
    local.extensions.cost.requestedQueryCost = 12;
    expect(responseShapeDifferences(recorded, local)).toEqual([
      'data.inventorySetQuantities.inventoryAdjustmentGroup.changes[0].item.id: recorded an ID of type InventoryItem, got "gid://shopify/ProductVariant/1"',
      'extensions.cost.requestedQueryCost: recorded 13, got 12',
    ]);
  });
});

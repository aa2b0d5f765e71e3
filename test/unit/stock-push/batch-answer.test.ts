import { describe, expect, it } from 'vitest';
import { readBatchAnswer } from '../../../src/main/stock/push/batch-answer';

const answer = (userErrors: { code: string | null; field: string[] | null; message: string }[]) => ({
  inventorySetQuantities: { inventoryAdjustmentGroup: userErrors.length ? null : { id: 'g', changes: [] }, userErrors },
});
const at = (i: number, field = 'changeFromQuantity') => ['input', 'quantities', String(i), field];

describe('reading Shopify\u2019s answer to a batch', () => {
  it('no userErrors: every row was applied', () => {
    expect(readBatchAnswer(answer([]), 3)).toEqual({ applied: true });
  });

  it('sorts each row: stale, not stocked, unknown item, untracked, refused, or innocent (sent again)', () => {
    const result = readBatchAnswer(
      answer([
        { code: 'CHANGE_FROM_QUANTITY_STALE', field: at(0), message: 'stale' },
        { code: 'ITEM_NOT_STOCKED_AT_LOCATION', field: at(1, 'locationId'), message: 'not stocked' },
        { code: 'INVALID_INVENTORY_ITEM', field: at(2, 'inventoryItemId'), message: 'no item' },
        { code: 'NON_MUTABLE_INVENTORY_ITEM', field: at(3, 'inventoryItemId'), message: 'untracked' },
        { code: 'INVALID_QUANTITY_TOO_HIGH', field: at(4, 'quantity'), message: 'The quantity can\u2019t be higher than 1,000,000,000.' },
      ]),
      6,
    );
    expect(result.applied).toBe(false);
    if (result.applied) return;
    expect(result.verdicts.map((v) => v.kind)).toEqual(['stale', 'skipped', 'skipped', 'skipped', 'failed', 'innocent']);
    expect(result.verdicts[1]).toMatchObject({ offer: 'activate_at_location' });
    expect(result.verdicts[3]).toMatchObject({ offer: 'resolve_track_inventory' });
    expect(result.verdicts[4]).toMatchObject({ message: 'Shopify refused the quantity: The quantity can\u2019t be higher than 1,000,000,000.' });
  });

  it('a row that is stale and also not stocked reports what the owner must act on', () => {
    const result = readBatchAnswer(
      answer([
        { code: 'CHANGE_FROM_QUANTITY_STALE', field: at(0), message: 'stale' },
        { code: 'ITEM_NOT_STOCKED_AT_LOCATION', field: at(0, 'locationId'), message: 'not stocked' },
      ]),
      1,
    );
    expect(!result.applied && result.verdicts[0]?.kind).toBe('skipped');
  });

  it('an error about the whole batch fails every row with Shopify\u2019s words', () => {
    const result = readBatchAnswer(answer([{ code: 'IDEMPOTENCY_KEY_PARAMETER_MISMATCH', field: ['input'], message: 'The same idempotency key was used with different parameters.' }]), 2);
    expect(!result.applied && result.verdicts).toEqual([
      { kind: 'failed', message: 'Shopify refused the batch: The same idempotency key was used with different parameters.' },
      { kind: 'failed', message: 'Shopify refused the batch: The same idempotency key was used with different parameters.' },
    ]);
  });
});

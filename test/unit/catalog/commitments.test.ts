import { describe, expect, it } from 'vitest';
import { freshShopEachTest, teeInput } from '../../support/catalog-core';

const shop = freshShopEachTest();

describe('wholesale commitments', () => {
  it('hold units back: available = on-hand − open commitments', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    const after = await shop.core.call('addCommitment', { variantId: tee.variants[0]!.id, quantity: 6, reference: 'PO-1041' });
    expect(after.variants[0]).toMatchObject({ onHand: 10, committed: 6, available: 4 });
  });

  it('never show available below zero when more is committed than is on hand', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    const after = await shop.core.call('addCommitment', { variantId: tee.variants[1]!.id, quantity: 8, reference: 'PO-2' });
    expect(after.variants[1]).toMatchObject({ onHand: 5, committed: 8, available: 0 });
  });

  it('release their units when closed, and stay listed as closed', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    const variantId = tee.variants[0]!.id;
    await shop.core.call('addCommitment', { variantId, quantity: 6, reference: 'PO-1' });
    await shop.core.call('addCommitment', { variantId, quantity: 2, reference: 'PO-2' });
    const [newest] = await shop.core.call('listCommitments', { productId: tee.id });
    const after = await shop.core.call('closeCommitment', { id: newest!.id });
    expect(after.variants[0]).toMatchObject({ committed: 6, available: 4 });
    expect((await shop.core.call('listCommitments', { productId: tee.id })).map((c) => c.reference)).toEqual(['PO-1']);
    const all = await shop.core.call('listCommitments', { productId: tee.id, includeClosed: true });
    expect(all.map((c) => [c.reference, c.status, c.sku])).toEqual([
      ['PO-1', 'open', 'TEE-M'],
      ['PO-2', 'closed', 'TEE-M'],
    ]);
    expect(all[1]!.closedAt).not.toBeNull();
  });

  it('cannot be closed twice', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    await shop.core.call('addCommitment', { variantId: tee.variants[0]!.id, quantity: 1, reference: 'PO-9' });
    const [c] = await shop.core.call('listCommitments', { productId: tee.id });
    await shop.core.call('closeCommitment', { id: c!.id });
    await expect(shop.core.call('closeCommitment', { id: c!.id })).rejects.toMatchObject({
      code: 'rejected',
      message: 'The commitment "PO-9" is already closed.',
    });
  });

  it('do not change on-hand or the ledger', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    await shop.core.call('addCommitment', { variantId: tee.variants[0]!.id, quantity: 3, reference: 'PO-3' });
    expect((await shop.core.call('listStockMovements', { productId: tee.id })).total).toBe(2);
  });
});

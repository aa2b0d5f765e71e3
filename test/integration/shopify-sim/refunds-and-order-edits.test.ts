import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localStoreForEachTest, openLocalStore, smallCatalog } from './local-store';

/** Two orders placed days ago (so a change today is what an updated_at search finds): one at the primary, one at the pop-up in USD. */
const catalog = {
  ...smallCatalog,
  orders: [
    { name: '#1001', daysAgo: 2, lineItems: [{ sku: 'TEE-M', quantity: 2 }, { sku: 'TEE-S', quantity: 3 }] },
    { name: '#1002', daysAgo: 1, location: 'Pop-up market', presentmentCurrencyCode: 'USD', exchangeRate: 1.1, lineItems: [{ sku: 'TEE-M', quantity: 2 }] },
  ],
};

const MONEY = 'shopMoney { amount currencyCode } presentmentMoney { amount currencyCode }';
const ORDERS = `query Orders($q: String!) {
  orders(first: 5, query: $q) { nodes {
    name updatedAt displayFinancialStatus totalRefundedSet { ${MONEY} }
    lineItems(first: 10) { nodes { id sku quantity currentQuantity refundableQuantity originalUnitPriceSet { ${MONEY} } } }
    refunds(first: 5) {
      id createdAt totalRefundedSet { ${MONEY} }
      refundLineItems(first: 10) { nodes { quantity restockType restocked location { id name } lineItem { id sku } priceSet { ${MONEY} } subtotalSet { ${MONEY} } } }
    }
  } }
}`;

const store = localStoreForEachTest(catalog);

const minuteAgo = () => new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
const ordersMatching = async (q: string) => (await store.gql(ORDERS, { q })).body.data?.orders.nodes;
const order = async (name: string) => (await ordersMatching(`name:${name.slice(1)}`)).find((o: { name: string }) => o.name === name);
const updatedToday = async () => (await ordersMatching(`updated_at:>'${minuteAgo()}'`)).map((o: { name: string }) => o.name);
const eur = (amount: string) => ({ shopMoney: { amount, currencyCode: 'EUR' }, presentmentMoney: { amount, currencyCode: 'EUR' } });
const level = (sku: string, location?: string) => {
  const { available, committed, onHand } = store.control.variant(sku, location);
  return { available, committed, onHand };
};

const usd = (shop: string, presentment: string) => ({ shopMoney: { amount: shop, currencyCode: 'EUR' }, presentmentMoney: { amount: presentment, currencyCode: 'USD' } });
const refundedLines = (read: any) => read.refunds.map((r: any) => r.refundLineItems.nodes.map((l: any) => [l.lineItem.sku, l.quantity, l.restockType]));

describe('POST /__sim/refund', () => {
  it('a restocked refund puts the units back at the order\'s location, lists a CANCEL line there and moves the order', async () => {
    expect(level('TEE-M', 'Pop-up market')).toEqual({ available: 0, committed: 2, onHand: 2 });
    const answer = await store.ctl('POST', 'refund', { name: '#1002', lines: [{ sku: 'TEE-M', quantity: 1, restock: true }] });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      name: '#1002',
      displayFinancialStatus: 'PARTIALLY_REFUNDED',
      lineItems: [{ sku: 'TEE-M', quantity: 2, currentQuantity: 1 }],
      refund: { id: expect.stringMatching(/^gid:\/\/shopify\/Refund\/\d+$/), lineItems: [{ sku: 'TEE-M', quantity: 1, restockType: 'CANCEL', location: 'Pop-up market' }] },
    });
    expect(level('TEE-M', 'Pop-up market')).toEqual({ available: 1, committed: 1, onHand: 2 });
    expect(level('TEE-M')).toEqual({ available: 2, committed: 2, onHand: 4 });

    expect(await updatedToday()).toEqual(['#1002']);
    const read = await order('#1002');
    const [tee] = read.lineItems.nodes;
    expect(tee).toMatchObject({ quantity: 2, currentQuantity: 1, refundableQuantity: 1 });
    expect(read.displayFinancialStatus).toBe('PARTIALLY_REFUNDED');
    expect(read.refunds).toEqual([
      {
        id: answer.body.refund.id,
        createdAt: read.updatedAt,
        totalRefundedSet: usd('30.0', '33.0'),
        refundLineItems: {
          nodes: [
            {
              quantity: 1,
              restockType: 'CANCEL',
              restocked: true,
              location: { id: store.control.variant('TEE-M', 'Pop-up market').levels[1]!.locationId, name: 'Pop-up market' },
              lineItem: { id: tee.id, sku: 'TEE-M' },
              priceSet: usd('30.0', '33.0'),
              subtotalSet: usd('30.0', '33.0'),
            },
          ],
        },
      },
    ]);
    expect(read.totalRefundedSet).toEqual(usd('30.0', '33.0'));
  });

  it('a refund without restock moves money only: available stays, the committed units are released, NO_RESTOCK without a location', async () => {
    expect(level('TEE-S')).toEqual({ available: 7, committed: 3, onHand: 10 });
    const answer = await store.ctl('POST', 'refund', { name: '#1001', lines: [{ sku: 'TEE-S', quantity: 3, restock: false }] });
    expect(answer.status).toBe(200);
    expect(level('TEE-S')).toEqual({ available: 7, committed: 0, onHand: 7 });
    const read = await order('#1001');
    expect(read.displayFinancialStatus).toBe('PARTIALLY_REFUNDED');
    expect(read.lineItems.nodes.map((l: any) => [l.sku, l.quantity, l.currentQuantity, l.refundableQuantity])).toEqual([['TEE-M', 2, 2, 2], ['TEE-S', 3, 0, 0]]);
    expect(read.refunds[0].refundLineItems.nodes).toEqual([
      expect.objectContaining({ quantity: 3, restockType: 'NO_RESTOCK', restocked: false, location: null, priceSet: eur('30.0'), subtotalSet: eur('90.0') }),
    ]);
    expect(read.refunds[0].totalRefundedSet).toEqual(eur('90.0'));
  });

  it('restocks by default, and several refunds add up until the order is REFUNDED', async () => {
    store.control.refund({ name: '#1001', lines: [{ sku: 'TEE-S', quantity: 1 }] });
    store.control.refund({ name: '#1001', lines: [{ sku: 'TEE-S', quantity: 2 }, { sku: 'TEE-M', quantity: 2, restock: false }] });
    const read = await order('#1001');
    expect(read.displayFinancialStatus).toBe('REFUNDED');
    expect(refundedLines(read)).toEqual([[['TEE-S', 1, 'CANCEL']], [['TEE-S', 2, 'CANCEL'], ['TEE-M', 2, 'NO_RESTOCK']]]);
    expect(read.totalRefundedSet).toEqual(eur('150.0'));
    expect(level('TEE-S')).toEqual({ available: 10, committed: 0, onHand: 10 });
    expect(level('TEE-M')).toEqual({ available: 2, committed: 0, onHand: 2 });
  });

  it('refuses more than a line still has (400), an unknown order or a SKU not on the order (404), and changes nothing', async () => {
    store.control.refund({ name: '#1001', lines: [{ sku: 'TEE-M', quantity: 1 }] });
    const before = await order('#1001');
    expect(await store.ctl('POST', 'refund', { name: '#1001', lines: [{ sku: 'TEE-S', quantity: 1 }, { sku: 'TEE-M', quantity: 2 }] })).toEqual({
      status: 400,
      body: { error: 'Cannot refund 2 of "TEE-M" on order #1001: 1 left on it' },
    });
    expect(await store.ctl('POST', 'refund', { name: '#1009', lines: [{ sku: 'TEE-M', quantity: 1 }] })).toEqual({ status: 404, body: { error: 'No order is named "#1009"' } });
    expect(await store.ctl('POST', 'refund', { name: '#1001', lines: [{ sku: 'STK-FERN', quantity: 1 }] })).toEqual({
      status: 404,
      body: { error: 'Order #1001 has no line with the SKU "STK-FERN"' },
    });
    expect((await store.ctl('POST', 'refund', { name: '#1001', lines: [] })).status).toBe(400);
    expect((await store.ctl('POST', 'refund', { name: '#1001', lines: [{ sku: 'TEE-M', quantity: 0 }] })).body).toEqual({ error: '"lines[0].quantity" must be at least 1' });
    expect((await store.ctl('POST', 'refund', { name: '#1001', lines: [{ sku: 'TEE-M', quantity: 1, restock: 'yes' }] })).body).toEqual({ error: '"lines[0].restock" must be true or false' });
    expect(await order('#1001')).toEqual(before);
    expect(level('TEE-M')).toEqual({ available: 3, committed: 1, onHand: 4 });
    expect(level('TEE-S')).toEqual({ available: 7, committed: 3, onHand: 10 });
  });

  it('a cancellation after a partial refund refunds only what was left', async () => {
    store.control.refund({ name: '#1001', lines: [{ sku: 'TEE-M', quantity: 1 }] });
    store.control.cancelOrder({ name: '#1001' });
    const read = await order('#1001');
    expect(refundedLines(read)).toEqual([[['TEE-M', 1, 'CANCEL']], [['TEE-M', 1, 'CANCEL'], ['TEE-S', 3, 'CANCEL']]]);
    expect(read.lineItems.nodes.map((l: any) => l.currentQuantity)).toEqual([0, 0]);
    expect(level('TEE-M')).toEqual({ available: 4, committed: 0, onHand: 4 });
    expect((await store.ctl('POST', 'refund', { name: '#1001', lines: [{ sku: 'TEE-S', quantity: 1 }] })).status).toBe(400);
  });

  it('keeps current quantities across a restart of a store with a state file', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'sim-edits-')), 'store.json');
    const first = await openLocalStore({ seed: catalog, stateFile });
    first.control.refund({ name: '#1002', lines: [{ sku: 'TEE-M', quantity: 1 }] });
    first.control.editOrder({ name: '#1002', add: [{ sku: 'STK-FERN', quantity: 1 }] });
    await first.close();
    const second = await openLocalStore({ seed: 'empty', stateFile });
    const read = (await second.gql(ORDERS, { q: 'name:1002' })).body.data?.orders.nodes[0];
    await second.close();
    rmSync(dirname(stateFile), { recursive: true, force: true });
    expect(read.lineItems.nodes.map((l: any) => [l.sku, l.currentQuantity, l.originalUnitPriceSet.presentmentMoney])).toEqual([
      ['TEE-M', 1, { amount: '33.0', currencyCode: 'USD' }],
      ['STK-FERN', 1, { amount: '4.4', currencyCode: 'USD' }],
    ]);
  });
});

describe('POST /__sim/edit-order', () => {
  it('adds new lines priced as the variant, committing their stock, and removes units of others, releasing theirs', async () => {
    const lineIds = (await order('#1001')).lineItems.nodes.map((l: any) => l.id);
    const answer = await store.ctl('POST', 'edit-order', { name: '#1001', add: [{ sku: 'STK-FERN', quantity: 2 }], remove: [{ sku: 'TEE-S', quantity: 1 }] });
    expect(answer.status).toBe(200);
    expect(answer.body.lineItems.map((l: any) => [l.sku, l.quantity, l.currentQuantity, l.price])).toEqual([
      ['TEE-M', 2, 2, '30.00'],
      ['TEE-S', 3, 2, '30.00'],
      ['STK-FERN', 2, 2, '4.00'],
    ]);
    expect(level('STK-FERN')).toEqual({ available: 48, committed: 2, onHand: 50 });
    expect(level('TEE-S')).toEqual({ available: 8, committed: 2, onHand: 10 });
    const read = await order('#1001');
    expect(read.lineItems.nodes.slice(0, 2).map((l: any) => l.id)).toEqual(lineIds);
    expect(lineIds).not.toContain(read.lineItems.nodes[2].id);
    expect(read.lineItems.nodes[2]).toMatchObject({ sku: 'STK-FERN', quantity: 2, currentQuantity: 2, originalUnitPriceSet: eur('4.0') });
    expect(read.displayFinancialStatus).toBe('PAID');
    expect(await updatedToday()).toEqual(['#1001']);
  });

  it('works at the order\'s location; a removal takes from the oldest line of the SKU first', async () => {
    store.control.editOrder({ name: '#1002', remove: [{ sku: 'TEE-M', quantity: 1 }] });
    expect(level('TEE-M', 'Pop-up market')).toEqual({ available: 1, committed: 1, onHand: 2 });
    store.control.editOrder({ name: '#1002', add: [{ sku: 'TEE-M', quantity: 1 }] });
    expect(level('TEE-M', 'Pop-up market')).toEqual({ available: 0, committed: 2, onHand: 2 });
    expect(level('TEE-M')).toEqual({ available: 2, committed: 2, onHand: 4 });
    store.control.editOrder({ name: '#1002', remove: [{ sku: 'TEE-M', quantity: 2 }] });
    const read = await order('#1002');
    expect(read.lineItems.nodes.map((l: any) => [l.sku, l.quantity, l.currentQuantity])).toEqual([['TEE-M', 2, 0], ['TEE-M', 1, 0]]);
    expect(level('TEE-M', 'Pop-up market')).toEqual({ available: 2, committed: 0, onHand: 2 });
  });

  it('refuses removing more than a line has (400), an unknown SKU or order (404), an empty edit or a cancelled order (400)', async () => {
    const edit = (body: object) => store.ctl('POST', 'edit-order', { name: '#1002', ...body });
    expect(await edit({ remove: [{ sku: 'TEE-M', quantity: 3 }] })).toEqual({ status: 400, body: { error: 'Cannot remove 3 of "TEE-M" on order #1002: 2 left on it' } });
    expect(await edit({ add: [{ sku: 'NOPE', quantity: 1 }], remove: [{ sku: 'TEE-M', quantity: 1 }] })).toEqual({ status: 404, body: { error: 'No variant has the SKU "NOPE"' } });
    expect(await edit({ remove: [{ sku: 'TEE-S', quantity: 1 }] })).toEqual({ status: 404, body: { error: 'Order #1002 has no line with the SKU "TEE-S"' } });
    expect(await edit({})).toEqual({ status: 400, body: { error: 'There must be at least one change to be made.' } });
    expect((await store.ctl('POST', 'edit-order', { name: '#1009', add: [{ sku: 'TEE-S', quantity: 1 }] })).status).toBe(404);
    expect(level('TEE-M', 'Pop-up market')).toEqual({ available: 0, committed: 2, onHand: 2 });
    expect((await order('#1002')).lineItems.nodes).toHaveLength(1);
    store.control.cancelOrder({ name: '#1002' });
    expect(await edit({ add: [{ sku: 'TEE-S', quantity: 1 }] })).toEqual({ status: 400, body: { error: 'Order #1002 is cancelled and cannot be edited' } });
  });
});

describe('POST /__sim/adjust', () => {
  const LAST_UPDATED = '{ products(first: 1, sortKey: UPDATED_AT, reverse: true) { nodes { title } } }';

  it('moves available by a delta at a location (default the primary), and the product is the last updated', async () => {
    const up = await store.ctl('POST', 'adjust', { sku: 'TEE-M', delta: 3, location: 'Pop-up market' });
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ sku: 'TEE-M', available: 3, committed: 2, onHand: 5 });
    expect((await store.ctl('POST', 'adjust', { sku: 'TEE-M', delta: -1 })).body).toMatchObject({ available: 1, committed: 2, onHand: 3 });
    expect(level('TEE-M', 'Pop-up market')).toEqual({ available: 3, committed: 2, onHand: 5 });
    expect((await store.gql(LAST_UPDATED)).body.data?.products.nodes).toEqual([{ title: 'Moth tee' }]);
  });

  it('refuses a delta that is not a whole number (400) and an unknown SKU or location (404)', async () => {
    expect(await store.ctl('POST', 'adjust', { sku: 'TEE-M', delta: 1.5 })).toEqual({ status: 400, body: { error: '"delta" must be a whole number' } });
    expect((await store.ctl('POST', 'adjust', { sku: 'NOPE', delta: 1 })).status).toBe(404);
    expect((await store.ctl('POST', 'adjust', { sku: 'TEE-M', delta: 1, location: 'Attic' })).status).toBe(404);
    expect(level('TEE-M')).toEqual({ available: 2, committed: 2, onHand: 4 });
  });
});

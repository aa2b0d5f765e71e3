/**
 * `stockpilot sync apply` and `stockpilot sync undo` over a connected core (in this process,
 * as the launcher runs them): one side for every conflict, --only and --matched-only, the
 * summary in words or JSON, a failing exit when a product failed, and undo.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliCommand } from '../../../src/main/cli/command';
import { syncApplyCommand } from '../../../src/main/cli/commands/sync-apply';
import { syncCompareCommand } from '../../../src/main/cli/commands/sync-compare';
import { syncUndoCommand } from '../../../src/main/cli/commands/sync-undo';
import { localProduct, openApplyTestShop } from './apply-test-catalog';
import type { SyncTestShop } from './sync-test-shop';

let shop: SyncTestShop;
beforeEach(async () => {
  shop = await openApplyTestShop();
});
afterEach(() => shop.close());

/** A product made on Shopify (as in Shopify admin), by productSet. */
async function shopifyProduct(input: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${shop.sim.url}/admin/api/2026-04/graphql.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-shopify-access-token': shop.sim.token },
    body: JSON.stringify({ query: 'mutation S($input: ProductSetInput!) { productSet(input: $input) { userErrors { message } } }', variables: { input } }),
  });
  expect(await response.json()).toMatchObject({ data: { productSet: { userErrors: [] } } });
}

async function run(command: CliCommand, options: Record<string, string | boolean | undefined>, positionals: string[] = []): Promise<string> {
  const printed: string[] = [];
  await command.run({ positionals, options, core: () => shop.core, print: (text) => printed.push(text) });
  return printed.join('\n');
}

describe('sync apply', () => {
  it('--accept local writes Stockpilot\u2019s side everywhere, creates and imports, and says what it did', async () => {
    const out = await run(syncApplyCommand, { accept: 'local' });
    expect(out).toMatch(/^Applied 7 of 7 products: updated 5, created 1, imported 1, linked 5, failed 0, skipped 0/m);
    expect(shop.sim.control.variant('LUNA-A4').price).toBe('20.00');
    expect(shop.sim.control.variant('HER-S').productTitle).toBe('Heron hoodie');
    expect(shop.sim.control.variant('BRAM-A3').productTitle).toBe('Bramble poster');
    expect((await localProduct(shop, 'Gift box')).shopify.syncState).toBe('synced');
  });

  it('--accept shopify --only <sku…> --matched-only --json touches only those products, and only matched ones', async () => {
    const out = JSON.parse(await run(syncApplyCommand, { accept: 'shopify', only: 'HER-S,GIFT-S', 'matched-only': true, json: true }, ['NOPE-1'])) as {
      summary: { total: number; updated: number; imported: number };
      unknownSkus: string[];
    };
    expect(out.summary).toMatchObject({ total: 1, updated: 1, imported: 0 });
    expect(out.unknownSkus).toEqual(['GIFT-S', 'NOPE-1']);
    const heron = await localProduct(shop, 'Heron hoodie (organic)');
    expect(heron.variants.find((v) => v.sku === 'HER-S')?.onHand).toBe(7);
    expect(shop.sim.control.variant('LUNA-A4').price).toBe('23.00');
    expect((await localProduct(shop, 'Luna print')).shopify.syncState).toBe('unlinked');
    expect((await shop.core.call('listProducts', { search: 'Gift box' })).total).toBe(0);
  });

  it('--only <a new variant\u2019s SKU> creates that variant on Shopify, and its stock follows', async () => {
    const heron = await localProduct(shop, 'Heron hoodie');
    await shop.core.call('createVariant', { productId: heron.id, sku: 'HER-L', priceCents: 5500, optionValues: ['L'], onHand: 6 });
    const compared = await run(syncCompareCommand, {});
    expect(compared).toMatch(/^Heron hoodie +HER-L \(L\) +Added in Stockpilot +Create on Shopify or Leave$/m);
    const json = JSON.parse(await run(syncCompareCommand, { json: true })) as { oneSidedVariants: unknown[] };
    expect(json.oneSidedVariants).toEqual([expect.objectContaining({ product: 'Heron hoodie', sku: 'HER-L', change: 'added_in_stockpilot', action: null })]);
    const out = await run(syncApplyCommand, { accept: 'local', only: 'HER-L' });
    expect(out).toMatch(/^Applied 1 of 1 product: updated 1/m);
    expect(shop.sim.control.variant('HER-L')).toMatchObject({ productId: shop.sim.control.variant('HER-S').productId, price: '55.00', title: 'L' });
    await shop.core.call('pushNow', {});
    expect(shop.sim.control.variant('HER-L').available).toBe(6);
    expect(shop.sim.control.variant('LUNA-A4').price).toBe('23.00');
  });

  it('exits non-zero, after the summary, when a product failed', async () => {
    const sizes = Array.from({ length: 251 }, (_, i) => `S${i + 1}`);
    await shop.core.call('createProduct', { name: 'Huge poster', optionNames: ['Size'], variants: sizes.map((s) => ({ sku: `HUGE-${s}`, optionValues: [s] })) });
    const printed: string[] = [];
    await expect(syncApplyCommand.run({ positionals: [], options: { accept: 'local' }, core: () => shop.core, print: (t) => printed.push(t) })).rejects.toThrow('1 product failed to sync.');
    expect(printed.join('\n')).toMatch(/failed 1/);
    expect(printed.join('\n')).toContain('Huge poster');
  });

  it('--accept shopify keeps Stockpilot\u2019s stock where Shopify\u2019s cannot be taken (auto-stock), and says so', async () => {
    const comet = await localProduct(shop, 'Comet pin');
    const cometId = comet.variants[0]?.id as number;
    await shop.core.call('createProduct', { name: 'Comet pair', listingStatus: 'active', autoStock: true, variants: [{ sku: 'PAIR', priceCents: 1500, components: [{ componentVariantId: cometId, quantity: 2 }] }] });
    await shopifyProduct({ title: 'Comet pair', status: 'ACTIVE', productOptions: [{ name: 'Title', values: [{ name: 'Default Title' }] }], variants: [{ optionValues: [{ optionName: 'Title', name: 'Default Title' }], price: '15.00', inventoryItem: { sku: 'PAIR', tracked: true }, inventoryQuantities: [{ locationId: shop.sim.control.variant('COMET').levels[0]?.locationId, name: 'available', quantity: 9 }] }] });
    const out = await run(syncApplyCommand, { accept: 'shopify', only: 'PAIR' });
    expect(out).toContain('Kept Stockpilot\u2019s stock for Comet pair (PAIR): This variant\u2019s stock is made from its components (auto-stock)');
    expect(out).toMatch(/updated 1, created 0, imported 0, linked 1, failed 0/);
    await shop.core.call('pushNow', {});
    expect(shop.sim.control.variant('PAIR').available).toBe(2);
  });

  it('refuses a side it does not know', async () => {
    await expect(run(syncApplyCommand, { accept: 'mine' })).rejects.toThrow('--accept is local or shopify, not "mine".');
  });
});

describe('sync undo', () => {
  it('puts the last apply back and prints what it restored', async () => {
    await run(syncApplyCommand, { accept: 'local', 'matched-only': true });
    expect(shop.sim.control.variant('LUNA-A4').price).toBe('20.00');
    const out = await run(syncUndoCommand, {});
    expect(out).toMatch(/^Undid sync \d+: restored 5 products in Stockpilot and \d+ products? on Shopify\./);
    expect(shop.sim.control.variant('LUNA-A4').price).toBe('23.00');
    await expect(run(syncUndoCommand, {})).rejects.toThrow(/already undone/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/demo/artist-merch-catalog';
import { DEMO_DRIFT, POP_UP, STUDIO } from '../../../src/shopify-sim/seeds/demo';
import { openLocalStore, type LocalStore } from './local-store';

let store: LocalStore;
beforeAll(async () => {
  store = await openLocalStore({ seed: 'demo' });
});
afterAll(() => store.close());

const appSkus = demoProducts.flatMap((p) => (p.variants ?? []).map((v) => v.sku ?? '')).filter(Boolean);

describe('the demo store, the Shopify side of the demo catalog', () => {
  it('has the studio and the pop-up market, the studio primary', async () => {
    const res = await store.gql('{ locations(first: 5) { nodes { name isPrimary } } }');
    expect(res.body.data?.locations.nodes).toEqual([
      { name: POP_UP, isPrimary: false },
      { name: STUDIO, isPrimary: true },
    ]);
  });

  it('matches most of the app\'s products by SKU, with a few on one side only', async () => {
    const only = new Set(demoProducts.filter((p) => (DEMO_DRIFT.onlyInApp as readonly string[]).includes(p.name)).flatMap((p) => p.variants?.map((v) => v.sku) ?? []));
    const present = appSkus.filter((sku) => store.sim.store.variantsBySku(sku).length > 0);
    expect(present.length).toBeGreaterThan(appSkus.length * 0.9);
    for (const sku of only) expect(store.sim.store.variantsBySku(sku ?? '')).toEqual([]);
    const titles = (await store.gql('{ products(first: 250) { nodes { title } } }')).body.data?.products.nodes.map((p: { title: string }) => p.title);
    for (const name of DEMO_DRIFT.onlyInShopify) expect(titles).toContain(name);
  });

  it('differs in a title, a price, a status, a stock count and tracking', async () => {
    const renamed = await store.gql(`{ products(first: 1, query: "title:'${DEMO_DRIFT.renamed.to}'") { nodes { title } } }`);
    expect(renamed.body.data?.products.nodes).toEqual([{ title: DEMO_DRIFT.renamed.to }]);
    const appPrice = demoProducts.flatMap((p) => p.variants ?? []).find((v) => v.sku === DEMO_DRIFT.repriced.sku)?.priceCents ?? 0;
    expect(store.control.variant(DEMO_DRIFT.repriced.sku).price).toBe(((appPrice + DEMO_DRIFT.repriced.extraCents) / 100).toFixed(2));
    const mixed = store.sim.store.variantsBySku('MUG-MOTH-11-WHI')[0]!.product;
    expect(mixed.variants.map((v) => v.inventoryItem.tracked)).toContain(false);
    expect(mixed.variants.map((v) => v.inventoryItem.tracked)).toContain(true);
  });

  it('has recent orders: one in another currency, a test order, a cancelled one', async () => {
    const res = await store.gql('{ orders(first: 20) { nodes { name test cancelledAt currencyCode presentmentCurrencyCode } } }');
    const orders = res.body.data?.orders.nodes as { test: boolean; cancelledAt: string | null; currencyCode: string; presentmentCurrencyCode: string }[];
    expect(orders.filter((o) => o.presentmentCurrencyCode !== o.currencyCode)).toHaveLength(1);
    expect(orders.filter((o) => o.test)).toHaveLength(1);
    expect(orders.filter((o) => o.cancelledAt)).toHaveLength(1);
  });
});

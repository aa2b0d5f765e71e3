/** Talking to the local Shopify store the way the app does: real HTTP, real fetch. */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startShopifySim, type ShopifySim, type ShopifySimOptions } from '../../../src/shopify-sim/index';

export interface GraphqlAnswer {
  status: number;
  body: {
    data?: Record<string, any> | null;
    errors?: any;
    extensions?: { cost: { requestedQueryCost: number; actualQueryCost: number | null; throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number } } };
  };
  headers: Headers;
}

export interface LocalStore extends ShopifySim {
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlAnswer>;
  ctl<T = any>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

export async function openLocalStore(options: ShopifySimOptions = {}): Promise<LocalStore> {
  const sim = await startShopifySim(options);
  return {
    ...sim,
    async gql(query, variables, token = sim.token) {
      const res = await fetch(`${sim.url}/admin/api/2026-04/graphql.json`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': token },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as GraphqlAnswer['body'], headers: res.headers };
    },
    async ctl(method, path, body) {
      const res = await fetch(`${sim.url}/__sim/${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-Sim-Control': sim.controlSecret },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as never };
    },
  };
}

/** A small catalog most tests start from: two locations, tracked and untracked items. */
export const smallCatalog = {
  locations: [{ name: 'Studio', primary: true }, { name: 'Pop-up market' }],
  products: [
    {
      title: 'Moth tee',
      tags: ['tees'],
      options: ['Size'],
      variants: [
        { sku: 'TEE-S', price: '30.00', options: ['S'], available: 10 },
        { sku: 'TEE-M', price: '30.00', options: ['M'], available: { Studio: 4, 'Pop-up market': 2 } },
      ],
    },
    { title: 'Fern sticker', status: 'DRAFT' as const, variants: [{ sku: 'STK-FERN', price: 4, available: 50 }] },
    { title: 'Wallpaper download', variants: [{ sku: 'DIG-WALL', price: 5, tracked: false }] },
  ],
};

/** One store for a test file, opened before its tests, emptied and seeded with `catalog` before each. */
export function localStoreForEachTest(catalog: SeedCatalog = smallCatalog): LocalStore {
  const store = {} as LocalStore;
  beforeAll(async () => {
    Object.assign(store, await openLocalStore({ seed: catalog }));
  });
  beforeEach(() => {
    store.control.reset();
    store.control.seed(catalog);
  });
  afterAll(() => store.close());
  return store;
}

type SeedCatalog = Exclude<Parameters<LocalStore['control']['seed']>[0], string>;

export const VARIANT_BY_SKU = `query VariantBySku($q: String!) {
  productVariants(first: 5, query: $q) {
    nodes { id sku price inventoryItem { id tracked inventoryLevels(first: 5) { nodes { location { id name } quantities(names: ["available", "on_hand", "committed"]) { name quantity } } } } }
  }
}`;

import { afterEach, describe, expect, it } from 'vitest';
import { RENEW_AT_SHARE_OF_LIFE } from '../../../src/main/shopify/credentials';
import { readShop } from '../../../src/main/shopify/shop-reads';
import { ShopifyFailure } from '../../../src/main/shopify/shopify-errors';
import { clientOnLocalStore, SIM_SHOP, type ClientOnLocalStore } from './local-store-client';

const app = { clientId: 'dev-dashboard-app', clientSecret: 'dev-dashboard-secret-123' };
let store: ClientOnLocalStore | undefined;
afterEach(async () => {
  await store?.sim.close();
  store = undefined;
});

const withApp = (tokenTtlSeconds: number) =>
  clientOnLocalStore({
    sim: { ...app, tokenTtlSeconds },
    credential: () => ({ kind: 'client_credentials', ...app }),
  });

describe('a Dev Dashboard app (client-credentials grant)', () => {
  it('gets a token, and uses it until most of its life has passed', async () => {
    store = await withApp(3600);
    expect((await readShop(store.client)).domain).toBe(SIM_SHOP);
    store.timing.advance(3600_000 * (RENEW_AT_SHARE_OF_LIFE - 0.1));
    await readShop(store.client);
    expect(store.client.tokens.issued).toBe(1);
  });

  it('renews the token before it expires', async () => {
    store = await withApp(3600);
    await readShop(store.client);
    store.timing.advance(3600_000 * (RENEW_AT_SHARE_OF_LIFE + 0.05));
    await readShop(store.client);
    expect(store.client.tokens.issued).toBe(2);
    expect(store.sim.control.requests().filter((r) => r.status === 401)).toEqual([]);
  });

  it('renews once and retries when Shopify answers 401 (a token expired early)', async () => {
    store = await withApp(1);
    await readShop(store.client);
    // The local store keeps real time: wait out the 1 s token while the client's clock is held
    // back, so the client still believes its token is fresh and only Shopify's 401 tells it otherwise.
    store.timing.advance(-1100);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await readShop(store.client)).domain).toBe(SIM_SHOP);
    expect(store.client.tokens.issued).toBe(2);
    expect(store.sim.control.requests().filter((r) => r.status === 401)).toHaveLength(1);
  });

  it('a wrong client secret is refused clearly, without echoing it', async () => {
    store = await clientOnLocalStore({ sim: app, credential: () => ({ kind: 'client_credentials', clientId: app.clientId, clientSecret: 'not-the-secret-999' }) });
    const error = (await readShop(store.client).catch((e: unknown) => e)) as ShopifyFailure;
    expect(error).toBeInstanceOf(ShopifyFailure);
    expect(error).toMatchObject({ kind: 'credentials_rejected', permanent: true });
    expect(error.message).toMatch(/client ID or secret/);
    expect(error.message).not.toContain('not-the-secret-999');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../src/main/core';
import { silentLogger } from '../../../src/main/core/logger';
import { ContractError } from '../../../src/shared/errors';
import { startShopifySim } from '../../../src/shopify-sim/index';
import { openConnectionTestShop, SIM_SHOP, type ConnectionTestShop } from './connection-test-shop';

let shop: ConnectionTestShop;
beforeEach(async () => {
  shop = await openConnectionTestShop();
});
afterEach(() => shop.close());

const tokenInput = () => ({ kind: 'token' as const, shop: 'moth-and-fern', accessToken: shop.sim.token });

describe('verifying a shop before saving it', () => {
  it('shows the shop, its scopes and its locations with the primary one suggested, and saves nothing', async () => {
    const verified = await shop.core.call('verifyConnection', tokenInput());
    expect(verified.shop).toEqual({ domain: SIM_SHOP, name: 'Moth & Fern Studio', currency: 'EUR', plan: expect.any(String) });
    expect(verified.missingScopes).toEqual([]);
    expect(verified.grantedScopes).toContain('write_inventory');
    expect(verified.locations.length).toBeGreaterThan(0);
    const primary = verified.locations.find((l) => l.isPrimary);
    expect(verified.suggestedLocationId).toBe(primary?.id);
    expect(verified.endpointOverride).toEqual({ origin: shop.sim.url });

    expect((await shop.core.call('getConnection', {})).state).toBe('not_connected');
    expect(await shop.keychainEntry(`shopify:${SIM_SHOP}`)).toBeNull();
  });

  it('names each missing scope with what stops working without it', async () => {
    const { token } = shop.sim.control.createToken({ scopes: ['read_products', 'read_inventory'] });
    const verified = await shop.core.call('verifyConnection', { kind: 'token', shop: SIM_SHOP, accessToken: token });
    expect(verified.missingScopes).toEqual([
      { scope: 'write_products', stopsWorking: 'product sync' },
      { scope: 'write_inventory', stopsWorking: 'stock push' },
      { scope: 'read_locations', stopsWorking: 'choosing a location' },
      { scope: 'read_orders', stopsWorking: 'order import' },
    ]);
    expect(verified.locations).toEqual([]);
  });

  it('refuses an address that is not a Shopify shop, before any credential is sent', async () => {
    const before = shop.sim.control.requests().length;
    const error = await shop.core.call('verifyConnection', { kind: 'token', shop: 'https://evil.example.com/store', accessToken: 'shpat_abcdef123456' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).code).toBe('invalid_input');
    expect((error as ContractError).message).toMatch(/only \*\.myshopify\.com addresses can receive your credentials/);
    expect(shop.sim.control.requests().length).toBe(before);
  });

  it('refuses a local-store override that is not this computer, naming it', async () => {
    await shop.close();
    shop = await openConnectionTestShop({ core: { shopifyEndpoint: 'http://10.1.2.3:4000' } });
    const error = await shop.core.call('verifyConnection', tokenInput()).catch((e: unknown) => e);
    expect((error as ContractError).code).toBe('rejected');
    expect((error as ContractError).message).toMatch(/STOCKPILOT_SHOPIFY_ENDPOINT="http:\/\/10\.1\.2\.3:4000" cannot be used: 10\.1\.2\.3 is not this computer/);
  });

  it('says plainly when Shopify does not accept the token', async () => {
    const error = await shop.core.call('verifyConnection', { kind: 'token', shop: SIM_SHOP, accessToken: 'shpat_not_a_real_token_000' }).catch((e: unknown) => e);
    expect((error as ContractError).code).toBe('shopify');
    expect((error as ContractError).message).toMatch(/did not accept this access token/);
  });
});

describe('connecting and disconnecting', () => {
  it('keeps the token in the keychain only, the rest in settings, and shows the shop as connected', async () => {
    const verified = await shop.core.call('verifyConnection', tokenInput());
    const location = verified.locations.find((l) => !l.isPrimary) ?? verified.locations[0];
    const status = await shop.core.call('connect', { ...tokenInput(), locationId: location?.id });

    expect(status).toMatchObject({
      state: 'connected',
      problem: null,
      credentialKind: 'token',
      shop: { domain: SIM_SHOP, name: 'Moth & Fern Studio' },
      location: { id: location?.id, name: location?.name },
      endpointOverride: { origin: shop.sim.url },
      keychain: { available: true, message: null },
    });
    expect(JSON.parse((await shop.keychainEntry(`shopify:${SIM_SHOP}`)) ?? '{}')).toEqual({ kind: 'token', accessToken: shop.sim.token });
    expect((await shop.core.call('getSettings', {})).locationId).toBe(location?.id);
    expect(shop.events.filter((e) => e.name === 'connectionChanged').map((e) => e.payload)).toEqual([status]);
    expect(await shop.core.call('listLocations', {})).toEqual(verified.locations);
  });

  it('connects with a Dev Dashboard app\u2019s client ID and secret', async () => {
    await shop.close();
    shop = await openConnectionTestShop({ sim: { clientId: 'dev-app-client-id', clientSecret: 'dev-app-client-secret-42' } });
    const status = await shop.core.call('connect', { kind: 'client_credentials', shop: SIM_SHOP, clientId: 'dev-app-client-id', clientSecret: 'dev-app-client-secret-42' });
    expect(status.state).toBe('connected');
    expect(status.credentialKind).toBe('client_credentials');
    expect((await shop.core.call('listLocations', {})).length).toBeGreaterThan(0);
  });

  it('refuses a location that is not the shop\u2019s, and saves nothing', async () => {
    const error = await shop.core.call('connect', { ...tokenInput(), locationId: 'gid://shopify/Location/999999' }).catch((e: unknown) => e);
    expect((error as ContractError).code).toBe('invalid_input');
    expect((error as ContractError).message).toMatch(/not one of the shop's active locations/);
    expect((await shop.core.call('getConnection', {})).state).toBe('not_connected');
    expect(await shop.keychainEntry(`shopify:${SIM_SHOP}`)).toBeNull();
  });

  it('removes the credential from the keychain on disconnect', async () => {
    await shop.core.call('connect', tokenInput());
    const status = await shop.core.call('disconnect', {});
    expect(status.state).toBe('not_connected');
    expect(await shop.keychainEntry(`shopify:${SIM_SHOP}`)).toBeNull();
    expect((await shop.core.call('getSettings', {})).locationId).toBeNull();
    const error = await shop.core.call('listLocations', {}).catch((e: unknown) => e);
    expect((error as ContractError).message).toMatch(/No Shopify store is connected/);
  });

  it('needs attention when the keychain entry has gone', async () => {
    await shop.core.call('connect', tokenInput());
    const { createRequire } = await import('node:module');
    const keytar = createRequire(import.meta.url)('keytar') as { deletePassword(s: string, a: string): Promise<boolean> };
    await keytar.deletePassword(shop.keychainService, `shopify:${SIM_SHOP}`);
    const status = await shop.core.call('getConnection', {});
    expect(status.state).toBe('needs_attention');
    expect(status.problem).toMatch(/no longer in the keychain/);
  });

  it('needs attention, with Shopify’s reason, when the shop refuses the saved token', async () => {
    const { token } = shop.sim.control.createToken({ ttlSeconds: 1 });
    await shop.core.call('connect', { kind: 'token', shop: SIM_SHOP, accessToken: token });
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the token runs out on Shopify's side
    const error = await shop.core.call('listLocations', {}).catch((e: unknown) => e);
    expect((error as ContractError).code).toBe('shopify');
    const status = await shop.core.call('getConnection', {});
    expect(status.state).toBe('needs_attention');
    expect(status.problem).toMatch(/refused the credentials.*Reconnect/);
    // The change is announced as soon as the keychain has answered: the newest event says so.
    await vi.waitFor(() => expect(shop.events.at(-1)).toEqual({ name: 'connectionChanged', payload: status }));
  });

  it('connects the demo store with one call, its token kept in the keychain too', async () => {
    const status = await shop.core.call('connect', { kind: 'demo' });
    expect(status).toMatchObject({ state: 'connected', credentialKind: 'demo', shop: { domain: SIM_SHOP }, endpointOverride: null });
    expect(status.location).not.toBeNull();
    expect(JSON.parse((await shop.keychainEntry('shopify:demo-store')) ?? '{}')).toEqual({ kind: 'demo', accessToken: shop.sim.token });
  });
});

describe('the demo store after a restart', () => {
  it('keeps working when the demo store comes back with a new address and token, the new token kept in the keychain', async () => {
    await shop.core.call('connect', { kind: 'demo' });
    const restarted = await startShopifySim({ port: 0, seed: 'demo' });
    try {
      const again = createCore({
        dataDir: shop.dataDir,
        demoCatalog: false,
        log: silentLogger,
        keychainService: shop.keychainService,
        demoStore: async () => ({ url: restarted.url, token: restarted.token }),
      });
      try {
        expect((await again.call('listLocations', {})).length).toBeGreaterThan(0);
        expect(JSON.parse((await shop.keychainEntry('shopify:demo-store')) ?? '{}')).toEqual({ kind: 'demo', accessToken: restarted.token });
      } finally {
        again.close();
      }
    } finally {
      await restarted.close();
    }
  });
});

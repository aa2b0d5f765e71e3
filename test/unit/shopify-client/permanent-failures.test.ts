import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { readLocations, readShop } from '../../../src/main/shopify/shop-reads';
import { ShopifyFailure } from '../../../src/main/shopify/shopify-errors';
import { clientOnLocalStore, type ClientOnLocalStore } from './local-store-client';

let store: ClientOnLocalStore | undefined;
let refusing: Server | undefined;
afterEach(async () => {
  await store?.sim.close();
  await new Promise((resolve) => (refusing ? refusing.close(resolve) : resolve(undefined)));
  store = undefined;
  refusing = undefined;
});

/** A stand-in for Shopify answering every request with one HTTP status (the local store has no frozen shops). */
async function shopAnswering(status: number): Promise<string> {
  refusing = createServer((_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ errors: 'refused' }));
  });
  await new Promise<void>((resolve) => refusing?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(refusing.address() as AddressInfo).port}`;
}

async function failureOf(promise: Promise<unknown>): Promise<ShopifyFailure> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ShopifyFailure);
  return error as ShopifyFailure;
}

describe('failures that should pause the stock push until the owner acts', () => {
  it('a revoked token (401) is not retried and says to reconnect', async () => {
    store = await clientOnLocalStore({ credential: () => ({ kind: 'token', accessToken: 'shpat_revoked_0000000000' }) });
    const failure = await failureOf(readShop(store.client));
    expect(failure).toMatchObject({ kind: 'credentials_rejected', permanent: true, retryable: false });
    expect(failure.details.httpStatus).toBe(401);
    expect(failure.message).toMatch(/Reconnect/);
    expect(store.sim.control.requests()).toHaveLength(1);
  });

  it('a removed scope (ACCESS_DENIED) names the access that is missing', async () => {
    store = await clientOnLocalStore({ credential: (sim) => ({ kind: 'token', accessToken: sim.control.createToken({ scopes: ['read_products'] }).token }) });
    const failure = await failureOf(readLocations(store.client));
    expect(failure).toMatchObject({ kind: 'access_denied', permanent: true });
    expect(failure.details.code).toBe('ACCESS_DENIED');
    expect(failure.message).toMatch(/read_locations/);
  });

  for (const [status, kind, words] of [
    [402, 'shop_unavailable', /frozen/],
    [423, 'shop_unavailable', /locked/],
    [404, 'shop_not_found', /no shop at moth-and-fern\.myshopify\.com/],
  ] as const) {
    it(`HTTP ${status} means ${kind.replace('_', ' ')}`, async () => {
      store = await clientOnLocalStore({ origin: await shopAnswering(status) });
      const failure = await failureOf(readShop(store.client));
      expect(failure).toMatchObject({ kind, permanent: true, retryable: false });
      expect(failure.message).toMatch(words);
    });
  }
});

describe('failures that are worth another try are not permanent', () => {
  it('an unreachable shop is a network failure, retried, then reported', async () => {
    const origin = await shopAnswering(200);
    await new Promise((resolve) => refusing?.close(resolve));
    refusing = undefined;
    store = await clientOnLocalStore({ origin, retry: { maxAttempts: 2 } });
    const failure = await failureOf(readShop(store.client));
    expect(failure).toMatchObject({ kind: 'network', retryable: true, permanent: false });
    expect(failure.details.attempts).toBe(2);
  });
});

import { afterEach, beforeEach, expect, it } from 'vitest';
import { ContractError } from '../../../src/shared/errors';
import { filesContaining, openConnectionTestShop, type ConnectionTestShop } from './connection-test-shop';

const NO_KEYCHAIN = 'No keychain is available on this computer, so Stockpilot cannot keep your Shopify credentials. Nothing was saved.';

let shop: ConnectionTestShop;
beforeEach(async () => {
  // keytar that cannot load, as on a computer where the native module is missing or broken.
  shop = await openConnectionTestShop({ core: { keytarBinding: '/nonexistent/keytar.node' } });
});
afterEach(() => shop.close());

it('the app still starts, and says that no keychain is available', async () => {
  const status = await shop.core.call('getConnection', {});
  expect(status.state).toBe('not_connected');
  expect(status.keychain).toEqual({ available: false, message: NO_KEYCHAIN });
  expect(shop.logLines.some((l) => l.includes('No keychain is available'))).toBe(true);
});

it('connecting is refused with that message, and the credential is kept nowhere', async () => {
  const error = await shop.core.call('connect', { kind: 'token', shop: 'moth-and-fern', accessToken: shop.sim.token }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ContractError);
  expect((error as ContractError).message).toBe(NO_KEYCHAIN);

  expect((await shop.core.call('getConnection', {})).state).toBe('not_connected');
  expect(filesContaining(shop.dataDir, shop.sim.token)).toEqual([]);
});

it('the demo store is refused the same way', async () => {
  await expect(shop.core.call('connect', { kind: 'demo' })).rejects.toThrow(NO_KEYCHAIN);
});

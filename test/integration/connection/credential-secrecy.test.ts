import { afterEach, expect, it } from 'vitest';
import { ContractError } from '../../../src/shared/errors';
import { filesContaining, openConnectionTestShop, SIM_SHOP, type ConnectionTestShop } from './connection-test-shop';

let shop: ConnectionTestShop | undefined;
afterEach(() => shop?.close());

/** Connect, verify, fail, disconnect: everything a session does with a credential. */
async function aSessionWithCredentials(s: ConnectionTestShop, credential: Record<string, string>): Promise<string[]> {
  const messages: string[] = [];
  const note = (e: unknown) => {
    messages.push(e instanceof ContractError ? JSON.stringify(e.toJSON()) : String(e));
  };
  messages.push(JSON.stringify(await s.core.call('verifyConnection', { shop: SIM_SHOP, ...credential } as never)));
  messages.push(JSON.stringify(await s.core.call('connect', { shop: 'moth-and-fern', ...credential } as never)));
  messages.push(JSON.stringify(await s.core.call('listLocations', {})));
  // Failing calls: Shopify down past the last retry, and a wrong credential.
  s.sim.control.addFault({ kind: 'http503', count: 20 });
  await s.core.call('listLocations', {}).then(() => expect.fail('Shopify was down'), note);
  s.sim.control.clearFaults();
  await s.core.call('verifyConnection', { kind: 'token', shop: SIM_SHOP, accessToken: `${s.sim.token}x` }).then(() => expect.fail('a wrong token'), note);
  messages.push(JSON.stringify(await s.core.call('getConnection', {})));
  messages.push(JSON.stringify(await s.core.call('disconnect', {})));
  return messages;
}

function expectNowhere(s: ConnectionTestShop, messages: string[], secret: string): void {
  expect(filesContaining(s.dataDir, secret)).toEqual([]);
  const holding = (texts: string[]) => texts.filter((t) => t.includes(secret) || TOKEN_SHAPE.test(t));
  expect(holding(s.logLines)).toEqual([]);
  expect(holding(s.events.map((e) => JSON.stringify(e)))).toEqual([]);
  expect(holding(messages)).toEqual([]);
}

/** What every token the local store hands out looks like (granted ones included). */
const TOKEN_SHAPE = /shpat_[0-9a-f]{8}/;

it('an Admin API token appears in no file of the data folder, no log line, no event and no answer', async () => {
  shop = await openConnectionTestShop();
  const messages = await aSessionWithCredentials(shop, { kind: 'token', accessToken: shop.sim.token });
  expect(shop.events.some((e) => e.name === 'connectionChanged')).toBe(true);
  expect(shop.logLines.length).toBeGreaterThan(0);
  expectNowhere(shop, messages, shop.sim.token);
});

it('a client secret, and every token granted for it, appear nowhere either', async () => {
  const secret = 'dev-dashboard-secret-55aa66bb';
  shop = await openConnectionTestShop({ sim: { clientId: 'dev-app', clientSecret: secret } });
  const messages = await aSessionWithCredentials(shop, { kind: 'client_credentials', clientId: 'dev-app', clientSecret: secret });
  expectNowhere(shop, messages, secret);
});

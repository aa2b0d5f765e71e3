import { afterEach, describe, expect, it } from 'vitest';
import { openLocalStore, smallCatalog, type LocalStore } from './local-store';

let store: LocalStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const grant = (s: LocalStore, body: string, contentType = 'application/json') =>
  fetch(`${s.url}/admin/oauth/access_token`, { method: 'POST', headers: { 'Content-Type': contentType }, body });

describe('signing in to the local store', () => {
  it('refuses a wrong or missing access token with Shopify\'s 401 body', async () => {
    store = await openLocalStore({ seed: smallCatalog });
    const wrong = await store.gql('{ shop { name } }', undefined, 'shpat_wrong');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' });
    const missing = await fetch(`${store.url}/admin/api/2026-04/graphql.json`, { method: 'POST', body: '{"query":"{ shop { name } }"}' });
    expect(missing.status).toBe(401);
  });

  it('accepts the fixed custom-app token and answers any supported version with 2026-04', async () => {
    store = await openLocalStore({ seed: smallCatalog, token: 'shpat_fixed' });
    expect(store.token).toBe('shpat_fixed');
    const res = await fetch(`${store.url}/admin/api/2027-01/graphql.json`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': 'shpat_fixed' },
      body: JSON.stringify({ query: '{ shop { name currencyCode } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-shopify-api-version')).toBe('2026-04');
    expect(((await res.json()) as any).data.shop.name).toBeTruthy();
  });

  it('hands out a working token for the client-credentials grant, as JSON or as a form', async () => {
    store = await openLocalStore({ seed: smallCatalog, clientId: 'app-id', clientSecret: 'app-secret' });
    const json = await grant(store, JSON.stringify({ client_id: 'app-id', client_secret: 'app-secret', grant_type: 'client_credentials' }));
    const body = (await json.json()) as { access_token: string; scope: string; expires_in: number };
    expect(body.access_token).toMatch(/^shpat_/);
    expect(body.scope).toContain('write_inventory');
    expect(body.expires_in).toBe(86_399);
    expect((await store.gql('{ shop { name } }', undefined, body.access_token)).status).toBe(200);

    const form = await grant(store, 'client_id=app-id&client_secret=app-secret&grant_type=client_credentials', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(200);
  });

  it('refuses a wrong client secret or another grant type', async () => {
    store = await openLocalStore({ seed: smallCatalog, clientId: 'app-id', clientSecret: 'app-secret' });
    const wrong = await grant(store, JSON.stringify({ client_id: 'app-id', client_secret: 'nope', grant_type: 'client_credentials' }));
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as any).error).toBe('invalid_client');
    const other = await grant(store, JSON.stringify({ client_id: 'app-id', client_secret: 'app-secret', grant_type: 'password' }));
    expect(((await other.json()) as any).error).toBe('unsupported_grant_type');
  });

  it('stops accepting a client-credentials token once it has expired', async () => {
    store = await openLocalStore({ seed: smallCatalog, clientId: 'app-id', clientSecret: 'app-secret', tokenTtlSeconds: 1 });
    const res = await grant(store, JSON.stringify({ client_id: 'app-id', client_secret: 'app-secret', grant_type: 'client_credentials' }));
    const { access_token, expires_in } = (await res.json()) as { access_token: string; expires_in: number };
    expect(expires_in).toBe(1);
    expect((await store.gql('{ shop { name } }', undefined, access_token)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await store.gql('{ shop { name } }', undefined, access_token)).status).toBe(401);
  });
});

describe('access scopes', () => {
  it('lists the token\'s scopes and refuses calls outside them with ACCESS_DENIED', async () => {
    store = await openLocalStore({ seed: smallCatalog });
    const narrow = await store.ctl('POST', 'tokens', { scopes: ['read_products'] });
    const token = narrow.body.token as string;
    const scopes = await store.gql('{ currentAppInstallation { accessScopes { handle } } }', undefined, token);
    expect(scopes.body.data?.currentAppInstallation.accessScopes).toEqual([{ handle: 'read_products' }]);

    expect((await store.gql('{ products(first: 1) { nodes { title } } }', undefined, token)).body.data?.products.nodes).toHaveLength(1);
    const orders = await store.gql('{ orders(first: 1) { nodes { name } } }', undefined, token);
    expect(orders.status).toBe(200);
    expect(orders.body.data).toBeNull();
    expect(orders.body.errors[0]).toMatchObject({
      message: 'Access denied for orders field. Required access: `read_orders` access scope.',
      path: ['orders'],
      extensions: { code: 'ACCESS_DENIED', requiredAccess: '`read_orders` access scope.' },
    });
    const write = await store.gql(
      'mutation { productCreate(product: { title: "Nope" }) { product { id } userErrors { field message } } }',
      undefined,
      token,
    );
    expect(write.body.errors[0].extensions.code).toBe('ACCESS_DENIED');
  });
});

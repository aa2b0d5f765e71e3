/**
 * Where a shop's requests go. A real shop: `https://name.myshopify.com`, through the
 * platform's fetch. The local Shopify store (the demo store, or the development override):
 * a loopback origin over http, reached by rewriting the origin the admin client insists on.
 */
export interface ShopEndpoint {
  /** `name.myshopify.com`: what the admin client is given, and what errors name. */
  shopDomain: string;
  /** The loopback origin that really answers, or null for Shopify itself. */
  localOrigin: string | null;
}

/** The absolute URL of `path` on this shop. */
export function shopUrl(endpoint: ShopEndpoint, path: string): string {
  return `${endpoint.localOrigin ?? `https://${endpoint.shopDomain}`}${path}`;
}

/**
 * For `customFetchApi`: the admin client always builds `https://{shopDomain}/…`; send that
 * to the local store instead. Undefined for a real shop, so real traffic never passes here.
 */
export function localStoreFetch(endpoint: ShopEndpoint): typeof fetch | undefined {
  const { localOrigin } = endpoint;
  if (!localOrigin) return undefined;
  return (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return fetch(`${localOrigin}${url.pathname}${url.search}`, init);
  };
}

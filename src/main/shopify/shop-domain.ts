/**
 * Which host may receive a credential. The owner can type a shop's name, its myshopify
 * domain or paste an admin URL; all of them become `name.myshopify.com`, and nothing else
 * is ever accepted, so a credential cannot be sent to a look-alike host.
 */
import { isIP } from 'node:net';

export const ENDPOINT_OVERRIDE_VARIABLE = 'STOCKPILOT_SHOPIFY_ENDPOINT';

/** A shop's handle as Shopify allows it: letters, digits and hyphens, not starting with a hyphen. */
const SHOP_NAME = /^[a-z0-9][a-z0-9-]{0,59}$/;
const MYSHOPIFY = /^([a-z0-9][a-z0-9-]{0,59})\.myshopify\.com$/;

export class ShopDomainError extends Error {
  override readonly name = 'ShopDomainError';
}

const refuse = (input: string, why: string) =>
  new ShopDomainError(
    `"${input}" is not a Shopify shop address: ${why}. Type the shop's name (my-shop), its myshopify.com address (my-shop.myshopify.com) or paste the address of its admin (https://admin.shopify.com/store/my-shop).`,
  );

/** `name`, `name.myshopify.com`, `https://name.myshopify.com/…` or `https://admin.shopify.com/store/name/…` → `name.myshopify.com`. */
export function normaliseShopDomain(input: string): string {
  const text = input.trim().toLowerCase();
  if (text === '') throw refuse(input, 'it is empty');
  if (SHOP_NAME.test(text)) return `${text}.myshopify.com`;

  const url = parseUrl(text);
  if (!url) throw refuse(input, 'it is neither a shop name nor an address');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse(input, `${url.protocol} addresses are not used by Shopify`);
  if (url.username || url.password) throw refuse(input, 'it carries a user name or password');
  if (url.port) throw refuse(input, 'Shopify addresses have no port number');

  const host = url.hostname.replace(/\.$/, '');
  const myshopify = MYSHOPIFY.exec(host);
  if (myshopify) return host;

  if (host === 'admin.shopify.com') {
    const name = /^\/store\/([^/]+)/.exec(url.pathname)?.[1];
    if (name && SHOP_NAME.test(name)) return `${name}.myshopify.com`;
    throw refuse(input, 'this admin address does not name a store (it should contain /store/your-shop)');
  }
  throw refuse(input, `only *.myshopify.com addresses can receive your credentials, and ${host} is not one`);
}

function parseUrl(text: string): URL | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`;
  try {
    return new URL(withScheme);
  } catch {
    return undefined;
  }
}

/**
 * The development/test override: `http://127.0.0.1:<port>` sends a myshopify shop's traffic
 * to a local store. Only loopback addresses are accepted, so the override can never send a
 * real shop's credential to another computer. Returns the origin, or null when unset.
 */
export function parseEndpointOverride(value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const refuseOverride = (why: string) =>
    new ShopDomainError(`${ENDPOINT_OVERRIDE_VARIABLE}="${text}" cannot be used: ${why}. It must be a local address such as http://127.0.0.1:4000 (for development and tests only).`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refuseOverride('it is not an address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuseOverride(`${url.protocol} is not http or https`);
  if (url.username || url.password) throw refuseOverride('it carries a user name or password');
  if (!isLoopback(url.hostname)) throw refuseOverride(`${url.hostname} is not this computer (only loopback addresses are allowed)`);
  if (url.pathname !== '/' || url.search) throw refuseOverride('give only the scheme, host and port');
  return url.origin;
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1';
  return false;
}

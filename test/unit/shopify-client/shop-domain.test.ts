import { describe, expect, it } from 'vitest';
import { normaliseShopDomain, parseEndpointOverride } from '../../../src/main/shopify/shop-domain';

describe('the shop address an owner types', () => {
  for (const typed of [
    'moth-and-fern',
    'Moth-And-Fern',
    '  moth-and-fern.myshopify.com ',
    'https://moth-and-fern.myshopify.com',
    'https://moth-and-fern.myshopify.com/admin/products?selectedView=all',
    'http://moth-and-fern.myshopify.com/',
    'https://admin.shopify.com/store/moth-and-fern',
    'https://admin.shopify.com/store/moth-and-fern/products/123',
    'admin.shopify.com/store/moth-and-fern/settings',
  ]) {
    it(`"${typed}" is moth-and-fern.myshopify.com`, () => {
      expect(normaliseShopDomain(typed)).toBe('moth-and-fern.myshopify.com');
    });
  }

  for (const [typed, why] of [
    ['', /it is empty/],
    ['moth-and-fern.example.com', /only \*\.myshopify\.com addresses/],
    ['https://moth-and-fern.myshopify.com.evil.example/', /only \*\.myshopify\.com addresses/],
    ['https://myshopify.com', /only \*\.myshopify\.com addresses/],
    ['https://user:pw@moth-and-fern.myshopify.com', /user name or password/],
    ['https://moth-and-fern.myshopify.com:8443', /no port/],
    ['ftp://moth-and-fern.myshopify.com', /ftp: addresses/],
    ['https://admin.shopify.com/orders', /does not name a store/],
    ['moth and fern', /neither a shop name nor an address/],
  ] as const) {
    it(`"${typed}" is refused with a reason`, () => {
      expect(() => normaliseShopDomain(typed)).toThrow(why);
      expect(() => normaliseShopDomain(typed)).toThrow(/Type the shop's name/);
    });
  }
});

describe('the local-store override (development and tests only)', () => {
  it('is off when unset', () => {
    expect(parseEndpointOverride(undefined)).toBeNull();
    expect(parseEndpointOverride('  ')).toBeNull();
  });

  it('accepts loopback addresses only', () => {
    expect(parseEndpointOverride('http://127.0.0.1:4100')).toBe('http://127.0.0.1:4100');
    expect(parseEndpointOverride('http://localhost:4100/')).toBe('http://localhost:4100');
    expect(parseEndpointOverride('http://[::1]:4100')).toBe('http://[::1]:4100');
    expect(() => parseEndpointOverride('http://192.168.1.20:4100')).toThrow(/192\.168\.1\.20 is not this computer/);
    expect(() => parseEndpointOverride('https://moth-and-fern.myshopify.com')).toThrow(/only loopback addresses/);
    expect(() => parseEndpointOverride('http://127.0.0.1:4100/admin')).toThrow(/only the scheme, host and port/);
    expect(() => parseEndpointOverride('127.0.0.1')).toThrow(/STOCKPILOT_SHOPIFY_ENDPOINT/);
  });
});

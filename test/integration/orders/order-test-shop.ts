/**
 * A connected shop with orders, for order import tests: the local Shopify store (a EUR
 * shop) with a tee in two sizes, a print, and a mug only Shopify sells; the local catalog
 * with their costs of goods (entered long before the orders), linked and pushed once. The seeded orders cover every kind
 * the import treats apart: out of reach, ordinary, another currency, test, cancelled, and
 * a line no local SKU matches.
 */
import type { AnyEvent } from '../../../src/shared/events';
import type { CreateProductInput } from '../../../src/shared/catalog';
import type { SeedCatalog, SeedOrder } from '../../../src/shopify-sim/index';
import { openPushTestShop, type PushTestShop } from '../stock-push/push-test-shop';
import type { CoreOptions } from '../../../src/main/core';

export const ORDERS: SeedOrder[] = [
  { name: '#1001', daysAgo: 75, lineItems: [{ sku: 'TEE-M', quantity: 1 }] },
  { name: '#1002', daysAgo: 6, lineItems: [{ sku: 'TEE-M', quantity: 2 }, { sku: 'PRINT-A4', quantity: 1 }] },
  { name: '#1003', daysAgo: 4, presentmentCurrencyCode: 'USD', exchangeRate: 1.1, lineItems: [{ sku: 'PRINT-A4', quantity: 1 }] },
  { name: '#1004', daysAgo: 3, test: true, lineItems: [{ sku: 'TEE-L', quantity: 1 }] },
  { name: '#1005', daysAgo: 2, cancelled: true, lineItems: [{ sku: 'TEE-L', quantity: 1 }] },
  { name: '#1006', daysAgo: 1, lineItems: [{ sku: 'MUG-X', quantity: 1 }, { sku: 'TEE-L', quantity: 1 }] },
];

export const ORDER_SEED: SeedCatalog = {
  shop: { currencyCode: 'EUR' },
  locations: [{ name: 'Studio', primary: true }, { name: 'Market stall' }],
  products: [
    {
      title: 'Moth tee',
      options: ['Size'],
      variants: [
        { sku: 'TEE-M', options: ['M'], price: 25, available: 10 },
        { sku: 'TEE-L', options: ['L'], price: 25, available: 5 },
      ],
    },
    { title: 'Fern print', variants: [{ sku: 'PRINT-A4', price: 18, available: { Studio: 3, 'Market stall': 1 } }] },
    { title: 'Moth mug', variants: [{ sku: 'MUG-X', price: 12, available: 4 }] },
  ],
  orders: ORDERS,
};

/** Costs of goods: tee 9.00, print 4.00. */
export const ORDER_CATALOG: CreateProductInput[] = [
  {
    name: 'Moth tee',
    optionNames: ['Size'],
    internal: { cogsCents: 900 },
    variants: [
      { sku: 'TEE-M', optionValues: ['M'], onHand: 10 },
      { sku: 'TEE-L', optionValues: ['L'], onHand: 5 },
    ],
  },
  { name: 'Fern print', internal: { cogsCents: 400 }, variants: [{ sku: 'PRINT-A4', onHand: 3 }] },
];

export interface OrderTestShop extends PushTestShop {
  onHand(sku: string): number;
  orderProgress(): Extract<AnyEvent, { name: 'orderImportProgress' }>['payload'][];
}

interface OrderTestShopOptions {
  seed?: SeedCatalog;
  scopes?: string[];
  core?: Partial<CoreOptions>;
  catalog?: CreateProductInput[];
  /** When the local catalog was entered: long ago (before every order, the default), or just now. */
  catalogEntered?: 'long ago' | 'now';
}

export async function openOrderTestShop(options: OrderTestShopOptions = {}): Promise<OrderTestShop> {
  const shop = await openPushTestShop({
    sim: { seed: options.seed ?? ORDER_SEED, ...(options.scopes ? { scopes: options.scopes } : {}) },
    catalog: options.catalog ?? ORDER_CATALOG,
    core: { orderImportTickMs: 0, ...options.core },
  });
  // The owner has kept this catalog (and counted its stock) since long before these orders.
  if ((options.catalogEntered ?? 'long ago') === 'long ago') shop.database.prepare(`UPDATE variants SET created_at = '2025-01-01T00:00:00.000Z'`).run();
  return Object.assign(shop, {
    onHand: (sku: string) => shop.query<{ n: number }>('SELECT on_hand AS n FROM variants WHERE sku = ?', sku)[0]!.n,
    orderProgress: () => shop.events.flatMap((e) => (e.name === 'orderImportProgress' ? [e.payload] : [])),
  });
}

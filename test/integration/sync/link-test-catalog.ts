/**
 * A small shop for link, drift and SKU tests: Shopify and Stockpilot hold the same products
 * by SKU, with the stock counted differently for one variant (so a test can see that linking
 * changes neither side), plus a local product with a variant Shopify does not have.
 */
import type { CreateProductInput } from '../../../src/shared/catalog';
import type { SeedCatalog } from '../../../src/shopify-sim/index';
import { openSyncTestShop, type SyncTestShop } from './sync-test-shop';

export const LINK_SEED: SeedCatalog = {
  locations: [{ name: 'Studio', primary: true }],
  products: [
    { title: 'Moth tee', options: ['Size'], variants: [{ sku: 'TEE-M', options: ['M'], price: '28.00', available: 10 }, { sku: 'TEE-L', options: ['L'], price: '28.00', available: 5 }] },
    { title: 'Fern print', variants: [{ sku: 'PRINT-A4', price: '15.00', available: 3 }] },
    { title: 'Owl mug', variants: [{ sku: 'MUG-OWL', price: '12.00', available: 7 }] },
  ],
};

export const LINK_CATALOG: CreateProductInput[] = [
  {
    name: 'Moth tee',
    optionNames: ['Size'],
    variants: [
      { sku: 'TEE-M', optionValues: ['M'], priceCents: 2800, onHand: 12 },
      { sku: 'TEE-L', optionValues: ['L'], priceCents: 2800, onHand: 5 },
    ],
  },
  { name: 'Fern print', variants: [{ sku: 'PRINT-A4', priceCents: 1500, onHand: 3 }] },
  {
    name: 'Owl mug',
    optionNames: ['Size'],
    variants: [
      { sku: 'MUG-OWL', optionValues: ['Regular'], priceCents: 1200, onHand: 7 },
      { sku: 'MUG-OWL-XL', optionValues: ['Large'], priceCents: 1600, onHand: 2 },
    ],
  },
];

export function openLinkTestShop(): Promise<SyncTestShop> {
  return openSyncTestShop({ seed: LINK_SEED, catalog: LINK_CATALOG });
}

export async function productIdNamed(shop: SyncTestShop, name: string): Promise<number> {
  const page = await shop.core.call('listProducts', { search: name });
  const found = page.rows.find((r) => r.name === name);
  if (!found) throw new Error(`No local product named ${name}`);
  return found.id;
}

/** Links the local product to Shopify's product holding `sku`, pairing variants by SKU. */
export async function linkBySku(shop: SyncTestShop, name: string, sku: string) {
  const outcome = await shop.core.call('linkProducts', { links: [{ productId: await productIdNamed(shop, name), shopifyProductId: shop.sim.control.variant(sku).productId }] });
  if (outcome.failed.length > 0) throw new Error(outcome.failed.map((f) => f.message).join('; '));
  return outcome;
}

export const toastsOf = (shop: SyncTestShop) => shop.events.filter((e) => e.name === 'toast').map((e) => e.payload as { kind: string; message: string; productId?: number });

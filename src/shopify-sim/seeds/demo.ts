/**
 * The demo store: the Shopify side of the app's demo catalog (`src/demo/artist-merch-catalog`).
 * Most products match it by SKU; a few differ the way a real shop drifts (a title, a price,
 * a status, a stock count, tracking, a mixed-tracking product), two exist only in the app and
 * two only here, so a first Full Sync & Compare shows every kind of difference. Recent orders
 * include one in another currency, a test order and a cancelled one.
 */
import { demoBundles, demoCommitments, demoProducts } from '../../demo/artist-merch-catalog';
import type { SeedCatalog, SeedOrder, SeedProduct } from '../store/catalog-seed';

export const STUDIO = 'Studio';
export const POP_UP = 'Pop-up market';

/** Every deliberate difference, by the app product's name, so tests can name what they expect. */
export const DEMO_DRIFT = {
  renamed: { from: 'Heron hoodie', to: 'Heron hoodie (organic cotton)' },
  repriced: { sku: 'PRT-LUNA-A4', extraCents: 300 },
  statusChanged: { product: 'Owl Study poster', status: 'DRAFT' as const },
  stockChanged: { sku: 'PIN-COMET-GLD', extra: 4 },
  untracked: { product: 'Field Notes zine' },
  mixedTracking: { product: 'Moth mug', trackedVariants: 2 },
  onlyInApp: ['Tidepool Diaries zine', 'Bramble poster'],
  onlyInShopify: ['Studio gift card', 'Mystery sticker pack'],
} as const;

const committed = new Map<string, number>();
for (const c of demoCommitments) committed.set(c.sku, (committed.get(c.sku) ?? 0) + c.quantity);

const handle = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function shopifySide(): SeedProduct[] {
  const available = new Map<string, number>();
  for (const p of demoProducts) for (const v of p.variants ?? []) if (v.sku) available.set(v.sku, (v.onHand ?? 0) - (committed.get(v.sku) ?? 0));
  // A bundle can sell as many as its scarcest component allows.
  for (const b of demoBundles) {
    available.set(b.sku, Math.max(0, Math.min(...b.components.map((c) => Math.floor((available.get(c.sku) ?? 0) / c.quantity)))));
  }
  return demoProducts
    .filter((p) => !(DEMO_DRIFT.onlyInApp as readonly string[]).includes(p.name))
    .map((p): SeedProduct => {
      const isMixed = p.name === DEMO_DRIFT.mixedTracking.product;
      const untracked = p.trackInventory === false || p.name === DEMO_DRIFT.untracked.product;
      return {
        title: p.name === DEMO_DRIFT.renamed.from ? DEMO_DRIFT.renamed.to : p.name,
        handle: handle(p.name),
        descriptionHtml: p.descriptionHtml ?? '',
        vendor: p.vendor ?? '',
        productType: p.category ?? '',
        status: p.name === DEMO_DRIFT.statusChanged.product ? DEMO_DRIFT.statusChanged.status : ((p.listingStatus ?? 'draft').toUpperCase() as SeedProduct['status']),
        tags: p.tags ?? [],
        options: p.optionNames?.length ? p.optionNames : undefined,
        images: [`https://cdn.shopify.example/moth-and-fern/${handle(p.name)}.jpg`],
        variants: (p.variants ?? [{}]).map((v, i) => {
          const sku = v.sku ?? '';
          const extraPrice = sku === DEMO_DRIFT.repriced.sku ? DEMO_DRIFT.repriced.extraCents : 0;
          const extraStock = sku === DEMO_DRIFT.stockChanged.sku ? DEMO_DRIFT.stockChanged.extra : 0;
          const studio = Math.max(0, (available.get(sku) ?? 0) + extraStock);
          return {
            sku,
            price: ((v.priceCents ?? 0) + extraPrice) / 100,
            barcode: v.barcode || undefined,
            options: v.optionValues?.length ? v.optionValues : undefined,
            tracked: isMixed ? i < DEMO_DRIFT.mixedTracking.trackedVariants : !untracked,
            available: sku.startsWith('STK-') ? { [STUDIO]: studio, [POP_UP]: 5 } : studio,
          };
        }),
      };
    });
}

const shopifyOnly: SeedProduct[] = [
  {
    title: 'Studio gift card',
    vendor: 'Moth & Fern Studio',
    productType: 'Gift card',
    options: ['Amount'],
    variants: [
      { sku: 'GIFT-CARD-25', price: 25, options: ['€25'], tracked: false },
      { sku: 'GIFT-CARD-50', price: 50, options: ['€50'], tracked: false },
    ],
  },
  {
    title: 'Mystery sticker pack',
    vendor: 'Moth & Fern Studio',
    productType: 'Stickers',
    tags: ['stickers', 'surprise'],
    variants: [{ sku: 'STK-MYSTERY', price: 6, available: { [STUDIO]: 14, [POP_UP]: 6 } }],
  },
];

const orders: SeedOrder[] = [
  { name: '#1001', daysAgo: 75, lineItems: [{ sku: 'STK-LUNA', quantity: 2 }] },
  { name: '#1002', daysAgo: 6, lineItems: [{ sku: 'TEE-MOTH-M-BLA', quantity: 1 }, { sku: 'STK-MOTH', quantity: 2 }] },
  { name: '#1003', daysAgo: 4, presentmentCurrencyCode: 'USD', exchangeRate: 1.08, lineItems: [{ sku: 'PRT-NIGHTGARDEN-A4', quantity: 1 }] },
  { name: '#1004', daysAgo: 3, test: true, lineItems: [{ sku: 'MUG-MOTH-11-WHI', quantity: 1 }] },
  { name: '#1005', daysAgo: 2, cancelled: true, lineItems: [{ sku: 'PIN-LUNA-GLD', quantity: 3 }] },
  { name: '#1006', daysAgo: 1, location: POP_UP, lineItems: [{ sku: 'STK-FERNSPIRAL', quantity: 4 }, { sku: 'STK-MYSTERY', quantity: 1 }] },
];

export function demoSeed(): SeedCatalog {
  return {
    shop: { name: 'Moth & Fern Studio', currencyCode: 'EUR', myshopifyDomain: 'moth-and-fern.myshopify.com' },
    locations: [{ name: STUDIO, primary: true }, { name: POP_UP }],
    products: [...shopifySide(), ...shopifyOnly],
    orders,
  };
}

/**
 * The demo catalog: "Moth & Fern Studio", a small artist-merch shop. Deterministic (a seeded
 * PRNG, never Math.random) and dependency-free, so every run, test and demo sees the same shop.
 *
 * Stable exports (the local Shopify store's demo seed is built from them, matching by SKU):
 * - `demoProducts: CreateProductInput[]`   about 60 products / 300 variants, in a fixed order.
 *     Bundles are products with `autoStock: true`; their variants carry no components here
 *     (components need database ids) and no opening stock.
 * - `demoBundles: DemoBundle[]`            the components of each bundle variant, by SKU.
 * - `demoCommitments: DemoCommitment[]`    open wholesale commitments, by SKU.
 * - `DEMO_DUPLICATE_SKU`                   the one SKU carried by two variants of different
 *     products (the calendar reuses a zine's SKU: a typo later sync issues must surface).
 * - `DEMO_BLANK_SKU_PRODUCT`               the product with the one variant whose SKU is blank.
 * - `DEMO_VENDOR`                          the vendor of every demo product.
 * Untracked (trackInventory: false): the wallpaper download and the two commissions.
 * SKUs named in bundles and commitments are unique and never blank.
 */
import type { CreateProductInput, NewVariantInput } from '../shared/catalog';

export interface DemoBundle {
  /** The bundle variant's own SKU. */
  sku: string;
  components: { sku: string; quantity: number }[];
}

export interface DemoCommitment {
  sku: string;
  quantity: number;
  reference: string;
}

export const DEMO_VENDOR = 'Moth & Fern Studio';
export const DEMO_DUPLICATE_SKU = 'ZIN-NIGHTGARDEN';
export const DEMO_BLANK_SKU_PRODUCT = 'Fern tote bag';

/** mulberry32: small, fast and good enough to vary stock levels believably. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seededRandom(20_260_412);
const stockLevel = (max: number): number => {
  const r = random();
  if (r < 0.08) return 0; // a few sold out, as in any real shop
  if (r < 0.2) return 1 + Math.floor(random() * 3); // a few low
  return 4 + Math.floor(random() * max);
};

const code = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]+/g, '');
const para = (text: string) => `<p>${text}</p>`;

interface Axis {
  name: string;
  values: { label: string; code: string; priceDelta?: number }[];
}

/** Every combination of the axes as variants, SKU = prefix + value codes. */
function matrix(prefix: string, basePrice: number, axes: Axis[], maxStock: number): NewVariantInput[] {
  let combos: { labels: string[]; codes: string[]; price: number }[] = [{ labels: [], codes: [], price: basePrice }];
  for (const axis of axes) {
    combos = combos.flatMap((c) =>
      axis.values.map((v) => ({
        labels: [...c.labels, v.label],
        codes: [...c.codes, v.code],
        price: c.price + (v.priceDelta ?? 0),
      })),
    );
  }
  return combos.map((c) => ({
    sku: [prefix, ...c.codes].join('-'),
    priceCents: c.price,
    optionValues: c.labels,
    onHand: stockLevel(maxStock),
  }));
}

const sizes: Axis = {
  name: 'Size',
  values: ['XS', 'S', 'M', 'L', 'XL', '2XL'].map((s) => ({ label: s, code: s, priceDelta: s === '2XL' ? 300 : 0 })),
};
const colours = (...names: string[]): Axis => ({
  name: 'Colour',
  values: names.map((n) => ({ label: n, code: code(n).slice(0, 3) })),
});

function product(
  name: string,
  category: string,
  optionNames: string[],
  variants: NewVariantInput[],
  extra: Partial<CreateProductInput> = {},
): CreateProductInput {
  return {
    name,
    descriptionHtml: para(`${name}, designed and drawn in the studio.`),
    vendor: DEMO_VENDOR,
    category,
    optionNames,
    status: 'active',
    listingStatus: 'active',
    tags: [category.toLowerCase()],
    variants,
    ...extra,
  };
}

/** A product whose variants are every combination of its option axes. */
const ranged = (name: string, category: string, skuPrefix: string, basePrice: number, axes: Axis[], maxStock: number, extra: Partial<CreateProductInput> = {}) =>
  product(name, category, axes.map((a) => a.name), matrix(skuPrefix, basePrice, axes, maxStock), extra);

/** An option axis from [label, SKU code, price difference] triples. */
const axis = (name: string, values: [label: string, code: string, priceDelta: number][]): Axis => ({
  name,
  values: values.map(([label, code, priceDelta]) => ({ label, code, priceDelta })),
});

const designs = ['Moth', 'Night Garden', 'Fern Spiral', 'Luna', 'Mushroom Ring', 'Heron', 'Toad Choir', 'Comet', 'Bramble', 'Owl Study', 'Tidepool', 'Wild Bees'];

const tees = ['Moth', 'Night Garden', 'Mushroom Ring', 'Toad Choir', 'Comet'].map((d, i) =>
  ranged(`${d} tee`, 'Apparel', `TEE-${code(d)}`, 3200, [sizes, colours('Black', 'Natural', 'Sage', 'Navy')], 14, {
    tags: ['apparel', 'tee', 'organic cotton'],
    internal: { cogsCents: 1150 + i * 20, wholesalePriceCents: 1600, retailListed: true },
  }),
);

const hoodies = ['Moth', 'Luna', 'Heron'].map((d) =>
  ranged(`${d} hoodie`, 'Apparel', `HOOD-${code(d)}`, 6200, [sizes, colours('Charcoal', 'Forest', 'Oat')], 8, {
    tags: ['apparel', 'hoodie'],
    internal: { cogsCents: 2800, materialCostCents: 2400, laborCents: 400, wholesalePriceCents: 3100, retailListed: true },
  }),
);

const printSizes = axis('Size', [
  ['A5', 'A5', 0],
  ['A4', 'A4', 800],
  ['A3', 'A3', 1800],
  ['A2', 'A2', 3500],
]);
const prints = designs.map((d, i) =>
  ranged(`${d} art print`, 'Prints', `PRT-${code(d)}`, 1400, [printSizes], 25, {
    tags: ['print', 'giclée'],
    // One print is still being proofed: not yet listed.
    listingStatus: i === 11 ? 'draft' : 'active',
    internal: { materialCostCents: 180 + i * 5, markupPercent: 250 },
  }),
);

const posterSizes = axis('Size', [
  ['12×18 in', '1218', 0],
  ['18×24 in', '1824', 1000],
  ['24×36 in', '2436', 2200],
]);
const posters = ['Comet', 'Tidepool', 'Owl Study', 'Bramble'].map((d) =>
  ranged(`${d} poster`, 'Posters', `PST-${code(d)}`, 1800, [posterSizes], 15, { tags: ['poster'] }),
);

const single = (sku: string, priceCents: number, maxStock: number): NewVariantInput[] => [{ sku, priceCents, onHand: stockLevel(maxStock) }];

const stickers = ['Moth', 'Fern Spiral', 'Luna', 'Mushroom Ring', 'Heron', 'Toad Choir', 'Wild Bees', 'Comet'].map((d) =>
  product(`${d} sticker`, 'Stickers', [], single(`STK-${code(d)}`, 400, 120), { tags: ['sticker', 'vinyl'], internal: { cogsCents: 60 } }),
);

const finish: Axis = { name: 'Finish', values: [{ label: 'Gold', code: 'GLD' }, { label: 'Silver', code: 'SLV' }] };
const pins = ['Moth', 'Luna', 'Mushroom Ring', 'Heron', 'Comet', 'Toad Choir', 'Owl Study', 'Wild Bees'].map((d, i) =>
  ranged(`${d} enamel pin`, 'Pins', `PIN-${code(d)}`, 1200, [finish], 40, {
    tags: ['pin', 'hard enamel'],
    // One pin was retired after its run sold through.
    status: i === 7 ? 'inactive' : 'active',
    listingStatus: i === 7 ? 'archived' : 'active',
    internal: { cogsCents: 310, wholesalePriceCents: 600, consignmentStock: i === 0 ? 12 : 0 },
  }),
);

const toteColours = colours('Natural', 'Black');
const totes = ['Fern', 'Moth', 'Tidepool'].map((d) =>
  ranged(`${d} tote bag`, 'Bags', `TOTE-${code(d)}`, 2200, [toteColours], 20, { tags: ['tote', 'canvas'] }),
);
// The blank SKU: a colour added in a hurry, never given a code.
const blankSkuVariant = totes[0]?.variants?.[1];
if (blankSkuVariant) blankSkuVariant.sku = '';

const mugAxes: Axis[] = [
  { name: 'Size', values: [{ label: '11 oz', code: '11' }, { label: '15 oz', code: '15', priceDelta: 400 }] },
  colours('White', 'Black'),
];
const mugs = ['Moth', 'Night Garden', 'Owl Study', 'Toad Choir'].map((d) =>
  ranged(`${d} mug`, 'Homeware', `MUG-${code(d)}`, 1800, mugAxes, 18, { tags: ['mug', 'ceramic'] }),
);

const zines = ['Night Garden', 'Field Notes', 'Small Hours', 'Toad Choir', 'Tidepool Diaries'].map((d, i) =>
  product(`${d} zine`, 'Zines', [], single(`ZIN-${code(d)}`, 800 + i * 100, 30), { tags: ['zine', 'risograph'] }),
);

const calendar = product('2027 wall calendar', 'Stationery', [], [
  // The duplicate SKU: copied from the Night Garden zine when the calendar was set up.
  { sku: DEMO_DUPLICATE_SKU, priceCents: 2400, onHand: 22 },
], { listingStatus: 'draft', tags: ['calendar'] });

const download = product('Moth & Fern wallpaper pack', 'Digital', ['Format'], [
  { sku: 'DIG-WALLPAPER-PHONE', priceCents: 500, optionValues: ['Phone'] },
  { sku: 'DIG-WALLPAPER-DESKTOP', priceCents: 500, optionValues: ['Desktop'] },
], { trackInventory: false, tags: ['digital', 'download'], descriptionHtml: para('High-resolution wallpapers, delivered by email.') });

const commissions = [
  product('Pet portrait commission', 'Commissions', ['Size'], [
    { sku: 'COM-PET-S', priceCents: 9000, optionValues: ['Small'] },
    { sku: 'COM-PET-M', priceCents: 14000, optionValues: ['Medium'] },
    { sku: 'COM-PET-L', priceCents: 22000, optionValues: ['Large'] },
  ], { trackInventory: false, tags: ['commission', 'made to order'], internal: { laborCents: 6000, commissionRatePercent: 15 } }),
  product('Custom illustration commission', 'Commissions', ['Usage'], [
    { sku: 'COM-ILLUS-PERSONAL', priceCents: 18000, optionValues: ['Personal'] },
    { sku: 'COM-ILLUS-COMMERCIAL', priceCents: 42000, optionValues: ['Commercial'] },
  ], { trackInventory: false, tags: ['commission', 'made to order'], internal: { laborCents: 15000 } }),
];

/** Bundles: auto-stock products whose stock comes from their components. */
const bundleProduct = (name: string, sku: string, priceCents: number): CreateProductInput =>
  product(name, 'Bundles', [], [{ sku, priceCents }], { autoStock: true, tags: ['bundle', 'gift'] });

const bundles = [
  bundleProduct('Sticker sampler (5 stickers)', 'BND-STICKER-5', 1600),
  bundleProduct('Moth lover gift set', 'BND-MOTH-GIFT', 4200),
  bundleProduct('Print trio (A4)', 'BND-PRINT-TRIO-A4', 5400),
  bundleProduct('Pin pair: Luna & Comet', 'BND-PIN-PAIR', 2200),
];

export const demoBundles: DemoBundle[] = [
  {
    sku: 'BND-STICKER-5',
    components: ['MOTH', 'FERNSPIRAL', 'LUNA', 'MUSHROOMRING', 'HERON'].map((d) => ({ sku: `STK-${d}`, quantity: 1 })),
  },
  {
    sku: 'BND-MOTH-GIFT',
    components: [
      { sku: 'MUG-MOTH-11-WHI', quantity: 1 },
      { sku: 'PIN-MOTH-GLD', quantity: 1 },
      { sku: 'STK-MOTH', quantity: 2 },
    ],
  },
  {
    sku: 'BND-PRINT-TRIO-A4',
    components: ['MOTH', 'LUNA', 'COMET'].map((d) => ({ sku: `PRT-${d}-A4`, quantity: 1 })),
  },
  {
    sku: 'BND-PIN-PAIR',
    components: [
      { sku: 'PIN-LUNA-GLD', quantity: 1 },
      { sku: 'PIN-COMET-GLD', quantity: 1 },
    ],
  },
];

export const demoCommitments: DemoCommitment[] = [
  { sku: 'TEE-MOTH-M-BLA', quantity: 6, reference: 'Wholesale PO-1041 (Lantern Books)' },
  { sku: 'TEE-MOTH-L-BLA', quantity: 4, reference: 'Wholesale PO-1041 (Lantern Books)' },
  { sku: 'PRT-NIGHTGARDEN-A4', quantity: 10, reference: 'Wholesale PO-1043 (Greenhouse Gallery)' },
  { sku: 'PIN-MUSHROOMRING-GLD', quantity: 25, reference: 'Wholesale PO-1044 (Fungi Fair stall)' },
  { sku: 'STK-MUSHROOMRING', quantity: 40, reference: 'Wholesale PO-1044 (Fungi Fair stall)' },
  { sku: 'MUG-OWLSTUDY-11-WHI', quantity: 8, reference: 'Consignment: The Owl & Kettle café' },
];

export const demoProducts: CreateProductInput[] = [
  ...tees,
  ...hoodies,
  ...prints,
  ...posters,
  ...stickers,
  ...pins,
  ...totes,
  ...mugs,
  ...zines,
  calendar,
  download,
  ...commissions,
  ...bundles,
];

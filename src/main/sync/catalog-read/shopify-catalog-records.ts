/**
 * Shopify's product and variant nodes, as the paged queries and the bulk JSONL both return
 * them, turned into the compare's snapshot. One converter for both ways of reading, so they
 * cannot disagree.
 */
import type { ShopifyMedia, ShopifyProduct, ShopifyStatus, ShopifyVariant } from './catalog-snapshot';
import { RepeatedValues } from './repeated-values';

export interface ProductNode {
  id: string;
  title: string;
  handle: string;
  descriptionHtml: string | null;
  vendor: string | null;
  productType: string | null;
  status: ShopifyStatus;
  tags: string[];
  seo?: { title: string | null; description: string | null } | null;
  options: { name: string }[];
}

export interface MediaNode {
  id: string;
  alt: string | null;
  image?: { url: string } | null;
}

export interface VariantNode {
  id: string;
  sku: string | null;
  price: string;
  compareAtPrice?: string | null;
  barcode: string | null;
  position: number;
  selectedOptions: { name: string; value: string }[];
  inventoryItem: { id: string; tracked: boolean; inventoryLevel: { quantities: { name: string; quantity: number }[] } | null } | null;
}

/** Shopify gives an option-less product one "Title" option with "Default Title"; Stockpilot has none. */
const DEFAULT_OPTION = 'Title';
const DEFAULT_VALUE = 'Default Title';

/** "12.5" → 1250, without float surprises ("19.99" * 100 = 1998.9999…). */
export function priceToCents(price: string): number {
  const [whole = '0', fraction = ''] = price.trim().split('.');
  const sign = whole.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(whole)) * 100 + Number(`${fraction}00`.slice(0, 2)));
}

export function toShopifyProduct(node: ProductNode, media: readonly MediaNode[], variants: readonly VariantNode[], shared = new RepeatedValues()): ShopifyProduct {
  const parts = new ShopifyProductParts(node, shared);
  for (const m of media) parts.addMedia(m);
  for (const v of variants) parts.addVariant(v);
  return parts.finish();
}

/**
 * A product put together from its node and then its media and variant nodes one at a time,
 * each turned into the snapshot's shape as it comes, so the nodes themselves need not be kept
 * (a bulk file's lines are let go as they are read).
 */
export class ShopifyProductParts {
  readonly #product: ShopifyProduct;
  readonly #titleOptionOnly: boolean;
  readonly #shared: RepeatedValues;
  #defaultValuesOnly = true;

  /** `shared` keeps one copy of what a catalog's products repeat (give each product of a read the same one). */
  constructor(node: ProductNode, shared: RepeatedValues) {
    this.#shared = shared;
    this.#titleOptionOnly = node.options.length === 1 && node.options[0]?.name === DEFAULT_OPTION;
    this.#product = {
      id: node.id,
      title: node.title,
      handle: node.handle,
      descriptionHtml: node.descriptionHtml ?? '',
      vendor: shared.text(node.vendor ?? ''),
      productType: shared.text(node.productType ?? ''),
      status: node.status,
      tags: shared.list(node.tags),
      seoTitle: node.seo?.title ?? '',
      seoDescription: node.seo?.description ?? '',
      optionNames: shared.list(node.options.map((o) => o.name)),
      media: [],
      variants: [],
    };
  }

  addMedia(m: MediaNode): void {
    this.#product.media.push(toMedia(m));
  }

  addVariant(v: VariantNode): void {
    if (!v.selectedOptions.every((o) => o.value === DEFAULT_VALUE)) this.#defaultValuesOnly = false;
    const variant = toVariant(v);
    variant.optionValues = this.#shared.list(variant.optionValues);
    this.#product.variants.push(variant);
  }

  /** The product, its variants in Shopify's order; Shopify's lone "Default Title" option dropped. */
  finish(): ShopifyProduct {
    const product = this.#product;
    product.variants.sort((a, b) => a.position - b.position);
    if (this.#titleOptionOnly && this.#defaultValuesOnly) {
      product.optionNames = [];
      for (const v of product.variants) v.optionValues = [];
    }
    return product;
  }
}

function toMedia(m: MediaNode): ShopifyMedia {
  return { id: m.id, alt: m.alt ?? '', url: m.image?.url ?? null };
}

function toVariant(v: VariantNode): ShopifyVariant {
  const available = v.inventoryItem?.inventoryLevel?.quantities.find((q) => q.name === 'available')?.quantity;
  return {
    id: v.id,
    sku: v.sku ?? '',
    priceCents: priceToCents(v.price),
    compareAtPriceCents: v.compareAtPrice == null ? null : priceToCents(v.compareAtPrice),
    optionValues: v.selectedOptions.map((o) => o.value),
    barcode: v.barcode ?? '',
    position: v.position,
    inventoryItemId: v.inventoryItem?.id ?? null,
    tracked: v.inventoryItem?.tracked ?? false,
    available: available ?? null,
  };
}

/**
 * Shopify's product and variant nodes, as the paged queries and the bulk JSONL both return
 * them, turned into the compare's snapshot. One converter for both ways of reading, so they
 * cannot disagree.
 */
import type { ShopifyMedia, ShopifyProduct, ShopifyStatus, ShopifyVariant } from './catalog-snapshot';

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

export function toShopifyProduct(node: ProductNode, media: readonly MediaNode[], variants: readonly VariantNode[]): ShopifyProduct {
  const defaultOnly = node.options.length === 1 && node.options[0]?.name === DEFAULT_OPTION && variants.every((v) => v.selectedOptions.every((o) => o.value === DEFAULT_VALUE));
  return {
    id: node.id,
    title: node.title,
    handle: node.handle,
    descriptionHtml: node.descriptionHtml ?? '',
    vendor: node.vendor ?? '',
    productType: node.productType ?? '',
    status: node.status,
    tags: node.tags,
    seoTitle: node.seo?.title ?? '',
    seoDescription: node.seo?.description ?? '',
    optionNames: defaultOnly ? [] : node.options.map((o) => o.name),
    media: media.map(toMedia),
    variants: [...variants].sort((a, b) => a.position - b.position).map((v) => toVariant(v, defaultOnly)),
  };
}

function toMedia(m: MediaNode): ShopifyMedia {
  return { id: m.id, alt: m.alt ?? '', url: m.image?.url ?? null };
}

function toVariant(v: VariantNode, defaultOnly: boolean): ShopifyVariant {
  const available = v.inventoryItem?.inventoryLevel?.quantities.find((q) => q.name === 'available')?.quantity;
  return {
    id: v.id,
    sku: v.sku ?? '',
    priceCents: priceToCents(v.price),
    compareAtPriceCents: v.compareAtPrice == null ? null : priceToCents(v.compareAtPrice),
    optionValues: defaultOnly ? [] : v.selectedOptions.map((o) => o.value),
    barcode: v.barcode ?? '',
    position: v.position,
    inventoryItemId: v.inventoryItem?.id ?? null,
    tracked: v.inventoryItem?.tracked ?? false,
    available: available ?? null,
  };
}

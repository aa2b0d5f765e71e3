/**
 * Which Shopify variant each local variant links to: the pairs the owner made in the mapper,
 * or the same trimmed SKU. Every local variant must find one; otherwise the link is refused,
 * naming the variants left over.
 */
import type { ShopifyProduct, ShopifyVariant } from '../catalog-read/catalog-snapshot';
import { shopifyGid } from './link-shopify-reads';

export interface LocalVariantToLink {
  id: number;
  sku: string;
  optionValues: string[];
}

export interface VariantPairing {
  variantId: number;
  shopify: ShopifyVariant;
}

export type PairingResult = { ok: true; pairs: VariantPairing[] } | { ok: false; message: string };

const labelOf = (v: LocalVariantToLink) => v.sku.trim() || (v.optionValues.length > 0 ? `${v.optionValues.join(' / ')} (no SKU)` : `variant ${v.id} (no SKU)`);

export function pairVariants(local: readonly LocalVariantToLink[], shopify: ShopifyProduct, given?: readonly { variantId: number; shopifyVariantId: string }[]): PairingResult {
  const result = given ? pairsAsGiven(local, shopify, given) : pairsBySku(local, shopify);
  if (!result.ok) return result;
  const paired = new Set(result.pairs.map((p) => p.variantId));
  const left = local.filter((v) => !paired.has(v.id));
  if (left.length > 0) {
    const how = given ? 'were not paired with a Shopify variant' : `have no variant with the same SKU on Shopify's "${shopify.title}"`;
    return { ok: false, message: `${left.length === 1 ? 'One variant' : `${left.length} variants`} ${how}: ${left.map(labelOf).join(', ')}. Pair every variant in the mapper, or fix the SKUs.` };
  }
  return result;
}

function pairsAsGiven(local: readonly LocalVariantToLink[], shopify: ShopifyProduct, given: readonly { variantId: number; shopifyVariantId: string }[]): PairingResult {
  const localIds = new Set(local.map((v) => v.id));
  const byId = new Map(shopify.variants.map((v) => [v.id, v]));
  const usedLocal = new Set<number>();
  const usedShopify = new Set<string>();
  const pairs: VariantPairing[] = [];
  for (const pair of given) {
    if (!localIds.has(pair.variantId)) return { ok: false, message: `Variant ${pair.variantId} is not a variant of this product.` };
    const gid = shopifyGid('ProductVariant', pair.shopifyVariantId);
    const remote = byId.get(gid);
    if (!remote) return { ok: false, message: `${pair.shopifyVariantId} is not a variant of Shopify's "${shopify.title}".` };
    if (usedLocal.has(pair.variantId)) return { ok: false, message: `Variant ${pair.variantId} is paired twice; pair each variant once.` };
    if (usedShopify.has(gid)) return { ok: false, message: `Shopify's variant ${remote.sku || gid} is paired with two variants; pair each one once.` };
    usedLocal.add(pair.variantId);
    usedShopify.add(gid);
    pairs.push({ variantId: pair.variantId, shopify: remote });
  }
  return { ok: true, pairs };
}

/** Same trimmed SKU, exactly; a blank SKU or one Shopify's product has twice pairs nothing. */
function pairsBySku(local: readonly LocalVariantToLink[], shopify: ShopifyProduct): PairingResult {
  const bySku = new Map<string, ShopifyVariant[]>();
  for (const v of shopify.variants) {
    const sku = v.sku.trim();
    if (sku !== '') bySku.set(sku, [...(bySku.get(sku) ?? []), v]);
  }
  const taken = new Set<string>();
  const pairs: VariantPairing[] = [];
  for (const v of local) {
    const candidates = bySku.get(v.sku.trim()) ?? [];
    const remote = candidates.length === 1 ? candidates[0] : undefined;
    if (!remote || taken.has(remote.id)) continue;
    taken.add(remote.id);
    pairs.push({ variantId: v.id, shopify: remote });
  }
  return { ok: true, pairs };
}

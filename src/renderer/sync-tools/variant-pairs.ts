/**
 * The mapper's variant pairs: each local variant next to the Shopify variant it will be
 * linked to. Suggested by trimmed SKU first, then by equal option values (ignoring case and
 * spacing), never pairing one Shopify variant twice; the owner can change any pair.
 */
import type { ShopifyProductCandidate } from '../../shared/sync-links';

export interface LocalVariantLine {
  id: number;
  sku: string;
  optionValues: string[];
}

export type ShopifyVariantLine = ShopifyProductCandidate['variants'][number];

/** Local variant id → Shopify variant id, or null while unpaired. */
export type VariantPairs = ReadonlyMap<number, string | null>;

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value.trim().replace(/\s+/g, ' ').toLowerCase() === (b[i] ?? '').trim().replace(/\s+/g, ' ').toLowerCase());

export function suggestPairs(local: readonly LocalVariantLine[], shopify: readonly ShopifyVariantLine[]): VariantPairs {
  const pairs = new Map<number, string | null>(local.map((v) => [v.id, null]));
  const taken = new Set<string>();
  const take = (variantId: number, candidate: ShopifyVariantLine | undefined) => {
    if (!candidate) return;
    pairs.set(variantId, candidate.shopifyVariantId);
    taken.add(candidate.shopifyVariantId);
  };
  for (const v of local) {
    const sku = v.sku.trim();
    if (sku !== '') take(v.id, shopify.find((s) => !taken.has(s.shopifyVariantId) && s.sku.trim() === sku));
  }
  for (const v of local) {
    if (pairs.get(v.id) !== null || v.optionValues.length === 0) continue;
    take(v.id, shopify.find((s) => !taken.has(s.shopifyVariantId) && sameWords(s.optionValues, v.optionValues)));
  }
  // One variant on each side (a product without options): they belong together.
  const [only] = local;
  const [onlyShopify] = shopify;
  if (local.length === 1 && shopify.length === 1 && only && onlyShopify && pairs.get(only.id) === null) take(only.id, onlyShopify);
  return pairs;
}

export interface PairCheck {
  /** The pairs to send, in local order. */
  pairs: { variantId: number; shopifyVariantId: string }[];
  unpaired: number;
  /** Shopify variants chosen for more than one local variant. */
  chosenTwice: string[];
}

export function checkPairs(local: readonly LocalVariantLine[], pairs: VariantPairs): PairCheck {
  const seen = new Map<string, number>();
  const chosen: PairCheck['pairs'] = [];
  for (const v of local) {
    const shopifyVariantId = pairs.get(v.id) ?? null;
    if (shopifyVariantId === null) continue;
    chosen.push({ variantId: v.id, shopifyVariantId });
    seen.set(shopifyVariantId, (seen.get(shopifyVariantId) ?? 0) + 1);
  }
  return {
    pairs: chosen,
    unpaired: local.length - chosen.length,
    chosenTwice: [...seen].filter(([, n]) => n > 1).map(([id]) => id),
  };
}

/** "M / Black · TEE-M-BLK", or just the SKU, or "Default" for a product without options. */
export function variantWords(optionValues: readonly string[], sku: string): string {
  const options = optionValues.filter((v) => v !== '').join(' / ');
  const parts = [options, sku.trim()].filter((p) => p !== '');
  return parts.length > 0 ? parts.join(' · ') : 'Default';
}

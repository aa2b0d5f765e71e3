/**
 * Pairs local products with Shopify's: by the linked Shopify product id first, then by SKU
 * (trimmed, exact). SKUs that are blank or used twice never match (they are issues), and
 * SKUs equal only once case and spacing are ignored are suggestions, never matches.
 */
import type { LocalProduct, LocalVariant, ShopifyProduct, ShopifyVariant } from './catalog-snapshot';
import { isBlankSku, looseSkuKey, skuKey } from './sku-keys';
import {
  blankSkuIssue,
  duplicateSkuIssue,
  linkMissingIssue,
  matchedTwiceIssue,
  skuSuggestionIssue,
  spreadOverProductsIssue,
  variantMismatchIssue,
  type IssueDraft,
} from './sync-issues';

export interface VariantPair {
  local: LocalVariant;
  shopify: ShopifyVariant;
}

export interface ProductPair {
  local: LocalProduct;
  shopify: ShopifyProduct;
  matchedBy: 'linked' | 'sku';
  variants: VariantPair[];
  unmatchedLocal: LocalVariant[];
  unmatchedShopify: ShopifyVariant[];
}

export interface Suggestion {
  local: LocalProduct;
  shopify: ShopifyProduct;
}

export interface Matching {
  pairs: ProductPair[];
  onlyLocal: LocalProduct[];
  onlyShopify: ShopifyProduct[];
  suggestions: Suggestion[];
  issues: IssueDraft[];
}

interface Located<V, P> {
  variant: V;
  product: P;
}

/**
 * SKU → the first variant carrying it, and, for the few SKUs used more than once, every
 * variant (blank SKUs left out). Two maps rather than a list per SKU: 100,000 tiny arrays
 * are most of what a large compare would otherwise spend.
 */
interface SkuIndex<V, P> {
  first: Map<string, Located<V, P>>;
  repeated: Map<string, Located<V, P>[]>;
}

function indexBySku<V extends { sku: string }, P extends { variants: V[] }>(products: readonly P[]): SkuIndex<V, P> {
  const first = new Map<string, Located<V, P>>();
  const repeated = new Map<string, Located<V, P>[]>();
  for (const product of products) {
    for (const variant of product.variants) {
      if (isBlankSku(variant.sku)) continue;
      const key = skuKey(variant.sku);
      const seen = first.get(key);
      if (!seen) first.set(key, { variant, product });
      else {
        const list = repeated.get(key);
        if (list) list.push({ variant, product });
        else repeated.set(key, [seen, { variant, product }]);
      }
    }
  }
  return { first, repeated };
}

const uniqueProducts = <P>(located: readonly Located<unknown, P>[]): P[] => [...new Set(located.map((l) => l.product))];
const allWith = <V, P>(index: SkuIndex<V, P>, key: string): Located<V, P>[] => {
  const list = index.repeated.get(key);
  if (list) return list;
  const one = index.first.get(key);
  return one ? [one] : [];
};

export function matchCatalogs(localProducts: readonly LocalProduct[], shopifyProducts: readonly ShopifyProduct[]): Matching {
  const issues: IssueDraft[] = [];
  const localSkus = indexBySku<LocalVariant, LocalProduct>(localProducts);
  const shopifySkus = indexBySku<ShopifyVariant, ShopifyProduct>(shopifyProducts);

  // Duplicates on either side: reported once per SKU, and kept out of matching.
  const duplicate = new Set<string>([...localSkus.repeated.keys(), ...shopifySkus.repeated.keys()]);
  for (const key of duplicate) {
    const l = allWith(localSkus, key);
    const s = allWith(shopifySkus, key);
    issues.push(duplicateSkuIssue(key, uniqueProducts(l), uniqueProducts(s), l.length, s.length));
  }
  for (const p of localProducts) {
    const blank = p.variants.filter((v) => isBlankSku(v.sku)).length;
    if (blank) issues.push(blankSkuIssue('stockpilot', p, blank, p.variants.length));
  }
  for (const p of shopifyProducts) {
    const blank = p.variants.filter((v) => isBlankSku(v.sku)).length;
    if (blank) issues.push(blankSkuIssue('shopify', p, blank, p.variants.length));
  }

  // 1. Linked by id.
  const shopifyById = new Map(shopifyProducts.map((p) => [p.id, p]));
  const partnerOfShopify = new Map<ShopifyProduct, LocalProduct>();
  const partnerOfLocal = new Map<LocalProduct, ShopifyProduct>();
  const matchedBy = new Map<LocalProduct, 'linked' | 'sku'>();
  const pair = (l: LocalProduct, s: ShopifyProduct, by: 'linked' | 'sku') => {
    partnerOfShopify.set(s, l);
    partnerOfLocal.set(l, s);
    matchedBy.set(l, by);
  };
  for (const l of localProducts) {
    if (l.shopifyProductId === null) continue;
    const s = shopifyById.get(l.shopifyProductId);
    if (s && !partnerOfShopify.has(s)) pair(l, s, 'linked');
    else if (!s) issues.push(linkMissingIssue(l));
  }

  // 2. By SKU, for the products not linked. A SKU pointing into a product already paired
  // with another one is a variant matched twice.
  const claims = new Map<ShopifyProduct, LocalProduct[]>();
  for (const l of localProducts) {
    if (partnerOfLocal.has(l)) continue; // a stale link may still match by SKU
    const candidates = new Map<ShopifyProduct, string[]>();
    for (const v of l.variants) {
      const key = skuKey(v.sku);
      if (isBlankSku(v.sku) || duplicate.has(key)) continue;
      const hit = shopifySkus.first.get(key);
      if (!hit) continue;
      const owner = partnerOfShopify.get(hit.product);
      if (owner) {
        issues.push(matchedTwiceIssue(key, owner, l, hit.product));
        continue;
      }
      const skus = candidates.get(hit.product);
      if (skus) skus.push(key);
      else candidates.set(hit.product, [key]);
    }
    if (candidates.size > 1) {
      issues.push(spreadOverProductsIssue('stockpilot', l, [...candidates.keys()], [...candidates.values()].flat()));
    } else {
      for (const s of candidates.keys()) claims.set(s, [...(claims.get(s) ?? []), l]);
    }
  }
  for (const [s, claimants] of claims) {
    const [only] = claimants;
    if (claimants.length === 1 && only) pair(only, s, 'sku');
    else issues.push(spreadOverProductsIssue('shopify', s, claimants, []));
  }
  // Shopify products left over whose SKUs sit in an already paired local product.
  for (const s of shopifyProducts) {
    if (partnerOfShopify.has(s)) continue;
    for (const v of s.variants) {
      const key = skuKey(v.sku);
      if (isBlankSku(v.sku) || duplicate.has(key)) continue;
      const hit = localSkus.first.get(key);
      const owner = hit ? partnerOfLocal.get(hit.product) : undefined;
      if (hit && owner && owner !== s) issues.push(matchedTwiceIssue(key, owner, s, hit.product));
    }
  }

  const pairs: ProductPair[] = [];
  for (const l of localProducts) {
    const s = partnerOfLocal.get(l);
    if (!s) continue;
    const matched = matchVariants(l, s, duplicate);
    pairs.push({ local: l, shopify: s, matchedBy: matchedBy.get(l) ?? 'sku', ...matched });
    if (matched.unmatchedLocal.length || matched.unmatchedShopify.length) {
      issues.push(variantMismatchIssue({ local: l, shopify: s, ...matched, lookAlikes: lookAlikes(matched.unmatchedLocal, matched.unmatchedShopify) }));
    }
  }
  const onlyLocal = localProducts.filter((l) => !partnerOfLocal.has(l));
  const onlyShopify = shopifyProducts.filter((s) => !partnerOfShopify.has(s));
  const suggestions = suggestCounterparts(onlyLocal, onlyShopify);
  for (const s of suggestions) issues.push(skuSuggestionIssue(s.local, s.shopify, s.skus));
  return { pairs, onlyLocal, onlyShopify, suggestions, issues };
}

/**
 * Within a product pair: the linked variant id first, then the SKU. Products have a handful
 * of variants, so a scan beats building maps (this runs once per product of the shop).
 */
function matchVariants(l: LocalProduct, s: ShopifyProduct, duplicate: ReadonlySet<string>) {
  const partner: (ShopifyVariant | undefined)[] = new Array<ShopifyVariant | undefined>(l.variants.length);
  const taken = new Set<ShopifyVariant>();
  l.variants.forEach((v, i) => {
    if (v.shopifyVariantId === null) return;
    const linked = s.variants.find((sv) => sv.id === v.shopifyVariantId);
    if (linked && !taken.has(linked)) {
      taken.add(linked);
      partner[i] = linked;
    }
  });
  l.variants.forEach((v, i) => {
    if (partner[i] || isBlankSku(v.sku)) return;
    const key = skuKey(v.sku);
    if (duplicate.has(key)) return;
    const hit = s.variants.find((sv) => !taken.has(sv) && skuKey(sv.sku) === key);
    if (hit) {
      taken.add(hit);
      partner[i] = hit;
    }
  });
  const variants: VariantPair[] = [];
  const unmatchedLocal: LocalVariant[] = [];
  l.variants.forEach((v, i) => {
    const shopify = partner[i];
    if (shopify) variants.push({ local: v, shopify });
    else unmatchedLocal.push(v);
  });
  const unmatchedShopify = taken.size === s.variants.length ? [] : s.variants.filter((v) => !taken.has(v));
  return { variants, unmatchedLocal, unmatchedShopify };
}

function lookAlikes(local: readonly LocalVariant[], shopify: readonly ShopifyVariant[]): VariantPair[] {
  const loose = new Map<string, ShopifyVariant>();
  for (const v of shopify) if (!isBlankSku(v.sku)) loose.set(looseSkuKey(v.sku), v);
  const found: VariantPair[] = [];
  for (const v of local) {
    const hit = isBlankSku(v.sku) ? undefined : loose.get(looseSkuKey(v.sku));
    if (hit) found.push({ local: v, shopify: hit });
  }
  return found;
}

/** Unmatched products whose SKUs would match if case and spacing were ignored. */
function suggestCounterparts(onlyLocal: readonly LocalProduct[], onlyShopify: readonly ShopifyProduct[]): (Suggestion & { skus: { local: string; shopify: string }[] })[] {
  const loose = new Map<string, { variant: ShopifyVariant; product: ShopifyProduct }>();
  for (const s of onlyShopify) for (const v of s.variants) if (!isBlankSku(v.sku)) loose.set(looseSkuKey(v.sku), { variant: v, product: s });
  const found: (Suggestion & { skus: { local: string; shopify: string }[] })[] = [];
  const suggested = new Set<ShopifyProduct>();
  for (const l of onlyLocal) {
    const skus: { local: string; shopify: string }[] = [];
    let counterpart: ShopifyProduct | undefined;
    for (const v of l.variants) {
      if (isBlankSku(v.sku)) continue;
      const hit = loose.get(looseSkuKey(v.sku));
      // An identical SKU that did not match is a duplicate (an issue already), not a look-alike.
      if (!hit || skuKey(hit.variant.sku) === skuKey(v.sku) || suggested.has(hit.product) || (counterpart && hit.product !== counterpart)) continue;
      counterpart = hit.product;
      skus.push({ local: v.sku, shopify: hit.variant.sku });
    }
    if (counterpart) {
      suggested.add(counterpart);
      found.push({ local: l, shopify: counterpart, skus });
    }
  }
  return found;
}

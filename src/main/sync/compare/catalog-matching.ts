/**
 * Pairs local products with Shopify's: by the linked Shopify product id first, then by SKU
 * (trimmed, exact). SKUs that are blank or used twice never match (they are issues), and
 * SKUs equal only once case and spacing are ignored are suggestions, never matches. Within a
 * pair, variants pair the same way; those left on one side are the compare's variant rows.
 */
import type { LocalProduct, LocalVariant, ShopifyProduct, ShopifyVariant } from '../catalog-read/catalog-snapshot';
import { isBlankSku, looseSkuKey, skuKey } from '../skus/sku-keys';
import {
  blankSkuIssue,
  duplicateSkuIssue,
  linkMissingIssue,
  matchedTwiceIssue,
  skuSuggestionIssue,
  spreadOverProductsIssue,
  variantLookAlikeIssue,
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

/** A variant's place as one number (product index × 4096 + variant index): no object per variant. */
const VARIANT_SLOTS = 4096;

/**
 * SKU → the first variant carrying it, and, for the few SKUs used more than once, every
 * one (blank SKUs left out). Places are plain numbers: a large shop has 100,000 variants,
 * and an object for each is most of what the compare would otherwise spend.
 */
class SkuIndex<V extends { sku: string }, P extends { variants: V[] }> {
  readonly first = new Map<string, number>();
  readonly repeated = new Map<string, number[]>();

  constructor(private readonly products: readonly P[]) {
    for (let p = 0; p < products.length; p++) {
      const variants = (products[p] as P).variants;
      for (let v = 0; v < variants.length; v++) {
        const sku = (variants[v] as V).sku;
        if (isBlankSku(sku)) continue;
        const key = skuKey(sku);
        const place = p * VARIANT_SLOTS + v;
        const seen = this.first.get(key);
        if (seen === undefined) this.first.set(key, place);
        else this.repeated.get(key)?.push(place) ?? this.repeated.set(key, [seen, place]);
      }
    }
  }

  at(place: number): Located<V, P> {
    const product = this.products[Math.floor(place / VARIANT_SLOTS)] as P;
    return { product, variant: product.variants[place % VARIANT_SLOTS] as V };
  }

  /** The first variant with this SKU. */
  find(key: string): Located<V, P> | undefined {
    const place = this.first.get(key);
    return place === undefined ? undefined : this.at(place);
  }

  all(key: string): Located<V, P>[] {
    const places = this.repeated.get(key) ?? (this.first.has(key) ? [this.first.get(key) as number] : []);
    return places.map((place) => this.at(place));
  }
}

const hasBlankSku = (variants: readonly { sku: string }[]) => variants.some((v) => isBlankSku(v.sku));

export function matchCatalogs(localProducts: readonly LocalProduct[], shopifyProducts: readonly ShopifyProduct[]): Matching {
  const issues: IssueDraft[] = [];
  const localSkus = new SkuIndex<LocalVariant, LocalProduct>(localProducts);
  const shopifySkus = new SkuIndex<ShopifyVariant, ShopifyProduct>(shopifyProducts);

  // Duplicates on either side: reported once per SKU, and kept out of matching.
  const duplicate = new Set<string>([...localSkus.repeated.keys(), ...shopifySkus.repeated.keys()]);
  for (const key of duplicate) {
    issues.push(duplicateSkuIssue(key, localSkus.all(key), shopifySkus.all(key)));
  }
  for (const p of localProducts) if (hasBlankSku(p.variants)) issues.push(blankSkuIssue('stockpilot', p));
  for (const p of shopifyProducts) if (hasBlankSku(p.variants)) issues.push(blankSkuIssue('shopify', p));

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
  const staleLinks: LocalProduct[] = [];
  for (const l of localProducts) {
    if (l.shopifyProductId === null) continue;
    const s = shopifyById.get(l.shopifyProductId);
    if (s && !partnerOfShopify.has(s)) pair(l, s, 'linked');
    else if (!s) staleLinks.push(l);
  }

  // 2. By SKU, for the products not linked. A SKU pointing into a product already paired
  // with another one is a variant matched twice.
  const claims = new Map<ShopifyProduct, LocalProduct[]>();
  for (const l of localProducts) {
    if (partnerOfLocal.has(l)) continue; // a stale link may still match by SKU
    let candidate: ShopifyProduct | undefined;
    let spread: Map<ShopifyProduct, string[]> | undefined; // only when SKUs point to several products
    for (const v of l.variants) {
      if (isBlankSku(v.sku)) continue;
      const key = skuKey(v.sku);
      if (duplicate.has(key)) continue;
      const hit = shopifySkus.find(key);
      if (!hit) continue;
      const owner = partnerOfShopify.get(hit.product);
      if (owner) {
        issues.push(matchedTwiceIssue(hit.variant, owner, l, hit.product));
        continue;
      }
      if (candidate === undefined) candidate = hit.product;
      if (hit.product !== candidate || spread) {
        spread ??= new Map([[candidate, skusOf(l, candidate)]]);
        spread.set(hit.product, [...(spread.get(hit.product) ?? []), key]);
      }
    }
    if (spread) issues.push(spreadOverProductsIssue('stockpilot', l, [...spread.keys()], [...new Set([...spread.values()].flat())]));
    else if (candidate) claims.set(candidate, [...(claims.get(candidate) ?? []), l]);
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
      const hit = localSkus.find(key);
      const owner = hit ? partnerOfLocal.get(hit.product) : undefined;
      if (hit && owner && owner !== s) issues.push(matchedTwiceIssue(hit.variant, owner, s, hit.product));
    }
  }

  const pairs: ProductPair[] = [];
  for (const l of localProducts) {
    const s = partnerOfLocal.get(l);
    if (!s) continue;
    const matched = matchVariants(l, s, duplicate);
    pairs.push({ local: l, shopify: s, matchedBy: matchedBy.get(l) ?? 'sku', ...matched });
    // Variants left on one side are rows of their own (create, import, delete or leave), never a hold on the product.
    if (matched.unmatchedLocal.length && matched.unmatchedShopify.length) {
      const alike = lookAlikes(matched.unmatchedLocal, matched.unmatchedShopify);
      if (alike.length) issues.push(variantLookAlikeIssue(l, s, alike));
    }
  }
  for (const l of staleLinks) if (!partnerOfLocal.has(l)) issues.push(linkMissingIssue(l));
  const onlyLocal = localProducts.filter((l) => !partnerOfLocal.has(l));
  const onlyShopify = shopifyProducts.filter((s) => !partnerOfShopify.has(s));
  const suggestions = suggestCounterparts(onlyLocal, onlyShopify);
  for (const s of suggestions) issues.push(skuSuggestionIssue(s.local, s.shopify, s.skus));
  return { pairs, onlyLocal, onlyShopify, suggestions, issues };
}

/** The SKUs a local product shares with a Shopify product. */
function skusOf(l: LocalProduct, s: ShopifyProduct): string[] {
  const theirs = new Set(s.variants.map((v) => skuKey(v.sku)));
  return l.variants.map((v) => skuKey(v.sku)).filter((k) => k !== '' && theirs.has(k));
}

/**
 * Within a product pair: the linked variant id first, then the SKU. Products have a handful
 * of variants, so a scan beats building maps (this runs once per product of the shop).
 */
function matchVariants(l: LocalProduct, s: ShopifyProduct, duplicate: ReadonlySet<string>) {
  const partner: (number | undefined)[] = new Array<number | undefined>(l.variants.length);
  const taken: boolean[] = new Array<boolean>(s.variants.length).fill(false);
  const claim = (i: number, j: number) => {
    partner[i] = j;
    taken[j] = true;
  };
  for (let i = 0; i < l.variants.length; i++) {
    const linkedId = (l.variants[i] as LocalVariant).shopifyVariantId;
    if (linkedId === null) continue;
    for (let j = 0; j < s.variants.length; j++) {
      if (!taken[j] && (s.variants[j] as ShopifyVariant).id === linkedId) {
        claim(i, j);
        break;
      }
    }
  }
  for (let i = 0; i < l.variants.length; i++) {
    const sku = (l.variants[i] as LocalVariant).sku;
    if (partner[i] !== undefined || isBlankSku(sku)) continue;
    const key = skuKey(sku);
    if (duplicate.has(key)) continue;
    for (let j = 0; j < s.variants.length; j++) {
      if (!taken[j] && skuKey((s.variants[j] as ShopifyVariant).sku) === key) {
        claim(i, j);
        break;
      }
    }
  }
  const variants: VariantPair[] = [];
  const unmatchedLocal: LocalVariant[] = [];
  for (let i = 0; i < l.variants.length; i++) {
    const local = l.variants[i] as LocalVariant;
    const j = partner[i];
    if (j === undefined) unmatchedLocal.push(local);
    else variants.push({ local, shopify: s.variants[j] as ShopifyVariant });
  }
  const unmatchedShopify = s.variants.filter((_, j) => !taken[j]);
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

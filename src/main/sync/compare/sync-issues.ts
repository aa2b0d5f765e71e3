/**
 * The issues that block a healthy sync, each explained in a person's words with the way to
 * fix it. Built during matching against products; the review turns products into row keys.
 */
import type { SyncIssueKind } from '../../../shared/product-sync';
import type { LocalProduct, LocalVariant, ShopifyProduct, ShopifyVariant } from '../catalog-read/catalog-snapshot';

export interface IssueDraft {
  kind: SyncIssueKind;
  blocking: boolean;
  side: 'stockpilot' | 'shopify' | 'both';
  message: string;
  fix: string;
  skus: string[];
  local: LocalProduct[];
  shopify: ShopifyProduct[];
}

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const sideName = (side: 'stockpilot' | 'shopify') => (side === 'stockpilot' ? 'Stockpilot' : 'Shopify');

export function duplicateSkuIssue(sku: string, local: LocalProduct[], shopify: ShopifyProduct[], localCount: number, shopifyCount: number): IssueDraft {
  const side = localCount > 1 && shopifyCount > 1 ? 'both' : localCount > 1 ? 'stockpilot' : 'shopify';
  const where = [localCount > 1 ? `${plural(localCount, 'variant')} in Stockpilot (${quoted(local.map((p) => p.name))})` : null, shopifyCount > 1 ? `${plural(shopifyCount, 'variant')} on Shopify (${quoted(shopify.map((p) => p.title))})` : null]
    .filter(Boolean)
    .join(' and ');
  return {
    kind: 'duplicate_sku',
    blocking: true,
    side,
    message: `The SKU ${sku} is used by ${where}, so Stockpilot cannot tell which is which.`,
    fix: 'Give each variant its own SKU (edit the SKU, or use Regenerate SKUs), then compare again.',
    skus: [sku],
    local,
    shopify,
  };
}

export function blankSkuIssue(side: 'stockpilot' | 'shopify', product: LocalProduct | ShopifyProduct, blank: number, of: number): IssueDraft {
  const name = 'name' in product ? product.name : product.title;
  return {
    kind: 'blank_sku',
    blocking: true,
    side,
    message: `${blank === of && of === 1 ? 'The variant' : `${blank} of ${of} variants`} of "${name}" in ${sideName(side)} ${blank === 1 ? 'has' : 'have'} no SKU, so ${blank === 1 ? 'it' : 'they'} cannot be matched or kept in stock by SKU.`,
    fix: `Give ${blank === 1 ? 'it a SKU' : 'each one a SKU'} in ${sideName(side)} (or use Regenerate SKUs), then compare again.`,
    skus: [],
    local: 'name' in product ? [product] : [],
    shopify: 'name' in product ? [] : [product],
  };
}

export interface VariantLeftovers {
  local: LocalProduct;
  shopify: ShopifyProduct;
  unmatchedLocal: LocalVariant[];
  unmatchedShopify: ShopifyVariant[];
  /** Unmatched pairs whose SKUs differ only in case or spacing. */
  lookAlikes: { local: LocalVariant; shopify: ShopifyVariant }[];
}

export function variantMismatchIssue(left: VariantLeftovers): IssueDraft {
  const { local, shopify, unmatchedLocal, unmatchedShopify, lookAlikes } = left;
  const counts = local.variants.length !== shopify.variants.length;
  const listed = (vs: readonly { sku: string }[]) => vs.map((v) => v.sku.trim() || '(no SKU)').join(', ');
  const parts = [
    unmatchedLocal.length ? `only in Stockpilot: ${listed(unmatchedLocal)}` : null,
    unmatchedShopify.length ? `only on Shopify: ${listed(unmatchedShopify)}` : null,
  ].filter(Boolean);
  const hint = lookAlikes.length ? ` The SKUs ${lookAlikes.map((p) => `${p.local.sku} / ${p.shopify.sku}`).join(', ')} differ only in case or spacing: make them the same.` : '';
  return {
    kind: counts ? 'variant_count_differs' : 'partial_variant_match',
    blocking: true,
    side: 'both',
    message: counts
      ? `"${local.name}" has ${plural(local.variants.length, 'variant')} in Stockpilot and ${shopify.variants.length} on Shopify (${parts.join('; ')}).`
      : `Only some variants of "${local.name}" match Shopify's (${parts.join('; ')}).`,
    fix: `Make the variants the same on both sides: add or remove the missing ones, or correct their SKUs so each variant has the same SKU in Stockpilot and on Shopify.${hint}`,
    skus: [...unmatchedLocal, ...unmatchedShopify].map((v) => v.sku.trim()).filter(Boolean),
    local: [local],
    shopify: [shopify],
  };
}

export function spreadOverProductsIssue(side: 'stockpilot' | 'shopify', product: LocalProduct | ShopifyProduct, others: readonly (LocalProduct | ShopifyProduct)[], skus: string[]): IssueDraft {
  const name = (p: LocalProduct | ShopifyProduct) => ('name' in p ? p.name : p.title);
  const other = side === 'stockpilot' ? 'Shopify' : 'Stockpilot';
  return {
    kind: 'partial_variant_match',
    blocking: true,
    side: 'both',
    message: `The variants of "${name(product)}" (${sideName(side)}) match variants of ${others.length} different products in ${other}: ${quoted(others.map(name))}.`,
    fix: `One product should match one product. Move the variants so the products line up, or correct the SKUs that point to the wrong product.`,
    skus,
    local: [product, ...others].filter((p): p is LocalProduct => 'name' in p),
    shopify: [product, ...others].filter((p): p is ShopifyProduct => !('name' in p)),
  };
}

export function matchedTwiceIssue(sku: string, claimedBy: LocalProduct | ShopifyProduct, alsoIn: LocalProduct | ShopifyProduct, partner: LocalProduct | ShopifyProduct): IssueDraft {
  const name = (p: LocalProduct | ShopifyProduct) => ('name' in p ? `"${p.name}" in Stockpilot` : `"${p.title}" on Shopify`);
  const all = [claimedBy, alsoIn, partner];
  return {
    kind: 'variant_matched_twice',
    blocking: true,
    side: 'both',
    message: `The variant with SKU ${sku} of ${name(partner)} matches both ${name(claimedBy)} (linked) and ${name(alsoIn)}.`,
    fix: `A variant belongs to one product: change the SKU of the variant in ${name(alsoIn)}, or delete the product that is left over, then compare again.`,
    skus: [sku],
    local: all.filter((p): p is LocalProduct => 'name' in p),
    shopify: all.filter((p): p is ShopifyProduct => !('name' in p)),
  };
}

export function linkMissingIssue(product: LocalProduct): IssueDraft {
  return {
    kind: 'linked_product_missing',
    blocking: false,
    side: 'stockpilot',
    message: `"${product.name}" was linked to a Shopify product that no longer exists (deleted on Shopify?).`,
    fix: 'Create it on Shopify again, or leave it: it is listed with the products only in Stockpilot.',
    skus: [],
    local: [product],
    shopify: [],
  };
}

export function skuSuggestionIssue(local: LocalProduct, shopify: ShopifyProduct, pairs: { local: string; shopify: string }[]): IssueDraft {
  return {
    kind: 'sku_suggestion',
    blocking: false,
    side: 'both',
    message: `"${local.name}" in Stockpilot and "${shopify.title}" on Shopify may be the same product: their SKUs differ only in case or spacing (${pairs.map((p) => `${p.local} / ${p.shopify}`).join(', ')}).`,
    fix: 'If they are the same, make the SKUs identical (or link them with the mapper); Stockpilot never matches them on its own.',
    skus: pairs.flatMap((p) => [p.local, p.shopify]),
    local: [local],
    shopify: [shopify],
  };
}

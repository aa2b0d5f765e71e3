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

/** A variant as the owner finds it: "TEE-M (M / Black)" of "Moth tee". */
export const variantLabel = (v: { sku: string; optionValues: readonly string[] }) => {
  const options = v.optionValues.length ? v.optionValues.join(' / ') : '';
  const sku = v.sku.trim();
  return sku ? (options ? `${sku} (${options})` : sku) : options ? `no SKU (${options})` : 'no SKU';
};
const productName = (p: LocalProduct | ShopifyProduct) => ('name' in p ? p.name : p.title);

/** A variant and the product holding it. */
export interface PlacedVariant<V, P> {
  variant: V;
  product: P;
}

const placed = (list: readonly PlacedVariant<{ sku: string; optionValues: string[] }, LocalProduct | ShopifyProduct>[]) =>
  list.map((l) => `${variantLabel(l.variant)} of "${productName(l.product)}"`).join(', ');
const uniqueProducts = <P>(list: readonly PlacedVariant<unknown, P>[]): P[] => [...new Set(list.map((l) => l.product))];

export function duplicateSkuIssue(sku: string, local: PlacedVariant<LocalVariant, LocalProduct>[], shopify: PlacedVariant<ShopifyVariant, ShopifyProduct>[]): IssueDraft {
  const localCount = local.length;
  const shopifyCount = shopify.length;
  const side = localCount > 1 && shopifyCount > 1 ? 'both' : localCount > 1 ? 'stockpilot' : 'shopify';
  const where = [localCount > 1 ? `${plural(localCount, 'variant')} in Stockpilot (${placed(local)})` : null, shopifyCount > 1 ? `${plural(shopifyCount, 'variant')} on Shopify (${placed(shopify)})` : null]
    .filter(Boolean)
    .join(' and ');
  return {
    kind: 'duplicate_sku',
    blocking: true,
    side,
    message: `The SKU ${sku} is used by ${where}, so Stockpilot cannot tell which is which.`,
    fix: 'Give each variant its own SKU (edit the SKU, or use Regenerate SKUs), then compare again.',
    skus: [sku],
    local: uniqueProducts(local),
    shopify: uniqueProducts(shopify),
  };
}

export function blankSkuIssue(side: 'stockpilot' | 'shopify', product: LocalProduct | ShopifyProduct): IssueDraft {
  const name = productName(product);
  const of = product.variants.length;
  const blanks: { sku: string; optionValues: string[] }[] = product.variants.filter((v) => v.sku.trim() === '');
  const blank = blanks.length;
  const which = of > 1 && blanks.some((v) => v.optionValues.length) ? ` (${blanks.map((v) => v.optionValues.join(' / ') || 'no options').join(', ')})` : '';
  return {
    kind: 'blank_sku',
    blocking: true,
    side,
    message: `${blank === of && of === 1 ? 'The variant' : `${blank} of ${of} variants`}${which} of "${name}" in ${sideName(side)} ${blank === 1 ? 'has' : 'have'} no SKU, so ${blank === 1 ? 'it' : 'they'} cannot be matched or kept in stock by SKU.`,
    fix: `Give ${blank === 1 ? 'it a SKU' : 'each one a SKU'} in ${sideName(side)} (or use Regenerate SKUs), then compare again.`,
    skus: [],
    local: 'name' in product ? [product] : [],
    shopify: 'name' in product ? [] : [product],
  };
}

/**
 * Variants of a matched pair left on one side whose SKUs differ only in case or spacing: they
 * are rows of their own (create, import…), and this says they may be one variant.
 */
export function variantLookAlikeIssue(local: LocalProduct, shopify: ShopifyProduct, lookAlikes: readonly { local: LocalVariant; shopify: ShopifyVariant }[]): IssueDraft {
  const pairs = lookAlikes.map((p) => `${variantLabel(p.local)} / ${variantLabel(p.shopify)}`).join(', ');
  return {
    kind: 'sku_suggestion',
    blocking: false,
    side: 'both',
    message: `Variants of "${local.name}" in Stockpilot and on Shopify may be the same variant: their SKUs differ only in case or spacing (${pairs}).`,
    fix: 'If they are the same, make the SKUs identical and compare again; otherwise choose what to do with each one.',
    skus: lookAlikes.flatMap((p) => [p.local.sku, p.shopify.sku]),
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

export function matchedTwiceIssue(variant: { sku: string; optionValues: string[] }, claimedBy: LocalProduct | ShopifyProduct, alsoIn: LocalProduct | ShopifyProduct, partner: LocalProduct | ShopifyProduct): IssueDraft {
  const name = (p: LocalProduct | ShopifyProduct) => ('name' in p ? `"${p.name}" in Stockpilot` : `"${p.title}" on Shopify`);
  const all = [claimedBy, alsoIn, partner];
  const sku = variant.sku.trim();
  return {
    kind: 'variant_matched_twice',
    blocking: true,
    side: 'both',
    message: `The variant ${variantLabel(variant)} of ${name(partner)} matches both ${name(claimedBy)} (linked) and ${name(alsoIn)}.`,
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

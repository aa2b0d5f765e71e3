/**
 * Check SKUs, before any matching: duplicates, blanks, and near-duplicates (equal once case
 * and spacing are ignored) across both catalogs. Pure.
 */
import type { SkuCheck, SkuFinding } from '../../../shared/product-sync';
import type { LocalProduct, ShopifyProduct } from '../catalog-read/catalog-snapshot';
import { isBlankSku, looseSkuKey, skuKey } from './sku-keys';

type Place = SkuFinding['places'][number];

function placesOf(local: readonly LocalProduct[], shopify: readonly ShopifyProduct[] | null): Place[] {
  const places: Place[] = [];
  for (const p of local) for (const v of p.variants) places.push({ side: 'stockpilot', sku: v.sku, productName: p.name, optionValues: v.optionValues, stockpilotProductId: p.id, shopifyProductId: null });
  for (const p of shopify ?? []) for (const v of p.variants) places.push({ side: 'shopify', sku: v.sku, productName: p.title, optionValues: v.optionValues, stockpilotProductId: null, shopifyProductId: p.id });
  return places;
}

const sideName = (side: Place['side']) => (side === 'stockpilot' ? 'Stockpilot' : 'Shopify');
const sidesOf = (places: readonly Place[]): SkuFinding['side'] => {
  const sides = new Set(places.map((p) => p.side));
  return sides.size > 1 ? 'both' : (places[0]?.side ?? 'stockpilot');
};
const productList = (places: readonly Place[]) => [...new Set(places.map((p) => `"${p.productName}" (${sideName(p.side)})`))].join(', ');

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** `shopify` null: no shop connected, only the local catalog is checked. */
export function checkSkus(local: readonly LocalProduct[], shopify: readonly ShopifyProduct[] | null): SkuCheck {
  const places = placesOf(local, shopify);
  const findings: SkuFinding[] = [];

  for (const side of ['stockpilot', 'shopify'] as const) {
    const blank = places.filter((p) => p.side === side && isBlankSku(p.sku));
    if (blank.length) {
      findings.push({
        kind: 'blank',
        side,
        sku: '',
        message: `${blank.length} variant${blank.length === 1 ? '' : 's'} in ${sideName(side)} ${blank.length === 1 ? 'has' : 'have'} no SKU: ${productList(blank)}. Give each one a SKU (or use Regenerate SKUs).`,
        places: blank,
      });
    }
  }

  const named = places.filter((p) => !isBlankSku(p.sku));
  for (const [sku, same] of group(named, (p) => `${p.side}\u0000${skuKey(p.sku)}`)) {
    if (same.length < 2) continue;
    const side = same[0]?.side ?? 'stockpilot';
    findings.push({
      kind: 'duplicate',
      side,
      sku: sku.slice(sku.indexOf('\u0000') + 1),
      message: `The SKU ${skuKey(same[0]?.sku ?? '')} is used by ${same.length} variants in ${sideName(side)}: ${productList(same)}. Give each variant its own SKU.`,
      places: same,
    });
  }

  for (const [, alike] of group(named, (p) => looseSkuKey(p.sku))) {
    const spellings = [...new Set(alike.map((p) => skuKey(p.sku)))];
    if (spellings.length < 2) continue;
    findings.push({
      kind: 'near_duplicate',
      side: sidesOf(alike),
      sku: spellings.join(' / '),
      message: `The SKUs ${spellings.join(', ')} differ only in case or spacing (${productList(alike)}). If they are the same item, write them the same way; if not, make them clearly different.`,
      places: alike,
    });
  }

  const count = (kind: SkuFinding['kind']) => findings.filter((f) => f.kind === kind).length;
  return {
    shopifyChecked: shopify !== null,
    stockpilotVariants: places.filter((p) => p.side === 'stockpilot').length,
    shopifyVariants: places.filter((p) => p.side === 'shopify').length,
    counts: { duplicate: count('duplicate'), blank: count('blank'), near_duplicate: count('near_duplicate') },
    findings,
  };
}

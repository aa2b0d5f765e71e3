/**
 * What linking reads live from Shopify: one product with its variants (to pair and link it),
 * and a search by title or SKU (for the mapper).
 */
import { ContractError } from '../../../shared/errors';
import type { ShopifyProductCandidate } from '../../../shared/sync-links';
import type { ShopifyClient } from '../../shopify/client';
import { catalogProductFields, catalogVariantFields } from '../../shopify/catalog-fragments';
import { defineOperation } from '../../shopify/shopify-operation';
import productReadDocument from '../../shopify/operations/link-product-read.graphql?raw';
import searchDocument from '../../shopify/operations/link-product-search.graphql?raw';
import searchVariantsDocument from '../../shopify/operations/link-product-search-variants.graphql?raw';
import type { ShopifyProduct } from '../catalog-read/catalog-snapshot';
import { gidNumber } from '../catalog-read/catalog-snapshot';
import { priceToCents, toShopifyProduct, type ProductNode, type VariantNode } from '../catalog-read/shopify-catalog-records';

const productRead = defineOperation(productReadDocument, catalogProductFields, catalogVariantFields);
const productSearch = defineOperation(searchDocument);
const productSearchVariants = defineOperation(searchVariantsDocument);

/** Shopify's largest page (a page of variants costs about 110 points). */
const PAGE_SIZE = 250;

interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** "123" or "gid://shopify/Product/123" → the GID; anything else is refused with a reason. */
export function shopifyGid(type: 'Product' | 'ProductVariant', id: string): string {
  const trimmed = id.trim();
  if (/^\d+$/.test(trimmed)) return `gid://shopify/${type}/${trimmed}`;
  if (new RegExp(`^gid://shopify/${type}/\\d+$`).test(trimmed)) return trimmed;
  const what = type === 'Product' ? 'product' : 'variant';
  throw new ContractError('rejected', `"${id}" is not a Shopify ${what} id (they look like gid://shopify/${type}/123, or just 123).`);
}

type ProductReadData = { product: (ProductNode & { variants: Page<VariantNode> }) | null };

/** The product as Shopify has it now; null when Shopify has no such product. */
export async function readProductForLink(client: ShopifyClient, shopifyProductId: string, locationId: string): Promise<ShopifyProduct | null> {
  let node: ProductReadData['product'] = null;
  const variants: VariantNode[] = [];
  let after: string | null = null;
  do {
    const { data }: { data: ProductReadData } = await client.request<ProductReadData>(productRead, { id: shopifyProductId, locationId, first: PAGE_SIZE, after });
    if (!data.product) return null;
    node = data.product;
    variants.push(...data.product.variants.nodes);
    after = data.product.variants.pageInfo.hasNextPage ? data.product.variants.pageInfo.endCursor : null;
  } while (after);
  return toShopifyProduct(node, [], variants);
}

type SearchNode = { id: string; title: string; vendor: string | null; status: string; media: { nodes: { image?: { url: string } | null }[] } };
type SearchVariantNode = { id: string; sku: string | null; price: string; position: number; selectedOptions: { name: string; value: string }[]; product: { id: string } };

/** Shopify's search syntax from the owner's words: the title contains them, or a SKU is them. */
export function searchQueryOf(words: string): string {
  const clean = words.replace(/["'\\]/g, ' ').trim();
  return clean === '' ? '' : `"${clean}" OR sku:"${clean}"`;
}

/** Shopify's products for the owner's words (all, by title, when none), with their variants. */
export async function searchShopifyProducts(client: ShopifyClient, words: string, limit: number): Promise<Omit<ShopifyProductCandidate, 'linkedProductId'>[]> {
  const query = searchQueryOf(words);
  const { data } = await client.request<{ products: { nodes: SearchNode[] } }>(productSearch, { first: limit, query: query || null });
  const products = data.products.nodes;
  if (products.length === 0) return [];
  const variantsOf = new Map<string, SearchVariantNode[]>(products.map((p) => [p.id, []]));
  const variantQuery = products.map((p) => `product_id:${gidNumber(p.id)}`).join(' OR ');
  let after: string | null = null;
  do {
    const { data: page }: { data: { productVariants: Page<SearchVariantNode> } } = await client.request<{ productVariants: Page<SearchVariantNode> }>(productSearchVariants, {
      first: PAGE_SIZE,
      after,
      query: variantQuery,
    });
    for (const v of page.productVariants.nodes) variantsOf.get(v.product.id)?.push(v);
    after = page.productVariants.pageInfo.hasNextPage ? page.productVariants.pageInfo.endCursor : null;
  } while (after);
  return products.map((p) => ({
    shopifyProductId: p.id,
    title: p.title,
    vendor: p.vendor ?? '',
    status: p.status,
    imageUrl: p.media.nodes.find((m) => m.image?.url)?.image?.url ?? null,
    variants: (variantsOf.get(p.id) ?? [])
      .sort((a, b) => a.position - b.position)
      .map((v) => ({
        shopifyVariantId: v.id,
        sku: v.sku ?? '',
        optionValues: v.selectedOptions.filter((o) => !(o.name === 'Title' && o.value === 'Default Title')).map((o) => o.value),
        priceCents: priceToCents(v.price),
      })),
  }));
}

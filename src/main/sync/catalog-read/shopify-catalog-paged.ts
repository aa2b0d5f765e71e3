/**
 * Reading a small shop's catalog page by page: products (250 a page), then every variant
 * of the shop (250 a page, each naming its product), joined here. Cheaper than one product
 * query with nested variants, whose cost grows with the product count times the variant count.
 */
import type { ShopifyClient } from '../../shopify/client';
import type { ShopifyProduct } from './catalog-snapshot';
import { PAGE_SIZE, productsPageQuery, variantsPageQuery } from './catalog-operations';
import { RepeatedValues } from './repeated-values';
import { toShopifyProduct, type MediaNode, type ProductNode, type VariantNode } from './shopify-catalog-records';
import type { CatalogReadOptions } from './shopify-catalog-read';

interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

type ProductsPage = { products: Page<ProductNode & { media: { nodes: MediaNode[] } }> };
type VariantsPage = { productVariants: Page<VariantNode & { product: { id: string } }> };

export async function readCatalogPaged(client: ShopifyClient, options: CatalogReadOptions): Promise<ShopifyProduct[]> {
  const { signal, onProgress } = options;
  const products: ProductsPage['products']['nodes'] = [];
  let after: string | null = null;
  do {
    signal.throwIfAborted();
    const { data }: { data: ProductsPage } = await client.request<ProductsPage>(productsPageQuery, { first: PAGE_SIZE, after });
    products.push(...data.products.nodes);
    after = data.products.pageInfo.hasNextPage ? data.products.pageInfo.endCursor : null;
    onProgress(products.length, `Read ${products.length} products from Shopify`);
  } while (after);

  const variantsOf = new Map<string, VariantNode[]>(products.map((p) => [p.id, []]));
  let variantCount = 0;
  after = null;
  do {
    signal.throwIfAborted();
    const { data }: { data: VariantsPage } = await client.request<VariantsPage>(variantsPageQuery, { first: PAGE_SIZE, after, locationId: options.locationId });
    for (const v of data.productVariants.nodes) variantsOf.get(v.product.id)?.push(v);
    variantCount += data.productVariants.nodes.length;
    after = data.productVariants.pageInfo.hasNextPage ? data.productVariants.pageInfo.endCursor : null;
    onProgress(products.length, `Read ${products.length} products and ${variantCount} variants from Shopify`);
  } while (after);
  signal.throwIfAborted();
  const shared = new RepeatedValues();
  return products.map((p) => toShopifyProduct(p, p.media.nodes, variantsOf.get(p.id) ?? [], shared));
}

/**
 * A product (or variant) create whose answer was lost (the connection dropped, Shopify gave no answer or a
 * 5xx after the request left): Shopify may have made the product all the same, and productSet
 * takes no idempotency key. Before sending again, Stockpilot looks for it by SKU: the product
 * was only in Stockpilot at the compare, so a Shopify product with exactly its SKUs now is the
 * one that was sent.
 */
import type { ShopifyClient } from '../../shopify/client';
import { defineOperation } from '../../shopify/shopify-operation';
import findDocument from '../operations/sync-created-product-find.graphql?raw';
import findVariantsDocument from '../operations/sync-created-variants-find.graphql?raw';
import type { CreatedVariant } from './apply-shopify-writes';

const findQuery = defineOperation(findDocument);
const findVariantsQuery = defineOperation(findVariantsDocument);

interface FindAnswer {
  productVariants: { nodes: { product: { id: string; variants: { nodes: { id: string; sku: string | null; inventoryItem: { id: string } | null }[] } } }[] };
}

/** Shopify's search syntax: a value in double quotes, its own quotes and backslashes escaped. */
const quoted = (value: string) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/** The product made from these SKUs (variants in the order given), or null when Shopify has none. */
export async function findCreatedProduct(client: ShopifyClient, skus: readonly string[]): Promise<{ productId: string; variants: CreatedVariant[] } | null> {
  const probe = skus.find((s) => s.trim() !== '');
  if (probe === undefined) return null;
  const { data } = await client.request<FindAnswer>(findQuery, { query: `sku:${quoted(probe)}` });
  const product = data.productVariants.nodes[0]?.product;
  if (!product) return null;
  const bySku = new Map(product.variants.nodes.map((v) => [v.sku ?? '', v]));
  if (bySku.size !== skus.length || skus.some((s) => !bySku.has(s))) return null;
  return { productId: product.id, variants: skus.map((s) => ({ id: bySku.get(s)?.id ?? '', inventoryItemId: bySku.get(s)?.inventoryItem?.id ?? null })) };
}

interface FindVariantsAnswer {
  productVariants: { nodes: { id: string; sku: string | null; inventoryItem: { id: string } | null; product: { id: string } }[] };
}

/**
 * The variants with these SKUs on this Shopify product (in the order given), or null unless
 * every one is there: Shopify creates a product's new variants together or not at all.
 */
export async function findCreatedVariants(client: ShopifyClient, shopifyProductId: string, skus: readonly string[]): Promise<CreatedVariant[] | null> {
  if (skus.length === 0 || skus.some((s) => s.trim() === '')) return null;
  const { data } = await client.request<FindVariantsAnswer>(findVariantsQuery, { query: skus.map((s) => `sku:${quoted(s)}`).join(' OR ') });
  const onProduct = data.productVariants.nodes.filter((v) => v.product.id === shopifyProductId);
  const found = skus.map((s) => onProduct.find((v) => v.sku === s));
  if (found.some((v) => v === undefined)) return null;
  return found.map((v) => ({ id: v?.id ?? '', inventoryItemId: v?.inventoryItem?.id ?? null }));
}

/** Variants whose product name or SKU contains the words typed: the choices for mapping an order line. */
import { api } from '../api';

export interface VariantChoice {
  variantId: number;
  productName: string;
  sku: string;
  options: string;
  onHand: number;
}

/** Products searched, then each one's variants: a handful of products is enough to pick from. */
const PRODUCTS = 8;

export async function searchVariants(words: string): Promise<VariantChoice[]> {
  const page = await api.listProducts({ search: words.trim(), limit: PRODUCTS });
  const products = await Promise.all(page.rows.map((row) => api.getProduct({ id: row.id })));
  return products.flatMap((p) =>
    p.variants.map((v) => ({ variantId: v.id, productName: p.name, sku: v.sku, options: v.optionValues.join(' / '), onHand: v.onHand })),
  );
}

/**
 * The catalog sorted for paging, rebuilt only when the store has changed since the last
 * read (most reads follow reads, so a sort is paid once per write burst, not per page).
 */
import type { ShopStore } from '../store/shop-store';
import type { OrderRecord, ProductRecord, VariantRecord } from '../store/records';
import type { Sorted, SortValue } from './connection';

type Keyer<T> = (item: T) => [SortValue, number];

const productKeys: Record<string, Keyer<ProductRecord>> = {
  ID: (p) => [0, p.id],
  TITLE: (p) => [p.title.toLowerCase(), p.id],
  UPDATED_AT: (p) => [p.updatedMs, p.id],
  CREATED_AT: (p) => [p.createdAt, p.id],
  VENDOR: (p) => [p.vendor.toLowerCase(), p.id],
  PRODUCT_TYPE: (p) => [p.productType.toLowerCase(), p.id],
};

const variantKeys: Record<string, Keyer<VariantRecord>> = {
  ID: (v) => [0, v.id],
  SKU: (v) => [v.sku ?? '', v.id],
  TITLE: (v) => [v.product.title.toLowerCase(), v.id],
  FULL_TITLE: (v) => [v.product.title.toLowerCase(), v.id],
};

const orderKeys: Record<string, Keyer<OrderRecord>> = {
  ID: (o) => [0, o.id],
  CREATED_AT: (o) => [o.createdAt, o.id],
  PROCESSED_AT: (o) => [o.processedAt, o.id],
  UPDATED_AT: (o) => [o.updatedAt, o.id],
  ORDER_NUMBER: (o) => [0, o.id],
};

export class SortedViews {
  private version = -1;
  private cache = new Map<string, Sorted<unknown>>();

  constructor(private readonly store: ShopStore) {}

  products(sortKey: string, only?: ProductRecord[]): Sorted<ProductRecord> {
    return this.view('p', sortKey, productKeys, only ?? (() => [...this.store.products.values()]));
  }

  variants(sortKey: string, only?: VariantRecord[]): Sorted<VariantRecord> {
    return this.view('v', sortKey, variantKeys, only ?? (() => [...this.store.variants.values()]));
  }

  orders(sortKey: string): Sorted<OrderRecord> {
    return this.view('o', sortKey, orderKeys, () => [...this.store.orders.values()]);
  }

  private view<T>(kind: string, sortKey: string, keys: Record<string, Keyer<T>>, items: T[] | (() => T[])): Sorted<T> {
    const key = keys[sortKey] ?? (keys.ID as Keyer<T>);
    const sortIt = (list: T[]): Sorted<T> => {
      const keyed = list.map((item) => ({ item, k: key(item) }));
      keyed.sort((a, b) => (a.k[0] < b.k[0] ? -1 : a.k[0] > b.k[0] ? 1 : a.k[1] - b.k[1]));
      return { items: keyed.map((x) => x.item), key };
    };
    if (Array.isArray(items)) return sortIt(items); // a filtered subset: small, not cached
    if (this.version !== this.store.version) {
      this.cache.clear();
      this.version = this.store.version;
    }
    const cacheKey = `${kind}:${sortKey}`;
    let view = this.cache.get(cacheKey) as Sorted<T> | undefined;
    if (!view) {
      // Records are created with increasing ids, so map order is already ID order.
      view = sortKey === 'ID' || !keys[sortKey] ? { items: items(), key } : sortIt(items());
      this.cache.set(cacheKey, view as unknown as Sorted<unknown>);
    }
    return view;
  }
}

/**
 * The store's state and its indexes. Every write goes through here so the indexes (by id,
 * by SKU, sorted lists for paging) never disagree with the records.
 */
import type {
  HostedFile,
  InventoryItemRecord,
  InventoryLevelRecord,
  LocationRecord,
  OrderRecord,
  ProductRecord,
  ShopRecord,
  VariantRecord,
} from './records';

/** Shopify prints timestamps to the second. */
export const isoSeconds = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

export class ShopStore {
  shop: ShopRecord;
  readonly locations = new Map<number, LocationRecord>();
  readonly products = new Map<number, ProductRecord>();
  readonly variants = new Map<number, VariantRecord>();
  readonly inventoryItems = new Map<number, InventoryItemRecord>();
  readonly orders = new Map<number, OrderRecord>();
  readonly handles = new Set<string>();
  /** Files media are made from, by key (see media-sources.ts). */
  readonly files = new Map<string, HostedFile>();
  private readonly bySku = new Map<string, VariantRecord[]>();
  private nextId = 1_000_001;
  /** Bumped on every write; sorted views are rebuilt when it moves. */
  version = 0;

  constructor(
    shop: ShopRecord,
    readonly now: () => number = Date.now,
  ) {
    this.shop = shop;
  }

  newId(): number {
    return this.nextId++;
  }

  /** Keeps ids issued after a restore above every id in the restored state. */
  reserveIdsAbove(id: number): void {
    if (id >= this.nextId) this.nextId = id + 1;
  }

  timestamp(): string {
    return isoSeconds(this.now());
  }

  clear(): void {
    this.locations.clear();
    this.products.clear();
    this.variants.clear();
    this.inventoryItems.clear();
    this.orders.clear();
    this.bySku.clear();
    this.handles.clear();
    this.files.clear();
    this.version++;
  }

  changed(): void {
    this.version++;
  }

  primaryLocation(): LocationRecord {
    for (const l of this.locations.values()) if (l.isPrimary) return l;
    const first = this.locations.values().next().value;
    if (!first) throw new Error('The store has no location');
    return first;
  }

  addLocation(name: string, isPrimary = false, id = this.newId()): LocationRecord {
    const location = { id, name, isActive: true, isPrimary };
    this.locations.set(id, location);
    this.changed();
    return location;
  }

  addProduct(product: ProductRecord): void {
    this.products.set(product.id, product);
    this.handles.add(product.handle);
    for (const v of product.variants) this.indexVariant(v);
    this.changed();
  }

  removeProduct(product: ProductRecord): void {
    for (const v of [...product.variants]) this.unindexVariant(v);
    this.products.delete(product.id);
    this.handles.delete(product.handle);
    this.changed();
  }

  indexVariant(variant: VariantRecord): void {
    this.variants.set(variant.id, variant);
    this.inventoryItems.set(variant.inventoryItem.id, variant.inventoryItem);
    if (variant.sku) {
      const list = this.bySku.get(variant.sku);
      if (list) list.push(variant);
      else this.bySku.set(variant.sku, [variant]);
    }
  }

  unindexVariant(variant: VariantRecord): void {
    this.variants.delete(variant.id);
    this.inventoryItems.delete(variant.inventoryItem.id);
    this.dropSku(variant);
  }

  /** Changes a variant's SKU, keeping the SKU index right. */
  setSku(variant: VariantRecord, sku: string | null): void {
    this.dropSku(variant);
    variant.sku = sku === '' ? null : sku;
    if (variant.sku) {
      const list = this.bySku.get(variant.sku);
      if (list) list.push(variant);
      else this.bySku.set(variant.sku, [variant]);
    }
  }

  private dropSku(variant: VariantRecord): void {
    if (!variant.sku) return;
    const list = this.bySku.get(variant.sku);
    if (!list) return;
    const rest = list.filter((v) => v !== variant);
    if (rest.length) this.bySku.set(variant.sku, rest);
    else this.bySku.delete(variant.sku);
  }

  variantsBySku(sku: string): VariantRecord[] {
    return this.bySku.get(sku) ?? [];
  }

  /** Marks a product (and so its list position under UPDATED_AT) as changed now. */
  touch(product: ProductRecord, variant?: VariantRecord): void {
    const ms = this.now();
    const at = isoSeconds(ms);
    product.updatedAt = at;
    product.updatedMs = ms;
    if (variant) variant.updatedAt = at;
    this.changed();
  }

  stock(item: InventoryItemRecord, location: LocationRecord, available = 0): InventoryLevelRecord {
    const at = this.timestamp();
    const level: InventoryLevelRecord = { item, location, available, committed: 0, other: {}, createdAt: at, updatedAt: at };
    item.levels.set(location.id, level);
    return level;
  }

  /** Stops stocking an item at a location: its level and quantities there go. */
  unstock(item: InventoryItemRecord, location: LocationRecord): void {
    item.levels.delete(location.id);
    this.changed();
  }

  addOrder(order: OrderRecord): void {
    this.orders.set(order.id, order);
    this.changed();
  }
}

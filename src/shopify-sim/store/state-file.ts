/**
 * Keeps the store's data in a JSON file (`--state-file`), so the demo store still has what
 * a user did after a restart. Written atomically (temp file + rename) when the data changed.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { ShopStore } from './shop-store';
import type { InventoryItemRecord, LineItemRecord, OrderRecord, ProductRecord, VariantRecord } from './records';

const FORMAT = 1;

type SavedVariant = Omit<VariantRecord, 'product' | 'inventoryItem'> & {
  inventoryItem: Omit<InventoryItemRecord, 'variant' | 'levels'> & {
    levels: { locationId: number; available: number; committed: number; other: Record<string, number>; createdAt: string; updatedAt: string }[];
  };
};
type SavedProduct = Omit<ProductRecord, 'variants'> & { variants: SavedVariant[] };
type SavedOrder = Omit<OrderRecord, 'lineItems'> & { lineItems: (Omit<LineItemRecord, 'variant'> & { variantId: number | null })[] };

interface SavedState {
  format: number;
  shop: ShopStore['shop'];
  locations: ReturnType<ShopStore['locations']['get']>[];
  products: SavedProduct[];
  orders: SavedOrder[];
  /** The files media are made from (base64); absent in files written before media held files. */
  files?: { key: string; filename: string; contentType: string; base64: string }[];
}

/** Only the files some product's media still use: a deleted product's files go with it. */
function usedFiles(store: ShopStore): SavedState['files'] {
  const keys = new Set<string>();
  for (const p of store.products.values()) for (const m of p.media) if (m.fileKey !== undefined) keys.add(m.fileKey);
  return [...keys].flatMap((key) => {
    const file = store.files.get(key);
    return file ? [{ key, filename: file.filename, contentType: file.contentType, base64: file.bytes.toString('base64') }] : [];
  });
}

export function saveState(store: ShopStore, file: string): void {
  const state: SavedState = {
    format: FORMAT,
    shop: store.shop,
    locations: [...store.locations.values()],
    products: [...store.products.values()].map((p) => ({
      ...p,
      variants: p.variants.map(({ product: _p, inventoryItem, ...v }) => {
        const { variant: _v, levels, ...item } = inventoryItem;
        return {
          ...v,
          inventoryItem: {
            ...item,
            levels: [...levels.values()].map(({ item: _i, location, ...l }) => ({ ...l, locationId: location.id })),
          },
        };
      }),
    })),
    orders: [...store.orders.values()].map((o) => ({
      ...o,
      lineItems: o.lineItems.map(({ variant, ...l }) => ({ ...l, variantId: variant?.id ?? null })),
    })),
    files: usedFiles(store),
  };
  writeFileSync(`${file}.tmp`, JSON.stringify(state));
  renameSync(`${file}.tmp`, file);
}

/** Loads the file into the store; false when there is no file yet. */
export function restoreState(store: ShopStore, file: string): boolean {
  if (!existsSync(file)) return false;
  let state: SavedState;
  try {
    state = JSON.parse(readFileSync(file, 'utf8')) as SavedState;
  } catch (e) {
    throw new Error(`The state file ${file} is not readable JSON (${(e as Error).message}); move it away to start afresh`);
  }
  if (state.format !== FORMAT) throw new Error(`The state file ${file} has format ${state.format}; this store reads format ${FORMAT}`);
  store.clear();
  Object.assign(store.shop, state.shop);
  let maxId = 0;
  const seen = (id: number) => (maxId = Math.max(maxId, id));
  for (const l of state.locations) if (l) store.addLocation(l.name, l.isPrimary, seen(l.id));
  for (const { base64, ...file } of state.files ?? []) store.files.set(file.key, { ...file, bytes: Buffer.from(base64, 'base64') });
  for (const saved of state.products) {
    const product: ProductRecord = { ...saved, variants: [] };
    seen(product.id);
    for (const sv of saved.variants) {
      const { inventoryItem: savedItem, ...v } = sv;
      const variant = { ...v, product } as VariantRecord;
      const item: InventoryItemRecord = { ...savedItem, variant, levels: new Map() };
      for (const { locationId, ...l } of savedItem.levels) {
        const location = store.locations.get(locationId);
        if (location) item.levels.set(locationId, { ...l, item, location });
      }
      variant.inventoryItem = item;
      product.variants.push(variant);
      seen(variant.id);
      seen(item.id);
    }
    for (const m of product.media) seen(m.id);
    for (const o of product.options) seen(o.id);
    store.addProduct(product);
  }
  for (const saved of state.orders) {
    seen(saved.id);
    store.addOrder({ ...saved, lineItems: saved.lineItems.map(({ variantId, ...l }) => ({ ...l, variant: variantId === null ? null : (store.variants.get(variantId) ?? null) })) });
  }
  store.reserveIdsAbove(maxId);
  return true;
}

/** Saves whenever the data changed, checking every `ms`; returns a stop function that saves once more. */
export function saveStateEvery(store: ShopStore, file: string, ms: number): () => void {
  let saved = -1;
  const saveIfChanged = () => {
    if (store.version === saved) return;
    saved = store.version;
    saveState(store, file);
  };
  saveIfChanged();
  const timer = setInterval(saveIfChanged, ms);
  timer.unref();
  return () => {
    clearInterval(timer);
    saveIfChanged();
  };
}

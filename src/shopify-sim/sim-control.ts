/**
 * The Shopify side of the story, for tests and the demo: seed, reset, sell, edit as a
 * merchant would in Shopify admin, change stock, inspect by SKU, inject faults, read the
 * request log. Served under `/__sim/` and importable in-process (`startShopifySim().control`).
 */
import { defaultShop, type ShopifySimulator, type RequestLogEntry } from './shopify-simulator';
import { loadSeed, type SeedCatalog } from './store/catalog-seed';
import { cancelOrder, createOrder } from './store/orders';
import { gid } from './store/gid';
import { hostedFileAddress, hostFile, mediaAddress, placeholderMedia } from './store/media-sources';
import { detectImageFormat } from '../main/catalog/image-formats';
import { detachMedia } from './resolvers/media-edits';
import { appendMedia, money, normalizeTags, setMedia } from './store/product-builder';
import type { LocationRecord, ProductRecord, ProductStatus, VariantRecord } from './store/records';
import { onHandOf } from './store/records';
import type { FaultSpec } from './http/faults';
import { demoSeed } from './seeds/demo';
import { ControlError, optionalBoolean, refusing, wholeNumber } from './control-input';
import { createOrderControl, orderNamed, orderView, type OrderControl, type OrderView } from './order-control';

export { ControlError } from './control-input';
export type { OrderView } from './order-control';

export interface VariantView {
  sku: string;
  price: string;
  tracked: boolean;
  /** At the primary location (or the one asked for). */
  available: number;
  onHand: number;
  committed: number;
  productId: string;
  variantId: string;
  inventoryItemId: string;
  title: string;
  productTitle: string;
  productStatus: ProductStatus;
  levels: { location: string; locationId: string; available: number; onHand: number; committed: number }[];
}

export interface VariantEdit {
  sku: string;
  price?: string | number;
  compareAtPrice?: string | number | null;
  barcode?: string | null;
  newSku?: string;
  tracked?: boolean;
  cost?: string | number | null;
}

export interface ProductEdit {
  sku: string;
  title?: string;
  descriptionHtml?: string;
  vendor?: string;
  productType?: string;
  status?: string;
  tags?: string[];
  /** The search engine listing's page title and meta description; "" or null clears it. */
  seoTitle?: string | null;
  seoDescription?: string | null;
  images?: string[];
}

export interface ImageEdit {
  sku: string;
  /** The picture's address (the store draws one for it), or its bytes. */
  url?: string;
  dataBase64?: string;
  alt?: string;
}

export interface ImageView {
  mediaId: string;
  url: string | null;
  alt: string;
  position: number;
}

export interface SimControl extends OrderControl {
  reset(): void;
  seed(catalog: SeedCatalog | 'demo' | 'empty'): { products: number; variants: number };
  sell(input: { sku: string; quantity: number; location?: string }): OrderView;
  /**
   * Cancels an order by its name ("#1002") and refunds it; `reason` is Shopify's
   * OrderCancelReason (default CUSTOMER); `restock` (default true) returns its stock to available.
   */
  cancelOrder(input: { name: string; reason?: string; restock?: boolean }): OrderView;
  setQuantity(input: { sku: string; available: number; location?: string }): VariantView;
  /** An admin correction: available moves by `delta` (negative lowers it) at the location (default the primary). */
  adjust(input: { sku: string; delta: number; location?: string }): VariantView;
  editVariant(input: VariantEdit): VariantView;
  editProduct(input: ProductEdit): VariantView;
  /** An image added to the product in Shopify admin, after its others. */
  addImage(input: ImageEdit): ImageView[];
  /** An image removed in Shopify admin: the one at `position` (1 first). */
  removeImage(input: { sku: string; position: number }): ImageView[];
  /** The product's images, in order. */
  images(sku: string): ImageView[];
  variant(sku: string, location?: string): VariantView;
  addFault(spec: FaultSpec): void;
  clearFaults(): void;
  requests(): RequestLogEntry[];
  createToken(input: { scopes?: string[]; ttlSeconds?: number | null }): { token: string; scopes: string[] };
  setBucket(input: { capacity: number; restoreRate: number }): void;
}

const STATUSES: ProductStatus[] = ['ACTIVE', 'DRAFT', 'ARCHIVED', 'UNLISTED'];
const CANCEL_REASONS = ['CUSTOMER', 'DECLINED', 'FRAUD', 'INVENTORY', 'STAFF', 'OTHER'];

export function createSimControl(sim: ShopifySimulator): SimControl {
  const { store } = sim;

  const variantBySku = (sku: unknown): VariantRecord => {
    if (typeof sku !== 'string' || !sku) throw new ControlError(400, 'Give the variant\'s "sku"');
    const variant = store.variantsBySku(sku)[0];
    if (!variant) throw new ControlError(404, `No variant has the SKU "${sku}"`);
    return variant;
  };
  const locationNamed = (name: string | undefined): LocationRecord => {
    if (name === undefined) return store.primaryLocation();
    const found = [...store.locations.values()].find((l) => l.name === name);
    if (!found) throw new ControlError(404, `No location is named "${name}"`);
    return found;
  };
  /** Sets available at a location from what it was, as an admin change: the level, item and product move to now. */
  const changeAvailable = (sku: unknown, location: string | undefined, to: (available: number) => number): VariantView => {
    const variant = variantBySku(sku);
    const where = locationNamed(location);
    const item = variant.inventoryItem;
    const available = to(item.levels.get(where.id)?.available ?? 0);
    const level = item.levels.get(where.id) ?? store.stock(item, where);
    level.available = available;
    level.updatedAt = item.updatedAt = store.timestamp();
    store.touch(variant.product, variant);
    return view(variant, location);
  };

  const view = (variant: VariantRecord, locationName?: string): VariantView => {
    const item = variant.inventoryItem;
    const level = item.levels.get(locationNamed(locationName).id);
    return {
      sku: variant.sku ?? '',
      price: variant.price,
      tracked: item.tracked,
      available: level?.available ?? 0,
      onHand: level ? onHandOf(level) : 0,
      committed: level?.committed ?? 0,
      productId: gid('Product', variant.product.id),
      variantId: gid('ProductVariant', variant.id),
      inventoryItemId: gid('InventoryItem', item.id),
      title: variant.selectedOptions.map((o) => o.value).join(' / '),
      productTitle: variant.product.title,
      productStatus: variant.product.status,
      levels: [...item.levels.values()].map((l) => ({
        location: l.location.name,
        locationId: gid('Location', l.location.id),
        available: l.available,
        onHand: onHandOf(l),
        committed: l.committed,
      })),
    };
  };

  const imageViews = (product: ProductRecord): ImageView[] =>
    product.media.map((m, i) => ({ mediaId: gid('MediaImage', m.id), url: mediaAddress(sim.uploads.baseUrl, store, m), alt: m.alt, position: i + 1 }));

  const control: SimControl = {
    ...createOrderControl(store),
    reset() {
      control.seed('empty');
      sim.resetSideState();
    },
    seed(catalog) {
      const seed = catalog === 'demo' ? demoSeed() : catalog === 'empty' ? {} : catalog;
      if (!seed || typeof seed !== 'object') throw new ControlError(400, 'The seed must be a catalog object, "demo" or "empty"');
      Object.assign(store.shop, defaultShop(store.shop.plan));
      try {
        loadSeed(store, seed);
      } catch (e) {
        throw new ControlError(400, `The seed could not be loaded: ${(e as Error).message}`);
      }
      return { products: store.products.size, variants: store.variants.size };
    },
    sell({ sku, quantity, location }) {
      variantBySku(sku);
      const q = wholeNumber(quantity, 'quantity');
      if (q < 1) throw new ControlError(400, '"quantity" must be at least 1');
      return orderView(refusing(() => createOrder(store, { locationId: locationNamed(location).id, lineItems: [{ sku, quantity: q }] })));
    },
    cancelOrder({ name, reason, restock }) {
      const order = orderNamed(store, name);
      const why = reason === undefined ? 'CUSTOMER' : String(reason).toUpperCase();
      if (!CANCEL_REASONS.includes(why)) throw new ControlError(400, `"reason" must be one of: ${CANCEL_REASONS.join(', ')}`);
      return orderView(cancelOrder(store, order, why, optionalBoolean(restock, 'restock', true)));
    },
    setQuantity: ({ sku, available, location }) => changeAvailable(sku, location, () => wholeNumber(available, 'available')),
    adjust: ({ sku, delta, location }) => changeAvailable(sku, location, (available) => available + wholeNumber(delta, 'delta')),
    editVariant(edit) {
      const variant = variantBySku(edit.sku);
      if (edit.price !== undefined) variant.price = money(edit.price);
      if (edit.compareAtPrice !== undefined) variant.compareAtPrice = edit.compareAtPrice === null ? null : money(edit.compareAtPrice);
      if (edit.barcode !== undefined) variant.barcode = edit.barcode || null;
      if (edit.tracked !== undefined) variant.inventoryItem.tracked = Boolean(edit.tracked);
      if (edit.cost !== undefined) variant.inventoryItem.unitCost = edit.cost === null ? null : money(edit.cost);
      if (edit.newSku !== undefined) store.setSku(variant, edit.newSku);
      store.touch(variant.product, variant);
      return view(variant);
    },
    editProduct(edit) {
      const variant = variantBySku(edit.sku);
      const product = variant.product;
      if (edit.status !== undefined) {
        const status = String(edit.status).toUpperCase() as ProductStatus;
        if (!STATUSES.includes(status)) throw new ControlError(400, `"status" must be one of: ${STATUSES.join(', ')}`);
        product.status = status;
      }
      if (edit.title !== undefined) product.title = edit.title;
      if (edit.descriptionHtml !== undefined) product.descriptionHtml = edit.descriptionHtml;
      if (edit.vendor !== undefined) product.vendor = edit.vendor;
      if (edit.productType !== undefined) product.productType = edit.productType;
      if (edit.tags !== undefined) product.tags = normalizeTags(edit.tags);
      if (edit.seoTitle !== undefined) product.seoTitle = edit.seoTitle?.trim() || null;
      if (edit.seoDescription !== undefined) product.seoDescription = edit.seoDescription?.trim() || null;
      if (edit.images !== undefined) setMedia(store, product, edit.images.map((url) => placeholderMedia(store, url)));
      store.touch(product);
      return view(variant);
    },
    addImage({ sku, url, dataBase64, alt }) {
      const product = variantBySku(sku).product;
      let draft;
      if (dataBase64 !== undefined) {
        const bytes = Buffer.from(String(dataBase64), 'base64');
        const format = detectImageFormat(bytes);
        if (!format) throw new ControlError(400, '"dataBase64" must be a PNG, JPEG, WebP or GIF image');
        const file = hostFile(store, `admin-upload.${format.extension}`, format.contentType, bytes);
        draft = { url: hostedFileAddress(sim.uploads.baseUrl, file), fileKey: file.key };
      } else if (typeof url === 'string' && URL.canParse(url)) draft = placeholderMedia(store, url);
      else throw new ControlError(400, 'Give the image\'s "url" or its "dataBase64"');
      appendMedia(store, product, [{ ...draft, alt: alt ?? '' }]);
      store.touch(product);
      return imageViews(product);
    },
    removeImage({ sku, position }) {
      const product = variantBySku(sku).product;
      const at = wholeNumber(position, 'position');
      const media = product.media[at - 1];
      if (!media) throw new ControlError(404, `${product.title} has ${product.media.length} images; there is no image ${at}`);
      detachMedia(store, product, new Set([media.id]), false);
      return imageViews(product);
    },
    images: (sku) => imageViews(variantBySku(sku).product),
    variant: (sku, location) => view(variantBySku(sku), location),
    addFault(spec) {
      const problem = sim.faults.add(spec);
      if (problem) throw new ControlError(400, problem);
    },
    clearFaults: () => sim.faults.clear(),
    requests: () => [...sim.log],
    createToken({ scopes, ttlSeconds }) {
      const granted = scopes ?? [...sim.defaultScopes];
      return { token: sim.tokens.issue(granted, ttlSeconds ?? null), scopes: granted };
    },
    setBucket({ capacity, restoreRate }) {
      if (!(capacity > 0) || !(restoreRate > 0)) throw new ControlError(400, '"capacity" and "restoreRate" must be above 0');
      sim.setBucket({ capacity, restoreRate });
    },
  };
  return control;
}

/**
 * The store's records. They hold references, not ids, so reads never look anything up;
 * the maps in `shop-store.ts` index them by id and SKU.
 */
export type ProductStatus = 'ACTIVE' | 'DRAFT' | 'ARCHIVED' | 'UNLISTED';

export interface LocationRecord {
  id: number;
  name: string;
  isActive: boolean;
  isPrimary: boolean;
}

export interface MediaRecord {
  id: number;
  /** The address it was created from; for a file the store holds, that file's key says where it is served. */
  url: string;
  alt: string;
  createdAt: string;
  /** A file the store holds (sent to a staged upload target): served at its CDN address. */
  fileKey?: string;
  /** Why the store could not take the file (the media is FAILED). */
  error?: { code: string; message: string };
}

/** A file the store holds, as Shopify keeps the files media are made from. */
export interface HostedFile {
  key: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export interface OptionRecord {
  id: number;
  name: string;
  values: string[];
}

export interface ProductRecord {
  id: number;
  title: string;
  handle: string;
  descriptionHtml: string;
  vendor: string;
  productType: string;
  status: ProductStatus;
  tags: string[];
  /** The search engine listing; null until set (Shopify then uses the title and description). Absent in states saved before it was kept. */
  seoTitle?: string | null;
  seoDescription?: string | null;
  options: OptionRecord[];
  media: MediaRecord[];
  variants: VariantRecord[];
  createdAt: string;
  updatedAt: string;
  /** updatedAt to the millisecond: Shopify shows seconds but sorts and filters finer. */
  updatedMs: number;
}

export interface VariantRecord {
  id: number;
  product: ProductRecord;
  sku: string | null;
  price: string;
  compareAtPrice: string | null;
  barcode: string | null;
  selectedOptions: { name: string; value: string }[];
  inventoryPolicy: 'DENY' | 'CONTINUE';
  inventoryItem: InventoryItemRecord;
  /** The product media the variant shows (at most one), by id. */
  mediaId?: number;
  createdAt: string;
  updatedAt: string;
}

export interface InventoryItemRecord {
  id: number;
  variant: VariantRecord;
  tracked: boolean;
  requiresShipping: boolean;
  unitCost: string | null;
  /** Keyed by location id: only locations where the item is stocked. */
  levels: Map<number, InventoryLevelRecord>;
  createdAt: string;
  updatedAt: string;
}

export interface InventoryLevelRecord {
  item: InventoryItemRecord;
  location: LocationRecord;
  available: number;
  committed: number;
  /** Other on-hand states (damaged, reserved, …) by name; on_hand is the sum of them all. */
  other: Record<string, number>;
  createdAt: string;
  updatedAt: string;
}

export interface LineItemRecord {
  id: number;
  title: string;
  variantTitle: string | null;
  sku: string | null;
  quantity: number;
  /** Units still on the order after refunds and edit removals (absent in states saved before it was kept: see currentQuantityOf). */
  currentQuantity?: number;
  variant: VariantRecord | null;
  unitPrice: string;
  discountedUnitPrice: string;
  /** Price in the customer's currency. */
  presentmentUnitPrice: string;
}

/** One line of a refund: how much of an order line went back, and whether to stock (and where). */
export interface RefundLineItemRecord {
  id: number;
  lineItemId: number;
  quantity: number;
  /** The store never fulfils orders, so a restocked line is always CANCEL (RETURN is for fulfilled units). */
  restockType: 'CANCEL' | 'RETURN' | 'NO_RESTOCK';
  /** Where the stock went back; null when it was not restocked. */
  locationId: number | null;
}

export interface RefundRecord {
  id: number;
  createdAt: string;
  lineItems: RefundLineItemRecord[];
}

export interface OrderRecord {
  id: number;
  name: string;
  createdAt: string;
  updatedAt: string;
  processedAt: string;
  cancelledAt: string | null;
  /** Shopify's OrderCancelReason (CUSTOMER, INVENTORY, …) once cancelled. */
  cancelReason?: string | null;
  /** The location whose stock the order committed (absent in states saved before it was kept). */
  locationId?: number;
  test: boolean;
  currencyCode: string;
  presentmentCurrencyCode: string;
  /** Presentment money per unit of shop money (absent in states saved before it was kept: 1). */
  exchangeRate?: number;
  financialStatus: string;
  sourceName: string;
  lineItems: LineItemRecord[];
  /** Refunds, oldest first (absent when there are none, and in states saved before they were kept). */
  refunds?: RefundRecord[];
}

export interface ShopRecord {
  name: string;
  email: string;
  currencyCode: string;
  myshopifyDomain: string;
  ianaTimezone: string;
  plan: 'standard' | 'advanced' | 'plus';
}

/** Units of a line still on its order: what refunds and edits left (a cancelled order keeps none). */
export const currentQuantityOf = (order: OrderRecord, line: LineItemRecord): number =>
  line.currentQuantity ?? (order.cancelledAt ? 0 : line.quantity);

export const onHandOf = (level: InventoryLevelRecord): number =>
  level.available + level.committed + Object.values(level.other).reduce((a, b) => a + b, 0);

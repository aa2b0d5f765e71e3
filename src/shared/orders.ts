/**
 * Shopify orders imported as sales: the import preview and its result, sales and
 * their lines, the sales summary for the Sales page, and unmatched lines to map.
 * Amounts are integers in hundredths of the order's own currency, never converted.
 * Imports nothing from node or electron.
 */
import { z } from 'zod';
import { Id, pageFields } from './catalog';

/** Hundredths of the sale's currency (a discount or refund is never negative here: it is a separate field). */
export const Amount = z.number().int();
export type Amount = z.infer<typeof Amount>;

const isCalendarDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A day as the owner types it: YYYY-MM-DD. */
export const CalendarDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the date as YYYY-MM-DD, such as 2026-11-01')
  .refine(isCalendarDate, 'That day does not exist on the calendar (check the month and day)');
export type CalendarDate = z.infer<typeof CalendarDate>;

/** Where a sale came from. Only Shopify today; other channels join this list. */
export const SaleChannel = z.enum(['shopify']);
export type SaleChannel = z.infer<typeof SaleChannel>;

// ---- import ----

/** Why the import starts where it does. */
export const SinceReason = z.enum([
  /** The owner gave the date. */
  'given',
  /** The day of the last import (nothing given). */
  'last_import',
  /** Never imported: the last 60 days, all Shopify shows without `read_all_orders`. */
  'window_default',
]);
export type SinceReason = z.infer<typeof SinceReason>;

/** What the import would do with one order. */
export const OrderPreviewState = z.enum([
  /** Will become a sale. */
  'new',
  /** Already a sale (by Shopify order ID): skipped. */
  'already_imported',
  /** A test order: skipped unless test orders are included. */
  'test',
  /** Cancelled on Shopify before it was imported: never imported. */
  'cancelled',
  /** Imported earlier, cancelled on Shopify since: reported, the sale is left as it is. */
  'cancelled_after_import',
]);
export type OrderPreviewState = z.infer<typeof OrderPreviewState>;

export const PreviewOrderImportInput = z
  .object({
    /** First day of orders to fetch; default: since the last import, else the last 60 days. */
    since: CalendarDate.optional(),
  })
  .strict()
  .default({});
export type PreviewOrderImportInput = z.input<typeof PreviewOrderImportInput>;

export const OrderPreview = z.object({
  /** gid://shopify/Order/… */
  shopifyOrderId: z.string(),
  /** The order number the owner knows: "#1001". */
  name: z.string(),
  createdAt: z.string(),
  currency: z.string(),
  /** What the customer paid in total, in hundredths of `currency`. */
  totalCents: Amount,
  lineCount: z.number().int().min(0),
  /** Lines whose SKU matches no local variant (or several): they would be imported unmatched. */
  unmatchedLineCount: z.number().int().min(0),
  state: OrderPreviewState,
  /** The order's currency differs from the shop's business currency (its amounts are kept as they are). */
  currencyMismatch: z.boolean(),
});
export type OrderPreview = z.infer<typeof OrderPreview>;

export const OrderPreviewCounts = z.object({
  total: z.number().int().min(0),
  new: z.number().int().min(0),
  alreadyImported: z.number().int().min(0),
  test: z.number().int().min(0),
  cancelled: z.number().int().min(0),
  cancelledAfterImport: z.number().int().min(0),
  /** Orders (any state) in a currency other than the shop's. */
  otherCurrency: z.number().int().min(0),
});
export type OrderPreviewCounts = z.infer<typeof OrderPreviewCounts>;

export const OrderImportPreview = z.object({
  /** The shop's business currency (Shopify's `shop.currencyCode`). */
  shopCurrency: z.string(),
  since: CalendarDate,
  sinceReason: SinceReason,
  /** The range reaches past the 60 days Shopify shows without `read_all_orders`: older orders are out of reach. */
  olderOrdersUnreachable: z.boolean(),
  orders: z.array(OrderPreview),
  counts: OrderPreviewCounts,
});
export type OrderImportPreview = z.infer<typeof OrderImportPreview>;

export const ImportOrdersInput = z
  .object({
    since: CalendarDate.optional(),
    /** Leave out orders whose currency is not the shop's business currency. */
    skipOtherCurrencies: z.boolean().default(false),
    includeTestOrders: z.boolean().default(false),
  })
  .strict()
  .default({ skipOtherCurrencies: false, includeTestOrders: false });
export type ImportOrdersInput = z.input<typeof ImportOrdersInput>;

/** Why a line was not matched to a local variant. */
export const UnmatchedReason = z.enum([
  /** The line has no SKU on Shopify. */
  'no_sku',
  /** No local variant has that SKU. */
  'no_match',
  /** Several local variants share that SKU. */
  'ambiguous',
]);
export type UnmatchedReason = z.infer<typeof UnmatchedReason>;

export const UnmatchedOrderLine = z.object({
  lineId: Id,
  saleId: Id,
  orderName: z.string(),
  /** The sale's date (the order's creation on Shopify). */
  date: z.string(),
  currency: z.string(),
  sku: z.string(),
  /** The product title on the order, and the variant's ("M / Black"), as Shopify sold them. */
  title: z.string(),
  variantTitle: z.string().nullable(),
  quantity: z.number().int().min(0),
  unitPriceCents: Amount,
  reason: UnmatchedReason,
});
export type UnmatchedOrderLine = z.infer<typeof UnmatchedOrderLine>;

export const CancelledAfterImport = z.object({
  saleId: Id,
  shopifyOrderId: z.string(),
  name: z.string(),
  cancelledAt: z.string(),
  /** Shopify's reason in words ("customer", "inventory" …), when it gave one. */
  cancelReason: z.string().nullable(),
});
export type CancelledAfterImport = z.infer<typeof CancelledAfterImport>;

export const OrderImportSummary = z.object({
  since: CalendarDate,
  sinceReason: SinceReason,
  olderOrdersUnreachable: z.boolean(),
  imported: z.number().int().min(0),
  skippedAlreadyImported: z.number().int().min(0),
  skippedTest: z.number().int().min(0),
  skippedCancelled: z.number().int().min(0),
  skippedOtherCurrency: z.number().int().min(0),
  /** The sales this import created, for "open the sale" links and the CLI. */
  importedSales: z.array(z.object({ saleId: Id, name: z.string(), currency: z.string(), totalCents: Amount })),
  /** Lines of the imported sales that matched no local variant: map them to count COGS and stock. */
  unmatchedLines: z.array(UnmatchedOrderLine),
  /**
   * Matched lines whose units did not leave the local stock: their orders are older than their
   * variants in Stockpilot, whose stock was entered later and already leaves the sale out.
   */
  linesStockUnchanged: z.number().int().min(0).default(0),
  /** Sales imported earlier whose order has been cancelled on Shopify since (newly noticed ones). */
  cancelledAfterImport: z.array(CancelledAfterImport),
});
export type OrderImportSummary = z.infer<typeof OrderImportSummary>;

export const OrderImportStatus = z.object({
  connected: z.boolean(),
  /** When the last import finished (manual or automatic), or null: never. */
  lastImportAt: z.string().nullable(),
  /** The newest Shopify `updatedAt` seen: the automatic import asks for orders updated after it. */
  lastUpdatedAtSeen: z.string().nullable(),
  autoImportOrders: z.boolean(),
  running: z.boolean(),
  unmatchedLines: z.number().int().min(0),
  /** Imported sales whose orders were cancelled on Shopify since. */
  cancelledAfterImport: z.number().int().min(0),
});
export type OrderImportStatus = z.infer<typeof OrderImportStatus>;

export const OrderImportProgress = z.object({
  phase: z.enum(['reading', 'importing', 'finished', 'failed']),
  /** Orders read from Shopify (reading) or handled (importing) so far. */
  done: z.number().int().min(0),
  /** Orders to handle, once known (null while reading pages). */
  total: z.number().int().min(0).nullable(),
  /** For `failed`: what went wrong, in words. */
  message: z.string().nullable(),
});
export type OrderImportProgress = z.infer<typeof OrderImportProgress>;

// ---- sales ----

const dateRange = {
  /** First and last day included (YYYY-MM-DD, UTC days, as Shopify dates its orders). */
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
  channel: SaleChannel.optional(),
};
const rangeInOrder = (r: { from?: string | undefined; to?: string | undefined }): boolean => !r.from || !r.to || r.from <= r.to;
const rangeMessage = { message: 'The "from" day must come before the "to" day', path: ['to'] };

export const ListSalesInput = z
  .object({
    ...dateRange,
    ...pageFields,
  })
  .strict()
  .refine(rangeInOrder, rangeMessage);
export type ListSalesInput = z.input<typeof ListSalesInput>;

export const SaleTotals = z.object({
  /** Line items after discounts, before shipping and tax (Shopify's subtotal). */
  subtotalCents: Amount,
  discountsCents: Amount,
  shippingCents: Amount,
  taxCents: Amount,
  /** What the customer paid. */
  totalCents: Amount,
});
export type SaleTotals = z.infer<typeof SaleTotals>;

export const SaleRow = z.object({
  id: Id,
  channel: SaleChannel,
  shopifyOrderId: z.string().nullable(),
  /** "#1001" */
  orderName: z.string(),
  date: z.string(),
  currency: z.string(),
  totals: SaleTotals,
  /** Units still sold: neither refunded nor removed by an order edit. */
  units: z.number().int().min(0),
  lineCount: z.number().int().min(0),
  unmatchedLines: z.number().int().min(0),
  /**
   * Revenue (the subtotal, plus lines an order edit added, less units an edit removed and
   * refunds) and cost of goods of the units that did not come back, for lines whose COGS is known.
   */
  revenueCents: Amount,
  cogsCents: Amount,
  profitCents: Amount,
  /** What Shopify's refunds gave back for the sale's lines (already taken off revenue). */
  refundedCents: Amount.default(0),
  /** Lines whose COGS is unknown (unmatched, or the product has no COGS): profit counts them at 0 cost. */
  linesWithoutCogs: z.number().int().min(0),
  test: z.boolean(),
  /** Set when the order was cancelled on Shopify after it was imported (the sale is kept as it was). */
  cancelledAt: z.string().nullable(),
  importedAt: z.string(),
  /** The Shopify location that fulfilled it (its stock left from there), when Shopify said. */
  locationName: z.string().nullable().default(null),
});
export type SaleRow = z.infer<typeof SaleRow>;

export const SalePage = z.object({ total: z.number().int().min(0), rows: z.array(SaleRow) });
export type SalePage = z.infer<typeof SalePage>;

export const SaleLine = z.object({
  id: Id,
  /** The local variant it was matched (or mapped) to; null while unmatched. */
  variantId: Id.nullable(),
  productId: Id.nullable(),
  productName: z.string().nullable(),
  sku: z.string(),
  title: z.string(),
  variantTitle: z.string().nullable(),
  /** Units sold (or added by the order edit that added the line). */
  quantity: z.number().int().min(0),
  unitPriceCents: Amount,
  /** Discounts on this line, in total. */
  discountCents: Amount,
  /** Units Shopify refunded, with or without restock. */
  refundedQuantity: z.number().int().min(0).default(0),
  /** Of those, units Shopify put back into stock (a return, a cancellation): they cost nothing. */
  restockedQuantity: z.number().int().min(0).default(0),
  /** What the refunds gave back for this line. */
  refundedCents: Amount.default(0),
  /** Units an order edit on Shopify removed (they came back into stock). */
  removedQuantity: z.number().int().min(0).default(0),
  /** An order edit on Shopify added this line after the sale was imported. */
  addedByEdit: z.boolean().default(false),
  /** quantity × unit price − discount, less what edits removed and refunds gave back. */
  revenueCents: Amount,
  /** COGS per unit taken from the product when the line was matched; null when unknown. */
  unitCogsCents: Amount.nullable(),
  /** revenue − COGS of the units that did not come back; null when the COGS is unknown. */
  profitCents: Amount.nullable(),
  matched: z.boolean(),
  unmatchedReason: UnmatchedReason.nullable(),
  /**
   * Its units left the local stock. False while unmatched, and for a line matched to a variant
   * created in Stockpilot after the sale: the stock entered for it already left the sale out.
   */
  stockTaken: z.boolean(),
});
export type SaleLine = z.infer<typeof SaleLine>;

export const Sale = SaleRow.extend({ lines: z.array(SaleLine) });
export type Sale = z.infer<typeof Sale>;

export const GetSalesSummaryInput = z.object(dateRange).strict().refine(rangeInOrder, rangeMessage).default({});
export type GetSalesSummaryInput = z.input<typeof GetSalesSummaryInput>;

export const SalesSeriesPoint = z.object({
  /** First day of the bucket (YYYY-MM-DD). */
  start: CalendarDate,
  sales: z.number().int().min(0),
  revenueCents: Amount,
  profitCents: Amount,
});

export const TopProduct = z.object({
  productId: Id,
  productName: z.string(),
  units: z.number().int().min(0),
  revenueCents: Amount,
  profitCents: Amount,
});

export const SalesSummary = z.object({
  /** The shop's currency: every total below is in it; sales in other currencies are only counted apart. */
  currency: z.string(),
  from: CalendarDate.nullable(),
  to: CalendarDate.nullable(),
  sales: z.number().int().min(0),
  /** Units still sold (refunded ones and ones removed by order edits left out). */
  units: z.number().int().min(0),
  /** Revenue after refunds and order edits; COGS of the units that did not come back. */
  revenueCents: Amount,
  cogsCents: Amount,
  profitCents: Amount,
  /** What refunds gave back on these sales (already taken off revenue and profit). */
  refundedCents: Amount.default(0),
  linesWithoutCogs: z.number().int().min(0),
  /** Sales whose orders were cancelled on Shopify after import: left out of every total here. */
  cancelledSales: z.number().int().min(0),
  /** Sales in another currency: never converted, so never added into the totals above. */
  otherCurrencies: z.array(z.object({ currency: z.string(), sales: z.number().int().min(0), revenueCents: Amount })),
  /** Best sellers by revenue (at most 10). */
  topProducts: z.array(TopProduct),
  /** For the chart: days for ranges up to ~3 months, else weeks (starting Monday). Empty buckets included. */
  series: z.object({ bucket: z.enum(['day', 'week']), points: z.array(SalesSeriesPoint) }),
});
export type SalesSummary = z.infer<typeof SalesSummary>;

export const MapOrderLineInput = z
  .object({
    lineId: Id,
    /** The local variant this line sold: its COGS is taken and its stock lowered, as for a matched line. */
    variantId: Id,
  })
  .strict();
export type MapOrderLineInput = z.input<typeof MapOrderLineInput>;

export const UnmatchedLinesPage = z.object({ total: z.number().int().min(0), rows: z.array(UnmatchedOrderLine) });
export type UnmatchedLinesPage = z.infer<typeof UnmatchedLinesPage>;

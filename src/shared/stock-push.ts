/**
 * The stock push as every boundary sees it: a product's quantity rule, the Push Log, the
 * push status card, progress, and what one run did. Imports nothing from node or electron.
 */
import { z } from 'zod';
import { Id } from './catalog';

/** What a product sends to Shopify, starting from available = on-hand − open commitments. */
export const StockRuleKind = z.enum([
  /** Available as it is (the default). */
  'as_is',
  /** Always the same number, whatever the stock (made to order, print on demand). */
  'fixed',
  /** Available, but never more than N (keep some back for markets and wholesale). */
  'at_most',
  /** A number per variant, typed by the owner; variants without one are sent as-is. */
  'custom',
]);
export type StockRuleKind = z.infer<typeof StockRuleKind>;

const ruleQuantity = z.number().int().min(0).max(1_000_000);

export const StockRule = z.object({
  productId: Id,
  kind: StockRuleKind,
  /** N for `fixed` and `at_most`; null otherwise. */
  quantity: ruleQuantity.nullable(),
  /** For `custom`: variant id → quantity to send. */
  variantQuantities: z.array(z.object({ variantId: Id, quantity: ruleQuantity })),
  /** The product's "Don't sync stock" switch: its variants are never pushed. */
  dontSync: z.boolean(),
});
export type StockRule = z.infer<typeof StockRule>;

export const SetStockRuleInput = z
  .object({
    productId: Id,
    kind: StockRuleKind.optional(),
    quantity: ruleQuantity.nullable().optional(),
    variantQuantities: z.array(z.object({ variantId: Id, quantity: ruleQuantity }).strict()).max(2048).optional(),
    dontSync: z.boolean().optional(),
  })
  .strict()
  .refine((r) => !(r.kind === 'fixed' || r.kind === 'at_most') || typeof r.quantity === 'number', {
    message: 'Give the quantity N for a "fixed" or "not more than" rule',
    path: ['quantity'],
  });
export type SetStockRuleInput = z.input<typeof SetStockRuleInput>;

export const PushResult = z.enum(['success', 'failure', 'retrying', 'skipped']);
export type PushResult = z.infer<typeof PushResult>;

/** Something the owner can do about a Push Log row. */
export const PushOffer = z.enum(['activate_at_location', 'resolve_track_inventory']);
export type PushOffer = z.infer<typeof PushOffer>;

export const PushLogRow = z.object({
  id: Id,
  at: z.string(),
  variantId: Id.nullable(),
  productId: Id.nullable(),
  productName: z.string(),
  sku: z.string(),
  locationId: z.string(),
  /** The number sent to Shopify (null when nothing was sent). */
  sent: z.number().int().nullable(),
  onHand: z.number().int(),
  committed: z.number().int(),
  /** The rule in words: "as-is", "fixed 5", "not more than 10", "custom 3", "sold-out override". */
  rule: z.string(),
  result: PushResult,
  message: z.string(),
  offer: PushOffer.nullable(),
});
export type PushLogRow = z.infer<typeof PushLogRow>;

const isoDate = z.string().trim().refine((s) => !Number.isNaN(Date.parse(s)), 'Give a date such as 2026-11-01 or 2026-11-01T12:00:00Z');

export const PushLogFilter = z
  .object({
    result: PushResult.optional(),
    /** Matches SKU or product name (case-insensitive, substring). */
    search: z.string().trim().max(255).default(''),
    since: isoDate.optional(),
    until: isoDate.optional(),
  })
  .strict();
export type PushLogFilter = z.input<typeof PushLogFilter>;

export const ListPushLogInput = PushLogFilter.extend({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
}).strict();
export type ListPushLogInput = z.input<typeof ListPushLogInput>;

export const PushLogPage = z.object({ total: z.number().int().min(0), rows: z.array(PushLogRow) });
export type PushLogPage = z.infer<typeof PushLogPage>;

export const PushLogCsv = z.object({ rows: z.number().int().min(0), csv: z.string() });

export const AutoPause = z.object({
  /** What Shopify keeps refusing, and how to resume. */
  reason: z.string(),
  since: z.string(),
  /** True when Stockpilot lifts it by itself once the cause clears (it keeps checking). */
  liftsItself: z.boolean(),
});
export type AutoPause = z.infer<typeof AutoPause>;

export const PushProgress = z.object({
  /** Rows sent so far in this run / rows the run took on. */
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  phase: z.enum(['reading', 'sending', 'finished']),
});
export type PushProgress = z.infer<typeof PushProgress>;

export const PushStatus = z.object({
  connected: z.boolean(),
  linkedVariants: z.number().int().min(0),
  pending: z.number().int().min(0),
  failedLast24h: z.number().int().min(0),
  lastSuccessAt: z.string().nullable(),
  nextRunAt: z.string().nullable(),
  running: z.boolean(),
  progress: PushProgress.nullable(),
  /** The owner's "Sync stock to Shopify" switch is off. */
  paused: z.boolean(),
  autoPaused: AutoPause.nullable(),
  /** Shopify could not be reached on the last try: pending work waits, it is not failing. */
  waitingForConnection: z.boolean(),
  locationId: z.string().nullable(),
  /** Push Log rows skipped in the last 24 h (not stocked at the location, untracked on Shopify, …). */
  skippedLast24h: z.number().int().min(0),
  /** Variants whose Shopify quantity changed in a way nothing explains: they wait for the owner's choice. */
  changedOnShopify: z.number().int().min(0),
  /** The last stock audit's figures (null before the first). */
  lastAudit: z.object({ linked: z.number().int().min(0), inLine: z.number().int().min(0), checkedAt: z.string() }).nullable(),
  /** Another Stockpilot (a window, a command) is pushing from this data folder right now. */
  pushingElsewhere: z.boolean(),
});
export type PushStatus = z.infer<typeof PushStatus>;

export const PushRunSummary = z.object({
  /** Variants whose quantity Shopify now has. */
  succeeded: z.number().int().min(0),
  failed: z.number().int().min(0),
  skipped: z.number().int().min(0),
  retrying: z.number().int().min(0),
  /** Variants where Shopify had changed in between; each was explained (a sale, our own earlier write) or listed under "Changed on Shopify". */
  conflicts: z.number().int().min(0),
  pendingLeft: z.number().int().min(0),
  /** Why nothing was sent, when nothing was: paused, not connected, waiting for connection. */
  note: z.string().nullable(),
  /** One line per variant sent or refused, for the CLI. */
  lines: z.array(z.object({ sku: z.string(), productName: z.string(), sent: z.number().int().nullable(), result: PushResult, message: z.string() })),
});
export type PushRunSummary = z.infer<typeof PushRunSummary>;

export const BulkSyncInput = z
  .object({
    all: z.boolean().default(false),
    skus: z.array(z.string().trim().min(1)).max(10_000).default([]),
    productIds: z.array(Id).max(10_000).default([]),
  })
  .strict()
  .refine((b) => b.all || b.skus.length > 0 || b.productIds.length > 0, { message: 'Choose products, SKUs, or all' });

export const ResolveDifferenceInput = z
  .object({
    variantId: Id,
    /** `shopify`: Shopify's number is right (a stocktake: local stock follows it); `stockpilot`: ours is (Shopify is set back). */
    keep: z.enum(['shopify', 'stockpilot']),
  })
  .strict();

/**
 * "Changed on Shopify": a variant whose Shopify quantity moved in a way nothing explains
 * (not Stockpilot's own write, not a sale, cancellation or refund). Its push waits until the
 * owner keeps Stockpilot's number or takes Shopify's as a stocktake.
 */
export const ShopifyChange = z.object({
  variantId: Id,
  productId: Id,
  productName: z.string(),
  sku: z.string(),
  locationId: z.string(),
  /** What Stockpilot expected Shopify to show. */
  stockpilot: z.number().int(),
  /** What Shopify showed. */
  shopify: z.number().int(),
  noticedAt: z.string(),
});
export type ShopifyChange = z.infer<typeof ShopifyChange>;

export const ListShopifyChangesInput = z.object({ productId: Id.optional() }).strict().default({});
export const ShopifyChangeList = z.object({ rows: z.array(ShopifyChange) });

/** A stock audit: every linked variant's available at the push location against what Stockpilot would push. Changes nothing. */
export const StockAudit = z.object({
  /** Linked variants whose stock Stockpilot pushes (tracked, not "Don't sync stock"). */
  linked: z.number().int().min(0),
  inLine: z.number().int().min(0),
  differs: z.array(
    z.object({
      variantId: Id,
      productId: Id,
      productName: z.string(),
      sku: z.string(),
      stockpilot: z.number().int(),
      /** Null: Shopify does not stock (or does not track) it at the push location. */
      shopify: z.number().int().nullable(),
    }),
  ),
  /** Changes queued and not yet pushed when the audit ran (a difference there is expected for a moment). */
  pending: z.number().int().min(0),
  locationId: z.string(),
  checkedAt: z.string(),
});
export type StockAudit = z.infer<typeof StockAudit>;

/** What changing the push location will do, for the dialog that asks first. */
export const LocationChangePreview = z.object({
  locationId: z.string(),
  locationName: z.string(),
  /** Linked variants whose stock is pushed (tracked, not "Don't sync stock"). */
  linkedTracked: z.number().int().min(0),
  /** Of those, the ones Shopify does not stock at the new location yet: they are activated there. */
  toActivate: z.number().int().min(0),
});
export type LocationChangePreview = z.infer<typeof LocationChangePreview>;

/**
 * Choosing and applying a review: the owner picks a side for every conflicting field (nothing
 * is chosen for them), says per product whether to create it on Shopify, import it or leave
 * it, then applies — with progress, cancellable between products — and can undo the last
 * apply. Imports nothing from node or electron.
 */
import { z } from 'zod';
import { Id } from './catalog';
import { RowAction, SyncSection, SyncSide, VariantAction } from './product-sync';

export { ChoiceTally, RowAction, VariantAction } from './product-sync';

/** A choice for one difference (its `id` from the review); `side: null` takes the choice back. */
export const SyncChoice = z.object({ differenceId: z.string().min(1).max(300), side: SyncSide.nullable() }).strict();
export type SyncChoice = z.infer<typeof SyncChoice>;

export const SetSyncChoicesInput = z
  .object({ reviewId: Id.optional(), choices: z.array(SyncChoice).min(1, 'Give at least one choice').max(20_000) })
  .strict();

/**
 * Accept All Local / Accept All Shopify: every conflict (of a section, or of the given rows)
 * takes one side; single fields can be overridden afterwards. Where Shopify's side cannot be
 * taken, "all Shopify" leaves the field unchosen and the tally says so.
 */
export const AcceptAllInput = z
  .object({
    reviewId: Id.optional(),
    side: SyncSide,
    section: SyncSection.optional(),
    rowKeys: z.array(z.string().min(1).max(100)).min(1).max(20_000).optional(),
  })
  .strict();

/** Create on Shopify (rows only in Stockpilot), import (rows only in Shopify) or leave: per row or a whole section. */
export const SetRowActionsInput = z
  .object({
    reviewId: Id.optional(),
    action: RowAction,
    rowKeys: z.array(z.string().min(1).max(100)).min(1).max(20_000).optional(),
    section: z.enum(['only_stockpilot', 'only_shopify']).optional(),
  })
  .strict()
  .refine((i) => (i.rowKeys === undefined) !== (i.section === undefined), 'Give either rowKeys or a section');

/**
 * Per variant of a matched product found on one side only: create it on Shopify, import it,
 * delete it on the side it is still on, or leave it (`action: null` takes the choice back).
 */
export const VariantActionChoice = z
  .object({ rowKey: z.string().min(1).max(100), variantKey: z.string().min(1).max(100), action: VariantAction.nullable() })
  .strict();
export type VariantActionChoice = z.infer<typeof VariantActionChoice>;

export const SetVariantActionsInput = z
  .object({ reviewId: Id.optional(), choices: z.array(VariantActionChoice).min(1, 'Give at least one variant').max(20_000) })
  .strict();

/** "Leave all one-sided": every product and variant found on one side only is left as it is. */
export const LeaveAllOneSidedInput = z.object({ reviewId: Id.optional() }).strict().default({});

export const ApplySyncInput = z
  .object({
    reviewId: Id.optional(),
    /** Apply only these rows (e.g. "Sync to Shopify" on one product); default: every row with choices or an action. */
    rowKeys: z.array(z.string().min(1).max(100)).min(1).max(20_000).optional(),
  })
  .strict();

export const ApplyFailure = z.object({ key: z.string(), name: z.string(), message: z.string() });

export const ApplySummary = z.object({
  runId: Id,
  reviewId: Id,
  startedAt: z.string(),
  finishedAt: z.string(),
  cancelled: z.boolean(),
  /** Products the run was going to touch. */
  total: z.number().int().min(0),
  updated: z.number().int().min(0),
  created: z.number().int().min(0),
  imported: z.number().int().min(0),
  /** Products linked (matched by SKU before, now by id). */
  linked: z.number().int().min(0),
  failed: z.number().int().min(0),
  /** Not reached (cancelled) or held by a blocking issue. */
  skipped: z.number().int().min(0),
  imagesDownloaded: z.number().int().min(0),
  imagesSent: z.number().int().min(0),
  /** Variants whose chosen stock goes out through the stock push. */
  stockQueued: z.number().int().min(0),
  failures: z.array(ApplyFailure),
});
export type ApplySummary = z.infer<typeof ApplySummary>;

export const ApplyProgress = z.object({
  runId: Id,
  phase: z.enum(['applying', 'finished', 'cancelled', 'failed']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  /** The product being applied now. */
  current: z.string().nullable(),
  message: z.string(),
});
export type ApplyProgress = z.infer<typeof ApplyProgress>;

export const UndoSummary = z.object({
  runId: Id,
  /** Products whose local side was put back. */
  restoredLocal: z.number().int().min(0),
  /** Products whose Shopify values were put back (or created ones deleted). */
  restoredOnShopify: z.number().int().min(0),
  notRestored: z.array(z.object({ name: z.string(), reason: z.string() })),
});
export type UndoSummary = z.infer<typeof UndoSummary>;

/** The last apply, for the Undo button: null when nothing was applied yet. */
export const LastSync = z
  .object({
    runId: Id,
    at: z.string(),
    summary: ApplySummary,
    undoneAt: z.string().nullable(),
    /** Why undo is not offered (already undone, a later edit…), or null when it is. */
    cannotUndo: z.string().nullable(),
  })
  .nullable();
export type LastSync = z.infer<typeof LastSync>;

/**
 * The review page's state as the core holds it, read on every load of the page (a reload in
 * the middle of an apply shows its progress, one after it the summary and Undo).
 */
export const SyncState = z.object({
  /** The latest complete review, or null before the first compare. */
  reviewId: Id.nullable(),
  /** The apply running now (its last progress), or null. */
  applying: ApplyProgress.nullable(),
  /** The last finished apply and whether Undo is offered. */
  last: LastSync,
  /** Rows of the latest review an apply would still take: none once an apply of it took them all. */
  rowsLeftToApply: z.number().int().min(0),
});
export type SyncState = z.infer<typeof SyncState>;

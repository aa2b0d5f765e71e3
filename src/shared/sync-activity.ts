/**
 * The sync activity log: every compare, apply, create, import, map, unlink, SKU regeneration
 * and undo — when, which product, which fields changed on which side from what to what, and
 * the outcome. Filterable per product and overall.
 */
import { z } from 'zod';
import { Id, pageFields } from './catalog';
import { SyncSide, SyncValue } from './product-sync';

export const SyncActivityKind = z.enum(['compare', 'apply', 'update', 'create', 'import', 'map', 'unlink', 'sku_regeneration', 'undo']);
export type SyncActivityKind = z.infer<typeof SyncActivityKind>;

export const SyncActivityOutcome = z.enum(['success', 'failure', 'cancelled', 'partial']);

export const SyncFieldChange = z.object({
  /** null: the product itself; else the variant as a person reads it ("M / Black", or its SKU). */
  variant: z.string().nullable(),
  field: z.string(),
  /** The side that changed. */
  side: SyncSide,
  from: SyncValue,
  to: SyncValue,
});
export type SyncFieldChange = z.infer<typeof SyncFieldChange>;

export const SyncActivityEntry = z.object({
  id: Id,
  at: z.string(),
  kind: SyncActivityKind,
  /** The apply run it belongs to (undo finds its changes by it). */
  runId: Id.nullable(),
  productId: Id.nullable(),
  productName: z.string().nullable(),
  shopifyProductId: z.string().nullable(),
  outcome: SyncActivityOutcome,
  message: z.string(),
  changes: z.array(SyncFieldChange),
});
export type SyncActivityEntry = z.infer<typeof SyncActivityEntry>;

export const ListSyncActivityInput = z
  .object({
    productId: Id.optional(),
    kind: SyncActivityKind.optional(),
    outcome: SyncActivityOutcome.optional(),
    ...pageFields,
  })
  .strict();

export const SyncActivityPage = z.object({ total: z.number().int().min(0), rows: z.array(SyncActivityEntry) });

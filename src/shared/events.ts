/** Every event the core pushes to its shells, declared once (see contract.ts). */
import { z } from 'zod';
import { Id } from './catalog';
import { ConnectionStatus } from './connection';
import { PushProgress, PushRunSummary, StockAudit } from './stock-push';
// ---- product sync ----
import { CompareProgress } from './product-sync';
import { ApplyProgress } from './sync-apply';
import { UnlinkProgress } from './sync-links';
// ---- order import ----
import { OrderImportProgress } from './orders';

export const events = {
  /** Products changed; the UI refetches what it shows. `productIds: null` means "many or all". */
  catalogChanged: z.object({ productIds: z.array(Id).nullable() }),
  /** A short message for the owner. */
  toast: z.object({
    kind: z.enum(['info', 'success', 'warning', 'error']),
    message: z.string(),
    productId: Id.optional(),
  }),
  /** The Shopify connection was made, removed, or needs (or no longer needs) the owner's attention. */
  connectionChanged: ConnectionStatus,
  // ---- stock push ----
  /** A push run's progress (also sent once with phase "finished"). */
  stockPushProgress: PushProgress,
  /** A push run ended: what it did. */
  stockPushFinished: PushRunSummary,
  /** A stock audit finished (on request, or in the background after a push). */
  stockAudited: StockAudit,
  /** The "Changed on Shopify" list changed (a variant added, or resolved). */
  shopifyChangesChanged: z.object({ variantIds: z.array(Id) }),
  // ---- product sync ----
  /** A compare's progress: counting, reading Shopify (n of N products), comparing, saving, then finished, cancelled or failed. */
  syncCompareProgress: CompareProgress,
  /** An apply's progress: n of N products, the one in hand; then finished, cancelled or failed. */
  syncApplyProgress: ApplyProgress,
  /** A bulk unlink's progress: n of N products; then finished. */
  syncUnlinkProgress: UnlinkProgress,
  // ---- order import ----
  /** An order preview's or import's progress: reading Shopify (n orders), importing (n of N); then finished or failed. */
  orderImportProgress: OrderImportProgress,
  /** Sales were added or changed (an import, a mapped line, a cancellation noticed); `saleIds: null` means "many". */
  salesChanged: z.object({ saleIds: z.array(Id).nullable() }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = z.infer<Events[K]>;
export const eventNames = Object.keys(events) as EventName[];

/** An event as it travels: the name and its payload, paired. */
export type AnyEvent = { [K in EventName]: { name: K; payload: EventPayload<K> } }[EventName];

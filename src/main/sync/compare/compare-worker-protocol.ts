/**
 * What the compare's worker thread and the core say to each other. The core starts the
 * worker with a job (workerData); the worker reports progress, hands the linked products that
 * have Shopify media to the core (which may learn more about that media from Shopify and the
 * image store, and hands them back), then sends the compared summary and issues, then the
 * review's rows one chunk at a time, each only when the core asks for it, so rows wait in the
 * worker (not in the core's memory) while the core saves.
 */
import type { SyncIssue, SyncSummary } from '../../../shared/product-sync';
import type { ErrorCode } from '../../../shared/errors';
import type { LocalProduct, ShopifyProduct } from '../catalog-read/catalog-snapshot';
import type { StoredReviewRow } from '../review/review-store';

export interface CompareJob {
  /** The catalog file, opened read-only by the worker. */
  databaseFile: string;
  /** The better-sqlite3 binary for this runtime (Electron's own), when not the default. */
  sqliteBinding?: string;
  soldOutOverride: boolean;
  /** Shopify's catalog: the bulk operation's file to download (null: the shop is empty), or the products already read page by page. */
  shopify: { file: string | null } | { products: ShopifyProduct[] };
}

export type WorkerMessage =
  | { kind: 'progress'; phase: 'reading' | 'comparing'; done: number | null; message: string }
  | { kind: 'linkedMedia'; local: LocalProduct[]; shopify: ShopifyProduct[] }
  | { kind: 'compared'; summary: SyncSummary; issues: SyncIssue[]; threadId: number }
  | { kind: 'rows'; rows: StoredReviewRow[] }
  | { kind: 'end' }
  | { kind: 'failed'; code: ErrorCode | null; message: string; stack: string | null };

/** The linked products' Shopify side, with what the core learnt about their media; or a request for the next chunk of rows. */
export type CoreMessage = { kind: 'linkedMediaKnown'; shopify: ShopifyProduct[] } | { kind: 'next' };

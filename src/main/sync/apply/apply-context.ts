/**
 * What every product of an apply shares: the run's context, what applying one product
 * returns, and its row in sync_run_products — the snapshot of both sides written before
 * anything changes, which undo reads.
 */
import type { Product } from '../../../shared/catalog';
import { ContractError } from '../../../shared/errors';
import type { SyncFieldChange } from '../../../shared/sync-activity';
import { readProduct } from '../../catalog/product-view';
import type { CoreDeps } from '../../core/deps';
import { prepared } from '../../db/prepared';
import type { WritableDB } from '../../db/types';
import type { ShopifyClient } from '../../shopify/client';
import type { ShopifyProductEdit } from './apply-shopify-writes';
import type { LocalSnapshot } from './apply-snapshot';
import type { ImagesUndo } from './image-sync';
import type { VariantUndo } from './variant-actions';
import type { ProductTry } from './apply-retry';

export interface ApplyContext {
  deps: CoreDeps;
  client: ShopifyClient;
  runId: number;
  /** The push location (the review's, checked equal to the settings' before the run). */
  locationId: string | null;
  source: string;
  /** This product's try in the run: after a lost answer, a create looks at Shopify before it sends again. */
  retry?: ProductTry;
}

export type ProductOutcomeKind = 'updated' | 'created' | 'imported' | 'linked';

export interface ProductOutcome {
  outcome: ProductOutcomeKind;
  productId: number;
  changes: SyncFieldChange[];
  stockQueued: number;
  imagesDownloaded: number;
  imagesSent: number;
}

/**
 * What undo needs on Shopify's side, kept as sync_run_products.shopify_before_json: the values
 * an update overwrites (as an edit that writes them back), or that the product was created
 * (undo deletes it) or imported (nothing on Shopify to put back). Kept even when the product
 * fails, since Shopify may have taken part of it.
 */
export type ShopifyBefore = { kind: 'update'; edit: ShopifyProductEdit | null; variants?: VariantUndo; images?: ImagesUndo } | { kind: 'create' } | { kind: 'import' };

/** The product's row in sync_run_products, written before anything changes. */
export function saveRunProduct(db: WritableDB, runId: number, key: string, row: { productId: number | null; shopifyProductId: string | null; outcome: ProductOutcomeKind; local: LocalSnapshot | null; shopify: ShopifyBefore }): void {
  prepared(
    db,
    `INSERT INTO sync_run_products (run_id, row_key, product_id, shopify_product_id, outcome, local_before_json, shopify_before_json) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (run_id, row_key) DO UPDATE SET product_id = excluded.product_id, shopify_product_id = excluded.shopify_product_id, outcome = excluded.outcome,
       local_before_json = excluded.local_before_json, shopify_before_json = excluded.shopify_before_json`,
  ).run(runId, key, row.productId, row.shopifyProductId, row.outcome, row.local && JSON.stringify(row.local), JSON.stringify(row.shopify));
}

export function markRunProductFailed(db: WritableDB, runId: number, key: string): void {
  prepared(db, `UPDATE sync_run_products SET outcome = 'failed' WHERE run_id = ? AND row_key = ?`).run(runId, key);
}

export function currentProduct(db: WritableDB, productId: number, name: string): Product {
  try {
    return readProduct(db, productId);
  } catch {
    throw new ContractError('not_found', `${name} is no longer in Stockpilot. Compare again.`);
  }
}


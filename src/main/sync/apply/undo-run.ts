/**
 * "Undo last sync": Shopify's values go back where Shopify allows (the overwritten fields
 * written again, created products deleted), then the whole local side is restored from the
 * snapshots in one transaction (fields, links, stock through the ledger; imported products
 * deleted). Stock the stock push already sent is Shopify's now and stays.
 */
import type { LastSync, UndoSummary } from '../../../shared/sync-apply';
import type { ApplySummary } from '../../../shared/sync-apply';
import { ContractError } from '../../../shared/errors';
import { writeCatalog, type CatalogChange } from '../../catalog/catalog-write';
import { deleteUnusedImageFiles } from '../../catalog/product-images';
import { deleteProductRow, productBasics } from '../../catalog/product-store';
import { isoNow } from '../../core/clock';
import type { CoreDeps } from '../../core/deps';
import { prepared } from '../../db/prepared';
import type { ReadableDB } from '../../db/types';
import type { ShopifyClient } from '../../shopify/client';
import { recordActivity } from '../activity-log';
import type { ShopifyBefore } from './apply-context';
import { deleteOnShopify, writeShopifyEdit } from './apply-shopify-writes';
import { restoreLocalSnapshot, type LocalSnapshot } from './apply-snapshot';
import { imagesUndoNeeded, undoImagesOnShopify } from './image-sync';
import type { VariantUndo } from './variant-actions';
import { deleteVariantsOnShopify, forgetRemovedVariants } from './variant-delete';

/** Variants the apply imported go again (they were linked: their removal is not one to offer as "delete on Shopify"). */
function removeImportedVariants(change: CatalogChange, undo: VariantUndo): void {
  const drop = prepared(change.db, 'DELETE FROM variants WHERE id = ?');
  for (const v of undo.importedHere) drop.run(v.localId);
  forgetRemovedVariants(change, undo.importedHere.map((v) => v.shopifyVariantId));
}

/** A deleted variant is not brought back by undo, on either side: said plainly, with what to do instead. */
function deletesKept(name: string, undo: VariantUndo): UndoSummary['notRestored'] {
  return [
    ...undo.deletedOnShopify.map((label) => ({ name: `${name} – ${label}`, reason: 'This variant was deleted on Shopify, and Shopify cannot bring a deleted variant back, so it stays deleted there. To have it again, add it in Stockpilot, compare and create it on Shopify.' })),
    ...undo.deletedHere.map((label) => ({ name: `${name} – ${label}`, reason: 'This variant was deleted in Stockpilot and undo does not bring it back. Add it again in the catalog if you need it, then compare.' })),
  ];
}

interface RunRecord {
  id: number;
  started_at: string;
  finished_at: string | null;
  summary_json: string | null;
  undone_at: string | null;
}

interface RunProduct {
  rowKey: string;
  productId: number | null;
  shopifyProductId: string | null;
  failed: boolean;
  local: LocalSnapshot | null;
  shopify: ShopifyBefore;
}

function lastRun(db: ReadableDB): RunRecord | undefined {
  return prepared(db, 'SELECT id, started_at, finished_at, summary_json, undone_at FROM sync_runs ORDER BY id DESC LIMIT 1').get() as RunRecord | undefined;
}

function runProducts(db: ReadableDB, runId: number): RunProduct[] {
  const rows = prepared(db, 'SELECT row_key, product_id, shopify_product_id, outcome, local_before_json, shopify_before_json FROM sync_run_products WHERE run_id = ? ORDER BY row_key').all(runId) as {
    row_key: string;
    product_id: number | null;
    shopify_product_id: string | null;
    outcome: string;
    local_before_json: string | null;
    shopify_before_json: string | null;
  }[];
  return rows.map((r) => ({
    rowKey: r.row_key,
    productId: r.product_id,
    shopifyProductId: r.shopify_product_id,
    failed: r.outcome === 'failed',
    local: r.local_before_json === null ? null : (JSON.parse(r.local_before_json) as LocalSnapshot),
    shopify: r.shopify_before_json === null ? { kind: 'update', edit: null } : (JSON.parse(r.shopify_before_json) as ShopifyBefore),
  }));
}

/** What undo would do on Shopify for this product (null: nothing). */
function shopifyUndoOf(p: RunProduct): 'write_back' | 'delete' | null {
  if (p.shopify.kind === 'update' && (p.shopify.edit !== null || (p.shopify.variants?.createdOnShopify.length ?? 0) > 0 || imagesUndoNeeded(p.shopify.images))) return 'write_back';
  if (p.shopify.kind === 'create' && p.shopifyProductId !== null) return 'delete';
  return null;
}

const changedSomething = (p: RunProduct) => !p.failed || shopifyUndoOf(p) !== null;

function cannotUndo(db: ReadableDB, run: RunRecord): string | null {
  if (run.undone_at) return `This sync was already undone, on ${readableMoment(run.undone_at)}.`;
  if (run.finished_at === null) return 'This sync is still being applied.';
  if (!runProducts(db, run.id).some(changedSomething)) return 'This sync changed nothing, so there is nothing to undo.';
  const edited = (
    prepared(
      db,
      `SELECT p.name FROM sync_run_products r JOIN products p ON p.id = r.product_id
       WHERE r.run_id = ? AND r.outcome <> 'failed' AND p.sync_state = 'out_of_sync' ORDER BY p.name LIMIT 4`,
    ).all(run.id) as { name: string }[]
  ).map((r) => r.name);
  if (edited.length) {
    const names = edited.length > 3 ? `${edited.slice(0, 3).join(', ')} and others were` : `${edited.join(', ')} ${edited.length === 1 ? 'was' : 'were'}`;
    return `${names} edited after this sync (Out of Sync), and undo would lose those edits. Edit them back to undo it.`;
  }
  return null;
}

export function lastSync(db: ReadableDB): LastSync {
  const run = lastRun(db);
  if (!run || run.summary_json === null) return null;
  return { runId: run.id, at: run.finished_at ?? run.started_at, summary: JSON.parse(run.summary_json) as ApplySummary, undoneAt: run.undone_at, cannotUndo: cannotUndo(db, run) };
}

const nameOf = (db: ReadableDB, p: RunProduct) =>
  p.local?.product.name ?? (p.productId !== null ? (prepared(db, 'SELECT name FROM products WHERE id = ?').get(p.productId) as { name: string } | undefined)?.name : undefined) ?? p.rowKey;

/**
 * Puts one product's local side back (a savepoint: one that cannot be restored does not stop
 * the rest). An imported product goes; its image files are added to `imageFiles` to remove
 * once the undo commits.
 */
function restoreLocal(change: CatalogChange, p: RunProduct, source: string, imageFiles: string[]): string | null {
  const { db } = change;
  try {
    db.transaction(() => {
      if (p.shopify.kind === 'import') {
        if (p.productId === null || !prepared(db, 'SELECT 1 FROM products WHERE id = ?').get(p.productId)) return;
        const files = (prepared(db, 'SELECT file_name FROM product_images WHERE product_id = ?').all(p.productId) as { file_name: string }[]).map((r) => r.file_name);
        deleteProductRow(change, productBasics(db, p.productId));
        imageFiles.push(...files);
        return;
      }
      if (!p.local) return;
      if (!prepared(db, 'SELECT 1 FROM products WHERE id = ?').get(p.local.product.id)) throw new ContractError('not_found', 'It is no longer in Stockpilot.');
      if (p.shopify.kind === 'update' && p.shopify.variants) removeImportedVariants(change, p.shopify.variants);
      restoreLocalSnapshot(change, p.local, 'Undo of a product sync', source);
    })();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export async function undoLastRun(deps: CoreDeps, client: () => Promise<ShopifyClient>, messageOf: (error: unknown) => string, source: string): Promise<UndoSummary> {
  const { db } = deps;
  const run = lastRun(db);
  if (!run || run.summary_json === null) throw new ContractError('rejected', 'There is no sync to undo yet.');
  const refusal = cannotUndo(db, run);
  if (refusal) throw new ContractError('rejected', refusal);
  const products = runProducts(db, run.id).filter(changedSomething);
  const summary: UndoSummary = { runId: run.id, restoredLocal: 0, restoredOnShopify: 0, notRestored: [] };

  const onShopify = products.filter((p) => shopifyUndoOf(p) !== null);
  const shop = onShopify.length > 0 ? await client() : null;
  for (const p of onShopify) {
    try {
      if (p.shopify.kind === 'update') {
        if (p.shopify.edit) await writeShopifyEdit(shop as ShopifyClient, p.shopify.edit);
        const created = p.shopify.variants?.createdOnShopify ?? [];
        if (created.length > 0 && p.shopifyProductId !== null) await deleteVariantsOnShopify(shop as ShopifyClient, p.shopifyProductId, created.map((c) => c.shopifyVariantId));
        if (p.shopify.images && imagesUndoNeeded(p.shopify.images) && p.shopifyProductId !== null) await undoImagesOnShopify(shop as ShopifyClient, p.shopifyProductId, p.shopify.images);
      } else if (p.shopifyProductId !== null) await deleteOnShopify(shop as ShopifyClient, p.shopifyProductId);
      summary.restoredOnShopify++;
    } catch (error) {
      summary.notRestored.push({ name: nameOf(db, p), reason: `Shopify\u2019s side was not put back: ${messageOf(error)}` });
    }
  }

  const stockQueued = (JSON.parse(run.summary_json) as ApplySummary).stockQueued;
  const imageFiles: string[] = [];
  writeCatalog(deps, (change) => {
    for (const p of products.filter((x) => !x.failed)) {
      const name = nameOf(db, p);
      const problem = restoreLocal(change, p, source, imageFiles);
      if (problem) {
        summary.notRestored.push({ name, reason: `Stockpilot\u2019s side was not put back: ${problem}` });
        continue;
      }
      summary.restoredLocal++;
      recordActivity(change.db, change.now, {
        kind: 'undo',
        runId: run.id,
        productId: p.shopify.kind === 'import' ? null : p.productId,
        productName: name,
        shopifyProductId: p.shopifyProductId,
        outcome: 'success',
        message: p.shopify.kind === 'import' ? 'The imported product was removed from Stockpilot.' : p.shopify.kind === 'create' ? 'Deleted on Shopify and unlinked here.' : 'Put back as it was before the sync.',
      });
    }
    for (const p of products) if (p.shopify.kind === 'update' && p.shopify.variants) summary.notRestored.push(...deletesKept(nameOf(db, p), p.shopify.variants));
    if (stockQueued > 0) summary.notRestored.push({ name: 'Stock on Shopify', reason: 'Quantities the stock push already sent to Shopify stay as they are; compare again to see them.' });
    const at = isoNow(deps.clock);
    prepared(change.db, 'UPDATE sync_runs SET undone_at = ? WHERE id = ?').run(at, run.id);
    recordActivity(change.db, change.now, {
      kind: 'undo',
      runId: run.id,
      outcome: summary.notRestored.some((n) => n.name !== 'Stock on Shopify') ? 'partial' : 'success',
      message: `Undid the sync of ${run.finished_at ?? run.started_at}: ${summary.restoredLocal} product${summary.restoredLocal === 1 ? '' : 's'} restored here, ${summary.restoredOnShopify} on Shopify.`,
    });
  });
  deleteUnusedImageFiles(deps, imageFiles);
  return summary;
}

/** "2026-11-30 14:05 UTC": a moment as a person reads it, the same in the app and the CLI. */
const readableMoment = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

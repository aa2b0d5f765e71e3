/**
 * An apply run: one at a time (undo takes the same turn), product by product with progress
 * events, cancellable between products. A product that fails gets Sync Error with the reason
 * and the run goes on; the summary is kept with the run and in the activity log.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ApplyFailure, ApplyProgress, ApplySummary } from '../../../shared/sync-apply';
import { ContractError } from '../../../shared/errors';
import type { z } from 'zod';
import { writeCatalog } from '../../catalog/catalog-write';
import { isoNow } from '../../core/clock';
import type { CoreDeps } from '../../core/deps';
import type { ShopConnection } from '../../connection/shop-connection';
import { prepared } from '../../db/prepared';
import type { SecretRedactor } from '../../secrets/secret-redaction';
import { loadSettings } from '../../settings/settings-store';
import { ShopifyFailure } from '../../shopify/shopify-errors';
import { recordActivity } from '../activity-log';
import { markRunProductFailed, type ApplyContext, type ProductOutcome } from './apply-context';
import { applyCreate } from './apply-create';
import { applyImport } from './apply-import';
import { applyUpdate } from './apply-update';
import { alreadyApplied, loadRowWork, rowsToApply, type RowWork } from './apply-rows';
import { reviewHeader } from '../review/review-store';
import { ShopifyUnanswered, UNANSWERED_PRODUCTS_STOP, withProductRetries } from './apply-retry';

const UNANSWERED_STOP = `Shopify did not answer for ${UNANSWERED_PRODUCTS_STOP} products in a row, so the rest were not tried. Nothing was changed in Stockpilot for them; apply again when Shopify answers.`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryText(s: ApplySummary): string {
  const parts = [`updated ${s.updated}`, `created ${s.created}`, `imported ${s.imported}`, `linked ${s.linked}`, `failed ${s.failed}`, `skipped ${s.skipped}`];
  const stock = s.stockQueued > 0 ? `; stock of ${plural(s.stockQueued, 'variant')} queued for Shopify` : '';
  return `${s.cancelled ? 'Cancelled after' : 'Applied'} ${s.total - s.skipped} of ${plural(s.total, 'product')}: ${parts.join(', ')}${stock}.`;
}

function applyRow(ctx: ApplyContext, work: Exclude<RowWork, { kind: 'skip' }>): Promise<ProductOutcome> {
  if (work.kind === 'update') return applyUpdate(ctx, work);
  if (work.kind === 'create') return applyCreate(ctx, work);
  return applyImport(ctx, work);
}

function finishRun(deps: CoreDeps, summary: ApplySummary, stopped: string | null): void {
  const succeeded = summary.updated + summary.created + summary.imported + summary.linked;
  const outcome = summary.cancelled && !stopped ? 'cancelled' : summary.failed === 0 && !stopped ? 'success' : succeeded > 0 ? 'partial' : 'failure';
  const message = stopped ? `${summaryText(summary)} Stopped: ${stopped}` : summaryText(summary);
  deps.db.transaction(() => {
    prepared(deps.db, 'UPDATE sync_runs SET finished_at = ?, summary_json = ? WHERE id = ?').run(summary.finishedAt, JSON.stringify(summary), summary.runId);
    recordActivity(deps.db, summary.finishedAt, { kind: 'apply', runId: summary.runId, outcome, message });
  })();
}

/**
 * A run the app was closed (or killed) in the middle of: its summary is made from the products
 * it recorded, so it shows as the last sync and can be undone like any other.
 */
function closeInterruptedRuns(deps: CoreDeps): void {
  const runs = prepared(deps.db, 'SELECT id, review_id, started_at FROM sync_runs WHERE finished_at IS NULL').all() as { id: number; review_id: number; started_at: string }[];
  for (const run of runs) {
    const counts = new Map(
      (prepared(deps.db, 'SELECT outcome, count(*) AS n FROM sync_run_products WHERE run_id = ? GROUP BY outcome').all(run.id) as { outcome: string; n: number }[]).map((r) => [r.outcome, r.n]),
    );
    const n = (outcome: string) => counts.get(outcome) ?? 0;
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const summary: ApplySummary = {
      runId: run.id,
      reviewId: run.review_id,
      startedAt: run.started_at,
      finishedAt: isoNow(deps.clock),
      cancelled: true,
      total,
      updated: n('updated'),
      created: n('created'),
      imported: n('imported'),
      linked: n('linked'),
      failed: n('failed'),
      skipped: 0,
      imagesDownloaded: 0,
      imagesSent: 0,
      stockQueued: 0,
      failures: [],
    };
    finishRun(deps, summary, 'Stockpilot was closed while the sync was being applied; the products after these were not reached.');
  }
}

export class SyncApply {
  #running: { kind: 'apply' | 'undo'; cancelled: boolean } | null = null;
  /** The running apply's last progress, for a window that opens (or reloads) in the middle of it. */
  #progress: ApplyProgress | null = null;

  constructor(
    private readonly deps: CoreDeps,
    private readonly connection: ShopConnection,
    private readonly redactor: SecretRedactor,
  ) {
    closeInterruptedRuns(deps);
  }

  /** Apply and undo never overlap. */
  async exclusive<T>(kind: 'apply' | 'undo', work: (state: { cancelled: boolean }) => Promise<T>): Promise<T> {
    if (this.#running) {
      throw new ContractError('busy', this.#running.kind === 'apply' ? 'A sync is being applied right now. Wait for it to finish, or cancel it.' : 'The last sync is being undone right now. Wait for it to finish.');
    }
    const state = { kind, cancelled: false };
    this.#running = state;
    try {
      return await work(state);
    } finally {
      this.#running = null;
    }
  }

  /** The apply running now, as its last progress event said; null when none runs. */
  get applying(): ApplyProgress | null {
    return this.#running?.kind === 'apply' ? this.#progress : null;
  }

  cancel(): { cancelled: boolean } {
    if (this.#running?.kind !== 'apply' || this.#running.cancelled) return { cancelled: false };
    this.#running.cancelled = true;
    return { cancelled: true };
  }

  /** A failure as the owner reads it, free of secrets; a permanent Shopify refusal also marks the connection. */
  messageOf(error: unknown): string {
    if (error instanceof ShopifyFailure) this.connection.reportFailure(error);
    if (error instanceof ShopifyUnanswered) this.connection.reportFailure(error.failure);
    return this.redactor.scrub(error instanceof Error ? error.message : String(error));
  }

  apply(input: { reviewId?: number; rowKeys?: string[] }, source: string): Promise<ApplySummary> {
    return this.exclusive('apply', async (state) => {
      const { db } = this.deps;
      const header = reviewHeader(db, input.reviewId);
      const keys = await rowsToApply(db, header.reviewId, input.rowKeys);
      if (keys.length === 0) throw new ContractError('rejected', 'There is nothing to apply: no differences, no product left to link, and no product marked to create or import.');
      const client = await this.connection.client();
      const { locationId } = loadSettings(db, this.deps.log);
      if (header.locationId !== locationId) {
        throw new ContractError('rejected', 'Stock is pushed to another Shopify location than the one this compare read. Compare again, then apply.');
      }
      const startedAt = isoNow(this.deps.clock);
      const { id: runId } = prepared(db, 'INSERT INTO sync_runs (review_id, started_at) VALUES (?, ?) RETURNING id').get(header.reviewId, startedAt) as { id: number };
      const ctx: ApplyContext = { deps: this.deps, client, runId, locationId, source };
      const summary: ApplySummary = { runId, reviewId: header.reviewId, startedAt, finishedAt: startedAt, cancelled: false, total: keys.length, updated: 0, created: 0, imported: 0, linked: 0, failed: 0, skipped: 0, imagesDownloaded: 0, imagesSent: 0, stockQueued: 0, failures: [] };
      const progress = (phase: ApplyProgress['phase'], done: number, current: string | null, message: string) => {
        this.#progress = { runId, phase, done, total: keys.length, current, message };
        this.deps.bus.emit('syncApplyProgress', this.#progress);
      };
      this.#progress = { runId, phase: 'applying', done: 0, total: keys.length, current: null, message: `Applying ${plural(keys.length, 'product')}` };
      const applied = alreadyApplied(db, header.reviewId);
      // Shopify refusing the shop itself (credentials revoked, shop frozen) would refuse every product: the run stops.
      let stopped: string | null = null;
      let unanswered = 0;
      try {
        for (const [i, key] of keys.entries()) {
          // A product with local changes only awaits nothing real: let the app (and a cancel) in between products.
          await nextTurn();
          if (state.cancelled) {
            summary.cancelled = true;
            summary.skipped += keys.length - i;
            break;
          }
          const work = loadRowWork(db, header.reviewId, key, applied);
          progress('applying', i, work.name, `Applying ${i + 1} of ${keys.length}: ${work.name}`);
          if (work.kind === 'skip') {
            summary.skipped++;
            continue;
          }
          try {
            const done = await withProductRetries(client, () => state.cancelled, (retry) => applyRow({ ...ctx, retry }, work));
            unanswered = 0;
            summary[done.outcome]++;
            if (done.outcome === 'updated' && work.kind === 'update' && work.linking) summary.linked++;
            summary.stockQueued += done.stockQueued;
            summary.imagesDownloaded += done.imagesDownloaded;
            summary.imagesSent += done.imagesSent;
          } catch (error) {
            const failure = { key, name: work.name, message: this.messageOf(error) };
            summary.failed++;
            summary.failures.push(failure);
            this.#recordFailure(runId, work, failure);
            unanswered = error instanceof ShopifyUnanswered ? unanswered + 1 : 0;
            const stopFor = error instanceof ShopifyFailure && error.permanent ? failure.message : unanswered >= UNANSWERED_PRODUCTS_STOP && i < keys.length - 1 ? UNANSWERED_STOP : null;
            if (stopFor) {
              stopped = stopFor;
              summary.skipped += keys.length - i - 1;
              break;
            }
          }
        }
      } catch (error) {
        const message = this.messageOf(error);
        this.#finish(summary, message);
        progress('failed', summary.total - summary.skipped, null, `The sync stopped: ${message}`);
        throw error;
      }
      this.#finish(summary, stopped);
      const phase = stopped ? 'failed' : summary.cancelled ? 'cancelled' : 'finished';
      progress(phase, summary.total - summary.skipped, null, stopped ? `${summaryText(summary)} Stopped: ${stopped}` : summaryText(summary));
      return summary;
    });
  }

  /** The product keeps its local side and shows Sync Error with Shopify's (or our) reason. */
  #recordFailure(runId: number, work: Exclude<RowWork, { kind: 'skip' }>, failure: z.infer<typeof ApplyFailure>): void {
    const productId = work.kind === 'import' ? null : work.productId;
    markRunProductFailed(this.deps.db, runId, work.key);
    writeCatalog(this.deps, (change) => {
      if (productId !== null && prepared(change.db, `UPDATE products SET sync_state = 'error', sync_error = ? WHERE id = ?`).run(failure.message, productId).changes > 0) change.touch(productId);
      recordActivity(change.db, change.now, {
        kind: work.kind,
        runId,
        productId,
        productName: work.name,
        shopifyProductId: work.kind === 'import' ? work.shopify.id : work.kind === 'update' ? work.plan.shopify.id : null,
        outcome: 'failure',
        message: failure.message,
      });
    });
  }

  /** Keeps the summary with the run and logs it; `stopped` says why the run ended early. */
  #finish(summary: ApplySummary, stopped: string | null): void {
    summary.finishedAt = isoNow(this.deps.clock);
    finishRun(this.deps, summary, stopped);
  }
}

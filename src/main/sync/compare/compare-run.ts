/**
 * One compare at a time: read Shopify's catalog (reporting progress, cancellable), read the
 * local one, compare, save the review. The download of a bulk file, the local read and the
 * compare run in a worker thread (compare-worker), so the app answers meanwhile; this thread
 * only talks to Shopify and saves the rows the worker hands over. A cancelled or failed
 * compare saves nothing. The SKU check reads Shopify's catalog too, so it takes its turn.
 */
import type { CompareOutcome, CompareProgress, SkuCheck } from '../../../shared/product-sync';
import { ContractError } from '../../../shared/errors';
import { isoNow } from '../../core/clock';
import type { CoreDeps } from '../../core/deps';
import { loadConnectionRecord } from '../../connection/connection-record';
import type { ShopConnection } from '../../connection/shop-connection';
import { learnShopifyMediaHashes } from '../images/shopify-media-hashes';
import { loadSettings } from '../../settings/settings-store';
import { readLocalCatalog } from '../catalog-read/local-catalog-read';
import { saveReviewChunks } from '../review/review-store';
import { checkSkus } from '../skus/sku-check';
import { chooseReadMode, countShopifyProducts, NO_LOCATION, type ReadMode } from '../catalog-read/shopify-catalog-read';
import { bulkCatalogFile, downloadBulkCatalog } from '../catalog-read/shopify-catalog-bulk';
import { readCatalogPaged } from '../catalog-read/shopify-catalog-paged';
import type { CompareJob } from './compare-worker-protocol';
import { CompareWorkerThread, type LinkedMediaStep } from './compare-worker-thread';

interface ShopifyRead {
  /** A bulk read's file (downloaded by whoever reads it), or the products read page by page. */
  source: CompareJob['shopify'];
  readMode: 'bulk' | 'paged';
  locationId: string | null;
}

export class CatalogCompare {
  #running: AbortController | null = null;

  constructor(
    private readonly deps: CoreDeps,
    private readonly connection: ShopConnection,
  ) {}

  /** Shopify's catalog, read whole (or, in bulk, ready to download); `progress` hears about every page. */
  async #readShopify(mode: ReadMode, signal: AbortSignal, progress: (p: CompareProgress) => void): Promise<ShopifyRead> {
    const { locationId } = loadSettings(this.deps.db, this.deps.log);
    return this.connection.withShop(async (client) => {
      progress({ phase: 'counting', readMode: null, done: 0, total: null, message: 'Counting Shopify\u2019s products' });
      const total = await countShopifyProducts(client);
      const readMode = chooseReadMode(mode, total);
      const options = {
        locationId: locationId ?? NO_LOCATION,
        signal,
        total,
        onProgress: (done: number, message: string) => progress({ phase: 'reading', readMode, done, total, message }),
      };
      const source = readMode === 'bulk' ? { file: await bulkCatalogFile(client, options) } : { products: await readCatalogPaged(client, options) };
      return { source, readMode, locationId };
    });
  }

  /** Before the compare, on this thread (it may ask Shopify, write the database): what the linked products' Shopify media hold. */
  #learnLinkedMedia(signal: AbortSignal, progress: (p: CompareProgress) => void, last: () => CompareProgress): LinkedMediaStep {
    const deps = { db: this.deps.db, imagesDir: this.deps.paths.imagesDir, log: this.deps.log, now: () => isoNow(this.deps.clock) };
    return async (local, shopify) => {
      progress({ ...last(), phase: 'comparing', message: 'Looking at the linked products\u2019 images on Shopify' });
      await this.connection.withShop((client) => learnShopifyMediaHashes(deps, client, local, shopify, signal));
    };
  }

  /** One Shopify catalog read at a time (Shopify runs one bulk operation per app), cancellable. */
  async #exclusive<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.#running) throw new ContractError('busy', 'Stockpilot is already reading Shopify\u2019s catalog (a compare or a SKU check). Wait for it to finish, or cancel it.');
    const abort = new AbortController();
    this.#running = abort;
    try {
      return await work(abort.signal);
    } finally {
      this.#running = null;
    }
  }

  compare(mode: ReadMode): Promise<CompareOutcome> {
    return this.#exclusive(async (signal) => {
      let last: CompareProgress = { phase: 'counting', readMode: null, done: 0, total: null, message: '' };
      const progress = (p: CompareProgress) => {
        last = p;
        this.deps.bus.emit('syncCompareProgress', p);
      };
      try {
        const shopify = await this.#readShopify(mode, signal, progress);
        signal.throwIfAborted();
        const { soldOutOverride } = loadSettings(this.deps.db, this.deps.log);
        const job: CompareJob = { databaseFile: this.deps.paths.databaseFile, sqliteBinding: this.deps.sqliteBinding, soldOutOverride, shopify: shopify.source };
        const worker = new CompareWorkerThread(job, signal);
        try {
          const comparison = await worker.compared((p) => progress({ ...last, phase: p.phase, done: p.done ?? last.done, message: p.message }), this.#learnLinkedMedia(signal, progress, () => last));
          progress({ ...last, phase: 'saving', message: 'Saving the review' });
          const createdAt = isoNow(this.deps.clock);
          const reviewId = await saveReviewChunks(this.deps.db, comparison, worker.rows(), { createdAt, readMode: shopify.readMode, locationId: shopify.locationId }, signal);
          progress({ ...last, phase: 'finished', message: 'Compare finished' });
          return { reviewId, createdAt, readMode: shopify.readMode, locationId: shopify.locationId, summary: comparison.summary };
        } finally {
          await worker.stop();
        }
      } catch (error) {
        if (signal.aborted) {
          progress({ ...last, phase: 'cancelled', message: 'Compare cancelled; nothing was saved' });
          throw new ContractError('rejected', 'The compare was cancelled; nothing was saved.');
        }
        progress({ ...last, phase: 'failed', message: 'The compare failed; nothing was saved' }); // the call itself says why
        throw error;
      }
    });
  }

  /** SKUs of both catalogs (the local one alone when no shop is connected). */
  checkSkus(): Promise<SkuCheck> {
    return this.#exclusive(async (signal) => {
      const connected = loadConnectionRecord(this.deps.db, this.deps.log) !== null;
      const source = connected ? (await this.#readShopify('auto', signal, () => undefined)).source : null;
      const shopify = source === null ? null : 'products' in source ? source.products : source.file === null ? [] : await downloadBulkCatalog(source.file, { signal, onProgress: () => undefined });
      const { soldOutOverride } = loadSettings(this.deps.db, this.deps.log);
      return checkSkus(readLocalCatalog(this.deps.db, soldOutOverride), shopify);
    });
  }

  cancel(): { cancelled: boolean } {
    if (!this.#running) return { cancelled: false };
    this.#running.abort(new Error('The compare was cancelled.'));
    return { cancelled: true };
  }
}

/**
 * One compare at a time: read Shopify's catalog (reporting progress, cancellable), read the
 * local one, compare, save the review. A cancelled or failed compare saves nothing.
 */
import type { CompareOutcome, CompareProgress } from '../../shared/product-sync';
import { ContractError } from '../../shared/errors';
import { isoNow } from '../core/clock';
import type { CoreDeps } from '../core/deps';
import type { ShopConnection } from '../connection/shop-connection';
import { loadSettings } from '../settings/settings-store';
import type { ShopifyProduct } from './catalog-snapshot';
import { compareCatalogs } from './compare-catalogs';
import { readLocalCatalog } from './local-catalog-read';
import { saveReview } from './review-store';
import { chooseReadMode, countShopifyProducts, NO_LOCATION, readShopifyCatalog, type ReadMode } from './shopify-catalog-read';

export interface ShopifyRead {
  products: ShopifyProduct[];
  readMode: 'bulk' | 'paged';
  locationId: string | null;
}

export class CatalogCompare {
  #running: AbortController | null = null;

  constructor(
    private readonly deps: CoreDeps,
    private readonly connection: ShopConnection,
  ) {}

  /** Shopify's catalog, read whole; `progress` hears about every page. */
  async readShopify(mode: ReadMode, signal: AbortSignal, progress: (p: CompareProgress) => void): Promise<ShopifyRead> {
    const { locationId } = loadSettings(this.deps.db, this.deps.log);
    return this.connection.withShop(async (client) => {
      progress({ phase: 'counting', readMode: null, done: 0, total: null, message: 'Counting Shopify\u2019s products' });
      const total = await countShopifyProducts(client);
      const readMode = chooseReadMode(mode, total);
      const products = await readShopifyCatalog(client, readMode, {
        locationId: locationId ?? NO_LOCATION,
        signal,
        total,
        onProgress: (done, message) => progress({ phase: 'reading', readMode, done, total, message }),
      });
      return { products, readMode, locationId };
    });
  }

  async compare(mode: ReadMode): Promise<CompareOutcome> {
    if (this.#running) throw new ContractError('busy', 'A compare is already running. Wait for it to finish, or cancel it.');
    const abort = new AbortController();
    this.#running = abort;
    let last: CompareProgress = { phase: 'counting', readMode: null, done: 0, total: null, message: '' };
    const progress = (p: CompareProgress) => {
      last = p;
      this.deps.bus.emit('syncCompareProgress', p);
    };
    try {
      const shopify = await this.readShopify(mode, abort.signal, progress);
      abort.signal.throwIfAborted();
      const { soldOutOverride } = loadSettings(this.deps.db, this.deps.log);
      const local = readLocalCatalog(this.deps.db, soldOutOverride);
      progress({ ...last, phase: 'comparing', message: `Comparing ${local.length} products with Shopify\u2019s ${shopify.products.length}` });
      const comparison = compareCatalogs(local, shopify.products);
      abort.signal.throwIfAborted();
      progress({ ...last, phase: 'saving', message: 'Saving the review' });
      const createdAt = isoNow(this.deps.clock);
      const reviewId = saveReview(this.deps.db, comparison, { createdAt, readMode: shopify.readMode, locationId: shopify.locationId });
      progress({ ...last, phase: 'finished', message: 'Compare finished' });
      return { reviewId, createdAt, readMode: shopify.readMode, locationId: shopify.locationId, summary: comparison.summary };
    } catch (error) {
      if (abort.signal.aborted) {
        progress({ ...last, phase: 'cancelled', message: 'Compare cancelled; nothing was saved' });
        throw new ContractError('rejected', 'The compare was cancelled; nothing was saved.');
      }
      progress({ ...last, phase: 'failed', message: 'The compare failed; nothing was saved' }); // the call itself says why
      throw error;
    } finally {
      this.#running = null;
    }
  }

  cancel(): { cancelled: boolean } {
    if (!this.#running) return { cancelled: false };
    this.#running.abort(new Error('The compare was cancelled.'));
    return { cancelled: true };
  }
}

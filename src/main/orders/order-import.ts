/**
 * The order import: read Shopify's orders (created since a day, plus any changed since the
 * last import, so later cancellations are noticed), review them, and write the new ones as
 * sales in one transaction that also takes their units out of the local stock. One import
 * (or preview) at a time; progress as events.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ContractError } from '../../shared/errors';
import type { ParsedInput } from '../../shared/contract';
import type { CancelledAfterImport, OrderImportPreview, OrderImportSummary } from '../../shared/orders';
import { writeCatalog } from '../catalog/catalog-write';
import type { CoreDeps } from '../core/deps';
import { readShop } from '../shopify/shop-reads';
import { readImportState, recordImport } from './import-state';
import { createdSince, importWindow, startOfDay, updatedSince, type ImportWindow } from './import-window';
import type { OrderShop } from './order-shop';
import { countReviewed, ordersToImport, reviewOrders, type ImportChoices, type ReviewedOrder } from './order-review';
import { linesStockUnchanged, unmatchedLines } from './sale-reads';
import { bookOrderChanges } from './sale-changes';
import { insertSale, knownSales, markCancelledAfterImport, matchedVariantIds } from './sale-writing';
import { findSoldVariant } from './sku-matching';
import { inTurns } from './in-turns';
import { readOrders, type ShopifyOrder } from './shopify-orders';
import { readOrderRange } from './shopify-orders-bulk';

export const IMPORT_BUSY = 'An order import is already running \u2014 try again in a few seconds';
/** Sales written per transaction: short enough never to hold the app up noticeably. */
const SALES_PER_WRITE = 100;

interface ReadResult {
  window: ImportWindow;
  shopCurrency: string;
  reviewed: ReviewedOrder[];
  /** The newest Shopify `updatedAt` among the orders read. */
  newestUpdatedAt: string | null;
}

/**
 * How an import chooses its orders: a day range (the owner's manual import), or whatever
 * changed since the last look (order sync and the push's catch-up) — which is not an import
 * the owner made, so the next manual import still starts from the owner's last one.
 */
type ReadMode = { kind: 'since'; since: string | undefined } | { kind: 'changed'; catchUp: true };

export class OrderImport {
  #running = false;
  /** The Shopify read under way, to stop it (a bulk read stops on Shopify too). */
  #reading: AbortController | null = null;

  constructor(
    private readonly deps: CoreDeps,
    private readonly shop: OrderShop,
  ) {}

  get running(): boolean {
    return this.#running;
  }

  /** Stops the Shopify read of the preview or import under way; it fails, having written nothing. */
  cancelRead(): void {
    this.#reading?.abort(new ContractError('rejected', 'The order import was cancelled.'));
  }

  preview(input: ParsedInput<'previewOrderImport'>): Promise<OrderImportPreview> {
    return this.#exclusive(async () => {
      const { window, shopCurrency, reviewed } = await this.#read({ kind: 'since', since: input.since });
      this.#progress('finished', reviewed.length, reviewed.length);
      return {
        shopCurrency,
        ...window,
        orders: await inTurns(reviewed, (slice) => slice.map(({ order, state, currencyMismatch }) => ({
          shopifyOrderId: order.shopifyOrderId,
          name: order.name,
          createdAt: order.createdAt,
          currency: order.currency,
          totalCents: order.totalCents,
          lineCount: order.lines.length,
          unmatchedLineCount: order.lines.filter((l) => !findSoldVariant(this.deps.db, l).matched).length,
          state,
          currencyMismatch,
        }))),
        counts: countReviewed(reviewed),
      };
    });
  }

  importOrders(input: ParsedInput<'importOrders'>, source: string): Promise<OrderImportSummary> {
    return this.#exclusive(() => this.#import({ kind: 'since', since: input.since }, input, source));
  }

  /**
   * Order sync: the orders Shopify changed since the last sync (or since the shop was
   * connected), as the push's catch-up reads them. Null when there is no starting point.
   */
  syncChanged(source: string): Promise<OrderImportSummary | null> {
    return this.#exclusive(() => this.#catchUp(source));
  }

  /**
   * For the stock push, which holds the lease: Shopify's orders changed since the last import
   * brought in now, so a Shopify quantity read just before can be trusted. Returns the variants
   * whose stock it moved; null when there is no starting point yet.
   */
  async catchUp(): Promise<ReadonlySet<number> | null> {
    const summary = await this.#catchUp('order catch-up before a stock push');
    return summary && new Set(summary.movedVariantIds);
  }

  async #catchUp(source: string) {
    if (!this.shop.connected() || readImportState(this.deps.db).lastUpdatedAtSeen === null) return null;
    return this.#import({ kind: 'changed', catchUp: true }, { skipOtherCurrencies: false, includeTestOrders: false }, source);
  }

  async #import(mode: ReadMode, choices: ImportChoices, source: string): Promise<OrderImportSummary & { movedVariantIds: number[] }> {
    const { db } = this.deps;
    const { window, reviewed: read, newestUpdatedAt, shopCurrency } = await this.#read(mode);
    this.#progress('importing', 0, null);

    // Written holding the push lease: no batch is out while Shopify's quantities move, in any process.
    const { saleIds, chosen, cancelled, reviewed, restocked } = await this.shop.holdLease(async () => {
      // Another import (here, or another process's push catching up) may have brought some in meanwhile.
      const reviewed = inRange(await reviewInTurns(db, read.map((r) => r.order), shopCurrency), window);
      const chosen = ordersToImport(reviewed, choices);
      const cancelled = reviewed.filter((r) => r.state === 'cancelled_after_import');
      const ids: number[] = [];
      const restocked: number[] = [];
      // Chunks keep each transaction short; no push runs in between, and a crash leaves whole
      // sales that the next import skips as already imported (and changes booked once, by key).
      await inChunks(chosen, (chunk, last) => {
        writeCatalog(this.deps, (change) => {
          for (const r of chunk) {
            const saleId = insertSale(change, r.order, source);
            if (r.order.cancelledAt) markCancelledAfterImport(db, saleId, r.order.cancelledAt, r.order.cancelReason, r.order.updatedAt);
            ids.push(saleId);
          }
        });
        if (!last) this.#progress('importing', ids.length, chosen.length);
      });
      // Edits, restocks and refunds Shopify made, for every order now a sale (new ones included);
      // the import's place moves on only once all of them are in.
      await inChunks(reviewed, (chunk, last) =>
        writeCatalog(this.deps, (change) => {
          for (const r of chunk) restocked.push(...bookOrderChanges(change, r.order, source));
          if (!last) return;
          for (const r of cancelled) markCancelledAfterImport(db, r.saleId as number, r.order.cancelledAt as string, r.order.cancelReason, r.order.updatedAt);
          recordImport(db, mode.kind === 'changed' ? null : change.now, newestUpdatedAt);
        }),
      );
      return { saleIds: ids, chosen, cancelled, reviewed, restocked };
    });

    this.#progress('finished', chosen.length, chosen.length);
    const changed = [...saleIds, ...cancelled.map((r) => r.saleId as number)];
    if (changed.length > 0) this.deps.bus.emit('salesChanged', { saleIds: changed });
    return {
      ...summaryOf(window, reviewed, chosen, choices, saleIds, unmatchedLines(db, saleIds), cancelled.map(cancelledReport)),
      linesStockUnchanged: linesStockUnchanged(db, saleIds),
      movedVariantIds: [...matchedVariantIds(db, chosen.map((r) => r.order)), ...restocked],
    };
  }

  async #read(mode: ReadMode): Promise<ReadResult> {
    const { db, clock } = this.deps;
    const connected = this.shop.connected();
    if (!connected) throw new ContractError('rejected', 'No Shopify store is connected. Connect one on the Integration page (or `stockpilot connect`).');
    const state = readImportState(db);
    const window = importWindow(clock.now(), mode.kind === 'since' ? mode.since : undefined, state.lastImportAt, connected.readAllOrders);
    const changedSince = state.lastUpdatedAtSeen;
    // Order sync and the push's catch-up: only what changed. The owner's import: the days, and what changed since.
    const searches = mode.kind === 'changed' && changedSince ? [updatedSince(changedSince)] : [createdSince(window.since), ...(changedSince ? [updatedSince(changedSince)] : [])];
    this.#progress('reading', 0, null);
    const reading = (this.#reading = new AbortController());
    const { shopCurrency, orders } = await this.shop
      .withShop(async (client) => {
        const shopCurrency = (await readShop(client)).currency;
        const byId = new Map<string, ShopifyOrder>();
        for (const search of searches) {
          const before = byId.size;
          const onProgress = (read: number) => this.#progress('reading', before + read, null);
          // What changed since the last look is a few pages; a range the owner asked for may be months of orders.
          const found = mode.kind === 'changed' ? await readOrders(client, search, onProgress) : await readOrderRange(client, search, { signal: reading.signal, onProgress });
          for (const order of found) byId.set(order.shopifyOrderId, order);
        }
        return { shopCurrency, orders: [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt)) };
      })
      .finally(() => {
        if (this.#reading === reading) this.#reading = null;
      });
    const reviewed = await reviewInTurns(db, orders, shopCurrency);
    const newestUpdatedAt = orders.reduce<string | null>((newest, o) => (newest === null || o.updatedAt > newest ? o.updatedAt : newest), null);
    return { window, shopCurrency, reviewed: inRange(reviewed, window), newestUpdatedAt };
  }

  async #exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.#running) throw new ContractError('busy', IMPORT_BUSY);
    this.#running = true;
    try {
      return await work();
    } catch (error) {
      this.#progress('failed', 0, null, error instanceof Error ? error.message : String(error));
      throw error;
    } finally {
      this.#running = false;
    }
  }

  #progress(phase: 'reading' | 'importing' | 'finished' | 'failed', done: number, total: number | null, message: string | null = null): void {
    this.deps.bus.emit('orderImportProgress', { phase, done, total, message });
  }
}

/** `write` for each slice of SALES_PER_WRITE items (once, with none, for an empty list), letting the app in between. */
async function inChunks<T>(items: readonly T[], write: (chunk: readonly T[], last: boolean) => void): Promise<void> {
  for (let start = 0; start === 0 || start < items.length; start += SALES_PER_WRITE) {
    const last = start + SALES_PER_WRITE >= items.length;
    write(items.slice(start, start + SALES_PER_WRITE), last);
    if (!last) await nextTurn();
  }
}

/**
 * An order changed lately but created before the first day matters only as a sale cancelled,
 * refunded or edited since: an old order fulfilled today is not a new sale.
 */
function inRange(reviewed: readonly ReviewedOrder[], window: ImportWindow): ReviewedOrder[] {
  const firstMoment = startOfDay(window.since);
  return reviewed.filter((r) => r.order.createdAt >= firstMoment || r.state === 'cancelled_after_import' || (r.state === 'already_imported' && r.changedSinceSale));
}

/** Orders reviewed against the sales written by now, in turns (a long range is tens of thousands). */
async function reviewInTurns(db: CoreDeps['db'], orders: readonly ShopifyOrder[], shopCurrency: string): Promise<ReviewedOrder[]> {
  const known = new Map(await inTurns(orders, (slice) => knownSales(db, slice.map((o) => o.shopifyOrderId))));
  return inTurns(orders, (slice) => reviewOrders(slice, known, shopCurrency));
}

const cancelledReport = (r: ReviewedOrder): CancelledAfterImport => ({
  saleId: r.saleId as number,
  shopifyOrderId: r.order.shopifyOrderId,
  name: r.order.name,
  cancelledAt: r.order.cancelledAt as string,
  cancelReason: r.order.cancelReason?.toLowerCase() ?? null,
});

function summaryOf(
  window: ImportWindow,
  reviewed: readonly ReviewedOrder[],
  chosen: readonly ReviewedOrder[],
  choices: ImportChoices,
  saleIds: readonly number[],
  unmatched: OrderImportSummary['unmatchedLines'],
  cancelledAfterImport: CancelledAfterImport[],
): Omit<OrderImportSummary, 'linesStockUnchanged'> {
  const count = (test: (r: ReviewedOrder) => boolean) => reviewed.filter(test).length;
  const wouldImport = (r: ReviewedOrder) => r.state === 'new' || (r.state === 'test' && choices.includeTestOrders);
  return {
    ...window,
    imported: chosen.length,
    skippedAlreadyImported: count((r) => r.state === 'already_imported' || r.state === 'cancelled_after_import'),
    skippedTest: choices.includeTestOrders ? 0 : count((r) => r.state === 'test'),
    skippedCancelled: count((r) => r.state === 'cancelled'),
    skippedOtherCurrency: count((r) => wouldImport(r) && r.currencyMismatch && choices.skipOtherCurrencies),
    importedSales: chosen.map((r, i) => ({ saleId: saleIds[i] as number, name: r.order.name, currency: r.order.currency, totalCents: r.order.totalCents })),
    unmatchedLines: unmatched,
    cancelledAfterImport,
  };
}

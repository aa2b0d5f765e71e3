/**
 * The optional automatic import (the `autoImportOrders` setting, off by default): every
 * few minutes, the orders Shopify changed since the last import. Quiet when there is
 * nothing to do; a failure is logged and tried again next time.
 */
import type { OrderImportSummary } from '../../shared/orders';
import type { CoreDeps } from '../core/deps';
import { loadSettings } from '../settings/settings-store';
import type { OrderImport } from './order-import';
import type { OrderShop } from './order-shop';

/** How often the automatic import runs. */
export const AUTO_IMPORT_INTERVAL_MS = 10 * 60_000;

export class AutoOrderImport {
  #timer: ReturnType<typeof setInterval> | undefined;
  #nextRunAt: number;
  #run: Promise<void> | null = null;

  constructor(
    private readonly deps: CoreDeps,
    private readonly orders: OrderImport,
    private readonly shop: OrderShop,
  ) {
    this.#nextRunAt = deps.clock.now().getTime();
  }

  /** Wakes every `tickMs` to see whether a run is due (the clock decides; tests move it). */
  start(tickMs: number): void {
    this.#timer ??= setInterval(() => this.tick(), tickMs);
    this.#timer.unref?.();
  }

  tick(): void {
    const now = this.deps.clock.now().getTime();
    if (this.#run || now < this.#nextRunAt) return;
    if (!loadSettings(this.deps.db, this.deps.log).autoImportOrders || !this.shop.connected() || this.orders.running) return;
    this.#nextRunAt = now + AUTO_IMPORT_INTERVAL_MS;
    this.#run = this.orders
      .importChanged('automatic import')
      .then(
        (summary) => {
          if (summary.imported > 0) this.deps.log.info('orders imported automatically', { imported: summary.imported });
          const news = autoImportNews(summary);
          if (news) this.deps.bus.emit('toast', news);
        },
        (error: unknown) => this.deps.log.warn('automatic order import failed; trying again later', { error: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => {
        this.#run = null;
      });
  }

  /** No more runs; one in flight finishes or fails on its own (a closed database fails its write, and nothing is half-written). */
  stop(): void {
    clearInterval(this.#timer);
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the owner hears of an automatic import: new sales, lines to map, cancellations; nothing when nothing happened. */
function autoImportNews(s: OrderImportSummary): { kind: 'info' | 'warning'; message: string } | null {
  const parts: string[] = [];
  if (s.imported > 0) parts.push(`${plural(s.imported, 'Shopify order')} imported as sales`);
  if (s.unmatchedLines.length > 0) parts.push(`${plural(s.unmatchedLines.length, 'line')} to map to a variant`);
  if (s.cancelledAfterImport.length > 0) parts.push(`${plural(s.cancelledAfterImport.length, 'imported order')} cancelled on Shopify`);
  if (parts.length === 0) return null;
  const message = `${parts.join('; ')} (Integration \u2192 Orders).`;
  return { kind: s.unmatchedLines.length > 0 || s.cancelledAfterImport.length > 0 ? 'warning' : 'info', message: message.charAt(0).toUpperCase() + message.slice(1) };
}

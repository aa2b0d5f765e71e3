/**
 * Order sync (the `autoImportOrders` setting, on by default once a shop is connected): on
 * start and every minute, the orders Shopify changed since the shop was connected or last
 * synced — new sales, cancellations, refunds and restocks — come in by themselves, holding the
 * push lease, exactly once across crashes and processes. History before the connection is the
 * manual import's. Quiet when there is nothing to do; a failure is logged and tried again.
 */
import type { OrderImportSummary } from '../../shared/orders';
import type { CoreDeps } from '../core/deps';
import { loadSettings } from '../settings/settings-store';
import type { OrderImport } from './order-import';
import type { OrderShop } from './order-shop';

/** How often order sync runs. */
export const AUTO_IMPORT_INTERVAL_MS = 60_000;

export class AutoOrderImport {
  #timer: ReturnType<typeof setInterval> | undefined;
  #nextRunAt: number;
  #run: Promise<void> | null = null;
  #stopped = false;

  constructor(
    private readonly deps: CoreDeps,
    private readonly orders: OrderImport,
    private readonly shop: OrderShop,
    private readonly intervalMs = AUTO_IMPORT_INTERVAL_MS,
  ) {
    this.#nextRunAt = deps.clock.now().getTime();
  }

  /** Wakes every `tickMs` to see whether a run is due (the clock decides; tests move it), and once soon after start. */
  start(tickMs: number): void {
    this.#timer ??= setInterval(() => this.tick(), tickMs);
    this.#timer.unref?.();
    setTimeout(() => this.tick(), Math.min(tickMs, 1_000)).unref?.();
  }

  tick(): void {
    const now = this.deps.clock.now().getTime();
    if (this.#stopped || !this.deps.db.open || this.#run || now < this.#nextRunAt) return;
    if (!loadSettings(this.deps.db, this.deps.log).autoImportOrders || !this.shop.connected() || this.orders.running) return;
    this.#nextRunAt = now + this.intervalMs;
    this.#run = this.orders
      .syncChanged('order sync')
      .then(
        (summary) => {
          if (summary === null) return; // nothing to start from yet
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
    this.#stopped = true;
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

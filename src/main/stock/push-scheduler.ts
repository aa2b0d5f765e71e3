/**
 * Runs the push: every few minutes (the `pushIntervalMinutes` setting), at once on "Push
 * pending now", never two at a time. Knows when to wait (the owner's pause, an automatic
 * pause, no connection) and reports progress. Shutdown lets an in-flight batch finish, for
 * a bounded time, and leaves the rest pending.
 */
import { ContractError } from '../../shared/errors';
import type { PushProgress, PushRunSummary } from '../../shared/stock-push';
import { isoNow } from '../core/clock';
import type { CoreDeps } from '../core/deps';
import { silentLogger } from '../core/logger';
import { loadSettings } from '../settings/settings-store';
import type { ShopifyClient } from '../shopify/client';
import type { ShopifyFailure } from '../shopify/shopify-errors';
import { autoPauseFor, liftAutoPause, readAutoPause, SERVER_ERROR_PAUSE_MS, setAutoPause } from './auto-pause';
import { countPending } from './push-outbox';
import { prunePushLog } from './push-log';
import { pushPending } from './push-run';
import { RunTally } from './push-tally';

/** What the push needs of the connection (ShopConnection provides it). */
export interface ShopAccess {
  client(): Promise<ShopifyClient>;
  reportFailure(failure: ShopifyFailure): void;
  reportSuccess(): void;
}

export const BUSY_MESSAGE = 'A push is already running \u2014 try again in a few seconds';
const OFFLINE_RETRY_MS = 15_000;
const AUTO_PAUSE_CHECK_MS = 5 * 60_000;

export class PushScheduler {
  #running: Promise<PushRunSummary> | null = null;
  /** Work that must not overlap a push (order import moving what the push last saw on Shopify). */
  #held: Promise<unknown> | null = null;
  #progress: PushProgress | null = null;
  #nextRunAt: Date;
  #timer: ReturnType<typeof setInterval> | undefined;
  #stopping = false;
  #waitingForConnection = false;
  #serverErrorsSince: number | null = null;

  constructor(
    private readonly deps: CoreDeps,
    private readonly shop: ShopAccess,
  ) {
    this.#nextRunAt = this.#after(this.#intervalMs());
  }

  /** Checks every `tickMs` whether a run is due (the clock is injectable; the timer only wakes it). */
  start(tickMs = 1_000): void {
    this.#timer ??= setInterval(() => this.tick(), tickMs);
    this.#timer.unref?.();
  }

  tick(): void {
    if (this.#running || this.#held || this.#stopping || this.deps.clock.now() < this.#nextRunAt) return;
    void this.#begin('scheduled').catch((error: unknown) => this.deps.log.error('stock push failed', { error: String(error) }));
  }

  /** "Push pending now": runs at once and answers when done; refuses while a push runs. */
  pushNow(): Promise<PushRunSummary> {
    if (this.#running) return Promise.reject(new ContractError('busy', BUSY_MESSAGE));
    const held = this.#held;
    if (held) return held.then(noop, noop).then(() => this.pushNow());
    return this.#begin('now');
  }

  /**
   * Runs `work` while no push runs: waits for the run in progress, and starts none until
   * `work` is done. Order import needs it: a batch in flight compares against the Shopify
   * quantity the import is about to move.
   */
  async whileIdle<T>(work: () => Promise<T>): Promise<T> {
    while (this.#running || this.#held) await (this.#running ?? this.#held)?.then(noop, noop);
    const held = work();
    this.#held = held;
    try {
      return await held;
    } finally {
      this.#held = null;
    }
  }

  /** Something (a location change) wants a push soon: the next tick runs one. */
  runSoon(): void {
    this.#nextRunAt = this.deps.clock.now();
  }

  get running(): boolean {
    return this.#running !== null;
  }

  get progress(): PushProgress | null {
    return this.#progress;
  }

  get nextRunAt(): Date {
    return this.#nextRunAt;
  }

  get waitingForConnection(): boolean {
    return this.#waitingForConnection;
  }

  /** Stops the timer and waits (at most `timeoutMs`) for the batch in flight; the rest stays pending. */
  async shutdown(timeoutMs = 10_000): Promise<void> {
    this.#stopping = true;
    clearInterval(this.#timer);
    const running = this.#running;
    if (!running) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([running.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
  }

  #begin(trigger: 'scheduled' | 'now'): Promise<PushRunSummary> {
    const settle = () => {
      this.#running = null;
      this.#progress = null;
      if (!this.deps.db.open) return; // closed under a run (close() without shutdown): nothing more to plan
      this.#nextRunAt = this.#after(this.#waitingForConnection ? OFFLINE_RETRY_MS : readAutoPause(this.deps.db) ? AUTO_PAUSE_CHECK_MS : this.#intervalMs());
    };
    const run = this.#run(trigger).then(
      ({ summary, pushed }) => {
        settle();
        // Announced once settled, so a window asking for the status then sees it idle.
        if (pushed) this.#announce(summary);
        return summary;
      },
      (error: unknown) => {
        settle();
        throw error;
      },
    );
    this.#running = run;
    return run;
  }

  #announce(summary: PushRunSummary): void {
    const { bus } = this.deps;
    bus.emit('stockPushFinished', summary);
    if (summary.failed > 0) bus.emit('toast', { kind: 'error', message: `Stock push: ${summary.failed} variant${summary.failed === 1 ? '' : 's'} failed. See the Push Log.` });
  }

  async #run(trigger: 'scheduled' | 'now'): Promise<{ summary: PushRunSummary; pushed: boolean }> {
    const { db, bus, clock } = this.deps;
    prunePushLog(db, clock.now());
    const settings = this.#settings();
    const idle = (note: string) => ({ summary: { ...emptySummary(countPending(db)), note }, pushed: false });
    if (settings.stockSyncPaused) return idle('Stock sync is paused. Turn \u201cSync stock to Shopify\u201d back on to push.');
    if (readAutoPause(db) && trigger === 'scheduled' && !this.#autoPauseCheckDue()) return idle(readAutoPause(db)?.reason ?? '');
    if (!settings.locationId) return idle('Choose the Shopify location that receives stock (Integration \u2192 Settings).');
    let client: ShopifyClient;
    try {
      client = await this.shop.client();
    } catch (error) {
      if (error instanceof ContractError) return idle(error.message);
      throw error;
    }
    const tally = new RunTally();
    const ctx = { db, clock, client, locationId: settings.locationId, soldOutOverride: settings.soldOutOverride, tally };
    await pushPending(ctx, {
      stopping: () => this.#stopping,
      progress: (phase) => {
        this.#progress = { done: tally.done, total: tally.total, phase };
        bus.emit('stockPushProgress', this.#progress);
      },
    });
    this.#afterRun(tally);
    bus.emit('stockPushProgress', { done: tally.done, total: tally.total, phase: 'finished' });
    return { summary: this.#summary(tally), pushed: true };
  }

  #afterRun(tally: RunTally): void {
    const { db, clock } = this.deps;
    const halt = tally.halt;
    this.#waitingForConnection = halt?.kind === 'offline';
    if (halt?.kind === 'offline') return;
    const serverTrouble = halt?.kind === 'retry_later' && (halt.failure.kind === 'server_error' || halt.failure.kind === 'throttled');
    if (serverTrouble) this.#serverErrorsSince ??= clock.now().getTime();
    else this.#serverErrorsSince = null;
    const longTrouble = serverTrouble && clock.now().getTime() - (this.#serverErrorsSince ?? 0) >= SERVER_ERROR_PAUSE_MS;
    if (halt && (halt.kind === 'refused' || longTrouble)) {
      setAutoPause(db, autoPauseFor(halt.failure, isoNow(clock)));
      this.shop.reportFailure(halt.failure);
      return;
    }
    if (!serverTrouble && liftAutoPause(db)) this.deps.log.info('stock push resumed: Shopify accepts pushes again');
    if (!halt) this.shop.reportSuccess();
  }

  #summary(tally: RunTally): PushRunSummary {
    const halt = tally.halt;
    const note =
      halt?.kind === 'offline'
        ? `Waiting for connection: ${halt.failure.message} Pending changes are kept and go out when Shopify can be reached.`
        : halt?.kind === 'refused'
          ? (readAutoPause(this.deps.db)?.reason ?? halt.failure.message)
          : halt
            ? halt.failure.message
            : null;
    return {
      succeeded: tally.counts.success,
      failed: tally.counts.failure,
      skipped: tally.counts.skipped,
      retrying: tally.counts.retrying,
      conflicts: tally.conflicts,
      pendingLeft: countPending(this.deps.db),
      note,
      lines: tally.lines,
    };
  }

  #autoPauseCheckDue(): boolean {
    const pause = readAutoPause(this.deps.db);
    return !pause || this.deps.clock.now().getTime() - Date.parse(pause.since) >= AUTO_PAUSE_CHECK_MS;
  }

  /** Read quietly: a stored value that no longer fits is reported where settings are shown, not every tick. */
  #settings() {
    return loadSettings(this.deps.db, silentLogger);
  }

  #intervalMs(): number {
    return this.#settings().pushIntervalMinutes * 60_000;
  }

  #after(ms: number): Date {
    return new Date(this.deps.clock.now().getTime() + ms);
  }
}

function emptySummary(pendingLeft: number): PushRunSummary {
  return { succeeded: 0, failed: 0, skipped: 0, retrying: 0, conflicts: 0, pendingLeft, note: null, lines: [] };
}

const noop = (): void => {};

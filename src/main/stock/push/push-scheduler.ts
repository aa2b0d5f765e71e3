/**
 * Runs the push: about a second after a committed stock change (bursts coalesce), whichever
 * process made it; every few minutes as a safety sweep (the `pushIntervalMinutes` setting); at
 * once on "Push pending now". Never two at a time, in this process or any other on the same
 * data folder (the lease). Knows when to wait (the owner's pause, an automatic pause, no
 * connection) and reports progress. Shutdown lets in-flight batches finish, for a bounded
 * time, and leaves the rest pending.
 */
import { ContractError } from '../../../shared/errors';
import type { PushProgress, PushRunSummary } from '../../../shared/stock-push';
import { isoNow } from '../../core/clock';
import type { CoreDeps } from '../../core/deps';
import { silentLogger } from '../../core/logger';
import { prepared } from '../../db/prepared';
import { loadSettings } from '../../settings/settings-store';
import type { ShopifyClient } from '../../shopify/client';
import type { ShopifyFailure } from '../../shopify/shopify-errors';
import { autoPauseFor, liftAutoPause, readAutoPause, SERVER_ERROR_PAUSE_MS, setAutoPause } from './auto-pause';
import { countPending, countUnclaimed } from './push-outbox';
import type { PushLease } from './push-lease';
import { prunePushLog } from '../push-log';
import { pushPending } from './push-run';
import { settleNewShopifyChanges } from '../reconcile/shopify-change-choice';
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
/** Another process holds the lease: look again this soon. */
const ELSEWHERE_RETRY_MS = 3_000;
/** "Push pending now" waits this long for another process's push to end before answering busy. */
const PUSH_NOW_WAIT_MS = 10_000;

export interface PushSchedulerOptions {
  /** Quiet time after the last stock change before a push (ms). */
  debounceMs?: number;
  /** Batches out at once. */
  maxInFlight?: number;
}

/** The order catch-up a push runs before trusting a Shopify quantity it read (see shopify-readings.ts). */
export type OrderCatchUp = (client: ShopifyClient) => Promise<ReadonlySet<number> | null>;

export class PushScheduler {
  #running: Promise<PushRunSummary> | null = null;
  #progress: PushProgress | null = null;
  #catchUp: OrderCatchUp = async () => null;
  /** Kept across runs: see PushContext.unconfirmable (cleared when the location changes). */
  readonly #unconfirmable = new Map<number, number>();
  #unconfirmableAt: string | null = null;
  /** The change seen first and last since the last push began. */
  #changes: { first: number; last: number } | null = null;
  /** Writes by other connections (data_version) and by this one (total_changes): a change shows in either. */
  #writes = '';
  readonly #debounceMs: number;
  readonly #maxInFlight: number;
  #nextRunAt: Date;
  #timer: ReturnType<typeof setInterval> | undefined;
  #stopping = false;
  #waitingForConnection = false;
  #serverErrorsSince: number | null = null;

  constructor(
    private readonly deps: CoreDeps,
    private readonly shop: ShopAccess,
    readonly lease: PushLease,
    options: PushSchedulerOptions = {},
  ) {
    this.#nextRunAt = this.#after(this.#intervalMs());
    this.#debounceMs = options.debounceMs ?? 1_000;
    this.#maxInFlight = options.maxInFlight ?? 8;
  }

  /** The order import provides the catch-up once it is built (it needs the push's lease, the push needs it). */
  setOrderCatchUp(catchUp: OrderCatchUp): void {
    this.#catchUp = catchUp;
  }

  /** Checks every `tickMs` whether a run is due (the clock is injectable; the timer only wakes it). */
  start(tickMs = 250): void {
    this.#timer ??= setInterval(() => this.tick(), tickMs);
    this.#timer.unref?.();
  }

  tick(): void {
    if (this.#running || this.#stopping || !this.deps.db.open) return;
    if (this.deps.clock.now() < this.#nextRunAt && !this.#changeSettled()) return;
    void this.#begin('scheduled').catch((error: unknown) => this.deps.log.error('stock push failed', { error: String(error) }));
  }

  /**
   * A stock change committed (here or by another process) wakes the push once things have
   * been quiet for the debounce, or at most three debounces after the first change of a
   * burst. Not while waiting for the connection or paused by itself: those have their own pace.
   */
  #changeSettled(): boolean {
    const { db, clock } = this.deps;
    const writes = `${db.pragma('data_version', { simple: true }) as number}:${(prepared(db, 'SELECT total_changes() AS n').get() as { n: number }).n}`;
    const now = clock.now().getTime();
    if (writes !== this.#writes) {
      this.#writes = writes;
      if (countUnclaimed(db) > 0) this.noteChange();
    }
    if (!this.#changes || this.#waitingForConnection || readAutoPause(db)) return false;
    return now - this.#changes.last >= this.#debounceMs || now - this.#changes.first >= 3 * this.#debounceMs;
  }

  /** A change made in this process: no need to wait for the next look at the database. */
  noteChange(): void {
    const now = this.deps.clock.now().getTime();
    this.#changes = { first: this.#changes?.first ?? now, last: now };
  }

  /** "Push pending now": runs at once (deferred batches too) and answers when done; refuses while a push runs. */
  pushNow(): Promise<PushRunSummary> {
    if (this.#running) return Promise.reject(new ContractError('busy', BUSY_MESSAGE));
    return this.#begin('now');
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
    this.#changes = null;
    const run = this.lease.hold(() => this.#run(trigger), trigger === 'now' ? PUSH_NOW_WAIT_MS : 0).then(
      ({ summary, pushed }) => {
        settle();
        // Announced once settled, so a window asking for the status then sees it idle.
        if (pushed) this.#announce(summary);
        return summary;
      },
      (error: unknown) => {
        settle();
        if (trigger === 'scheduled' && error instanceof ContractError && error.code === 'busy') {
          // Another process is pushing: it sends what is pending; look again shortly.
          this.#nextRunAt = this.#after(ELSEWHERE_RETRY_MS);
          return { ...emptySummary(countPending(this.deps.db)), note: error.message };
        }
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
    const ctx = {
      db,
      clock,
      client,
      locationId: settings.locationId,
      soldOutOverride: settings.soldOutOverride,
      tally,
      catchUpOrders: () => this.#catchUp(client),
      maxInFlight: this.#maxInFlight,
      unconfirmable: this.#unconfirmableAtLocation(settings.locationId),
    };
    await pushPending(
      ctx,
      {
        // A lease lost (this process stalled past its expiry) stops the run: another may have taken over.
        stopping: () => this.#stopping || !this.lease.tryClaim(),
        progress: (phase) => {
          this.#progress = { done: tally.done, total: tally.total, phase };
          bus.emit('stockPushProgress', this.#progress);
        },
      },
      { includeDeferred: trigger === 'now' },
    );
    this.#afterRun(tally);
    settleNewShopifyChanges(this.deps, tally.changedOnShopify, settings.takeShopifyCorrections);
    bus.emit('stockPushProgress', { done: tally.done, total: tally.total, phase: 'finished' });
    return { summary: this.#summary(tally), pushed: true };
  }

  #unconfirmableAtLocation(locationId: string): Map<number, number> {
    if (this.#unconfirmableAt !== locationId) this.#unconfirmable.clear();
    this.#unconfirmableAt = locationId;
    return this.#unconfirmable;
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

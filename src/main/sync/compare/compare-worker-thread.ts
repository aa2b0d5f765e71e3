/**
 * The core's side of the compare's worker thread: starts it, passes its progress on, and
 * takes the review's rows a chunk at a time (asking for the next only once the last is
 * saved). A cancel ends the thread at once, wherever it is.
 */
import { Worker } from 'node:worker_threads';
import { ContractError } from '../../../shared/errors';
import type { SyncIssue, SyncSummary } from '../../../shared/product-sync';
import type { LocalProduct, ShopifyProduct } from '../catalog-read/catalog-snapshot';
import type { StoredReviewRow } from '../review/review-store';
import type { CompareJob, CoreMessage, WorkerMessage } from './compare-worker-protocol';

export type WorkerProgress = Extract<WorkerMessage, { kind: 'progress' }>;

/** A step of the core's over linked products that have media on Shopify, before they are compared. */
export type LinkedMediaStep = (local: LocalProduct[], shopify: ShopifyProduct[]) => Promise<void>;

export interface ComparedInWorker {
  summary: SyncSummary;
  issues: SyncIssue[];
  threadId: number;
}

/** From the TypeScript sources a bootstrap teaches the thread TypeScript first; the build has compare-worker.js beside the main bundle. */
function workerEntry(): URL {
  const fromSources = import.meta.url.endsWith('.ts');
  return new URL(fromSources ? './compare-worker-boot.mjs' : './compare-worker.js', import.meta.url);
}

export class CompareWorkerThread {
  readonly #worker: Worker;
  readonly #inbox: WorkerMessage[] = [];
  #waiting: { resolve(message: WorkerMessage): void; reject(error: unknown): void } | null = null;
  #failure: unknown = null;
  #stopped = false;

  constructor(job: CompareJob, signal: AbortSignal) {
    this.#worker = new Worker(workerEntry(), { workerData: job });
    this.#worker.on('message', (message: WorkerMessage) => this.#deliver(message));
    this.#worker.on('error', (error) => this.#fail(error));
    this.#worker.on('exit', (code) => this.#fail(new Error(`The compare stopped unexpectedly (its worker thread exited with code ${code}).`)));
    const onAbort = () => {
      this.#fail(signal.reason);
      void this.stop();
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }

  /**
   * Waits for the comparison, passing progress on and the linked products with Shopify media
   * to `learnLinkedMedia` (which may change them in place); the rows follow through `rows()`.
   */
  async compared(onProgress: (progress: WorkerProgress) => void, learnLinkedMedia: LinkedMediaStep): Promise<ComparedInWorker> {
    for (;;) {
      const message = await this.#receive();
      if (message.kind === 'progress') onProgress(message);
      else if (message.kind === 'linkedMedia') {
        await learnLinkedMedia(message.local, message.shopify);
        this.#worker.postMessage({ kind: 'linkedMediaKnown', shopify: message.shopify } satisfies CoreMessage);
      } else if (message.kind === 'compared') return { summary: message.summary, issues: message.issues, threadId: message.threadId };
      else throw new Error(`The compare's worker thread sent "${message.kind}" before its comparison.`);
    }
  }

  /** The review's rows in display order, a chunk per request. */
  async *rows(): AsyncGenerator<StoredReviewRow[]> {
    for (;;) {
      this.#worker.postMessage({ kind: 'next' } satisfies CoreMessage);
      const message = await this.#receive();
      if (message.kind === 'end') return;
      if (message.kind !== 'rows') throw new Error(`The compare's worker thread sent "${message.kind}" instead of rows.`);
      yield message.rows;
    }
  }

  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    await this.#worker.terminate();
  }

  #receive(): Promise<WorkerMessage> {
    if (this.#failure !== null) return Promise.reject(this.#failure);
    const message = this.#inbox.shift();
    if (message) return Promise.resolve(message);
    return new Promise((resolve, reject) => {
      this.#waiting = { resolve, reject };
    });
  }

  #deliver(message: WorkerMessage): void {
    if (message.kind === 'failed') {
      const error = message.code ? new ContractError(message.code, message.message) : Object.assign(new Error(message.message), { stack: message.stack ?? undefined });
      return this.#fail(error);
    }
    const waiting = this.#waiting;
    this.#waiting = null;
    if (waiting) waiting.resolve(message);
    else this.#inbox.push(message);
  }

  #fail(error: unknown): void {
    if (this.#failure !== null || this.#stopped) return;
    this.#failure = error ?? new Error('The compare failed.');
    const waiting = this.#waiting;
    this.#waiting = null;
    waiting?.reject(this.#failure);
  }
}

/**
 * The compare's worker thread: downloads and joins Shopify's bulk file, reads the local
 * catalog through a read-only connection of its own, compares, and hands the review's rows
 * to the core as it asks for them. The core's thread stays free to answer the app meanwhile.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { ContractError } from '../../../shared/errors';
import type { ReadableDB } from '../../db/types';
import type { LocalProduct, ShopifyProduct } from '../catalog-read/catalog-snapshot';
import { readLocalCatalog } from '../catalog-read/local-catalog-read';
import { downloadBulkCatalog } from '../catalog-read/shopify-catalog-bulk';
import { ROWS_PER_TRANSACTION, storedReviewRow, type StoredReviewRow } from '../review/review-store';
import { compareCatalogs, type ComparedRow, type Comparison } from './compare-catalogs';
import type { CompareJob, CoreMessage, WorkerMessage } from './compare-worker-protocol';

const job = workerData as CompareJob;
const port = parentPort;
if (!port) throw new Error('compare-worker runs as a worker thread of the core.');
const send = (message: WorkerMessage) => port.postMessage(message);

/**
 * A full collection between the compare's stages. Each stage leaves hundreds of megabytes of
 * garbage at 100,000 products (parsed lines, rows of the local read, the matching's lookups);
 * V8 would grow the heap past them rather than collect, so the next stage starts clean.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function readShopify(): Promise<ShopifyProduct[]> {
  if ('products' in job.shopify) return job.shopify.products;
  if (job.shopify.file === null) return [];
  // A cancel ends this thread; nothing here needs a signal of its own.
  const signal = new AbortController().signal;
  return downloadBulkCatalog(job.shopify.file, { signal, onProgress: (done, message) => send({ kind: 'progress', phase: 'reading', done, message }) });
}

/** The local catalog as one consistent snapshot (one read transaction), through a connection that cannot write. */
function readLocal(): LocalProduct[] {
  const db = new Database(job.databaseFile, { readonly: true, fileMustExist: true, nativeBinding: job.sqliteBinding }) as ReadableDB;
  try {
    db.pragma('busy_timeout = 5000');
    return db.transaction(() => readLocalCatalog(db, job.soldOutOverride))();
  } finally {
    db.close();
  }
}

/** The next message of this kind from the core. */
function reply<K extends CoreMessage['kind']>(kind: K): Promise<Extract<CoreMessage, { kind: K }>> {
  return new Promise((resolve) => {
    const listen = (message: CoreMessage) => {
      if (message.kind !== kind) return;
      port?.off('message', listen);
      resolve(message as Extract<CoreMessage, { kind: K }>);
    };
    port?.on('message', listen);
  });
}

/** The linked products with media on Shopify go to the core and come back with what it learnt about that media. */
async function learnLinkedMedia(local: readonly LocalProduct[], shopify: ShopifyProduct[]): Promise<void> {
  const linked = new Map(local.filter((l) => l.shopifyProductId !== null).map((l) => [l.shopifyProductId as string, l]));
  const pairs = shopify.flatMap((s, index) => {
    const l = s.media.length > 0 ? linked.get(s.id) : undefined;
    return l ? [{ local: l, shopify: s, index }] : [];
  });
  if (pairs.length === 0) return;
  const answer = reply('linkedMediaKnown');
  send({ kind: 'linkedMedia', local: pairs.map((p) => p.local), shopify: pairs.map((p) => p.shopify) });
  const known = new Map((await answer).shopify.map((s) => [s.id, s]));
  for (const p of pairs) shopify[p.index] = known.get(p.shopify.id) ?? p.shopify;
}

async function compare(): Promise<Comparison> {
  const shopify = await readShopify();
  collectGarbage();
  const local = readLocal();
  collectGarbage();
  await learnLinkedMedia(local, shopify);
  send({ kind: 'progress', phase: 'comparing', done: null, message: `Comparing ${local.length} products with Shopify\u2019s ${shopify.length}` });
  return compareCatalogs(local, shopify);
}

/** The review's rows as stored, a transaction's worth at a time; rows handed over are let go (at 100,000 products they are hundreds of megabytes). */
function* handOver(rows: (ComparedRow | undefined)[]): Generator<StoredReviewRow[]> {
  for (let start = 0; start < rows.length; start += ROWS_PER_TRANSACTION) {
    const chunk = rows.slice(start, start + ROWS_PER_TRANSACTION) as ComparedRow[];
    rows.fill(undefined, start, start + ROWS_PER_TRANSACTION);
    yield chunk.map(storedReviewRow);
  }
}

async function run(): Promise<void> {
  const comparison = await compare();
  collectGarbage();
  const chunks = handOver(comparison.rows);
  port?.on('message', (message: CoreMessage) => {
    if (message.kind !== 'next') return;
    const next = chunks.next();
    send(next.done ? { kind: 'end' } : { kind: 'rows', rows: next.value });
  });
  send({ kind: 'compared', summary: comparison.summary, issues: comparison.issues, threadId });
}

run().catch((error: unknown) => {
  send({
    kind: 'failed',
    code: error instanceof ContractError ? error.code : null,
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? (error.stack ?? null) : null,
  });
});
